// A name with more namesakes than a list of candidates holds keeps those in the first-level
// divisions the text names (docs/geoparse.md, "Resolution", step 2b): "A Franklin man ...,
// Georgia State Police said" is Franklin, Georgia, which the list of the 24 largest Franklins
// left out. On the full gazetteer index of the build.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;

TEST_CASE("geoparse: a small namesake in the first-level division the text names",
          "[geoparse][places][named_namesakes]") {
    struct Case {
        const char* text;
        const char* mention;
        const char* admin1;
    };
    const std::vector<Case> cases = {
        // moves: Franklin, Tennessee and Clinton, Maryland before
        {"A Franklin man was arrested on Monday, Georgia State Police said.", "Franklin", "Georgia"},
        {"A Clinton man was arrested on Monday, Ohio State Police said.", "Clinton", "Ohio"},
        // of the same shape, stays: a namesake the list held, and the largest with no division
        // named
        {"A Franklin man was arrested on Monday, Tennessee State Police said.", "Franklin", "Tennessee"},
        {"A Clinton woman was hurt in a crash, Iowa State Patrol said.", "Clinton", "Iowa"},
        {"A Clinton man was arrested on Monday.", "Clinton", "Maryland"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        REQUIRE(ms[0].resolved);
        CHECK(ms[0].country == "US");
        CHECK(ms[0].admin1 == c.admin1);
    }
}
