// Riots and how protests went, worldwide (issue #13; ACLED's codebook, "Riots", "Protests"):
// violent demonstrations against mob violence, protests broken up against protests fired on,
// who did it (a crowd or an armed group), and sentences of sport and business with the same
// words that report nothing. The sentences are our own.
#include "test_events_helpers.hpp"

#include "core/acled.hpp"

#include <algorithm>
#include <tuple>

namespace {

struct Case {
    std::string text, town, cc, country;
    std::string type, sub;
    std::string actor1 = {}; // checked when not empty (prefix)
};

void check_all(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run_checked(c.text, {town_of(c.text, c.town, c.cc, c.country)});
        REQUIRE(!ev.empty());
        CHECK(ev[0].event_type == c.type);
        CHECK(ev[0].sub_event_type == c.sub);
        if (!c.actor1.empty()) CHECK(ev[0].actor1.name.rfind(c.actor1, 0) == 0);
    }
}

const std::string P = "Protests", R = "Riots";

} // namespace

TEST_CASE("riots: a demonstration whose crowd turned violent is one violent demonstration", "[events][riots]") {
    check_all({
        // "protesters clashed with police" is a violent demonstration
        {"Protesters clashed with police in Lilongwe on Thursday.", "Lilongwe", "MW", "Malawi", R,
         "Violent demonstration", "Rioters (Malawi)"},
        // the riot told after the protest is the protest turned violent
        {"Hundreds of workers demonstrated in Vijayawada on Monday. Rioters pelted the police with stones.",
         "Vijayawada", "IN", "India", R, "Violent demonstration", "Rioters (India)"},
        {"Traders demonstrated in Koudougou on Tuesday. They barricaded the main roads and burned tyres.",
         "Koudougou", "BF", "Burkina Faso", R, "Violent demonstration", "Rioters (Burkina Faso)"},
        {"Residents protested in Kisii on Friday and lit bonfires on the highway.", "Kisii", "KE", "Kenya", R,
         "Violent demonstration"},
        {"Students staged a violent protest in Chittagong on Sunday.", "Chittagong", "BD", "Bangladesh", R,
         "Violent demonstration"},
        {"Youths hurled a Molotov cocktail at a bank branch in Tripoli on Wednesday.", "Tripoli", "LB", "Lebanon", R,
         "Violent demonstration"},
    });
}

TEST_CASE("riots: a demonstration and its violent turn told apart are one violent demonstration", "[events][riots]") {
    // the protest told first, then what its crowd did: one record, a Violent demonstration (the
    // sentences without a date take the DCT, 2017-09-09, within a week of the stated day)
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> one = {
        {"On 5 September, residents staged a demonstration in Tcheriba over the killing of a miner. The "
         "demonstrators pelted the gendarmerie with stones.",
         "Tcheriba", "BF", "Burkina Faso"},
        {"On 5 September, teachers staged a demonstration in Comilla, demanding the expulsion of an officer. "
         "During the demonstration, protesters clashed with police.",
         "Comilla", "BD", "Bangladesh"},
        {"On 5 September, farmers protested in Ica against water cuts. Rioters later burned tyres on the highway.",
         "Ica", "PE", "Peru"},
    };
    for (const auto& [t, town, cc, country] : one) {
        INFO(t);
        auto ev = run_checked(t, {town_of(t, town, cc, country)});
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == "Riots");
        CHECK(ev[0].sub_event_type == "Violent demonstration");
    }
    // riots named as a past event in a protest's cause are background: the protest alone
    {
        const std::string t = "On 5 September, protesters gathered outside the Seray in Tripoli in a demonstration against "
                              "the detention of activists during recent riots in the city.";
        auto ev = run_checked(t, {town_of(t, "Tripoli", "LB", "Lebanon")});
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].sub_event_type == "Peaceful protest");
    }
    // force against the protesters stays an event of its own
    {
        const std::string t = "On 5 September, students demonstrated in Dhaka. Police fired on the protesters, killing 2.";
        auto ev = run_checked(t, {town_of(t, "Dhaka", "BD", "Bangladesh")});
        REQUIRE(!ev.empty());
        CHECK(std::none_of(ev.begin(), ev.end(), [](const Event& e) { return e.sub_event_type == "Violent demonstration"; }));
    }
}

