// The GIS writers (GeoPackage, FlatGeobuf, KML, Shapefile, any OGR driver by name), host side:
// the layer schemas and the conversion of events and claims into typed values, sent to the GIS
// plugin (geotimeline-ogr.so, src/ogr/ogr_writer.cpp) through the C interface of
// ogr_plugin_abi.h. The plugin, and with it GDAL, is loaded on the first use (ogr_plugin.cpp).
// Layer `events` (points) and layer `claims` (line strings anchor → subject), fields named as the
// GeoJSON properties (Shapefile: the 10-character short names). docs/reference.md, "GIS formats",
// lists the fields and what each format keeps.
#include "core/error.hpp"
#include "io/ogr_plugin.hpp"
#include "io/writers.hpp"
#include "io/writers_internal.hpp"

#include <cstdio>
#include <iterator>
#include <span>
#include <vector>

namespace gt::io {

namespace {

using detail::Json;

constexpr gt_ogr_field kEventFields[] = {
    {"event_id", "event_id", GT_OGR_STRING},
    {"doc_id", "doc_id", GT_OGR_STRING},
    {"event_type", "event_type", GT_OGR_STRING},
    {"sub_event_type", "sub_evtype", GT_OGR_STRING},
    {"cameo", "cameo", GT_OGR_STRING},
    {"trigger", "trigger", GT_OGR_STRING},
    {"event_date", "event_date", GT_OGR_DATE},
    {"time", "time", GT_OGR_DATETIME},
    {"date_start", "date_start", GT_OGR_DATE},
    {"date_end", "date_end", GT_OGR_DATE},
    {"time_precision", "time_prec", GT_OGR_INTEGER},
    {"actor1", "actor1", GT_OGR_STRING},
    {"actor1_kind", "actor1kind", GT_OGR_STRING},
    {"inter1", "inter1", GT_OGR_INTEGER},
    {"assoc_actor_1", "assoc_act1", GT_OGR_STRING},
    {"actor2", "actor2", GT_OGR_STRING},
    {"actor2_kind", "actor2kind", GT_OGR_STRING},
    {"inter2", "inter2", GT_OGR_INTEGER},
    {"assoc_actor_2", "assoc_act2", GT_OGR_STRING},
    {"fatalities", "fatalities", GT_OGR_INTEGER},
    {"location", "location", GT_OGR_STRING},
    {"local_name", "local_name", GT_OGR_STRING},
    {"location_text", "loc_text", GT_OGR_STRING},
    {"geonameid", "geonameid", GT_OGR_INTEGER},
    {"place_id", "place_id", GT_OGR_STRING},
    {"country", "country", GT_OGR_STRING},
    {"country_name", "country_nm", GT_OGR_STRING},
    {"admin1", "admin1", GT_OGR_STRING},
    {"admin1_code", "admin1code", GT_OGR_STRING},
    {"latitude", "latitude", GT_OGR_REAL},
    {"longitude", "longitude", GT_OGR_REAL},
    {"geo_precision", "geo_prec", GT_OGR_INTEGER},
    {"evidence", "evidence", GT_OGR_STRING},
    {"evidence_start", "evid_start", GT_OGR_INTEGER},
    {"evidence_end", "evid_end", GT_OGR_INTEGER},
    {"confidence", "confidence", GT_OGR_REAL},
    {"source", "source", GT_OGR_STRING},
    {"url", "url", GT_OGR_STRING},
    {"notes", "notes", GT_OGR_STRING},
    {"date_text", "date_text", GT_OGR_STRING},
};

// claim_id is the feature's "id" (put into the properties to be written); the others are its
// properties.
constexpr gt_ogr_field kClaimFields[] = {
    {"claim_id", "claim_id", GT_OGR_STRING},
    {"doc_id", "doc_id", GT_OGR_STRING},
    {"text", "text", GT_OGR_STRING},
    {"subject", "subject", GT_OGR_STRING},
    {"anchor", "anchor", GT_OGR_STRING},
    {"stated_km", "stated_km", GT_OGR_REAL},
    {"stated_direction", "stated_dir", GT_OGR_STRING},
    {"geodesic_km", "geodes_km", GT_OGR_REAL},
    {"bearing_deg", "bearing", GT_OGR_REAL},
    {"direction", "direction", GT_OGR_STRING},
    {"distance_error_pct", "dist_err", GT_OGR_REAL},
    {"direction_agrees", "dir_agrees", GT_OGR_BOOLEAN},
    {"verdict", "verdict", GT_OGR_STRING},
};

// KML only, before the others: what Google Earth shows of a placemark (its <name>, the
// <description> balloon, and <TimeStamp><when> for the time slider), written as such by GDAL's
// LIBKML driver (the plugin names these fields to it; the KML driver takes name and description).
constexpr gt_ogr_field kKmlEventFields[] = {
    {"name", "name", GT_OGR_STRING},
    {"description", "descriptn", GT_OGR_STRING},
    {"timestamp", "timestamp", GT_OGR_DATE},
};
// A claim placemark has a name and a description, no time: a statement of geography, shown at
// every position of the time slider.
constexpr gt_ogr_field kKmlClaimFields[] = {
    {"name", "name", GT_OGR_STRING},
    {"description", "descriptn", GT_OGR_STRING},
};

constexpr gt_ogr_layer_def kLayers[] = {
    {"events", GT_OGR_POINT, kEventFields, std::size(kEventFields)},
    {"claims", GT_OGR_LINESTRING, kClaimFields, std::size(kClaimFields)},
};
constexpr std::size_t kEventsLayer = 0, kClaimsLayer = 1;

const char* driver_name(Format f, const std::string& driver) {
    switch (f) {
    case Format::gpkg:
        return "GPKG";
    case Format::fgb:
        return "FlatGeobuf";
    case Format::kml:
        return "LIBKML"; // the plugin falls back to "KML" where GDAL has no LIBKML
    case Format::shp:
        return "ESRI Shapefile";
    default:
        return driver.c_str();
    }
}

/// What asks for the plugin, for its error message ("--format gpkg", "--ogr-driver GML").
std::string what_needs_it(Format f, const std::string& driver) {
    switch (f) {
    case Format::gpkg:
        return "the gpkg format (--format gpkg, .gpkg)";
    case Format::fgb:
        return "the fgb format (--format fgb, .fgb)";
    case Format::kml:
        return "the kml format (--format kml, .kml)";
    case Format::shp:
        return "the shp format (--format shp, .shp)";
    default:
        return "--ogr-driver '" + driver + "'";
    }
}

/// The values of one feature, in the order of `fields`, from the JSON object `props`. Strings
/// that are not JSON strings are written as JSON text; `text` keeps them alive while the values
/// are used.
void to_values(std::span<const gt_ogr_field> fields, const Json& props, std::vector<gt_ogr_value>& values,
               std::vector<std::string>& text) {
    const std::size_t N = fields.size();
    values.assign(N, gt_ogr_value{1, nullptr, 0, 0.0});
    text.assign(N, std::string());
    static const Json null_json;
    for (std::size_t k = 0; k < N; ++k) {
        const gt_ogr_field& field = fields[k];
        const Json& v = props.contains(field.name) ? props[field.name] : null_json;
        gt_ogr_value& out = values[k];
        if (v.is_null()) continue;
        out.is_null = 0;
        switch (field.type) {
        case GT_OGR_STRING:
            if (v.is_string()) {
                out.str = v.get_ref<const std::string&>().c_str();
            } else {
                text[k] = detail::dump(v);
                out.str = text[k].c_str();
            }
            break;
        case GT_OGR_DATE:
        case GT_OGR_DATETIME:
            if (v.is_string())
                out.str = v.get_ref<const std::string&>().c_str();
            else
                out.is_null = 1;
            break;
        case GT_OGR_INTEGER:
        case GT_OGR_BOOLEAN:
            if (v.is_boolean())
                out.integer = v.get<bool>() ? 1 : 0;
            else if (v.is_number())
                out.integer = v.get<long long>();
            else
                out.is_null = 1;
            break;
        case GT_OGR_REAL:
            if (v.is_number())
                out.real = v.get<double>();
            else
                out.is_null = 1;
            break;
        default:
            out.is_null = 1;
        }
    }
}

std::string text_of(const Json& v) { return v.is_string() ? v.get<std::string>() : std::string(); }

// The KML placemark's name ("Armed clash — Aleppo") and balloon text (the summary, the
// sentence, the source) from the event's GeoJSON properties.
void add_kml_event_fields(Json& props) {
    std::string type = text_of(props["sub_event_type"]);
    if (type.empty()) type = text_of(props["event_type"]);
    std::string place = text_of(props["local_name"]);
    if (place.empty()) place = text_of(props["location_text"]);
    props["name"] = type.empty() ? place : place.empty() ? type : type + " — " + place;
    std::string description = text_of(props["notes"]);
    if (const std::string ev = text_of(props["evidence"]); !ev.empty())
        description += (description.empty() ? "" : "\n\n") + ("“" + ev + "”");
    if (const std::string src = text_of(props["source"]); !src.empty()) description += "\n\nSource: " + src;
    if (const std::string url = text_of(props["url"]); !url.empty()) description += "\n" + url;
    props["description"] = description;
    props["timestamp"] = props["event_date"];
}

/// "123.3 km" (`format` "%.1f km"), "140 km" ("%g km"), or "" when `v` is not a number.
std::string km(const Json& v, const char* format) {
    if (!v.is_number()) return {};
    char buf[48];
    std::snprintf(buf, sizeof buf, format, v.get<double>());
    return buf;
}

// A claim placemark's name ("Ar Raqqah → Deir ez-Zor: distance overstated") and balloon text
// (stated and measured distance and direction, the error, the document, the statement), as
// the HTML map's popup gives them.
void add_kml_claim_fields(Json& props) {
    std::string verdict = text_of(props["verdict"]);
    if (verdict.empty()) verdict = "not checked";
    auto end = [&](const char* key) {
        const std::string name = text_of(props[key]);
        return name.empty() ? std::string("?") : name;
    };
    props["name"] = end("anchor") + " → " + end("subject") + ": " + verdict;
    std::string d;
    auto line = [&](const char* label, const std::string& value, const std::string& more) {
        if (!value.empty()) d += std::string(label) + ": " + value + (more.empty() ? "" : " " + more) + "\n";
    };
    line("Stated", km(props["stated_km"], "%g km"), text_of(props["stated_direction"])); // 140 km, 2.5 km
    line("Measured", km(props["geodesic_km"], "%.1f km"), text_of(props["direction"]) + " (geodesic, WGS 84)");
    if (props["distance_error_pct"].is_number()) {
        char pct[32];
        std::snprintf(pct, sizeof pct, "%.1f %%", props["distance_error_pct"].get<double>());
        line("Distance error", pct, "");
    }
    if (props["direction_agrees"].is_boolean())
        line("Direction", props["direction_agrees"].get<bool>() ? "agrees" : "disagrees", "");
    line("Document", text_of(props["doc_id"]), "");
    if (const std::string t = text_of(props["text"]); !t.empty()) d += "\n“" + t + "”";
    props["description"] = d;
}

class GisWriter final : public EventWriter {
  public:
    GisWriter(const gt_ogr_api& api, Format format, const char* driver, const std::string& path)
        : api_(api), kml_(format == Format::kml) {
        if (kml_) {
            event_fields_.assign(std::begin(kKmlEventFields), std::end(kKmlEventFields));
            claim_fields_.assign(std::begin(kKmlClaimFields), std::end(kKmlClaimFields));
        }
        event_fields_.insert(event_fields_.end(), std::begin(kEventFields), std::end(kEventFields));
        claim_fields_.insert(claim_fields_.end(), std::begin(kClaimFields), std::end(kClaimFields));
        gt_ogr_layer_def layers[std::size(kLayers)] = {kLayers[0], kLayers[1]};
        layers[kEventsLayer].fields = event_fields_.data();
        layers[kEventsLayer].field_count = event_fields_.size();
        layers[kClaimsLayer].fields = claim_fields_.data();
        layers[kClaimsLayer].field_count = claim_fields_.size();
        gt_ogr_error err{};
        w_ = api_.open(path.c_str(), driver, layers, std::size(layers), &err);
        if (!w_) detail::throw_ogr_error(err);
    }

