#!/usr/bin/env bash
# What `-o` may never do to a user's files, tried as a new user would (issue #15; the promises
# and their tests are listed in docs/robustness.md, "Outputs"):
#   outputs.sh CASE BIN INDEX WORK_DIR      (registered in outputs.tests.cmake)
set -uo pipefail
case_=$1 bin=$2 index=$3 work=$4/outputs-$1
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
trap 'cd / && rm -rf "$work"' EXIT
fail() { echo "FAIL ($case_): $*" >&2; exit 1; }
article='Syrian troops broke the siege of Deir ez-Zor on 5 September 2017, the army said.'
gt() { "$bin" "$@" --gazetteer "$index"; }

case $case_ in
output-is-input)
  # The output is one of the inputs (by name, through ./, a symbolic link, a hard link,
  # standard input redirected from it): refused before anything is written, the input intact.
  printf '%s\n' "$article" > victim.txt
  printf '{"id":"a","text":"%s"}\n' "$article" > corpus.jsonl
  ln -s victim.txt link.jsonl
  ln corpus.jsonl hard.jsonl
  cp victim.txt victim.bak && cp corpus.jsonl corpus.bak
  for args in "victim.txt -o victim.txt --format jsonl" "corpus.jsonl -o corpus.jsonl" \
              "./victim.txt -o link.jsonl" "corpus.jsonl -o ../outputs-$case_/hard.jsonl" \
              "victim.txt -o out.jsonl --errors victim.txt"; do
    # shellcheck disable=SC2086
    gt extract $args -q 2>err.txt
    rc=$?
    [[ $rc -eq 2 ]] || fail "extract $args: exit $rc, expected 2: $(cat err.txt)"
    grep -q "is the input '.*': writing it would destroy what the run reads" err.txt || fail "extract $args: $(cat err.txt)"
    cmp -s victim.txt victim.bak && cmp -s corpus.jsonl corpus.bak || fail "extract $args: an input was changed"
    [[ -L link.jsonl ]] || fail "extract $args: the link was replaced"
    ls | grep -qE '\.(lock|partial\.jsonl)$|\.tmp\.' && fail "extract $args: left files: $(ls)"
  done
  gt extract - -o victim.txt --format csv -q < victim.txt 2>err.txt
  [[ $? -eq 2 ]] && grep -q "is the input 'standard input'" err.txt || fail "stdin from the output: $(cat err.txt)"
  cmp -s victim.txt victim.bak || fail "stdin from the output: the input was changed"
  # merge too
  gt extract corpus.jsonl -o shard.jsonl -q || fail "extract to shard.jsonl failed"
  cp shard.jsonl shard.bak
  "$bin" merge shard.jsonl -o shard.jsonl -q 2>err.txt
  [[ $? -eq 2 ]] && grep -q "is the input 'shard.jsonl'" err.txt || fail "merge onto its input: $(cat err.txt)"
  cmp -s shard.jsonl shard.bak || fail "merge changed its input"
  ;;
no-document)
  # A run that processed no document (a typo in the input's name) never replaces an earlier
  # output, whatever its format; exit 1, the errors file written, no journal left.
  printf '%s\n' "$article" > gaza-rafah.txt
  for ext in geojson csv jsonl html; do
    gt extract gaza-rafah.txt -o "prev.$ext" -q || fail "$ext: the first run failed"
    cp "prev.$ext" "prev.$ext.bak"
    gt extract gaza-rafha.txt -o "prev.$ext" --errors errors.jsonl 2>err.txt
    rc=$?
    [[ $rc -eq 1 ]] || fail "$ext: exit $rc, expected 1: $(cat err.txt)"
    grep -q "no document was processed (1 failed); 'prev.$ext' is left as it was" err.txt || fail "$ext: $(cat err.txt)"
    cmp -s "prev.$ext" "prev.$ext.bak" || fail "$ext: the previous output was replaced"
    grep -q '"input":"gaza-rafha.txt"' errors.jsonl || fail "$ext: no errors file: $(cat errors.jsonl)"
    [[ -e prev.$ext.partial.jsonl ]] && fail "$ext: the journal was left"
  done
  # with no earlier output the (empty) output is written, as before
  gt extract gaza-rafha.txt -o new.geojson -q 2>/dev/null
  grep -q '"FeatureCollection"' new.geojson || fail "no output where there was none"
  ;;
directory-twice)
  # `extract DIR -o DIR/ev.geojson` twice: the second run skips the first one's output (and
  # its CSV, map, GIS files and journals): the same output both times.
  export SOURCE_DATE_EPOCH=1500000000  # (the CSV's timestamp column)
  mkdir -p D && printf '%s\n' "$article" > D/a.txt
  for ext in geojson csv jsonl html; do
    gt extract D -o "D/ev.$ext" -q || fail "$ext: first run failed"
    cp "D/ev.$ext" "first.$ext"
  done
  touch D/old.partial.jsonl D/x.lock
  for ext in geojson csv jsonl html; do
    gt extract D -o "D/ev.$ext" 2>err.txt || fail "$ext: second run failed: $(cat err.txt)"
    grep -q "geotimeline: 1 document (0 failed), 1 event" err.txt || fail "$ext: read its own output: $(cat err.txt)"
    grep -q "output files skipped" err.txt || fail "$ext: no word of the skipped files: $(cat err.txt)"
    [[ $ext == html ]] || cmp -s "D/ev.$ext" "first.$ext" || fail "$ext: the second output differs"
  done
  # a saved web page that is not this tool's map is an article
  printf '<html><body><p>%s</p></body></html>\n' "$article" > D/page.html
  gt extract D -q --format jsonl > pages.jsonl
  grep -q '"id":"page.html"' pages.jsonl || fail "a saved web page was skipped"
  ;;
