"""Ship the top-level templates/ and migrations/ inside the wheel as recruit/_templates and
recruit/_migrations, so a non-editable `pip install .` finds them (see recruit/paths.py).
Everything else lives in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["recruit", "recruit.*"]), "recruit._templates", "recruit._migrations"],
    package_dir={"recruit._templates": "templates", "recruit._migrations": "migrations"},
    package_data={
        "recruit": ["static/*"],
        "recruit._templates": ["*.html", "*/*.html"],
        "recruit._migrations": ["*.py", "*.mako", "versions/*.py"],
    },
)
