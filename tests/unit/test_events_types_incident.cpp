// Event types of one incident told over its sentences (issue #13, typing round ev15): petrol
// bombs thrown by an armed group or by a crowd, property destroyed or looted in an attack that hurt
// people, an attack in general words that was the looting told after it. Invented sentences.
#include "test_events_helpers.hpp"

using namespace events_test;

namespace {
const std::string B = "Battles", E = "Explosions/Remote violence", V = "Violence against civilians",
                  S = "Strategic developments", R = "Riots";

/// The events of the text, one town resolved in the given country.
std::vector<Event> events_of(const std::string& text, const std::string& town, const std::string& cc,
                             const std::string& country) {
    return run(text, {town_of(text, town, cc, country)});
}
} // namespace

TEST_CASE("types: a petrol bomb is no explosive: an armed group's is its attack, typed by the target, a "
          "crowd's a riot",
          "[events][ev15]") {
    check_types({
        {"Assailants threw petrol bombs at a police station in Srinagar on Monday.", "Srinagar", "IN", "India", B,
         "Armed clash"},
        {"Gunmen hurled a petrol bomb at a bus in Karachi on Friday, killing two passengers.", "Karachi", "PK",
         "Pakistan", V, "Attack"},
        {"Militants threw a Molotov cocktail at a market in Kismayo on Sunday.", "Kismayo", "SO", "Somalia", V,
         "Attack"},
        {"Rioters threw petrol bombs at police in Belfast on Tuesday.", "Belfast", "GB", "United Kingdom", R,
         "Violent demonstration"},
        {"Students protested against fees in Valparaiso on Monday. They hurled Molotov cocktails at the police.",
         "Valparaiso", "CL", "Chile", R, "Violent demonstration"},
    });
    // never an explosion, whoever threw it
    for (const std::string text : {"Assailants threw petrol bombs at a police station in Srinagar on Monday.",
                                   "Gunmen hurled a petrol bomb at a bus in Karachi on Friday.",
                                   "Youths threw fire bombs at the police in Belfast on Tuesday."}) {
        INFO(text);
        auto ev = run(text, {town_of(text, text.find("Srinagar") != std::string::npos ? "Srinagar"
                                               : text.find("Karachi") != std::string::npos ? "Karachi"
                                                                                         : "Belfast",
                                     "XX", "Xland")});
        REQUIRE(!ev.empty());
        for (const auto& e : ev) CHECK(e.event_type != E);
    }
    // the armed group is actor1, its deaths the event's
    auto ev = events_of("Gunmen hurled a petrol bomb at a bus in Karachi on Friday, killing two passengers.", "Karachi",
                        "PK", "Pakistan");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].actor1.name.rfind("Unidentified Armed Group", 0) == 0);
    CHECK(ev[0].fatalities == 2);
}

TEST_CASE("types: property destroyed or looted in an attack that hurt people is part of that violence, one "
          "incident",
          "[events][ev15]") {
    struct Case {
        std::string text, town, cc, country, type, sub;
        int fatalities;
    };
    for (const auto& c : std::vector<Case>{
             {"Militants attacked a village and set fire to several houses near Gao on Sunday. Three farmers were "
              "killed.",
              "Gao", "ML", "Mali", V, "Attack", 3},
             {"Gunmen set fire to vehicles along the highway near Enugu on Monday. Two gunmen and a police officer "
              "were killed in the ensuing clash with security forces.",
              "Enugu", "NG", "Nigeria", B, "Armed clash", 3},
             {"Gunmen looted shops in Sokoto on Friday. They abducted four traders.", "Sokoto", "NG", "Nigeria", V,
              "Abduction/forced disappearance", -1},
             {"Gunmen opened fire on a bank and set fire to vehicles in Kano on Tuesday. Two people were injured in "
              "the attack.",
              "Kano", "NG", "Nigeria", V, "Attack", -1},
             {"Militants torched a school near Kandahar on Monday, injuring a guard.", "Kandahar", "AF", "Afghanistan",
              V, "Attack", -1},
         }) {
        INFO(c.text);
        auto ev = events_of(c.text, c.town, c.cc, c.country);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == c.type);
        CHECK(ev[0].sub_event_type == c.sub);
        CHECK(ev[0].fatalities == c.fatalities);
    }
    // nobody hurt: the property destroyed is the event (ACLED's Looting/property destruction)
    check_types({
        {"Militants burned a school in Kaya on Monday. No one was injured.", "Kaya", "BF", "Burkina Faso", S,
         "Looting/property destruction"},
        {"Gunmen set fire to a health centre in Beni on Friday.", "Beni", "CD", "DR Congo", S,
         "Looting/property destruction"},
    });
    // deaths told at another place are another incident: the burning stays what it was
    const std::string two = "Militants set fire to a school in Kaya on Monday. In Djibo, soldiers killed five militants.";
    auto ev = run(two, {place(two, "Kaya", "Kaya", "BF", "BF.01", 13.1, -1.1, "P.PPL"),
                        place(two, "Djibo", "Djibo", "BF", "BF.02", 14.1, -1.6, "P.PPL")});
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].sub_event_type == "Looting/property destruction");
    CHECK(ev[1].event_type == B);
}

