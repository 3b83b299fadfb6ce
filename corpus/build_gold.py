#!/usr/bin/env python3
"""Build corpus/gold.jsonl from the articles and their hand-written annotations.

    python3 corpus/build_gold.py            # write corpus/gold.jsonl
    python3 corpus/build_gold.py --check    # fail if gold.jsonl is missing or out of date
    python3 corpus/build_gold.py --review NAME.txt [...]   # print one article's gold for reading

Every article corpus/articles/NAME.txt has an annotation file corpus/annotations/NAME.json:

    {
      "sentences": ["First sentence.", "Second one.", ...],           # in text order
      "entities": [["surface", "PER|ORG|LOC", "canonical"], ...],      # in text order
      "not_entities": [["surface", "context"], ...],                   # optional, see below
      "quotes": [{"text": "quoted words", "kind": "direct|partial",
                  "speaker": "he" | null, "speaker_context": "he said",  # context optional
                  "speaker_from": 3,                                     # optional: reuse quote 3's speaker
                  "entity": ["canonical", "LABEL"] | null,
                  "cue": "said" | null, "cue_context": "...", "cue_from": 3,
                  "open": true}, ...],                                   # open: paragraph ends, no closing mark
      "notes": "free text"
    }

Sentences and entities are located by sequential search (each after the previous one).
A quote's text is the first occurrence after the previous quote that sits between quotation
marks. A speaker or cue is the occurrence of its context (default: itself) nearest to the quote,
outside every quotation; the speaker or cue is found inside that context. Everything is checked
and the script exits non-zero, naming the article and the item, when anything is wrong:

- sentences cover every non-white-space character, do not overlap, never contain a line break;
- entities are whole words, do not overlap, lie inside one sentence, and every other
  occurrence of an annotated surface form is annotated too, unless a "not_entities" context
  such as ["London", "London-based"] covers it;
- quotes sit between quotation marks (or end their paragraph when "open"), do not overlap or
  cross a paragraph break, and every double quotation mark ( " “ ” « » ) in the text is the
  opening or closing mark of an annotated quote or lies inside one;
- a speaker's entity is one of the article's entities, and a speaker that is a name is exactly
  an annotated mention with the same canonical name.

Only the Python standard library is used. Offsets are Python str indices (code points).
"""
import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
ANNOTATIONS = os.path.join(HERE, "annotations")
GOLD = os.path.join(HERE, "gold.jsonl")

LABELS = ("PER", "ORG", "LOC")
KINDS = ("direct", "partial")
OPENING_MARKS = "\"'“‘«„‚‹"
CLOSING_MARKS = "\"'”’»‹›"
DOUBLE_MARKS = "\"“”«»„"


class GoldError(Exception):
    pass


def is_word_char(c):
    return c.isalnum() or unicodedata.category(c) == "Mn"


def word_bounded(text, start, end):
    """True when text[start:end] does not begin or end in the middle of a word."""
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return False
    if end < len(text) and is_word_char(text[end]) and is_word_char(text[end - 1]):
        return False
    return True


def occurrences(text, needle, bounded=True):
    out, i = [], text.find(needle)
    while i >= 0:
        if not bounded or word_bounded(text, i, i + len(needle)):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def span(text, start, end):
    return {"start": start, "end": end, "text": text[start:end]}


def locate_sentences(name, text, sentences):
    out, pos = [], 0
    for n, s in enumerate(sentences):
        if not s or s != s.strip():
            raise GoldError(f"{name}: sentence {n} is empty or has surrounding white space: {s!r}")
        if "\n" in s:
            raise GoldError(f"{name}: sentence {n} contains a line break: {s!r}")
        i = text.find(s, pos)
        if i < 0:
            raise GoldError(f"{name}: sentence {n} not found after offset {pos}: {s!r}")
        gap = text[pos:i]
        if gap.strip():
            raise GoldError(f"{name}: text not covered by any sentence before sentence {n}: {gap.strip()[:80]!r}")
        out.append(span(text, i, i + len(s)))
        pos = i + len(s)
    if text[pos:].strip():
        raise GoldError(f"{name}: text after the last sentence not covered: {text[pos:].strip()[:80]!r}")
    return out


