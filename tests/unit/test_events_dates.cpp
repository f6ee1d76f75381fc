// Event dates and fatalities (docs/events.md, "Date" and "Fatalities"): explicit zero counts,
// incident dates "last week", counts read as years, weekends, background and dateline dates,
// numbers with scale words.
#include "events/dates.hpp"
#include "test_events_helpers.hpp"
#include "test_timex_helpers.hpp"

#include <initializer_list>

TEST_CASE("a text that says nobody was killed gives an explicit 0", "[events][fatalities]") {
    CHECK(deaths("There were no reported casualties.") == 0);
    CHECK(deaths("No casualties were reported.") == 0);
    CHECK(deaths("The grenade did not cause any casualties.") == 0);
    CHECK(deaths("The blast caused no immediate casualties.") == 0);
    CHECK(deaths("Neither fatalities nor injuries were reported.") == 0);
    CHECK(deaths("No one was killed in the attack.") == 0);
    CHECK(deaths("Nobody died in the fire.") == 0);
    CHECK(deaths("The patrol was ambushed without casualties.") == 0);
    CHECK(deaths("There were no deaths.") == 0);
    CHECK(deaths("No lives were lost.") == 0);
    CHECK(deaths("The raid ended with no loss of life.") == 0);
    // injuries alone say nothing about deaths
    CHECK(deaths("No one was injured in the attack.") == -1);
    CHECK(deaths("No injuries were reported.") == -1);
    // a count after "no fewer than" is a count; a stated count beats a zero of some victims
    CHECK(deaths("No fewer than 12 people were killed.") == 12);
    CHECK(deaths("The strike killed 3 soldiers, but there were no civilian casualties.") == 3);
}

TEST_CASE("an explicit 0 is the event's count, never an event of its own", "[events][fatalities]") {
    std::string t = "Militants attacked a police post in Kidal on Monday. No casualties were reported.";
    auto ev = run(t, {place(t, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, "2020-05-06");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].fatalities == 0);
    CHECK(ev[0].date == "2020-05-04");

    std::string q = "No one was killed, the mayor of Kidal said.";
    CHECK(run(q, {place(q, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, "2020-05-06").empty());
}

TEST_CASE("one victim named after the killing verb counts 1", "[events][fatalities]") {
    CHECK(deaths("Gunmen shot dead a farmer near the village.") == 1);
    CHECK(deaths("A landmine exploded, killing an opposition fighter.") == 1);
    CHECK(deaths("Unknown gunmen killed a young journalist.") == 1);
    CHECK(deaths("The attack left 1 fatality.") == 1);
    CHECK(deaths("Gunmen killed a soldier's brother.") == 1); // the brother; the possessor is no victim
}

TEST_CASE("numbers with a decimal point or a scale word", "[events][fatalities]") {
    CHECK(deaths("The war has killed 2.5 million people.") == 2500000);
    CHECK(deaths("Gunmen killed 3 hundred villagers.") == 300);
    CHECK(deaths("The famine killed 1.2 thousand people.") == 1200);
    CHECK(deaths("Clashes killed 1,200 people.") == 1200);
    CHECK(deaths("The blast killed 2.5 people.") == -1); // a measure, not a count
}

TEST_CASE("parse_number: digits, words, decimals and scale words, and vague counts are no number", "[events][fatalities]") {
    struct Case {
        const char* text;
        long value;
    };
    for (const Case& c : std::initializer_list<Case>{
             {"16", 16}, {"sixteen", 16}, {"twenty two", 22}, {"1,200", 1200}, {"a dozen", 12},
             {"two dozen", 24}, {"3 hundred", 300}, {"three hundred", 300}, {"a hundred", 100},
             {"one hundred and five", 105}, {"2 thousand", 2000}, {"two thousand", 2000},
             {"1.2 thousand", 1200}, {"a thousand", 1000}, {"three hundred thousand", 300000},
             {"1.5 million", 1500000}, {"2.5 million", 2500000}, {"two million", 2000000},
             {"1.2 billion", 1200000000}}) {
        INFO(c.text);
        const auto ws = make_words(c.text);
        std::size_t next = 0;
        CHECK(parse_number(ws.words, 0, next) == c.value);
        CHECK(next == ws.words.size()); // the whole number read, scale word included
    }
    // ("a million" is most often a fraction's: "half a million", "a quarter of a million")
    for (const char* vague : {"hundreds", "dozens", "thousands", "millions", "scores", "several", "a", "2.5",
                              "a million", "a billion"}) {
        INFO(vague);
        const auto ws = make_words(vague);
        std::size_t next = 0;
        CHECK(parse_number(ws.words, 0, next) == -1);
    }
    CHECK(deaths("The war has killed two million people.") == 2000000);
    CHECK(deaths("Gunmen killed two dozen villagers.") == 24);
    CHECK(deaths("The fighting killed a thousand people.") == 1000);
    CHECK(deaths("Clashes killed hundreds of people.") == 100); // ACLED: "hundreds" is 100
    CHECK(deaths("More than a quarter of a million people have been killed.") != 1000000);
}

TEST_CASE("'last week' and 'last month' date one incident, and periods stay tallies", "[events][fatalities]") {
    std::string t = "A car bomb killed 12 people in Mogadishu last week.";
    auto ev = run(t, {place(t, "Mogadishu", "Mogadishu", "SO", "SO.13", 2.04, 45.34)}, "2020-05-06");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].fatalities == 12);
    CHECK(ev[0].date == "2020-04-29"); // the week's Wednesday, as ACLED codes a week
    CHECK(ev[0].date_start == "2020-04-27");
    CHECK(ev[0].date_end == "2020-05-03");
    CHECK(ev[0].time_precision == TimePrecision::week);

    std::string m = "An air strike killed 7 civilians in Mogadishu last month.";
    auto em = run(m, {place(m, "Mogadishu", "Mogadishu", "SO", "SO.13", 2.04, 45.34)}, "2020-05-06");
    REQUIRE(em.size() == 1);
    CHECK(em[0].fatalities == 7);
    CHECK(em[0].time_precision == TimePrecision::month);

    std::string p = "Air strikes killed 40 people in Mogadishu in the last month.";
    auto ep = run(p, {place(p, "Mogadishu", "Mogadishu", "SO", "SO.13", 2.04, 45.34)}, "2020-05-06");
    for (const auto& e : ep) CHECK(e.fatalities < 0);
}

