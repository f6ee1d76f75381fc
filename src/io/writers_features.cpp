// JSON objects for the writers: GeoJSON features of events and spatial claims, JSONL
// document lines (docs/reference.md, "extract outputs", lists every key).
#include "io/writers_internal.hpp"
#include "text/ascii_name.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace gt::io::detail {

namespace {

Json str_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json int_or_null(long long v, bool known) { return known ? Json(v) : Json(nullptr); }

bool is_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

// [lon, lat] rounded to 6 decimals (about 0.1 m), RFC 7946 order.
Json position(const PlaceMention& p) { return Json::array({round_to(p.lon, 6), round_to(p.lat, 6)}); }

Json location_object(const PlaceMention& p) {
    if (!p.resolved) return nullptr;
    Json l = Json::object();
    l["name"] = str_or_null(text::ascii_name(p.name));
    l["local_name"] = str_or_null(p.name);
    l["geonameid"] = int_or_null(p.geonameid, p.geonameid != 0);
    l["lat"] = round_to(p.lat, 6);
    l["lon"] = round_to(p.lon, 6);
    l["country"] = str_or_null(p.country);
    l["admin1"] = str_or_null(p.admin1);
    l["admin1_code"] = str_or_null(p.admin1_code);
    l["geo_precision"] = static_cast<int>(p.precision);
    l["place_id"] = str_or_null(p.id);
    l["country_name"] = str_or_null(p.country_name);
    l["feature"] = str_or_null(p.feature);
    l["text"] = str_or_null(p.text);
    return l;
}

Json claim_place(const PlaceMention& p) {
    Json o = location_object(p);
    if (o.is_null()) {
        o = Json::object();
        o["text"] = str_or_null(p.text);
    }
    return o;
}

} // namespace

Json claim_json(const SpatialClaim& c) {
    Json o = Json::object();
    o["text"] = c.text;
    o["subject"] = claim_place(c.subject);
    o["anchor"] = claim_place(c.anchor);
    o["stated_km"] = c.stated_km > 0 ? Json(round_to(c.stated_km, 3)) : Json(nullptr);
    o["stated_unit"] = str_or_null(c.stated_unit);
    o["stated_direction"] = str_or_null(c.stated_direction);
    o["stated_bearing_deg"] = c.stated_bearing_deg >= 0 ? Json(round_to(c.stated_bearing_deg, 2)) : Json(nullptr);
    const bool both = c.subject.resolved && c.anchor.resolved;
    o["geodesic_km"] = both ? Json(round_to(c.geodesic_km, 3)) : Json(nullptr);
    o["bearing_deg"] = both ? Json(round_to(c.bearing_deg, 2)) : Json(nullptr);
    o["direction"] = str_or_null(c.direction);
    o["distance_error_pct"] = both && c.stated_km > 0 ? Json(round_to(c.distance_error_pct, 1)) : Json(nullptr);
    o["direction_agrees"] = both && c.stated_bearing_deg >= 0 ? Json(c.direction_agrees) : Json(nullptr);
    o["verdict"] = str_or_null(c.verdict);
    return o;
}

double round_to(double v, int decimals) {
    if (!std::isfinite(v)) return 0;
    const double f = std::pow(10.0, decimals);
    double r = std::round(v * f) / f;
    return r == 0 ? 0.0 : r; // no "-0"
}

std::string format_fixed(double v, int decimals) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, round_to(v, decimals), std::chars_format::fixed);
    if (ec != std::errc()) return "0";
    return std::string(buf, end);
}

std::string event_date(const std::string& d) {
    auto ok = [&](std::size_t n) {
        if (d.size() < n) return false;
        std::string_view s(d);
        if (!is_digits(s.substr(0, 4))) return false;
        if (n >= 7 && (s[4] != '-' || !is_digits(s.substr(5, 2)))) return false;
        if (n >= 10 && (s[7] != '-' || !is_digits(s.substr(8, 2)))) return false;
        return true;
    };
    if (d.size() >= 10 && ok(10) && (d.size() == 10 || d[10] == 'T')) return d.substr(0, 10);
    if (d.size() == 7 && ok(7)) return d + "-01";
    if (d.size() == 4 && ok(4)) return d + "-01-01";
    return {};
}

