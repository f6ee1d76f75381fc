// Unit tests for src/events: lemmas, cue and actor matching, casualty counts, actor roles
// (passives), dates (clause, sentence, DCT), the merge of one incident's reports, lexicon
// errors. Places are injected directly (no gazetteer needed); the lexicons are the repo's.
#include "core/error.hpp"
#include "events/extract.hpp"
#include "events/fatalities.hpp"
#include "events/lexicon.hpp"
#include "events/words.hpp"
#include "timex/tagger.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gt;
using namespace gt::events;

#include "test_events_helpers.hpp"

TEST_CASE("lemmas join inflections", "[events]") {
    for (auto w : {"liberate", "liberated", "liberating", "liberation", "liberates"}) CHECK(stem(w) == "liberat");
    CHECK(stem("took") == "take");
    CHECK(stem("were") == "be");
    CHECK(stem("shelling") == stem("shelled"));
    CHECK(stem("kidnapping") == stem("kidnap"));
    CHECK(stem("clashes") == stem("clash"));
    CHECK(stem("16") == "16");
}

TEST_CASE("cues: multiword, gaps, inflections", "[events]") {
    auto first_cue = [](const std::string& s) -> std::string {
        auto ws = make_words(s);
        std::vector<PhraseMatch> out;
        for (std::size_t i = 0; i < ws.words.size(); ++i) {
            lexicon().match_cues(ws.words, i, ws.words.size(), out);
            if (!out.empty()) return lexicon().cues()[out[0].entry].sub_event_type;
        }
        return "";
    };
    CHECK(first_cue("Troops broke the three-year siege of the city") == "Government regains territory");
    CHECK(first_cue("An air strike hit the market") == "Air/drone strike");
    CHECK(first_cue("An airstrike hit the market") == "Air/drone strike");
    CHECK(first_cue("Air raids hit the market") == "Air/drone strike");
    CHECK(first_cue("A car bomb went off") == "Remote explosive/landmine/IED");
    CHECK(first_cue("A roadside bomb went off") == "Remote explosive/landmine/IED");
    CHECK(first_cue("A suicide bomber blew himself up") == "Suicide bomb");
    CHECK(first_cue("Helicopters dropped barrel bombs") == "Air/drone strike");
    CHECK(first_cue("Russia and France held talks") == "Other");
    CHECK(first_cue("Russia and France held consultations") == "Other");
    CHECK(first_cue("The talks were held in Geneva") == "Other");
    CHECK(first_cue("The town was liberated") == "Government regains territory");
    CHECK(first_cue("Nothing happened here") == "");
}

TEST_CASE("the lexicon's word indexes pass over rows by their next word and miss no match", "[events][lexicon]") {
    // every actor and cue row tried at every word (match_pattern) against the indexes' answers:
    // words after articles, gaps, hyphens, case-sensitive acronyms, several countries' news
    const Lexicon& lx = lexicon();
    const std::vector<std::string> texts = {
        "Boko Haram militants attacked a village near Maiduguri, killing 12 people.",
        "Al Shabaab fighters stormed a hotel in Mogadishu and took hostages.",
        "The Taliban seized the district centre of Kunduz after heavy clashes.",
        "Houthi rebels fired a ballistic missile at Saudi Arabia on Sunday.",
        "Security forces opened fire on the protesters in Khartoum.",
        "The Free Syrian Army clashed with the Syrian army near Idlib.",
        "A car bomb exploded in a market in Baghdad; an air strike hit Mosul.",
        "Police arrested 12 people during a rally in Caracas.",
        "M23 rebels captured Bunagana from the Congolese army.",
        "Islamic State West Africa Province fighters ambushed a convoy of the Nigerian army.",
        "FARC dissidents and the ELN clashed in Arauca; a self-defense group set fire to homes.",
        "the the army the , Army of , fighters - rebels; JNIM and ISGS attacked Malian soldiers."};
    for (const auto& text : texts) {
        INFO(text);
        auto ws = make_words(text);
        const auto& w = ws.words;
        for (std::size_t i = 0; i < w.size(); ++i) {
            std::size_t actor_end = 0, cue_end = 0;
            for (const auto& a : lx.actors())
                if (!a.is_template && !a.where_only && a.only_in.empty() && a.pattern.parts[0] == w[i].stem().view())
                    actor_end = std::max(actor_end, match_pattern(a.pattern, 0, w, i, w.size()));
            for (const auto& c : lx.cues())
                if (!(c.flags & cue_joined) && c.pattern.parts[0] == w[i].stem().view())
                    cue_end = std::max(cue_end, match_pattern(c.pattern, 0, w, i, w.size()));
            INFO("word " << i << " " << w[i].norm.view());
            CHECK(lx.match_actor(w, i, w.size()).end == actor_end);
            std::vector<PhraseMatch> out;
            lx.match_cues(w, i, w.size(), out);
            std::size_t found = 0;
            for (const auto& m : out) found = std::max(found, m.end);
            CHECK(found >= cue_end);
        }
    }
}