output-directory)
  # -o naming an existing directory fails cleanly and leaves nothing behind, every time.
  mkdir -p outdir && printf '%s\n' "$article" > a.txt
  for run in 1 2; do
    gt extract a.txt -o outdir -q 2>err.txt
    rc=$?
    [[ $rc -eq 4 ]] || fail "run $run: exit $rc, expected 4: $(cat err.txt)"
    grep -q "cannot write 'outdir' (-o): it is a directory; give a file name" err.txt || fail "run $run: $(cat err.txt)"
    [[ $(ls) == $'a.txt\nerr.txt\noutdir' ]] || fail "run $run: left files: $(ls)"
    [[ -z $(ls outdir) ]] || fail "run $run: wrote into the directory"
  done
  ;;
same-output-errors)
  printf '%s\n' "$article" > a.txt
  gt extract a.txt -o out.geojson --errors ./out.geojson -q 2>err.txt
  [[ $? -eq 2 ]] && grep -q "errors './out.geojson' is the output 'out.geojson'" err.txt || fail "$(cat err.txt)"
  [[ -e out.geojson ]] && fail "an output was written"
  ;;
same-name-inputs)
  # a/report.txt and b/report.txt: distinct doc ids and event ids (the shortest distinct end
  # of the path); a name found once keeps its file name.
  mkdir -p a b c && printf '%s\n' "$article" | tee a/report.txt b/report.txt > c/other.txt
  gt extract a/report.txt b/report.txt c/other.txt -q --format jsonl > out.jsonl || fail "extract failed"
  ids=$(grep -o '"id":"[^"]*"' out.jsonl | tr '\n' ' ')
  [[ $ids == '"id":"a/report.txt" "id":"b/report.txt" "id":"other.txt" ' ]] || fail "doc ids: $ids"
  [[ $(grep -o '"event_id":"[^"]*"' out.jsonl | sort -u | wc -l) -eq 3 ]] || fail "event ids: $(grep -o '"event_id":"[^"]*"' out.jsonl)"
  gt extract . -q --format jsonl > dir.jsonl
  grep -q '"id":"a/report.txt"' dir.jsonl || fail "directory run: $(cut -c1-60 dir.jsonl)"
  ;;
dangling-links)
  # A symbolic link to nothing in an input directory is named on stderr, not skipped silently.
  mkdir -p D && printf '%s\n' "$article" > D/a.txt && ln -s gone.txt D/lost.txt
  gt extract D -o out.jsonl 2>err.txt || fail "extract failed: $(cat err.txt)"
  grep -q "warning: D/lost.txt: a symbolic link to nothing" err.txt || fail "$(cat err.txt)"
  ;;
jsonl-as-txt)
  # A JSONL corpus saved as .txt is read as JSONL (first non-blank character '{', as on
  # standard input), not as one text document.
  printf '\xEF\xBB\xBF{"id":"x","text":"%s"}\n{"id":"y","text":"%s"}\n' "$article" "$article" > corpus.txt
  gt extract corpus.txt -q --format jsonl > out.jsonl || fail "extract failed"
  [[ $(grep -c '"events":\[{' out.jsonl) -eq 2 ]] && grep -q '"id":"y"' out.jsonl || fail "$(cat out.jsonl)"
  ;;
symlink-temporaries)
  # Item 8: a dangling symbolic link planted at the journal's name (a world-writable directory)
  # is never followed: refused, its target never created. Temporary files get names no one
  # can guess; a run killed while writing leaves one, which the next run removes.
  printf '%s\n' "$article" > a.txt
  ln -s "$work/target" out.geojson.partial.jsonl
  for resume in "" --resume; do
    gt extract a.txt -o out.geojson -q $resume 2>err.txt && fail "extract $resume: succeeded"
    [[ -e target ]] && fail "extract $resume: the link was followed"
    [[ -L out.geojson.partial.jsonl ]] || fail "extract $resume: the link was removed"
  done
  rm out.geojson.partial.jsonl
  : > out.geojson.tmp.k1llEd0000 && mkdir out.geojson.tmp.k1lled0001 && ln -s "$work/target" out.geojson.tmp.l1nk000000
  : > out.geojson.tmp.k1lled0002
  gt extract a.txt -o out.geojson -q || fail "extract failed"
  [[ -e out.geojson.tmp.k1lled0001 || -e out.geojson.tmp.k1lled0002 ]] && fail "stale temporaries left: $(ls)"
  [[ -L out.geojson.tmp.l1nk000000 && ! -e target ]] || fail "a link was removed or followed"
  [[ -e out.geojson.tmp.k1llEd0000 ]] || fail "a file not of this tool's naming was removed"
  ;;
*) fail "unknown case" ;;
esac
echo "ok ($case_)"
