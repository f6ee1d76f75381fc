// Namesakes inside one stated container (docs/geoparse.md, "The text's own hierarchy"): the
// seat of a division is the place "X, Y" means over a plain populated place of its name up to
// twice the seat's size, both bearing the name as their own; a seat known by the name only as
// an alternate one does not take it. On the full gazetteer index of the build.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

namespace {

struct Namesake {
    const char* text;
    const char* mention;
    const char* feature; // what the mention resolves to
    double lat;          // and where (within 0.05 degree)
};

void check_namesakes(const std::vector<Namesake>& cases) {
    for (const auto& c : cases) {
        PlaceMention m = one_resolved(c.text, c.mention);
        INFO(c.text);
        CHECK(m.feature == c.feature);
        CHECK(m.lat == Approx(c.lat).margin(0.05));
    }
}

} // namespace

TEST_CASE("geoparse: a division's seat over a plain namesake inside the stated container", "[geoparse][places]") {
    check_namesakes({
        // the municipal seat (PPLA2), not the other El Salto of Jalisco (22,550 against 21,644)
        {"On 28 April, in El Salto, Jalisco, armed men killed two men.", "El Salto", "P.PPLA2", 20.519},
        {"Armed men killed two police officers in Hidalgo, Tamaulipas, on Sunday.", "Hidalgo", "P.PPLA2", 24.248},
    });
}

TEST_CASE("geoparse: a plain place keeps its name against a seat that bears it only as another name",
          "[geoparse][places]") {
    check_namesakes({
        // Shahdad Kot, a district's seat, is also listed as "Shahdadpur"; the town is meant
        {"Police fired at protesters in Shahdadpur, Sindh, on Friday.", "Shahdadpur", "P.PPL", 25.925},
        // already the seat: unchanged
        {"A man was shot in Franklin, Tennessee.", "Franklin", "P.PPLA2", 35.925},
        {"Gunmen shot a councilor in Santa Rosa, Nueva Ecija.", "Santa Rosa", "P.PPLA3", 15.424},
    });
}
