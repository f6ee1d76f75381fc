# CLI tests of `geotimeline extract` on the bundled example and small own inputs
# (tests/data/events), against the full gazetteer index.
set(_ev "${CMAKE_CURRENT_SOURCE_DIR}/data/events")
set(_example "${PROJECT_SOURCE_DIR}/examples/deir-ez-zor-2017-09-09.txt")

# The example article: the siege (headline and body) is ONE event, dated by "on Tuesday";
# the Russia-France consultations in Geneva (Switzerland, not a US Geneva); the 140 km claim.
geotimeline_cli_test(extract-example
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" -q
  CHECKS "json:id=deir-ez-zor-2017-09-09.txt" "json:dct=2017-09-09" "jsonlen:events=2"
         "json:events.0.event_type=Battles" "json:events.0.sub_event_type=Government regains territory"
         "json:events.0.date=2017-09-05" "json:events.0.time_precision=1"
         "json:events.0.actor1=Military Forces of Syria (2000-)" "json:events.0.actor2=Islamic State (Syria)"
         "json:events.0.location.geonameid=170794"
         "json:events.0.location.lat~35.336,0.2" "json:events.0.location.lon~40.141,0.2"
         "json:events.0.evidence.text=The talks were held after the city of Deir ez-Zor, which had been blockaded by Daesh, was liberated by the Syrian army on Tuesday."
         "json:events.1.event_type=Strategic developments" "json:events.1.cameo=040"
         "json:events.1.date=2017-09-09" "json:events.1.location.geonameid=2660646"
         "json:events.1.location.country=CH"
         "json:events.1.actor1=Government of Russia" "json:events.1.actor2=Government of France"
         "json:claims.0.stated_km~140,1" "json:claims.0.anchor.text=Raqqa"
         "!out:\"country\":\"US\"")

# What talks were about is no incident (issue #13; the seed article's "discussed the fight
# against Daesh" gave a battle): the talks are the one event.
geotimeline_cli_test(extract-talks-about-fighting
  ARGS extract "${_ev}/talks-about-fighting.txt" --gazetteer "${GT_FULL_INDEX}" -q
  CHECKS "jsonlen:events=1" "json:events.0.event_type=Strategic developments"
         "json:events.0.actor1=Government of Kenya" "!out:Armed clash")

# The same in the seed article's own wording: a fight in the list of what was discussed ("an
# array of issues ..., including the anti-Shabaab fight") and a fight named as a campaign
# ("praised recent military success in the fight against") are no battle.
geotimeline_cli_test(extract-talks-list-and-campaign
  ARGS extract "${_ev}/talks-list-and-campaign.txt" --gazetteer "${GT_FULL_INDEX}" -q
  CHECKS "!out:Battles" "!out:Armed clash")

# GeoJSON file output named by -o (format from the extension), written atomically.
geotimeline_cli_test(extract-geojson-file
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" -o extract-example.geojson -q
  CHECKS "file:extract-example.geojson=\"type\": *\"FeatureCollection\""
         "file:extract-example.geojson=Government regains territory"
         "file:extract-example.geojson=2660646"
         "file:extract-example.geojson=\"location\": *\"Geneve\", *\"local_name\": *\"Genève\"")

# The place name as ACLED writes it (ASCII) and the gazetteer's own spelling beside it, in
# every format: JSONL location object, CSV columns location and local_name (last).
geotimeline_cli_test(extract-local-name-jsonl
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" -q
  CHECKS "json:events.1.location.name=Geneve" "json:events.1.location.local_name=Genève"
         "json:events.0.location.name=Deir ez-Zor" "json:events.0.location.local_name=Deir ez-Zor")
geotimeline_cli_test(extract-local-name-csv
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --format csv -q
  CHECKS "out:^event_id_cnty,.*,trigger,local_name\n" "out:,Geneve,46\\.2[0-9]*,6\\.1[0-9]*,"
         "out:,Genève\n")

# JSONL input: a malformed line is reported with its line number, exit 1, and the good
# lines are still in the output.
geotimeline_cli_test(extract-jsonl-malformed
  ARGS extract "${_ev}/docs.jsonl" --gazetteer "${GT_FULL_INDEX}" -o extract-docs.jsonl
  EXIT 1
  CHECKS "err:docs.jsonl:2" "err:3 documents \\(1 failed\\)"
         "file:extract-docs.jsonl=\"id\":\"homs-1\""
         "file:extract-docs.jsonl=\"id\":\"aleppo-1\""
         "file:extract-docs.jsonl=\"fatalities\":12"
         "file:extract-docs.jsonl=Air/drone strike")

