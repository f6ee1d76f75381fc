// A division named with its generic word in lower case, as wires write it ("Borno state",
// "Sagaing region", "Idlib province", "Kharkiv region", "Nakuru county"): the division of that
// name, never a namesake abroad or the district inside it named alike; "state TV" and
// "state-run media" after a country are the state's press (docs/geoparse.md, "Division
// words"). Through the geoparser on the full gazetteer index of the build.
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace pipeline_test;

namespace {

struct Named {
    const char* text;
    const char* mention;
    const char* country;
    const char* feature; // "A.ADM1", "A.ADM2", "A.PCLI", "P." (any populated place)
};

void check_named(const std::vector<Named>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(one_in_country(c.text, c.mention, c.country).feature.rfind(c.feature, 0) == 0);
    }
}

} // namespace

TEST_CASE("geoparse: a first-level division named with its word in lower case is that division",
          "[geoparse][pipeline]") {
    check_named({
        {"Gunmen attacked villages in Borno state on Monday.", "Borno", "NG", "A.ADM1"},
        {"Bandits killed 12 people in Zamfara state, police said.", "Zamfara", "NG", "A.ADM1"},
        {"The Kaduna state government imposed a curfew.", "Kaduna", "NG", "A.ADM1"},
        {"Fighting broke out in Sagaing region on Monday.", "Sagaing", "MM", "A.ADM1"},
        {"Militants attacked Mandalay region on Monday.", "Mandalay", "MM", "A.ADM1"},
        {"Shelling hit the Kharkiv region on Monday.", "Kharkiv", "UA", "A.ADM1"},
        {"Shelling hit Idlib province on Monday.", "Idlib", "SY", "A.ADM1"},
        {"Police fired on protesters in Nakuru county.", "Nakuru", "KE", "A.ADM1"},
    });
}

TEST_CASE("geoparse: the same shapes that name something else stay", "[geoparse][pipeline]") {
    check_named({
        // the state's press after a country
        {"Iran state TV said protesters gathered in Tehran.", "Iran", "IR", "A.PCLI"},
        {"Syria state-run media said troops entered Palmyra.", "Syria", "SY", "A.PCLI"},
        // a second-level word: the district; a town named as such: the town
        {"Gunmen killed five people in Kasese district on Monday.", "Kasese", "UG", "A.ADM2"},
        {"Protesters marched in Mandalay city on Monday.", "Mandalay", "MM", "P."},
        {"Protesters marched in Mandalay on Monday.", "Mandalay", "MM", "P."},
    });
}

TEST_CASE("geoparse: a city of its own name is before a division abroad the text says nothing of",
          "[geoparse][pipeline]") {
    // a city of 300,000 or more against a first-level division named alike in a country no
    // other word of the text speaks for
    check_named({
        {"Police in Manchester arrested two men on Monday.", "Manchester", "GB", "P."},
        {"Protesters gathered in Cordoba on Monday.", "Cordoba", "AR", "P."},
    });
    // the division stays where the text speaks for its country, asks for a division, or no
    // such city is named alike
    check_named({
        {"Kingston police said gunmen shot two men in Manchester on Monday.", "Manchester", "JM", "A.ADM1"},
        {"Floods hit Sindh on Monday.", "Sindh", "PK", "A.ADM1"},
        {"Shelling hit Idlib province on Monday.", "Idlib", "SY", "A.ADM1"},
    });
}

TEST_CASE("geoparse: a comma chain closed by a country past a level the gazetteer lacks is that country's",
          "[geoparse][pipeline]") {
    // "Acre, Northern, Israel": Israel's Northern District written "Northern" is no place the
    // gazetteer knows by that word, yet the country closing the chain contains Acre (not
    // Brazil's state of Acre)
    check_named({
        {"A rocket was intercepted over Acre, Northern, Israel, on Wednesday.", "Acre", "IL", "P."},
        {"Rockets hit Sderot, Southern, Israel.", "Sderot", "IL", "P."},
        {"Rioters burned banks in Tripoli, North, Lebanon.", "Tripoli", "LB", "P."},
    });
    // a list of places is no chain, and a chain of known levels reads as before
    check_named({
        {"Flights from Paris, London, Berlin were cancelled.", "London", "GB", "P."},
        {"Gunmen attacked Kidal, Kidal Region, Mali.", "Kidal", "ML", "P."},
    });
}
