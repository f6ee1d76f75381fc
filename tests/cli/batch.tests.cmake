# CLI tests of `geotimeline merge` (docs/batch.md) on small shard outputs (tests/data/batch):
# shard-0 holds documents seq 1 and 3, shard-1 seq 0 and 2 (a failed line).
set(_bt "${CMAKE_CURRENT_SOURCE_DIR}/data/batch")

# documents back in input order, byte for byte
geotimeline_cli_test(merge-order
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl"
  CHECKS "same:${_bt}/merged.expected.jsonl" "err:merged 4 documents \\(3 events\\) from 2 files")

# the order of the files does not matter
geotimeline_cli_test(merge-order-files-swapped
  ARGS merge "${_bt}/shard-1.jsonl" "${_bt}/shard-0.jsonl" -q
  CHECKS "same:${_bt}/merged.expected.jsonl")

# to GeoJSON: events sorted by date
geotimeline_cli_test(merge-geojson
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl" --format geojson -q
  CHECKS "jsonlen:features=3" "json:features.0.id=wire-2-1" "json:features.1.id=wire-1-1"
         "json:features.2.properties.fatalities=20")

# --dedup: the two reports of the strikes on Deir ez-Zor (8 and 9 September, 1.8 km apart)
# become one event in the more confident report's document; the battle stays apart
geotimeline_cli_test(merge-dedup
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl" --dedup --format geojson -q
  CHECKS "jsonlen:features=2" "json:features.0.id=wire-2-1" "json:features.1.id=wire-4-1"
         "json:features.1.properties.fatalities=20"
         "out:also reported by Wire A \\(wire-1\\): .\"Russian strikes hit Deir ez-Zor on Friday.")

geotimeline_cli_test(merge-file-csv
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl" -o merged-cli.csv -q
  CHECKS "file:merged-cli.csv=^event_id_cnty,event_date" "file:merged-cli.csv=wire-4-1,2017-09-09")

geotimeline_cli_test(merge-shard-twice
  ARGS merge "${_bt}/shard-1.jsonl" "${_bt}/twice.jsonl"
  EXIT 1
  CHECKS "err:twice.jsonl:1: document 'wire-1' \\(seq 0\\) is also at .*shard-1.jsonl:1. is a shard given twice"
         "!out:.")

# GeoJSON (and GeoJSONSeq) from extract is read back: merging the GeoJSON of a merge gives it again,
# byte for byte; a feature that is not ours is refused, CSV is refused saying what merge reads.
geotimeline_cli_test(merge-to-geojson-expected
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl" --format geojson -q
  CHECKS "same:${_bt}/merged.expected.geojson")
geotimeline_cli_test(merge-geojson-input
  ARGS merge "${_bt}/merged.expected.geojson" --format geojson -q
  CHECKS "same:${_bt}/merged.expected.geojson")
geotimeline_cli_test(merge-geojson-input-to-jsonl
  ARGS merge "${_bt}/merged.expected.geojson" --format jsonl
  CHECKS "out:^.\"id\":\"wire-2\",\"dct\":null,\"dct_source\":\"none\",\"events\":..\"event_id\":\"wire-2-1\""
         "err:merged 3 documents .3 events. from 1 file\n")
geotimeline_cli_test(merge-geojsonseq-not-ours
  ARGS merge "${_bt}/seq.geojsons"
  EXIT 1
  CHECKS "err:seq.geojsons: feature 1 is not an event or claim written by 'geotimeline extract'")
geotimeline_cli_test(merge-csv-refused
  ARGS merge "${CMAKE_CURRENT_SOURCE_DIR}/data/batch/not-results.csv"
  EXIT 1
  CHECKS "err:looks like CSV. merge reads the JSONL \\(or GeoJSON\\) that 'geotimeline extract' writes. write the shards with --format jsonl")