TEST_CASE("actors: aliases, case-sensitive acronyms, demonym templates", "[events]") {
    auto actor = [](const std::string& s) -> std::string {
        auto ws = make_words(s);
        for (std::size_t i = 0; i < ws.words.size(); ++i) {
            auto m = lexicon().match_actor(ws.words, i, ws.words.size());
            if (m.end) return lexicon().actors()[m.entry].name;
        }
        return "";
    };
    // the Islamic State and government forces are the document's country's (test_events_actors.cpp)
    CHECK(actor("Daesh fighters attacked") == "Islamic State ({country})");
    CHECK(actor("the ISIL group") == "Islamic State ({country})");
    CHECK(actor("IS fighters") == "Islamic State ({country})");
    CHECK(actor("this is fine") == "");
    CHECK(actor("the Syrian army advanced") == "Military Forces of Syria (2000-)");
    CHECK(actor("pro-government forces advanced") == "Military Forces of {country}");
    CHECK(actor("Jabhat al-Nusra said") == "Hayat Tahrir al-Sham");
    CHECK(actor("the US-led coalition") == "Global Coalition Against Daesh");

    std::string t = "The Iraqi army shelled the town of Hit.";
    auto iraqi = place(t, "Iraqi", "Iraq", "IQ", "", 33, 44, "A.PCLI");
    iraqi.demonym = true;
    auto ev = run(t, {iraqi, place(t, "Hit", "Hit", "IQ", "IQ.01", 33.6, 42.8)});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].actor1.name == "Military Forces of Iraq");
    CHECK(ev[0].sub_event_type == "Shelling/artillery/missile attack");
    CHECK(ev[0].location.name == "Hit");
}

TEST_CASE("casualty counts", "[events]") {
    CHECK(deaths("Shelling killed at least 16 people in the town.") == 16);
    CHECK(deaths("A car bomb exploded, killing at least 16.") == 16);
    CHECK(deaths("The death toll rose to 32 on Sunday.") == 32);
    CHECK(deaths("Five civilians were killed in the raid.") == 5);
    CHECK(deaths("16 people, including 5 children, were killed.") == 16);
    CHECK(deaths("The blast killed between 10 and 15 people.") == 10);
    CHECK(deaths("Dozens were killed.") == 12); // ACLED: "dozens" is 12
    CHECK(deaths("The strike killed 10 civilians and 5 fighters.") == 15);
    CHECK(deaths("At least 14 people were killed and 25 were wounded.") == 14);
    CHECK(deaths("Twenty-two people died.") == 22);
    CHECK(deaths("It led to the killing of one person and the injury of 40 others.") == 1);
    CHECK(deaths("The town lies 40 km from the front.") == -1);
    // one victim without a number: a determiner of one, or the noun opening a headline
    CHECK(deaths("A woman was killed in the shelling.") == 1);
    CHECK(deaths("An elderly man was killed by a sniper.") == 1);
    CHECK(deaths("A port worker died after being electrocuted.") == -1); // no violence said
    CHECK(deaths("A young Syrian soldier was reportedly shot dead.") == 1);
    CHECK(deaths("Child killed, 9 civilians injured in attacks on Damascus") == 1);
    CHECK(deaths("The woman was killed instantly.") == 1); // "was killed": one victim (ACLED counts her)
    CHECK(deaths("Many civilians were killed.") == -1);
    CHECK(deaths("Two women and a child were killed.") == 3); // the list summed
    auto ws = make_words("Five civilians were killed.");
    auto f = find_fatalities(lexicon(), ws.words, 0, ws.words.size());
    REQUIRE_FALSE(f.empty());
    for (const auto& x : f) CHECK(x.civilians);
}

