#!/usr/bin/env python3
"""Score gazette against the development gold sets in ../shared and fail below the floors.

    python3 scripts/eval_floor.py [--binary target/release/gazette] [--shared ../shared]

The floors (scripts/floors.json) are the figures last reached, so a change that makes
accuracy worse fails CI. Raise them when a change improves a figure; never lower them to make
a run pass. When ../shared is absent the script says so and exits 0 (the unit tests do not
need it).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(HERE, "..", "target", "release", "gazette"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    score = os.path.join(a.shared, "eval", "score.py")
    if not os.path.exists(score):
        print(f"eval_floor: {a.shared} not found; nothing to score")
        return 0
    floors = json.load(open(os.path.join(HERE, "floors.json")))
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, spec in floors.items():
            gold = os.path.join(a.shared, "eval", "data", spec["gold"])
            pred = os.path.join(tmp, name + ".jsonl")
            run([a.binary, "extract", "--quiet", gold, "-o", pred])
            out = run([sys.executable, score, spec["task"], gold, pred, "--json"], capture_output=True, text=True)
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            for key, floor in spec["floors"].items():
                value = figures
                for part in key.split("."):
                    value = value[part]
                status = "ok" if value >= floor else "BELOW FLOOR"
                print(f"{name:24} {key:28} {value:>8} (floor {floor}) {status}")
                if value < floor:
                    failed.append(f"{name} {key}")
    if failed:
        print("eval_floor: below the floor: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
