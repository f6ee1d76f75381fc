// Event types of gunfire, carried weapons and devices (issue #13, typing round ev14): fire in
// both directions, an exchange of fire with civilians hurt, weapons the attackers carried, a
// device that went off while it was defused, shots at a bank, and the open-news check on
// weapons disrupted or property destroyed near a word of commerce. Invented sentences.
#include "test_events_helpers.hpp"

using namespace events_test;

namespace {
const std::string B = "Battles", E = "Explosions/Remote violence", V = "Violence against civilians",
                  S = "Strategic developments";

/// The first event of the text after the open-news checks, with one town resolved.
std::vector<Event> checked(const std::string& text, const std::string& town, const std::string& cc,
                           const std::string& country) {
    return run_checked(text, {town_of(text, town, cc, country)});
}
} // namespace

TEST_CASE("types: fire in both directions across a front line is an exchange of fire (Armed clash), "
          "a road blocked in both directions is none",
          "[events][ev14]") {
    check_types({
        {"Monitors recorded 33 projectiles in both directions of the contact line near Horlivka on Monday.",
         "Horlivka", "UA", "Ukraine", B, "Armed clash"},
        {"Observers counted 40 explosions in both directions of the frontline near Tovuz on Sunday.", "Tovuz", "AZ",
         "Azerbaijan", B, "Armed clash"},
        {"Shots in both directions were heard near Kupiansk on Friday.", "Kupiansk", "UA", "Ukraine", B,
         "Armed clash"},
        {"Protesters blocked the bridge in both directions in Beirut on Monday.", "Beirut", "LB", "Lebanon",
         "Protests", "Peaceful protest"},
    });
}

TEST_CASE("types: an exchange of fire in which civilians are hurt is a battle, not a crowd's riot",
          "[events][ev14]") {
    check_types({
        {"Troops of India and Pakistan exchanged fire in Uri on Friday, injuring two civilians.", "Uri", "IN",
         "India", B, "Armed clash"},
        {"Soldiers and rebels exchanged gunfire near Goma on Monday in which three civilians were wounded.", "Goma",
         "CD", "DR Congo", B, "Armed clash"},
    });
}

TEST_CASE("types: weapons the attackers carried (armed / fitted / equipped with) are no act of their own",
          "[events][ev14]") {
    check_types({
        {"Gunmen armed with machine guns attacked the village of Gorey near Bankass on Sunday, killing four "
         "civilians.",
         "Bankass", "ML", "Mali", V, "Attack"},
        {"Assailants armed with mortars, machine guns and assault rifles opened fire on soldiers at a checkpoint "
         "near Kirkuk, killing seven soldiers.",
         "Kirkuk", "IQ", "Iraq", B, "Armed clash"},
        {"Militants in trucks fitted with heavy machine guns raided an army post in Dikwa on Friday.", "Dikwa",
         "NG", "Nigeria", B, "Armed clash"},
    });
    // fired, not carried: the weapon is the act
    check_types({
        {"Militants fired heavy machine guns at the positions of the army near Marib on Monday.", "Marib", "YE",
         "Yemen", E, "Shelling/artillery/missile attack"},
    });
}

TEST_CASE("types: a device that went off while it was defused is an explosion, defused, failed or "
          "detonated by the bomb squad it is Disrupted weapons use",
          "[events][ev14]") {
    check_types({
        {"An explosive device detonated while being defused by police in Quetta on Monday.", "Quetta", "PK",
         "Pakistan", E, "Remote explosive/landmine/IED"},
        {"Soldiers defused one bomb in Mosul on Sunday, but a second device exploded nearby.", "Mosul", "IQ", "Iraq",
         E, "Remote explosive/landmine/IED"},
        {"Police defused a bomb that failed to explode in Peshawar on Monday.", "Peshawar", "PK", "Pakistan", S,
         "Disrupted weapons use"},
        {"Soldiers discovered and detonated an IED near Gao on Tuesday.", "Gao", "ML", "Mali", S,
         "Disrupted weapons use"},
    });
    // the deaths told after it are the explosion's, one incident
    const std::string t = "An explosive device detonated while being defused by police in Narayanpur on Friday. "
                          "One police officer was killed in the attack.";
    auto ev = run(t, {town_of(t, "Narayanpur", "IN", "India")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == E);
    CHECK(ev[0].fatalities == 1);
}

TEST_CASE("types: shots fired at a bank are fired at the people in it (Violence against civilians)",
          "[events][ev14]") {
    check_types({
        {"Gunmen opened fire on a bank in Kano on Monday.", "Kano", "NG", "Nigeria", V, "Attack"},
        {"Armed men opened fire on a bank in Kunduz on Tuesday.", "Kunduz", "AF", "Afghanistan", V, "Attack"},
    });
}

TEST_CASE("open news: weapons disrupted near a market, an armed group's arson near a bank and a Market "
          "that is a name are no business news",
          "[events][ev14]") {
    auto ev = checked("Police defused a bomb near the market in Peshawar on Monday.", "Peshawar", "PK", "Pakistan");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].sub_event_type == "Disrupted weapons use");
    ev = checked("Assailants opened fire on a bank and set fire to vehicles in Abagana on Thursday.", "Abagana", "NG",
                 "Nigeria");
    REQUIRE(!ev.empty());
    ev = checked("Militants attacked and set fire to the Ubani Market police station in Bende on Sunday.", "Bende",
                 "NG", "Nigeria");
    REQUIRE(!ev.empty());
    // still business: a bank's deal, a company's market
    CHECK(checked("The bank reached an agreement with the company in Lagos on Monday.", "Lagos", "NG", "Nigeria")
              .empty());
}