# Standard input: JSONL when it starts with '{'
geotimeline_cli_test(extract-stdin-jsonl
  ARGS extract - --gazetteer "${GT_FULL_INDEX}" --format jsonl
  STDIN "${_ev}/docs.jsonl"
  EXIT 1
  CHECKS "err:-:2" "out:\"id\":\"aleppo-1\"" "out:\"fatalities\":7")

# Standard input as text, --date, violence against civilians
geotimeline_cli_test(extract-stdin-text
  ARGS extract - --gazetteer "${GT_FULL_INDEX}" --date 2016-05-07 -q
  STDIN "${_ev}/homs.txt"
  CHECKS "json:id=stdin" "json:dct=2016-05-07" "json:events.0.event_type=Violence against civilians"
         "json:events.0.fatalities=5" "json:events.0.date=2016-05-07" "json:events.0.actor2=Civilians (Syria)")

# A place given at a distance from a named one is the event's point (the geodesic offset from
# the anchor, geo_precision 2), also when the headline names only the anchor; "near X" is X's
# point with geo_precision 2.
geotimeline_cli_test(extract-relative-place
  ARGS extract "${_ev}/relative.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.fatalities=3"
         "json:events.0.location.geonameid=170063" "json:events.0.location.geo_precision=2"
         "json:events.0.location.text=15 km southwest of Aleppo"
         "json:events.0.location.lat~36.1056,0.001" "json:events.0.location.lon~37.0434,0.001")
geotimeline_cli_test(extract-near-place
  ARGS extract "${_ev}/near.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.geonameid=170063"
         "json:events.0.location.geo_precision=2" "json:events.0.location.text=near Aleppo"
         "json:events.0.location.lat~36.2012,0.001" "json:events.0.location.lon~37.1612,0.001")

# Places worldwide (issue #12): a first-level division's point in its own country (Helmand, not
# Maryland); a country before a currency is no place ("the US dollar" in a Beirut protest); a
# wire spelling in a text naming only a neighbour ("Saudi-led", "Hodeidah"); a division known as
# "Cabo Delgado Province" named without its generic word, not the Brazilian town Cabo; a town
# under its division and country; a village the gazetteer lacks placed at the most precise level
# the text states, near it (geo_precision 2), not at a namesake in another state.
geotimeline_cli_test(extract-place-helmand
  ARGS extract "${_ev}/places-helmand.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.country=AF" "json:events.0.location.geo_precision=3"
         "json:events.0.location.lat~31.6,1.5" "json:events.0.location.lon~64.4,1.5")
geotimeline_cli_test(extract-place-currency
  ARGS extract "${_ev}/places-dollar.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.country=LB" "json:events.0.location.name=Beirut")
geotimeline_cli_test(extract-place-wire-spelling
  ARGS extract "${_ev}/places-hodeidah.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.country=YE" "json:events.0.location.geonameid=79415")
geotimeline_cli_test(extract-place-generic-word
  ARGS extract "${_ev}/places-cabo.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.country=MZ" "json:events.0.location.geo_precision=3")
geotimeline_cli_test(extract-place-hierarchy
  ARGS extract "${_ev}/places-mati.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.country=PH" "json:events.0.location.name=Mati")
geotimeline_cli_test(extract-place-unknown-village
  ARGS extract "${_ev}/places-sonpur.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 -q
  CHECKS "jsonlen:events=1" "json:events.0.location.country=IN" "json:events.0.location.geo_precision=2"
         "json:events.0.location.admin1=Chhattisgarh")

# Dates and fatalities (docs/events.md, "Date" and "Fatalities"): a count dated "last week"
# stays the incident's, the week dated on its Wednesday with time_precision 2; "no reported
# casualties" is an explicit 0; "over the weekend" is the Saturday-Sunday before the report; a
# relative day beats the dateline's date and is resolved against it; a background date in a
# relative clause loses to the reporting clause's.
geotimeline_cli_test(extract-date-last-week
  ARGS extract "${_ev}/last-week.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=1" "json:events.0.fatalities=12" "json:events.0.date=2020-04-29"
         "json:events.0.date_start=2020-04-27" "json:events.0.date_end=2020-05-03"
         "json:events.0.time_precision=2")
geotimeline_cli_test(extract-fatalities-zero
  ARGS extract "${_ev}/no-casualties.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-06 -q
  CHECKS "jsonlen:events=1" "json:events.0.fatalities=0" "json:events.0.date=2020-05-04")