TEST_CASE("a year in a headline's date is no casualty count", "[events]") {
    // "Friday 17 June 2016 Civilians Killed": 2016 belongs to the date run into the headline
    auto ev = run("Friday 17 June 2016 Civilians Killed by Airstrikes on Aleppo. Air strikes "
                  "killed 85 civilians in Aleppo on Thursday, a monitor said.",
                  {place("Friday 17 June 2016 Civilians Killed by Airstrikes on Aleppo. Air strikes "
                         "killed 85 civilians in Aleppo on Thursday, a monitor said.",
                         "Aleppo", "Aleppo", "SY", "09", 36.2, 37.16)},
                  "2016-06-17");
    long most = -1;
    for (const auto& e : ev) most = std::max<long>(most, e.fatalities);
    CHECK(most == 85);
    const std::string dashed = "23-04-2016 Child killed 9 Civilians Injured in Attacks in Damascus.";
    auto one = run(dashed, {place(dashed, "Damascus", "Damascus", "SY", "13", 33.5, 36.3)}, "2016-04-23");
    REQUIRE_FALSE(one.empty());
    most = -1;
    for (const auto& e : one) most = std::max<long>(most, e.fatalities);
    CHECK(most == 1);
    // a number that is a whole "time expression" stays a count: no year 1300 here
    const std::string plain = "Between 500 and 1300 people died on Wednesday in the attacks on Ghouta.";
    auto many = run(plain, {place(plain, "Ghouta", "Ghouta", "SY", "08", 33.5, 36.4)}, "2013-08-22");
    most = -1;
    for (const auto& e : many) most = std::max<long>(most, e.fatalities);
    CHECK(most == 500); // the lowest of the range, as ACLED codes a range; 1300 is no year
}

TEST_CASE("passive agent, territory by who took it, date from the clause", "[events]") {
    std::string t = "The city of Deir ez-Zor, which had been blockaded by Daesh, was liberated by the Syrian army on Tuesday.";
    auto ev = run(t, {place(t, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.336, 40.141)});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].event_type == "Battles");
    CHECK(ev[0].sub_event_type == "Government regains territory");
    CHECK(ev[0].actor1.name == "Military Forces of Syria (2000-)");
    CHECK(ev[0].actor2.name == "Islamic State (Syria)");
    CHECK(ev[0].date == "2017-09-05");
    CHECK(ev[0].time_precision == TimePrecision::day);
    CHECK(ev[0].location.name == "Deir ez-Zor");
    CHECK(ev[0].evidence.start == 0);

    std::string n = "Islamic State fighters captured the town of Deir ez-Zor.";
    auto ns = run(n, {place(n, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.336, 40.141)});
    REQUIRE(ns.size() == 1);
    CHECK(ns[0].sub_event_type == "Non-state actor overtakes territory");
    CHECK(ns[0].actor1.name == "Islamic State (Syria)");
}

