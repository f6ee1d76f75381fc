// Words around a name that say what it is (docs/geoparse.md, "Recognition"): a word of two
// letters in mixed case is a name, never a country's ISO code ("Ye" is the town in Mon State,
// not Yemen); "councilor", the American spelling, is an office after a town's name as
// "councillor" is ("the Mabuhay Councilor": the town's, not a person's surname, so the town's
// other mentions stay places); Mali's second-level division, the cercle ("Bankass Circle",
// "Koro Cercle"), after its seat's name is a level word, not the tail of a longer unknown name.
// On the full gazetteer index of the build; the villages and people are invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Named {
    const char* text;
    const char* mention;
    const char* country; // of the mention's last occurrence
    double lat;          // within 0.05 degree
};

void check_last_named(const std::vector<Named>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE_FALSE(ms.empty());
        const PlaceMention& m = ms.back();
        REQUIRE(m.resolved);
        CHECK(m.country == c.country);
        CHECK(m.lat == Approx(c.lat).margin(0.05));
    }
}

} // namespace

TEST_CASE("geoparse: a word of two letters in mixed case is no country's code", "[geoparse][places]") {
    check_last_named({
        // moves: "Ye" was Yemen (YE), "Bo" Bolivia (BO)
        {"A blast hit Ye on Monday, Myanmar police said.", "Ye", "MM", 15.246},
        {"A blast hit a bus station in Bo.", "Bo", "SL", 7.965},
        // of the same shape, stays: the town in its stated division, and codes in capitals
        {"A bomb exploded near the market in Ye, Mon State, Myanmar.", "Ye", "MM", 15.246},
        {"Police clashed with youths in Bo, Sierra Leone.", "Bo", "SL", 7.965},
        {"Floods hit Ba, Fiji, on Monday.", "Ba", "FJ", -17.534},
        {"Troops were sent from the US to Qzarbi.", "US", "US", 39.76},
    });
}

TEST_CASE("geoparse: a town before \"Councilor\" is the office's town, and its other mentions stay places",
          "[geoparse][places]") {
    check_last_named({
        // moves: "the Mabuhay Councilor" made Mabuhay a surname and dropped the town's later mention
        {"Assailants opened fire on Qzar Dammang, the Mabuhay Councilor, in Poblacion, Mabuhay, Zamboanga Sibugay, "
         "Philippines.",
         "Mabuhay", "PH", 7.418},
        // of the same shape, stays: a city of 50,000 or more, the British spelling, and the
        // office before the name
        {"Gunmen shot Qzar Reyes, the Hialeah Councilor, at his home in Hialeah, Florida.", "Hialeah", "US", 25.858},
        {"Gunmen shot Qzar Reyes, the Hialeah Councillor, at his home in Hialeah, Florida.", "Hialeah", "US",
         25.858},
        {"The Mabuhay Councilor was shot in Mabuhay, Zamboanga Sibugay.", "Mabuhay", "PH", 7.418},
    });
    // a councilor's surname is still a person's
    check_none_named({{"Councilor Qzar Bago said the vote was fair. Bago left early.", "Bago"}});
}

TEST_CASE("geoparse: Mali's cercle after its seat's name is a level word", "[geoparse][places]") {
    check_last_named({
        // moves: "Bankass Circle" was read as a longer unknown name, no place at all
        {"Assailants attacked Qzarbou village, Mopti region, Mali. This was one of two attacks in Bankass Circle "
         "on this date.",
         "Bankass", "ML", 14.078},
        {"Gunmen killed two herders near Qzarbou in Bankass Cercle, Mali.", "Bankass", "ML", 14.078},
        // of the same shape, stays: the seat named alone, and with its region
        {"Gunmen killed two civilians in Koro, Mopti region, Mali.", "Koro", "ML", 14.064},
        {"This was one of two attacks in Bankass on this date.", "Bankass", "ML", 14.078},
    });
    // the cercle word is no place of its own
    check_none_named({{"Gunmen killed two civilians in Koro Circle, Mopti region, Mali.", "Circle"},
                      {"Gunmen killed two civilians in Bankass Circle, Mali.", "Circle"}});
    // a roundabout named after a person or a big city is no cercle: unchanged
    check_none_named({{"Protesters marched to Dupont Circle in Washington.", "Dupont"}});
}

TEST_CASE("geoparse: a name between two commas is a level of the text's hierarchy for its loose spelling",
          "[geoparse][places]") {
    check_last_named({
        // moves: the name after a comma that follows no settlement word was no level, and its
        // transliteration ("Pyapone" for Pyapon, "Mogoke" for Mogok, "Digobi" for Digboi) was
        // not looked up
        {"An explosive device was defused near the statue, Pyapone, Ayeyarwady, Myanmar.", "Pyapone", "MM", 16.285},
        {"Gunmen attacked the market, Mogoke, Mandalay, Myanmar.", "Mogoke", "MM", 22.918},
        {"Gunmen attacked a market, Digobi, Assam, India.", "Digobi", "IN", 27.393},
        // of the same shape, stays: an exact name, and a loose one outside the stated
        // container, which takes the container's point
        {"Soldiers shelled the bakery, Raqqah, Syria.", "Raqqah", "SY", 35.953},
        {"Gunmen attacked the market, Mogoke, Sagaing, Myanmar.", "Mogoke", "MM", 21.879},
    });
    // no capitalised level after the second comma: no level, nothing found
    check_none_named({{"The statue, Pyapone, stood still.", "Pyapone"}});
}