TEST_CASE("types: an attack told in general words, nobody hurt, whose next sentence tells the looting is that "
          "looting, an attack on an armed target stays a battle",
          "[events][ev15]") {
    for (const auto& [text, town, cc, country] : std::vector<std::array<std::string, 4>>{
             {"Gunmen attacked Gwoza on Sunday. There were no casualties; however, the gunmen looted shops and stole "
              "food.",
              "Gwoza", "NG", "Nigeria"},
             {"Militants attacked Mocimboa on Friday. The militants looted houses and stole cattle.", "Mocimboa", "MZ",
              "Mozambique"},
         }) {
        INFO(text);
        auto ev = events_of(text, town, cc, country);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].sub_event_type == "Looting/property destruction");
    }
    check_types({
        {"Gunmen attacked a police post in Gwoza on Sunday. They looted the armoury.", "Gwoza", "NG", "Nigeria", B,
         "Armed clash"},
        {"Militants opened fire in the village of Tessit on Friday. They looted houses.", "Tessit", "ML", "Mali", V,
         "Attack"},
    });
}

TEST_CASE("types: a clash told as ensuing after an attack is that attack answered: one Armed clash with its "
          "deaths",
          "[events][ev15]") {
    struct Case {
        std::string text, town, cc, country;
        int fatalities;
    };
    for (const auto& c : std::vector<Case>{
             {"Gunmen attacked the house of a militia commander in Kunduz on Monday. Seven people, including six "
              "militia members and one civilian, were killed in the ensuing clash.",
              "Kunduz", "AF", "Afghanistan", 7},
             {"Militants attacked the village of Tessit on Friday. Four militants were killed in the subsequent "
              "fighting.",
              "Tessit", "ML", "Mali", 4},
             {"Bandits raided a market in Zurmi on Sunday. In the ensuing gunfight, three residents and one bandit "
              "were killed.",
              "Zurmi", "NG", "Nigeria", 4},
         }) {
        INFO(c.text);
        auto ev = events_of(c.text, c.town, c.cc, c.country);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == B);
        CHECK(ev[0].sub_event_type == "Armed clash");
        CHECK(ev[0].fatalities == c.fatalities);
    }
    // a clash not said to ensue is no answer to the attack told before
    const std::string text = "Gunmen opened fire on a bus in Zurmi on Sunday. Soldiers clashed with bandits in "
                             "Zurmi on Monday.";
    auto ev = run(text, {town_of(text, "Zurmi", "NG", "Nigeria")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == V);
}

TEST_CASE("types: people seized by an armed group are abducted, not arrested, the state's arrests stay Arrests",
          "[events][ev15]") {
    check_types({
        {"Gunmen detained dozens of travellers near Taiz on Monday.", "Taiz", "YE", "Yemen", V,
         "Abduction/forced disappearance"},
        {"Militants arrested two traders in Gao on Friday.", "Gao", "ML", "Mali", V, "Abduction/forced disappearance"},
        {"Bandits detained a village chief in Zurmi on Sunday.", "Zurmi", "NG", "Nigeria", V,
         "Abduction/forced disappearance"},
        {"Police arrested five militants in Peshawar on Tuesday.", "Peshawar", "PK", "Pakistan", S, "Arrests"},
    });
    // state forces named with the militants are the ones who arrest
    const std::string text = "Soldiers killed four militants and detained two others near Beni on Monday.";
    auto ev = run(text, {town_of(text, "Beni", "CD", "DR Congo")});
    REQUIRE(!ev.empty());
    for (const auto& e : ev) CHECK(e.sub_event_type != "Abduction/forced disappearance");
}

TEST_CASE("types: an aircraft fired on or attacked is the target, not an air strike, an aircraft that strikes "
          "stays one",
          "[events][ev15]") {
    check_types({
        {"Militants opened fire on a military helicopter near Bhamo on Monday.", "Bhamo", "MM", "Myanmar", B,
         "Armed clash"},
        {"Gunmen opened fire on an Air Force base in Kaduna on Friday.", "Kaduna", "NG", "Nigeria", B, "Armed clash"},
        {"Rebels attacked a helicopter near Kidal on Sunday.", "Kidal", "ML", "Mali", B, "Armed clash"},
        {"A military helicopter bombed rebel positions near Bhamo on Monday.", "Bhamo", "MM", "Myanmar", E,
         "Air/drone strike"},
        {"Government warplanes struck the market of Kafr Nabl on Tuesday, killing six civilians.", "Kafr Nabl", "SY",
         "Syria", E, "Air/drone strike"},
    });
    for (const std::string text : {"Militants opened fire on a military helicopter near Bhamo on Monday.",
                                   "Gunmen opened fire on an Air Force base in Bhamo on Friday."}) {
        INFO(text);
        auto ev = run(text, {town_of(text, "Bhamo", "MM", "Myanmar")});
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == B);
    }
}

