// Places inside a stated container (docs/geoparse.md, "The text's own hierarchy"). Namesakes
// inside one container: the seat of a division is the place "X, Y" means over a plain populated
// place of its name up to twice the seat's size, both bearing the name as their own; a seat
// known by the name only as an alternate one does not take it. A town the text puts in a
// first-level division that the gazetteer puts in the neighbouring one: within 25 km of a
// populated place of the stated division it lies at the border the two draw differently,
// keeps its reading and takes the text's division; farther, it is a village the gazetteer
// lacks, placed at its container. On the full gazetteer index of the build; the villages are
// invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Inside {
    const char* text;
    const char* mention;
    const char* feature; // what the mention resolves to
    double lat;          // and where (within 0.05 degree)
    const char* admin1;  // in which first-level division
};

void check_inside(const std::vector<Inside>& cases) {
    for (const auto& c : cases) {
        PlaceMention m = one_resolved(c.text, c.mention);
        INFO(c.text);
        CHECK(m.feature == c.feature);
        CHECK(m.lat == Approx(c.lat).margin(0.05));
        CHECK(m.admin1 == c.admin1);
    }
}

} // namespace

TEST_CASE("geoparse: a division's seat over a plain namesake inside the stated container", "[geoparse][places]") {
    check_inside({
        // the municipal seat (PPLA2), not the other El Salto of Jalisco (22,550 against 21,644)
        {"On 28 April, in El Salto, Jalisco, armed men killed two men.", "El Salto", "P.PPLA2", 20.519,
         "Jalisco"},
        {"Armed men killed two police officers in Hidalgo, Tamaulipas, on Sunday.", "Hidalgo", "P.PPLA2",
         24.248, "Tamaulipas"},
    });
}

TEST_CASE("geoparse: a plain place keeps its name against a seat that bears it only as another name",
          "[geoparse][places]") {
    check_inside({
        // Shahdad Kot, a district's seat, is also listed as "Shahdadpur"; the town is meant
        {"Police fired at protesters in Shahdadpur, Sindh, on Friday.", "Shahdadpur", "P.PPL", 25.925,
         "Sindh"},
        // already the seat: unchanged
        {"A man was shot in Franklin, Tennessee.", "Franklin", "P.PPLA2", 35.925, "Tennessee"},
        {"Gunmen shot a councilor in Santa Rosa, Nueva Ecija.", "Santa Rosa", "P.PPLA3", 15.424,
         "Central Luzon"},
    });
}

TEST_CASE("geoparse: a town at the border of its stated division keeps its reading", "[geoparse][places]") {
    check_inside({
        // GeoNames: Takum in Benue, 119 km from Taraba's point, a few km from Taraba's villages
        {"Assailants opened fire on a police checkpoint in Dogon Gawa, Takum, Taraba, Nigeria.", "Takum", "P.PPL",
         7.267, "Taraba State"},
        // Bwari in the Federal Capital Territory, at the border of Niger State
        {"Gunmen attacked the residence of a politician in New Bwari, Niger State, Nigeria.", "Bwari", "P.PPLA2",
         9.280, "Niger State"},
    });
}

TEST_CASE("geoparse: a town far from its stated division is a village the gazetteer lacks there",
          "[geoparse][places]") {
    check_inside({
        // no Sonpur in Narayanpur: the district's point
        {"Maoists torched vehicles in Sonpur, Narayanpur, Chhattisgarh.", "Sonpur", "A.ADM2", 19.718,
         "Chhattisgarh"},
        // a namesake abroad: the stated division's point
        {"Gunmen attacked a village in Toledo, Kayes region.", "Toledo", "A.ADM1", 14.082, "Kayes"},
        // within 100 km of the stated division's point: the town, in the gazetteer's division
        {"Rockets hit a house in Tarmiyah, Saladin, Iraq.", "Tarmiyah", "P.PPLA2", 33.674, "Baghdad"},
        // in the division already: unchanged
        {"Gunmen attacked a village in Wukari, Taraba, Nigeria.", "Wukari", "P.PPLA2", 7.871, "Taraba State"},
    });
}

TEST_CASE("geoparse: a name joined by Spanish or Italian articles in the plural is one place", "[geoparse][places]") {
    // "de los", "de las", "dei", "degli", "delle" join a name as "de la" and "dos" do: the whole
    // name is the place, not its first word and a namesake of its last
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"Armed men abducted a trader in Amatlan de los Reyes, Veracruz, on Monday.", "Amatlan de los Reyes"},
        {"Two men were shot dead in Leon de los Aldama on Tuesday.", "Leon de los Aldama"},
        {"Gunmen attacked a police patrol in San Juan de los Lagos overnight.", "San Juan de los Lagos"},
    };
    for (const auto& [text, name] : cases) {
        PlaceMention m = one_resolved(text, name);
        CHECK(m.country == "MX");
    }
}