TEST_CASE("date: the DCT when no time expression, with lower confidence, and month precision", "[events]") {
    std::string t = "Syrian army units broke the siege of Deir ez-Zor.";
    std::string u = "Syrian army units broke the siege of Deir ez-Zor on Tuesday.";
    auto a = run(t, {place(t, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.336, 40.141)});
    auto b = run(u, {place(u, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.336, 40.141)});
    REQUIRE(a.size() == 1);
    REQUIRE(b.size() == 1);
    CHECK(a[0].date == "2017-09-09");
    CHECK(a[0].date_text.empty());
    CHECK(a[0].time_precision == TimePrecision::day);
    CHECK(b[0].date == "2017-09-05");
    CHECK(b[0].date_text == "Tuesday");
    CHECK(a[0].confidence < b[0].confidence);

    std::string m = "Government forces recaptured Palmyra in March 2016.";
    auto c = run(m, {place(m, "Palmyra", "Tadmur", "SY", "SY.11", 34.56, 38.28)});
    REQUIRE(c.size() == 1);
    CHECK(c[0].date == "2016-03-01");
    CHECK(c[0].date_end == "2016-03-31");
    CHECK(c[0].time_precision == TimePrecision::month);
}

TEST_CASE("headline and body are one event, and intentions are none", "[events]") {
    std::string t = "Syrian Troops End Three-Year Siege of Deir ez-Zor\n\n"
                    "Syrian army units broke the three-year siege of Deir ez-Zor, ending the blockade that Daesh "
                    "fighters had imposed. The city was liberated by the Syrian army on Tuesday. The operation to "
                    "retake east Aleppo was completed in January.";
    std::vector<PlaceMention> ps;
    std::size_t from = 0;
    while ((from = t.find("Deir ez-Zor", from)) != std::string::npos) {
        auto p = place(t, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.336, 40.141);
        p.begin = from;
        p.end = from + 11;
        ps.push_back(p);
        from += 11;
    }
    auto ev = run(t, ps);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].date == "2017-09-05");
    CHECK(ev[0].actor1.name == "Military Forces of Syria (2000-)");
    CHECK(ev[0].actor2.name == "Islamic State (Syria)");
    CHECK(ev[0].event_id == "t-1");
}

TEST_CASE("casualties attach to the event, and civilians make an attack violence against civilians", "[events]") {
    std::string t = "Gunmen attacked a village near Homs, killing five civilians.";
    auto ev = run(t, {place(t, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72)});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].event_type == "Violence against civilians");
    CHECK(ev[0].sub_event_type == "Attack");
    CHECK(ev[0].fatalities == 5);
    CHECK(ev[0].actor1.name == "Unidentified Armed Group (Syria)");
    CHECK(ev[0].actor2.name == "Civilians (Syria)");

    std::string h = "Suicide bombing kills 16 in Syria.\n\nThe death toll from the suicide bombing in Hasaka rose to 22.";
    auto e2 = run(h, {place(h, "Syria", "Syria", "SY", "", 35, 38, "A.PCLI"),
                      place(h, "Hasaka", "Al Hasakah", "SY", "SY.01", 36.5, 40.7)});
    REQUIRE(e2.size() == 1);
    CHECK(e2[0].sub_event_type == "Suicide bomb");
    CHECK(e2[0].fatalities == 22);
    CHECK(e2[0].location.name == "Al Hasakah");
}

TEST_CASE("lexicon errors name the file and line", "[events]") {
    CHECK_THROWS_AS(Lexicon::parse("army\tX\tstate forces\t9\t\n", "clash\tBattles\tArmed clash\t190\t0.5\t\n"),
                    DataError);
    try {
        Lexicon::parse("army\tX\tstate forces\t1\t\n", "clash\tBattles\tArmed clash\t190\tnope\t\n", "a.tsv", "e.tsv");
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).find("e.tsv:1:") != std::string::npos);
    }
    CHECK_THROWS_AS(Lexicon::load(GT_TEST_DATA "/no-such-dir"), DataError);
}

TEST_CASE("running tallies are not an incident's deaths, and a generic 'attack' takes the named weapon", "[events]") {
    std::string t = "A car bomb exploded in Homs on Monday. The attack killed 12 people. "
                    "More than 300000 people have been killed since the war began in 2011.";
    auto ev = run(t, {place(t, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72)}, "2016-05-03");
    REQUIRE(!ev.empty());
    CHECK(ev[0].sub_event_type == "Remote explosive/landmine/IED");
    CHECK(ev[0].fatalities == 12);
    for (const auto& e : ev) CHECK(e.fatalities != 300000);
    CHECK(deaths("Fifteen civilians, among them 11 children, were killed.") == 15);
}

