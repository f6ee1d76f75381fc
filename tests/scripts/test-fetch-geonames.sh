#!/usr/bin/env bash
# Tests scripts/fetch-geonames without internet: its argument handling, and a full run against a
# local file:// mirror made here from the hand-made fixtures (tests/data/gazetteer), including a
# corrupt zip and a file of the wrong format that must stop it before building.
# Usage: test-fetch-geonames.sh SOURCE_DIR GEOTIMELINE_BINARY WORK_DIR. Exit 77: skipped (no
# curl, zip or unzip).
set -uo pipefail
src=$1 bin=$2 work=$3
script=$src/scripts/fetch-geonames
fx=$src/tests/data/gazetteer
for t in curl zip unzip; do command -v $t >/dev/null || { echo "no $t: skipped"; exit 77; }; done
rm -rf "$work" && mkdir -p "$work/mirror/alternatenames" "$work/cache/sources"
fail=0
check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; fail=1; fi
}
run() { # expected exit, output file, args...
  local want=$1 out=$2; shift 2
  GEOTIMELINE_CACHE=$work/cache GEONAMES_URL=file://$work/mirror "$script" "$@" > "$out" 2>&1
  local got=$?
  [[ $got -eq $want ]] || { echo "exit $got, expected $want, for: $*"; cat "$out"; return 1; }
}

# argument handling
check "--help" run 0 "$work/help.txt" --help
check "--help explains the verification" grep -q "unzip -t" "$work/help.txt"
check "no country: usage error" run 2 "$work/none.txt"
check "not a country code" run 2 "$work/bad.txt" usa
check "the message names it" grep -q "'usa' is not an ISO 3166-1 alpha-2" "$work/bad.txt"
check "unknown option" run 2 "$work/opt.txt" --fast af
check "bad feature classes" run 2 "$work/cls.txt" --feature-classes xyz af
check "dry run" run 0 "$work/dry.txt" --dry-run af sd af --dest "$work/d" --binary "$bin"
check "dry run lists the places dump" grep -qx "download file://$work/mirror/AF.zip" "$work/dry.txt"
check "dry run lists the alternate names" grep -qx "download file://$work/mirror/alternatenames/SD.zip" "$work/dry.txt"
check "dry run lists each country once" test "$(grep -c '/AF.zip' "$work/dry.txt")" -eq 2
check "dry run downloads nothing" test ! -e "$work/d"

# a local mirror in the GeoNames layout
cp "$fx/centres/admin1-codes.fixture.tsv" "$work/mirror/admin1CodesASCII.txt"
cp "$fx/centres/admin2-codes.fixture.tsv" "$work/mirror/admin2Codes.txt"
cp "$fx/geonames-format/country-info.fixture.tsv" "$work/mirror/countryInfo.txt"
mkdir -p "$work/z" && cp "$fx/centres/places.fixture.tsv" "$work/z/AF.txt"
(cd "$work/z" && zip -q "$work/mirror/AF.zip" AF.txt)
printf '1\t99100102\tps\tGirishk Kalay\t\t\t\t\t\t\n' > "$work/z/AF.txt"
(cd "$work/z" && zip -q "$work/mirror/alternatenames/AF.zip" AF.txt)

check "a full run builds an index" run 0 "$work/full.txt" af --dest "$work/d" --binary "$bin" -o "$work/out.gtz"
check "the index is there" test -s "$work/out.gtz"
check "its places are found" "$bin" gazetteer lookup Gereshk --gazetteer "$work/out.gtz"
check "its alternate names are found" "$bin" gazetteer lookup "Girishk Kalay" --gazetteer "$work/out.gtz"

# a corrupt download stops it
head -c 100 "$work/mirror/AF.zip" > "$work/mirror/SD.zip"
cp "$work/mirror/alternatenames/AF.zip" "$work/mirror/alternatenames/SD.zip"
check "a corrupt zip fails" run 1 "$work/corrupt.txt" sd --dest "$work/d2" --binary "$bin" -o "$work/no.gtz"
check "it says so" grep -q "not a sound zip archive" "$work/corrupt.txt"
check "no index was built" test ! -e "$work/no.gtz"
# a file of the wrong format stops it
printf 'just\tthree\tcolumns\n' > "$work/z/SD.txt"
rm -f "$work/mirror/SD.zip" && (cd "$work/z" && zip -q "$work/mirror/SD.zip" SD.txt)
check "a wrong format fails" run 1 "$work/format.txt" sd --dest "$work/d3" --binary "$bin" -o "$work/no.gtz"
check "it names the problem" grep -q "has 3 columns, expected 19" "$work/format.txt"
check "no index was built" test ! -e "$work/no.gtz"
exit $fail
