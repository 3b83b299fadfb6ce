#!/usr/bin/env python3
"""Validates every list in gazetteers/ (run by build.sh; also usable alone with any python3):

    python3 gazetteers/build/validate.py gazetteers/

Errors (exit 1): wrong header or column count, unknown label/flag/gender/kind/position, empty
canonical, bad id, duplicate (surface, label, canonical) in a file, surface shorter than 2
characters or with a digit or tab, CR line ends, unsorted or non-UTF-8 files.
Warnings (printed): the same (surface, label, canonical) in two entity files, and surfaces
found under several labels without the `ambiguous` flag in a hand-written list.
"""
import collections
import os
import re
import sys

ENTITY_FILES = ['per_curated.tsv', 'org_curated.tsv', 'loc_countries.tsv', 'loc_regions.tsv',
                'loc_subdivisions.tsv', 'org_companies.tsv', 'org_universities.tsv',
                'loc_cities.tsv', 'loc_stations.tsv', 'loc_subdivisions_iso.tsv',
                'loc_countries_former.tsv',
                'per_business.tsv']
CURATED = {'per_curated.tsv', 'org_curated.tsv', 'loc_regions.tsv'}
FEATURE_FILES = {
    'given_names.tsv': ('#name\tgender\tcount\tsource', 4),
    'surnames.tsv': ('#name\tcount', 2),
    'titles.tsv': ('#title\tkind', 2),
    'org_heads.tsv': ('#word\tposition', 2),
    'demonyms.tsv': ('#demonym\tcountry', 2),
}
ENTITY_HEADER = '#surface\tlabel\tcanonical\tid\tflags'
ID_RE = re.compile(r'^(Q[1-9][0-9]*|geonames:[1-9][0-9]*|wigos:[0-9]+-[0-9]+-[0-9]+-[0-9A-Za-z]+)?$')

import unicodedata