geotimeline_cli_test(extract-date-weekend
  ARGS extract "${_ev}/weekend.txt" --gazetteer "${GT_FULL_INDEX}" --date 2020-05-04 -q
  CHECKS "jsonlen:events=1" "json:events.0.fatalities=4" "json:events.0.date=2020-05-02"
         "json:events.0.date_end=2020-05-03" "json:events.0.time_precision=2")
geotimeline_cli_test(extract-date-dateline
  ARGS extract "${_ev}/dateline.txt" --gazetteer "${GT_FULL_INDEX}" --date 2016-03-21 -q
  CHECKS "jsonlen:events=1" "json:events.0.date=2016-03-13" "json:events.0.time_precision=1")
geotimeline_cli_test(extract-date-background
  ARGS extract "${_ev}/background.txt" --gazetteer "${GT_FULL_INDEX}" --date 2016-03-16 -q
  CHECKS "jsonlen:events=1" "json:events.0.date=2016-03-14" "json:events.0.date_text=Monday")

# Usage and data errors
geotimeline_cli_test(extract-bad-format
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --format kml
  EXIT 2 CHECKS "err:kml")
geotimeline_cli_test(extract-bad-date
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --date 2017-02-30
  EXIT 2 CHECKS "err:--date")
geotimeline_cli_test(extract-missing-file
  ARGS extract "${_ev}/no-such-file.txt" "${_example}" --gazetteer "${GT_FULL_INDEX}"
  EXIT 1 CHECKS "err:no-such-file.txt" "out:Government regains territory")
geotimeline_cli_test(extract-bad-lexicon
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --lexicon "${_ev}"
  EXIT 3 CHECKS "err:actors.tsv")

# Batch behaviour through extract (issue #5): the same output for any --jobs, a directory as
# input, an errors report, and the summary line.
geotimeline_cli_test(extract-jobs-1
  ARGS extract "${_ev}/docs.jsonl" --gazetteer "${GT_FULL_INDEX}" --jobs 1 -q -o extract-jobs1.jsonl
  EXIT 1 CHECKS "err:docs.jsonl:2" "file:extract-jobs1.jsonl=\"id\":\"homs-1\"")
geotimeline_cli_test(extract-errors-file
  ARGS extract "${_ev}/docs.jsonl" --gazetteer "${GT_FULL_INDEX}" --jobs 2 -o extract-jobs2.jsonl
       --errors extract-errors.jsonl
  EXIT 1 CHECKS "err:3 documents \\(1 failed\\)" "file:extract-errors.jsonl=\"line\":2"
               "file:extract-errors.jsonl=\"reason\"" "file:extract-jobs2.jsonl=\"id\":\"aleppo-1\"")

# GIS formats (read back with OGR in tests/unit/test_writers_gis.cpp): a file is needed, an
# unknown driver and a missing directory are clear errors.
geotimeline_cli_test(extract-gpkg-stdout
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --format gpkg
  EXIT 2
  CHECKS "err:gpkg format is written through GDAL to a file, not to standard output. give -o FILE")
geotimeline_cli_test(extract-ogr-unknown-driver
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" --ogr-driver "No Such Driver" -o x.dat
  EXIT 2
  CHECKS "err:--ogr-driver 'No Such Driver' is not a GDAL vector driver")
geotimeline_cli_test(extract-gpkg-file
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" -q -o extract-example.gpkg
  CHECKS "file:extract-example.gpkg=^SQLite format 3")
# KML for Google Earth: each placemark named (type — place), a description balloon (summary and
# sentence) and a <TimeStamp> with the event's day (the time slider); dates as ISO text. The
# spatial claim's placemark ("140 km south east of Raqqa"): named (anchor → subject: verdict),
# its balloon the stated and measured distance and direction. No placemark without a name and a
# description, no event placemark without a TimeStamp (the example's events all have a date).
geotimeline_cli_test(extract-kml-placemarks
  ARGS extract "${_example}" --gazetteer "${GT_FULL_INDEX}" -q -o extract-example.kml
  CHECKS "file:extract-example.kml=<Placemark id=\"events.1\">[ \n]*<name>Government regains territory — Deir ez-Zor</name>[ \n]*<description>Government regains territory \\(liberated\\) at Deir ez-Zor on 2017-09-05\n\n“The talks were held"
         "file:extract-example.kml=</description>[ \n]*<TimeStamp>[ \n]*<when>2017-09-05</when>[ \n]*</TimeStamp>"
         "file:extract-example.kml=<SimpleData name=\"event_date\">2017-09-05</SimpleData>"
         "file:extract-example.kml=<name>Other — Genève</name>"
         "file:extract-example.kml=<Placemark id=\"claims.1\">[ \n]*<name>Ar Raqqah → Deir ez-Zor: distance overstated</name>[ \n]*<description>Stated: 140 km SE\nMeasured: 123.3 km ESE \\(geodesic, WGS 84\\)\nDistance error: 13.5 %\nDirection: agrees\nDocument: deir-ez-zor-2017-09-09.txt\n\n“the city, which lies 140 km south east of Raqqa”</description>"
         "!file:extract-example.kml=<Placemark id=\"[^\"]*\">[ \n]*<[^n]"
         "!file:extract-example.kml=<Placemark id=\"[^\"]*\">[ \n]*<name>[^<]*</name>[ \n]*<[^d]"
         "!file:extract-example.kml=<Placemark id=\"events[^\"]*\">[ \n]*<name>[^<]*</name>[ \n]*<description>[^<]*</description>[ \n]*<[^T]")
