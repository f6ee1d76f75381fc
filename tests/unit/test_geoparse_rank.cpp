// Ranking rules of src/geoparse/rank.cpp on a small index built from tests/data/geoparse-rank:
// places named only by compass words, and a national capital named like a first-level division
// of its country.
#include "gazetteer/builder.hpp"
#include "gazetteer/index.hpp"
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using gt::PlaceMention;
using gt::gazetteer::Index;
using gt::geoparse::Geoparser;

namespace {

const Index& rank_index() {
    static const std::string path = [] {
        gt::gazetteer::BuildOptions o;
        o.inputs = {GT_TEST_DATA "/geoparse-rank"};
        o.output = GT_TEST_TMP "/geoparse-rank-fixture.gtz";
        std::ostringstream log;
        gt::gazetteer::build_index(o, log);
        return o.output;
    }();
    static const Index idx = Index::open(path);
    return idx;
}

// Resolves the n-th occurrence of `word` in `text` as a given span, the others given too.
PlaceMention given(const std::string& text, const std::vector<std::string>& words, std::string_view which,
                   int nth = 0) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t want = 0;
    bool found = false;
    for (const std::string& w : words) {
        for (std::size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
            bool whole = (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
                         (at + w.size() == text.size() ||
                          !std::isalpha(static_cast<unsigned char>(text[at + w.size()])));
            if (!whole) continue;
            if (w == which && !found && nth-- == 0) {
                want = spans.size();
                found = true;
            }
            spans.emplace_back(at, at + w.size());
        }
    }
    REQUIRE(found);
    Geoparser gp(rank_index());
    auto ms = gp.resolve_spans(text, spans);
    REQUIRE(ms.size() == spans.size());
    return ms[want];
}

const PlaceMention* find(const std::vector<PlaceMention>& ms, std::string_view text) {
    for (const auto& m : ms)
        if (m.text == text) return &m;
    return nullptr;
}

} // namespace

TEST_CASE("geoparse rank: a place named only by compass words is a direction unless the text is "
          "about its country",
          "[geoparse][rank]") {
    // "the West", "Western governments": not Fiji's Western division, Cameroon's West region
    // or West in Texas, in reports from England and from the United States
    for (const std::string& text :
         {std::string("LONDON - Ministers in London said the West must answer, and Western "
                      "governments met in Manchester."),
          std::string("Officials in Washington and Seattle said the West was united; Western "
                      "allies agreed."),
          std::string("Western countries and the West's allies met; Western leaders and Western "
                      "banks spoke of the West.")}) {
        INFO(text);
        for (std::string_view w : {"West", "Western"}) {
            PlaceMention m = given(text, {"London", "Manchester", "Washington", "Seattle", "West", "Western"}, w);
            INFO(w << " -> " << m.name << " (" << m.country << ") " << m.feature);
            CHECK(m.country != "FJ");
            CHECK(m.country != "CM");
            CHECK(m.name != "West");
        }
        Geoparser gp(rank_index());
        auto ms = gp.parse(text);
        for (std::string_view w : {"West", "Western"}) {
            const PlaceMention* m = find(ms, w);
            CHECK((m == nullptr || (m->country != "FJ" && m->country != "CM" && m->name != "West")));
        }
    }
    // where the text is about the country, or states the container, the division or town stands
    PlaceMention fj = given("Floods hit Lautoka and Nadi in Fiji. The Western division was worst hit.",
                            {"Lautoka", "Nadi", "Fiji", "Western"}, "Western");
    CHECK(fj.country == "FJ");
    CHECK(fj.feature == "A.ADM1");
    PlaceMention cm = given("Separatists attacked Dschang and Bafoussam in Cameroon, in the West region.",
                            {"Dschang", "Bafoussam", "Cameroon", "West"}, "West");
    CHECK(cm.country == "CM");
    CHECK(cm.feature == "A.ADM1");
    PlaceMention tx = given("A fertilizer plant exploded in West, Texas, north of Austin.",
                            {"West", "Texas", "Austin"}, "West");
    CHECK(tx.country == "US");
    CHECK(tx.name == "West");
}

TEST_CASE("geoparse rank: Washington is the capital in reports from elsewhere, NSW is the state "
          "in a report from Australia",
          "[geoparse][rank]") {
    // "Washington state" is the state
    PlaceMention st = given("Crews from Seattle and Olympia trained in Washington state.",
                            {"Seattle", "Olympia", "Washington"}, "Washington");
    CHECK(st.feature == "A.ADM1");
    CHECK(st.admin1_code == "US.WA");
    // elsewhere, Washington is the capital: in a report from England, from Australia, from Texas
    for (const std::string& text :
         {std::string("LONDON - Diplomats left London and Manchester. In Washington, officials said "
                      "more would follow."),
          std::string("SYDNEY - Ministers in Sydney and Newcastle, NSW, said Washington had agreed."),
          std::string("AUSTIN - Lawmakers in Austin said Washington should pay.")}) {
        INFO(text);
        PlaceMention c = given(text, {"London", "Manchester", "Sydney", "Newcastle", "NSW", "Austin", "Washington"},
                               "Washington");
        CHECK(c.feature == "P.PPLC");
        CHECK(c.country == "US");
    }
    // "NSW" is New South Wales where the text is about Australia
    PlaceMention nsw = given("SYDNEY - Ministers in Sydney and Newcastle, NSW, said Washington had agreed.",
                             {"Sydney", "Newcastle", "NSW", "Washington"}, "NSW");
    CHECK(nsw.country == "AU");
    CHECK(nsw.feature == "A.ADM1");
}
