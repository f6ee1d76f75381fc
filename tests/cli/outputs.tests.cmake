# What `-o` and the environment may never do to a user's files (issue #15, "Nothing lost,
# ever"; docs/robustness.md, "Outputs"). Cases that need files set up, symbolic links or two
# runs are in tests/cli/outputs.sh.
set(_o_example "${PROJECT_SOURCE_DIR}/examples/deir-ez-zor-2017-09-09.txt")

# $GEOTIMELINE_GAZETTEER naming no file is an error, not a quiet fall back to another index.
geotimeline_cli_test(gazetteer-env-missing
  ARGS extract "${_o_example}" -q
  ENV "GEOTIMELINE_GAZETTEER=${CMAKE_CURRENT_BINARY_DIR}/no-such-index.gtz"
  EXIT 3
  CHECKS "err:GEOTIMELINE_GAZETTEER is '.*no-such-index.gtz', which does not exist. fix or unset it"
         "!out:.")

# So is $GEOTIMELINE_DATA_DIR naming a directory that does not exist or holds no index.
geotimeline_cli_test(data-dir-env-missing
  ARGS extract "${_o_example}" -q
  ENV "GEOTIMELINE_DATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/no-such-dir"
  EXIT 3
  CHECKS "err:GEOTIMELINE_DATA_DIR is '.*no-such-dir', which holds no gazetteer.gtz. fix or unset it"
         "!out:.")
geotimeline_cli_test(data-dir-env-no-index
  ARGS extract "${_o_example}" -q
  ENV "GEOTIMELINE_DATA_DIR=${PROJECT_SOURCE_DIR}/examples"
  EXIT 3
  CHECKS "err:GEOTIMELINE_DATA_DIR is '.*examples', which holds no gazetteer.gtz. fix or unset it"
         "!out:.")

# An output extension the tool does not know is an error naming the known ones (it used to be
# written as GeoJSON, or the view as HTML, under a name that says otherwise); nothing written.
geotimeline_cli_test(output-unknown-extension
  ARGS extract "${_o_example}" --gazetteer "${GT_FULL_INDEX}" -q -o unknown-ext.xyz
  EXIT 2
  CHECKS "err:-o 'unknown-ext.xyz': unknown output extension '.xyz'. use one of .geojson .or .json., .*.csv.*.gpkg"
         "nofile:unknown-ext.xyz" "nofile:unknown-ext.xyz.lock" "nofile:unknown-ext.xyz.partial.jsonl")
geotimeline_cli_test(merge-unknown-extension
  ARGS merge "${CMAKE_CURRENT_SOURCE_DIR}/data/batch/shard-0.jsonl" -q -o unknown-ext.txt
  EXIT 2
  CHECKS "err:unknown output extension '.txt'" "nofile:unknown-ext.txt")
# --format makes any name right; no extension at all is GeoJSON, as documented.
geotimeline_cli_test(output-unknown-extension-with-format
  ARGS extract "${_o_example}" --gazetteer "${GT_FULL_INDEX}" -q -o known-by-format.txt --format csv
  CHECKS "file:known-by-format.txt=^event_id_cnty")
geotimeline_cli_test(output-no-extension
  ARGS extract "${_o_example}" --gazetteer "${GT_FULL_INDEX}" -q -o no-extension-out
  CHECKS "file:no-extension-out=FeatureCollection")
geotimeline_cli_test(view-unknown-extension
  ARGS view "${PROJECT_SOURCE_DIR}/tests/data/batch/seq.geojsons" -o unknown-view.pdf
  EXIT 2
  CHECKS "err:view: -o 'unknown-view.pdf': unknown output extension. use .html or .htm" "nofile:unknown-view.pdf")

# Cases with files set up, links and several runs (outputs.sh).
foreach(_case output-is-input no-document directory-twice output-directory same-output-errors same-name-inputs
              dangling-links jsonl-as-txt symlink-temporaries)
  add_test(NAME "cli: outputs-${_case}"
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/outputs.sh" ${_case} "${GT_BIN}" "${GT_FULL_INDEX}"
            "${CMAKE_CURRENT_BINARY_DIR}/tmp")
endforeach()

# CSV cells beginning with = + - @ get a leading ' by default (CSV injection: a spreadsheet
# would run them as formulas); --csv-raw writes them as they are. Numbers are never changed.
set(_o_formulas "${CMAKE_CURRENT_SOURCE_DIR}/data/outputs/formulas.jsonl")
geotimeline_cli_test(csv-formulas-neutralised
  ARGS extract "${_o_formulas}" --gazetteer "${GT_FULL_INDEX}" -q --format csv
  CHECKS "out:\n\"'=HYPERLINK\\(\"\"http://example.org\"\"\\)-1\"," "out:,'@SUM\\(A1\\),"
         "!out:,@SUM" "!out:\n\"=HYPERLINK")
geotimeline_cli_test(csv-formulas-raw
  ARGS extract "${_o_formulas}" --gazetteer "${GT_FULL_INDEX}" -q --format csv --csv-raw
  CHECKS "out:\n\"=HYPERLINK\\(\"\"http://example.org\"\"\\)-1\"," "out:,@SUM\\(A1\\),")
geotimeline_cli_test(csv-formulas-merge
  ARGS merge "${CMAKE_CURRENT_SOURCE_DIR}/data/outputs/formulas-result.jsonl" -q --format csv
  CHECKS "out:,'@SUM\\(A1\\),")
