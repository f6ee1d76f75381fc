# The GIS plugin geotimeline-ogr.so (docs/architecture.md, "The GIS plugin"): found beside the
# binary (every other GIS test), under GEOTIMELINE_PLUGIN_DIR and in the installed layout. A
# missing, broken or foreign plugin is an output error (exit 4) naming the format, each file
# tried and why, and nothing is written. The binary itself does not link GDAL.
set(_pl_example "${PROJECT_SOURCE_DIR}/examples/deir-ez-zor-2017-09-09.txt")
set(_pl_results "${CMAKE_CURRENT_SOURCE_DIR}/data/batch/shard-0.jsonl")

geotimeline_cli_test(plugin-dir-override
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q -o plugin-override.gpkg
  ENV "GEOTIMELINE_PLUGIN_DIR=$<TARGET_FILE_DIR:geotimeline_ogr>"
  CHECKS "file:plugin-override.gpkg=^SQLite format 3")
# A relative directory is taken from the working directory (not dlopen's library search path).
file(RELATIVE_PATH _pl_rel "${CMAKE_CURRENT_BINARY_DIR}/tmp" "${CMAKE_BINARY_DIR}")
geotimeline_cli_test(plugin-dir-relative
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q -o plugin-relative.gpkg
  ENV "GEOTIMELINE_PLUGIN_DIR=${_pl_rel}"
  CHECKS "file:plugin-relative.gpkg=^SQLite format 3")
geotimeline_cli_test(plugin-missing-extract
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q -o plugin-missing.gpkg
  ENV "GEOTIMELINE_PLUGIN_DIR=${CMAKE_CURRENT_BINARY_DIR}/no-such-dir"
  EXIT 4
  CHECKS "err:the gpkg format .*written through GDAL by the plugin geotimeline-ogr.so, which could not be loaded"
         "err:no-such-dir/geotimeline-ogr.so \\(not found\\)" "err:GEOTIMELINE_PLUGIN_DIR is set"
         "nofile:plugin-missing.gpkg" "nofile:plugin-missing.gpkg.partial.jsonl")
geotimeline_cli_test(plugin-missing-ogr-driver
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q --ogr-driver GML -o plugin-missing.gml
  ENV "GEOTIMELINE_PLUGIN_DIR=${CMAKE_CURRENT_BINARY_DIR}/no-such-dir"
  EXIT 4
  CHECKS "err:--ogr-driver 'GML' is written through GDAL by the plugin" "nofile:plugin-missing.gml")
geotimeline_cli_test(plugin-missing-merge
  ARGS merge "${_pl_results}" -q -o plugin-missing.shp
  ENV "GEOTIMELINE_PLUGIN_DIR=${CMAKE_CURRENT_BINARY_DIR}/no-such-dir"
  EXIT 4
  CHECKS "err:the shp format .*could not be loaded" "nofile:plugin-missing.shp")
# Other formats never need it.
geotimeline_cli_test(plugin-missing-geojson-fine
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q -o plugin-missing.geojson
  ENV "GEOTIMELINE_PLUGIN_DIR=${CMAKE_CURRENT_BINARY_DIR}/no-such-dir"
  CHECKS "file:plugin-missing.geojson=FeatureCollection")

# Not a shared object: dlerror() is reported.
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/not-a-plugin/geotimeline-ogr.so" "not a shared object\n")
geotimeline_cli_test(plugin-not-elf
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q -o plugin-broken.kml
  ENV "GEOTIMELINE_PLUGIN_DIR=${CMAKE_CURRENT_BINARY_DIR}/not-a-plugin"
  EXIT 4
  CHECKS "err:not-a-plugin/geotimeline-ogr.so \\(.*not-a-plugin/geotimeline-ogr.so: " "nofile:plugin-broken.kml")

# The entry point of another interface version.
add_library(gt_test_wrong_abi_plugin MODULE plugin/wrong_abi.cpp)
target_include_directories(gt_test_wrong_abi_plugin PRIVATE "${PROJECT_SOURCE_DIR}/src")
target_link_libraries(gt_test_wrong_abi_plugin PRIVATE geotimeline_warnings)
set_target_properties(gt_test_wrong_abi_plugin PROPERTIES
  PREFIX "" OUTPUT_NAME geotimeline-ogr SUFFIX ".so"
  LIBRARY_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/wrong-abi-plugin")
add_dependencies(unit_tests gt_test_wrong_abi_plugin) # built with the tests
geotimeline_cli_test(plugin-wrong-abi
  ARGS extract "${_pl_example}" --gazetteer "${GT_FULL_INDEX}" -q -o plugin-foreign.fgb
  ENV "GEOTIMELINE_PLUGIN_DIR=${CMAKE_CURRENT_BINARY_DIR}/wrong-abi-plugin"
  EXIT 4
  CHECKS "err:interface version 999, this geotimeline needs 1" "nofile:plugin-foreign.fgb")

# <prefix>/bin → <prefix>/<libdir>/geotimeline.
add_test(NAME "cli: plugin-install-layout"
  COMMAND ${CMAKE_COMMAND} "-DBIN=${GT_BIN}" "-DPLUGIN=$<TARGET_FILE:geotimeline_ogr>"
    "-DRELDIR=${GEOTIMELINE_PLUGIN_RELDIR}" "-DEXAMPLE=${_pl_example}" "-DINDEX=${GT_FULL_INDEX}"
    "-DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/tmp" -P "${CMAKE_CURRENT_SOURCE_DIR}/cli/install_layout.cmake")

# Start-up: the binary does not load GDAL (nor anything that loads it).
find_program(GT_LDD ldd)
if(GT_LDD)
  add_test(NAME "cli: binary-does-not-link-gdal"
    COMMAND sh -c "\"$1\" \"$2\" > \"$3\" && ! grep -i gdal \"$3\"" -- "${GT_LDD}" "${GT_BIN}"
            "${CMAKE_CURRENT_BINARY_DIR}/tmp/ldd-geotimeline.txt")
endif()
