// The JSON writer and the shapes of places, claims and time expressions (json_out.hpp).
// Strings are escaped as nlohmann::json escapes them and every shortest-form number goes
// through nlohmann itself, so these bytes equal those of the JSON trees the writers also build
// (tests/unit/test_writers.cpp compares them).
#include "io/json_out.hpp"

#include "io/writers_internal.hpp"
#include "text/ascii_name.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace gt::io {

namespace {
// The bytes written as they are inside a JSON string: all but the controls, '"' and '\\'.
constexpr std::array<bool, 256> unescaped_table() {
    std::array<bool, 256> t{};
    for (std::size_t c = 0x20; c < t.size(); ++c) t[c] = c != '"' && c != '\\';
    return t;
}
constexpr std::array<bool, 256> unescaped = unescaped_table();
} // namespace

void append_json_string(std::string& out, std::string_view s) {
    if (!text::is_valid_utf8(s)) { // nlohmann's replacement of the invalid bytes
        out.append(detail::dump(detail::Json(std::string(s))));
        return;
    }
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (unescaped[c]) continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void JsonOut::open(char c) {
    comma();
    out_ += c;
    first_ = true;
}

void JsonOut::close(char c) {
    out_ += c;
    first_ = false;
}

JsonOut& JsonOut::key(std::string_view k) {
    comma();
    out_ += '"';
    out_.append(k);
    out_ += "\":";
    first_ = true;
    return *this;
}

void JsonOut::str(std::string_view s) {
    comma();
    append_json_string(out_, s);
}

void JsonOut::integer(long long v) {
    comma();
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out_.append(buf, end);
}

void JsonOut::unsigned_integer(unsigned long long v) {
    comma();
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out_.append(buf, end);
}

void JsonOut::number(double v) { put(detail::dump(detail::Json(v))); }

void JsonOut::fixed(double v, int decimals) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    put(buf);
}

namespace {

// The members of a geoparse place that only --json writes.
void place_details(JsonOut& w, const PlaceMention& p) {
    w.key("id").str(p.id);
    w.key("demonym").boolean(p.demonym);
    w.key("embedded").boolean(p.embedded);
    w.key("precision").integer(static_cast<int>(p.precision));
    if (!p.relative) return;
    w.key("relative").boolean(true);
    w.key("anchor_id").str(p.anchor_id);
    w.key("offset_km").fixed(p.offset_km, 1);
    w.key("offset_bearing_deg").fixed(p.offset_bearing_deg, 1);
}

} // namespace

void write_place(JsonOut& w, const PlaceMention& p, text::OffsetMap& map, PlaceDetail detail) {
    w.open('{');
    w.key("start").unsigned_integer(map.to_code_points(p.begin));
    w.key("end").unsigned_integer(map.to_code_points(p.end));
    w.key("text").str(p.text);
    if (!p.resolved) {
        for (const char* k : {"name", "lat", "lon", "geonameid", "country", "admin1", "admin1_code", "feature"})
            w.key(k).null();
        w.key("score").integer(0);
        return w.close('}');
    }
    w.key("name").str(p.name);
    w.key("lat").fixed(p.lat, 5);
    w.key("lon").fixed(p.lon, 5);
    w.key("geonameid").int_or_null(p.geonameid, p.geonameid != 0);
    w.key("country").str(p.country);
    w.key("admin1").str(p.admin1);
    w.key("admin1_code").str(p.admin1_code);
    w.key("feature").str(p.feature);
    w.key("score").fixed(p.score, 3);
    if (detail == PlaceDetail::full) place_details(w, p);
    w.close('}');
}

