#!/usr/bin/env python3
"""Run the same input through gazette and through the peer systems, and print the ratios.

    python3 scripts/compare_peers.py [--input ../shared/corpus/bbc-news.jsonl]
                                     [--venv /tmp/gazette-peers-venv] [--install]
                                     [--systems pysbd blingfire syntok spacy_sm]

The peers are the adapters in ../shared/peers (their README says how they are installed:
`--install` creates the virtual environment and installs their pinned requirements with pip).
Each peer runs single-threaded in its own process and reports its own processing time on the
`#timing` line; gazette's figures come from `gazette bench --threads 1 --json` on the same
input (the splitter alone for the sentence splitters, the whole pipeline with JSON for the
systems that also find entities and quotations).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SHARED = os.path.join(ROOT, "..", "shared")
ADAPTERS = {
    "pysbd": ("sbd_pysbd.py", "segment"),
    "blingfire": ("sbd_blingfire.py", "segment"),
    "syntok": ("sbd_syntok.py", "segment"),
    "punkt": ("sbd_punkt.py", "segment"),
    "spacy_sentencizer": ("sbd_spacy_sentencizer.py", "segment"),
    "spacy_sm": ("spacy_sm.py", "annotate+json"),
}


def gazette_figures(binary, path):
    out = subprocess.run([binary, "bench", path, "--ext", "jsonl", "--threads", "1", "--runs", "3", "--json"],
                         check=True, capture_output=True, text=True)
    report = json.loads(out.stdout)
    return {m["name"]: m["mb_per_second"] for m in report["measurements"] if m["threads"] == 1}


def peer_figure(python, adapter, path):
    script = os.path.join(SHARED, "peers", adapter)
    run = subprocess.run([python, script, "--input", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    timing = [l for l in run.stderr.splitlines() if l.startswith("#timing ")]
    if run.returncode != 0 or not timing:
        raise RuntimeError(f"{adapter} failed: {run.stderr.strip()[-300:]}")
    t = json.loads(timing[-1][len("#timing "):])
    return t["bytes"] / 1e6 / t["process_s"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", default=os.path.join(SHARED, "corpus", "bbc-news.jsonl"))
    ap.add_argument("--venv", default="/tmp/gazette-peers-venv")
    ap.add_argument("--install", action="store_true", help="create the venv and pip-install the peers")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gazette"))
    ap.add_argument("--systems", nargs="+", default=["pysbd", "blingfire", "syntok", "spacy_sm"])
    a = ap.parse_args()
    python = os.path.join(a.venv, "bin", "python")
    if a.install and not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", a.venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "-r", os.path.join(SHARED, "peers", "requirements.txt")], check=True)
    if not os.path.exists(python):
        sys.exit(f"no peer environment at {a.venv}: run with --install")
    ours = gazette_figures(a.binary, a.input)
    print(f"{'system':20} {'task':16} {'peer MB/s':>10} {'gazette MB/s':>13} {'ratio':>8}")
    for system in a.systems:
        adapter, stage = ADAPTERS[system]
        try:
            theirs = peer_figure(python, adapter, a.input)
        except RuntimeError as e:
            print(f"{system:20} error: {e}")
            continue
        print(f"{system:20} {stage:16} {theirs:10.3f} {ours[stage]:13.1f} {ours[stage] / theirs:8.0f}x")


if __name__ == "__main__":
    main()
