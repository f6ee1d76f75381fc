// An event placed at a first-level division takes the town or second-level division of that
// division the document names nearest to it (docs/events.md, "Place": the text states an
// unknown village in the province and a more precise level elsewhere). Through the whole
// pipeline on the full gazetteer index of the build; the sentences are written for these tests
// (the villages are invented).
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Inside {
    const char* text;
    const char* place; // the mention (or relative place) the first event is placed at
    const char* country;
};

// Each case's first event placed at the mention c.place in its country: at a first-level
// division (`at_division`) or at a more precise level.
void check_first_at(const std::vector<Inside>& cases, bool at_division) {
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.place);
        CHECK(loc.country == c.country);
        CHECK((loc.feature == "A.ADM1") == at_division);
    }
}

} // namespace

TEST_CASE("event place: a town or district the document names inside the event's province",
          "[events][places]") {
    const std::vector<Inside> cases = {
        // a second-level division in another sentence (Afghanistan, Mali: GTD's "This was one
        // of two attacks in X district")
        {"Gunmen attacked a police outpost in Qarazul, Daykundi, Afghanistan. This was one of two attacks "
         "in Kajran district that day.",
         "Kajran", "AF"},
        {"Gunmen attacked a police checkpoint in Khyber Pakhtunkhwa province on Sunday, killing two policemen. "
         "The checkpoint lies in Lakki Marwat district.",
         "Lakki Marwat", "PK"},
        {"Gunmen stormed the village of Tuwelou in Mopti region, Mali, killing six civilians. Another "
         "village near Bankass was attacked the same day.",
         "near Bankass", "ML"},
        // a town named after the province (Kenya, Mexico, Nigeria); a relative place that holds
        // it is taken whole, as for a place of the event's own sentence
        {"Suspected militants ambushed a police patrol in Lamu County, killing two officers. Residents of "
         "Mpeketoni fled their homes.",
         "Mpeketoni", "KE"},
        {"Armed men shot dead two police officers in Michoacan state on Friday, near Apatzingan.", "near Apatzingan",
         "MX"},
        {"Bandits attacked Mazuwa, a farming settlement in Zamfara State, and killed nine people. Mazuwa lies in "
         "Kaura Namoda local government area.",
         "Kaura Namoda", "NG"},
    };
    check_first_at(cases, false);
}

TEST_CASE("event place: the province stays when no place the document names lies inside it",
          "[events][places]") {
    const std::vector<Inside> cases = {
        // a town of the division named only in a sentence before (where a speaker is)
        {"Officials in Kaura Namoda said on Monday that schools would reopen. Bandits attacked Mazuwa, a "
         "farming settlement in Zamfara State, and killed nine people.",
         "Zamfara State", "NG"},
        // where the attackers came from or went
        {"Gunmen travelled from Mpeketoni to Witu in Lamu County and attacked a police post, killing two "
         "officers.",
         "Lamu", "KE"},
        // a town of another first-level division, of another country, a country, a demonym
        {"Bandits attacked Mazuwa, a farming settlement in Zamfara State, and killed nine people. The police "
         "commissioner spoke in Kaduna.",
         "Zamfara State", "NG"},
        {"Gunmen stormed the village of Tuwelou in Mopti region, Mali, killing six civilians. A similar attack "
         "hit Djibo in Burkina Faso.",
         "Mopti", "ML"},
        {"Suspected militants ambushed a police patrol in Isiolo County, Kenya, killing two officers. Kenyan "
         "police said Somali gunmen were behind it.",
         "Isiolo County", "KE"},
    };
    check_first_at(cases, true);
}