TEST_CASE("riots: a crowd's violence with no demonstration is mob violence", "[events][riots]") {
    check_all({
        {"Villagers beat up two suspected thieves in Nakuru on Monday.", "Nakuru", "KE", "Kenya", R, "Mob violence",
         "Rioters (Kenya)"},
        {"A suspected robber was beaten to death by residents in Ibadan on Saturday.", "Ibadan", "NG", "Nigeria", R,
         "Mob violence"},
        {"An angry crowd attacked a police post in Kolda on Tuesday.", "Kolda", "SN", "Senegal", R, "Mob violence"},
        // property wrecked by a crowd: a riot, not a strategic development
        {"Residents ransacked the house of the village chief in Houndé on Sunday.", "Houndé", "BF", "Burkina Faso", R,
         "Mob violence", "Rioters (Burkina Faso)"},
        {"Supporters of a defeated candidate vandalised a polling station in Sylhet on Monday.", "Sylhet", "BD",
         "Bangladesh", R, "Mob violence"},
    });
}

TEST_CASE("riots: a party's members or a crowd's groups who fight or beat people are rioters", "[events][riots]") {
    // (ACLED: party supporters and party wings are no armed group; their fights are Mob violence,
    // against police a Violent demonstration, the party the rioters' associate)
    check_all({
        {"Members of the Chhatra League and the Jubo League clashed in Sylhet on Monday.", "Sylhet", "BD",
         "Bangladesh", R, "Mob violence", "Rioters (Bangladesh)"},
        {"Awami League and BNP supporters clashed in Feni on Sunday, leaving 20 people injured.", "Feni", "BD",
         "Bangladesh", R, "Mob violence", "Rioters (Bangladesh)"},
        {"Jubo League members beat up a journalist in Sylhet on Tuesday.", "Sylhet", "BD", "Bangladesh", R,
         "Mob violence", "Rioters (Bangladesh)"},
        {"Party supporters clashed with police in Rajshahi on Friday.", "Rajshahi", "BD", "Bangladesh", R,
         "Violent demonstration", "Rioters (Bangladesh)"},
        {"Rival party activists clashed in Kumasi on Saturday.", "Kumasi", "GH", "Ghana", R, "Mob violence",
         "Rioters (Ghana)"},
        {"Two farmer groups clashed over a land dispute in Shamli on Tuesday.", "Shamli", "IN", "India", R,
         "Mob violence", "Rioters (India)"},
    });
    const std::string text = "Members of the Chhatra League clashed with Chhatra Dal activists in Barisal on Monday.";
    auto ev = run_checked(text, {town_of(text, "Barisal", "BD", "Bangladesh")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].sub_event_type == "Mob violence");
    CHECK(ev[0].actor1.name == "Rioters (Bangladesh)");
    CHECK(ev[0].assoc_actor1 == "BCL: Bangladesh Chhatra League");
}

TEST_CASE("riots: a crowd named by its work or condition that clashes with police riots", "[events][riots]") {
    // (ACLED: a crowd's clash with state forces is a Violent demonstration, no battle)
    check_all({
        {"Migrant workers clashed with police in Dahod on Saturday, demanding to return home.", "Dahod", "IN", "India",
         R, "Violent demonstration", "Rioters (India)"},
        {"Miners clashed with police in Marikana on Monday.", "Marikana", "ZA", "South Africa", R,
         "Violent demonstration"},
        {"Inmates clashed with police in Valle de Santiago on Thursday.", "Valle de Santiago", "MX", "Mexico", R,
         "Violent demonstration"},
        {"Taxi drivers clashed with police in Accra on Wednesday over new fares.", "Accra", "GH", "Ghana", R,
         "Violent demonstration"},
    });
    // armed men who clash with police fight a battle
    check_all({{"Gunmen clashed with police in Kaduna on Friday.", "Kaduna", "NG", "Nigeria", "Battles", "Armed clash"}});
}

