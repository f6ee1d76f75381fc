// Fatalities as ACLED counts them (docs/events.md, "Fatalities"): victims named without a
// number, lists of victims summed, the parts after "including" not added, a singular "was
// killed" as one victim. The sentences are the tests' own, from many countries.
#include "core/error.hpp"
#include "events/counts.hpp"
#include "events/fatalities.hpp"
#include "events/lexicon.hpp"
#include "events/victims.hpp"
#include "events/words.hpp"

#include <catch2/catch.hpp>

#include "test_events_helpers.hpp"


TEST_CASE("victims named after the killing verb count one each", "[events][fatalities]") {
    check_deaths({
        {"Gunmen shot and killed Rashid Omar, a school teacher, in Mardan on Friday.", 1},
        {"Bandits killed Amina Bello, a nurse, and Yusuf Danjuma near Katsina.", 2},
        {"Unknown men shot dead a journalist and his driver outside Culiacan.", 2},
        {"Militants assassinated a district councillor and a village chief in Tillaberi.", 2},
        {"Attackers stabbed and killed a local trader in Kananga.", 1},
        {"Suspected rebels killed the headmaster of a primary school in Kasese.", 1},
        {"Gunmen killed a police officer and his son at their home in Tegucigalpa.", 2},
        {"Gunmen abducted a pastor and later killed him near Jos.", 1},
    });
}

TEST_CASE("a singular 'was killed' is one victim, 'X and Y were killed' two", "[events][fatalities]") {
    check_deaths({
        {"The mayor was shot dead outside the town hall in Michoacan.", 1},
        {"Juma, a boda boda rider, was killed in the blast in Mogadishu.", 1},
        {"The teacher was killed and two pupils were wounded in Borno.", 1},
        {"The police chief and a bodyguard were killed in the explosion in Peshawar.", 2},
        {"Sanjay and his brother were killed in the ambush in Manipur.", 2},
        {"Both brothers were killed in the attack near Quetta.", 2},
        {"The judge, his wife, and his two sons were killed in Swat.", 4},
        {"No one was killed in the attack on the depot in Donetsk.", 0},
    });
}

TEST_CASE("lists of counts are summed, and parts after 'including' are not added", "[events][fatalities]") {
    check_deaths({
        {"Eleven militants and one soldier were killed in the clash near Djibo.", 12},
        {"Three rebels, five militiamen, and two civilians were killed in Ituri.", 10},
        {"Five pro-government militia members and 11 insurgents were killed in the clash in Helmand.", 16},
        {"JNIM fighters ambushed a patrol near Mopti, killing three gendarmes and one volunteer fighter.", 4},
        {"Seven people, including five soldiers and two civilians, were killed in the raid on Kidal.", 7},
        {"Four police officers, including the station commander, and five attackers were killed in Tharaka.", 9},
        {"Twelve villagers, including four children, died when gunmen attacked Zamfara.", 12},
        {"Between 7 and 9 herders were killed in the raid in Turkana.", 7},
    });
}

TEST_CASE("no list is read from what is not a victim", "[events][fatalities]") {
    check_deaths({
        {"Air strikes killed nearly 50 people, a monitor said on Monday.", 50},
        {"Reye's syndrome kills about 20 per cent of its victims.", -1},
        {"Gunmen killed 9 civilians injured in the earlier raid.", -1},
        {"The attack left the market in ruins.", -1},
        // a death recalled in a clause of time: the report's background
        {"The case was highlighted when its chairman was stabbed to death in public in 1985.", -1},
    });
    // a plural verb after one name is no list ("..., were killed" split from its subject)
    auto ws = make_words("Salvador, were killed.");
    VictimList v = victims_before(lexicon(), ws.words, 0, 2);
    CHECK(v.count == 1);
    CHECK(deaths("Salvador, were killed.") == -1);
}

TEST_CASE("victims_from reads the list and where it ends", "[events][fatalities]") {
    auto ws = make_words("a farmer, his wife and two children in Plateau");
    VictimList v = victims_from(lexicon(), ws.words, 0, ws.words.size());
    CHECK(v.count == 4);
    REQUIRE(v.end < ws.words.size());
    CHECK(ws.words[v.end].norm == "in");
    // an item with a verb of its own opens the next clause: "killing 4 villagers, and 2 of the
    // attackers were also killed" lists 4 (the 2 are added as deaths told on top)
    auto next = make_words("4 villagers, and 2 of the attackers were also killed");
    CHECK(victims_from(lexicon(), next.words, 0, next.words.size()).count == 4);
    auto both = make_words("a soldier and two police officers in Quetta");
    CHECK(victims_from(lexicon(), both.words, 0, both.words.size()).count == 3);
    auto none = make_words("in the attack");
    CHECK(victims_from(lexicon(), none.words, 0, none.words.size()).count == -1);
}

TEST_CASE("a count with no noun ends the list where it is: no word after the end is read", "[events][fatalities][robust]") {
    // (fuzz_pipeline: "killing 3" at the end of the text read the word past the last one)
    auto alone = make_words("16 civilians and 3");
    CHECK(victims_from(lexicon(), alone.words, 0, alone.words.size()).count == 19);
    // the same list cut before "children": the word after the end is no part of the civilians
    auto cut = make_words("16 civilians and 3 children");
    CHECK(victims_from(lexicon(), cut.words, 0, 4).count == 19);
    CHECK(victims_from(lexicon(), cut.words, 0, cut.words.size()).count == 16);
    CHECK(deaths("Gunmen killed 16 civilians and 3") == 19);
}

