"""One pool worker's work per case, for profiling the throughput of a check over many cases.

A check of a team's folder is its workers' time (coreplan.batch): each reads, checks and sends back its
cases one after another, so what a case costs a worker decides the whole run. This does that work in one
process over generated cases (benchmarks/bench_check.py's: the good and the weak example in turn), after a
few cases that pay the one-off costs (the lexicon, the kept patterns), and prints the CPU time a case took.

    python benchmarks/bench_worker.py --cases 300              # CPU time a case
    python benchmarks/bench_worker.py --cases 300 --profile    # and cProfile's top functions

Wall and CPU times move with whatever else the machine runs; instruction counts do not. The cases are
checked inside functools.reduce, so that callgrind can count them alone:

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        python benchmarks/bench_worker.py --cases 20

prints the instructions of those 20 cases as "Collected". Run it where coreplan may keep its derived data
(without PYTHONDONTWRITEBYTECODE), as a user's installed coreplan does, or the rules run without their kept
patterns' twins and finders.
"""

from __future__ import annotations

import argparse
import functools
import os
import gc
import pickle
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_check import generate  # noqa: E402
from coreplan import check  # noqa: E402

WARM_UP = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300, help="cases checked (after the warm-up)")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions by own time")
    args = parser.parse_args()
    workspace = Path(tempfile.mkdtemp(prefix="coreplan-worker-"))
    try:
        generate(workspace, WARM_UP + args.cases)
        files = sorted(workspace.rglob("case.yaml"))
        state = check._Checker(date(2026, 11, 23), None, None, False)()
        gc.freeze()  # as a worker does (coreplan.batch._start_worker)
        gc.set_threshold(10_000, 20, 20)
        for path in files[:WARM_UP]:
            check._check_file(state, path)

        def one(results: list, path: Path) -> list:
            results.append(check._check_file(state, path))
            return results

        def run() -> bytes:
            # the results pickled as a worker sends them back
            return pickle.dumps(functools.reduce(one, files[WARM_UP:], []), pickle.HIGHEST_PROTOCOL)

        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(run)
            pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "tottime")).print_stats(int(os.environ.get("TOP", "30")))
            return
        started = time.process_time()
        sent = run()
        taken = time.process_time() - started
        print(f"{args.cases} cases: {taken:.2f} s of CPU, {taken / args.cases * 1000:.2f} ms a case, "
              f"{len(sent) / args.cases / 1024:.1f} KiB of results a case")
    finally:
        shutil.rmtree(workspace)


if __name__ == "__main__":
    main()