TEST_CASE("riots: a lynching is one mob violence, what its victim was accused of no event", "[events][riots]") {
    const std::vector<Case> cases = {
        {"Local residents lynched a man near Dinhata on Friday after he attacked his wife.", "Dinhata", "IN", "India", R,
         "Mob violence", "Rioters (India)"},
        {"A woman who stabbed her boyfriend to death was lynched by a mob in Muranga on Thursday.", "Muranga", "KE",
         "Kenya", R, "Mob violence", "Rioters (Kenya)"},
        {"Villagers lynched a suspected kidnapper in Kaduna on Monday.", "Kaduna", "NG", "Nigeria", R, "Mob violence",
         "Rioters (Nigeria)"},
        {"Residents lynched two men accused of killing a trader in Bukavu on Sunday.", "Bukavu", "CD",
         "Democratic Republic of the Congo", R, "Mob violence"},
    };
    check_all(cases);
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(run(c.text, {town_of(c.text, c.town, c.cc, c.country)}).size() == 1);
    }
}

TEST_CASE("riots: an armed actor's beating is violence against civilians", "[events][riots]") {
    check_all({
        {"Policemen beat up a trader at a checkpoint in Kumbo on Thursday.", "Kumbo", "CM", "Cameroon",
         "Violence against civilians", "Attack"},
        {"Police officers beat a street vendor to death in Harare on Friday.", "Harare", "ZW", "Zimbabwe",
         "Violence against civilians", "Attack"},
    });
}

TEST_CASE("riots: protests broken up or fired on", "[events][riots]") {
    check_all({
        {"Teachers held a sit-in in Niamey on Monday. Police fired tear gas to disperse them.", "Niamey", "NE",
         "Niger", P, "Protest with intervention", "Protesters (Niger)"},
        {"Farmers held a march in Lima on Friday until police forcibly removed them from the square.", "Lima", "PE", "Peru",
         P, "Protest with intervention"},
        {"Students protested in Kassala on Tuesday; soldiers fired warning shots in the air.", "Kassala", "SD",
         "Sudan", P, "Protest with intervention"},
        {"Soldiers shot two demonstrators in Bago on Sunday.", "Bago", "MM", "Myanmar", P,
         "Excessive force against protesters"},
        {"Thousands demonstrated in Omdurman on Thursday; security forces fired on the crowd.", "Omdurman", "SD",
         "Sudan", P, "Excessive force against protesters"},
    });
}

TEST_CASE("riots: words of riot and protest in sport and business report nothing", "[events][riots]") {
    const std::vector<std::string> none = {
        "The striker went on a scoring rampage in Madrid, netting four goals.",
        "Fans barricaded themselves in the stadium in Leeds to await the team.",
        "Shares were pelted by a wave of selling on Wall Street on Monday.",
        "Analysts beat up on the company's quarterly earnings forecast.",
        "The coach said his players were beaten to the ball all night in Denver.",
    };
    for (const auto& t : none) {
        INFO(t);
        CHECK(run_checked(t).empty());
    }
}