TEST_CASE("a number counting people or things is no year", "[timex][events]") {
    using gt::test::texts;
    const char* d = "2016-05-04";
    CHECK(texts("More than 1500 people fled the town.", d).empty());
    CHECK(texts("About 2000 troops and 1950 vehicles crossed the border.", d).empty());
    CHECK(texts("Between 1000 and 1200 families returned.", d).empty());
    CHECK(gt::test::value("Since 2011 people have fled the city.", "2011", d) == "2011");
    CHECK(gt::test::value("The town was founded in 1950.", "1950", d) == "1950");

    std::string t = "Air strikes killed 1500 people in Aleppo.";
    auto ev = run(t, {place(t, "Aleppo", "Aleppo", "SY", "SY.09", 36.2, 37.16)}, "2016-05-04");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].date == "2016-05-04");
    CHECK(ev[0].fatalities == 1500);
}

TEST_CASE("a date that names a street or place is no date", "[timex][events]") {
    using gt::test::texts;
    const char* d = "2016-05-04";
    CHECK(texts("Protesters gathered on 26 July Street.", d).empty());
    CHECK(texts("Troops closed the 6 October Bridge.", d).empty());
    CHECK(gt::test::value("Protesters gathered on 26 July in the square.", "26 July", d) == "2016-07-26");

    std::string t = "Gunmen killed two protesters on 26 July Street in Khartoum on Monday.";
    auto ev = run(t, {place(t, "Khartoum", "Khartoum", "SD", "SD.29", 15.55, 32.53)}, "2016-05-04");
    REQUIRE(!ev.empty());
    for (const auto& e : ev) CHECK(e.date == "2016-05-02");
}

TEST_CASE("weekends: Saturday to Sunday of the weekend before the report, week precision", "[events][dates]") {
    EventDate d;
    REQUIRE(date_from_timex("2020-W18-WE", d));
    CHECK(d.start == "2020-05-02");
    CHECK(d.end == "2020-05-03");
    CHECK(d.precision == TimePrecision::week);
    CHECK(d.date == "2020-05-02");
    REQUIRE(date_from_timex("2020-W18", d));
    CHECK(d.date == "2020-04-29");
    CHECK(d.start == "2020-04-27");
    CHECK(d.end == "2020-05-03");

    for (const char* dct : {"2020-05-04", "2020-05-06"}) { // a Monday, a Wednesday
        std::string t = "Militants attacked an army base in Kidal over the weekend, killing 4 soldiers.";
        auto ev = run(t, {place(t, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, dct);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].date == "2020-05-02");
        CHECK(ev[0].date_end == "2020-05-03");
        CHECK(ev[0].time_precision == TimePrecision::week);
        CHECK(ev[0].fatalities == 4);
    }
}

