// Battles, Explosions/Remote violence and Violence against civilians worldwide (issue #13): who
// the dead of a count are, attacks told by a verb with their target, explosions during an exchange
// of fire, fire on positions, abductions told after an attack, goods seized, and sentences of
// general news that report no violence. Run with the open-news checks (run_checked), as the
// pipeline runs them. The sentences are our own.
#include "test_events_helpers.hpp"

#include "core/acled.hpp"

using namespace events_test;

namespace {

struct Typed {
    std::string text, town, cc, country; // town empty: no place known
    std::string type, sub;
};

const std::string VAC = "Violence against civilians", B = "Battles", ERV = "Explosions/Remote violence";

std::vector<Event> events_of(const Typed& c) {
    std::vector<PlaceMention> places;
    if (!c.town.empty()) places.push_back(town_of(c.text, c.town, c.cc, c.country));
    return run_checked(c.text, places);
}

void check_first(const Typed& c) {
    auto ev = events_of(c);
    INFO(c.text);
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == c.type);
    CHECK(ev[0].sub_event_type == c.sub);
}

/// Each text gives one event, typed as its row says.
void check_one_each(const std::vector<Typed>& cases) {
    for (const auto& c : cases) {
        check_first(c);
        INFO(c.text);
        CHECK(events_of(c).size() == 1);
    }
}

} // namespace

TEST_CASE("acled: set_type gives type, sub-event type and CAMEO code together", "[events]") {
    Event e;
    acled::set_attack_on_civilians(e);
    CHECK(e.event_type == VAC);
    CHECK(e.sub_event_type == "Attack");
    CHECK(e.cameo == "180");
    CHECK(acled::disorder_type(e.event_type, e.sub_event_type) == "Political violence");
    acled::set_armed_clash(e);
    CHECK(e.event_type == B);
    CHECK(e.sub_event_type == "Armed clash");
    CHECK(e.cameo == "190");
    Event other;
    acled::set_type(other, ERV, "Grenade", "183");
    acled::copy_type(e, other);
    CHECK(e.event_type == ERV);
    CHECK(e.sub_event_type == "Grenade");
    CHECK(e.cameo == "183");
}

