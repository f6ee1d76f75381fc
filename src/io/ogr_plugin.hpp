#pragma once
// Loading the GIS plugin (geotimeline-ogr.so, the only part of the tool that links GDAL) on the
// first use of a GIS format. Internal to io: writers_gis.cpp is its one user.

#include "io/ogr_plugin_abi.h"

#include <string>
#include <vector>

namespace gt::io::detail {

/// The files tried for the plugin, in order: $GEOTIMELINE_PLUGIN_DIR/geotimeline-ogr.so alone
/// when that variable is set (and not empty); else beside the executable (a build tree), then
/// <prefix>/<libdir>/geotimeline/ relative to the executable's <prefix>/<bindir>, then the
/// configured install directory.
std::vector<std::string> ogr_plugin_candidates();

/// The plugin's interface, loaded once (thread-safe; later calls return the same table; the
/// plugin is never unloaded). `what` names what needs it ("--format gpkg", "--ogr-driver GML").
/// Throws OutputError (exit 4) naming `what`, every file tried and why each failed (not found,
/// dlerror(), no entry point, another ABI version) and what to do.
const gt_ogr_api& ogr_plugin(const std::string& what);

/// Throws UsageError (GT_OGR_USAGE) or OutputError (anything else) with the message of `err`.
[[noreturn]] void throw_ogr_error(const gt_ogr_error& err);

} // namespace gt::io::detail