geotimeline_cli_test(extract-help-gis
  ARGS extract --help
  CHECKS "out:gpkg, fgb, kml or shp" "out:--ogr-driver")

# A user's lexicon adds to the default one (lexicon/README.md): the user's group is known and
# the default's actors stay (the generic gunmen and villagers, in the document's country).
geotimeline_cli_test(extract-user-lexicon-adds
  ARGS extract "${_ev}/lancers.txt" --gazetteer "${GT_FULL_INDEX}" --lexicon "${_ev}/user-lexicon"
       --date 2021-03-02 -q
  CHECKS "json:events.0.actor1=Blue Lancers Militia" "json:events.0.inter1=4"
         "out:Unidentified Armed Group \\(Nigeria\\)" "out:Civilians \\(Nigeria\\)")

# Open news (docs/events.md): a business article that names a war in passing and a sports
# report yield no event, a conflict report keeps its own; the summary counts the documents
# judged to report no event, by reason.
geotimeline_cli_test(extract-open-news-summary
  ARGS extract "${_ev}/open-news.jsonl" --format jsonl --gazetteer "${GT_FULL_INDEX}"
  CHECKS "out:\"id\":\"conflict\",[^\n]*\"event_type\":\"Battles\"" "!out:\"id\":\"business\",[^\n]*\"event_type\""
         "!out:\"id\":\"sports\",[^\n]*\"event_type\""
         "err:geotimeline: 4 documents \\(0 failed\\)"
         "err:geotimeline: 3 documents judged to report no event \\(1 without an event word, 2 open news, 0 whose candidate triggers their sentences do not support\\)")
# --explain: the context, then each candidate trigger kept or dropped with its reason.
geotimeline_cli_test(extract-explain
  ARGS extract "${_ev}/open-news-explain.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 --explain -q
  CHECKS "jsonlen:events=1" "json:events.0.trigger=captured"
         "err:explain open-news-explain.txt: context: [0-9]+ conflict words, [0-9]+ business/sports words"
         "err:explain open-news-explain.txt: sentence 1 \"fell to\" \\(Battles / Non-state actor overtakes territory\\): dropped: a number, price, score or quantity follows"
         "err:explain open-news-explain.txt: sentence 2 \"captured\" \\([^)]*\\): kept: "
         "err:explain open-news-explain.txt: 1 event\\(s\\) after merging")
# --explain tells the cues a sentence makes no event of too, in sentence order, even when no
# trigger is left to check (a weak cue with no place, actor, deaths or target).
geotimeline_cli_test(extract-explain-unsupported
  ARGS extract "${_ev}/explain-unsupported.txt" --gazetteer "${GT_FULL_INDEX}" --date 2023-03-01 --explain -q
  CHECKS "jsonlen:events=0"
         "err:explain explain-unsupported.txt: context: [0-9]+ conflict words"
         "err:sentence 1 \"fell to\" [^\n]*dropped: a number, price[^\n]*\nexplain explain-unsupported.txt: sentence 2 \"protested\" \\(Protests / Peaceful protest\\): dropped: a weak cue with no deaths"
         "err:explain explain-unsupported.txt: 0 event\\(s\\) after merging")
# On a terminal: the human summary; piped or with --format jsonl: JSONL (terminal.cmake).
add_test(NAME "cli: terminal (extract and merge print a table of events on a terminal, JSONL when piped)"
  COMMAND ${CMAKE_COMMAND} "-DBIN=${GT_BIN}" "-DINDEX=${GT_FULL_INDEX}" "-DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/tmp"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/terminal.cmake")
add_test(NAME "cli: messages (singular counts, no rate for short runs, missing folder, --resume names the option)"
  COMMAND ${CMAKE_COMMAND} "-DBIN=${GT_BIN}" "-DINDEX=${GT_FULL_INDEX}" "-DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/tmp"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/messages.cmake")
