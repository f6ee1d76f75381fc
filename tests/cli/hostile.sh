#!/usr/bin/env bash
# Hostile-input and output-safety tests that need generated files or a shell (ulimit):
#   hostile.sh CASE BIN INDEX DATA_DIR WORK_DIR      (registered in hostile.tests.cmake)
# Large files are generated here and removed at the end (pass or fail).
set -uo pipefail
case_=$1 bin=$2 index=$3 data=$4 work=$5/hostile-$1
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
trap 'cd / && rm -rf "$work"' EXIT
fail() { echo "FAIL ($case_): $*" >&2; exit 1; }
good='{"id":"good","date":"2017-09-09","text":"Syrian troops broke the siege of Deir ez-Zor on Tuesday, the army said."}'

case $case_ in
huge-line)
  # A 200 MB single-line text file and a 200 MB JSONL line: refused without being read into
  # memory (the limit is --max-doc-bytes), the good documents of the same run still processed.
  head -c 200000000 /dev/zero | tr '\0' 'x' > big.txt
  { printf '{"id":"huge","text":"'; cat big.txt; printf '"}\n%s\n' "$good"; } > big.jsonl
  printf '%s\n' "$good" | sed 's/"good"/"good-2"/' > good.jsonl
  "$bin" extract big.txt big.jsonl good.jsonl --gazetteer "$index" -o out.jsonl --errors errors.jsonl -q 2>err.txt
  rc=$?
  [[ $rc -eq 1 ]] || fail "exit $rc, expected 1: $(cat err.txt)"
  grep -q '"input":"big.txt","line":null,"id":"big.txt","reason":"larger than --max-doc-bytes (200000000 > 16777216' errors.jsonl ||
    fail "no error for big.txt: $(cat errors.jsonl)"
  grep -q '"input":"big.jsonl","line":1,.*"reason":"line of 200000023 bytes, longer than the limit of 67108864' errors.jsonl ||
    fail "no error for the long JSONL line: $(cat errors.jsonl)"
  [[ $(grep -c '"events":\[{' out.jsonl) -eq 2 ]] || fail "the two good documents lost: $(cat out.jsonl)"
  ;;
disk-full)
  # A write past the file-size limit (as on a full disk): exit 4 naming the file, the previous
  # output intact, no temporary file left behind. Through the journal (extract -o) and
  # through a direct atomic write (merge -o).
  printf 'previous output\n' > out.geojson
  for i in $(seq 1 40); do printf '%s\n' "$good" | sed "s/\"good\"/\"doc-$i\"/"; done > docs.jsonl
  bash -c "ulimit -f 4; exec \"$bin\" extract docs.jsonl --gazetteer \"$index\" -o out.geojson -q" 2>err.txt
  rc=$?
  [[ $rc -eq 4 ]] || fail "extract: exit $rc, expected 4: $(cat err.txt)"
  grep -q "cannot write 'out.geojson.partial.jsonl': File too large .*rerun with --resume once fixed" err.txt || fail "extract: message: $(cat err.txt)"
  [[ $(cat out.geojson) == "previous output" ]] || fail "extract: the previous output was changed"
  "$bin" extract docs.jsonl --gazetteer "$index" -o shard.jsonl -q || fail "extract to shard.jsonl failed"
  bash -c "ulimit -f 4; exec \"$bin\" merge shard.jsonl -o out.geojson -q" 2>err.txt
  rc=$?
  [[ $rc -eq 4 ]] || fail "merge: exit $rc, expected 4: $(cat err.txt)"
  grep -qE "cannot write 'out.geojson': .*File too large.*(nothing was replaced|left intact)" err.txt ||
    fail "merge: message: $(cat err.txt)"
  [[ $(cat out.geojson) == "previous output" ]] || fail "merge: the previous output was changed"
  ls | grep -q '\.tmp\.' && fail "a temporary file was left: $(ls)"
  # with room enough the same run replaces the file
  "$bin" merge shard.jsonl -o out.geojson -q || fail "merge with room failed"
  grep -q '"FeatureCollection"' out.geojson || fail "merge with room wrote no GeoJSON"
  ;;
