// The inverse of the JSONL writer (writers_features.cpp, jsonl_document).
#include "io/event_reader.hpp"
#include "io/json_depth.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

namespace gt::io {

namespace {

using json = nlohmann::json;

std::string str(const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// A string field as a shared handle (shared_vocab): the events of a reader's documents hold
/// each type, actor, day and place field once (merge, --resume: issue #15).
SharedStr shared(const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? shared_vocab(it->get_ref<const std::string&>()) : SharedStr();
}

double num(const json& o, const char* key, double fallback) {
    auto it = o.find(key);
    return it != o.end() && it->is_number() ? it->get<double>() : fallback;
}

long long integer(const json& o, const char* key, long long fallback) {
    auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<long long>() : fallback;
}

std::size_t size(const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_number_unsigned() ? it->get<std::size_t>() : 0;
}

/// A location object (or {"text"} / null: unresolved).
PlaceMention place(const json& o) {
    PlaceMention p;
    if (!o.is_object()) return p;
    p.text = str(o, "text");
    if (!o.contains("lat")) return p; // {"text"}: unresolved claim place
    p.resolved = true;
    // the gazetteer's name: local_name (name is its ASCII form); files written before
    // local_name existed have the gazetteer's name in name
    p.name = o.contains("local_name") ? shared(o, "local_name") : shared(o, "name");
    p.geonameid = static_cast<std::uint32_t>(integer(o, "geonameid", 0));
    p.lat = num(o, "lat", 0);
    p.lon = num(o, "lon", 0);
    p.country = shared(o, "country");
    p.admin1 = shared(o, "admin1");
    p.admin1_code = shared(o, "admin1_code");
    p.precision = static_cast<GeoPrecision>(integer(o, "geo_precision", 1));
    p.id = shared(o, "place_id");
    p.country_name = shared(o, "country_name");
    p.feature = shared(o, "feature");
    return p;
}

/// An event of a result line; its vocabulary values (types, actors, kinds, triggers) shared
/// with the other events read by the thread (shared(): merge holds many documents' events).
Event event(const json& o, const std::string& doc_id) {
    Event e;
    e.doc_id = doc_id;
    e.event_id = str(o, "event_id");
    e.event_type = shared(o, "event_type");
    e.sub_event_type = shared(o, "sub_event_type");
    e.cameo = shared(o, "cameo");
    e.date = str(o, "date");
    e.date_start = str(o, "date_start");
    e.date_end = str(o, "date_end");
    e.time_precision = static_cast<TimePrecision>(integer(o, "time_precision", 1));
    e.actor1.name = shared(o, "actor1");
    e.actor2.name = shared(o, "actor2");
    e.fatalities = static_cast<int>(integer(o, "fatalities", -1));
    if (auto it = o.find("location"); it != o.end()) e.location = place(*it);
    e.location.text = str(o, "location_text");
    if (auto it = o.find("evidence"); it != o.end() && it->is_object()) {
        e.evidence.start = evidence_offset(size(*it, "start"));
        e.evidence.end = evidence_offset(size(*it, "end"));
        e.evidence.text = str(*it, "text");
    }
    e.confidence = num(o, "confidence", 0);
    e.trigger = shared(o, "trigger");
    e.date_text = shared(o, "date_text");
    e.actor1.kind = shared(o, "actor1_kind");
    e.actor1.inter = static_cast<int>(integer(o, "inter1", 0));
    e.assoc_actor1 = shared(o, "assoc_actor_1");
    e.actor2.kind = shared(o, "actor2_kind");
    e.actor2.inter = static_cast<int>(integer(o, "inter2", 0));
    e.assoc_actor2 = shared(o, "assoc_actor_2");
    e.source = str(o, "source");
    e.url = str(o, "url");
    e.notes = str(o, "notes");
    if (auto it = o.find("doc_ids"); it != o.end() && it->is_array())
        for (const json& d : *it)
            if (d.is_string()) e.doc_ids.push_back(d.get<std::string>());
    return e;
}

SpatialClaim claim(const json& o) {
    SpatialClaim c;
    c.text = str(o, "text");
    if (auto it = o.find("subject"); it != o.end()) c.subject = place(*it);
    if (auto it = o.find("anchor"); it != o.end()) c.anchor = place(*it);
    c.stated_km = num(o, "stated_km", 0);
    c.stated_unit = str(o, "stated_unit");
    c.stated_direction = str(o, "stated_direction");
    c.stated_bearing_deg = num(o, "stated_bearing_deg", -1);
    c.geodesic_km = num(o, "geodesic_km", 0);
    c.bearing_deg = num(o, "bearing_deg", 0);
    c.direction = str(o, "direction");
    c.distance_error_pct = num(o, "distance_error_pct", 0);
    if (auto it = o.find("direction_agrees"); it != o.end() && it->is_boolean()) c.direction_agrees = it->get<bool>();
    c.verdict = str(o, "verdict");
    return c;
}

} // namespace

std::string parse_result_line(std::string_view line, DocumentResult& out) {
    out = DocumentResult{};
    if (json_too_deep(line)) return json_depth_message();
    json o = json::parse(line, nullptr, false);
    if (o.is_discarded()) return "not JSON";
    if (!o.is_object()) return "not a JSON object";
    auto id = o.find("id");
    auto events = o.find("events");
    if (id == o.end() || !id->is_string() || events == o.end() || !events->is_array())
        return "not a document line of 'extract --format jsonl' (no \"id\" string or \"events\" array)";
    out.doc_id = id->get<std::string>();
    out.dct.value = str(o, "dct");
    if (o.contains("dct_source")) out.dct.source = str(o, "dct_source");
    for (const json& e : *events) {
        if (!e.is_object()) return "an element of \"events\" is not an object";
        out.events.push_back(event(e, out.doc_id));
    }
    if (auto it = o.find("claims"); it != o.end() && it->is_array())
        for (const json& c : *it)
            if (c.is_object()) out.claims.push_back(claim(c));
    out.error = str(o, "error");
    if (auto it = o.find("seq"); it != o.end() && it->is_number_unsigned()) out.seq = it->get<std::size_t>();
    out.input = str(o, "input");
    out.line = size(o, "line");
    return {};
}

ResultReader::ResultReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

bool ResultReader::next(DocumentResult& out) {
    while (std::getline(in_, buf_)) {
        ++line_;
        if (!buf_.empty() && buf_.back() == '\r') buf_.pop_back();
        if (buf_.find_first_not_of(" \t") == std::string::npos) continue;
        std::string why = parse_result_line(buf_, out);
        if (!why.empty()) throw InputError(name_ + ":" + std::to_string(line_) + ": " + why);
        return true;
    }
    if (in_.bad()) throw InputError(name_ + ": read error");
    return false;
}

} // namespace gt::io
