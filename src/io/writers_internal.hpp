#pragma once
// Internals shared by the event writers (writers*.cpp); not part of the io interface.

#include "core/event.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gt::io {
class EventWriter;
}

namespace gt::io::detail {

using Json = nlohmann::ordered_json; // keys in the order written: stable, readable output

/// A country of ISO 3166-1: alpha-2, numeric code (0: none, e.g. XK), ACLED region, common name.
struct CountryInfo {
    const char* alpha2;
    int numeric;
    const char* region;
    const char* name;
};
/// The country for an alpha-2 code (case-sensitive, "SY"), or nullptr.
const CountryInfo* find_country(std::string_view alpha2) noexcept;

/// `v` rounded to `decimals` places, printed in the shortest fixed notation ("35.336667", "12").
std::string format_fixed(double v, int decimals);
double round_to(double v, int decimals);

/// The event's date as a full ISO date: "2017-09-05" as is, "2017-09" → "2017-09-01",
/// "2017" → "2017-01-01" (the first day of the period; time_precision says how coarse),
/// anything else → "".
std::string event_date(const std::string& date);

/// Timeline order of collected events (`Item` has a `date`, an ISO date or empty): by date,
/// stable (document order, then event order), undated last. GeoJSON, HTML and TimelineJS agree.
template <class Item>
void sort_by_date(std::vector<Item>& items) {
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.date.empty() != b.date.empty()) return b.date.empty();
        return a.date < b.date;
    });
}

/// ACLED derivations.
std::string disorder_type(const Event& e);
/// ACLED interaction code: the two inter codes, lower first (12), or inter×10 for a sole
/// actor (10); 0 when neither is known.
int interaction(int inter1, int inter2) noexcept;
bool civilian_targeting(const Event& e);

/// JSON builders (writers_features.cpp).
Json event_feature(const Event& e);
Json claim_feature(const SpatialClaim& c, const std::string& doc_id, std::size_t n);
Json jsonl_document(const DocumentResult& doc);
Json claim_json(const SpatialClaim& c);
/// Appends dump(jsonl_document(doc)), the same bytes, without building the JSON tree
/// (writers_jsonl.cpp; the JSONL writer's hot path).
void append_jsonl_document(std::string& out, const DocumentResult& doc);
/// A document of at least this many events and claims has its line measured before it is
/// written (allocated once at its size: issue #15).
inline constexpr std::size_t jsonl_measured_records = 4096;
/// Compact UTF-8 JSON; invalid UTF-8 in strings is replaced by U+FFFD rather than throwing.
std::string dump(const Json& j);

/// The name attached to a stream by OutputFile ("standard output" for stdout), or "the output".
std::string stream_name(std::ostream& out);
void set_stream_name(std::ostream& out, const std::string* name) noexcept;
/// Flushes `out` and throws OutputError naming it when the stream has failed. A stream marked
/// with io::set_batched_flush() is only checked, not flushed, unless `force` is true.
void flush_and_check(std::ostream& out, bool force = false);

/// The bytes of one document in GeoJSONSeq (RS, feature, LF for each event and claim) and in
/// JSONL (one line), appended to `out`: what the writers write (writers_json.cpp).
void append_geojsonseq(const DocumentResult& doc, std::string& out);
void append_jsonl(const DocumentResult& doc, std::string& out);

std::unique_ptr<EventWriter> make_geojson_writer(std::ostream& out);
std::unique_ptr<EventWriter> make_geojsonseq_writer(std::ostream& out);
std::unique_ptr<EventWriter> make_jsonl_writer(std::ostream& out);
std::unique_ptr<EventWriter> make_csv_writer(std::ostream& out, bool neutralise = true);
std::unique_ptr<EventWriter> make_html_writer(std::ostream& out);       // writers_html.cpp
std::unique_ptr<EventWriter> make_timelinejs_writer(std::ostream& out); // writers_html.cpp
std::unique_ptr<EventWriter> make_table_writer(std::ostream& out);      // writers_table.cpp

} // namespace gt::io::detail
