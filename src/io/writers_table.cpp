// The human summary (Format::table): per document a heading and a table of its events (date,
// type, place, actors, fatalities), what `extract` and `merge` print on a terminal, as ripgrep
// and osmium print for people and JSON for programs (docs/reference.md, "Table").
#include "io/writers.hpp"
#include "io/writers_internal.hpp"

#include <array>
#include <ostream>

namespace gt::io::detail {

namespace {

// Characters on screen: UTF-8 continuation bytes take no column.
std::size_t columns(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// At most `width` columns, cut on a character boundary with "…"; control characters as spaces
// (an article's text must not move the terminal's cursor).
std::string fit(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t cols = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const bool lead = (c & 0xC0) != 0x80;
        if (lead && cols == width - 1 && columns(s.substr(i)) > 1) return out + "…";
        if (lead) ++cols;
        out += c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c);
    }
    return out;
}

std::string place(const Event& e) {
    const PlaceMention& p = e.location;
    if (!p.resolved) return p.text.empty() ? "-" : p.text + " (not found)";
    std::string s = p.name;
    if (!p.admin1.empty() && p.admin1 != p.name) s += ", " + p.admin1;
    if (!p.country_name.empty() && p.country_name != p.name) s += ", " + p.country_name;
    return s;
}

std::string actors(const Event& e) {
    std::string s = e.actor1.name;
    if (!e.actor2.name.empty()) s += (s.empty() ? "" : " vs ") + e.actor2.name;
    return s.empty() ? "-" : s;
}

std::string type(const Event& e) {
    if (e.event_type.empty()) return "-";
    return e.sub_event_type.empty() ? e.event_type.str() : e.event_type + ": " + e.sub_event_type;
}

using Row = std::array<std::string, 5>;
constexpr std::array<std::size_t, 5> kMaxWidth = {10, 40, 36, 48, 10};

class TableWriter : public EventWriter {
  public:
    explicit TableWriter(std::ostream& out) : out_(out) {}

    void document(const DocumentResult& doc) override {
        out_ << fit(doc.doc_id, 60);
        if (doc.dct.known()) out_ << "  (" << doc.dct.value << ")";
        if (!doc.error.empty()) {
            out_ << ": not processed: " << fit(doc.error, 200) << "\n\n";
            return flush_and_check(out_);
        }
        const std::size_t n = doc.events.size();
        out_ << ": " << (n == 0 ? std::string("no events") : std::to_string(n) + (n == 1 ? " event" : " events"));
        if (!doc.claims.empty())
            out_ << ", " << doc.claims.size() << (doc.claims.size() == 1 ? " distance claim" : " distance claims");
        out_ << '\n';
        if (n > 0) table(doc.events);
        out_ << '\n';
        flush_and_check(out_);
    }

    void end() override { flush_and_check(out_, true); }

  private:
    void table(const std::vector<Event>& events) {
        std::vector<Row> rows = {{"date", "type", "place", "actors", "fatalities"}};
        for (const Event& e : events)
            rows.push_back({e.date.empty() ? "-" : e.date, type(e), place(e), actors(e),
                            e.fatalities < 0 ? "-" : std::to_string(e.fatalities)});
        std::array<std::size_t, 5> width{};
        for (auto& row : rows)
            for (std::size_t c = 0; c < row.size(); ++c) {
                row[c] = fit(row[c], kMaxWidth[c]);
                width[c] = std::max(width[c], columns(row[c]));
            }
        for (const auto& row : rows) {
            std::string line = " ";
            for (std::size_t c = 0; c < row.size(); ++c) {
                line += " " + row[c];
                if (c + 1 < row.size()) line += std::string(width[c] - columns(row[c]) + 1, ' ');
            }
            out_ << line << '\n';
        }
    }

    std::ostream& out_;
};

} // namespace

std::unique_ptr<EventWriter> make_table_writer(std::ostream& out) { return std::make_unique<TableWriter>(out); }

} // namespace gt::io::detail