gis-disk-full)
  # KML, and GeoJSON and GML through GDAL (whose text drivers ignore short writes), past the
  # file-size limit (as on a full disk; SIGXFSZ ignored, so the write fails with EFBIG): exit 4
  # naming the file and the system's reason, no output, the journal kept, and --resume then
  # makes the same output as a run with room.
  for i in $(seq 1 60); do printf '%s\n' "$good" | sed "s/\"good\"/\"doc-$i\"/"; done > docs.jsonl
  "$bin" extract docs.jsonl --gazetteer "$index" -o ref.jsonl -q || fail "reference run failed"
  j=$(stat -c %s ref.jsonl)
  for spec in kml:--format=kml geojson:--ogr-driver=GeoJSON gml:--ogr-driver=GML; do
    ext=${spec%%:*} opt=${spec#*:}
    mkdir -p ref  # (the same file name: GML names its schema file in the output)
    "$bin" extract docs.jsonl --gazetteer "$index" -o "ref/out.$ext" "$opt" -q || fail "$ext: the run with room failed"
    k=$(stat -c %s "ref/out.$ext")
    limit=$(( (j + 2047) / 1024 ))  # room for the journal (its first line: ~300 bytes), not the output
    (( k > limit * 1024 + 1024 )) || fail "$ext: the output ($k bytes) is not larger than the journal ($j): no test"
    bash -c "trap '' XFSZ; ulimit -f $limit; exec \"$bin\" extract docs.jsonl --gazetteer \"$index\" -o out.$ext $opt -q" 2>err.txt
    rc=$?
    [[ $rc -eq 4 ]] || fail "$ext: exit $rc, expected 4: $(cat err.txt)"
    grep -q "cannot write '.*out\.$ext' .*File too large" err.txt || fail "$ext: message: $(cat err.txt)"
    grep -q "the journal 'out\.$ext\.partial\.jsonl' is kept: rerun with --resume" err.txt || fail "$ext: message: $(cat err.txt)"
    [[ -e out.$ext ]] && fail "$ext: a truncated output was renamed into place"
    [[ -s out.$ext.partial.jsonl ]] || fail "$ext: the journal was deleted"
    ls | grep -q '\.tmp\.' && fail "$ext: a temporary file was left: $(ls)"
    "$bin" extract docs.jsonl --gazetteer "$index" -o "out.$ext" "$opt" --resume -q 2>err.txt || fail "$ext: --resume failed: $(cat err.txt)"
    cmp -s "out.$ext" "ref/out.$ext" || fail "$ext: the resumed output differs from the run with room"
    [[ -e out.$ext.partial.jsonl ]] && fail "$ext: the journal is left after --resume"
  done
  ;;
path-ids)
  # Document ids such as ../../etc/passwd never become paths: everything written stays in the
  # output directory, and the ids come back verbatim as data.
  mkdir -p run/out && cd run || exit 1
  err=""
  cp "$data/hostile/dotdot-ids.jsonl" in.jsonl
  touch ../before
  for shard in 0/2 1/2; do
    err+=$("$bin" extract in.jsonl --gazetteer "$index" --shard "$shard" -o "out/shard-${shard%/*}.jsonl" \
      --errors out/errors.jsonl -q 2>&1)
    (( $? <= 1 )) || fail "extract --shard $shard failed"  # (1: the id holding a NUL is refused)
  done
  "$bin" merge out/shard-0.jsonl out/shard-1.jsonl -o out/merged.csv -q || fail "merge failed"
  "$bin" extract in.jsonl --gazetteer "$index" -q --format geojsonseq > out/stdout.geojsons 2>/dev/null
  (( $? <= 1 )) || fail "filter mode failed"
  new=$(cd .. && find . -newer before -not -type d | sort | tr '\n' ' ')
  [[ $new == "./run/out/errors.jsonl ./run/out/merged.csv ./run/out/merged.csvt ./run/out/shard-0.jsonl ./run/out/shard-1.jsonl ./run/out/stdout.geojsons " ]] ||
    fail "files written outside out/ or unexpected: $new"
  grep -q '"id":"../../etc/passwd"' out/shard-0.jsonl out/shard-1.jsonl || fail "the id is not kept verbatim"
  [[ $err == *'field "id" contains a NUL character'* ]] || fail "the id with a NUL was not refused: $err"
  ;;