def locate_entities(name, text, entities, not_entities, sentences):
    out, pos = [], 0
    for n, item in enumerate(entities):
        if len(item) != 3:
            raise GoldError(f"{name}: entity {n} must be [surface, label, canonical]: {item!r}")
        surface, label, canonical = item
        if label not in LABELS:
            raise GoldError(f"{name}: entity {n} {surface!r} has label {label!r}, not one of {LABELS}")
        found = [i for i in occurrences(text, surface) if i >= pos]
        if not found:
            raise GoldError(f"{name}: entity {n} {surface!r} not found (as whole words) after offset {pos}")
        i = found[0]
        e = {"start": i, "end": i + len(surface), "text": surface, "label": label, "canonical": canonical}
        if not any(s["start"] <= e["start"] and e["end"] <= s["end"] for s in sentences):
            raise GoldError(f"{name}: entity {n} {surface!r} at {i} crosses a sentence boundary")
        out.append(e)
        pos = e["end"]
    # one canonical name has one label
    labels = {}
    for e in out:
        if labels.setdefault(e["canonical"], e["label"]) != e["label"]:
            raise GoldError(f"{name}: canonical {e['canonical']!r} has two labels")
    # every occurrence of an annotated surface is annotated, or explicitly excused
    excused = []
    for item in not_entities:
        surface, context = item
        if surface not in context:
            raise GoldError(f"{name}: not_entities context {context!r} does not contain {surface!r}")
        hits = occurrences(text, context, bounded=False)
        if not hits:
            raise GoldError(f"{name}: not_entities context {context!r} not found")
        for h in hits:
            k = context.index(surface)
            excused.append((h + k, h + k + len(surface)))
    spans = [(e["start"], e["end"]) for e in out]
    # the forms an alias can take: every annotated surface and canonical name, every word of a
    # person's name ("Reid" of "Callum Reid"), the first word of an organisation's ("Halden")
    forms = {e["text"] for e in out} | {e["canonical"] for e in out}
    for e in out:
        words = [w for w in e["canonical"].split() if len(w) > 2 and w[0].isupper() and not w.endswith(".")]
        if e["label"] == "PER":
            forms.update(words)
        elif e["label"] == "ORG" and len(words) > 1:
            forms.add(words[0])
    for surface in sorted(forms):
        for i in occurrences(text, surface):
            o = (i, i + len(surface))
            if not any(overlaps(o, s) for s in spans) and o not in excused:
                ctx = text[max(0, i - 30):i + len(surface) + 30].replace("\n", " ")
                raise GoldError(f"{name}: {surface!r} at {i} is not annotated (add it, or a not_entities context): ...{ctx}...")
    return out


def nearest(name, text, what, needle, context, qspan, quote_spans):
    """The occurrence of needle inside the occurrence of context nearest to qspan."""
    if needle not in context:
        raise GoldError(f"{name}: {what} {needle!r} is not inside its context {context!r}")
    k = next((j for j in occurrences(context, needle)), None)
    if k is None:
        raise GoldError(f"{name}: {what} {needle!r} is not a whole word in its context {context!r}")
    best = []
    for i in occurrences(text, context):
        s = (i + k, i + k + len(needle))
        if any(overlaps(s, q) for q in quote_spans):
            continue
        d = max(0, qspan[0] - s[1], s[0] - qspan[1])
        best.append((d, s))
    if not best:
        raise GoldError(f"{name}: {what} context {context!r} not found outside quotations")
    best.sort()
    if len(best) > 1 and best[0][0] == best[1][0]:
        raise GoldError(f"{name}: {what} context {context!r} is ambiguous (two at the same distance)")
    return best[0][1]