void write_location(JsonOut& w, const PlaceMention& p) {
    if (!p.resolved) return w.null();
    w.open('{');
    w.key("name").str_or_null(text::ascii_name(p.name));
    w.key("local_name").str_or_null(p.name);
    w.key("geonameid").int_or_null(p.geonameid, p.geonameid != 0);
    w.key("lat").number(detail::round_to(p.lat, 6));
    w.key("lon").number(detail::round_to(p.lon, 6));
    w.key("country").str_or_null(p.country);
    w.key("admin1").str_or_null(p.admin1);
    w.key("admin1_code").str_or_null(p.admin1_code);
    w.key("geo_precision").integer(static_cast<int>(p.precision));
    w.key("place_id").str_or_null(p.id);
    w.key("country_name").str_or_null(p.country_name);
    w.key("feature").str_or_null(p.feature);
    w.key("text").str_or_null(p.text);
    w.close('}');
}

void write_claim(JsonOut& w, const SpatialClaim& c, text::OffsetMap* map) {
    const detail::Json shape = detail::claim_json(c); // the one definition of the shape
    if (!map) return w.raw(detail::dump(shape));
    w.open('{');
    w.key("start").unsigned_integer(map->to_code_points(c.begin));
    w.key("end").unsigned_integer(map->to_code_points(c.end));
    for (const auto& [k, v] : shape.items())
        w.key(k).raw(detail::dump(v));
    w.close('}');
}

void write_timex(JsonOut& w, const TimeExpr& t, text::OffsetMap& map) {
    w.open('{');
    w.key("start").unsigned_integer(map.to_code_points(t.begin));
    w.key("end").unsigned_integer(map.to_code_points(t.end));
    w.key("text").str(t.text);
    w.key("type").str(to_string(t.type));
    w.key("value").str(t.value);
    w.close('}');
}

namespace {

// "key": [places...], with an offset map of its own: each list is in text order, the lists
// are not in order of each other (the map steps forward from its last position)
void write_places(JsonOut& w, std::string_view key, const std::vector<PlaceMention>& places,
                  std::string_view text, PlaceDetail detail) {
    w.key(key).open('[');
    text::OffsetMap map(text);
    for (const PlaceMention& p : places)
        write_place(w, p, map, detail);
    w.close(']');
}

} // namespace

void append_geoparse_line(std::string& out, std::string_view id, std::string_view text,
                          const std::vector<PlaceMention>& places) {
    JsonOut w(out);
    w.open('{');
    w.key("id").str(id);
    write_places(w, "places", places, text, PlaceDetail::scorer);
    w.close('}');
    out += '\n';
}

void append_geoparse_document(std::string& out, std::string_view id, std::string_view text,
                              const std::vector<PlaceMention>& places,
                              const std::vector<PlaceMention>& relative_places,
                              const std::vector<SpatialClaim>& claims) {
    JsonOut w(out);
    w.open('{');
    w.key("id").str(id);
    write_places(w, "places", places, text, PlaceDetail::full);
    write_places(w, "relative_places", relative_places, text, PlaceDetail::full);
    w.key("claims").open('[');
    text::OffsetMap claims_map(text);
    for (const SpatialClaim& c : claims)
        write_claim(w, c, &claims_map);
    w.close(']');
    w.close('}');
    out += '\n';
}

void append_timex_document(std::string& out, std::string_view id, std::string_view text,
                           const Dct& dct, const std::vector<TimeExpr>& timexes) {
    JsonOut w(out);
    w.open('{');
    w.key("id").str(id);
    w.key("dct").str_or_null(dct.value);
    w.key("dct_source").str(dct.source);
    w.key("timexes").open('[');
    text::OffsetMap map(text);
    for (const TimeExpr& t : timexes)
        write_timex(w, t, map);
    w.close(']');
    w.close('}');
    out += '\n';
}

void append_error_line(std::string& out, std::size_t line, std::string_view error,
                       std::string_view array_key) {
    JsonOut w(out);
    w.open('{');
    w.key("id").null();
    w.key("line").unsigned_integer(line);
    w.key("error").str(error);
    w.key(array_key).open('[');
    w.close(']');
    w.close('}');
    out += '\n';
}

} // namespace gt::io