bad-fields)
  # A broken 40 MB line is not copied whole into stderr, the errors file or the output (the
  # parser's message quotes it: cut at 300 bytes); a number no double holds (1e999) fails the
  # line by either JSON path (a string id: the fast path; a number id: nlohmann); NUL in id,
  # title, source or url is refused (GDAL would cut the id); terminal control characters in an
  # id or a file name are escaped on stderr.
  { printf '{"id":"long","text":"'; head -c 40000000 /dev/zero | tr '\0' a; printf '\n%s\n' "$good"; } > big.jsonl
  "$bin" extract big.jsonl --gazetteer "$index" -o out.jsonl --errors errors.jsonl 2>err.txt
  [[ $? -eq 1 ]] || fail "big line: exit $?: $(head -c 500 err.txt)"
  (( $(stat -c %s err.txt) < 2000 && $(stat -c %s errors.jsonl) < 2000 && $(stat -c %s out.jsonl) < 20000 )) ||
    fail "the line was copied: stderr $(stat -c %s err.txt), errors $(stat -c %s errors.jsonl), output $(stat -c %s out.jsonl) bytes"
  grep -q 'big.jsonl:1 (id long): not JSON (.*bytes, cut)' err.txt || fail "big line: $(head -c 500 err.txt)"
  text='"text":"Rebels attacked the town on 3 May 2020."'
  printf '{"id":"s1","x":1e999,%s}\n{"id":7,"x":-2E+999,%s}\n{"id":"ok","x":1e300,%s}\n' "$text" "$text" "$text" > numbers.jsonl
  printf '{"id":"a\\u0000b",%s}\n{"id":"t","title":"x\\u0000",%s}\n{"id":"s","source":"\\u0000",%s}\n{"id":"u","url":"\\u0000",%s}\n' \
    "$text" "$text" "$text" "$text" > nul.jsonl
  printf '{"id":"\\u001b]0;pwned\\u0007\\u001b[31mred\\u009b","text":5}\n' > control.jsonl
  "$bin" extract numbers.jsonl nul.jsonl control.jsonl --gazetteer "$index" --format jsonl > out.jsonl 2>err.txt
  [[ $? -eq 1 ]] || fail "fields: exit $?"
  grep -q 'numbers.jsonl:1 (id s1): not JSON (number overflow parsing .1e999.)' err.txt &&
    grep -q 'numbers.jsonl:2 (id 7): not JSON (number overflow parsing .-2E+999.)' err.txt &&
    grep -q '"id":"ok","dct"' out.jsonl || fail "1e999: $(cat err.txt)"
  for f in id title source url; do
    grep -q "field \"$f\" contains a NUL character" err.txt || fail "NUL in $f: $(cat err.txt)"
  done
  grep -q 'control.jsonl:1 (id \\x1b\]0;pwned\\x07\\x1b\[31mred\\u009b)' err.txt || fail "control: $(cat -v err.txt)"
  LC_ALL=C grep -q $'\x1b' err.txt && fail "a raw escape character reached stderr"
  ;;