def locate_quotes(name, text, quotes, entities):
    # pass 1: the quoted spans
    spans, pos = [], 0
    for n, q in enumerate(quotes):
        qt = q.get("text")
        if not qt:
            raise GoldError(f"{name}: quote {n} has no text")
        if q.get("kind") not in KINDS:
            raise GoldError(f"{name}: quote {n} kind must be one of {KINDS}")
        is_open = bool(q.get("open"))
        found = None
        for i in occurrences(text, qt, bounded=False):
            if i < pos:
                continue
            j = i + len(qt)
            if i == 0 or text[i - 1] not in OPENING_MARKS:
                continue
            if is_open:
                if j == len(text) or text[j] == "\n":
                    found = (i, j)
                    break
            elif j < len(text) and text[j] in CLOSING_MARKS:
                found = (i, j)
                break
        if not found:
            raise GoldError(f"{name}: quote {n} not found between quotation marks after offset {pos}: {qt[:60]!r}")
        if "\n\n" in text[found[0]:found[1]]:
            raise GoldError(f"{name}: quote {n} crosses a paragraph break")
        spans.append(found)
        pos = found[1]
    for a, b in zip(spans, spans[1:]):
        if overlaps(a, b):
            raise GoldError(f"{name}: quotes at {a} and {b} overlap")
    # every double quotation mark belongs to an annotated quote
    for i, c in enumerate(text):
        if c in DOUBLE_MARKS and not any(i == s - 1 or i == e or s <= i < e for s, e in spans):
            ctx = text[max(0, i - 30):i + 30].replace("\n", " ")
            raise GoldError(f"{name}: quotation mark at {i} belongs to no annotated quote: ...{ctx}...")
    # pass 2: speakers and cues
    ents_by_span = {(e["start"], e["end"]): e for e in entities}
    known = {(e["canonical"], e["label"]) for e in entities}
    out = []
    for n, (q, (s, e)) in enumerate(zip(quotes, spans)):
        speaker = cue = None
        if "speaker_from" in q:
            ref = q["speaker_from"]
            if not 0 <= ref < n:
                raise GoldError(f"{name}: quote {n} speaker_from {ref} must name an earlier quote")
            speaker = out[ref]["speaker"]
            if speaker is None:
                raise GoldError(f"{name}: quote {n} speaker_from {ref}, which has no speaker")
        elif q.get("speaker") is not None:
            a, b = nearest(name, text, f"quote {n} speaker", q["speaker"], q.get("speaker_context", q["speaker"]), (s, e), spans)
            ent = q.get("entity")
            if ent is not None:
                if len(ent) != 2 or tuple(ent) not in known:
                    raise GoldError(f"{name}: quote {n} speaker entity {ent!r} is not one of the article's entities")
                ent = {"canonical": ent[0], "label": ent[1]}
            mention = [m for k, m in ents_by_span.items() if overlaps(k, (a, b))]
            if mention:
                m = mention[0]
                if (m["start"], m["end"]) != (a, b) or ent is None or m["canonical"] != ent["canonical"]:
                    raise GoldError(f"{name}: quote {n} speaker {q['speaker']!r} must equal the mention {m['text']!r} and share its canonical name")
            speaker = {**span(text, a, b), "entity": ent}
        if "cue_from" in q:
            ref = q["cue_from"]
            if not 0 <= ref < n:
                raise GoldError(f"{name}: quote {n} cue_from {ref} must name an earlier quote")
            cue = out[ref]["cue"]
        elif q.get("cue") is not None:
            a, b = nearest(name, text, f"quote {n} cue", q["cue"], q.get("cue_context", q["cue"]), (s, e), spans)
            cue = span(text, a, b)
        item = {"start": s, "end": e, "text": text[s:e], "kind": q["kind"], "speaker": speaker, "cue": cue}
        # the scorer's own gold fields (score.py reads "speakers" spans and "speaker_names")
        item["speakers"] = [{"start": speaker["start"], "end": speaker["end"]}] if speaker else []
        item["speaker_names"] = [(speaker["entity"] or {}).get("canonical") or speaker["text"]] if speaker else []
        out.append(item)
    return out