Json event_feature(const Event& e) {
    const PlaceMention& p = e.location;
    const std::string date = event_date(e.date);
    Json props = Json::object();
    props["feature_kind"] = "event";
    props["event_id"] = e.event_id;
    props["doc_id"] = e.doc_id;
    props["event_type"] = str_or_null(e.event_type);
    props["sub_event_type"] = str_or_null(e.sub_event_type);
    props["cameo"] = str_or_null(e.cameo);
    props["trigger"] = str_or_null(e.trigger);
    props["event_date"] = str_or_null(date);
    props["time"] = date.empty() ? Json(nullptr) : Json(date + "T00:00:00Z");
    props["date_start"] = str_or_null(event_date(e.date_start));
    props["date_end"] = str_or_null(event_date(e.date_end));
    props["time_precision"] = static_cast<int>(e.time_precision);
    props["actor1"] = str_or_null(e.actor1.name);
    props["actor1_kind"] = str_or_null(e.actor1.kind);
    props["inter1"] = int_or_null(e.actor1.inter, e.actor1.inter > 0);
    props["assoc_actor_1"] = str_or_null(e.assoc_actor1);
    props["actor2"] = str_or_null(e.actor2.name);
    props["actor2_kind"] = str_or_null(e.actor2.kind);
    props["inter2"] = int_or_null(e.actor2.inter, e.actor2.inter > 0);
    props["assoc_actor_2"] = str_or_null(e.assoc_actor2);
    props["fatalities"] = int_or_null(e.fatalities, e.fatalities >= 0);
    props["location"] = p.resolved ? str_or_null(text::ascii_name(p.name)) : Json(nullptr);
    props["local_name"] = p.resolved ? str_or_null(p.name) : Json(nullptr);
    props["location_text"] = str_or_null(p.text);
    props["geonameid"] = int_or_null(p.geonameid, p.resolved && p.geonameid != 0);
    props["place_id"] = p.resolved ? str_or_null(p.id) : Json(nullptr);
    props["country"] = p.resolved ? str_or_null(p.country) : Json(nullptr);
    props["country_name"] = p.resolved ? str_or_null(p.country_name) : Json(nullptr);
    props["admin1"] = p.resolved ? str_or_null(p.admin1) : Json(nullptr);
    props["admin1_code"] = p.resolved ? str_or_null(p.admin1_code) : Json(nullptr);
    props["latitude"] = p.resolved ? Json(round_to(p.lat, 6)) : Json(nullptr);
    props["longitude"] = p.resolved ? Json(round_to(p.lon, 6)) : Json(nullptr);
    props["geo_precision"] = int_or_null(static_cast<int>(p.precision), p.resolved);
    props["evidence"] = e.evidence.text;
    props["evidence_start"] = e.evidence.start;
    props["evidence_end"] = e.evidence.end;
    props["confidence"] = round_to(e.confidence, 3);
    props["source"] = str_or_null(e.source);
    props["url"] = str_or_null(e.url);
    props["notes"] = str_or_null(e.notes);
    props["date_text"] = str_or_null(e.date_text);

    Json f = Json::object();
    f["type"] = "Feature";
    f["id"] = e.event_id;
    if (p.resolved)
        f["geometry"] = Json{{"type", "Point"}, {"coordinates", position(p)}};
    else
        f["geometry"] = nullptr;
    f["properties"] = std::move(props);
    return f;
}

Json claim_feature(const SpatialClaim& c, const std::string& doc_id, std::size_t n) {
    const Json cj = claim_json(c);
    Json props = Json::object();
    props["feature_kind"] = "spatial_claim";
    props["doc_id"] = doc_id;
    props["text"] = cj["text"];
    props["subject"] = c.subject.resolved ? str_or_null(text::ascii_name(c.subject.name)) : str_or_null(c.subject.text);
    props["anchor"] = c.anchor.resolved ? str_or_null(text::ascii_name(c.anchor.name)) : str_or_null(c.anchor.text);
    for (const char* key : {"stated_km", "stated_direction", "geodesic_km", "bearing_deg", "direction",
                            "distance_error_pct", "direction_agrees", "verdict"})
        props[key] = cj[key];

    Json f = Json::object();
    f["type"] = "Feature";
    f["id"] = doc_id + "-claim-" + std::to_string(n + 1);
    if (c.subject.resolved && c.anchor.resolved)
        f["geometry"] = Json{{"type", "LineString"}, {"coordinates", Json::array({position(c.anchor), position(c.subject)})}};
    else
        f["geometry"] = nullptr;
    f["properties"] = std::move(props);
    return f;
}

Json jsonl_document(const DocumentResult& doc) {
    Json line = Json::object();
    line["id"] = doc.doc_id;
    line["dct"] = str_or_null(doc.dct.value);
    line["dct_source"] = doc.dct.source;
    Json events = Json::array();
    for (const Event& e : doc.events) {
        const std::string date = event_date(e.date);
        Json o = Json::object();
        o["event_id"] = e.event_id;
        o["event_type"] = e.event_type;
        o["sub_event_type"] = e.sub_event_type;
        o["cameo"] = e.cameo;
        o["date"] = str_or_null(date);
        o["date_start"] = str_or_null(event_date(e.date_start));
        o["date_end"] = str_or_null(event_date(e.date_end));
        o["time_precision"] = static_cast<int>(e.time_precision);
        o["actor1"] = e.actor1.name;
        o["actor2"] = e.actor2.name;
        o["fatalities"] = int_or_null(e.fatalities, e.fatalities >= 0);
        o["location"] = location_object(e.location);
        o["evidence"] = Json{{"start", e.evidence.start}, {"end", e.evidence.end}, {"text", e.evidence.text}};
        o["confidence"] = round_to(e.confidence, 3);
        o["trigger"] = e.trigger;
        o["date_text"] = e.date_text;
        o["actor1_kind"] = e.actor1.kind;
        o["inter1"] = int_or_null(e.actor1.inter, e.actor1.inter > 0);
        o["assoc_actor_1"] = e.assoc_actor1;
        o["actor2_kind"] = e.actor2.kind;
        o["inter2"] = int_or_null(e.actor2.inter, e.actor2.inter > 0);
        o["assoc_actor_2"] = e.assoc_actor2;
        o["location_text"] = e.location.text;
        o["source"] = e.source;
        o["url"] = e.url;
        o["notes"] = e.notes;
        o["doc_ids"] = e.doc_ids;
        events.push_back(std::move(o));
    }
    line["events"] = std::move(events);
    Json claims = Json::array();
    for (const SpatialClaim& c : doc.claims) claims.push_back(claim_json(c));
    line["claims"] = std::move(claims);
    if (!doc.error.empty()) line["error"] = doc.error;
    if (doc.seq != static_cast<std::size_t>(-1)) { // batch runs: where the document came from
        line["seq"] = doc.seq;
        line["input"] = doc.input;
        line["line"] = int_or_null(static_cast<long long>(doc.line), doc.line != 0);
    }
    return line;
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

} // namespace gt::io::detail
