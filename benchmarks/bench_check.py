"""Whole-process wall time of `coreplan check`, beside a same-run PyYAML baseline.

Not a test: timings depend on the machine. Run it after changes that could slow start-up or checking:

    python benchmarks/bench_check.py [--runs 7] [--cases 1000]

It prints the median of several runs for: one example case, and a folder of generated cases; each next
to `python -c` loading the same YAML with PyYAML's C loader (no checking at all), and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "good-plan" / "case.yaml"
COREPLAN = [sys.executable, "-m", "coreplan"]
LOAD_ONE = "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader)"
LOAD_ALL = ("import sys, yaml, pathlib\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).rglob('case.yaml')):\n"
            "    yaml.load(p.open(encoding='utf-8'), Loader=yaml.CSafeLoader)")


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generate(folder: Path, count: int) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for number in range(count):
        case = folder / f"case-{number:04d}"
        case.mkdir()
        (case / "case.yaml").write_text(text.replace("DCBC-CP-2026-0147", f"DCBC-CP-2026-{number:04d}"),
                                        encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coreplan-bench-"))
    try:
        generate(folder, args.cases)
        rows = [
            ("one case", COREPLAN + ["check", str(EXAMPLE), "--today", "2026-11-23"],
             [sys.executable, "-c", LOAD_ONE, str(EXAMPLE)]),
            (f"{args.cases} cases", COREPLAN + ["check", str(folder), "--today", "2026-11-23"],
             [sys.executable, "-c", LOAD_ALL, str(folder)]),
        ]
        print(f"median of {args.runs} runs, whole process, Python {sys.version.split()[0]}")
        print(f"{'':12} {'coreplan check':>15} {'PyYAML load':>12} {'ratio':>7}")
        for label, ours, baseline in rows:
            a, b = median_seconds(ours, args.runs), median_seconds(baseline, args.runs)
            print(f"{label:12} {a * 1000:13.0f} ms {b * 1000:10.0f} ms {a / b:6.1f}x")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
