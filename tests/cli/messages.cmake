# Messages of extract and merge that need a sequence of runs (issue #16): counts in the singular,
# no rate or ETA for a run shorter than a second, -o into a missing folder named as such, and
# --resume after a changed option naming that option with both values.
# Arguments: BIN, INDEX, WORKDIR.
set(dir "${WORKDIR}/messages")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${dir}/one.jsonl" "{\"id\":\"one\",\"text\":\"Rebels attacked Aleppo on Monday, killing 3 soldiers.\"}\n")
set(failures "")
function(run expect_rc)
  set(gaz)
  if(ARGV1 STREQUAL "extract")
    set(gaz --gazetteer "${INDEX}")
  endif()
  execute_process(COMMAND "${BIN}" ${ARGN} ${gaz} WORKING_DIRECTORY "${dir}"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL expect_rc)
    string(REPLACE ";" " " cmd "${ARGN}")
    set(failures "${failures}${cmd}: exit ${rc}, expected ${expect_rc}\n${err}\n" PARENT_SCOPE)
  endif()
  set(err "${err}" PARENT_SCOPE)
endfunction()
function(want regex what)
  if(NOT err MATCHES "${regex}")
    set(failures "${failures}${what}: stderr does not match '${regex}':\n${err}\n" PARENT_SCOPE)
  endif()
endfunction()
function(reject regex what)
  if(err MATCHES "${regex}")
    set(failures "${failures}${what}: stderr matches '${regex}':\n${err}\n" PARENT_SCOPE)
  endif()
endfunction()

# One document, one event: singular; a short run has no MB/s.
run(0 extract one.jsonl --date 2017-09-09 -o one.geojson)
want("^geotimeline: 1 document \\(0 failed\\), 1 event\n$" "summary of one document")
reject("MB|ETA" "summary of a short run")

# -o into a folder that does not exist: that, not the journal or a full disk.
run(4 extract one.jsonl -o no-such-folder/out.geojson)
want("^geotimeline: cannot create 'no-such-folder/out.geojson': the folder 'no-such-folder' does not exist" "missing folder")
reject("journal|resume|disk full|lock" "missing folder")
run(4 merge one.jsonl -o no-such-folder/out.csv)
want("the folder 'no-such-folder' does not exist" "merge into a missing folder")

# An interrupted run: the HTML map (the map's scripts, >100 kB) past a file-size limit of 64 kB
# that the journal (one document, ~2 kB) stays under, SIGXFSZ ignored so that the write fails
# (EFBIG) as on a full disk: exit 4, the journal kept. Then --resume with another option: exit 2
# naming it with the journal's value and this run's; with the same options it completes.
set(html_run extract one.jsonl --date 2017-09-09 --max-doc-bytes 100000 -o out.html)
execute_process(COMMAND bash -c "trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\"" "${BIN}" ${html_run} --gazetteer "${INDEX}"
  WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 4)
  string(APPEND failures "the run past the file-size limit: exit ${rc}, expected 4\n${err}\n")
endif()
want("the journal 'out.html.partial.jsonl' is kept: rerun with --resume" "interrupted run")
if(NOT EXISTS "${dir}/out.html.partial.jsonl")
  string(APPEND failures "the interrupted run left no journal\n")
endif()
run(2 extract one.jsonl --date 2017-09-10 --max-doc-bytes 100000 -o out.html --resume)
want("^geotimeline: 'out.html.partial.jsonl' is the journal of a run with other inputs or options \\(--date differs: '2017-09-09' in the journal, '2017-09-10' now\\)."
     "--resume with another --date")
reject("'config'|fingerprint" "--resume with another --date")
run(2 extract one.jsonl --date 2017-09-09 --max-doc-bytes 200000 -o out.html --resume)
want("\\(--max-doc-bytes differs: 100000 in the journal, 200000 now\\)" "--resume with another --max-doc-bytes")
file(WRITE "${dir}/lexicon/actors.tsv" "blue lancers\tBlue Lancers Militia\tidentity militia\t4\tNG\t\n")
run(2 extract one.jsonl --date 2017-09-09 --max-doc-bytes 100000 -o out.html --resume --lexicon lexicon)
want("\\(--lexicon differs: '[^';]*lexicon' added now\\)" "--resume with another --lexicon")
reject("differs: '[^']*;" "--resume with another --lexicon: only the added directory, not the whole list")
run(0 ${html_run} --resume)
want("^geotimeline: 1 document \\(0 failed\\), 1 event, 1 resumed from the journal\n$" "--resume with the same options")
if(EXISTS "${dir}/out.html.partial.jsonl" OR NOT EXISTS "${dir}/out.html")
  string(APPEND failures "--resume with the same options: no out.html, or the journal left\n")
endif()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
