#pragma once
// Helpers of the tests that run the whole pipeline on the full gazetteer index of the build:
// the index, the pipeline with the repo's lexicons, the place of a text's first event.
#include "events/pipeline.hpp"
#include "gazetteer/index.hpp"
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace pipeline_test {

inline const gt::gazetteer::Index& full_index() {
    static const gt::gazetteer::Index idx = gt::gazetteer::Index::open(GT_FULL_INDEX);
    return idx;
}

inline const gt::events::Pipeline& pipeline() {
    static const gt::events::Lexicon lx = gt::events::Lexicon::load(GT_LEXICON);
    static const gt::events::Pipeline p(full_index(), lx);
    return p;
}

/// The place mentions of a text whose words are exactly `mention`, on the full index.
inline std::vector<gt::PlaceMention> mentions_named(const std::string& text, const std::string& mention) {
    gt::geoparse::Geoparser g(full_index());
    std::vector<gt::PlaceMention> out;
    for (auto& m : g.parse(text))
        if (m.text == mention) out.push_back(std::move(m));
    return out;
}

/// A case of "X, Y" or "X (Y, Z)": the one mention X lies in the stated division.
struct InDivision {
    const char* text;
    const char* mention;
    const char* country;
    const char* admin1;
};

/// The one mention of `text` named `mention`, resolved; for further checks.
inline gt::PlaceMention one_resolved(const std::string& text, const std::string& mention) {
    INFO(text);
    auto ms = mentions_named(text, mention);
    REQUIRE(ms.size() == 1);
    REQUIRE(ms[0].resolved);
    return ms[0];
}

/// The one mention of `text` named `mention`, resolved in `country`; for further checks.
inline gt::PlaceMention one_in_country(const std::string& text, const std::string& mention, const std::string& country) {
    INFO(text);
    gt::PlaceMention m = one_resolved(text, mention);
    CHECK(m.country == country);
    return m;
}

/// A mention as written and the country it is resolved in.
struct Shown {
    const char* text;
    const char* mention; // the mention as written, resolved
    const char* country;
};

/// Each case's one mention so written, resolved in its country.
inline void check_shown(const std::vector<Shown>& cases) {
    for (const auto& c : cases) one_in_country(c.text, c.mention, c.country);
}

/// A paragraph of a held-out style with the places it names (mention as written, country) and
/// the words that must be no mention.
struct Paragraph {
    const char* text;
    std::vector<std::pair<const char*, const char*>> places; // mention, country
    std::vector<const char*> none;                           // no mention so written
};

/// Every place of p found in its country, none of p.none a mention.
inline void check_paragraph(const Paragraph& p) {
    INFO(p.text);
    gt::geoparse::Geoparser g(full_index());
    auto ms = g.parse(p.text);
    for (const auto& [name, cc] : p.places) {
        INFO(name);
        bool found = false;
        for (const auto& m : ms)
            if (m.text == name) {
                found = true;
                CHECK(m.country == cc);
            }
        CHECK(found);
    }
    for (const char* name : p.none) {
        INFO(name);
        for (const auto& m : ms) CHECK(m.text != name);
    }
}

/// The one mention named c.mention, resolved in c's country and division; for further checks.
inline gt::PlaceMention one_in_division(const InDivision& c) {
    INFO(c.text);
    gt::PlaceMention m = one_resolved(c.text, c.mention);
    CHECK(m.country == c.country);
    CHECK(m.admin1 == c.admin1);
    return m;
}

/// The one mention named c.mention, resolved in c's country and division at that precision.
inline void check_in_division(const InDivision& c, gt::GeoPrecision precision) {
    INFO(c.text);
    CHECK(one_in_division(c).precision == precision);
}

/// No mention of each text is named as its pair's second member.
inline void check_none_named(const std::vector<std::pair<const char*, const char*>>& cases) {
    for (const auto& [text, mention] : cases) {
        INFO(text);
        CHECK(mentions_named(text, mention).empty());
    }
}

/// The location of the first event of `text` (dated 2023-03-01); fails when there is none.
inline gt::PlaceMention first_location(const std::string& text) {
    gt::Document d;
    d.id = "t";
    d.text = text;
    d.date = "2023-03-01";
    gt::DocumentResult r = gt::events::process(d, pipeline());
    REQUIRE_FALSE(r.events.empty());
    return r.events[0].location;
}

} // namespace pipeline_test