TEST_CASE("geoparse: an Arabic article written apart in lower case does not hide the locative before it",
          "[geoparse][places]") {
    // "in al Tabqa city": the name known only as another name of its place (Tabqa for Ath
    // Thawrah) is taken after a locative word, and "al" between them is part of the name
    PlaceMention m = one_resolved("On 8 May 2020, several explosions took place in al Tabqa city in Ar-Raqqa.", "Tabqa");
    CHECK(m.country == "SY");
    // a name found by its own spelling stays as it was
    CHECK(one_resolved("Clashes erupted in al Bab city on Monday.", "Bab").country == "SY");
}

TEST_CASE("geoparse: a town named like a particle is a place after a locative word, standing alone",
          "[geoparse][places]") {
    // "Beni" (DR Congo) is also the Arabic "sons of" of names such as "Beni Suef": alone after
    // "near", "in" or "at" it is the town; before another capitalised word it opens a longer name
    CHECK(one_resolved("ADF rebels attacked a village near Beni on Monday.", "Beni").country == "CD");
    CHECK(one_resolved("Clashes were reported in Beni and Butembo.", "Beni").country == "CD");
    CHECK(mentions_named("Saudi forces fired artillery at Bani Siyah area, killing livestock.", "Bani").empty());
}

TEST_CASE("geoparse: a district's seat is named by its district's name", "[geoparse][places]") {
    check_inside({
        // Khairpur District's seat is Khairpur Mir's (PPLA2, 124,602), listed as "Khairpur";
        // the plain town of Khairpur (40,083) lies 100 km off in the same province
        {"Assailants threw a grenade at a Rangers vehicle near Qzar Chowk, Khairpur, Sindh, Pakistan.",
         "Khairpur", "P.PPLA2", 27.529, "Sindh"},
        {"Journalists held a rally outside the press club in Khairpur, Pakistan.", "Khairpur", "P.PPLA2", 27.529,
         "Sindh"},
        // of the same shape, the seat already bears the name: unchanged
        {"Police fired at protesters in Rania, Sulaymaniyah, Iraq.", "Rania", "P.PPLA2", 36.255,
         "Sulaymaniyah"},
        {"A fire destroyed a barn in Martigny, Valais, Switzerland.", "Martigny", "P.PPLA2", 46.103, "Valais"},
        // a seat that bears the name as another one while no district is so named: the town
        {"Police fired at protesters in Shahdadpur, Sindh, on Friday.", "Shahdadpur", "P.PPL", 25.925, "Sindh"},
        // a town named after a district's other seat: its own place
        {"Protesters gathered in Khairpur Nathan Shah, Dadu, Sindh.", "Khairpur Nathan Shah", "P.PPL", 27.091,
         "Sindh"},
    });
}

TEST_CASE("geoparse: a small town named like its province but for the vowels is the province before the country",
          "[geoparse][places]") {
    check_inside({
        // moves: Uruzgān, a village of 13,388, was taken for the province GeoNames spells Oruzgan
        {"Assailants attacked a police outpost in Qzarwal, Uruzgan, Afghanistan.", "Uruzgan", "A.ADM1", 32.630,
         "Oruzgan"},
        {"An assailant opened fire on a police checkpoint in Spina Qzar, Uruzgan, Afghanistan.", "Uruzgan", "A.ADM1",
         32.630, "Oruzgan"},
        // of the same shape, stays: the town named alone, a province named exactly, a province's seat
        {"Gunmen attacked a checkpoint in Uruzgan.", "Uruzgan", "P.PPL", 32.928, "Oruzgan"},
        {"Assailants attacked a police outpost in Qzarwal, Helmand, Afghanistan.", "Helmand", "A.ADM1", 31.594,
         "Helmand"},
        {"Assailants attacked a police outpost in Qzarwal, Kandahar, Afghanistan.", "Kandahar", "P.PPLA", 31.613,
         "Kandahar"},
        // a district the text puts in the province, GeoNames in the next one (Gizab, now of
        // Daykundi, 90 km from Oruzgan's point) keeps its reading, as a town at the border does;
        // another spelling of a district across the border does not ("Sabar" is not Khost's
        // Sabari): the village lies in its stated province
        {"A roadside bomb exploded in Gizab district, Uruzgan, Afghanistan.", "Gizab", "A.ADM2", 33.383, "Daykundi"},
        {"Assailants opened fire on a police outpost in Sabar, Nangarhar, Afghanistan.", "Sabar", "A.ADM1", 34.172,
         "Nangarhar"},
    });
}
