// A demonym used as a noun names a person or a people, not a place (docs/geoparse.md,
// "Recognition", demonyms; issue #12: GeoWebNews counts "an American" as no toponym). On the
// full gazetteer index of the build; the sentences are written for these tests.
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace pipeline_test;

TEST_CASE("demonyms: a demonym used as a noun for people is no place", "[geoparse][demonyms]") {
    using Case = std::pair<const char*, const char*>; // a sentence, a demonym in it
    // after an article, a quantifier or a copula, before punctuation or a verb; before "who"
    const std::vector<Case> people = {
        {"The victims were two teachers and an American; police said more were hurt.", "American"},
        {"The jockey was superb, added the Emirati, whose last win came in March.", "Emirati"},
        {"Perhaps many Chinese are on their own spiritual quest.", "Chinese"},
        {"None of the injured were British, sources said.", "British"},
        {"The Irish need 85 points to win the title.", "Irish"},
        {"He is a passionate Nigerian who wants to serve.", "Nigerian"},
        {"Although many Egyptian support Real Madrid, the club is popular.", "Egyptian"},
        {"The winner was a Kenyan, officials said.", "Kenyan"},
    };
    for (const auto& [text, demonym] : people) {
        INFO(text);
        CHECK(mentions_named(text, demonym).empty());
    }
    // an adjective before a noun, in a list of adjectives, or a country's name: a place
    const std::vector<Case> places = {
        {"An American company bought the plant.", "American"},
        {"Enslaved Africans and German, Irish and other immigrants settled there.", "German"},
        {"The Kenyan government said two soldiers died.", "Kenyan"},
        {"Troops entered the Syrian town of Saraqib.", "Syrian"},
        {"Many Pakistani workers live in Dubai.", "Pakistani"},
        {"Officials said the talks with Nigeria were over.", "Nigeria"},
    };
    for (const auto& [text, demonym] : places) {
        INFO(text);
        CHECK(mentions_named(text, demonym).size() == 1);
    }
}