# merge writes every format extract writes: the map and the timeline too.
geotimeline_cli_test(merge-timelinejs
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl" --format timelinejs -q
  CHECKS "jsonlen:events=3" "json:events.0.unique_id=wire-2-1")
geotimeline_cli_test(merge-html
  ARGS merge "${_bt}/shard-0.jsonl" "${_bt}/shard-1.jsonl" -o merged-map.html -q
  CHECKS "file:merged-map.html=^<!DOCTYPE html>" "file:merged-map.html=wire-2-1")
# view reads extract's JSONL as it reads its GeoJSON: the same timeline from both.
foreach(_in merged.expected.jsonl merged.expected.geojson)
  geotimeline_cli_test("view-input ${_in}"
    ARGS view "${_bt}/${_in}" --format timelinejs --title Shards
    CHECKS "jsonlen:events=3" "json:events.0.unique_id=wire-2-1" "json:events.2.unique_id=wire-4-1"
           "json:title.text.headline=Shards")
endforeach()
geotimeline_cli_test(view-jsonl-stdin
  ARGS view - --format timelinejs STDIN "${_bt}/merged.expected.jsonl"
  CHECKS "jsonlen:events=3")
geotimeline_cli_test(view-csv-refused
  ARGS view "${_bt}/not-results.csv"
  EXIT 1
  CHECKS "err:view: '.*not-results.csv' looks like CSV. view reads the GeoJSON or JSONL")

geotimeline_cli_test(merge-not-results
  ARGS merge "${_bt}/not-results.jsonl"
  EXIT 1
  CHECKS "err:not-results.jsonl:1: not a document line of 'extract --format jsonl'")

geotimeline_cli_test(merge-missing
  ARGS merge "${_bt}/no-such.jsonl"
  EXIT 1
  CHECKS "err:merge: cannot open '.*no-such.jsonl'")

geotimeline_cli_test(merge-no-directory
  ARGS merge "${_bt}/shard-0.jsonl" -o /nonexistent-dir/out.geojson -q
  EXIT 4
  CHECKS "err:cannot create '/nonexistent-dir/out.geojson'")

# merge to a GIS format needs -o.
geotimeline_cli_test(merge-shp-stdout
  ARGS merge "${CMAKE_CURRENT_SOURCE_DIR}/data/events/docs.jsonl" --format shp
  EXIT 2
  CHECKS "err:give -o FILE")

# merge to a file reads shards in order a document at a time; a shard out of order gives the
# same merge (every document read first); a failed merge leaves the previous output (merge_streamed.sh).
add_test(NAME "cli: merge-streamed"
  COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/merge_streamed.sh" "${GT_BIN}" "${CMAKE_CURRENT_SOURCE_DIR}/data/batch"
          "${CMAKE_CURRENT_BINARY_DIR}/tmp")

# merge of what it reads whole first (standard output, standard input, pipes, FIFOs, GeoJSON,
# --dedup) holds an index of the documents, not the documents: the same bytes as the merge of
# files, and no merge where the temporary file cannot be made (merge_spooled.sh).
add_test(NAME "cli: merge-spooled"
  COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/merge_spooled.sh" "${GT_BIN}" "${CMAKE_CURRENT_SOURCE_DIR}/data/batch"
          "${CMAKE_CURRENT_BINARY_DIR}/tmp")

# extract --dedup holds a key of each event, not the documents: read again from the journal or
# from a temporary file (standard output); the same with 1 and 2 threads (extract_dedup_streamed.sh).
add_test(NAME "cli: extract-dedup-streamed"
  COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/extract_dedup_streamed.sh" "${GT_BIN}" "${CMAKE_CURRENT_BINARY_DIR}/tmp")

# standard input is read as a file is: GeoJSON on it is sniffed (it was read as JSONL: "not a document line").
geotimeline_cli_test(merge-geojson-stdin
  ARGS merge - --format geojson -q
  STDIN "${_bt}/merged.expected.geojson"
  CHECKS "same:${_bt}/merged.expected.geojson")