TEST_CASE("the words of the victim lists are lexicon rows (victims.tsv), a user's rows add to them",
          "[events][fatalities][lexicon]") {
    // each role of the default file is read: a modifier, a thing, a word of the wounded, a
    // plural, a group and its part, an end of the phrase, a boundary before a subject list
    CHECK(lexicon().victim_word(make_words("least").words[0], victim_modifier));
    CHECK(lexicon().victim_word(make_words("goats").words[0], victim_thing));
    CHECK(lexicon().victim_word(make_words("injured").words[0], victim_hurt));
    CHECK(lexicon().victim_word(make_words("herdsmen").words[0], victim_plural));
    CHECK(lexicon().victim_word(make_words("villagers").words[0], victim_group));
    CHECK(lexicon().victim_word(make_words("children").words[0], victim_part));
    CHECK(lexicon().victim_word(make_words("inside").words[0], victim_end));
    CHECK(lexicon().victim_word(make_words("whereas").words[0], victim_boundary));
    CHECK_FALSE(lexicon().victim_word(make_words("children").words[0], victim_thing));
    // a counted thing a user adds is no longer read as victims ("killed 12 yaks")
    auto ws = make_words("12 yaks and a herder near Nagqu");
    CHECK(victims_from(lexicon(), ws.words, 0, ws.words.size()).count == 13);
    Lexicon lx = lexicon();
    lx.add_victim_words("# counted things\nyaks\tthing\n", "victims.tsv");
    CHECK(victims_from(lx, ws.words, 0, ws.words.size()).count == -1);
    // a bad role names the file and the line
    try {
        lx.add_victim_words("yaks\tthing\nherder\tperson\n", "my/victims.tsv");
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).find("my/victims.tsv:2") != std::string::npos);
    }
    CHECK_THROWS_AS(lx.add_victim_words("yaks\n", "victims.tsv"), DataError);
}

TEST_CASE("a noun of deaths takes its number from just before it", "[events][fatalities]") {
    check_deaths({
        {"Militants raided Korobe and seized three motorbikes, no casualties reported.", 0},
        {"Rebels fired six mortar shells at the base near Beni, with no casualties reported.", 0},
        {"The clashes in Tigray caused 12 civilian deaths.", 12},
        {"The attack in Cabo Delgado resulted in 3 fatalities.", 3},
    });
}

TEST_CASE("deaths 'also' told after a count of the same sentence are added to it", "[events][fatalities]") {
    auto most = [](const std::string& t, const std::string& town, const std::string& cc, const std::string& country) {
        auto ev = run(t, {town_of(t, town, cc, country)}, "2020-05-06");
        long m = -1;
        for (const auto& e : ev) m = std::max<long>(m, e.fatalities);
        return m;
    };
    CHECK(most("Militants attacked the gendarmerie in Oursi on Monday and killed five gendarmes, and five "
               "workers of a mining company were also killed.",
               "Oursi", "BF", "Burkina Faso") == 10);
    CHECK(most("Gunmen raided Kagadi on Monday, killing 4 villagers, and 2 of the attackers were also killed.",
               "Kagadi", "UG", "Uganda") == 6);
    CHECK(most("Gunmen attacked Kagadi on Monday, killing 4 villagers, and 2 of the attackers were also killed.",
               "Kagadi", "UG", "Uganda") == 6);
    // "also" that points back to another sentence, the same figure told again: not added
    CHECK(most("Twelve civilians were also killed on Monday when jets struck Maarat, killing 12 civilians.",
               "Maarat", "SY", "Syria") == 12);
}

TEST_CASE("vague plurals of a unit count as ACLED codes them: tens 10, dozens 12, scores 20, hundreds 100",
          "[events][fatalities]") {
    check_deaths({
        {"Dozens of villagers were killed when gunmen stormed Kuchi on Sunday.", 12},
        {"Militiamen killed dozens of civilians in Djugu territory on Friday.", 12},
        {"Tens of people died in the fighting around Marib last week.", 10},
        {"Scores of worshippers were killed in the bombing of a mosque in Quetta.", 20},
        {"Hundreds of people were killed in the army's assault on Hpakant.", 100},
        {"The shelling of Bakhmut killed hundreds, officials said.", 100},
        {"Tens of thousands of people died in the war in Tigray.", 10000},
        // not deaths: wounded, displaced, or a plural with no word of killing
        {"Dozens of protesters were injured in clashes with police in Lagos.", -1},
        {"Thousands of residents were displaced by the fighting near Beni.", -1},
        {"Hundreds of soldiers were deployed to Cabo Delgado.", -1},
    });
}

TEST_CASE("count_value says whether a count is a vague plural or a stated number", "[events][fatalities]") {
    struct Case {
        const char* text;
        long value;
        bool vague;
    };
    for (const Case& c : {Case{"dozens of people", 12, true}, Case{"tens of thousands", 10000, true},
                          Case{"hundreds", 100, true}, Case{"twelve people", 12, false},
                          Case{"1,200 people", 1200, false}, Case{"a dozen people", 12, false},
                          Case{"several people", -1, false}}) {
        INFO(c.text);
        const auto ws = gt::events::make_words(c.text);
        std::size_t next = 0, next2 = 0;
        bool vague = !c.vague;
        CHECK(gt::events::detail::count_value(ws.words, 0, next, vague) == c.value);
        CHECK(vague == c.vague);
        CHECK(gt::events::detail::count_value(ws.words, 0, next2) == c.value);
        CHECK(next2 == next);
    }
}

