// The events of the HTML map as columns (html_map.hpp, write_map_data; docs/reference.md, "HTML
// map"): one index column per property the page shows, into a table of the property's distinct
// JSON values, written as base64 of little-endian unsigned integers of 1, 2 or 4 bytes (the
// narrowest that holds the table); the points as a table of fixed-point coordinates (1e-6
// degree). The small tables go into the gt-data JSON; the large ones (evidence, event id, URL,
// time expression) into plain-text blocks of kChunk lines, one JSON value a line, that the page
// reads only when a popup needs them. Every JSON text goes through script_safe: no < > & U+2028
// U+2029 can end a block.
#include "io/html_map.hpp"
#include "io/writers_internal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace gt::io {

namespace {

constexpr std::size_t kChunk = 16384;

struct Field {
    const char* name;
    bool lazy; // in plain-text blocks read when shown, not in the gt-data JSON
};
// Every event property map.js shows or filters on.
constexpr Field kFields[] = {
    {"event_type", false},     {"sub_event_type", false}, {"event_date", false},
    {"time_precision", false}, {"date_text", true},       {"actor1", false},
    {"actor2", false},         {"fatalities", false},     {"location", false},
    {"local_name", false},     {"admin1", false},         {"country_name", false},
    {"location_text", false},  {"geo_precision", false},  {"url", true},
    {"source", false},         {"doc_id", false},         {"event_id", true},
    {"confidence", false},     {"evidence", true}};
constexpr std::size_t kFieldCount = sizeof(kFields) / sizeof(kFields[0]);

/// The distinct values of one property, as escaped JSON texts; index 0 is null or absent. The
/// texts are one string end to end, found again through an open-addressing table of their
/// indices: about the texts' size and 16 bytes a value (a million evidence sentences).
class Table {
  public:
    std::uint32_t add(const FeatureJson* v) {
        if (!v || v->is_null()) return 0;
        return intern(script_safe(detail::dump(*v)));
    }
    std::size_t size() const { return ends_.size(); }
    /// The i-th distinct text (from 0; its index in the column is i + 1).
    std::string_view text(std::size_t i) const {
        const std::size_t begin = i ? ends_[i - 1] : 0;
        return std::string_view(pool_).substr(begin, ends_[i] - begin);
    }

  private:
    std::uint32_t intern(std::string_view t) {
        if (2 * (ends_.size() + 1) > slots_.size()) grow();
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = std::hash<std::string_view>{}(t) & mask;; i = (i + 1) & mask) {
            const std::uint32_t s = slots_[i];
            if (s == 0) {
                pool_ += t;
                ends_.push_back(pool_.size());
                slots_[i] = static_cast<std::uint32_t>(ends_.size());
                return slots_[i];
            }
            if (text(s - 1) == t) return s;
        }
    }
    void grow() {
        slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), 0);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t k = 0; k < ends_.size(); ++k) {
            std::size_t i = std::hash<std::string_view>{}(text(k)) & mask;
            while (slots_[i] != 0) i = (i + 1) & mask;
            slots_[i] = static_cast<std::uint32_t>(k + 1);
        }
    }

    std::string pool_;                 // the texts end to end
    std::vector<std::uint64_t> ends_;  // where each ends in pool_
    std::vector<std::uint32_t> slots_; // 1 + index of a text, 0: empty; a power of two long
};

void write_base64(std::ostream& out, const std::vector<unsigned char>& bytes) {
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string buf;
    buf.reserve(4 * 4096);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t b0 = bytes[i], b1 = i + 1 < bytes.size() ? bytes[i + 1] : 0,
                            b2 = i + 2 < bytes.size() ? bytes[i + 2] : 0;
        const std::uint32_t v = (b0 << 16) | (b1 << 8) | b2;
        buf += kAlphabet[(v >> 18) & 63];
        buf += kAlphabet[(v >> 12) & 63];
        buf += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
        buf += i + 2 < bytes.size() ? kAlphabet[v & 63] : '=';
        if (buf.size() >= 4 * 4096) {
            out << buf;
            buf.clear();
        }
    }
    out << buf;
}

/// {"w":W,"b":"base64"}: the values as little-endian integers of W bytes (two's complement).
void write_column(std::ostream& out, const std::vector<std::uint32_t>& values, std::uint32_t max) {
    const unsigned w = max < 256 ? 1 : max < 65536 ? 2 : 4;
    std::vector<unsigned char> bytes;
    bytes.reserve(values.size() * w);
    for (std::uint32_t v : values)
        for (unsigned k = 0; k < w; ++k)
            bytes.push_back(static_cast<unsigned char>(v >> (8 * k)));
    out << "{\"w\":" << w << ",\"b\":\"";
    write_base64(out, bytes);
    out << "\"}";
}

/// The point of an event feature as fixed-point longitude and latitude, or false when it has
/// none the map can draw (no Point geometry, coordinates not finite numbers within range).
bool fixed_point(const FeatureJson& f, std::int32_t& lon, std::int32_t& lat) {
    auto g = f.find("geometry");
    if (g == f.end() || !g->is_object()) return false;
    auto type = g->find("type");
    if (type == g->end() || !type->is_string() || *type != "Point") return false;
    auto c = g->find("coordinates");
    if (c == g->end() || !c->is_array() || c->size() < 2 || !(*c)[0].is_number() ||
        !(*c)[1].is_number())
        return false;
    const double x = (*c)[0].get<double>(), y = (*c)[1].get<double>();
    if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 180 || std::abs(y) > 90)
        return false;
    lon = static_cast<std::int32_t>(std::llround(x * 1e6));
    lat = static_cast<std::int32_t>(std::llround(y * 1e6));
    return true;
}

} // namespace

