// extract's outputs read back for view and merge (result_features.hpp).
#include "io/result_features.hpp"

#include "core/error.hpp"
#include "io/event_reader.hpp"
#include "io/feature_spill.hpp"
#include "io/writers_internal.hpp"

#include <algorithm>
#include <fstream>
#include <map>

namespace gt::io {

InputKind sniff_input(std::string_view line, bool cut) {
    std::size_t b = 0;
    while (b < line.size() && (line[b] == ' ' || line[b] == '\t' || line[b] == '\r')) ++b;
    line.remove_prefix(b);
    if (!line.empty() && line.front() == '\x1e') return InputKind::geojson; // GeoJSONSeq
    if (line.empty()) return InputKind::unknown;
    if (cut && line.front() == '{') {
        std::size_t k = line.find_first_not_of(" \t\r", 1);
        return k != std::string_view::npos && line.substr(k, 4) == "\"id\"" ? InputKind::jsonl : InputKind::geojson;
    }
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

std::string first_line(std::istream& in, std::string& read, bool* cut) {
    std::string line;
    bool longer = false;
    std::streambuf* buf = in.rdbuf();
    for (;;) {
        line.clear();
        int c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) break;
        for (; c != std::char_traits<char>::eof() && c != '\n'; c = buf->sbumpc()) {
            line += static_cast<char>(c);
            if (line.size() == sniff_bytes) {
                longer = true;
                break;
            }
        }
        read += line;
        if (c == '\n') read += '\n';
        if (longer || line.find_first_not_of(" \t\r") != std::string::npos) break;
    }
    if (cut) *cut = longer;
    return line.find_first_not_of(" \t\r") == std::string::npos ? std::string() : line;
}

std::string first_line(const std::string& path, bool* cut) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open '" + path + "': check the path and permissions");
    std::string read;
    return first_line(in, read, cut);
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

ResultsOfFeatures::ResultsOfFeatures(std::string name)
    : name_(std::move(name)), spool_("holds the GeoJSON features of each document") {}

void ResultsOfFeatures::add(const FeatureJson& f) {
    ++count_;
    const FeatureJson& p = member(f, "properties");
    const FeatureJson& kind = p.is_object() ? member(p, "feature_kind") : p;
    const FeatureJson& doc = p.is_object() ? member(p, "doc_id") : p;
    if (!doc.is_string() || !kind.is_string() || (kind != "event" && kind != "spatial_claim"))
        throw InputError(name_ + ": feature " + std::to_string(count_) +
                         " is not an event or claim written by 'geotimeline extract' (no \"feature_kind\" "
                         "and \"doc_id\" properties)");
    auto [it, fresh] = index_.emplace(detail::dump(doc), static_cast<std::uint32_t>(ids_.size()));
    if (fresh) ids_.push_back(&it->first);
    const bool claim = kind != "event";
    pieces_.push_back({it->second, claim, spool_.append(detail::dump(claim ? jsonl_claim(f, p) : jsonl_event(p)))});
}

void ResultsOfFeatures::finish(const std::function<void(DocumentResult&)>& each) {
    std::stable_sort(pieces_.begin(), pieces_.end(), [](const Piece& a, const Piece& b) {
        return a.doc != b.doc ? a.doc < b.doc : a.claim < b.claim;
    });
    std::string line, json;
    DocumentResult r;
    for (std::size_t i = 0; i < pieces_.size();) {
        const std::uint32_t doc = pieces_[i].doc;
        line = "{\"id\":" + *ids_[doc] + ",\"events\":[";
        bool first = true, claims = false;
        for (; i < pieces_.size() && pieces_[i].doc == doc; ++i) {
            if (pieces_[i].claim && !claims) {
                line += "],\"claims\":[";
                claims = first = true;
            }
            if (!first) line += ',';
            first = false;
            spool_.read(pieces_[i].json, json);
            line += json;
        }
        line += claims ? "]}" : "],\"claims\":[]}";
        const std::string why = parse_result_line(line, r);
        if (!why.empty())
            throw InputError(name_ + ": document '" + FeatureJson::parse(*ids_[doc]).get<std::string>() + "': " + why);
        each(r);
    }
    pieces_.clear();
    ids_.clear();
    index_.clear();
}

std::vector<DocumentResult> ResultsOfFeatures::finish() {
    std::vector<DocumentResult> results;
    finish([&](DocumentResult& r) { results.push_back(std::move(r)); });
    return results;
}

std::vector<DocumentResult> results_of(const FeatureJson& features, const std::string& name) {
    ResultsOfFeatures results(name);
    for (const FeatureJson& f : features) results.add(f);
    return results.finish();
}

namespace {

// Why feature `f` of a document line cannot be drawn, as view's message.
void check_drawable(const FeatureJson& f, const std::string& name) {
    const std::string why = bad_feature_geometry(f);
    if (why.empty()) return;
    const FeatureJson& p = f["properties"];
    const std::string what = p.value("feature_kind", "") == "spatial_claim" ? std::string("a spatial claim")
                                                                            : "event '" + p.value("event_id", "") + "'";
    throw InputError((name == "standard input" ? name : "'" + name + "'") + ": " + what + " of document '" +
                     p.value("doc_id", "") + "': " + why);
}

} // namespace

std::size_t for_each_result_feature(std::istream& in, const std::string& name,
                                    const std::function<void(const FeatureJson&)>& each) {
    ResultReader reader(in, name);
    detail::FeatureSpill spill;
    for (DocumentResult doc; reader.next(doc);) {
        for (const Event& e : doc.events) {
            const FeatureJson f = detail::event_feature(e);
            check_drawable(f, name);
            spill.add_event(detail::event_date(e.date), detail::dump(f));
        }
        for (std::size_t i = 0; i < doc.claims.size(); ++i) {
            const FeatureJson f = detail::claim_feature(doc.claims[i], doc.doc_id, i);
            check_drawable(f, name);
            spill.add_claim(detail::dump(f));
        }
    }
    std::size_t n = 0;
    spill.drain([&](std::string_view text) {
        each(FeatureJson::parse(text));
        ++n;
    });
    return n;
}

} // namespace gt::io
