#pragma once
// How deep a JSON text nests, found before it is parsed. nlohmann::json parses without
// recursion but copies, compares and prints values recursively: a GeoJSON file of 160 KB nested
// 80,000 levels deep overflowed the stack of `view` (issue #15). Every JSON reader of the tool
// refuses a value nested deeper than max_json_depth (docs/robustness.md).

#include <cstddef>
#include <string>
#include <string_view>

namespace gt::io {

/// The deepest nesting of arrays and objects a reader accepts. Our own outputs nest at most 6
/// levels (a FeatureCollection's feature's properties' actors); a GeoJSON multipolygon 8.
constexpr std::size_t max_json_depth = 128;

/// 0 when `text` nests at most `max_depth` arrays and objects; else the 1-based line of `text`
/// where it goes deeper. Strings (with their escapes) are skipped; `text` need not be valid JSON.
std::size_t json_too_deep(std::string_view text, std::size_t max_depth = max_json_depth) noexcept;

/// The message for a value nested too deep: "JSON nested deeper than 128 levels ...".
std::string json_depth_message();

} // namespace gt::io