TEST_CASE("types: a ballistic or cruise missile intercepted after a count is Disrupted weapons use",
          "[events][ev14]") {
    check_types({
        {"Air defences intercepted at least one ballistic missile over Jazan on Sunday.", "Jazan", "SA",
         "Saudi Arabia", S, "Disrupted weapons use"},
        {"The navy intercepted two more cruise missiles near Odesa on Monday.", "Odesa", "UA", "Ukraine", S,
         "Disrupted weapons use"},
    });
}

namespace {
/// A record of an air strike at a town on a day, with its deaths (vague: a plural like "scores").
Found strike(const std::string& town, const std::string& cc, const std::string& day, int deaths, bool vague) {
    Found f;
    f.event.event_type = "Explosions/Remote violence";
    f.event.sub_event_type = "Air/drone strike";
    f.event.fatalities = deaths;
    PlaceMention& loc = f.place.edit();
    loc.resolved = true;
    loc.id = "test:" + town;
    loc.name = town;
    loc.country = cc;
    loc.feature = "P.PPL";
    f.when.date = f.when.start = f.when.end = day;
    f.vague_deaths = vague;
    return f;
}
} // namespace

TEST_CASE("fatalities: a stated number beats a vague plural of the same type at the same place in one "
          "report, a vague count elsewhere stays",
          "[events][ev14]") {
    // "... killing scores of volunteers" (Monday) and "Fifteen volunteers were killed" (Tuesday's
    // statement): two records that did not merge, one incident's count
    Founds f;
    f.push_back(strike("Urum", "SY", "2016-09-19", 20, true));
    f.push_back(strike("Urum", "SY", "2016-09-20", 15, false));
    auto ev = merge_events(f, "t", "");
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].fatalities == -1);
    CHECK(ev[1].fatalities == 15);
    // another country's vague count is its own
    Founds g;
    g.push_back(strike("Mosul", "IQ", "2016-09-19", 12, true));
    g.push_back(strike("Urum", "SY", "2016-09-20", 15, false));
    ev = merge_events(g, "t", "");
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].fatalities == 12);
}

TEST_CASE("types: shots fired at someone or something are an opening of fire its target types, "
          "shots fired in the air are none",
          "[events][ev14]") {
    check_types({
        {"Assailants fired gunshots at a car in Gangaw on Saturday.", "Gangaw", "MM", "Myanmar", V, "Attack"},
        {"Gunmen fired several shots at a bus near Kaduna on Sunday.", "Kaduna", "NG", "Nigeria", V, "Attack"},
        {"Police fired shots at rebels near Beni on Monday.", "Beni", "CD", "DR Congo", B, "Armed clash"},
        {"Soldiers fired in both directions near Avdiivka on Monday.", "Avdiivka", "UA", "Ukraine", B,
         "Armed clash"},
    });
    const std::string t = "Militants fired gunshots in the air in Gassel on Sunday.";
    CHECK(run(t, {town_of(t, "Gassel", "BF", "Burkina Faso")}).empty());
}

TEST_CASE("types: an explosion whose target answered with fire, in its sentence or the next, is an "
          "exchange of fire (Armed clash), one incident",
          "[events][ev14]") {
    check_types({
        {"Militants threw a hand grenade at a police checkpoint in Mogadishu on Sunday. Police reacted with "
         "gunfire.",
         "Mogadishu", "SO", "Somalia", B, "Armed clash"},
        {"A hand grenade was thrown at an army post in Srinagar on Monday, and soldiers returned fire.", "Srinagar",
         "IN", "India", B, "Armed clash"},
    });
    // nobody answered: the grenade stays; an air strike is never answered so
    check_types({
        {"Militants threw a hand grenade at a police checkpoint in Mogadishu on Sunday. Two officers were "
         "wounded.",
         "Mogadishu", "SO", "Somalia", E, "Grenade"},
        {"An air strike killed two fighters near Idlib on Monday. Rebels responded with anti-aircraft fire.", "Idlib",
         "SY", "Syria", E, "Air/drone strike"},
    });
    const std::string t = "Militants threw a hand grenade at a police station in Kismayo on Friday. Police "
                          "responded with gunfire and three officers were injured in the attack.";
    auto ev = run(t, {town_of(t, "Kismayo", "SO", "Somalia")});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].event_type == B);
}