TEST_CASE("casualty counts: 'among N', bodies, executions, 'reportedly killed'", "[events]") {
    CHECK(deaths("Six children were among 19 civilians killed on Thursday.") == 19);
    CHECK(deaths("An explosion inside a bus killed six people and injured another ten.") == 6);
    CHECK(deaths("At least 65 bodies of civilians have been found.") == 65);
    CHECK(deaths("Jihadists have executed three officers.") == 3);
    CHECK(deaths("Air raids reportedly killed 35 fighters.") == 35);
}

TEST_CASE("tallies over a period ('past weeks', 'last month') are not an incident's deaths", "[events]") {
    std::string t = "Air strikes on Homs killed 25 people on Tuesday. "
                    "Air strikes have killed nearly 500 people in the past weeks. "
                    "Last month nearly 1200 civilians were killed in air strikes.";
    auto ev = run(t, {place(t, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72)}, "2016-05-04");
    REQUIRE(!ev.empty());
    int most = 0;
    for (const auto& e : ev) most = std::max(most, e.fatalities);
    CHECK(most == 25);
    // the day's report stays an incident
    CHECK(deaths("Air strikes killed 30 people in the past 24 hours.") == 30);
}

TEST_CASE("an older fatal incident the article recalls is left out when it reports a recent one", "[events]") {
    std::string t = "A car bomb killed 20 people in Homs on Thursday. "
                    "An October 6 attack in Homs had killed 29 people.";
    auto ev = run(t, {place(t, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72)}, "2016-10-14");
    REQUIRE(!ev.empty());
    for (const auto& e : ev) CHECK(e.fatalities != 29);
    CHECK(ev[0].fatalities == 20);
    // without a recent fatal incident the older one stays
    std::string u = "An October 6 attack in Homs had killed 29 people.";
    ev = run(u, {place(u, "Homs", "Homs", "SY", "SY.11", 34.73, 36.72)}, "2016-10-14");
    REQUIRE(!ev.empty());
    CHECK(ev[0].fatalities == 29);
}

TEST_CASE("history an article recalls (more than a year before it) is left out when it tells a recent event",
          "[events]") {
    const auto at = [](const std::string& t, const char* name) {
        return place(t, name, name, "SY", "SY.11", 34.73, 36.72);
    };
    // background of any type, fatal or not, recalled with its year or month
    for (const std::string& t : {
             std::string("Protesters rallied in Homs on Tuesday. The war began in 2011 after regime forces led a "
                         "crackdown on protesters in Homs."),
             std::string("Rebels shelled Homs on Tuesday. Government forces captured Homs in 2014."),
             std::string("Police arrested 12 activists in Homs on Tuesday. The group was behind the Homs attack that "
                         "killed 60 people in June 2014."),
             std::string("A demonstration was held in Homs on Tuesday in remembrance of the students who had been "
                         "executed in Homs in 1972."),
         }) {
        INFO(t);
        const auto ev = run(t, {at(t, "Homs")}, "2016-10-14");
        REQUIRE(!ev.empty());
        for (const auto& e : ev) CHECK(e.date >= "2015-10-14");
    }
    // the past year's events stay, and an article of history alone keeps it
    const auto dated = [&](const std::string& t, const std::string& month) {
        const auto ev = run(t, {at(t, "Homs")}, "2016-10-14");
        return std::any_of(ev.begin(), ev.end(), [&](const Event& e) { return e.date.rfind(month, 0) == 0; });
    };
    CHECK(dated("Rebels shelled Kafr Tala on Tuesday. Government forces captured Homs in November 2015.", "2015-11"));
    CHECK(dated("Government forces captured Homs in 2014, a report said.", "2014"));
}

