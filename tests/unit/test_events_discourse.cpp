// Unit tests of the discourse rules of src/events (discourse.cpp, clauses.cpp): which mentions,
// counts and dates belong to the article's own incident. Places are injected (no gazetteer).
#include "events/clauses.hpp"
#include "events/discourse.hpp"

#include "test_events_helpers.hpp"

namespace {

const Event* main_event(const std::vector<Event>& ev) {
    const Event* best = nullptr;
    for (const auto& e : ev)
        if (!best || e.fatalities > best->fatalities) best = &e;
    return best;
}

bool tally(const std::string& s) {
    auto ws = make_words(s);
    return detail::cumulative(ws.words, 0, ws.words.size()) ||
           detail::campaign_tally(ws.words, 0, ws.words.size());
}

} // namespace

TEST_CASE("a capital that accuses, denies or promises is its government, not the incident's place",
          "[events]") {
    std::string t = "Five medics were killed when an air strike hit a clinic late on Tuesday. "
                    "Washington accused Moscow of the strike and Moscow has repeatedly denied it. "
                    "The clinic lies in a village of Idlib province.";
    auto ev = run(t,
                  {place(t, "Washington", "Washington", "US", "US.DC", 38.9, -77.04, "P.PPLC"),
                   place(t, "Moscow", "Moscow", "RU", "RU.48", 55.75, 37.62, "P.PPLC"),
                   place(t, "Moscow", "Moscow", "RU", "RU.48", 55.75, 37.62, "P.PPLC", 1),
                   place(t, "Idlib", "Idlib", "SY", "SY.12", 35.93, 36.63, "A.ADM1")},
                  "2016-09-21");
    const Event* m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 5);
    CHECK(m->location.country == "SY");
    CHECK(m->location.admin1_code == "SY.12");

    // where the speaker is: "a police source in Damascus said"
    std::string v = "A police source in Damascus said a mortar shell killed 3 people on Sunday.";
    ev = run(v, {place(v, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.admin1_code == "SY.13");

    // the capital as a place stays one: "A car bomb killed 9 people in Damascus"
    std::string u = "A car bomb killed 9 people in Damascus on Sunday, state media said.";
    ev = run(u, {place(u, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.admin1_code == "SY.13");
}

TEST_CASE("the marks of a government: verbs after the capital, accusations before it, 'Moscow and "
          "Damascus'",
          "[events]") {
    std::string t = "Moscow and Damascus deny the reports. Rebels accused Damascus of the attack. "
                    "Despite Damascus promises of a truce, fighting went on. Damascus was shelled.";
    Annotations a;
    a.text = t;
    std::vector<PlaceMention> places;
    for (int k = 0; k < 4; ++k)
        places.push_back(
            place(t, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC", k));
    places.push_back(place(t, "Moscow", "Moscow", "RU", "RU.48", 55.75, 37.62, "P.PPLC"));
    std::sort(places.begin(), places.end(),
              [](const auto& x, const auto& y) { return x.begin < y.begin; });
    a.places = places;
    auto ws = make_words(t);
    auto at = place_index(ws.words, a.places);
    std::vector<char> gov(a.places.size(), 0);
    detail::mark_capital_governments(a, ws.words, at, gov);
    REQUIRE(gov.size() == 5);
    CHECK(gov[0] == 1); // Moscow (and Damascus) deny
    CHECK(gov[1] == 1); // (Moscow and) Damascus deny
    CHECK(gov[2] == 1); // accused Damascus
    CHECK(gov[3] == 1); // Damascus promises
    CHECK(gov[4] == 0); // Damascus was shelled: the city
}

TEST_CASE("a campaign's toll in the present perfect is a tally", "[events]") {
    CHECK(tally("The battle in Latakia has killed some 300 fighters on both sides."));
    CHECK(tally("The offensive has left more than 200 people dead."));
    CHECK_FALSE(tally("The strike has killed 12 people in Douma."));
    CHECK_FALSE(
        tally("Clashes between the two sides have rocked the city leaving 23 civilians dead."));
}

TEST_CASE("a superlative before 'since' is a comparison, not a tally", "[events]") {
    // "the biggest loss since they started": the count is this incident's
    std::string s =
        "A helicopter was shot down on Monday killing all five people on board in the biggest loss "
        "of life for Russian forces since they started operations in Syria.";
    CHECK_FALSE(tally(s));
    CHECK(deaths(s) == 5);
    // the count after "since" is the earlier incident's: still a tally
    CHECK(tally("The death was the first in the town since an attack on Tuesday that killed 87 "
                "civilians."));
    CHECK(tally("More than 320000 people have been killed since the conflict began in 2011."));
}

TEST_CASE("a habit ('regularly fire rockets') is no incident", "[events]") {
    std::string t = "Rebels regularly fire rockets into the capital from their bases.";
    CHECK(run(t, {}).empty());
    std::string u = "Rebels fired rockets into the capital on Sunday.";
    CHECK(!run(u, {}).empty());
    // with deaths it is reported as an incident
    std::string v = "Rebels often fire rockets at the town and a rocket killed 3 people on Sunday.";
    CHECK(!run(v, {}).empty());
}

TEST_CASE(
    "'that attack' takes the date of the incident named before, and so is recalled background",
    "[events]") {
    std::string t = "Five people were killed in an air strike on Saraqeb on Monday. "
                    "Sarin gas was used in Eastern Ghouta in 2013. "
                    "The United States accused the government of that attack which it estimates "
                    "killed 1429 people.";
    auto ev =
        run(t,
            {place(t, "Saraqeb", "Saraqib", "SY", "SY.12", 35.86, 36.8),
             place(t, "Eastern Ghouta", "Eastern Ghouta", "SY", "SY.08", 33.53, 36.4, "L.AREA")},
            "2016-08-02");
    const Event* m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 5);
    for (const auto& e : ev)
        CHECK(e.fatalities != 1429);
    // "said that attacks ..." opens a reported clause: no pointing back
    auto ws = make_words("The monitor said that attacks killed 4 people.");
    detail::CueHit cue{4, 5, 0, 0};
    CHECK_FALSE(detail::refers_back(ws.words, 0, cue));
    detail::CueHit same{2, 3, 0, 0};
    auto ws2 = make_words("The same attack killed 4 people.");
    CHECK(detail::refers_back(ws2.words, 0, same));
}

TEST_CASE("an incident without a place takes the place of the sentences that elaborate on it",
          "[events]") {
    // the air strikes and the shelling are two reports that do not merge; without the rule the
    // strikes would take the most mentioned town (Damascus, where the officials speak)
    std::string t =
        "Air strikes on a besieged rebel town have killed nearly 50 people, a monitor said on "
        "Wednesday. "
        "On Tuesday 25 people were killed in shelling on Talbisseh in Homs province. "
        "A security source in Damascus confirmed it. Officials in Damascus did not comment.";
    auto ev = run(t,
                  {place(t, "Talbisseh", "Tallbisah", "SY", "SY.11", 34.84, 36.73),
                   place(t, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72, "A.ADM1"),
                   place(t, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29),
                   place(t, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLA", 1)},
                  "2014-09-17");
    const Event* m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 50);
    CHECK(m->location.admin1_code == "SY.11");
}

TEST_CASE("deaths stated in another division than the cue's place are a report of their own",
          "[events]") {
    std::string t = "Syrian Army Retakes Qaryatain City in Homs Kills over 50 Terrorists in Hama.";
    auto ev = run(t,
                  {place(t, "Qaryatain", "Al Qaryatayn", "SY", "SY.11", 34.23, 37.24),
                   place(t, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72, "A.ADM1"),
                   place(t, "Hama", "Hama", "SY", "SY.10", 35.13, 36.75, "A.ADM1")},
                  "2016-04-03");
    const Event* m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 50);
    CHECK(m->location.admin1_code == "SY.10");
    for (const auto& e : ev)
        if (e.location.admin1_code == "SY.11") CHECK(e.fatalities < 0);
    // the count in the cue's own division stays with the cue
    std::string u = "Air strikes on Raqqa killed 15 civilians in Raqqa province on Sunday.";
    ev = run(u, {place(u, "Raqqa", "Raqqa", "SY", "SY.04", 35.95, 39.01),
                 place(u, "Raqqa", "Raqqa", "SY", "SY.04", 35.95, 39.01, "A.ADM1", 1)});
    m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 15);
    CHECK(m->sub_event_type == "Air/drone strike");
}

TEST_CASE("a capital made to act ('leading Damascus to bomb') is its government", "[events]") {
    std::string t = "Clashes escalated, leading Damascus to bomb Kurdish positions.";
    Annotations a;
    a.text = t;
    a.places = {place(t, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC")};
    auto ws = make_words(t);
    auto at = place_index(ws.words, a.places);
    std::vector<char> gov(1, 0);
    detail::mark_capital_governments(a, ws.words, at, gov);
    CHECK(gov[0] == 1);
    std::string u = "The delegation travelled to Damascus to meet officials.";
    a.text = u;
    a.places = {place(u, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC")};
    ws = make_words(u);
    at = place_index(ws.words, a.places);
    gov.assign(1, 0);
    detail::mark_capital_governments(a, ws.words, at, gov);
    CHECK(gov[0] == 0);
}

TEST_CASE("a 'while' clause with a subject of its own lends its place to no cue", "[events]") {
    std::string t =
        "The death toll from Russian strikes has risen to 82 while SDF fighters make gains in "
        "Manbij. Three air raids on Quriyah southeast of Deir Ezzor killed 58 civilians.";
    auto ev = run(t,
                  {place(t, "Manbij", "Manbij", "SY", "SY.09", 36.53, 37.95),
                   place(t, "Deir Ezzor", "Deir ez-Zor", "SY", "SY.07", 35.34, 40.14)},
                  "2016-06-26");
    const Event* m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 82);
    CHECK(m->location.admin1_code == "SY.07");
    // "killed while they were shopping in Douma": the victims' clause is the incident's
    std::string u =
        "Five civilians were killed in an air strike while they were shopping in Douma.";
    ev = run(u, {place(u, "Douma", "Douma", "SY", "SY.08", 33.57, 36.4)});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.admin1_code == "SY.08");
}

TEST_CASE("a count over recent weeks or across a province is a tally, not the incident's deaths",
          "[events]") {
    CHECK(tally("Regime and Russian forces have in recent weeks carried out air raids across the province "
                "killing dozens of civilians."));
    CHECK(tally("Air strikes in recent months killed 400 people in the south."));
    CHECK_FALSE(tally("In recent days 57 civilians have been killed in attacks on Aleppo."));
    CHECK(tally("Militias killed scores of villagers across the region."));
    CHECK_FALSE(tally("An air strike killed 11 civilians in a market in Maarat al-Numan on Sunday."));
    CHECK_FALSE(tally("The most recent attack killed 6 people near the border."));
    // the incident's stated count stays the largest of the article
    std::string t = "At least 11 civilians were killed on Sunday in air strikes on a market in Maarat al-Numan. "
                    "Government forces have in recent weeks carried out air raids across the province killing "
                    "dozens of civilians.";
    auto ev = run(t, {place(t, "Maarat al-Numan", "Maarat al-Numan", "SY", "SY.12", 35.64, 36.67, "P.PPLA2")},
                  "2017-10-08");
    const Event* m = main_event(ev);
    REQUIRE(m);
    CHECK(m->fatalities == 11);
}
