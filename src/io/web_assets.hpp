#pragma once
// The HTML map's assets, embedded in the binary at build time (src/io/web/embed_assets.cmake):
// Leaflet (leaflet.js, leaflet.css), topojson-client (topojson-client.min.js), the world-atlas
// country shapes (countries-50m.json) fetched from npm by scripts/fetch-web-assets, and the
// page's own script and style (map.js, map.css from src/io/web/).

#include <string_view>

namespace gt::io::web {

/// The bytes of the named asset; empty when this build has no such asset (built without
/// running scripts/fetch-web-assets).
std::string_view asset(std::string_view name) noexcept;

} // namespace gt::io::web