TEST_CASE("riots: protesters attacked, beaten or shot by armed forces met force, no riot", "[events][riots]") {
    // (ACLED: peaceful protesters targeted by force are Protests / Excessive force against
    // protesters, the crowd actor1 and the force actor2; a clash both sides fight stays a riot)
    const std::string EF = "Excessive force against protesters";
    const std::vector<Case> cases = {
        {"Police attacked protesters in Ikeja on Monday.", "Ikeja", "NG", "Nigeria", P, EF, "Protesters (Nigeria)"},
        {"Security forces attacked demonstrators in Omdurman on Friday.", "Omdurman", "SD", "Sudan", P, EF,
         "Protesters (Sudan)"},
        {"Riot police assaulted peaceful protesters in Gulu on Wednesday.", "Gulu", "UG", "Uganda", P, EF,
         "Protesters (Uganda)"},
        {"Soldiers opened fire on protesters in Monywa on Sunday, killing three.", "Monywa", "MM", "Myanmar", P, EF,
         "Protesters (Myanmar)"},
        {"Protesters were attacked by police in Cochabamba on Tuesday.", "Cochabamba", "BO", "Bolivia", P, EF,
         "Protesters (Bolivia)"},
        {"Police beat protesters in Kisumu on Tuesday, injuring several.", "Kisumu", "KE", "Kenya", P, EF,
         "Protesters (Kenya)"},
        {"Demonstrators were beaten by soldiers in Sagaing on Monday.", "Sagaing", "MM", "Myanmar", P, EF,
         "Protesters (Myanmar)"},
        // the protest told first, the force after it: that protest met force
        {"Teachers protested in Bamenda on Monday. Police attacked the protesters.", "Bamenda", "CM", "Cameroon", P,
         EF, "Protesters (Cameroon)"},
    };
    check_all(cases);
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run_checked(c.text, {town_of(c.text, c.town, c.cc, c.country)});
        REQUIRE(!ev.empty());
        CHECK(ev[0].actor2.inter == acled::state_forces);
    }
    // a clash is fought by both: protesters who clash with police riot
    check_all({{"Protesters clashed with police in Tunis on Saturday.", "Tunis", "TN", "Tunisia", R,
                "Violent demonstration", "Rioters (Tunisia)"},
               {"Police clashed with protesters in Santiago on Thursday.", "Santiago", "CL", "Chile", R,
                "Violent demonstration", "Rioters (Chile)"}});
}

TEST_CASE("types: bare \"beat\" with people as its object is an assault, a sports result is none "
          "(issue #13, evc)",
          "[events]") {
    struct Case {
        std::string text, town, cc, country, type;
    };
    const std::string V = "Violence against civilians", P = "Protests";
    const std::vector<Case> cases = {
        {"Soldiers beat journalists in Harare on Tuesday.", "Harare", "ZW", "Zimbabwe", V},
        {"Police beat students at the university in Dhaka on Monday.", "Dhaka", "BD", "Bangladesh", V},
        {"Militiamen beat villagers in Bunia on Sunday, wounding six.", "Bunia", "CD", "Democratic Republic of Congo", V},
        {"Two reporters were beaten by police in Caracas on Friday.", "Caracas", "VE", "Venezuela", V},
        {"Gendarmes beat detainees at a camp near Agadez on Saturday.", "Agadez", "NE", "Niger", V},
        {"Police beat protesters in Nairobi on Tuesday.", "Nairobi", "KE", "Kenya", P},
        {"Riot police beat up demonstrators in Lima on Thursday.", "Lima", "PE", "Peru", P},
        {"Residents beat a suspected thief in Kampala on Sunday.", "Kampala", "UG", "Uganda", "Riots"},
        {"Soldiers beat a herder near Mopti on Friday.", "Mopti", "ML", "Mali", V},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)});
        REQUIRE(!ev.empty());
        CHECK(ev[0].event_type == c.type);
    }
    for (std::string t : {"Chelsea beat Arsenal 2-1 in London on Tuesday.",
                          "Profits beat expectations in London on Tuesday, the company said.",
                          "Lendl beat Becker in the men's final in London on Sunday.",
                          "Oxford students beat the record in London on Sunday.",
                          "The Pistons beat the Suns 101-99 in London on Sunday."}) {
        INFO(t);
        CHECK(run_checked(t, {town_of(t, "London", "GB", "United Kingdom")}).empty());
    }
}