/// The events as columns, the claims as features.
struct MapData::Columns {
    Table tables[kFieldCount];
    std::vector<std::uint32_t> cols[kFieldCount];
    std::vector<std::uint32_t> point;    // 0: not on the map; i: points i-1
    std::vector<std::uint32_t> lon, lat; // two's complement of the fixed-point coordinates
    std::unordered_map<std::uint64_t, std::uint32_t> point_index;
    FeatureJson claims = FeatureJson::array();
    std::size_t n = 0;

    void add(const FeatureJson& f) {
        if (!f.is_object() && !f.is_array())
            return; // as map.js did: an array is an event without properties
        static const FeatureJson kNoProperties = FeatureJson::object();
        auto pit = f.find("properties");
        const FeatureJson& p = pit != f.end() && pit->is_object() ? *pit : kNoProperties;
        auto kind = p.find("feature_kind");
        if (kind != p.end() && *kind == "spatial_claim") {
            claims.push_back(f);
            return;
        }
        ++n;
        for (std::size_t k = 0; k < kFieldCount; ++k) {
            auto it = p.find(kFields[k].name);
            cols[k].push_back(tables[k].add(it == p.end() ? nullptr : &*it));
        }
        std::int32_t x = 0, y = 0;
        if (!fixed_point(f, x, y)) {
            point.push_back(0);
            return;
        }
        const std::uint64_t key = (std::uint64_t(std::uint32_t(x)) << 32) | std::uint32_t(y);
        auto [it, fresh] = point_index.emplace(key, static_cast<std::uint32_t>(lon.size() + 1));
        if (fresh) {
            lon.push_back(static_cast<std::uint32_t>(x));
            lat.push_back(static_cast<std::uint32_t>(y));
        }
        point.push_back(it->second);
    }

    void write_values(std::ostream& out, bool lazy) const {
        bool first = true;
        for (std::size_t k = 0; k < kFieldCount; ++k) {
            if (kFields[k].lazy != lazy) continue;
            out << (first ? "" : ",") << '"' << kFields[k].name << "\":";
            first = false;
            if (lazy) {
                out << (tables[k].size() + kChunk - 1) / kChunk;
                continue;
            }
            out << '[';
            bool first_value = true;
            for (std::size_t i = 0; i < tables[k].size(); ++i) {
                out << (first_value ? "" : ",") << tables[k].text(i);
                first_value = false;
            }
            out << ']';
        }
    }

    void write_data(std::ostream& out) const {
        out << ",\"format\":\"geotimeline-map-columns-1\",\"n\":" << n << ",\"chunk\":" << kChunk
            << ",\"values\":{";
        write_values(out, false);
        out << "},\"lazy\":{";
        write_values(out, true);
        out << "},\"cols\":{";
        for (std::size_t k = 0; k < kFieldCount; ++k) {
            out << (k ? "," : "") << '"' << kFields[k].name << "\":";
            write_column(out, cols[k], static_cast<std::uint32_t>(tables[k].size()));
        }
        out << ",\"point\":";
        write_column(out, point, static_cast<std::uint32_t>(lon.size()));
        out << "},\"points\":{\"scale\":1000000,\"lon\":";
        write_column(out, lon, 0xFFFFFFFFu);
        out << ",\"lat\":";
        write_column(out, lat, 0xFFFFFFFFu);
        out << "},\"claims\":" << script_json(claims) << '}';
    }

    void write_lazy_blocks(std::ostream& out) const {
        for (std::size_t k = 0; k < kFieldCount; ++k) {
            if (!kFields[k].lazy) continue;
            const Table& texts = tables[k];
            for (std::size_t c = 0; c * kChunk < texts.size(); ++c) {
                out << "<script type=\"text/plain\" id=\"gt-lazy-" << kFields[k].name << '-' << c
                    << "\">";
                for (std::size_t i = c * kChunk; i < texts.size() && i < (c + 1) * kChunk; ++i)
                    out << (i > c * kChunk ? "\n" : "") << texts.text(i);
                out << "</script>\n";
            }
        }
    }
};

MapData::MapData() : c_(std::make_unique<Columns>()) {}

MapData::MapData(const FeatureJson& features) : MapData() {
    if (features.is_array())
        for (const FeatureJson& f : features)
            c_->add(f);
}

void MapData::add(const FeatureJson& feature) {
    c_->add(feature);
}
MapData::~MapData() = default;

void MapData::write_data(std::ostream& out, const FeatureJson& head) const {
    std::string h = script_json(head); // {"title":...,"generator":...}
    h.pop_back();                      // the columns follow in the same object
    out << "<script type=\"application/json\" id=\"gt-data\">" << h;
    c_->write_data(out);
    out << "</script>\n";
}

void MapData::write_lazy_blocks(std::ostream& out) const {
    c_->write_lazy_blocks(out);
}

} // namespace gt::io