    ~GisWriter() override { api_.close(w_); } // before finish(): removes what was written

    GisWriter(const GisWriter&) = delete;
    GisWriter& operator=(const GisWriter&) = delete;

    void document(const DocumentResult& doc) override {
        for (const Event& e : doc.events) {
            Json f = detail::event_feature(e);
            if (kml_) add_kml_event_fields(f["properties"]);
            to_values(event_fields_, f["properties"], values_, text_);
            double xy[2] = {detail::round_to(e.location.lon, 6),
                            detail::round_to(e.location.lat, 6)};
            add(kEventsLayer, xy, e.location.resolved ? 1 : 0);
        }
        // The claims go after all the events (KML cannot go back to a closed layer).
        for (std::size_t n = 0; n < doc.claims.size(); ++n) {
            const SpatialClaim& c = doc.claims[n];
            PendingClaim p;
            p.feature = detail::claim_feature(c, doc.doc_id, n);
            Json& props = p.feature["properties"];
            props["claim_id"] = p.feature["id"];
            if (kml_) add_kml_claim_fields(props);
            p.line = c.subject.resolved && c.anchor.resolved;
            p.xy[0] = detail::round_to(c.anchor.lon, 6);
            p.xy[1] = detail::round_to(c.anchor.lat, 6);
            p.xy[2] = detail::round_to(c.subject.lon, 6);
            p.xy[3] = detail::round_to(c.subject.lat, 6);
            pending_.push_back(std::move(p));
        }
    }

