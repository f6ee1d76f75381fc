// CSV writer: ACLED's columns in ACLED's order, then ours (docs/reference.md, "extract outputs").
// RFC 4180 quoting, UTF-8 without BOM, LF line ends (what R and pandas read by default), one
// header line; an empty cell is an unknown value.
#include "io/writers.hpp"

#include "core/acled.hpp"
#include "io/writers_internal.hpp"
#include "text/ascii_name.hpp"

#include <cstdlib>
#include <ctime>
#include <ostream>
#include <string_view>

namespace gt::io::detail {

namespace {

/// The columns and their GDAL CSV types (the .csvt sidecar, write_csvt).
struct Column {
    const char* name;
    const char* type;
};
constexpr Column kColumns[] = {
    // ACLED
    {"event_id_cnty", "String"}, {"event_date", "Date"}, {"year", "Integer"}, {"time_precision", "Integer"},
    {"disorder_type", "String"}, {"event_type", "String"}, {"sub_event_type", "String"}, {"actor1", "String"},
    {"assoc_actor_1", "String"}, {"inter1", "Integer"}, {"actor2", "String"}, {"assoc_actor_2", "String"},
    {"inter2", "Integer"}, {"interaction", "Integer"}, {"civilian_targeting", "String"}, {"iso", "Integer"},
    {"region", "String"}, {"country", "String"}, {"admin1", "String"}, {"admin2", "String"}, {"admin3", "String"},
    {"location", "String"}, {"latitude", "Real"}, {"longitude", "Real"}, {"geo_precision", "Integer"},
    {"source", "String"}, {"source_scale", "String"}, {"notes", "String"}, {"fatalities", "Integer"},
    {"tags", "String"}, {"timestamp", "Integer64"},
    // geotimeline
    {"cameo", "String"}, {"confidence", "Real"}, {"doc_id", "String"}, {"evidence", "String"},
    {"evidence_start", "Integer"}, {"evidence_end", "Integer"}, {"date_start", "Date"}, {"date_end", "Date"},
    {"geonameid", "Integer"}, {"place_id", "String"}, {"country_code", "String"}, {"admin1_code", "String"},
    {"trigger", "String"}, {"local_name", "String"}};

/// SOURCE_DATE_EPOCH (reproducible builds convention) when set to a number, else now.
long long run_timestamp() {
    if (const char* s = std::getenv("SOURCE_DATE_EPOCH"); s && *s) {
        char* end = nullptr;
        const long long v = std::strtoll(s, &end, 10);
        if (end && *end == '\0' && v >= 0) return v;
    }
    return static_cast<long long>(std::time(nullptr));
}

void put_cell(std::string& line, std::string_view v) {
    if (!line.empty()) line += ',';
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        line += v;
        return;
    }
    line += '"';
    for (char c : v) {
        if (c == '"') line += '"';
        line += c;
    }
    line += '"';
}

std::string num(long long v, bool known) { return known ? std::to_string(v) : std::string(); }

class CsvWriter final : public EventWriter {
  public:
    CsvWriter(std::ostream& out, bool neutralise)
        : out_(out), timestamp_(std::to_string(run_timestamp())), neutralise_(neutralise) {}

    void document(const DocumentResult& doc) override {
        header();
        std::string line;
        for (const Event& e : doc.events) {
            row(e, line);
            out_ << line << '\n';
        }
        flush_and_check(out_);
    }

    void end() override {
        header();
        flush_and_check(out_);
    }

  private:
    void header() {
        if (header_done_) return;
        header_done_ = true;
        std::string line;
        for (const Column& c : kColumns) put_cell(line, c.name);
        out_ << line << '\n';
    }

