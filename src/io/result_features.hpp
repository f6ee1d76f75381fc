#pragma once
// extract's outputs read back for `view` and `merge`: which of them a file is (JSONL document
// lines, GeoJSON, CSV), the GeoJSON features of JSONL results (view), and the documents of a
// GeoJSON file (merge).

#include "core/event.hpp"
#include "io/html_map.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gt::io {

enum class InputKind { jsonl, geojson, csv, unknown };

/// What the first non-blank line of a file says it is: a JSONL document line of extract
/// ({"id", "events"...}), GeoJSON (a Feature or FeatureCollection, a GeoJSONSeq record, or a
/// line "{" that opens a pretty-printed document), a CSV header (no '{', a comma) or unknown.
InputKind sniff_input(std::string_view first_line);

/// The first line of the file at `path` that is not blank (empty at the end of the file);
/// throws InputError when it cannot be opened.
std::string first_line(const std::string& path);

/// The features the GeoJSON writer writes for these results: the events sorted by date (stable,
/// undated last), then the spatial claims.
FeatureJson features_of(const std::vector<DocumentResult>& results);

/// The documents of GeoJSON features as extract writes them, grouped by "doc_id" in the order
/// they first appear: events with every property GeoJSON carries (the gazetteer feature code
/// and the document date are not in GeoJSON), claims with their end points. `name` names the
/// file in errors (InputError for a feature that is neither an event nor a claim of ours).
std::vector<DocumentResult> results_of(const FeatureJson& features, const std::string& name);

} // namespace gt::io
