// Where an event is placed when the text gives its place relative to a named one ("15 km
// southwest of Aleppo", "near Avdiivka", "Zarbah, which lies ... of Aleppo"), through the whole
// pipeline on the full gazetteer index of the build.
#include "events/pipeline.hpp"
#include "gazetteer/index.hpp"
#include "geo/geodesy.hpp"

#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;

namespace {

using namespace pipeline_test;

struct Anchor {
    const char* name;
    double lat, lon;
};

} // namespace

TEST_CASE("events: a place given at a distance from a named one is the event's point",
          "[events][places]") {
    const std::vector<Anchor> anchors = {
        {"Aleppo", 36.20124, 37.16117}, {"Donetsk", 48.023, 37.80224}, {"Mosul", 36.335, 43.11889}};
    struct Case {
        const char* before;
        const char* after;
        double km, bearing;
    };
    const std::vector<Case> cases = {
        {"A bomb exploded 15 km southwest of ", ", killing 3 people.", 15, 225},
        {"Shelling killed two civilians in a village about 10 km north of ", " on Monday.", 10, 0},
        {"Gunmen killed four policemen at a checkpoint some 20 kilometres (12 miles) north-east of ",
         ".", 20, 45},
        {"Militants killed 12 civilians in a village that lies 25km east of ", ".", 25, 90},
        // the headline names the town, the body the distance: the distance wins
        {"Bomb kills 3 in %s\n\nA bomb exploded 15 km southwest of ", " on Monday, killing 3 people.", 15, 225},
    };
    for (const auto& an : anchors)
        for (const auto& c : cases) {
            std::string before = c.before;
            if (auto p = before.find("%s"); p != std::string::npos) before.replace(p, 2, an.name);
            std::string text = before + an.name + c.after;
            INFO(text);
            PlaceMention loc = first_location(text);
            CHECK(loc.relative);
            CHECK(loc.precision == GeoPrecision::near_town);
            auto inv = geo::inverse({an.lat, an.lon}, {loc.lat, loc.lon});
            CHECK(inv.distance_m / 1000.0 == Approx(c.km).margin(2.0)); // the anchor's gazetteer point
            CHECK(geo::bearing_difference(inv.initial_bearing_deg, c.bearing) < 10);
        }
}

TEST_CASE("events: a village introduced by the text is not a town named before", "[events][places]") {
    // "a village that lies ...": the village is placed, no claim about Homs named before
    std::string text = "Shops reopened in Homs on Sunday. Militants killed 12 civilians "
                       "in a village that lies 25 km east of Aleppo on Monday.";
    PlaceMention loc = first_location(text);
    CHECK(loc.relative);
    CHECK(loc.anchor_id == "geonames:170063");
    CHECK(geo::distance_m({36.20124, 37.16117}, {loc.lat, loc.lon}) == Approx(25000).margin(100));
}

TEST_CASE("events: near, outside, on the outskirts of a named place", "[events][places]") {
    const std::vector<std::string> texts = {
        "Clashes near Aleppo left two soldiers dead on Monday.",
        "Fighting raged outside Aleppo on Monday, with three soldiers killed.",
        "Gunmen attacked a checkpoint on the outskirts of Aleppo, killing four policemen.",
        "Air strikes killed nine people just north of Aleppo on Monday.",
    };
    for (const auto& text : texts) {
        INFO(text);
        PlaceMention loc = first_location(text);
        CHECK(loc.precision == GeoPrecision::near_town);
        CHECK(geo::distance_m({36.20124, 37.16117}, {loc.lat, loc.lon}) < 2000.0);
    }
}

TEST_CASE("events: the anchor of a claim about the event's place is not its place",
          "[events][places]") {
    // Zarbah lies about 21 km southwest of Aleppo: the event is in Zarbah, at its own point
    std::string text =
        "Government forces shelled Zarbah, which lies 15 km southwest of Aleppo, killing 3 people.";
    PlaceMention loc = first_location(text);
    CHECK(loc.text == "Zarbah");
    CHECK(geo::distance_m({36.20124, 37.16117}, {loc.lat, loc.lon}) > 15000.0);
}