    void row(const Event& e, std::string& line) const {
        const PlaceMention& p = e.location;
        const bool at = p.resolved;
        const CountryInfo* country = at ? find_country(p.country) : nullptr;
        const std::string date = event_date(e.date);
        const int inter = interaction(e.actor1.inter, e.actor2.inter);
        line.clear();
        text(line, e.event_id);
        put_cell(line, date);
        put_cell(line, date.empty() ? std::string_view() : std::string_view(date).substr(0, 4));
        put_cell(line, std::to_string(static_cast<int>(e.time_precision)));
        text(line, disorder_type(e));
        text(line, e.event_type);
        text(line, e.sub_event_type);
        text(line, e.actor1.name);
        text(line, e.assoc_actor1);
        put_cell(line, num(e.actor1.inter, e.actor1.inter > 0));
        text(line, e.actor2.name);
        text(line, e.assoc_actor2);
        put_cell(line, num(e.actor2.inter, e.actor2.inter > 0));
        put_cell(line, num(inter, inter > 0));
        put_cell(line, civilian_targeting(e) ? "Civilian targeting" : "");
        put_cell(line, num(country ? country->numeric : 0, country && country->numeric > 0));
        text(line, country ? country->region : "");
        text(line, !at ? std::string() : !p.country_name.empty() ? p.country_name.str() : country ? country->name : "");
        text(line, at ? p.admin1.str() : std::string());
        put_cell(line, ""); // admin2: not resolved by geotimeline
        put_cell(line, ""); // admin3
        text(line, at ? text::ascii_name(p.name) : std::string());
        put_cell(line, at ? format_fixed(p.lat, 6) : std::string());
        put_cell(line, at ? format_fixed(p.lon, 6) : std::string());
        put_cell(line, num(static_cast<int>(p.precision), at));
        text(line, e.source);
        put_cell(line, ""); // source_scale
        text(line, e.notes);
        put_cell(line, num(e.fatalities, e.fatalities >= 0));
        put_cell(line, ""); // tags
        put_cell(line, timestamp_);
        text(line, e.cameo);
        put_cell(line, format_fixed(e.confidence, 3));
        text(line, e.doc_id);
        text(line, e.evidence.text);
        put_cell(line, std::to_string(e.evidence.start));
        put_cell(line, std::to_string(e.evidence.end));
        put_cell(line, event_date(e.date_start));
        put_cell(line, event_date(e.date_end));
        put_cell(line, num(p.geonameid, at && p.geonameid != 0));
        text(line, at ? p.id.str() : std::string());
        text(line, at ? p.country.str() : std::string());
        text(line, at ? p.admin1_code.str() : std::string());
        text(line, e.trigger);
        text(line, at ? p.name.str() : std::string()); // local_name
    }

    /// A text cell: with a leading ' when a spreadsheet would read it as a formula.
    void text(std::string& line, std::string_view v) const {
        if (!neutralise_ || v.empty() || std::string_view("=+-@\t\r").find(v[0]) == std::string_view::npos)
            return put_cell(line, v);
        std::string quoted(1, '\'');
        quoted.append(v.data(), v.size());
        put_cell(line, quoted);
    }

    std::ostream& out_;
    std::string timestamp_;
    bool neutralise_;
    bool header_done_ = false;
};

} // namespace

std::string disorder_type(const Event& e) { return acled::disorder_type(e.event_type, e.sub_event_type); }

int interaction(int inter1, int inter2) noexcept { return acled::interaction(inter1, inter2); }

bool civilian_targeting(const Event& e) { return acled::civilian_targeting(e); }

std::unique_ptr<EventWriter> make_csv_writer(std::ostream& out, bool neutralise) {
    return std::make_unique<CsvWriter>(out, neutralise);
}

} // namespace gt::io::detail

namespace gt::io {

void write_csvt(const std::string& csv_path) {
    // GDAL looks for the CSV file's name with its extension replaced by .csvt.
    std::string path = csv_path;
    const std::size_t slash = path.find_last_of('/'), dot = path.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) path.erase(dot);
    path += ".csvt";
    OutputFile out(path);
    std::string line;
    for (const detail::Column& c : detail::kColumns) detail::put_cell(line, c.type);
    out.stream() << line << '\n';
    out.commit();
}

} // namespace gt::io
