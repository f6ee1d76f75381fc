// extract's outputs read back for view and merge (result_features.hpp).
#include "io/result_features.hpp"

#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/writers_internal.hpp"

#include <fstream>
#include <map>

namespace gt::io {

InputKind sniff_input(std::string_view line) {
    std::size_t b = 0;
    while (b < line.size() && (line[b] == ' ' || line[b] == '\t' || line[b] == '\r')) ++b;
    line.remove_prefix(b);
    if (!line.empty() && line.front() == '\x1e') return InputKind::geojson; // GeoJSONSeq
    if (line.empty()) return InputKind::unknown;
    const FeatureJson j = FeatureJson::parse(line, nullptr, false);
    if (!j.is_discarded() && j.is_object()) {
        if (j.contains("type")) return InputKind::geojson;
        if (j.contains("id") && j.contains("events")) return InputKind::jsonl;
        return InputKind::unknown;
    }
    if (line.front() == '{') return j.is_discarded() ? InputKind::geojson : InputKind::unknown;
    if (line.find(',') != std::string_view::npos && line.find('{') == std::string_view::npos) return InputKind::csv;
    return InputKind::unknown;
}

std::string first_line(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open '" + path + "': check the path and permissions");
    std::string line;
    while (std::getline(in, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos) return line;
    return {};
}

FeatureJson features_of(const std::vector<DocumentResult>& results) {
    struct Item {
        std::string date;
        FeatureJson feature;
    };
    std::vector<Item> events;
    FeatureJson claims = FeatureJson::array();
    for (const DocumentResult& doc : results) {
        for (const Event& e : doc.events) events.push_back({detail::event_date(e.date), detail::event_feature(e)});
        for (std::size_t i = 0; i < doc.claims.size(); ++i)
            claims.push_back(detail::claim_feature(doc.claims[i], doc.doc_id, i));
    }
    detail::sort_by_date(events);
    FeatureJson features = FeatureJson::array();
    for (Item& item : events) features.push_back(std::move(item.feature));
    for (auto& c : claims) features.push_back(std::move(c));
    return features;
}

namespace {

const FeatureJson& member(const FeatureJson& o, const char* key) {
    static const FeatureJson null;
    auto it = o.find(key);
    return it == o.end() ? null : *it;
}

// A GeoJSON event's properties as the JSONL event object (event_reader.cpp reads it).
FeatureJson jsonl_event(const FeatureJson& p) {
    FeatureJson e = FeatureJson::object();
    for (const char* key : {"event_id", "event_type", "sub_event_type", "cameo", "date_start", "date_end",
                            "time_precision", "actor1", "actor2", "fatalities", "confidence", "trigger",
                            "date_text", "actor1_kind", "inter1", "assoc_actor_1", "actor2_kind", "inter2",
                            "assoc_actor_2", "location_text", "source", "url", "notes", "doc_ids"})
        e[key] = member(p, key);
    e["date"] = member(p, "event_date");
    if (member(p, "latitude").is_number()) {
        e["location"] = {{"name", member(p, "location")}, {"local_name", member(p, "local_name")},
                         {"geonameid", member(p, "geonameid")}, {"lat", member(p, "latitude")},
                         {"lon", member(p, "longitude")}, {"country", member(p, "country")},
                         {"admin1", member(p, "admin1")}, {"admin1_code", member(p, "admin1_code")},
                         {"geo_precision", member(p, "geo_precision")}, {"place_id", member(p, "place_id")},
                         {"country_name", member(p, "country_name")}, {"text", member(p, "location_text")}};
    }
    e["evidence"] = {{"start", member(p, "evidence_start")}, {"end", member(p, "evidence_end")},
                     {"text", member(p, "evidence")}};
    return e;
}

// A claim's end: its name and, when the line has it, its point ([lon, lat] at `index`).
FeatureJson claim_end(const FeatureJson& f, const FeatureJson& name, std::size_t index) {
    FeatureJson o = {{"text", name}};
    const FeatureJson& g = member(f, "geometry");
    const FeatureJson& coords = g.is_object() ? member(g, "coordinates") : g;
    if (coords.is_array() && coords.size() == 2 && coords[index].is_array() && coords[index].size() >= 2) {
        o["name"] = name;
        o["lon"] = coords[index][0];
        o["lat"] = coords[index][1];
    }
    return o;
}

FeatureJson jsonl_claim(const FeatureJson& f, const FeatureJson& p) {
    FeatureJson c = FeatureJson::object();
    c["text"] = member(p, "text");
    c["subject"] = claim_end(f, member(p, "subject"), 1);
    c["anchor"] = claim_end(f, member(p, "anchor"), 0);
    for (const char* key : {"stated_km", "stated_direction", "geodesic_km", "bearing_deg", "direction",
                            "distance_error_pct", "direction_agrees", "verdict"})
        c[key] = member(p, key);
    return c;
}

} // namespace

std::vector<DocumentResult> results_of(const FeatureJson& features, const std::string& name) {
    std::vector<FeatureJson> lines; // one JSONL document line per doc_id, in order of appearance
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < features.size(); ++i) {
        const FeatureJson& f = features[i];
        const FeatureJson& p = member(f, "properties");
        const FeatureJson& kind = p.is_object() ? member(p, "feature_kind") : p;
        const FeatureJson& doc = p.is_object() ? member(p, "doc_id") : p;
        if (!doc.is_string() || !kind.is_string() || (kind != "event" && kind != "spatial_claim"))
            throw InputError(name + ": feature " + std::to_string(i + 1) +
                             " is not an event or claim written by 'geotimeline extract' (no \"feature_kind\" "
                             "and \"doc_id\" properties)");
        auto [it, fresh] = index.emplace(doc.get<std::string>(), lines.size());
        if (fresh) lines.push_back({{"id", doc}, {"events", FeatureJson::array()}, {"claims", FeatureJson::array()}});
        FeatureJson& line = lines[it->second];
        if (kind == "event") line["events"].push_back(jsonl_event(p));
        else line["claims"].push_back(jsonl_claim(f, p));
    }
    std::vector<DocumentResult> results(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string why = parse_result_line(detail::dump(lines[i]), results[i]);
        if (!why.empty()) throw InputError(name + ": document '" + lines[i]["id"].get<std::string>() + "': " + why);
    }
    return results;
}

} // namespace gt::io
