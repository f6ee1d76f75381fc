#pragma once
// JSON written straight into a string: the one JSON string escaper of the project and the JSON
// shapes of places, spatial claims and time expressions (docs/reference.md, docs/geoparse.md,
// docs/timex.md). The extract writers (writers_jsonl.cpp, writers_features.cpp) and the
// geoparse and timex commands all write through here.

#include "core/place.hpp"
#include "core/timex.hpp"
#include "text/utf8.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gt::io {

/// Appends `s` as a JSON string, quotes included, escaped exactly as nlohmann::json escapes it
/// ("\b", "\f", "\n", "\r", "\t", "\"", "\\", other controls as "\u00XX", everything else as
/// UTF-8 bytes). Invalid UTF-8 is replaced by U+FFFD as nlohmann's error_handler_t::replace does.
void append_json_string(std::string& out, std::string_view s);

/// A compact JSON writer: objects and arrays, the commas between members, values.
class JsonOut {
  public:
    explicit JsonOut(std::string& out) : out_(out) {}

    void open(char c); // '{' or '['
    void close(char c);
    /// A member's key (plain ASCII, not escaped); the value written next takes no comma.
    JsonOut& key(std::string_view k);

    void null() { put("null"); }
    void boolean(bool v) { put(v ? "true" : "false"); }
    void str(std::string_view s);
    void str_or_null(std::string_view s) { s.empty() ? null() : str(s); }
    void integer(long long v);
    void unsigned_integer(unsigned long long v);
    void int_or_null(long long v, bool known) { known ? integer(v) : null(); }
    /// A number as nlohmann::json prints a double (shortest round-trip form).
    void number(double v);
    /// A number printed with exactly `decimals` decimals ("%.*f": 36.20124, 0.900).
    void fixed(double v, int decimals);
    /// Already serialised JSON.
    void raw(std::string_view json) { put(json); }

  private:
    void comma() {
        if (!first_) out_ += ',';
        first_ = false;
    }
    void put(std::string_view raw) {
        comma();
        out_.append(raw);
    }

    std::string& out_;
    bool first_ = true;
};

/// Which members of a geoparse place object: the scorer's contract (`--jsonl`: start, end, text,
/// name, lat, lon, geonameid, country, admin1, admin1_code, feature, score), or all of them
/// (`--json`: also id, demonym, embedded, precision and, for a relative place, relative,
/// anchor_id, offset_km, offset_bearing_deg).
enum class PlaceDetail { scorer, full };

/// A geoparse place object (docs/geoparse.md, "Output"). `map` converts the byte offsets to
/// code points; ask in increasing order where possible (it walks forward).
void write_place(JsonOut& w, const PlaceMention& p, text::OffsetMap& map, PlaceDetail detail);

/// The location object of extract's JSONL ({name, local_name, geonameid, lat, lon, ...}), or
/// null when `p` is unresolved (docs/reference.md, "JSONL"). `name` is the ASCII form of the
/// gazetteer's name (text::ascii_name, as ACLED writes `location`), `local_name` the name
/// itself ("Al Hudaydah" and "Al Ḩudaydah"; both the same for an ASCII name).
void write_location(JsonOut& w, const PlaceMention& p);

/// A spatial claim: the one claim shape (docs/reference.md, "JSONL": text, subject, anchor,
/// stated_km, ...). With `map`, its code-point offsets `start` and `end` come first (geoparse,
/// which has the text; extract's claims have no offsets).
void write_claim(JsonOut& w, const SpatialClaim& c, text::OffsetMap* map = nullptr);

/// A time expression {start, end, text, type, value} (docs/timex.md).
void write_timex(JsonOut& w, const TimeExpr& t, text::OffsetMap& map);

/// One line of `geoparse --jsonl`: {"id","places":[...]} and LF (the places' scorer members).
void append_geoparse_line(std::string& out, std::string_view id, std::string_view text,
                          const std::vector<PlaceMention>& places);
/// The object of `geoparse --json`: {"id","places","relative_places","claims"} and LF.
void append_geoparse_document(std::string& out, std::string_view id, std::string_view text,
                              const std::vector<PlaceMention>& places,
                              const std::vector<PlaceMention>& relative_places,
                              const std::vector<SpatialClaim>& claims);
/// One object of `timex --json`/`--jsonl`: {"id","dct","dct_source","timexes":[...]} and LF.
void append_timex_document(std::string& out, std::string_view id, std::string_view text,
                           const Dct& dct, const std::vector<TimeExpr>& timexes);
/// The line standing for an input line that could not be read:
/// {"id":null,"line":N,"error":"...","ARRAY":[]} and LF.
void append_error_line(std::string& out, std::size_t line, std::string_view error,
                       std::string_view array_key);

} // namespace gt::io