_SPECIAL = str.maketrans({'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd',
                          'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe',
                          'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'ħ': 'h', 'Ħ': 'H', '’': "'"})


def fold(s):
    """Same folding as build.py: strip diacritics."""
    s = unicodedata.normalize('NFKD', s.translate(_SPECIAL))
    return ''.join(c for c in s if not unicodedata.combining(c))


errors = []
warnings = []


def err(f, n, msg):
    errors.append(f'{f}:{n}: {msg}')


def read(path):
    with open(path, 'rb') as fh:
        raw = fh.read()
    name = os.path.basename(path)
    if b'\r' in raw:
        err(name, 0, 'contains CR characters (files must use LF line ends)')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(name, 0, f'not UTF-8: {e}')
        return []
    if text and not text.endswith('\n'):
        err(name, 0, 'last line has no newline')
    return text.split('\n')[:-1] if text.endswith('\n') else text.split('\n')


def check_sorted(name, keys):
    if keys != sorted(keys):
        err(name, 0, 'rows are not sorted')


def main(gaz):
    surfaces = collections.defaultdict(lambda: collections.defaultdict(set))  # lower -> label -> files
    keys_seen = collections.defaultdict(list)
    counts = collections.OrderedDict()
    rows_of = {}
    for name in ENTITY_FILES:
        path = os.path.join(gaz, name)
        if not os.path.exists(path):
            err(name, 0, 'missing')
            continue
        lines = read(path)
        if not lines or lines[0] != ENTITY_HEADER:
            err(name, 1, f'header must be {ENTITY_HEADER!r}')
        seen = set()
        rows = []
        for n, line in enumerate(lines[1:], start=2):
            f = line.split('\t')
            if len(f) != 5:
                err(name, n, f'expected 5 tab-separated fields, found {len(f)}')
                continue
            s, label, canon, ident, flags = f
            if label not in ('PER', 'ORG', 'LOC'):
                err(name, n, f'bad label {label!r}')
            if not canon.strip():
                err(name, n, 'empty canonical')
            if s != s.strip() or canon != canon.strip():
                err(name, n, 'leading or trailing spaces')
            if len(s) < 2 or re.search(r'[0-9\t]', s):
                err(name, n, f'bad surface {s!r}')
            if not ID_RE.match(ident):
                err(name, n, f'bad id {ident!r}')
            for fl in filter(None, flags.split(',')):
                if fl not in ('common', 'ambiguous'):
                    err(name, n, f'unknown flag {fl!r}')
            key = (s, label, canon)
            if key in seen:
                err(name, n, f'duplicate {key}')
            seen.add(key)
            rows.append(f)
            surfaces[s][label].add(name)
            keys_seen[key].append(name)
        check_sorted(name, [tuple(r[:3]) for r in rows])
        counts[name] = len(rows)
        rows_of[name] = rows
    # the `common` flag must agree with common_words.txt (single token, not all capitals)
    cw_path = os.path.join(gaz, 'common_words.txt')
    if os.path.exists(cw_path):
        with open(cw_path, encoding='utf-8') as fh:
            common = {w.strip() for w in fh if w.strip() and not w.startswith('#')}
        for name, rows in rows_of.items():
            for f in rows:
                s = f[0]
                want = ' ' not in s and not (s.isupper() and len(s) > 1) and fold(s).lower() in common
                has = 'common' in f[4].split(',')
                if want != has:
                    warnings.append(f'{name}: {s!r} should {"" if want else "not "}carry the common flag')
    # cross-file checks
    dup = [(k, v) for k, v in keys_seen.items() if len(v) > 1]
    if dup:
        warnings.append(f'{len(dup)} (surface, label, canonical) keys are in two entity files '
                        f'(the first-listed file wins), e.g. {dup[:5]}')
    for name in CURATED:
        for f in rows_of.get(name, []):
            labels = surfaces[f[0]]
            if len(labels) > 1 and 'ambiguous' not in f[4].split(','):
                warnings.append(f'{name}: {f[0]!r} is also listed as '
                                f'{sorted(l for l in labels if l != f[1])} without the ambiguous flag')
    # feature lists
    for name, (header, ncol) in FEATURE_FILES.items():
        path = os.path.join(gaz, name)
        if not os.path.exists(path):
            err(name, 0, 'missing')
            continue
        lines = read(path)
        if not lines or lines[0] != header:
            err(name, 1, f'header must be {header!r}')
        seen = set()
        firsts = []
        for n, line in enumerate(lines[1:], start=2):
            f = line.split('\t')
            if len(f) != ncol:
                err(name, n, f'expected {ncol} fields, found {len(f)}')
                continue
            if not f[0] or f[0] != f[0].strip() or re.search(r'[0-9]', f[0]):
                err(name, n, f'bad entry {f[0]!r}')
            # (a head word may be listed in both positions: "Radio Mitre", "Vatican Radio")
            key = (f[0], f[1]) if name == 'org_heads.tsv' else f[0]
            if key in seen:
                err(name, n, f'duplicate {f[0]!r}')
            seen.add(key)
            firsts.append(f[0])
            if name == 'given_names.tsv':
                if f[1] not in ('F', 'M', 'U'):
                    err(name, n, f'bad gender {f[1]!r}')
                if f[2] and not f[2].isdigit():
                    err(name, n, f'bad count {f[2]!r}')
                if not f[3] or not set(f[3].split(',')) <= {'ssa', 'curated'}:
                    err(name, n, f'bad source {f[3]!r}')
            elif name == 'surnames.tsv' and not f[1].isdigit():
                err(name, n, f'bad count {f[1]!r}')
            elif name == 'titles.tsv' and f[1] not in ('honorific', 'role'):
                err(name, n, f'bad kind {f[1]!r}')
            elif name == 'org_heads.tsv' and f[1] not in ('suffix', 'prefix'):
                err(name, n, f'bad position {f[1]!r}')
            elif name == 'demonyms.tsv' and not f[1]:
                err(name, n, 'empty country')
        check_sorted(name, firsts)
        counts[name] = len(lines) - 1
    path = os.path.join(gaz, 'common_words.txt')
    if os.path.exists(path):
        words = read(path)
        if not words or words[0] != '#word':
            err('common_words.txt', 1, "header must be '#word'")
        words = words[1:]
        bad = [w for w in words if not w or w != w.lower() or not w.isalpha()]
        if bad:
            err('common_words.txt', 0, f'bad words {bad[:5]}')
        check_sorted('common_words.txt', words)
        counts['common_words.txt'] = len(words)
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('error:', e)
    for k, v in counts.items():
        print(f'{k}\t{v}')
    if errors:
        print(f'{len(errors)} errors')
        return 1
    print('all lists valid')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')))
