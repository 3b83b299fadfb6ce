#!/usr/bin/env python3
"""Run gazette on hostile inputs and print throughput and peak memory for each.

    python3 scripts/hostile.py [--binary target/release/gazette] [--scale 1.0]

Each input is generated into a temporary folder, run through
`gazette extract --quiet FILE -o OUT` under /usr/bin/time, and reported with its size,
seconds, MB/s, peak resident memory, exit status and whether the output holds exactly one
record. This is a measuring script, not a test: timings depend on the machine. `--scale`
shrinks every input (0.01 for a quick look).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MB = 1_000_000


def repeat_to(unit, size):
    return unit * max(1, size // len(unit.encode("utf-8")))


def inputs(scale):
    def size(mb):
        return max(1000, int(mb * MB * scale))

    words = "the council met to discuss the budget and the new road plan for the town "
    yield "100 MB without sentence punctuation", repeat_to(words, size(100))
    yield "10 million double quotation marks", '"' * size(10)
    yield "10 million apostrophes", "'" * size(10)
    yield "1 MB of capitalised one-letter words", repeat_to("A B C D E F G H I J K L M ", size(1))
    yield "1 MB of capitalised words", repeat_to("Alpha Bravo Charlie Delta Echo Foxtrot ", size(1))
    yield "1 million nested brackets", "(" * size(1) + ")" * size(1)
    yield "10 MB of combining marks", "\u0301" * (size(10) // 2)
    yield "10 MB of emoji", "\U0001F389" * (size(10) // 4)
    yield "20 MB of mixed line endings", repeat_to("One line here.\r\nAnother one.\rA third\u2028and more.\n", size(20))
    yield "one 20 MB quotation", "\u201c" + repeat_to("We will build it and they will come, he said. ", size(20)) + "\u201d"
    # Many quotations in one document, each attributed by a pronoun and a partial one after
    # a naming verb: attribution must look back a bounded distance, not to the document start.
    yield "20 MB of short attributed quotations", repeat_to(
        '"It was strong," he said. Officials took to calling it the "strong year". ', size(20)
    )
    yield "10 MB of quotations behind a 1 MB word", "x" * size(1) + repeat_to(
        ' the "Big Day" of ', size(9)
    )
    news = (
        "Governor Anna Kowalski of the Silesia region said on Monday that the Ministry of "
        "Transport (MoT) would fund the new bridge. \"We have waited long enough,\" she told "
        "reporters in Katowice. The ministry added that work would start in May.\n\n"
    )
    yield "20 MB of news-like paragraphs (control)", repeat_to(news, size(20))


def run(binary, name, text, tmp):
    path = os.path.join(tmp, "input.txt")
    out = os.path.join(tmp, "out.jsonl")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    size = os.path.getsize(path)
    timed = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", binary, "extract", "--quiet", path, "-o", out],
        capture_output=True,
        text=True,
    )
    seconds, rss_kb = timed.stderr.strip().splitlines()[-1].split()
    seconds = float(seconds)
    records = 0
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            for line in f:
                json.loads(line)
                records += 1
    return {
        "input": name,
        "mb": size / MB,
        "seconds": seconds,
        "mb_per_s": size / MB / seconds if seconds > 0 else float("inf"),
        "peak_rss_mb": int(rss_kb) / 1024,
        "exit": timed.returncode,
        "one_record": records == 1,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(HERE, "..", "target", "release", "gazette"))
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args()
    if not os.path.exists(a.binary):
        sys.exit(f"{a.binary} not found: run cargo build --release first")
    print(f"{'input':42} {'MB':>7} {'seconds':>8} {'MB/s':>8} {'peak MB':>8} {'exit':>5} {'1 record':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in inputs(a.scale):
            r = run(a.binary, name, text, tmp)
            print(
                f"{r['input']:42} {r['mb']:7.1f} {r['seconds']:8.2f} {r['mb_per_s']:8.1f} "
                f"{r['peak_rss_mb']:8.1f} {r['exit']:5} {str(r['one_record']):>9}"
            )


if __name__ == "__main__":
    main()
