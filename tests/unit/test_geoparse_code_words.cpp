// Codes of two capital letters that the words around them make no state or country
// (docs/geoparse.md, "Recognition", 3): a firm's legal form after its name ("Cimpress NV",
// "Dimond Kaplan & Rothstein, P.A."), a word of the language in a line in capitals ("KOBE IN THE
// HOUSE"), a modifier or an object between lower-case words ("voter ID laws", "fought IS in
// Iraq"); and a building that bears a name as its own before a city known by it in another
// language ("the White House" is not Casablanca, Dar el Beida). On the full gazetteer index of
// the build; the firms and people are invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Code {
    const char* text;
    const char* mention;
    const char* country;
    const char* admin1;
};

} // namespace

TEST_CASE("geoparse: a code that the words around it make no state", "[geoparse][places][code_words]") {
    check_none_named({
        // moves: Nevada, Pennsylvania, Indiana, Idaho, Georgia, Iraq
        {"Investors in Qzarprint NV, a printing firm based in Lexington, Massachusetts, sued on Monday.", "NV"},
        {"The firm changed its name in 2014 to Qzarpress NV, after moving from Lexington, Massachusetts.", "NV"},
        {"Qzar Kaplan & Rothstein, P.A. has offices in Los Angeles, Palm Beach, New York, and Detroit.", "P.A."},
        {"KOBE IN THE HOUSE: Kobe Bryant was in Columbus, Ohio on Friday.", "IN"},
        {"In rulings against state voter ID laws in Texas and Ohio, courts have cited a lack of evidence.", "ID"},
        {"A sale on GA two-day passes for the festival in Birmingham, Alabama was announced.", "GA"},
        {"The coalition has fought IS in Iraq and Syria since 2014.", "IS"},
    });
    // of the same shape, stay: the address form, after a town's name, after a locative word,
    // and the codes prose writes for countries
    const std::vector<Code> stays = {
        {"Police in Reno, NV said two men were arrested.", "NV", "US", "Nevada"},
        {"He moved from Scranton PA to Reno, Nevada.", "PA", "US", "Pennsylvania"},
        {"Wastewater in WA is diluted, Perth officials said.", "WA", "AU", "Western Australia"},
        {"HORRY COUNTY, SC (WMBF) - A homeless man was found dead.", "SC", "US", "South Carolina"},
        {"Two US officials said 300 US troops would stay.", "US", "US", ""},
    };
    for (const auto& c : stays) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE_FALSE(ms.empty());
        REQUIRE(ms[0].resolved);
        CHECK(ms[0].country == c.country);
        CHECK(ms[0].admin1 == c.admin1);
    }
}

TEST_CASE("geoparse: the White House is the building, not Casablanca, unless the text is in Morocco",
          "[geoparse][places][code_words]") {
    // moves: each was Casablanca (MA), the city's other name translated
    for (const char* text : {"Protesters marched to the White House.", "North Korea said the White House was lying.",
                             "Thousands rallied outside the White House in support of Ukraine."}) {
        INFO(text);
        auto ms = mentions_named(text, "White House");
        REQUIRE(ms.size() == 1);
        REQUIRE(ms[0].resolved);
        CHECK(ms[0].country == "US");
        CHECK(ms[0].feature == "S.BLDG");
    }
    // of the same shape, stays: a text in Morocco that names it
    auto ms = mentions_named("Dozens gathered in front of the White House in Casablanca, Morocco.", "White House");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].country == "MA");
}
