# Messages of extract and merge that need a sequence of runs (issue #16): counts in the singular,
# no rate or ETA for a run shorter than a second, -o into a missing folder named as such.
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

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
