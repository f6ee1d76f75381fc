// ACLED event and sub-event types worldwide (issue #13): protests and riots and how they went,
// Violence against civilians against Battles by the target, strategic developments (looting and
// property destruction, movements of forces, disrupted weapons use, agreements), and the
// sentences that look alike but report no event. The sentences are our own.
#include "test_events_helpers.hpp"

#include "core/acled.hpp"

#include <array>

namespace {

struct Case {
    std::string text, town, cc, country;
    std::string type, sub;
    std::string actor1 = {}; // checked when not empty
    std::string actor2 = {};
};

void check_first(const Case& c) {
    auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)});
    INFO(c.text);
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == c.type);
    CHECK(ev[0].sub_event_type == c.sub);
    if (!c.actor1.empty()) CHECK(ev[0].actor1.name.rfind(c.actor1, 0) == 0);
    if (!c.actor2.empty()) CHECK(ev[0].actor2.name.rfind(c.actor2, 0) == 0);
}

/// Through the trigger checks too (run_checked): one event, of the case's type, sub-event type
/// and (when given) first actor.
void check_one_checked(const Case& c) {
    INFO(c.text);
    auto ev = run_checked(c.text, {town_of(c.text, c.town, c.cc, c.country)});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].event_type == c.type);
    CHECK(ev[0].sub_event_type == c.sub);
    if (!c.actor1.empty()) CHECK(ev[0].actor1.name == c.actor1);
}

const std::string P = "Protests", R = "Riots", SD = "Strategic developments";

} // namespace