namespace {
struct DeadCase {
    std::string text, town, cc, country;
    int dead;
};

/// Each text gives one record, of this event type (any when empty) and sub-event type, with its dead.
void check_one_record(const std::vector<DeadCase>& cases, const std::string& type, const std::string& sub) {
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)});
        REQUIRE(ev.size() == 1);
        if (!type.empty()) CHECK(ev[0].event_type == type);
        CHECK(ev[0].sub_event_type == sub);
        CHECK(ev[0].fatalities == c.dead);
    }
}
} // namespace

TEST_CASE("types: fire on an unarmed crowd with no protest told is an attack on civilians, its dead "
          "on that record (issue #13, evc)",
          "[events]") {
    const std::vector<DeadCase> cases = {
        {"Troops fired on a crowd of mourners in Mandalay, killing two.", "Mandalay", "MM", "Myanmar", 2},
        {"Soldiers fired on mourners at a funeral in Sagaing on Sunday, killing three.", "Sagaing", "MM", "Myanmar", 3},
        {"Police fired on a crowd of shoppers in Kano on Monday, killing four.", "Kano", "NG", "Nigeria", 4},
        {"Security forces fired on worshippers leaving a mosque in Kassala, killing five.", "Kassala", "SD", "Sudan", 5},
        {"Gunmen fire on a crowd of villagers in Ituri as they return home, killing six.", "Ituri", "CD",
         "Democratic Republic of Congo", 6},
        {"Troops fired on a crowd of wedding guests in Helmand on Friday, killing seven.", "Helmand", "AF",
         "Afghanistan", 7},
    };
    check_one_record(cases, V, "Attack");
    // fire on armed men stays a battle; a crowd of protesters fired on is excessive force
    auto armed = run("Troops fired on rebel fighters in Kidal, killing two.",
                     {town_of("Troops fired on rebel fighters in Kidal, killing two.", "Kidal", "ML", "Mali")});
    REQUIRE(!armed.empty());
    CHECK(armed[0].event_type == B);
    // the shooting of a crowd types what the document tells without a cue after it: the cue
    // made for that hit is kept by value (it once outlived its scope as a pointer)
    std::string later = "Troops fired on a crowd in Goma on Monday, killing five people. The attack killed two more "
                        "people in Goma on Tuesday.";
    auto both = run_checked(later, {town_of(later, "Goma", "CD", "Democratic Republic of Congo")});
    REQUIRE(!both.empty());
    for (const auto& e : both) CHECK(e.event_type == V);
    std::string p = "Police fired on a crowd of protesters in Nairobi on Tuesday, killing three.";
    auto pr = run(p, {town_of(p, "Nairobi", "KE", "Kenya")});
    REQUIRE(!pr.empty());
    CHECK(pr[0].sub_event_type == "Excessive force against protesters");
    // fired from a job, under fire in a debate: no event
    for (std::string t : {"The chief executive was fired on Monday in Chicago, the company said.",
                          "The ministry came under fire on Monday in London over its budget."}) {
        INFO(t);
        CHECK(run_checked(t, {town_of(t, t.find("Chicago") != std::string::npos ? "Chicago" : "London", "US",
                                      "United States")})
                  .empty());
    }
}

TEST_CASE("types: fire on a bare crowd (no of ...) with no protest told is an attack on civilians, "
          "with a protest told, excessive force (issue #13, evd)",
          "[events]") {
    const std::vector<DeadCase> attacks = {
        {"Troops fired on a crowd in Bunia, killing five.", "Bunia", "CD", "Democratic Republic of Congo", 5},
        {"Police fired on a large crowd in Kisumu on Tuesday, killing two.", "Kisumu", "KE", "Kenya", 2},
        {"Soldiers fire on the crowd at a market in Myitkyina, killing three.", "Myitkyina", "MM", "Myanmar", 3},
        {"Gunmen fired on a crowd outside a bar in Maiduguri on Saturday, killing four.", "Maiduguri", "NG",
         "Nigeria", 4},
        {"Security forces fired on crowds in El Fasher on Monday, killing six.", "El Fasher", "SD", "Sudan", 6},
    };
    check_one_record(attacks, V, "Attack");
    // a protest told in the sentence or the one before: the crowd is the protesters
    const std::vector<DeadCase> protests = {
        {"Hundreds protested in Conakry on Monday; police fired on the crowd, killing two.", "Conakry", "GN",
         "Guinea", 2},
        {"Thousands of students protested in Dhaka on Friday. Police fired on the crowd, killing six.", "Dhaka", "BD",
         "Bangladesh", 6},
        {"Residents demonstrated in Lima against the mine. Soldiers fired on the crowd, killing three.", "Lima", "PE",
         "Peru", 3},
    };
    check_one_record(protests, "", "Excessive force against protesters");
}