TEST_CASE("types: rocket-propelled grenades and small arms the attackers carried are no act, the verb after "
          "the list is",
          "[events][ev15]") {
    check_types({
        {"Gunmen armed with firearms and rocket-propelled grenades attacked a minibus in Baghlan on Monday, killing "
         "two passengers.",
         "Baghlan", "AF", "Afghanistan", V, "Attack"},
        {"Militants armed with RPGs and small arms attacked a bus near Kidal on Friday.", "Kidal", "ML", "Mali", V,
         "Attack"},
        {"Assailants armed with rifles abducted a girl in Dantewada on Sunday.", "Dantewada", "IN", "India", V,
         "Abduction/forced disappearance"},
        {"Gunmen armed with knives attacked a journalist in Mogadishu on Tuesday.", "Mogadishu", "SO", "Somalia", V,
         "Attack"},
    });
}

TEST_CASE("types: a drone used to hit a target or that dropped its load is an air/drone strike, a drone used "
          "to watch is none",
          "[events][ev15]") {
    check_types({
        {"Militants used a drone to target army forces in Kunduz on Monday.", "Kunduz", "AF", "Afghanistan", E,
         "Air/drone strike"},
        {"The rebels used drones to attack a police post near Bhamo on Friday.", "Bhamo", "MM", "Myanmar", E,
         "Air/drone strike"},
        {"A drone dropped explosives on a market in Kharkiv on Sunday, killing two people.", "Kharkiv", "UA",
         "Ukraine", E, "Air/drone strike"},
        {"A drone targeted a car near Marib on Tuesday, killing three men.", "Marib", "YE", "Yemen", E,
         "Air/drone strike"},
    });
    const std::string text = "Police used drones to monitor the crowd in Nairobi on Monday.";
    auto ev = run(text, {town_of(text, "Nairobi", "KE", "Kenya")});
    for (const auto& e : ev) CHECK(e.event_type != E);
}

