# Hostile input (tests/data/hostile, docs/robustness.md): each file gets its documented error
# and exit code, and the good documents of the same run are still processed.
set(_h "${CMAKE_CURRENT_SOURCE_DIR}/data/hostile")
set(_good "${PROJECT_SOURCE_DIR}/examples/deir-ez-zor-2017-09-09.txt")

# Each bad file fails alone (exit 1), the example beside it still gives its events.
foreach(_case
    "noise.bin|contains NUL bytes: not a text file"
    "undecodable.txt|not decodable as UTF-8 or Windows-1252 text")
  string(REPLACE "|" ";" _parts "${_case}")
  list(GET _parts 0 _file)
  list(GET _parts 1 _why)
  geotimeline_cli_test(hostile-${_file}
    ARGS extract "${_h}/${_file}" "${_good}" --gazetteer "${GT_FULL_INDEX}" --format jsonl -q
    EXIT 1
    CHECKS "err:${_file}: ${_why} \\(skipped\\)"
           "out:\"id\":\"${_file}\"" "out:\"error\":\"${_why}\""
           "out:\"event_id\":\"deir-ez-zor-2017-09-09.txt-1\"")
endforeach()

# Stray bytes are repaired (Windows-1252), UTF-16 with a byte order mark is decoded: events.
# (count-at-end.txt: a count that ends the text, "killing 3", found by fuzz_pipeline)
foreach(_file invalid-utf8.txt latin1.txt utf16le-bom.txt utf16be-bom.txt count-at-end.txt)
  geotimeline_cli_test(hostile-ok-${_file}
    ARGS extract "${_h}/${_file}" --gazetteer "${GT_FULL_INDEX}" --format jsonl -q
    CHECKS "!out:error")
endforeach()
foreach(_file utf16le-bom.txt utf16be-bom.txt)
  geotimeline_cli_test(hostile-decoded-${_file}
    ARGS extract "${_h}/${_file}" --gazetteer "${GT_FULL_INDEX}" --format jsonl -q
    CHECKS "json:events.0.location.name=Deir ez-Zor" "json:events.0.date=2017-09-05")
endforeach()
geotimeline_cli_test(hostile-latin1-repaired
  ARGS timex "${_h}/latin1.txt" --date 2017-09-09
  CHECKS "err:latin1.txt: invalid UTF-8 repaired" "out:2017-09-05")

# A JSONL file with broken lines: each broken line is reported with its line, the others run.
geotimeline_cli_test(hostile-broken-lines
  ARGS extract "${_h}/broken-lines.jsonl" --gazetteer "${GT_FULL_INDEX}" --format jsonl
  EXIT 1
  CHECKS "err:broken-lines.jsonl:2 \\(id broken-json\\): not JSON"
         "err:broken-lines.jsonl:3: not a JSON object"
         "err:broken-lines.jsonl:4 \\(id no-text\\): no \"text\" string"
         "err:broken-lines.jsonl:5 \\(id text-not-string\\): field \"text\" is not a string"
         "err:broken-lines.jsonl:6: not JSON"
         "err:broken-lines.jsonl:7 \\(id bad-date\\): field \"date\" is not a calendar day: '2017-02-31'"
         "err:broken-lines.jsonl:8 \\(id huge-year\\): field \"date\" is not a calendar day: '99999-01-01'"
         "err:10 documents \\(7 failed\\)"
         "out:\"event_id\":\"good-1-1\"" "out:\"event_id\":\"good-2-1\""
         "out:\"event_id\":\"../../etc/passwd-1\"")