TEST_CASE("battles: deaths told without a cue are typed by who the dead are", "[events]") {
    const std::vector<Typed> cases = {
        // unarmed dead: violence against civilians
        {"On Monday, Koglweogo militiamen killed 13 members of the Fulani community in Boundoussi.", "Boundoussi",
         "BF", "Burkina Faso", VAC, "Attack"},
        {"Two people were killed by police reservists in Bura on Sunday.", "Bura", "KE", "Kenya", VAC, "Attack"},
        {"Eight villagers were killed by gunmen in Zurmi on Friday night.", "Zurmi", "NG", "Nigeria", VAC,
         "Attack"},
        {"On Tuesday, three women were killed by unidentified armed men in Beni.", "Beni", "CD",
         "Democratic Republic of the Congo", VAC, "Attack"},
        // armed dead: a battle
        {"Three soldiers were killed near Djibo on Sunday.", "Djibo", "BF", "Burkina Faso", B, "Armed clash"},
        {"Twelve Taliban fighters were killed in Baghlan on Wednesday.", "Baghlan", "AF", "Afghanistan", B,
         "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: the count's noun types a cue that names no target", "[events]") {
    const std::vector<Typed> cases = {
        {"Six people were killed in a militia attack near Banisa on Saturday.", "Banisa", "KE", "Kenya", VAC,
         "Attack"},
        {"Four soldiers were killed in an attack near Menaka on Saturday.", "Menaka", "ML", "Mali", B,
         "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: an attack told by a verb with its target and an actor needs no known place", "[events]") {
    const std::vector<Typed> cases = {
        {"Gunmen attacked villagers in Kaura on Tuesday.", "", "", "", VAC, "Attack"},
        {"Bandits attacked worshippers at a church in Kajuru on Sunday.", "", "", "", VAC, "Attack"},
        {"Assailants ambushed soldiers in Tillaberi on Sunday.", "", "", "", B, "Armed clash"},
        {"Al Shabaab militants attacked a police post in Mandera on Monday.", "", "", "", B, "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: fire on positions, incursions and attacks repelled are armed clashes", "[events]") {
    const std::vector<Typed> cases = {
        {"Armenian forces fired on the positions of Azerbaijani forces near Tovuz on Tuesday.", "Tovuz", "AZ",
         "Azerbaijan", B, "Armed clash"},
        {"On Friday, Houthi fighters fired with heavy weapons at the positions of government troops in Sirwah.",
         "Sirwah", "YE", "Yemen", B, "Armed clash"},
        {"Separatist forces were firing at Ukrainian positions near Avdiivka on Sunday.", "Avdiivka", "UA",
         "Ukraine", B, "Armed clash"},
        {"On Thursday, Tatmadaw troops repelled an attack by the Arakan Army near Paletwa.", "Paletwa", "MM",
         "Myanmar", B, "Armed clash"},
        {"Government forces conducted an incursion into rebel-held ground near Hays on Saturday.", "Hays", "YE",
         "Yemen", B, "Armed clash"},
        {"Police returned fire after gunmen shot at their patrol in Culiacan on Monday.", "Culiacan", "MX",
         "Mexico", B, "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: shelling or grenades during an exchange of fire are part of the battle", "[events]") {
    const std::vector<Typed> cases = {
        {"Ukrainian forces fired mortars, heavy machine guns and small arms at separatist fighters near Horlivka "
         "on Sunday.",
         "Horlivka", "UA", "Ukraine", B, "Armed clash"},
        {"Observers recorded 40 explosions and bursts of fire near Svitlodarsk on Monday.", "Svitlodarsk", "UA",
         "Ukraine", B, "Armed clash"},
        {"Troops and militants exchanged fire and grenades in Kupwara on Friday.", "Kupwara", "IN", "India", B,
         "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: explosions with no exchange of fire stay explosions", "[events]") {
    const std::vector<Typed> cases = {
        {"A drone strike hit a car near Marib on Friday, killing two.", "Marib", "YE", "Yemen", ERV,
         "Air/drone strike"},
        {"Russian artillery shelled Kharkiv on Tuesday, killing three civilians.", "Kharkiv", "UA", "Ukraine", ERV,
         "Shelling/artillery/missile attack"},
        {"A landmine killed two herders near Kidal on Monday.", "Kidal", "ML", "Mali", ERV,
         "Remote explosive/landmine/IED"},
        {"A suicide bomber killed nine people at a market in Konduga on Sunday.", "Konduga", "NG", "Nigeria", ERV,
         "Suicide bomb"},
        {"Assailants threw a grenade at a bar in Bujumbura on Saturday, wounding four.", "Bujumbura", "BI",
         "Burundi", ERV, "Grenade"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: an abduction told after an attack on a village is what the attack was", "[events]") {
    const std::vector<Typed> cases = {
        {"Assailants attacked Kasanga on Friday. Twenty villagers were abducted.", "Kasanga", "CD",
         "Democratic Republic of the Congo", VAC, "Abduction/forced disappearance"},
        {"Bandits attacked Kuriga in Kaduna on Thursday. At least 30 pupils were kidnapped.", "Kuriga", "NG",
         "Nigeria", VAC, "Abduction/forced disappearance"},
    };
    for (const auto& c : cases) check_first(c);
    // the attack's own target armed: a battle, whoever was taken
    Typed post{"Gunmen attacked soldiers at an outpost in Khost on Monday. Three soldiers were abducted.", "Khost",
               "AF", "Afghanistan", B, "Armed clash"};
    check_first(post);
}

TEST_CASE("battles: a killing told by its unarmed victim or the bodies found at a known place", "[events]") {
    const std::vector<Typed> cases = {
        {"On Monday, a woman was found dead in Tijuana.", "Tijuana", "MX", "Mexico", VAC, "Attack"},
        {"A teacher was found dead in Guadalajara on Sunday.", "Guadalajara", "MX", "Mexico", VAC, "Attack"},
        {"The bodies of three men were found in Jos on Monday with gunshot wounds.", "Jos", "NG", "Nigeria", VAC,
         "Attack"},
        {"Police found the bodies of two traders in Garissa on Friday.", "Garissa", "KE", "Kenya", VAC, "Attack"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("battles: goods seized are no territory taken, a town seized is", "[events]") {
    Typed town{"JNIM militants seized the town of Boni on Sunday.", "Boni", "ML", "Mali", B,
               "Non-state actor overtakes territory"};
    check_first(town);
    const std::vector<Typed> goods = {
        {"Bandits seized livestock and a tricycle in Dablo on Friday.", "Dablo", "BF", "Burkina Faso", "", ""},
        {"Gunmen seized two motorbikes in Tongomayel on Monday.", "Tongomayel", "BF", "Burkina Faso", "", ""},
    };
    for (const auto& c : goods) {
        auto ev = events_of(c);
        INFO(c.text);
        for (const auto& e : ev) CHECK(!acled::is_territory(e.sub_event_type));
    }
}

TEST_CASE("battles: threats, plans and general news report no violence", "[events]") {
    const std::vector<std::string> texts = {
        "Militants threatened to attack Djibo if the army stayed.",
        "Officials warned that gunmen could attack villages near Maiduguri.",
        "Arsenal attacked down the left wing for most of the second half.",
        "The striker shot wide in the 89th minute.",
        "He shot a 68 in the final round to win by two strokes.",
        "The guard shot 12 of 15 from the field as Boston won.",
        "Workers at the car plant went on strike on Monday over pay.",
        "The board fired its chief executive after the losses.",
        "The company's shares came under attack after the results.",
    };
    for (const auto& t : texts) {
        INFO(t);
        for (const auto& e : run_checked(t)) CHECK(!acled::is_violent(e.event_type));
    }
}

TEST_CASE("battles: violence in a relative clause after the main clause's act is background", "[events]") {
    // (ACLED: the event is what the main clause reports; what its victims had done before, told
    // in a relative clause, is background: armed forces who kill an armed group fight a battle)
    const std::vector<Typed> cases = {
        {"Soldiers killed 12 bandits who had abducted villagers in Zamfara on Sunday.", "Zamfara", "NG", "Nigeria", B,
         "Armed clash"},
        {"Troops killed five militants who attacked a checkpoint near Gao on Monday.", "Gao", "ML", "Mali", B,
         "Armed clash"},
        {"Police shot dead three gunmen who had kidnapped a trader in Kaduna on Friday.", "Kaduna", "NG", "Nigeria",
         B, "Armed clash"},
        {"The army killed seven fighters who had ambushed a convoy near Palma on Tuesday.", "Palma", "MZ",
         "Mozambique", B, "Armed clash"},
    };
    check_one_each(cases);
    // the relative clause before the main clause's own act is the incident itself
    check_first({"Gunmen who attacked Kpanga on Monday killed five villagers.", "Kpanga", "CF",
                 "Central African Republic", VAC, "Attack"});
}

TEST_CASE("battles: shots fired at a crowd, which bears no arms, are violence against civilians", "[events]") {
    for (const Typed& c : std::vector<Typed>{
             {"Soldiers opened fire on a crowd in Mandalay on Thursday.", "Mandalay", "MM", "Myanmar", VAC, "Attack"},
             {"Gunmen opened fire on a crowd at a market in Maiduguri on Monday.", "Maiduguri", "NG", "Nigeria", VAC,
              "Attack"},
             {"Police shot at the crowd in Kasese on Friday.", "Kasese", "UG", "Uganda", VAC, "Attack"},
         })
        check_first(c);
}

TEST_CASE("battles: an assault told after an explosion and joined to it is one complex attack", "[events]") {
    const std::vector<Typed> cases = {
        {"Militants detonated an explosives-laden vehicle and then opened fire on a police headquarters in Quetta "
         "on Tuesday.",
         "Quetta", "PK", "Pakistan", ERV, "Remote explosive/landmine/IED"},
        {"Gunmen detonated a car bomb at the gate of a base near Gao and attacked the soldiers on Sunday.", "Gao",
         "ML", "Mali", ERV, "Remote explosive/landmine/IED"},
        {"Al-Shabaab fighters set off a car bomb outside a hotel in Mogadishu and then stormed the building on "
         "Friday.",
         "Mogadishu", "SO", "Somalia", ERV, "Remote explosive/landmine/IED"},
    };
    check_one_each(cases);
}

TEST_CASE("battles: the attack a sentence's weapons make, or one it refers to, is no battle beside the explosion",
          "[events]") {
    // the noun right after a weapon's cue, after "the" or after earlier, prior, previous
    const std::vector<Typed> one = {
        {"Houthi forces launched a drone and missile attack on oil facilities in Jizan on Sunday.", "Jizan", "SA",
         "Saudi Arabia", ERV, "Air/drone strike"},
        {"IS militants launched a mortar attack on a village south of Mosul on Wednesday, wounding two fighters.",
         "Mosul", "IQ", "Iraq", ERV, "Shelling/artillery/missile attack"},
        {"A military vehicle was hit by an IED near Mandera on Monday (the source attributes the attack to al "
         "Shabaab).",
         "Mandera", "KE", "Kenya", ERV, "Remote explosive/landmine/IED"},
        {"The air force conducted airstrikes near Djibo on Tuesday in response to an IED attack.", "Djibo", "BF",
         "Burkina Faso", ERV, "Air/drone strike"},
        {"A roadside bomb exploded near police responding to an earlier attack in Sukma on Friday.", "Sukma", "IN",
         "India", ERV, "Remote explosive/landmine/IED"},
    };
    check_one_each(one);
    // an attack of its own, told by a verb or as a new act: both stay
    for (const Typed& c : std::vector<Typed>{
             {"Militants fired mortars at the base in Gao and attacked a checkpoint on the road to Ansongo on "
              "Monday.",
              "Gao", "ML", "Mali", ERV, "Shelling/artillery/missile attack"},
             {"A bomb exploded at a market in Mandera on Monday while gunmen in a separate incident attacked a "
              "police post.",
              "Mandera", "KE", "Kenya", ERV, "Remote explosive/landmine/IED"}}) {
        INFO(c.text);
        CHECK(events_of(c).size() == 2);
    }
}

TEST_CASE("battles: the violence a motive refers to is an earlier incident, its deaths too", "[events]") {
    // "in retaliation for", "in response to", "in revenge for", "to avenge": what the motive
    // names happened before; the report's act is the event, without the earlier deaths
    struct Case {
        Typed t;
        int fatalities; // the event's, -1 unknown
    };
    const std::vector<Case> cases = {
        {{"Militants fired a rocket at Ashkelon on Sunday in response to an overnight air strike that killed 41 "
          "people.",
          "Ashkelon", "IL", "Israel", ERV, "Shelling/artillery/missile attack"},
         -1},
        {{"Gunmen killed five herders in Kaura on Monday in revenge for the killing of a farmer.", "Kaura", "NG",
          "Nigeria", VAC, "Attack"},
         5},
        {{"Israeli jets bombed targets near Nabatieh on Friday in retaliation for a rocket attack on Kiryat "
          "Shmona.",
          "Nabatieh", "LB", "Lebanon", ERV, "Air/drone strike"},
         -1},
        {{"Troops shelled Kidal on Monday to avenge the deaths of 12 soldiers in an ambush.", "Kidal", "ML", "Mali",
          ERV, "Shelling/artillery/missile attack"},
         -1},
    };
    for (const auto& c : cases) {
        INFO(c.t.text);
        const auto ev = events_of(c.t);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == c.t.type);
        CHECK(ev[0].sub_event_type == c.t.sub);
        CHECK(ev[0].fatalities == c.fatalities);
    }
    // a motive that names no violence, or violence told before the motive: as before
    check_first({"The army shelled Kidal on Monday in response to calls from residents.", "Kidal", "ML", "Mali",
                 ERV, "Shelling/artillery/missile attack"});
    // the means of the answer is the act ("by killing"): the killing is the event
    const Typed avenged{"Gunmen set out to avenge their leader by killing five herders in Kaura on Monday.",
                        "Kaura", "NG", "Nigeria", VAC, "Attack"};
    check_first(avenged);
    CHECK(events_of(avenged)[0].fatalities == 5);
    // a participle tells what its subject did: the police's act is the event
    const Typed police{"Police responding to the attack killed two gunmen in Kano on Monday.", "Kano", "NG",
                       "Nigeria", B, "Armed clash"};
    check_first(police);
    CHECK(events_of(police)[0].fatalities == 2);
}
