# Acceptance tests of issue #4 (geoparse) against the full index built from the pinned sources,
# plus the small fixtures of tests/data/geoparse for the JSONL contract.
set(G --gazetteer "${GT_FULL_INDEX}")
set(_ex "${PROJECT_SOURCE_DIR}/examples/deir-ez-zor-2017-09-09.txt")
set(_gp "${CMAKE_CURRENT_SOURCE_DIR}/data/geoparse")

geotimeline_cli_test(geoparse-help ARGS geoparse --help CHECKS "out:--gold-spans" "out:Usage: geotimeline geoparse ")
geotimeline_cli_test(geoparse-usage ARGS geoparse EXIT 2 CHECKS "err:give either FILE or --jsonl")
geotimeline_cli_test(geoparse-gold-needs-jsonl ARGS geoparse "${_ex}" --gold-spans ${G} EXIT 2
  CHECKS "err:--gold-spans needs --jsonl")
geotimeline_cli_test(geoparse-missing-file ARGS geoparse /nonexistent/article.txt ${G} EXIT 1
  CHECKS "err:/nonexistent/article.txt: cannot open")

# The example article: places (order of the text), demonyms, the 140 km claim.
geotimeline_cli_test(geoparse-example-places
  ARGS geoparse "${_ex}" --json ${G}
  CHECKS "json:places.0.text=Syrian" "json:places.0.demonym=ON" "json:places.0.country=SY"
         "json:places.0.feature=A.PCLI"
         "json:places.1.text=Deir ez-Zor" "json:places.1.geonameid=170794" "json:places.1.precision=1"
         "json:places.2.text=Russia" "json:places.2.feature=A.PCLI" "json:places.2.country=RU"
         "json:places.3.text=France" "json:places.3.feature=A.PCLI" "json:places.3.country=FR"
         "json:places.4.text=Geneva" "json:places.4.geonameid=2660646" "json:places.4.country=CH"
         "!out:\"country\":\"US\"")
geotimeline_cli_test(geoparse-example-syria-raqqa
  ARGS geoparse "${_ex}" ${G}
  CHECKS "out:Syria\t-> Syria \\(SY\\) A\\.PCLI" "out:Raqqa\t-> Ar Raqqah \\(SY, Raqqa\\) P\\.PPLA"
         "out:\\[geonames:172955\\]" "out:GENEVA\t-> Genève" "!out:Example\t")
geotimeline_cli_test(geoparse-example-claim
  ARGS geoparse "${_ex}" --json ${G}
  CHECKS "jsonlen:claims=1" "json:claims.0.subject.place_id=geonames:170794" "json:claims.0.anchor.place_id=geonames:172955"
         "json:claims.0.start=802" "json:claims.0.stated_unit=km"
         "json:claims.0.stated_km~140,0.01" "json:claims.0.stated_direction=SE"
         "json:claims.0.geodesic_km~123.3,0.5" "json:claims.0.bearing_deg~123,1.5"
         "json:claims.0.direction_agrees=ON" "json:claims.0.distance_error_pct~13.5,0.5"
         "json:claims.0.verdict=distance overstated")
geotimeline_cli_test(geoparse-example-claim-text
  ARGS geoparse "${_ex}" ${G}
  CHECKS "out:claim\tDeir ez-Zor from Ar Raqqah: stated 140\\.0 km SE, geodesic 123\\.[0-9] km")

# Relative places and a claim in miles on our own article.
geotimeline_cli_test(geoparse-article-relative
  ARGS geoparse "${_gp}/article.txt" --json ${G}
  CHECKS "json:relative_places.1.text=30 km north of Aleppo" "json:relative_places.1.relative=ON"
         "json:relative_places.1.anchor_id=geonames:170063" "json:relative_places.1.precision=2"
         "out:\"lat\":36\\.4715" "json:relative_places.2.text=outside Homs"
         "jsonlen:claims=2" "json:claims.1.stated_direction=N" "!out:\"text\":\"Jordan\"")

# JSONL: one line per input line, code-point offsets, a malformed line reported and exit 1.
geotimeline_cli_test(geoparse-jsonl-gold-spans
  ARGS geoparse --jsonl "${_gp}/gold.jsonl" --gold-spans ${G} EXIT 1
  CHECKS "out:^\\{\"id\":\"g1\",\"places\":.\\{\"start\":9,\"end\":15,\"text\":\"Geneva\",\"name\":\"Genève\""
         "out:\"geonameid\":2660646" "out:\"start\":24,\"end\":30,\"text\":\"Russia\""
         "out:\\{\"id\":\"g2\",\"places\":.\\{\"start\":7,\"end\":18,\"text\":\"Deir ez-Zor\",\"name\":\"Deir ez-Zor\""
         "out:\"start\":32,\"end\":37,\"text\":\"Raqqa\",\"name\":\"Ar Raqqah\""
         "out:\\{\"id\":null,\"line\":3,\"error\""
         "out:\\{\"id\":null,\"line\":4,\"error\":\".*toponym 1 span 0\\.\\.99 is outside the text"
         "err:gold\\.jsonl:3: not JSON" "err:gold\\.jsonl:4: toponym 1" "err:2 line\\(s\\) could not be read")
geotimeline_cli_test(geoparse-jsonl-find
  ARGS geoparse --jsonl "${_gp}/gold.jsonl" ${G} EXIT 1
  CHECKS "out:\"id\":\"g1\",\"places\":.\\{\"start\":9,\"end\":15"
         "out:\"id\":\"g3\",\"places\":.\\{\"start\":0,\"end\":6,\"text\":\"Aleppo\""
         "err:gold\\.jsonl:3: not JSON")

# "WA" in a report from Perth is Western Australia (gazetteer/abbreviations.tsv: Australia
# Post's code next to USPS's), not Wa in Ghana nor Washington state.
geotimeline_cli_test(geoparse-wa-western-australia
  ARGS geoparse "${_gp}/wa-perth.txt" --json ${G}
  CHECKS "json:places.1.text=WA" "json:places.1.country=AU" "json:places.1.admin1_code=AU.08")
# The recogniser's files against docs/geoparse.md's file map ("Recognition"): a step moved to a
# new file, renamed or merged must be told there (file_map.cmake).
add_test(NAME "cli: geoparse-file-map (every recognise*.cpp in docs/geoparse.md's file map and back)"
  COMMAND ${CMAKE_COMMAND} "-DDIR=${PROJECT_SOURCE_DIR}/src/geoparse" "-DGLOB=recognise*.cpp"
          "-DDOC=${PROJECT_SOURCE_DIR}/docs/geoparse.md" -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/file_map.cmake")