TEST_CASE("types: peaceful protests from many countries, the crowd as Protesters (X)", "[events]") {
    const std::vector<Case> cases = {
        {"On 3 March 2021, nurses staged a protest in Mombasa over unpaid allowances.", "Mombasa", "KE", "Kenya", P,
         "Peaceful protest", "Protesters (Kenya)"},
        {"Hundreds of farmers held a demonstration in Ludhiana on Friday against the new seed law.", "Ludhiana", "IN",
         "India", P, "Peaceful protest", "Protesters (India)"},
        {"Dismissed miners took to the streets of Oruro on Monday to demand their wages.", "Oruro", "BO", "Bolivia", P,
         "Peaceful protest", "Protesters (Bolivia)"},
        {"Students formed a human chain in Sylhet on Sunday demanding safer roads.", "Sylhet", "BD", "Bangladesh", P,
         "Peaceful protest", "Protesters (Bangladesh)"},
        {"Taxi drivers gathered outside the town hall in Porto Velho on Tuesday to demand lower fuel prices.",
         "Porto Velho", "BR", "Brazil", P, "Peaceful protest", "Protesters (Brazil)"},
        {"Teachers protested in Bobo-Dioulasso on Thursday against the transfer of colleagues.", "Bobo-Dioulasso",
         "BF", "Burkina Faso", P, "Peaceful protest", "Protesters (Burkina Faso)"},
        {"Opposition supporters took out a rally in Quetta on Saturday.", "Quetta", "PK", "Pakistan", P,
         "Peaceful protest", "Protesters (Pakistan)"},
        {"Pensioners organised a protest in Plovdiv on Wednesday against cuts to their benefits.", "Plovdiv", "BG",
         "Bulgaria", P, "Peaceful protest", "Protesters (Bulgaria)"},
        {"Farmers held a march in Tours on Monday to demand higher milk prices.", "Tours", "FR", "France", P,
         "Peaceful protest", "Protesters (France)"},
        {"Hundreds of dockworkers poured into the streets of Antofagasta on Thursday.", "Antofagasta", "CL", "Chile", P,
         "Peaceful protest", "Protesters (Chile)"},
        {"Residents closed the main road in Jessore on Friday in protest over power cuts.", "Jessore", "BD",
         "Bangladesh", P, "Peaceful protest", "Protesters (Bangladesh)"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: a crowd that marched is a peaceful protest, the month March is none", "[events]") {
    const std::vector<Case> cases = {
        {"Thousands of students marched in Dhaka on Monday.", "Dhaka", "BD", "Bangladesh", P, "Peaceful protest",
         "Protesters (Bangladesh)"},
        {"Students marched through Nairobi on Tuesday, chanting slogans against the tax bill.", "Nairobi", "KE",
         "Kenya", P, "Peaceful protest", "Protesters (Kenya)"},
        {"Hundreds of teachers marched to parliament in Lilongwe demanding higher pay.", "Lilongwe", "MW", "Malawi",
         P, "Peaceful protest", "Protesters (Malawi)"},
        {"Supporters of the candidate were marching in Kinshasa on Saturday against the election result.", "Kinshasa",
         "CD", "Democratic Republic of the Congo", P, "Peaceful protest", ""},
    };
    for (const auto& c : cases) check_first(c);
    // a group's supporters who march or protest are a crowd, not the group in arms ("opposition"
    // is a rebel group in Syria's news; its supporters in a street are protesters)
    const std::vector<Case> followers = {
        {"Opposition supporters marched in Kampala on Monday.", "Kampala", "UG", "Uganda", P, "Peaceful protest",
         "Protesters (Uganda)"},
        {"Opposition supporters protested in Harare on Tuesday against the arrest of their leader.", "Harare", "ZW",
         "Zimbabwe", P, "Peaceful protest", "Protesters (Zimbabwe)"},
        {"PKK sympathisers demonstrated in Diyarbakir on Sunday.", "Diyarbakir", "TR", "Turkey", P,
         "Peaceful protest", "Protesters (Turkey)"},
        {"Houthi loyalists demonstrated in Ibb on Friday.", "Ibb", "YE", "Yemen", P, "Peaceful protest",
         "Protesters (Yemen)"},
    };
    for (const auto& c : followers) check_first(c);
    // the month after a crowd noun is no march ("protesters March 5", "students in March")
    for (const char* text : {"Police said 30 protesters March 5 were detained after curfew in Tamale.",
                             "The students March 12 visited a museum in Tamale."}) {
        INFO(text);
        for (const auto& e : run_checked(text, {town_of(text, "Tamale", "GH", "Ghana")})) CHECK(e.event_type != P);
    }
}

TEST_CASE("types: a killing told by the marks on its victims, shots at sellers, riders, neighbours, outlets", "[events]") {
    // (ACLED: a body with signs of torture, a slit throat or a coup de grace was killed, Violence
    // against civilians; people who bear no arms and the places they gather are civilian targets)
    const std::string V = "Violence against civilians";
    const std::vector<Case> cases = {
        {"The body of a taxi driver bearing signs of torture was found in Culiacan on Sunday.", "Culiacan", "MX",
         "Mexico", V, "Attack"},
        {"Two men with their throats slit were found near Kandahar on Monday.", "Kandahar", "AF", "Afghanistan", V,
         "Attack"},
        {"Three bodies were found in Tijuana on Saturday, each killed with a coup de grace.", "Tijuana", "MX",
         "Mexico", V, "Attack"},
        {"Gunmen shot dead a fruit seller in Maiduguri on Friday.", "Maiduguri", "NG", "Nigeria", V, "Attack"},
        {"Unknown gunmen opened fire on a drinks outlet in Kaya on Sunday, killing two people.", "Kaya", "BF",
         "Burkina Faso", V, "Attack"},
        {"A man shot dead his neighbour in Kakamega on Tuesday.", "Kakamega", "KE", "Kenya", V, "Attack"},
        {"Gunmen shot two taxi riders in Bunia on Wednesday.", "Bunia", "CD", "Democratic Republic of the Congo",
         V, "Attack"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: an attack on goods or livestock that killed no one is property destruction", "[events]") {
    // (ACLED: destroying or seizing property outside other violence is Looting/property
    // destruction; people killed with it make it that violence)
    const std::string L = "Looting/property destruction";
    const std::vector<Case> cases = {
        {"Assailants attacked and killed 12 cows in Gboko on Monday. There were no reported casualties.", "Gboko",
         "NG", "Nigeria", SD, L},
        {"Gunmen attacked a herd of cattle near Kafanchan on Sunday.", "Kafanchan", "NG", "Nigeria", SD, L},
        {"Bandits raided livestock in Gusau on Tuesday.", "Gusau", "NG", "Nigeria", SD, L},
        {"Bandits attacked goats and camels near Garissa on Friday.", "Garissa", "KE", "Kenya", SD, L},
        {"Gunmen attacked herders near Kafanchan on Sunday, killing two herders and 40 cows.", "Kafanchan", "NG",
         "Nigeria", "Violence against civilians", "Attack"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: armed men who break into a home attack the people in it", "[events]") {
    // (ACLED: Violence against civilians / Attack, even when nobody was there; an actor is needed)
    const std::string V = "Violence against civilians";
    const std::vector<Case> cases = {
        {"Assailants broke into the house of a traditional ruler in Gboko on Saturday. The ruler was away.", "Gboko",
         "NG", "Nigeria", V, "Attack", "Unidentified Armed Group (Nigeria)"},
        {"Unidentified gunmen broke into the residence of a councillor in Bamenda on Friday.", "Bamenda", "CM",
         "Cameroon", V, "Attack"},
        {"Gunmen broke into the home of a teacher in Kaduna on Sunday and shot him dead.", "Kaduna", "NG", "Nigeria", V,
         "Attack"},
        {"Suspected militants broke into the house of a village elder in Ghazni on Monday.", "Ghazni", "AF",
         "Afghanistan", V, "Attack"},
    };
    for (const auto& c : cases) check_first(c);
    // thieves are no armed group: a burglary is no event
    const std::string theft = "Thieves broke into the house of a banker in Lyon on Tuesday and stole jewels.";
    CHECK(run(theft, {town_of(theft, "Lyon", "FR", "France")}).empty());
}

TEST_CASE("types: goods seized by the quantity are a seizure, no territory taken", "[events]") {
    // (ACLED: goods seized are Looting/property destruction; a number written in groups,
    // "250,000", "2,5", is one number, no break in the phrase)
    const std::string L = "Looting/property destruction";
    const std::vector<Case> cases = {
        {"Federal police seized 2,5 tons of cocaine in Santos on Friday.", "Santos", "BR", "Brazil", SD, L},
        {"Police seized 120,000 packs of smuggled cigarettes near Foz do Iguacu on Monday.", "Foz do Iguacu", "BR",
         "Brazil", SD, L},
        {"Police seized 40 kilograms of heroin in Jalalabad on Sunday.", "Jalalabad", "AF", "Afghanistan", SD,
         L},
        {"Police seized 1,2 million packets of contraband cigarettes in Lahore on Tuesday.", "Lahore", "PK",
         "Pakistan", SD, L},
        // a town seized is still taken
        {"Islamic State militants seized the town of Palmyra on Wednesday.", "Palmyra", "SY", "Syria", "Battles",
         "Non-state actor overtakes territory"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: gangs, bandits, cultists and kidnappers are armed: forces that kill them fight a battle", "[events]") {
    // (the victims named by the shot, not the crime they were suspected of, decide the type)
    const std::vector<Case> cases = {
        {"Police shot dead six gang members suspected of raping a woman in Dandora on Tuesday.", "Dandora", "KE",
         "Kenya", "Battles", "Armed clash"},
        {"Police officers shot dead three kidnappers holding a woman in Acapulco on Monday.", "Acapulco", "MX", "Mexico",
         "Battles", "Armed clash"},
        {"Soldiers shot dead four bandits suspected of robbing traders near Tsafe on Sunday.", "Tsafe", "NG", "Nigeria",
         "Battles", "Armed clash"},
        {"Police shot dead two cultists suspected of killing a student in Benin City on Friday.", "Benin City", "NG",
         "Nigeria", "Battles", "Armed clash"},
        // suspects bear no arms
        {"Police shot dead a drug suspect in Dandora on Tuesday.", "Dandora", "KE", "Kenya",
         "Violence against civilians", "Attack"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: the violence or arrest a protest is against is its cause, one protest", "[events]") {
    // (ACLED codes the protest; the attack, abduction or arrest it denounces is told elsewhere)
    const std::vector<Case> cases = {
        {"On 5 May 2020, residents held a protest in Maiduguri against the abduction of three farmers by gunmen.",
         "Maiduguri", "NG", "Nigeria", P, "Peaceful protest", "Protesters (Nigeria)"},
        {"Relatives staged a sit-in in Quetta on Monday demanding the release of two men abducted by security forces.",
         "Quetta", "PK", "Pakistan", P, "Peaceful protest", "Protesters (Pakistan)"},
        {"Journalists staged a protest in Keraniganj on Tuesday against the assault on a reporter by police.",
         "Keraniganj", "BD", "Bangladesh", P, "Peaceful protest", "Protesters (Bangladesh)"},
        {"Dozens of people protested in Bobo-Dioulasso on Friday against the shooting of a driver by police.",
         "Bobo-Dioulasso", "BF", "Burkina Faso", P, "Peaceful protest", "Protesters (Burkina Faso)"},
        {"Students held a rally in Kisumu on Monday condemning the killing of a classmate by gunmen.", "Kisumu", "KE",
         "Kenya", P, "Peaceful protest", "Protesters (Kenya)"},
        // property looted or seized, a prior clash: the cause or background, no riot of this crowd
        {"Protesters gathered in Beirut on Thursday demanding the return of looted funds.", "Beirut", "LB", "Lebanon",
         P, "Peaceful protest"},
        {"Workers protested in Monterrey on Tuesday rejecting police actions in which officers confiscated their "
         "trucks.",
         "Monterrey", "MX", "Mexico", P, "Peaceful protest"},
        {"Awami League supporters staged a rally in Dhaka on Sunday following prior clashes with BNP activists.",
         "Dhaka", "BD", "Bangladesh", P, "Peaceful protest"},
    };
    for (const auto& c : cases) {
        check_first(c);
        INFO(c.text);
        CHECK(run(c.text, {town_of(c.text, c.town, c.cc, c.country)}).size() == 1);
    }
    // the crowd's own destruction is no cause: "turning over a hearse" (over is no word of cause here)
    const std::string own = "Residents protested in Gourcy on Monday, turning over a hearse and destroying the wall of a "
                            "house.";
    auto riot = run(own, {town_of(own, "Gourcy", "BF", "Burkina Faso")});
    REQUIRE(!riot.empty());
    CHECK(riot[0].event_type == "Riots");
    // the violence a protest met is no cause: still its own course ("police attacked the protesters")
    const std::string met = "Police fired tear gas at protesters in Nairobi on Tuesday.";
    auto ev = run(met, {town_of(met, "Nairobi", "KE", "Kenya")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].sub_event_type == "Protest with intervention");
}

TEST_CASE("types: how a protest went: intervention, excessive force, a violent demonstration", "[events]") {
    const std::vector<Case> cases = {
        // the police broke it up: Protest with intervention, the crowd first, the police second
        {"Traders held a protest in Kisumu on Monday. Police dispersed them with tear gas.", "Kisumu", "KE", "Kenya", P,
         "Protest with intervention", "Protesters (Kenya)"},
        {"Students staged a sit-in in Lahore on Friday before police used water cannon on them.", "Lahore", "PK",
         "Pakistan", P, "Protest with intervention", "Protesters (Pakistan)"},
        // fired on: Excessive force against protesters
        {"Soldiers opened fire on protesters in Mandalay on Sunday, killing two protesters.", "Mandalay", "MM",
         "Myanmar", P, "Excessive force against protesters"},
        {"Workers demonstrated in Bamenda on Tuesday; security forces fired live ammunition at the crowd.", "Bamenda",
         "CM", "Cameroon", P, "Excessive force against protesters"},
        // the crowd turned violent: Riots / Violent demonstration, Rioters (X)
        {"Residents staged a protest in Kano on Monday and threw stones at passing vehicles.", "Kano", "NG",
         "Nigeria", R, "Violent demonstration", "Rioters (Nigeria)"},
        {"Villagers held a protest in Tororo on Friday. They burned tyres and blocked the highway.", "Tororo", "UG",
         "Uganda", R, "Violent demonstration", "Rioters (Uganda)"},
        {"Protesters clashed with police in Conakry on Thursday.", "Conakry", "GN", "Guinea", R,
         "Violent demonstration", "Rioters (Guinea)", "Police Forces of Guinea"},
        {"Demonstrators vandalised shops in Antananarivo on Saturday.", "Antananarivo", "MG", "Madagascar", R,
         "Violent demonstration", "Rioters (Madagascar)"},
        // a crowd's violence with no demonstration: Mob violence
        {"A suspected thief was lynched by a mob in Jinja on Monday.", "Jinja", "UG", "Uganda", R, "Mob violence",
         "Rioters (Uganda)"},
        {"Villagers clashed with residents of a neighbouring village in Tenkodogo on Friday.", "Tenkodogo", "BF",
         "Burkina Faso", R, "Mob violence", "Rioters (Burkina Faso)"},
        // crowds named by crowd nouns (lexicon/actors.tsv), no armed group: a riot, not a battle
        {"Youths from two villages clashed in Kakamega on Sunday.", "Kakamega", "KE", "Kenya", R, "Mob violence",
         "Rioters (Kenya)"},
        {"Supporters of two rival candidates clashed in Rangpur on Tuesday.", "Rangpur", "BD", "Bangladesh", R,
         "Mob violence", "Rioters (Bangladesh)"},
        {"Locals from two neighbouring villages clashed in Muzaffarpur on Saturday.", "Muzaffarpur", "IN", "India", R,
         "Mob violence", "Rioters (India)"},
        {"Youths clashed with police in Nanterre on Wednesday.", "Nanterre", "FR", "France", R,
         "Violent demonstration", "Rioters (France)", "Police Forces of France"},
        {"An angry mob lynched a suspected thief in Temuco on Friday.", "Temuco", "CL", "Chile", R, "Mob violence",
         "Rioters (Chile)"},
        // stones thrown with no protest told: the crowd rioted
        {"Youths threw stones at police in Kibera on Sunday.", "Kibera", "KE", "Kenya", R, "Violent demonstration",
         "Rioters (Kenya)"},
        // arrests at a protest: it was intervened in
        {"Workers marched through the streets of Izmir on Friday. Police detained 12 of them.", "Izmir", "TR",
         "Turkey", P, "Protest with intervention", "Protesters (Turkey)"},
        // a road blocked in protest
        {"Residents blocked the main road in Tlaxcala on Monday over water shortages.", "Tlaxcala", "MX", "Mexico", P,
         "Peaceful protest", "Protesters (Mexico)"},
        // armed men who clash with security forces fight a battle, not a riot
        {"Militants were killed in a clash with security forces in Damboa on Friday.", "Damboa", "NG", "Nigeria",
         "Battles", "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: those who demonstrated are the crowd of the riot it became, whatever they are called",
          "[events]") {
    // (the trigger check asks a crowd's act for its crowd, "beat up a taxi driver"; a demonstration
    // that turned violent has one: its demonstrators, named by any word, no crowd noun needed)
    const std::vector<Case> cases = {
        {"Merchants demonstrated in Tougan on Monday and barricaded the main roads with burning tyres.", "Tougan",
         "BF", "Burkina Faso", R, "Violent demonstration", "Rioters (Burkina Faso)"},
        {"Migrant labourers blocked roads and pelted stones in Surat on Friday.", "Surat", "IN", "India", R,
         "Violent demonstration", "Rioters (India)"},
        {"Shopkeepers protested in Peshawar on Sunday and hurled stones at the police.", "Peshawar", "PK", "Pakistan",
         R, "Violent demonstration", "Rioters (Pakistan)"},
    };
    for (const auto& c : cases) check_one_checked(c);
    // a crowd's act told without a crowd or a demonstration is still no riot
    const std::string beat = "The police charged that he beat up a man in Kumasi on Monday.";
    INFO(beat);
    for (const auto& e : run_checked(beat, {town_of(beat, "Kumasi", "GH", "Ghana")})) CHECK(e.event_type != R);
}

TEST_CASE("types: an arson attack is property destroyed, with no one named who set it", "[events]") {
    // (ACLED: Strategic developments / Looting/property destruction; the attack noun tells the
    // incident, as "bombing" does, where "arson" alone may be a charge or a statistic)
    const std::string L = "Looting/property destruction";
    const std::vector<Case> cases = {
        {"On 4 May 2020, an arson attack targeted a textile factory in Esenyurt.", "Esenyurt", "TR", "Turkey", SD, L},
        {"An arson attack destroyed a mosque in Malmo on Sunday.", "Malmo", "SE", "Sweden", SD, L},
        {"An arson attack gutted a cinema hall in Guwahati on Friday.", "Guwahati", "IN", "India", SD, L},
    };
    for (const auto& c : cases) check_one_checked(c);
}

TEST_CASE("types: a hyphenated noun is the incident, the same words apart a weak verb (lexicon flag H)",
          "[events]") {
    // "a shoot-out took place in X" needs no actor: the noun tells the exchange of fire; "shot
    // out" written apart is a verb that needs one ("shares shot out of the gate")
    const std::vector<Case> cases = {
        {"A shoot-out took place in Bangu neighbourhood in Rio de Janeiro on Monday.", "Rio de Janeiro", "BR",
         "Brazil", "Battles", "Armed clash"},
        {"A shoot-out took place in Culiacan on Monday.", "Culiacan", "MX", "Mexico", "Battles", "Armed clash"},
        {"A shoot-out broke out in Kingston on Friday night.", "Kingston", "JM", "Jamaica", "Battles",
         "Armed clash"},
        {"Students staged a sit-in in Lahore on Friday.", "Lahore", "PK", "Pakistan", P, "Peaceful protest"},
    };
    for (const auto& c : cases) check_one_checked(c);
    for (const auto& [text, town, cc, country] :
         std::vector<std::array<std::string, 4>>{
             {"The company's shares shot out of the gate in Chicago on Monday.", "Chicago", "US", "United States"},
             {"The striker shot out a hand to stop the ball in Madrid on Sunday.", "Madrid", "ES", "Spain"}}) {
        INFO(text);
        CHECK(run_checked(text, {town_of(text, town, cc, country)}).empty());
    }
}

TEST_CASE("types: violence against civilians when the target bears no arms, battles when it does", "[events]") {
    const std::vector<Case> cases = {
        {"Gunmen shot dead a trader in Kaduna on Monday.", "Kaduna", "NG", "Nigeria", "Violence against civilians",
         "Attack", "", "Civilians (Nigeria)"},
        {"Armed men attacked a bus near Mandera on Friday.", "Mandera", "KE", "Kenya", "Violence against civilians",
         "Attack"},
        {"Militants attacked the village of Djibo on Sunday, killing three herders.", "Djibo", "BF", "Burkina Faso",
         "Violence against civilians", "Attack"},
        {"Gunmen opened fire on a market in Beni on Tuesday. Four traders were killed in the attack.", "Beni", "CD",
         "DR Congo", "Violence against civilians", "Attack"},
        {"Bandits kidnapped a teacher in Zamfara on Wednesday.", "Zamfara", "NG", "Nigeria",
         "Violence against civilians", "Abduction/forced disappearance"},
        // armed victims: a battle
        {"Militants ambushed soldiers near Djibo on Sunday, killing three soldiers.", "Djibo", "BF", "Burkina Faso",
         "Battles", "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: strategic developments: property, forces, weapons, agreements", "[events]") {
    const std::vector<Case> cases = {
        {"Al-Shabaab militants looted shops in Bardere on Monday.", "Bardere", "SO", "Somalia", SD,
         "Looting/property destruction"},
        {"JNIM militants burned a school in Arbinda on Friday.", "Arbinda", "BF", "Burkina Faso", SD,
         "Looting/property destruction"},
        {"Government forces sent reinforcements to Marib on Tuesday.", "Marib", "YE", "Yemen", SD,
         "Change to group/activity"},
        {"Police defused a bomb in Peshawar on Monday.", "Peshawar", "PK", "Pakistan", SD, "Disrupted weapons use"},
        {"Security forces found a weapons cache in Kidal on Thursday.", "Kidal", "ML", "Mali", SD,
         "Disrupted weapons use"},
        {"Police arrested 12 Al-Shabaab militants in Garissa on Sunday.", "Garissa", "KE", "Kenya", SD, "Arrests"},
        // property taken or destroyed by armed men, nobody hurt (ACLED: Looting/property destruction)
        {"Bandits seized livestock in Maradi on Sunday.", "Maradi", "NE", "Niger", SD, "Looting/property destruction"},
        {"Suspected militants burned a truck near Garissa on Friday.", "Garissa", "KE", "Kenya", SD,
         "Looting/property destruction"},
        {"Gunmen stole motorbikes in Tillaberi on Monday.", "Tillaberi", "NE", "Niger", SD,
         "Looting/property destruction"},
    };
    for (const auto& c : cases) check_first(c);
    // property destroyed in an attack that kills: the killing is the event
    std::string t = "Gunmen killed two villagers and burned houses in Djibo on Monday.";
    auto ev = run(t, {town_of(t, "Djibo", "BF", "Burkina Faso")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == "Violence against civilians");
}

TEST_CASE("types: words of protest and riot that report no event", "[events]") {
    const std::vector<std::string> none = {
        "The union sent a protest letter to the ministry in Nairobi.",
        "The garden in Nairobi was a riot of colour this spring.",
        "Shares staged a late rally in Nairobi on Monday.",
        "The minister hopes to defuse tensions over the budget in Nairobi.",
        "Nairobi, March 3 - Merrill Lynch said on Monday it would open an office.",
        "The two companies signed an agreement in Nairobi on Monday to build a plant.",
        "Police fired tear gas in a training exercise in Nairobi.",
    };
    for (const auto& t : none) {
        INFO(t);
        auto at = t.find("Nairobi");
        std::vector<PlaceMention> places;
        if (at != std::string::npos) places.push_back(town_of(t, "Nairobi", "KE", "Kenya"));
        CHECK(run(t, places).empty());
    }
}

TEST_CASE("acled: the vocabulary's derived columns", "[events]") {
    Event e;
    e.event_type = "Riots";
    e.sub_event_type = "Mob violence";
    CHECK(acled::disorder_type(e.event_type, e.sub_event_type) == "Political violence");
    e.sub_event_type = "Violent demonstration";
    CHECK(acled::disorder_type(e.event_type, e.sub_event_type) == "Demonstrations");
    CHECK(acled::disorder_type("Protests", "Excessive force against protesters") ==
          "Political violence; Demonstrations");
    CHECK(acled::interaction(6, 1) == 16);
    CHECK(acled::is_territory("Government regains territory"));
    CHECK(!acled::is_territory("Armed clash"));
    CHECK(acled::is_violent("Riots"));
    CHECK(!acled::is_violent("Protests"));
    e.event_type = "Violence against civilians";
    e.sub_event_type = "Attack";
    CHECK(acled::civilian_targeting(e));
}

TEST_CASE("types: a generic attack told with a sure explosion and no gunfight is that explosion first",
          "[events]") {
    const std::string E = "Explosions/Remote violence";
    check_types({
        {"Gunmen attacked and detonated an explosive device targeting party workers in Barasat on Monday.",
         "Barasat", "IN", "India", E, "Remote explosive/landmine/IED"},
        {"Militants attacked the convoy and detonated an explosive device near Mandera on Tuesday, killing two soldiers.",
         "Mandera", "KE", "Kenya", E, "Remote explosive/landmine/IED"},
        {"Insurgents attacked the camp with an air strike by drones near Gao on Friday.", "Gao", "ML", "Mali", E,
         "Air/drone strike"},
    });
    // a gunfight keeps the battle: the explosions are part of it (ACLED)
    check_types({
        {"Rebels exchanged fire with soldiers and an explosion was heard in Beni on Sunday.", "Beni", "CD",
         "DR Congo", "Battles", "Armed clash"},
    });
}

TEST_CASE("types: a bombing by state or foreign forces is from the air, a bomb or a bombing alone a bomb",
          "[events]") {
    // (the coalitions of these wars and the armies that bomb towns do it from the air: the US-led
    // one in Iraq and Syria, the Saudi-led one in Yemen)
    const std::string E = "Explosions/Remote violence";
    check_types({
        {"As a result of the US-led coalition bombing of Raqqa 20 civilians have been killed.", "Raqqa", "SY",
         "Syria", E, "Air/drone strike"},
        {"The Saudi-led coalition bombed a wedding party in Hajjah on Saturday, killing 20 people.", "Hajjah", "YE",
         "Yemen", E, "Air/drone strike"},
        {"Government forces bombed Kafr Nabl on Monday, killing 12 civilians.", "Kafr Nabl", "SY", "Syria", E,
         "Air/drone strike"},
        // no force named, or a bomb set off: a bomb
        {"A bombing at a market in Kabul killed 20 people, a coalition spokesman said.", "Kabul", "AF",
         "Afghanistan", E, "Remote explosive/landmine/IED"},
        {"Militants bombed a bus in Quetta on Monday, killing 12 people.", "Quetta", "PK", "Pakistan", E,
         "Remote explosive/landmine/IED"},
    });
}

TEST_CASE("types: a drone or projectile launched is an explosion, intercepted, shot down or defused it "
          "is Disrupted weapons use, in its sentence or the next two",
          "[events]") {
    const std::string E = "Explosions/Remote violence", S = "Strategic developments", D = "Disrupted weapons use";
    check_types({
        {"Militants launched an explosives-laden drone at an army camp in Taiz, killing one soldier.", "Taiz", "YE",
         "Yemen", E, "Air/drone strike"},
        {"Rebels fired armed drones at the oil terminal in Jeddah on Friday, setting it on fire.", "Jeddah", "SA",
         "Saudi Arabia", E, "Air/drone strike"},
        {"Gunmen fired two projectiles that landed near a school outside Lashio on Monday.", "Lashio", "MM",
         "Myanmar", E, "Shelling/artillery/missile attack"},
        // intercepted in the same sentence, told in either order
        {"Air defences intercepted and destroyed an explosives-laden drone over Najran on Sunday.", "Najran", "SA",
         "Saudi Arabia", S, D},
        {"An explosives-laden drone was intercepted over Marib on Sunday.", "Marib", "YE", "Yemen", S, D},
        {"Militants fired a rocket that was intercepted over Sderot on Tuesday.", "Sderot", "IL", "Israel", S, D},
        {"The navy intercepted and destroyed an explosives-laden boat off Salif on Monday.", "Salif", "YE", "Yemen",
         S, D},
        // intercepted in the next sentence: one incident, never an explosion
        {"Rebels launched an explosives-laden drone at the airport in Abha on Monday. The drone was intercepted "
         "and there were no casualties.",
         "Abha", "SA", "Saudi Arabia", S, D},
        {"Militants fired a missile at the port of Aden. The missile was shot down by air defences.", "Aden",
         "YE", "Yemen", S, D},
    });
    // some got through, another device, or deaths: the explosion stays
    check_types({
        {"Militants fired two rockets at the airport in Erbil on Monday. One rocket was intercepted and one landed "
         "near the runway.",
         "Erbil", "IQ", "Iraq", E, "Shelling/artillery/missile attack"},
        {"A bomb exploded at a checkpoint in Bannu on Friday. A second bomb was discovered and defused at the "
         "scene.",
         "Bannu", "PK", "Pakistan", E, "Remote explosive/landmine/IED"},
        {"A roadside bomb killed two soldiers in Bannu on Friday. Police later defused the second device.",
         "Bannu", "PK", "Pakistan", E, "Remote explosive/landmine/IED"},
    });
}

TEST_CASE("types: people captured are no territory taken (ACLED: the place changes hands, not the victims)",
          "[events]") {
    auto ev = run("Rebels captured and beheaded seven civilians in Boyo on Sunday.",
                  {town_of("Rebels captured and beheaded seven civilians in Boyo on Sunday.", "Boyo", "CD",
                           "DR Congo")});
    REQUIRE(!ev.empty());
    for (const auto& e : ev) {
        CHECK(e.sub_event_type != "Non-state actor overtakes territory");
        CHECK(e.sub_event_type != "Government regains territory");
    }
    // a town or a base captured stays territory
    check_types({
        {"Rebels captured the town of Boyo on Sunday.", "Boyo", "CD", "DR Congo", "Battles",
         "Non-state actor overtakes territory"},
    });
}

TEST_CASE("types: a raid is typed by its target like an attack, armed men who block a road are no "
          "protest, a beheading or decapitation is an attack on civilians",
          "[events]") {
    const std::string V = "Violence against civilians";
    check_types({
        {"Soldiers raided a Fulani hamlet in Gayeri on Thursday, killing 10 villagers.", "Gayeri", "BF",
         "Burkina Faso", V, "Attack"},
        {"Gunmen raided a police post in Tillaberi on Monday, killing three officers.", "Tillaberi", "NE", "Niger",
         "Battles", "Armed clash"},
        {"Assailants captured and decapitated seven civilians in Boyo on Sunday.", "Boyo", "CD", "DR Congo", V,
         "Attack"},
        {"Gunmen blocked the highway and opened fire on a bus near Kachia, killing five passengers.", "Kachia",
         "NG", "Nigeria", V, "Attack"},
        // a crowd that blocks a road protests
        {"Protesters blocked the highway near Kachia on Monday.", "Kachia", "NG", "Nigeria", "Protests",
         "Peaceful protest"},
    });
    // the armed men's blockade itself is no protest event
    std::string t = "Gunmen blocked the highway and opened fire on a bus near Kachia, killing five passengers.";
    for (const auto& e : run(t, {town_of(t, "Kachia", "NG", "Nigeria")})) CHECK(e.event_type != "Protests");
}