TEST_CASE("the date of the clause that reports the event beats background dates", "[events][dates]") {
    auto aleppo = [](const std::string& t) { return place(t, "Aleppo", "Aleppo", "SY", "SY.09", 36.2, 37.16); };
    const std::string texts[] = {
        "A journalist, who had been abducted in March 2015, was killed on Monday in Aleppo.",
        "Rebels, who seized the town in 2015, attacked an army post in Aleppo on Monday.",
        "Gunmen who had kidnapped him on 3 January shot dead a doctor in Aleppo on Monday.",
        "Clashes in Aleppo, the worst since March 2012, killed 9 fighters on Monday.",
    };
    for (const auto& t : texts) {
        auto ev = run(t, {aleppo(t)}, "2016-03-16");
        REQUIRE(!ev.empty());
        INFO(t);
        CHECK(ev[0].date == "2016-03-14");
    }
    // a background date is still the event's when nothing closer applies
    std::string b = "The town, which rebels captured in March 2015, lies near Aleppo.";
    std::string c = "Rebels captured Aleppo, which had been besieged, in March 2015.";
    auto ec = run(c, {aleppo(c)}, "2016-03-16");
    REQUIRE(ec.size() == 1);
    CHECK(ec[0].date == "2015-03-01");
    // reported speech keeps its past perfect: the incident's own date
    std::string r = "The monitor said on Wednesday that rebels had attacked an army post in Aleppo on Monday.";
    auto er = run(r, {aleppo(r)}, "2016-03-16");
    REQUIRE(!er.empty());
    CHECK(er[0].date == "2016-03-14");
}

TEST_CASE("a relative day beats the dateline's date and is resolved against it", "[events][dates]") {
    auto palmyra = [](const std::string& t) { return place(t, "Palmyra", "Tadmur", "SY", "SY.11", 34.56, 38.28); };
    std::string t = "ALEPPO, March 14, 2016 - Syrian government forces recaptured the town of Palmyra on Sunday.";
    for (const char* dct : {"2016-03-14", "2016-03-21", "2016-03-16"}) {
        auto ev = run(t, {palmyra(t)}, dct);
        REQUIRE(ev.size() == 1);
        INFO(dct);
        CHECK(ev[0].date == "2016-03-13");
    }
    std::string y = "ALEPPO, March 14, 2016 (Reuters) - Rebels shelled Palmyra yesterday.";
    auto ey = run(y, {palmyra(y)}, "2016-03-21");
    REQUIRE(ey.size() == 1);
    CHECK(ey[0].date == "2016-03-13");
    // a date more than a week before the report opening a sentence (a photo caption's) is no
    // anchor: "Sunday" stays the report's
    std::string c = "March 2, 2016 (Agencies) The death toll from the strikes on Palmyra rose to 30 on Sunday.";
    auto ec = run(c, {palmyra(c)}, "2016-03-21");
    REQUIRE(!ec.empty());
    CHECK(ec[0].date == "2016-03-20");
    // without a relative day, the dateline's date
    std::string n = "ALEPPO, March 14, 2016 - Syrian government forces recaptured the town of Palmyra.";
    auto en = run(n, {palmyra(n)}, "2016-03-21");
    REQUIRE(en.size() == 1);
    CHECK(en[0].date == "2016-03-14");
}

TEST_CASE("fatalities as ACLED counts them: perpetrators too, parts not added, animals none", "[events][fatalities]") {
    // the attackers killed count as well
    CHECK(deaths("In addition to the assailant, at least 20 civilians were killed in the blast.") == 21);
    CHECK(deaths("In addition to the two attackers, 5 policemen were killed.") == 7);
    CHECK(deaths("The bomber blew himself up, killing himself and 6 others.") == 7);
    CHECK(deaths("At least three soldiers and 10 assailants were killed in the clash.") == 13);
    CHECK(deaths("Eight attackers and six guards were killed.") == 14);
    // the parts of a count after "including" are not the count
    CHECK(deaths("Six security personnel, including three police officers and three soldiers, were killed.") == 6);
    CHECK(deaths("Six children were among 19 civilians killed.") == 19);
    CHECK(deaths("At least 16 civilians and three children have been killed.") == 16);
    CHECK(deaths("The strike killed 10 civilians and 5 fighters.") == 15);
    // animals are no casualties
    CHECK(deaths("Gunmen attacked the farm and killed 12 cows.") == -1);
    // the lowest of a range; "at least N" is N
    CHECK(deaths("Between 7 and 9 people were killed.") == 7);
    CHECK(deaths("At least 16 people were killed.") == 16);
}