TEST_CASE("types: an attack made with an explosive is the explosion first, a shot in a run of verbs with a "
          "killing of a civilian is that killing",
          "[events][ev15]") {
    check_types({
        {"Assailants attacked a student with a crude bomb in Bhatpara on Sunday, killing him.", "Bhatpara", "IN",
         "India", E, "Remote explosive/landmine/IED"},
        {"Gunmen attacked a trader with a grenade in Mardan on Monday.", "Mardan", "PK", "Pakistan", E, "Grenade"},
        {"Men hurled country-made bombs at a house in Dhaka on Friday.", "Dhaka", "BD", "Bangladesh", E,
         "Remote explosive/landmine/IED"},
        {"In Khost on Friday, the gunmen beat, shot and beheaded him.", "Khost", "AF", "Afghanistan", V, "Attack"},
        {"At a checkpoint near Gao on Sunday, militants stopped him, shot and executed him.", "Gao", "ML", "Mali", V,
         "Attack"},
    });
    // "in the attack" is the incident, not a verb of the run: the deaths stay the attack's
    const std::string text = "Gunmen attacked a police post in Kunduz on Monday. Five police officers were killed and "
                             "three others were abducted in the attack.";
    auto ev = run(text, {town_of(text, "Kunduz", "AF", "Afghanistan")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == B);
    CHECK(ev[0].fatalities == 5);
}

TEST_CASE("types: the arrest a crowd protests against is no intervention, an arrest at the protest, or the "
          "police obstructing the rally, is",
          "[events][ev15]") {
    const std::string P = "Protests";
    check_types({
        {"Journalists protested in Multan on Monday against the arrest of an editor.", "Multan", "PK", "Pakistan", P,
         "Peaceful protest"},
        {"Party members staged a protest rally in Khulna on Friday, demanding the release of detained members.",
         "Khulna",
         "BD", "Bangladesh", P, "Peaceful protest"},
        {"Residents protested in Kisumu on Sunday after the police arrested a local chief.", "Kisumu", "KE", "Kenya", P,
         "Peaceful protest"},
        {"Relatives protested in Rosario on Monday to demand justice for a woman whose killer was arrested.",
         "Rosario", "AR", "Argentina", P, "Peaceful protest"},
        {"Teachers protested in Lima on Monday. Police arrested 12 of them.", "Lima", "PE", "Peru", P,
         "Protest with intervention"},
        {"Students staged a rally in Sylhet on Tuesday. Police obstructed the rally.", "Sylhet", "BD", "Bangladesh", P,
         "Protest with intervention"},
    });
    // the arrest protested against makes no Arrests event of its own
    const std::string text = "Journalists protested in Multan on Monday against the arrest of an editor.";
    auto ev = run(text, {town_of(text, "Multan", "PK", "Pakistan")});
    REQUIRE(ev.size() == 1);
}

TEST_CASE("types: a victim found dead at a town the sentence names before the cue is a killing of a civilian",
          "[events][ev15]") {
    check_types({
        {"On 29 April, in Celaya, a man was found dead in Colonia Las Aves. 1 fatality.", "Celaya", "MX", "Mexico", V,
         "Attack"},
        {"On Monday, in Kumasi, the body of a woman was found near the market.", "Kumasi", "GH", "Ghana", V, "Attack"},
        {"In Cali on Sunday the bodies of two men were found with gunshot wounds.", "Cali", "CO", "Colombia", V,
         "Attack"},
    });
}

TEST_CASE("types: small arms fire used to kill is the means of that killing, not an exchange of fire, suspects "
          "killed in a raid bear no arms",
          "[events][ev15]") {
    check_types({
        {"On Friday, gunmen shot and killed two civilians in Azaz using small arms fire.", "Azaz", "SY", "Syria", V,
         "Attack"},
        {"Militants shot dead a farmer near Mopti with small arms fire on Monday.", "Mopti", "ML", "Mali", V,
         "Attack"},
        {"On 2 May, a drug suspect was killed during a police raid in Cabanatuan.", "Cabanatuan", "PH", "Philippines",
         V, "Attack"},
        {"Two robbery suspects were shot dead by police in Durban on Sunday.", "Durban", "ZA", "South Africa", V,
         "Attack"},
        // fire exchanged with small arms stays a battle
        {"Soldiers and rebels exchanged small arms fire near Goma on Monday.", "Goma", "CD", "DR Congo", B,
         "Armed clash"},
    });
}

TEST_CASE("types: a crowd noun that is the subject of a killing or an assault did it (Mob violence), civilians "
          "killed by an armed group are its victims",
          "[events][ev15]") {
    const std::string M = "Mob violence";
    check_types({
        {"On Tuesday, locals assaulted and killed a man in Sylhet on suspicion of theft.", "Sylhet", "BD",
         "Bangladesh", R, M},
        {"On Monday, rivals assaulted and killed a farmer in Chandpur over a land dispute.", "Chandpur", "BD",
         "Bangladesh", R, M},
        {"Villagers attacked and killed two suspected cattle thieves near Kisumu on Sunday.", "Kisumu", "KE", "Kenya",
         R, M},
        {"Residents attacked and killed a suspected thief in Puebla on Friday.", "Puebla", "MX", "Mexico", R, M},
        {"Militants shot dead two civilians in Gao on Monday.", "Gao", "ML", "Mali", V, "Attack"},
        {"Militants attacked villagers near Gao on Monday, killing three.", "Gao", "ML", "Mali", V, "Attack"},
        // armed youths bear arms: their attack on a meeting is no crowd's riot
        {"Armed youths attacked a party meeting in Rongo on Sunday, injuring a man.", "Rongo", "KE", "Kenya", V,
         "Attack"},
    });
}

TEST_CASE("a change of territory told in the text is no kind of violence that kills: a generic attack "
          "takes the document's bombing type (issue #13, evd)",
          "[events]") {
    struct Case {
        std::string text, town, cc, country;
        int dead;
    };
    const std::vector<Case> cases = {
        {"A blast killed six people in Aleppo on Wednesday. Government forces recaptured the city in December. "
         "Saturday's attack on a convoy killed 126 people.",
         "Aleppo", "SY", "Syria", 126},
        {"An explosion killed eight people in Mogadishu on Wednesday. Government troops recaptured the district in "
         "January. Saturday's attack on a bus killed 15 people.",
         "Mogadishu", "SO", "Somalia", 15},
        {"A blast killed five soldiers near Kirkuk on Thursday. Iraqi forces retook the area in 2017. Monday's "
         "attack on a checkpoint killed three policemen.",
         "Kirkuk", "IQ", "Iraq", 3},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)}, "2024-03-28");
        const auto it = std::find_if(ev.begin(), ev.end(), [&](const Event& e) { return e.fatalities == c.dead; });
        REQUIRE(it != ev.end());
        CHECK(it->event_type == "Explosions/Remote violence");
        CHECK(it->sub_event_type == "Remote explosive/landmine/IED");
    }
}