def build_one(article):
    name = article
    with open(os.path.join(ARTICLES, article), encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        raise GoldError(f"{name}: carriage return in text (the corpus uses \\n line ends)")
    ann_path = os.path.join(ANNOTATIONS, os.path.splitext(article)[0] + ".json")
    if not os.path.exists(ann_path):
        raise GoldError(f"{name}: no annotation file {ann_path}")
    with open(ann_path, encoding="utf-8") as f:
        ann = json.load(f)
    unknown = set(ann) - {"sentences", "entities", "not_entities", "quotes", "notes"}
    if unknown:
        raise GoldError(f"{name}: unknown keys in annotation file: {sorted(unknown)}")
    sentences = locate_sentences(name, text, ann["sentences"])
    entities = locate_entities(name, text, ann["entities"], ann.get("not_entities", []), sentences)
    quotes = locate_quotes(name, text, ann.get("quotes", []), entities)
    return {"id": article, "text": text, "sentences": sentences, "entities": entities, "quotes": quotes}


def build_all():
    names = sorted(n for n in os.listdir(ARTICLES) if n.endswith(".txt"))
    stray = sorted(set(os.path.splitext(n)[0] for n in os.listdir(ANNOTATIONS) if n.endswith(".json"))
                   - set(os.path.splitext(n)[0] for n in names))
    if stray:
        raise GoldError(f"annotation files without an article: {stray}")
    lines = [json.dumps(build_one(n), ensure_ascii=False) for n in names]
    return "".join(line + "\n" for line in lines)


def review(doc):
    text = doc["text"]
    print(f"=== {doc['id']}: {len(doc['sentences'])} sentences, {len(doc['entities'])} entities, {len(doc['quotes'])} quotes")
    print("--- sentences")
    for n, s in enumerate(doc["sentences"]):
        print(f"{n:3} [{s['start']}:{s['end']}] {s['text']}")
    print("--- entities")
    for e in doc["entities"]:
        print(f"  [{e['start']}:{e['end']}] {e['label']} {e['text']!r} -> {e['canonical']}")
    print("--- quotes")
    for n, q in enumerate(doc["quotes"]):
        sp = q["speaker"]
        who = "-" if not sp else f"{sp['text']!r}@{sp['start']} -> {(sp['entity'] or {}).get('canonical')} {(sp['entity'] or {}).get('label', '')}"
        cue = "-" if not q["cue"] else f"{q['cue']['text']!r}@{q['cue']['start']}"
        print(f"{n:3} {q['kind']:7} [{q['start']}:{q['end']}] {q['text']!r}\n      speaker {who}; cue {cue}")
    print("--- capitalised words outside entities, not sentence-initial (for the eye)")
    covered = [(e["start"], e["end"]) for e in doc["entities"]]
    starts = {s["start"] for s in doc["sentences"]}
    i, words = 0, []
    while i < len(text):
        if text[i].isupper() and (i == 0 or not is_word_char(text[i - 1])):
            j = i
            while j < len(text) and (is_word_char(text[j]) or text[j] in ".'’"):
                j += 1
            if i not in starts and not any(a <= i < b for a, b in covered):
                words.append(text[i:j])
            i = j
        else:
            i += 1
    print("  " + ", ".join(words))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if gold.jsonl differs from a fresh build")
    ap.add_argument("--review", nargs="+", metavar="NAME", help="print the gold of these articles for reading")
    a = ap.parse_args()
    try:
        if a.review:
            for n in a.review:
                review(build_one(os.path.basename(n)))
            return
        built = build_all()
    except GoldError as e:
        sys.exit(f"build_gold: {e}")
    if a.check:
        try:
            with open(GOLD, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != built:
            sys.exit("build_gold: gold.jsonl is out of date; run python3 corpus/build_gold.py")
        print("gold.jsonl is up to date")
        return
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        f.write(built)
    docs = [json.loads(line) for line in built.splitlines()]
    for d in docs:
        print(f"{d['id']}: {len(d['sentences'])} sentences, {len(d['entities'])} entities, {len(d['quotes'])} quotes")
    print(f"wrote {GOLD}")


if __name__ == "__main__":
    main()
