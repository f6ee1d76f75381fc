#!/usr/bin/env bash
# `view` and `merge` of a large-ish generated file (issue #15; docs/robustness.md, the map row):
# they read it a feature at a time, and the page is the same whatever form the features come in
# (a FeatureCollection, GeoJSONSeq, standard input, extract's JSONL made by merge).
#   view_large.sh BIN WORK_DIR      (registered in view.tests.cmake)
set -uo pipefail
bin=$1 work=$2/view-large
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
trap 'cd / && rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
n=30000

# n events of n/3 documents on 1,000 places over a year, one feature a line
awk -v n=$n 'BEGIN {
  for (i = 0; i < n; i++) {
    k = (i * 7919) % 1000; lon = -170 + (k * 7.31) % 340; lat = -60 + (k * 3.17) % 120; d = int(i / 3)
    printf "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.4f,%.4f]},\"properties\":" \
      "{\"feature_kind\":\"event\",\"event_id\":\"doc-%d-%d\",\"doc_id\":\"doc-%d\",\"event_type\":\"Battles\"," \
      "\"sub_event_type\":\"Armed clash\",\"event_date\":\"2020-%02d-%02d\",\"time_precision\":1,\"fatalities\":%d," \
      "\"location\":\"Place %d\",\"latitude\":%.4f,\"longitude\":%.4f," \
      "\"evidence\":\"Fighters clashed near Place %d, witness %d said.\"}}\n",
      lon, lat, d, i % 3 + 1, d, i % 12 + 1, i % 28 + 1, i % 13, k, lat, lon, k, i
  }
}' > lines.txt
{ printf '{"type":"FeatureCollection","features":[\n'; sed '$!s/$/,/' lines.txt; printf ']}\n'; } > events.geojson
sed 's/^/\x1e/' lines.txt > events.geojsons

"$bin" view events.geojson --title T -o fc.html || fail "view of the FeatureCollection"
grep -q '"n":'$n',' fc.html || fail "the page does not hold $n events"
"$bin" view events.geojsons --title T -o seq.html || fail "view of GeoJSONSeq"
cmp -s fc.html seq.html || fail "GeoJSONSeq gives another page than the FeatureCollection"
"$bin" view - --title T < events.geojson > stdin.html || fail "view of standard input"
cmp -s fc.html stdin.html || fail "standard input gives another page than the file"
# the FeatureCollection on one line (12 MB), as other tools write it: sniffed from its start
tr -d '\n' < events.geojson > one-line.geojson
"$bin" view one-line.geojson --title T -o one-line.html || fail "view of a FeatureCollection on one line"
cmp -s fc.html one-line.html || fail "one line gives another page"
"$bin" view - --title T < one-line.geojson > one-line-stdin.html || fail "view of one line on standard input"
cmp -s fc.html one-line-stdin.html || fail "one line on standard input gives another page"

# merge reads the GeoJSON a feature at a time; view of its JSONL sorts the events by date
"$bin" merge events.geojson -o merged.jsonl -q || fail "merge of the FeatureCollection"
[[ $(wc -l < merged.jsonl) -eq $((n / 3)) ]] || fail "merge: $(wc -l < merged.jsonl) documents, expected $((n / 3))"
"$bin" view merged.jsonl --format timelinejs -o jsonl.json || fail "view of merge's JSONL"
grep -q "<p>$n dated events from $((n / 3)) documents" jsonl.json || fail "the timeline of the JSONL: $(head -c 300 jsonl.json)"

# cut short: refused with the line and the last good feature, nothing written
head -c 5000000 events.geojson > cut.geojson
"$bin" view cut.geojson -o cut.html 2> err.txt && fail "a truncated file was accepted"
grep -q "cut.geojson:[0-9]*: not valid JSON in the FeatureCollection after feature [0-9]* (is the file cut short?)" err.txt ||
  fail "truncated: $(cat err.txt)"
[[ ! -e cut.html ]] || fail "a page was written for a truncated file"
exit 0