TEST_CASE("a stated final figure replaces the counts told before", "[events][fatalities]") {
    CHECK(deaths("Fatalities coded as 0 (the group reported 4).") == 0);
    CHECK(deaths("Total fatalities were recorded as 13.") == 13);
    CHECK(deaths("The number of deaths was put at 12.") == 12);
    CHECK(deaths("Unknown fatalities estimated at 10.") == 10);

    std::string t = "Militants ambushed a patrol near Kidal on Monday, killing 4 soldiers. "
                    "Fatalities coded as 0 (the militants reported 4).";
    auto ev = run(t, {place(t, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, "2020-05-06");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].fatalities == 0);
    std::string u = "Militants ambushed a patrol near Kidal on Monday. Unknown fatalities coded as 3.";
    auto eu = run(u, {place(u, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, "2020-05-06");
    REQUIRE(eu.size() == 1);
    CHECK(eu[0].fatalities == 3);
}

TEST_CASE("every word of a violent death counts one named victim", "[events][fatalities]") {
    CHECK(deaths("A real estate agent was killed by police.") == 1);
    CHECK(deaths("A man was shot to death near the market.") == 1);
    CHECK(deaths("A priest was murdered in his parish.") == 1);
    CHECK(deaths("A trader was beaten to death by a mob.") == 1);
    CHECK(deaths("Gunmen assassinated a municipal councillor overnight.") == 1);
    CHECK(deaths("A mob lynched a police officer.") == 1);
    CHECK(deaths("Three men were hacked to death.") == 3);
    CHECK(deaths("Militants murdered 5 villagers.") == 5);
    CHECK(deaths("A man was stabbed near the market.") == -1); // no death said
    CHECK(deaths("He was sentenced to death.") == -1);
}

TEST_CASE("a week named by its first day, and dates in an aside are background", "[events][dates]") {
    CHECK(gt::test::value("During the week beginning November 26th, raiders attacked.", "the week beginning November 26th",
                          "2018-12-03") == "2018-W48");
    CHECK(gt::test::value("In the week starting 12 March, rebels attacked.", "the week starting 12 March", "2018-03-20") ==
          "2018-W11");
    std::string t = "During the week beginning November 26th, raiders attacked Kaakong, killing 3 herders.";
    auto ev = run(t, {place(t, "Kaakong", "Kaakong", "KE", "KE.43", 3.5, 35.5)}, "2018-12-03");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].date == "2018-11-28");
    CHECK(ev[0].time_precision == TimePrecision::week);

    std::string p = "Around 30 May 2020 (between 29 - 31 May), militants clashed with the army near Kidal.";
    auto ep = run(p, {place(p, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, "2020-06-05");
    REQUIRE(!ep.empty());
    CHECK(ep[0].date == "2020-05-30");
    std::string b = "On 7 July 2020, relatives of a mayor [killed in an ambush on July 6] attacked a councillor in Kidal.";
    auto eb = run(b, {place(b, "Kidal", "Kidal", "ML", "ML.10", 18.44, 1.41)}, "2020-07-10");
    REQUIRE(!eb.empty());
    CHECK(eb[0].date == "2020-07-07");
}

TEST_CASE("one victim in apposition, or introduced with 'the' after the killing verb", "[events][fatalities]") {
    CHECK(deaths("Naseer Khan, a civilian, was killed in the blast.") == 1);
    CHECK(deaths("Assailants opened fire and killed the officer of the land office.") == 1);
    CHECK(deaths("The officer was killed.") == 1); // a singular "was killed" is one victim
}

TEST_CASE("dates: a date that opens the sentence dates its event, not a date of another verb later "
          "(issue #13, evc)",
          "[events]") {
    struct Case {
        std::string text, town, cc, country, date;
    };
    const std::vector<Case> cases = {
        {"On 4 May, nurses staged a sit-in in Bobo-Dioulasso over a pay deal signed in 2019.", "Bobo-Dioulasso",
         "BF", "Burkina Faso", "2020-05-04"},
        {"On May 3, hundreds held a demonstration in Izmir to remember the workers who died there in 1977.", "Izmir", "TR",
         "Turkey", "2020-05-03"},
        {"On Sunday, farmers took to the streets in Nashik to demand the loan waivers promised in 2018.", "Nashik", "IN",
         "India", "2020-05-03"},
        {"On 2 May 2020, traders protested in Tyre against the closure of the market ordered in March.", "Tyre",
         "LB", "Lebanon", "2020-05-02"},
        {"On 1 May, retired officers held a protest in Valencia with the movement that started on October 17.",
         "Valencia", "VE", "Venezuela", "2020-05-01"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)}, "2020-05-05");
        REQUIRE(!ev.empty());
        CHECK(ev[0].date == c.date);
    }
    // the event's own clause still wins: a capture dated in its passive clause, a date after the cue
    const std::vector<Case> own = {
        {"On Tuesday, rebels said the airstrip at Kouri had been captured by Chadian troops on April 22.", "Kouri",
         "TD", "Chad", "2020-04-22"},
        {"On Monday, officials said that the town of Bunia was seized on April 20 by M23 rebels.", "Bunia", "CD",
         "Democratic Republic of Congo", "2020-04-20"},
    };
    for (const auto& c : own) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)}, "2020-05-05");
        REQUIRE(!ev.empty());
        CHECK(ev[0].date == c.date);
    }
}