TEST_CASE("a violent event placed abroad in an article about Syria takes the article's place", "[events]") {
    // "MOSCOW (Sputnik)": the dateline is the speaker's city, the strikes were in Syria.
    std::string t = "MOSCOW (Sputnik) Some 120 militants were killed in Russian air strikes over the past 24 hours, "
                    "the defence ministry said. The strikes hit positions near Mayadin in Deir ez-Zor province.";
    auto ev = run(t, {place(t, "MOSCOW", "Moscow", "RU", "RU.48", 55.75, 37.62),
                      place(t, "Mayadin", "Al Mayadin", "SY", "SY.07", 35.02, 40.45),
                      place(t, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.33, 40.14, "A.ADM1")});
    REQUIRE(!ev.empty());
    const Event* main = nullptr;
    for (const auto& e : ev)
        if (!main || e.fatalities > main->fatalities) main = &e;
    CHECK(main->fatalities == 120);
    CHECK(main->location.country == "SY");
    CHECK(main->location.admin1_code == "SY.07");
    // an article about Russia keeps its Russian place
    std::string u = "A bomb killed 12 people in Moscow on Monday. Moscow police said the bomb was hidden in a bag.";
    ev = run(u, {place(u, "Moscow", "Moscow", "RU", "RU.48", 55.75, 37.62)});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.country == "RU");
}

TEST_CASE("a dateline in the text ('MOSCOW (Sputnik)') is where the report was filed, not the incident", "[events]") {
    std::string t = "Russian jets have killed 40 militants near Deir ez-Zor, Syria, the army said. MOSCOW (Sputnik) - "
                    "Seven commanders were killed, including fighters from the North Caucasus, a spokesman said Tuesday.";
    auto ev = run(t, {place(t, "Deir ez-Zor", "Deir ez-Zor", "SY", "SY.07", 35.33, 40.14),
                      place(t, "Syria", "Syria", "SY", "", 35.0, 38.0, "A.PCLI"),
                      place(t, "MOSCOW", "Moscow", "RU", "RU.48", 55.75, 37.62, "P.PPLC"),
                      place(t, "North Caucasus", "North Caucasus", "RU", "", 43.5, 44.0, "L.RGN")});
    REQUIRE(!ev.empty());
    for (const auto& e : ev) {
        INFO(e.location.name);
        CHECK(e.location.country == "SY");
    }
}

