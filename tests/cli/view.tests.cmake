# CLI tests of the HTML map and TimelineJS outputs (`extract --format html|timelinejs`,
# `geotimeline view`); the page itself is tested in a real browser by tests/browser/map.test.js.
set(_example "${PROJECT_SOURCE_DIR}/examples/deir-ez-zor-2017-09-09.txt")
set(_hostile "${CMAKE_CURRENT_SOURCE_DIR}/data/html/hostile.jsonl")
set(_lex "${PROJECT_SOURCE_DIR}/lexicon")

# The page: the CSP that forbids every fetch, Leaflet and the basemap inline, the events as
# escaped columns in a <script type="application/json"> block, the evidence in a text block.
geotimeline_cli_test(extract-html-file
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --lexicon "${_lex}" -o view-example.html -q
  CHECKS "file:view-example.html=^<!DOCTYPE html>"
         "file:view-example.html=<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'. script-src 'unsafe-inline'. style-src 'unsafe-inline'. img-src data:\">"
         "file:view-example.html=<script type=\"application/json\" id=\"gt-data\">{\"title\""
         "file:view-example.html=\"sub_event_type\":\\[[^]]*\"Government regains territory\""
         "file:view-example.html=\"format\":\"geotimeline-map-columns-1\""
         "file:view-example.html=<script type=\"text/plain\" id=\"gt-lazy-evidence-0\">"
         "file:view-example.html=\"feature_kind\":\"spatial_claim\""
         "file:view-example.html=Leaflet 1\\.9\\.4"
         "file:view-example.html=\"type\":\"Topology\""
         "file:view-example.html=id=\"gt-slider\"")

# A hostile article: no payload is written unescaped; < > & become \u003c \u003e \u0026 in the
# JSON, and the title given to view is HTML-escaped.
geotimeline_cli_test(extract-html-hostile
  ARGS extract "${_hostile}" --gazetteer "${GT_FULL_INDEX}" --lexicon "${_lex}" --format html -q
  CHECKS "out:\\\\u003cscript\\\\u003ewindow.__pwned=4"
         "out:\\\\u003e\\\\u003cimg src=x"
         "out:News\\\\u2028Agency"
         "!out:<script>window"
         "!out:<img src=x")
geotimeline_cli_test(extract-geojson-hostile
  ARGS extract "${_hostile}" --gazetteer "${GT_FULL_INDEX}" --lexicon "${_lex}" -o view-hostile.geojson -q
  CHECKS "file:view-hostile.geojson=FeatureCollection")
geotimeline_cli_test(view-hostile-title
  ARGS view view-hostile.geojson --title "<script>alert(1)</script>\"><img src=x onerror=alert(1)>"
  CHECKS "out:<title>&lt.script&gt.alert\\(1\\)&lt./script&gt.&quot.&gt.&lt.img src=x onerror=alert\\(1\\)&gt.</title>"
         "!out:<img src=x")
set_tests_properties("cli: extract-geojson-hostile" PROPERTIES FIXTURES_SETUP view_hostile_geojson)
set_tests_properties("cli: view-hostile-title" PROPERTIES FIXTURES_REQUIRED view_hostile_geojson)

# view: a GeoJSON file in, the page out (atomically); TimelineJS3 JSON. The GeoJSONSeq test file
# of the batch tests is read too.
geotimeline_cli_test(view-geojsonseq
  ARGS view "${PROJECT_SOURCE_DIR}/tests/data/batch/seq.geojsons" --format timelinejs
  CHECKS "json:title.text.headline=geotimeline: seq.geojsons")
geotimeline_cli_test(view-geojson-to-html
  ARGS view view-hostile.geojson -o view-hostile.html
  CHECKS "file:view-hostile.html=<title>geotimeline: view-hostile.geojson</title>")
set_tests_properties("cli: view-geojson-to-html" PROPERTIES FIXTURES_REQUIRED view_hostile_geojson)
geotimeline_cli_test(extract-timelinejs
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --lexicon "${_lex}" --format timelinejs -q
  CHECKS "json:title.text.headline=geotimeline events" "jsonlen:events=2"
         "json:events.0.start_date.year=2017" "json:events.0.start_date.month=9" "json:events.0.start_date.day=5"
         "json:events.0.group=Battles" "json:events.0.unique_id=deir-ez-zor-2017-09-09-txt-1"
         "json:events.0.text.headline=Government regains territory — Deir ez-Zor"
         "json:events.1.start_date.day=9" "json:events.1.group=Strategic developments")
geotimeline_cli_test(view-timelinejs-escapes
  ARGS view view-hostile.geojson --format timelinejs
  CHECKS "out:&lt.script&gt.window.__pwned=4" "!out:<script>" "!out:<img" "!out:javascript:")
set_tests_properties("cli: view-timelinejs-escapes" PROPERTIES FIXTURES_REQUIRED view_hostile_geojson)

# Errors name the file and what to do.
geotimeline_cli_test(view-not-geojson
  ARGS view "${PROJECT_SOURCE_DIR}/tests/data/batch/not-results.jsonl" EXIT 1
  CHECKS "err:not-results\\.jsonl' is JSON but not GeoJSON")
geotimeline_cli_test(view-extract-jsonl
  ARGS view "${PROJECT_SOURCE_DIR}/tests/data/batch/shard-0.jsonl" --format timelinejs
  CHECKS "jsonlen:events=2")
geotimeline_cli_test(view-jsonl-line-not-geojson
  ARGS view "${_hostile}" EXIT 1
  CHECKS "err:hostile\\.jsonl' is JSON but not GeoJSON")
# A coordinate the map cannot draw is refused at view time, with the feature; nothing written.
geotimeline_cli_test(view-coordinate-out-of-range
  ARGS view "${PROJECT_SOURCE_DIR}/tests/data/html/out-of-range.geojson" -o view-out-of-range.html EXIT 1
  CHECKS "err:out-of-range\\.geojson': feature 2: coordinate out of range \\(longitude 2, latitude 1e\\+308"
         "nofile:view-out-of-range.html")
# The same from extract's JSONL (edited, or written by another tool): the event is named.
geotimeline_cli_test(view-jsonl-coordinate-out-of-range
  ARGS view "${PROJECT_SOURCE_DIR}/tests/data/html/out-of-range.jsonl" -o view-out-of-range-jsonl.html EXIT 1
  CHECKS "err:out-of-range\\.jsonl': event 'edited-1-2' of document 'edited-1': coordinate out of range \\(longitude -300, latitude 12\\.5"
         "nofile:view-out-of-range-jsonl.html")
geotimeline_cli_test(view-json-not-geojson
  ARGS view "${PROJECT_SOURCE_DIR}/tests/browser/package.json" EXIT 1
  CHECKS "err:is JSON but not GeoJSON")
geotimeline_cli_test(view-missing-file
  ARGS view no-such-file.geojson EXIT 1
  CHECKS "err:cannot open 'no-such-file.geojson'")
geotimeline_cli_test(view-bad-format
  ARGS view view-hostile.geojson --format csv EXIT 2
  CHECKS "err:--format 'csv' is not html or timelinejs")
geotimeline_cli_test(help-view ARGS view --help
  CHECKS "out:--title" "out:--format" "out:Usage: geotimeline view ")

# view and merge of a generated file of 30,000 events, read a feature at a time: the same page
# from a FeatureCollection, GeoJSONSeq and standard input; a file cut short is refused with its
# line (view_large.sh; docs/robustness.md, the map row).
add_test(NAME "cli: view-large-streamed"
  COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/view_large.sh" "${GT_BIN}" "${CMAKE_CURRENT_BINARY_DIR}/tmp")