# A JSONL "date" (or "dct") that is no calendar day or time fails its document, named, rather
# than being ignored; the other documents run (issue #15).
geotimeline_cli_test(hostile-bad-dates
  ARGS extract "${_h}/bad-dates.jsonl" --gazetteer "${GT_FULL_INDEX}" --format jsonl
  EXIT 1
  CHECKS "err:bad-dates.jsonl:2 \\(id negative-year\\): field \"date\" is not a calendar day: '-2017-01-01' \\(give YYYY-MM-DD"
         "err:bad-dates.jsonl:3 \\(id bad-time\\): field \"date\" is not a calendar day: '2017-09-09T25:61:61Z'"
         "err:bad-dates.jsonl:4 \\(id month-13\\): field \"date\" is not a calendar day: '2017-13-01'"
         "err:bad-dates.jsonl:5 \\(id february-30\\): field \"date\" is not a calendar day: '2017-02-30'"
         "err:bad-dates.jsonl:6 \\(id bad-dct\\): field \"date\" is not a calendar day: '2017-09-31'"
         "err:7 documents \\(5 failed\\)"
         "out:\"event_id\":\"good-1\"" "out:\"event_id\":\"good-time-1\"")

# An empty text is one rule for a file and a JSONL "text" (white space only too): a warning
# naming the document, which has no events; not a failure (a headline-only item of a feed).
geotimeline_cli_test(hostile-empty-text
  ARGS extract "${_h}/empty.txt" "${_h}/empty-text.jsonl" --gazetteer "${GT_FULL_INDEX}" --format jsonl
  CHECKS "err:warning: [^ ]*empty.txt: empty: no text \\(no events\\)"
         "err:warning: [^ ]*empty-text.jsonl:1 \\(id empty\\): empty: no text \\(no events\\)"
         "err:warning: [^ ]*empty-text.jsonl:2 \\(id blank\\): empty: no text \\(no events\\)"
         "err:4 documents \\(0 failed, 3 empty\\)"
         "out:\"id\":\"empty\"" "!out:\"error\"" "out:\"event_id\":\"good-1\"")

# UTF-16 JSONL cannot be split into lines: one clear error for the file.
geotimeline_cli_test(hostile-utf16-jsonl
  ARGS extract "${_h}/utf16le.jsonl" "${_good}" --gazetteer "${GT_FULL_INDEX}" --format jsonl -q
  EXIT 1
  CHECKS "err:utf16le.jsonl: UTF-16 encoded JSONL is not read: convert it to UTF-8 first"
         "out:\"event_id\":\"deir-ez-zor-2017-09-09.txt-1\"")

# Absurd dates: no value, no crash; an invalid --date is a usage error.
geotimeline_cli_test(hostile-absurd-dates
  ARGS timex "${_h}/absurd-dates.txt" --date 2017-09-09
  CHECKS "!out:-02-31" "!out:99999")
geotimeline_cli_test(hostile-absurd-date-option
  ARGS extract "${_good}" --gazetteer "${GT_FULL_INDEX}" --date 99999-01-01
  EXIT 2
  CHECKS "err:--date")

# Out-of-range coordinates in a gazetteer source: a warning naming the file and line, the row
# left out, the rest built.
geotimeline_cli_test(hostile-gazetteer-coordinates
  ARGS gazetteer build "${GT_DUMP_FIXTURE}" "${_h}/gazetteer" -o hostile-coords.gtz
  CHECKS "err:supplement.tsv:3: .*lat/lon within range" "err:supplement.tsv:4: .*lat/lon within range"
         "err:supplement.tsv:5: .*lat/lon within range" "err:warning" "err:."
         "file:hostile-coords.gtz=GTLGAZ")

# Generated inputs and shell tricks (hostile.sh): a 200 MB line, a full disk (native and GDAL
# writers), ids as paths.
foreach(_case huge-line disk-full gis-disk-full dev-full path-ids bad-fields)
  add_test(NAME "cli: hostile-${_case}"
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/hostile.sh" ${_case} "${GT_BIN}" "${GT_FULL_INDEX}"
            "${CMAKE_CURRENT_SOURCE_DIR}/data" "${CMAKE_CURRENT_BINARY_DIR}/tmp")
endforeach()
set_tests_properties("cli: hostile-huge-line" PROPERTIES TIMEOUT 600)
