// A place's name before a hyphenated suffix (docs/geoparse.md, "Recognition", hyphenated
// words): a name of several words ("Abu Dhabi-based", "Los Angeles-based", "Hong Kong-listed")
// and a code that prose writes for a country ("US-led", "EU-backed", "UK-bashing") are
// modifiers, shown as mentions (`embedded`), as "London-based" and "Saudi-led" are. On the full
// gazetteer index of the build; the firms are invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Modifier {
    const char* text;
    const char* mention;
    const char* country;
};

void check_modifiers(const std::vector<Modifier>& cases) {
    for (const auto& c : cases) CHECK(one_in_country(c.text, c.mention, c.country).embedded);
}

} // namespace

TEST_CASE("geoparse: a name of several words before a hyphenated suffix", "[geoparse][places][hyphen_names]") {
    check_modifiers({
        // moves: no mention at all before
        {"The Abu Dhabi-based agency said renewable capacity grew.", "Abu Dhabi", "AE"},
        {"A claim against Los Angeles-based brokerage firm Qzarbush was filed.", "Los Angeles", "US"},
        {"The New York-based bank said profits fell.", "New York", "US"},
        {"The San Francisco-based start-up raised money.", "San Francisco", "US"},
        {"Shares of the Hong Kong-listed firm fell.", "Hong Kong", "HK"},
        {"The Sao Paulo-born singer won the prize.", "Sao Paulo", "BR"},
        // of the same shape, stays: a name of one word
        {"The London-based group said so.", "London", "GB"},
        {"The Lagos-based bank grew.", "Lagos", "NG"},
    });
    // of the same shape, stays none: a town under 50,000 before "-based", a sentence's "The"
    check_none_named({
        {"The Glen Ellyn-based firm said so.", "Glen Ellyn"},
        {"The EU-based group said so.", "The EU"},
    });
}

TEST_CASE("geoparse: a country's code in prose before a hyphenated suffix", "[geoparse][places][hyphen_names]") {
    check_modifiers({
        // moves: no mention before ("US-led" was read as Lod in Israel under the loose key, then
        // dropped)
        {"A US-led coalition struck targets in the north.", "US", "US"},
        {"By Henry Qzarby US-based aluminium producer Qzarco signed.", "US", "US"},
        {"With this EU-backed financing, the firm grew.", "EU", ""},
        {"With the UK-bashing president toppled, ties improved.", "UK", "GB"},
        // of the same shape, stays
        {"The UK-based bank fell.", "UK", "GB"},
        {"The Saudi-led coalition struck.", "Saudi", "SA"},
    });
    // of the same shape, stays none: codes of no country in prose
    check_none_named({
        {"The world's first AI-composed song was played.", "AI"},
        {"Gangs like MS-13 were blamed.", "MS"},
        {"Senator Marco Rubio (R-FL) applauded the grant.", "FL"},
    });
}
