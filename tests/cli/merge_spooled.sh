#!/usr/bin/env bash
# `merge` of what it reads whole before writing (standard output, pipes, GeoJSON, --dedup): the
# documents go to a temporary file in $TMPDIR and only an index of them is held (with --dedup a
# key of each event); standard input, pipes and FIFOs are sniffed as files are, GeoJSON too
# (docs/reference.md, "merge": what merge holds). Inputs of about 4.6 MB, past the 1 MB buffer.
#   merge_spooled.sh BIN DATA_DIR WORK_DIR      (registered in batch.tests.cmake)
set -uo pipefail
bin=$1 data=$2 work=$3/merge-spooled
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
trap 'cd / && rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1,500 copies of each fixture shard, each copy its own documents (ids, seq): shards in order
copies() {
  awk -v n=1500 '{ L[NR] = $0 } END {
    for (k = 0; k < n; k++) for (i = 1; i <= NR; i++) {
      l = L[i]
      if (match(l, /"seq":[0-9]+/)) l = substr(l, 1, RSTART - 1) "\"seq\":" (substr(l, RSTART + 6, RLENGTH - 6) + 4 * k) substr(l, RSTART + RLENGTH)
      gsub(/"wire-/, "\"c" k "-wire-", l)
      print l
    } }' "$1"
}
copies "$data/shard-0.jsonl" > big-0.jsonl
copies "$data/shard-1.jsonl" > big-1.jsonl
[[ $(wc -c < big-0.jsonl) -gt 2000000 ]] || fail "the generated shard is too small"

# the reference: two files in order to a file, merged as they are read
"$bin" merge big-0.jsonl big-1.jsonl -o ref.jsonl -q || fail "merge to a file"
[[ $(wc -l < ref.jsonl) -eq 6000 ]] || fail "the merge has $(wc -l < ref.jsonl) documents, not 6000"
# standard output, standard input, a pipe: the same bytes
"$bin" merge big-0.jsonl big-1.jsonl -q > stdout.jsonl || fail "merge to standard output"
cmp -s stdout.jsonl ref.jsonl || fail "to standard output: not the merge to a file"
"$bin" merge big-0.jsonl - -q < big-1.jsonl > stdin.jsonl || fail "merge of standard input"
cmp -s stdin.jsonl ref.jsonl || fail "from standard input: not the merge of the files"
cat big-1.jsonl | "$bin" merge /dev/stdin big-0.jsonl -q > pipe.jsonl || fail "merge of a pipe"
cmp -s pipe.jsonl ref.jsonl || fail "from a pipe: not the merge of the files"

# the documents go to the temporary file: where it cannot be made the merge fails, writing nothing
TMPDIR="$work/no-such-dir" "$bin" merge big-0.jsonl big-1.jsonl > none.jsonl 2> err.txt
[[ $? -eq 4 ]] || fail "a merge without its temporary file did not exit 4"
grep -q "cannot create the temporary file that holds the documents merge sorts: No such file or directory (set TMPDIR" err.txt ||
  fail "no temporary file: $(cat err.txt)"
[[ ! -s none.jsonl ]] || fail "a failed merge wrote to standard output"

# --dedup: the same from files in any order, from standard input; fewer events than the merge
"$bin" merge big-0.jsonl big-1.jsonl --dedup -o dedup.jsonl -q || fail "merge --dedup"
"$bin" merge - big-0.jsonl --dedup -q < big-1.jsonl > dedup-stdin.jsonl || fail "merge --dedup of standard input"
cmp -s dedup.jsonl dedup-stdin.jsonl || fail "--dedup from standard input: not the merge of the files"
[[ $(grep -o '"event_id"' dedup.jsonl | wc -l) -lt $(grep -o '"event_id"' ref.jsonl | wc -l) ]] ||
  fail "--dedup merged no report"
grep -q '"doc_ids":\["c0-wire-1","c0-wire-4","c1-wire-1"' dedup.jsonl || fail "--dedup: the kept report does not list its documents"

# GeoJSON: from the file, a FIFO and standard input, the same documents
"$bin" merge ref.jsonl -o big.geojson -q || fail "merge to GeoJSON"
"$bin" merge big.geojson --format jsonl -q > from-file.jsonl || fail "merge of GeoJSON"
# the failed documents (no event, no claim) are not in GeoJSON
[[ $(wc -l < from-file.jsonl) -eq 4500 ]] || fail "GeoJSON gave $(wc -l < from-file.jsonl) documents, not 4500"
mkfifo fifo.geojson
cat big.geojson > fifo.geojson &
"$bin" merge fifo.geojson --format jsonl -q > from-fifo.jsonl || fail "merge of GeoJSON through a FIFO"
wait
cmp -s from-fifo.jsonl from-file.jsonl || fail "GeoJSON through a FIFO: not the merge of the file"
"$bin" merge - --format geojson -q < big.geojson > again.geojson || fail "merge of GeoJSON on standard input"
cmp -s again.geojson big.geojson || fail "GeoJSON on standard input to GeoJSON: not the same bytes"
exit 0