    void end() override {
        if (finished_) return;
        for (PendingClaim& c : pending_) {
            to_values(claim_fields_, c.feature["properties"], values_, text_);
            add(kClaimsLayer, c.xy, c.line ? 2 : 0);
        }
        pending_.clear();
        gt_ogr_error err{};
        if (api_.finish(w_, &err) != GT_OGR_OK) detail::throw_ogr_error(err);
        finished_ = true;
    }

  private:
    void add(std::size_t layer, const double* xy, std::size_t pairs) {
        gt_ogr_error err{};
        if (api_.add(w_, layer, values_.data(), values_.size(), xy, pairs, &err) != GT_OGR_OK)
            detail::throw_ogr_error(err);
    }

    struct PendingClaim {
        Json feature;
        bool line = false;
        double xy[4] = {0, 0, 0, 0}; // anchor lon, lat, subject lon, lat
    };

    const gt_ogr_api& api_;
    bool kml_;
    std::vector<gt_ogr_field> event_fields_; // (KML's own, then) kEventFields
    std::vector<gt_ogr_field> claim_fields_; // (KML's own, then) kClaimFields
    gt_ogr_writer* w_ = nullptr;
    bool finished_ = false;
    std::vector<PendingClaim> pending_;
    std::vector<gt_ogr_value> values_; // of the feature being sent
    std::vector<std::string> text_;
};

} // namespace

void check_gis_output(Format format, const std::string& driver) {
    if (!is_gis(format)) return;
    const gt_ogr_api& api = detail::ogr_plugin(what_needs_it(format, driver));
    if (format != Format::ogr) return;
    gt_ogr_error err{};
    if (api.check_driver(driver.c_str(), &err) != GT_OGR_OK) detail::throw_ogr_error(err);
}

void check_ogr_driver(const std::string& name) {
    check_gis_output(Format::ogr, name);
}

std::unique_ptr<EventWriter> make_gis_writer(Format format, const std::string& path,
                                             const std::string& driver) {
    if (!is_gis(format)) throw UsageError("make_gis_writer: not a GIS format");
    const gt_ogr_api& api = detail::ogr_plugin(what_needs_it(format, driver));
    return std::make_unique<GisWriter>(api, format, driver_name(format, driver), path);
}

} // namespace gt::io
