// The human summary (Format::table): columns stay aligned whatever the text holds (multi-byte
// UTF-8, long names, control characters), unknown values are "-", counts are singular for one.
#include "io/writers.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

std::size_t columns(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

} // namespace

TEST_CASE("table writer: aligned columns, cut long and control text, singular counts", "[io][writers]") {
    gt::DocumentResult doc;
    doc.doc_id = "doc-ł";
    doc.dct.value = "2020-01-02";
    gt::Event a;
    a.date = "2020-01-01";
    a.event_type = "Battles";
    a.sub_event_type = "Armed clash";
    a.actor1.name = "Ünïcödé Fighters of the Very Long Name Front for Something (Łódź)";
    a.actor2.name = "Military Forces";
    a.fatalities = 12;
    a.location.resolved = true;
    a.location.name = "Łódź";
    a.location.admin1 = "Łódzkie";
    a.location.country_name = "Poland";
    gt::Event b;
    b.event_type = "Protests";
    b.location.text = "Somewhere\tin\nthe text";
    doc.events = {a, b};

    std::ostringstream out;
    auto w = gt::io::make_writer(gt::io::Format::table, out);
    w->document(doc);
    gt::DocumentResult failed;
    failed.doc_id = "bad";
    failed.error = "not text";
    w->document(failed);
    w->end();
    const auto lines = lines_of(out.str());
    REQUIRE(lines.size() >= 6);
    CHECK(lines[0] == "doc-ł  (2020-01-02): 2 events");
    // The header and the rows: each column starts at the same screen column.
    const std::string& header = lines[1];
    const std::size_t place_col = header.find("place"), fat_col = header.find("fatalities");
    REQUIRE(place_col != std::string::npos);
    for (std::size_t i = 2; i <= 3; ++i) {
        const std::string& row = lines[i];
        CHECK(row.find('\t') == std::string::npos);
        // byte offsets in the header are columns (ASCII); in a row count the columns before
        CHECK(columns(row.substr(0, row.find(i == 2 ? "Łódź" : "Somewhere"))) == place_col);
        CHECK(columns(row) <= fat_col + 10);
    }
    CHECK(lines[2].find("Łódź, Łódzkie, Poland") != std::string::npos);
    CHECK(lines[2].find("…") != std::string::npos); // the long actors cut
    CHECK(lines[2].substr(lines[2].size() - 2) == "12");
    CHECK(lines[3].find("Somewhere in the text (not found)") != std::string::npos);
    CHECK(lines[3].substr(0, 4) == "  - "); // no date
    CHECK(lines[3].back() == '-');          // fatalities unknown
    CHECK(out.str().find("bad: not processed: not text\n") != std::string::npos);

    std::ostringstream one;
    auto w1 = gt::io::make_writer(gt::io::Format::table, one);
    doc.events.resize(1);
    w1->document(doc);
    CHECK(lines_of(one.str())[0] == "doc-ł  (2020-01-02): 1 event");
}