TEST_CASE("a town resolved to a namesake in another division takes the division the text states", "[events]") {
    std::string t = "Over 100 militants were killed in an attack on Mallah Farms in Aleppo northern countryside.";
    // the gazetteer's "Malah" is a village in As-Suwayda, 300 km away
    auto ev = run(t, {place(t, "Mallah", "Malah", "SY", "SY.05", 32.56, 36.78),
                      place(t, "Aleppo", "Aleppo", "SY", "SY.09", 36.20, 37.16)});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.admin1_code == "SY.09");
    CHECK(ev[0].location.precision == GeoPrecision::region);
    // a town near the stated division's capital is kept ("Douma in Damascus countryside")
    std::string u = "Twelve civilians were killed in an air strike on Douma in Damascus countryside.";
    ev = run(u, {place(u, "Douma", "Douma", "SY", "SY.08", 33.57, 36.40),
                 place(u, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.name == "Douma");
}

TEST_CASE("'rebel-held X' ties the place X to the event", "[events]") {
    std::string t = "Air strikes on rebel-held Atareb killed 29 civilians, the monitor told reporters in Damascus.";
    auto ev = run(t, {place(t, "Atareb", "Al Atarib", "SY", "SY.09", 36.14, 36.83),
                      place(t, "Damascus", "Damascus", "SY", "SY.13", 33.51, 36.29, "P.PPLC")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].location.name == "Al Atarib");
    CHECK(ev[0].fatalities == 29);
}

TEST_CASE("a headline that runs into the byline and the lead is a report of its own", "[events]") {
    std::string t = "Air strikes kill 12 in Syrias Aleppo Monitor AFP Thursday 14 Jul 2016 Air strikes kill 11 "
                    "including children in Syrias Idlib monitor.";
    auto ws = make_words(t);
    Dct dct;
    dct.value = "2016-07-14";
    auto tx = timex::tag(t, dct);
    std::size_t before = ws.sentences.size();
    split_at_datelines(ws, tx);
    CHECK(ws.sentences.size() == before + 1);
    auto ev = run(t, {place(t, "Aleppo", "Aleppo", "SY", "SY.09", 36.20, 37.16),
                      place(t, "Idlib", "Idlib", "SY", "SY.12", 35.93, 36.63)},
                  "2016-07-14");
    REQUIRE(!ev.empty());
    const Event* main = nullptr;
    for (const auto& e : ev)
        if (!main || e.fatalities > main->fatalities) main = &e;
    CHECK(main->fatalities == 12);
    CHECK(main->location.admin1_code == "SY.09");
    // "on Thursday 14 Jul 2016" inside a sentence is no byline
    std::string u = "Air strikes killed 12 people in Aleppo on Thursday 14 Jul 2016 the monitor said.";
    ws = make_words(u);
    tx = timex::tag(u, dct);
    before = ws.sentences.size();
    split_at_datelines(ws, tx);
    CHECK(ws.sentences.size() == before);
}

TEST_CASE("a 'Related' sidebar of other articles' headlines is not the article's report", "[events]") {
    std::string t = "A car bombing killed 26 people in Deir Ezzor on Friday. Source AFP Related News "
                    "Air strike kills 54 in Syrias Daraa monitor Category News";
    auto ev = run(t, {place(t, "Deir Ezzor", "Deir ez-Zor", "SY", "SY.07", 35.33, 40.14),
                      place(t, "Daraa", "Daraa", "SY", "SY.06", 32.62, 36.10)},
                  "2017-11-17");
    REQUIRE(!ev.empty());
    int most = -1;
    for (const auto& e : ev) most = std::max(most, e.fatalities);
    CHECK(most == 26);
    // "Related attacks" in prose stays
    std::string u = "Related attacks killed 9 people in Daraa on Friday.";
    ev = run(u, {place(u, "Daraa", "Daraa", "SY", "SY.06", 32.62, 36.10)}, "2017-11-17");
    REQUIRE(!ev.empty());
    CHECK(ev[0].fatalities == 9);
}

TEST_CASE("a candidate is a report (EventReport): the merge makes the event, its evidence the text of its "
          "sentence, its ids and dates",
          "[events][reports]") {
    // The candidates hold the evidence's offsets only; merge_events copies the sentence from the
    // document. Documents of several countries, some in UTF-8 beyond ASCII (the byte offsets and
    // the code-point offsets differ), two incidents in one, one told twice (merged).
    struct Case {
        std::string text;
        std::vector<std::string> towns;
        std::string cc;
        std::size_t events;
    };
    const std::vector<Case> cases = {
        {"Gunmen attacked a checkpoint near Gao on Monday, killing 4 soldiers. "
         "Militants stormed a market in Ménaka on Friday.",
         {"Gao", "Ménaka"}, "ML", 2},
        {"Após a chuva, protesters marched through São Paulo on Tuesday.", {"São Paulo"}, "BR", 1},
        {"An air strike hit a market in Marib on Wednesday, killing 9 civilians. "
         "Police said the air strike in Marib on Wednesday killed 9 people.",
         {"Marib", "Marib"}, "YE", 1},
    };
    for (const auto& c : cases) {
        std::vector<PlaceMention> places;
        for (std::size_t k = 0; k < c.towns.size(); ++k) {
            const int nth = k > 0 && c.towns[k] == c.towns[k - 1] ? 1 : 0;
            places.push_back(place(c.text, c.towns[k], c.towns[k], c.cc, c.cc + ".01", 10.0 + static_cast<double>(k),
                                   20.0, "P.PPLA", nth));
        }
        auto ev = run(c.text, places);
        REQUIRE(ev.size() == c.events);
        for (std::size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            INFO(e.evidence.text);
            CHECK(e.location.country == c.cc);
            REQUIRE(e.evidence.begin_byte < e.evidence.end_byte);
            REQUIRE(e.evidence.end_byte <= c.text.size());
            CHECK(e.evidence.text == c.text.substr(e.evidence.begin_byte, e.evidence.end_byte - e.evidence.begin_byte));
            CHECK(e.evidence.text.back() == '.'); // a whole sentence
            CHECK(e.evidence.text.find(e.trigger) != std::string::npos);
            CHECK(e.evidence.text.find(c.towns[i]) != std::string::npos);
            CHECK(e.evidence.end - e.evidence.start <= e.evidence.end_byte - e.evidence.begin_byte);
            CHECK(e.doc_id == "t");
            CHECK(e.event_id == "t-" + std::to_string(i + 1));
            CHECK(e.doc_ids == std::vector<std::string>{"t"});
            CHECK(e.date == e.date_start);
            CHECK(!e.notes.empty());
        }
    }
    // past "ç" and "ã" the code points are fewer than the bytes
    auto br = run(cases[1].text, {place(cases[1].text, "São Paulo", "São Paulo", "BR", "BR.27", -23.5, -46.6)});
    REQUIRE(br.size() == 1);
    CHECK(br[0].evidence.end < br[0].evidence.end_byte);

    // records made by hand (no document text): the events are made, their evidence empty
    Founds f(1);
    f[0].event.event_type = "Battles";
    f[0].event.sub_event_type = "Armed clash";
    f[0].event.evidence.begin_byte = 10;
    f[0].event.evidence.end_byte = 20;
    f[0].when.date = f[0].when.start = f[0].when.end = "2016-03-01";
    auto made = merge_events(std::move(f), "d", "");
    REQUIRE(made.size() == 1);
    CHECK(made[0].evidence.text.empty());
    CHECK(made[0].event_id == "d-1");
    CHECK(made[0].date == "2016-03-01");
    CHECK(made[0].sub_event_type == "Armed clash");
}

TEST_CASE("a candidate's place (FoundPlace) shares the mention it names and copies it only to change it",
          "[events][reports]") {
    // mentions of several countries, as the annotations hold them
    const std::string t = "Shelling hit Kharkiv. Gunmen raided Kidal. Rebels entered Goma.";
    const std::vector<PlaceMention> mentions = {
        place(t, "Kharkiv", "Kharkiv", "UA", "UA.07", 49.99, 36.23, "P.PPLA"),
        place(t, "Kidal", "Kidal", "ML", "ML.08", 18.44, 1.41, "P.PPLA"),
        place(t, "Goma", "Goma", "CD", "CD.11", -1.68, 29.22, "P.PPLA"),
    };
    // none: an unresolved empty mention
    FoundPlace none;
    CHECK_FALSE(none.get().resolved);
    CHECK(none.get().name.empty());
    for (const PlaceMention& m : mentions) {
        FoundPlace p;
        p.share(m);
        CHECK(&p.get() == &m); // the annotations' record itself, no copy
        FoundPlace copy = p;   // a record copied (merge_events takes its records by value)
        CHECK(&copy.get() == &m);
        // a change copies first: the mention and the other record are untouched
        copy.edit().precision = GeoPrecision::near_town;
        CHECK(&copy.get() != &m);
        CHECK(m.precision == GeoPrecision::town);
        CHECK(p.get().precision == GeoPrecision::town);
        CHECK(copy.get().precision == GeoPrecision::near_town);
        // ... and keeps every field of the mention
        CHECK(copy.get().name == m.name);
        CHECK(copy.get().country == m.country);
        CHECK(copy.get().admin1_code == m.admin1_code);
        CHECK(copy.get().begin == m.begin);
        CHECK(copy.get().lat == m.lat);
        // a place owned by one record alone is changed in place
        const PlaceMention* own = &copy.get();
        copy.edit().precision = GeoPrecision::region;
        CHECK(&copy.get() == own);
        // shared by two records (the fallback of many candidates): a change to one is its own
        FoundPlace other = copy;
        other.edit().score = 0.1;
        CHECK(copy.get().score == m.score);
        CHECK(other.get().score == 0.1);
        CHECK(other.get().precision == GeoPrecision::region);
        // set: a place of its own
        PlaceMention moved = m;
        moved.name = "elsewhere";
        p.set(moved);
        CHECK(p.get().name == "elsewhere");
        CHECK(m.name != "elsewhere");
    }
}
