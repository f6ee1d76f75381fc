#pragma once
// Helpers of the event tests: the repo's lexicons, place mentions injected without a gazetteer,
// the event finder and merge over a text (bare, and with the open-news checks), the largest
// casualty count of a sentence.
#include "events/context.hpp"
#include "events/extract.hpp"
#include "events/fatalities.hpp"
#include "events/lexicon.hpp"
#include "events/words.hpp"
#include "timex/tagger.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace gt;
using namespace gt::events;

namespace events_test {

inline const Lexicon& lexicon() {
    static const Lexicon lx = Lexicon::load(GT_TEST_DATA "/../../lexicon");
    return lx;
}

inline PlaceMention place(const std::string& text, const std::string& mention,
                          const std::string& name, const std::string& cc,
                          const std::string& admin1_code, double lat, double lon,
                          const std::string& feature = "P.PPLA", int nth = 0) {
    PlaceMention p;
    p.begin = text.find(mention);
    for (int k = 0; k < nth && p.begin != std::string::npos; ++k)
        p.begin = text.find(mention, p.begin + 1);
    REQUIRE(p.begin != std::string::npos);
    p.end = p.begin + mention.size();
    p.text = mention;
    p.resolved = true;
    p.id = "test:" + name;
    p.name = name;
    p.country = cc;
    p.country_name = cc == "SY" ? "Syria" : cc == "IQ" ? "Iraq" : cc;
    p.admin1_code = admin1_code;
    p.lat = lat;
    p.lon = lon;
    p.feature = feature;
    p.score = 0.9;
    p.precision = feature.rfind("A.", 0) == 0 ? GeoPrecision::region : GeoPrecision::town;
    return p;
}

/// A resolved town of the given country (admin1 CC.01, at 10,10).
inline PlaceMention town_of(const std::string& text, const std::string& mention, const std::string& cc,
                            const std::string& country_name) {
    auto p = place(text, mention, mention, cc, cc + ".01", 10, 10, "P.PPL");
    p.country_name = country_name;
    return p;
}

/// A text's annotations as the pipeline gives them to the event finder: its dates tagged
/// against `dct`, the places given (in text order).
inline Annotations annotate(const std::string& text, std::vector<PlaceMention> places, const std::string& dct) {
    Annotations a;
    a.text = text;
    a.doc_id.push_back('t'); // (assigning a literal here trips GCC 12's -Wrestrict false positive)
    a.dct.value = dct;
    a.timexes = timex::tag(text, a.dct);
    std::sort(places.begin(), places.end(),
              [](const auto& x, const auto& y) { return x.begin < y.begin; });
    a.places = std::move(places);
    return a;
}

/// The event finder and the merge over a text, without the open-news checks.
inline std::vector<Event> run(const std::string& text, std::vector<PlaceMention> places,
                              const std::string& dct = "2017-09-09") {
    const Annotations a = annotate(text, std::move(places), dct);
    auto ws = make_words(text);
    split_at_datelines(ws, a.timexes);
    cut_sidebars(ws);
    return merge_events(find_events(a, ws, lexicon()), "t", a.text);
}

// The event finder, the open-news checks and the merge over a text, as the pipeline runs them.
inline std::vector<Event> run_checked(const std::string& text, std::vector<PlaceMention> places = {},
                                      Explanation* ex = nullptr, const std::string& dct = "2017-09-09") {
    const Annotations a = annotate(text, std::move(places), dct);
    auto ws = make_words(text);
    const DocContext ctx = judge_document(ws);
    split_at_datelines(ws, a.timexes);
    cut_sidebars(ws);
    auto found = find_events(a, ws, lexicon());
    check_triggers(found, a, ws, lexicon(), ctx, ex);
    return merge_events(std::move(found), "t", a.text);
}

inline long deaths(const std::string& s) {
    auto ws = make_words(s);
    long best = -1;
    for (const auto& f : find_fatalities(lexicon(), ws.words, 0, ws.words.size()))
        best = std::max(best, f.count);
    return best;
}

/// One row of a table of typing cases: a sentence, the town it names (resolved in the given
/// country), and the event type and sub-event type its first event must have.
struct TypeCase {
    std::string text, town, cc, country;
    std::string type, sub;
};

/// Checks every row of a table of typing cases (each sentence reported on failure).
inline void check_types(const std::vector<TypeCase>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)});
        REQUIRE(!ev.empty());
        CHECK(ev[0].event_type == c.type);
        CHECK(ev[0].sub_event_type == c.sub);
    }
}

/// One row of a table of casualty cases: a sentence and the largest count read in it (-1: none).
struct DeathCase {
    std::string text;
    long count;
};

/// Checks every row of a table of casualty cases (each sentence reported on failure).
inline void check_deaths(const std::vector<DeathCase>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(deaths(c.text) == c.count);
    }
}

} // namespace events_test

using namespace events_test;
