#!/usr/bin/env bash
# `extract --dedup` in bounded memory (docs/batch.md, "Deduplication"): what it holds is a key
# of each event; the documents are read again from the journal (-o FILE) or from a temporary
# file in $TMPDIR (standard output), not held. 1,200 invented reports (each incident told by two
# wires: Mali, Colombia, the Philippines; every copy in its own month), about 1.4 MB of output,
# past the temporary file's 1 MB buffer.
#   extract_dedup_streamed.sh BIN WORK_DIR      (registered in batch.tests.cmake)
set -uo pipefail
bin=$1 work=$2/extract-dedup-streamed
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
trap 'cd / && rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for ((k = 0; k < 200; k++)); do
  y=$((1990 + k % 30)) m=$(printf %02d $(((k / 30) % 12 + 1)))
  printf '{"id":"a%d-mali","date":"%d-%s-04","source":"Wire A","text":"Gunmen attacked an army post in Kidal on Monday, killing four soldiers, the army said."}\n' $k $y $m
  printf '{"id":"b%d-mali","date":"%d-%s-05","source":"Wire B","text":"Four soldiers were killed when gunmen stormed a military post in Kidal on Monday, officials said."}\n' $k $y $m
  printf '{"id":"a%d-colombia","date":"%d-%s-10","source":"Wire A","text":"A car bomb exploded near a police station in Tumaco on Tuesday, killing two police officers."}\n' $k $y $m
  printf '{"id":"b%d-colombia","date":"%d-%s-10","source":"Wire C","text":"Two police officers died on Tuesday when a car bomb went off outside a police station in Tumaco."}\n' $k $y $m
  printf '{"id":"a%d-philippines","date":"%d-%s-20","source":"Wire B","text":"Troops clashed with militants in Marawi on Saturday; three militants were killed, the military said."}\n' $k $y $m
  printf '{"id":"b%d-philippines","date":"%d-%s-21","source":"Wire C","text":"Three militants died in fighting with government troops in Marawi on Saturday."}\n' $k $y $m
done > corpus.jsonl
events() { grep -o '"event_id"' "$1" | wc -l; }

"$bin" extract corpus.jsonl --format jsonl -q > plain.jsonl || fail "extract"
[[ $(wc -c < plain.jsonl) -gt 1100000 ]] || fail "the output is too small to pass the temporary file's buffer"
# standard output: the same bytes whatever the threads; fewer events, the kept report lists both
"$bin" extract corpus.jsonl --format jsonl --dedup -q --jobs 1 > dedup-1.jsonl || fail "extract --dedup --jobs 1"
"$bin" extract corpus.jsonl --format jsonl --dedup -q --jobs 2 > dedup-2.jsonl || fail "extract --dedup --jobs 2"
cmp -s dedup-1.jsonl dedup-2.jsonl || fail "--dedup to standard output: not the same with 1 and 2 threads"
[[ $(wc -l < dedup-1.jsonl) -eq 1200 ]] || fail "--dedup wrote $(wc -l < dedup-1.jsonl) documents, not 1200"
[[ $(events dedup-1.jsonl) -lt $(( $(events plain.jsonl) * 2 / 3 )) ]] ||
  fail "--dedup merged too few reports: $(events dedup-1.jsonl) of $(events plain.jsonl) events"
for pair in '"a0-colombia","b0-colombia"' '"a199-philippines","b199-philippines"' '"a57-mali","b57-mali"'; do
  grep -q "\"doc_ids\":\[$pair\]" dedup-1.jsonl || fail "--dedup: no kept report lists $pair"
done
# to a file (from the journal): the same documents and events
"$bin" extract corpus.jsonl --dedup -o dedup.jsonl -q || fail "extract --dedup -o"
[[ $(wc -l < dedup.jsonl) -eq 1200 && $(events dedup.jsonl) -eq $(events dedup-1.jsonl) ]] ||
  fail "--dedup -o: $(wc -l < dedup.jsonl) documents, $(events dedup.jsonl) events"
[[ ! -e dedup.jsonl.partial.jsonl ]] || fail "the journal is left"
"$bin" extract corpus.jsonl --dedup -o dedup.geojson -q || fail "extract --dedup -o GeoJSON"
[[ $(grep -o '"feature_kind":"event"' dedup.geojson | wc -l) -eq $(events dedup-1.jsonl) ]] ||
  fail "--dedup -o GeoJSON: not one feature an event"

# standard output's documents go to the temporary file: where it cannot be made, exit 4 and
# nothing written
TMPDIR="$work/no-such-dir" "$bin" extract corpus.jsonl --format jsonl --dedup -q > none.jsonl 2> err.txt
[[ $? -eq 4 ]] || fail "--dedup without its temporary file did not exit 4"
grep -q "cannot create the temporary file that holds the documents --dedup reads again: No such file or directory" err.txt ||
  fail "no temporary file: $(cat err.txt)"
[[ ! -s none.jsonl ]] || fail "a failed --dedup wrote to standard output"
exit 0
