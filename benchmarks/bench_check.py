"""Whole-process wall time of coreplan's commands, each beside a baseline measured in the same run.

Not a test: timings depend on the machine and on what else it is doing. Run it after changes that could
slow start-up or checking (yamllint is the baseline for one file: `pip install -e ".[bench]"`):

    python benchmarks/bench_check.py                 # the figures of issue 16 (about two minutes)
    python benchmarks/bench_check.py --shapes        # also: crafted and repetitive case files (benchmarks/shapes.py)
    python benchmarks/bench_check.py --large 50000   # also: check and schedule of 50,000 cases, time and memory

Each figure is the median of several runs of a whole process (start-up included), taking turns with its
baseline run by run after one uncounted run of each (so both see the same load), with the largest
resident memory of any one of its processes. The baselines: `python -c` loading the same YAML with
PyYAML's C loader and doing nothing else (the floor), and yamllint checking only the YAML syntax.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE = EXAMPLES / "good-plan" / "case.yaml"
TODAY = ["--today", "2026-11-23"]


def _program(name: str) -> list[str]:
    """How a user runs a tool: its installed script beside this Python (or `python -m` without one)."""
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.is_file() else [sys.executable, "-m", name]


COREPLAN = _program("coreplan")
YAMLLINT = [*_program("yamllint"), "-d", "{rules: {}}"]  # syntax only
LOAD_ONE = "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader)"
LOAD_ALL = ("import sys, yaml, pathlib\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).rglob('case.yaml')):\n"
            "    yaml.load(p.open(encoding='utf-8'), Loader=yaml.CSafeLoader)")


# What a user's installed coreplan has: bytecode, and the data coreplan keeps beside it (coreplan.derived).
# PYTHONDONTWRITEBYTECODE (set in some shells and CI images) would make every run start from source.
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _run_once(command: list[str]) -> tuple[float, int, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENVIRONMENT)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def measure_together(commands: list[list[str]], runs: int, warm_up: bool = True) -> list[tuple[float, int, float]]:
    """For each command: (median wall seconds, largest resident memory in KiB of the process or any it
    waited for, median CPU seconds of the process and the processes it waited for).

    The commands take turns, run after run, after one run each that is not counted (it writes the
    bytecode and kept data a user's second run finds), so a figure and its baseline see the same load
    on a shared machine. warm_up=False leaves out the uncounted run (a run over 50,000 cases takes
    minutes, and the bytecode and kept data are written by then)."""
    for command in commands if warm_up else ():
        _run_once(command)
    samples: list[list[tuple[float, int, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, samples):
            taken.append(_run_once(command))
    return [(statistics.median(s for s, _, _ in taken), max(m for _, m, _ in taken),
             statistics.median(c for _, _, c in taken)) for taken in samples]


def measure(command: list[str], runs: int, warm_up: bool = True) -> tuple[float, int, float]:
    return measure_together([command], runs, warm_up)[0]


def generate(folder: Path, count: int) -> None:
    """count case folders, alternately the good and the weak example, each with its own reference."""
    texts = [(EXAMPLES / name / "case.yaml").read_text(encoding="utf-8") for name in ("good-plan", "weak-plan")]
    references = ["DCBC-CP-2026-0147", "DCBC-CP-2026-0212"]
    for number in range(count):
        case = folder / f"{number // 1000:02d}" / f"case-{number:05d}"
        case.mkdir(parents=True)
        kind = number % 2
        (case / "case.yaml").write_text(texts[kind].replace(references[kind], f"GEN-{number:05d}"),
                                        encoding="utf-8")


def has_yamllint() -> bool:
    return subprocess.run(YAMLLINT[:3] + ["--version"], capture_output=True).returncode == 0


def row(label: str, ours: tuple[float, int, float], baseline: tuple[float, int, float] | None, base_label: str,
        target: float | None) -> None:
    """One figure: wall time, CPU time, memory; then the baseline and the ratio of wall times."""
    seconds, memory, cpu = ours
    text = f"{label:44} {seconds * 1000:8.0f} ms {cpu * 1000:8.0f} ms cpu {memory / 1024:5.0f} MiB"
    if baseline is not None:
        ratio = seconds / baseline[0]
        verdict = "" if target is None else ("  target met" if ratio <= target else f"  TARGET {target}x MISSED")
        text += f"   {base_label:14} {baseline[0] * 1000:8.0f} ms  {ratio:5.2f}x{verdict}"
    print(text, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each one-case figure (median)")
    parser.add_argument("--team-runs", type=int, default=3, help="runs of each many-case figure (median)")
    parser.add_argument("--cases", type=int, default=3000,
                        help="cases in the team folder (3,000: all of Wales; 0: leave the team figures out)")
    parser.add_argument("--shapes", action="store_true", help="also time benchmarks/shapes.py's case files")
    parser.add_argument("--large", type=int, default=0, metavar="N",
                        help="also check and schedule N cases once each (50,000: England's register)")
    args = parser.parse_args()
    lint = has_yamllint()
    workspace = Path(tempfile.mkdtemp(prefix="coreplan-bench-"))
    try:
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
              "median wall time and CPU time of whole processes, largest resident memory of one process")
        one = [str(EXAMPLE)]
        html = workspace / "plan.html"
        commands = {"floor": [sys.executable, "-c", LOAD_ONE, *one],
                    "check": COREPLAN + ["check", *one, *TODAY],
                    "check json": COREPLAN + ["check", *one, *TODAY, "--format", "json"],
                    "render": COREPLAN + ["render", *one, *TODAY, "--format", "html", "-o", str(html), "--force"]}
        if lint:
            commands["yamllint"] = YAMLLINT + one
        figures = dict(zip(commands, measure_together(list(commands.values()), args.runs)))
        floor, check = figures["floor"], figures["check"]
        row("PyYAML C loader, one case (the floor)", floor, None, "", None)
        if lint:
            row("yamllint, one case (syntax only)", figures["yamllint"], floor, "the floor", None)
            row("coreplan check, one case", check, figures["yamllint"], "yamllint", 1.0)
        else:
            print("(yamllint is not installed: pip install -e '.[bench]' for its figures)")
        row("coreplan check, one case", check, floor, "the floor", 3.0)
        row("coreplan check --format json, one case", figures["check json"], floor, "the floor", 3.0)
        row("coreplan render --format html, one case", figures["render"], check, "one check", 2.0)

        team = workspace / "team"
        if args.cases:
            generate(team, args.cases)
            label = f"{args.cases:,} cases"
            commands = {"load": [sys.executable, "-c", LOAD_ALL, str(team)]}
            for command in (["check"], ["schedule", "--format", "json"], ["stats", "--format", "json"]):
                commands[command[0]] = COREPLAN + command + [str(team), *TODAY]
            figures = dict(zip(commands, measure_together(list(commands.values()), args.team_runs)))
            load_all = figures["load"]
            row(f"PyYAML C loader, {label} in one process", load_all, None, "", None)
            if lint:
                row(f"yamllint, {label}", measure(YAMLLINT + [str(team)], 1), load_all, "loading them", None)
            for name in ("check", "schedule", "stats"):
                row(f"coreplan {name}, {label}", figures[name], load_all, "loading them", 2.0)

        if args.shapes:
            sys.path.insert(0, str(ROOT))
            from benchmarks.shapes import SHAPES

            for name, make in SHAPES.items():
                case = workspace / "shape" / "case.yaml"
                case.parent.mkdir(exist_ok=True)
                case.write_text(make(), encoding="utf-8")
                row(f"check: {name}", measure(COREPLAN + ["check", str(case), *TODAY, "--format", "json"], 1),
                    None, "", None)

        if args.large:
            shutil.rmtree(team, ignore_errors=True)
            generate(team, args.large)
            label = f"{args.large:,} cases"
            load_all = measure([sys.executable, "-c", LOAD_ALL, str(team)], 1, warm_up=False)
            row(f"PyYAML C loader, {label} in one process", load_all, None, "", None)
            for command in (["check", "--format", "json"], ["schedule", "--format", "json"]):
                ours = measure(COREPLAN + command + [str(team), *TODAY], 1, warm_up=False)
                row(f"coreplan {command[0]}, {label}", ours, load_all, "loading them", None)
    finally:
        shutil.rmtree(workspace)


if __name__ == "__main__":
    main()