TEST_CASE("a number counting people or things after a word that qualifies them is no year (issue #13, evc)",
          "[timex][events]") {
    using gt::test::texts;
    const char* d = "2020-05-04";
    for (const char* t : {"About 1000 migrant labourers took to the streets in Chandrapur.",
                          "Between 300 and 1000 pro-STC fighters arrived on the island.",
                          "The monitors observed a total of 1125 projectiles near Horlivka.",
                          "Some 1200 farmers marched to Nashik.", "Nearly 1500 displaced families reached Mopti.",
                          "About 1800 armed militiamen gathered near Bunia."}) {
        INFO(t);
        CHECK(texts(t, d).empty());
    }
    // a year before a word that qualifies no counted noun, or after "in", stays a year
    CHECK(gt::test::value("Sales fell back to 1990 levels of trade.", "1990", d) == "1990");
    CHECK(gt::test::value("In 2019 Sudanese troops entered the town.", "2019", d) == "2019");
    CHECK(gt::test::value("The 1986 oil price collapse hurt exporters.", "1986", d) == "1986");
}

TEST_CASE("a territorial change told in a relative or participial clause is an event dated by its own "
          "clause, the main clause's state none (issue #13, evd)",
          "[events][dates]") {
    struct Case {
        std::string text, town, cc, country, sub, date;
    };
    const std::string G = "Government regains territory", N = "Non-state actor overtakes territory";
    const std::vector<Case> cases = {
        {"Kidal, which was retaken by government forces on March 14, was calm on Monday.", "Kidal", "ML", "Mali", G,
         "2024-03-14"},
        {"Lashio, which was seized by MNDAA fighters on March 3, remained tense on Friday.", "Lashio", "MM",
         "Myanmar", N, "2024-03-03"},
        {"Bunia, which rebels captured on January 27, was quiet on Wednesday.", "Bunia", "CD",
         "Democratic Republic of Congo", N, "2024-01-27"},
        {"Kupiansk, which Ukrainian troops recaptured on March 10, is calm.", "Kupiansk", "UA", "Ukraine", G,
         "2024-03-10"},
        {"Menaka, captured by rebels on March 22, remains closed.", "Menaka", "ML", "Mali", N, "2024-03-22"},
        {"Wad Madani, retaken by the Sudanese army on March 9, stays under curfew.", "Wad Madani", "SD", "Sudan", G,
         "2024-03-09"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)}, "2024-03-28");
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == "Battles");
        CHECK(ev[0].sub_event_type == c.sub);
        CHECK(ev[0].date == c.date);
    }
    // the main clause tells an event of its own: that event and its date
    const std::string m = "Kidal, which rebels seized in 2012, was retaken by government forces on Monday.";
    auto em = run(m, {town_of(m, "Kidal", "ML", "Mali")}, "2024-03-28");
    REQUIRE(em.size() == 1);
    CHECK(em[0].sub_event_type == G);
    CHECK(em[0].date == "2024-03-25");
}

TEST_CASE("an irregular past of retake or drive is stemmed as its lemma row is, so the rows match it (issue #13, evd)",
          "[events]") {
    struct Case {
        std::string text, town, cc, country, sub;
    };
    const std::vector<Case> cases = {
        {"Government forces retook Kidal on Monday.", "Kidal", "ML", "Mali", "Government regains territory"},
        {"Kupiansk was retaken by Ukrainian troops on Sunday.", "Kupiansk", "UA", "Ukraine",
         "Government regains territory"},
        {"Rebels drove government troops out of Bunia on Monday.", "Bunia", "CD", "Democratic Republic of Congo",
         "Non-state actor overtakes territory"},
        {"Sudanese soldiers retook Omdurman on Tuesday.", "Omdurman", "SD", "Sudan", "Government regains territory"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)}, "2024-03-28");
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].sub_event_type == c.sub);
    }
    CHECK(stem("retook") == stem("retake"));
    CHECK(stem("drove") == stem("drive"));
}