dev-full)
  # A final write that fails says the system's reason (it said "write failed" when the failed
  # write was earlier than the last flush): /dev/full takes no byte, ENOSPC.
  printf '%s\n' "$good" > docs.jsonl
  "$bin" extract docs.jsonl --gazetteer "$index" -o shard.jsonl -q || fail "extract to shard.jsonl failed"
  "$bin" extract docs.jsonl --gazetteer "$index" -o events.geojson -q || fail "extract to events.geojson failed"
  for f in geojson jsonl csv html geojsonseq timelinejs; do
    "$bin" extract docs.jsonl --gazetteer "$index" -o /dev/full --format $f -q 2>err.txt
    rc=$?
    [[ $rc -eq 4 ]] || fail "extract -o /dev/full --format $f: exit $rc, expected 4: $(cat err.txt)"
    grep -q "cannot write '/dev/full': No space left on device" err.txt || fail "extract $f: message: $(cat err.txt)"
    "$bin" extract docs.jsonl --gazetteer "$index" --format $f -q >/dev/full 2>err.txt
    rc=$?
    [[ $rc -eq 4 ]] || fail "extract --format $f >/dev/full: exit $rc, expected 4: $(cat err.txt)"
    grep -q "cannot write standard output: No space left on device" err.txt || fail "extract $f >/dev/full: message: $(cat err.txt)"
  done
  "$bin" view events.geojson -o /dev/full 2>err.txt
  rc=$?
  [[ $rc -eq 4 ]] || fail "view -o /dev/full: exit $rc, expected 4: $(cat err.txt)"
  grep -q "cannot write '/dev/full': No space left on device" err.txt || fail "view: message: $(cat err.txt)"
  "$bin" merge shard.jsonl -o /dev/full --format geojson -q 2>err.txt
  rc=$?
  [[ $rc -eq 4 ]] || fail "merge -o /dev/full: exit $rc, expected 4: $(cat err.txt)"
  grep -q "cannot write '/dev/full': No space left on device" err.txt || fail "merge: message: $(cat err.txt)"
  # Nothing was to be replaced on a device: the message does not say so (it said "nothing was
  # replaced" for --errors /dev/full). The errors file is committed first: the output is not
  # made without it, and the journal stays for --resume.
  printf '%s\n' "$good" 'this line is not JSON' > mixed.jsonl
  "$bin" extract mixed.jsonl --gazetteer "$index" -o mixed.jsonl.out --format jsonl --errors /dev/full -q 2>err.txt
  rc=$?
  [[ $rc -eq 4 ]] || fail "extract --errors /dev/full: exit $rc, expected 4: $(cat err.txt)"
  grep -q "cannot write '/dev/full': No space left on device" err.txt || fail "--errors /dev/full: message: $(cat err.txt)"
  grep -q "nothing was replaced" err.txt && fail "--errors /dev/full: 'nothing was replaced' said of a device: $(cat err.txt)"
  [[ -e mixed.jsonl.out ]] && fail "--errors /dev/full: the output was made without its errors file"
  [[ -e mixed.jsonl.out.partial.jsonl ]] || fail "--errors /dev/full: the journal was not kept"
  # Help, version and lists written to a full standard output: exit 4 with the reason, not 0
  for args in "--help" "--version" "extract --help" "help merge" "gazetteer info --gazetteer $index"; do
    # shellcheck disable=SC2086 # the words of $args are the arguments
    "$bin" $args >/dev/full 2>err.txt
    rc=$?
    [[ $rc -eq 4 ]] || fail "$args >/dev/full: exit $rc, expected 4: $(cat err.txt)"
    grep -q "cannot write standard output: No space left on device" err.txt || fail "$args >/dev/full: message: $(cat err.txt)"
  done
  # A device or FIFO given to -o is written as standard output is: no journal, lock or CSV type
  # file beside it (it used to leave /dev/full.partial.jsonl behind, failing the next run)
  mkfifo fifo
  cat fifo > got.csv &
  "$bin" extract docs.jsonl --gazetteer "$index" -o fifo --format csv -q 2>err.txt || fail "extract -o FIFO: $(cat err.txt)"
  wait
  grep -q "good-1" got.csv || fail "extract -o FIFO wrote no event: $(cat got.csv)"
  ls fifo.* 2>/dev/null && fail "files made beside the FIFO: $(ls)"
  ;;
*) fail "unknown case" ;;
esac
echo "ok ($case_)"
