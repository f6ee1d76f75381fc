#!/usr/bin/env bash
# `merge` of shards to a file: each shard in order is read a document at a time (nothing held
# but one document a shard); a shard out of order makes merge read every document first, with
# the same output; a shard given twice or a bad line fails the merge and writes nothing, the
# previous output intact (docs/reference.md, "merge": what merge holds).
#   merge_streamed.sh BIN DATA_DIR WORK_DIR      (registered in batch.tests.cmake)
set -uo pipefail
bin=$1 data=$2 work=$3/merge-streamed
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
trap 'cd / && rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" merge "$data/shard-0.jsonl" "$data/shard-1.jsonl" -o in-order.jsonl -q || fail "merge of shards in order"
cmp -s in-order.jsonl "$data/merged.expected.jsonl" || fail "shards in order: not the expected merge"
"$bin" merge "$data/shard-1.jsonl" "$data/shard-0.jsonl" -o swapped.jsonl -q || fail "merge of swapped files"
cmp -s swapped.jsonl "$data/merged.expected.jsonl" || fail "files swapped: not the expected merge"

# a shard whose lines are not in order (edited, or two runs joined): the same merge
tac "$data/shard-0.jsonl" > reversed-0.jsonl
[[ $(wc -l < reversed-0.jsonl) -ge 2 ]] || fail "the fixture shard has fewer than two documents"
"$bin" merge reversed-0.jsonl "$data/shard-1.jsonl" -o reversed.jsonl 2> err.txt || fail "merge of a shard out of order"
cmp -s reversed.jsonl "$data/merged.expected.jsonl" || fail "a shard out of order: not the expected merge"
grep -q "merged 4 documents (3 events) from 2 files" err.txt || fail "summary: $(cat err.txt)"

# a shard given twice, a bad line after good documents: exit 1, the previous output intact
printf 'previous\n' > out.jsonl
"$bin" merge "$data/shard-1.jsonl" "$data/twice.jsonl" -o out.jsonl 2> err.txt && fail "a shard given twice was merged"
grep -q "twice.jsonl:1: document 'wire-1' (seq 0) is also at .*shard-1.jsonl:1; is a shard given twice" err.txt ||
  fail "shard twice: $(cat err.txt)"
{ cat "$data/shard-0.jsonl"; printf '{"id":\n'; } > bad-end.jsonl
"$bin" merge bad-end.jsonl "$data/shard-1.jsonl" -o out.jsonl 2> err.txt && fail "a bad line was merged"
grep -q "bad-end.jsonl:$(( $(wc -l < "$data/shard-0.jsonl") + 1 )): " err.txt || fail "bad line: $(cat err.txt)"
[[ $(cat out.jsonl) == previous ]] || fail "a failed merge replaced the previous output"
ls | grep -v -q -e '\.jsonl$' -e '^err\.txt$' && fail "left behind: $(ls)"
exit 0
