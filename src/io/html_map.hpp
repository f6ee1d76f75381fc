#pragma once
// The self-contained HTML map (Leaflet, a world basemap and the events embedded, nothing fetched
// when it opens) and the TimelineJS3 JSON, both made from GeoJSON features as our writers emit
// them (docs/reference.md, "HTML map" and "TimelineJS"). Used by `extract --format html|timelinejs`
// (make_writer) and by `geotimeline view`.

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace gt::io {

using FeatureJson = nlohmann::ordered_json;

/// Reads the features of a GeoJSON FeatureCollection (or a GeoJSONSeq / one-Feature-per-line
/// file) into a JSON array (FeatureStream, feature_stream.hpp, reads them one at a time). Throws InputError naming the file (and line for GeoJSONSeq) when it
/// cannot be read or is not GeoJSON.
FeatureJson read_features(const std::string& path);
/// The same from the file's text; `name` ("'events.geojson'") starts the messages about the
/// whole file, `where` ("events.geojson") those about a line ("events.geojson:3: ...").
/// Refused: JSON nested deeper than max_json_depth (io/json_depth.hpp), a feature whose
/// coordinates are not numbers, not finite or out of range (|lat| > 90, |lon| > 180).
FeatureJson features_from_text(std::string_view text, const std::string& name, const std::string& where);
/// Why the geometry of feature `f` cannot be drawn (a coordinate not a finite number within
/// range...), or "" when it can (or has none).
std::string bad_feature_geometry(const FeatureJson& f);

/// Writes the map page: `features` is an array of GeoJSON features (event points with
/// "feature_kind": "event", spatial-claim lines with "spatial_claim"; others are drawn as they
/// are, without popups). `title` is shown as the page title; every string is escaped. Throws
/// DataError when this build has no embedded Leaflet (scripts/fetch-web-assets was not run).
void write_html_map(std::ostream& out, const FeatureJson& features, std::string_view title);
class MapData;
/// The same page from the columns of the features, built one feature at a time (`view`).
void write_html_map(std::ostream& out, const MapData& data, std::string_view title);

/// Writes TimelineJS3 JSON: one slide per dated event feature (undated ones are left out).
void write_timelinejs(std::ostream& out, const FeatureJson& features, std::string_view title);

/// The same built one feature at a time: memory is the slides' size.
class TimelineJs {
  public:
    TimelineJs();
    ~TimelineJs();
    TimelineJs(const TimelineJs&) = delete;
    TimelineJs& operator=(const TimelineJs&) = delete;
    /// A feature as write_timelinejs reads it (others than dated events are counted or left out).
    void add(const FeatureJson& feature);
    /// Writes the JSON and forgets the slides.
    void write(std::ostream& out, std::string_view title);

  private:
    struct Slides;
    std::unique_ptr<Slides> s_;
};

/// `s` with & < > " ' replaced by character references: safe in HTML text and attributes.
std::string html_escape(std::string_view s);
/// Compact JSON safe inside <script type="application/json">: < > & U+2028 U+2029 as \uXXXX.
std::string script_json(const FeatureJson& j);
/// The same escaping of a JSON text (writers_html.cpp).
std::string script_safe(std::string_view json_text);

/// The map page's data (writers_html_columns.cpp; docs/reference.md, "HTML map"): the events
/// of `features` as columns, one index column per property the page shows into a table of its
/// distinct values, the points as fixed-point coordinates, the claims as features; the large
/// tables (evidence, event id, URL, time expression) in plain-text blocks of 16,384 lines that
/// the page reads when a popup needs them. Built feature by feature (add), it holds the columns
/// and the claims, not the features: the same page whether the features came as one array or
/// one at a time.
class MapData {
  public:
    MapData();
    explicit MapData(const FeatureJson& features);
    /// One more feature, in the order of the page.
    void add(const FeatureJson& feature);
    ~MapData();
    MapData(const MapData&) = delete;
    MapData& operator=(const MapData&) = delete;
    /// <script type="application/json" id="gt-data">: the members of `head` (an object: title,
    /// generator), then the columns.
    void write_data(std::ostream& out, const FeatureJson& head) const;
    /// <script type="text/plain" id="gt-lazy-FIELD-K"> blocks, one JSON value a line.
    void write_lazy_blocks(std::ostream& out) const;

  private:
    struct Columns;
    std::unique_ptr<Columns> c_;
};

} // namespace gt::io
