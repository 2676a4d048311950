"""Ship the top-level templates/ and migrations/ inside the wheel as recruit/_templates and
recruit/_migrations, so a non-editable `pip install .` finds them (see recruit/paths.py).
Everything else lives in pyproject.toml."""

from pathlib import Path

from setuptools import find_namespace_packages, setup

DATA_DIRS = {"recruit._templates": "templates", "recruit._migrations": "migrations"}


def _data_packages(package: str, directory: str) -> list[str]:
    subdirs = [p for p in Path(directory).rglob("*") if p.is_dir() and p.name != "__pycache__"]
    return [package] + [f"{package}.{'.'.join(p.relative_to(directory).parts)}" for p in subdirs]


setup(
    packages=[
        *find_namespace_packages(include=["recruit", "recruit.*"], exclude=["*.__pycache__"]),
        *(name for package, d in DATA_DIRS.items() for name in _data_packages(package, d)),
    ],
    package_dir=DATA_DIRS,
    package_data={"": ["*.html", "*.css", "*.mako", "*.js", "*.json"]},
)
