// Political violence worldwide (issue #13): the target of an attack or a shooting decides
// Violence against civilians against Battles (lexicon/targets.tsv: its passive subject or its
// object), the cues of exchanges of fire, sexual violence and forced disappearance, deaths told
// after the incident. The sentences are our own.
#include "test_events_helpers.hpp"

#include "core/error.hpp"

using namespace events_test;

namespace {

struct Armed {
    std::string text, town, cc, country;
    std::string type, sub;
    int fatalities = -2; // checked when not -2
};

void check_first(const Armed& c) {
    auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)});
    INFO(c.text);
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == c.type);
    CHECK(ev[0].sub_event_type == c.sub);
    if (c.fatalities != -2) CHECK(ev[0].fatalities == c.fatalities);
}

const std::string VAC = "Violence against civilians", B = "Battles";

} // namespace

TEST_CASE("targets: the lexicon names unarmed people, their places, armed targets and goods", "[events]") {
    const auto& lx = lexicon();
    auto kind = [&](const std::string& s) {
        auto ws = make_words(s);
        REQUIRE(!ws.words.empty());
        return lx.target(ws.words[0]);
    };
    CHECK(kind("journalist") == Target::unarmed);
    CHECK(kind("herders") == Target::unarmed);
    CHECK(kind("market") == Target::civilian_place);
    CHECK(kind("checkpoint") == Target::armed);
    CHECK(kind("soldiers") == Target::armed);
    CHECK(kind("livestock") == Target::goods);
    CHECK(kind("weather") == Target::none);
    CHECK_THROWS_AS(Lexicon().add_targets("trader\tfriendly\n", "t.tsv"), DataError);
}

TEST_CASE("types: an attack or shooting on people who bear no arms, told as object or passive subject",
          "[events]") {
    const std::vector<Armed> cases = {
        // the object of the cue
        {"On Monday, armed men attacked a man in Hermosillo.", "Hermosillo", "MX", "Mexico", VAC, "Attack"},
        {"Gunmen opened fire on farmers near Makurdi on Friday, killing four.", "Makurdi", "NG", "Nigeria", VAC,
         "Attack", 4},
        {"Unknown gunmen ambushed a journalist in Dumaguete on Sunday.", "Dumaguete", "PH", "Philippines", VAC,
         "Attack"},
        {"Militiamen opened fire on a football field in Galkayo on Tuesday.", "Galkayo", "SO", "Somalia", VAC,
         "Attack"},
        // the passive subject
        {"On 6 May, a man was shot and injured by three armed men in Contagem.", "Contagem", "BR", "Brazil", VAC,
         "Attack"},
        {"Two traders were shot dead by unidentified assailants in Kandahar on Saturday.", "Kandahar", "AF",
         "Afghanistan", VAC, "Attack", 2},
        // a drive-by shooting
        {"Four people were injured in a drive-by shooting in Cali on Thursday.", "Cali", "CO", "Colombia", VAC,
         "Attack"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: an attack on armed people or military positions is a battle, whoever else dies", "[events]") {
    const std::vector<Armed> cases = {
        {"Militants attacked a checkpoint in Arbinda on Sunday, killing two civilians.", "Arbinda", "BF",
         "Burkina Faso", B, "Armed clash"},
        {"Gunmen opened fire on a police patrol in Peshawar on Monday.", "Peshawar", "PK", "Pakistan", B,
         "Armed clash"},
        {"Assailants attacked a military base in Gao on Friday.", "Gao", "ML", "Mali", B, "Armed clash"},
        {"Assailants opened fire on volunteer fighters (VDP) in Dablo on Friday, killing six.", "Dablo", "BF",
         "Burkina Faso", B, "Armed clash", 6},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: exchanges of fire, shoot-outs and bursts of fire are armed clashes", "[events]") {
    const std::vector<Armed> cases = {
        {"On 6 May, troops of India and Pakistan exchanged fire across the Line of Control near Poonch.", "Poonch",
         "IN", "India", B, "Armed clash"},
        {"Police exchanged gunfire with a gang in Kayole on Sunday.", "Kayole", "KE", "Kenya", B, "Armed clash"},
        {"A suspect was killed in a shootout with police in Fortaleza on Sunday.", "Fortaleza", "BR", "Brazil", B,
         "Armed clash"},
        {"Observers recorded bursts of fire near Avdiivka on Sunday.", "Avdiivka", "UA", "Ukraine", B,
         "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: sexual violence and forced disappearance", "[events]") {
    const std::vector<Armed> cases = {
        {"Militiamen sexually assaulted two girls near Bentiu on Tuesday.", "Bentiu", "SS", "South Sudan", VAC,
         "Sexual violence"},
        {"Three activists were forcibly disappeared in Lahore on Monday.", "Lahore", "PK", "Pakistan", VAC,
         "Abduction/forced disappearance"},
        {"Gunmen held hostage twelve passengers near Kaduna on Friday.", "Kaduna", "NG", "Nigeria", VAC,
         "Abduction/forced disappearance"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("deaths: 'the attack' after violence against civilians is that incident, with its dead", "[events]") {
    const std::vector<Armed> cases = {
        {"Assailants opened fire on miners in Riyom on Friday. At least six people were killed in the attack.",
         "Riyom", "NG", "Nigeria", VAC, "Attack", 6},
        {"Gunmen opened fire on commuters in Ghor on Sunday. Four people were killed and two were wounded in the "
         "attack.",
         "Ghor", "AF", "Afghanistan", VAC, "Attack", 4},
    };
    for (const auto& c : cases) {
        auto ev = run(c.text, {town_of(c.text, c.town, c.cc, c.country)});
        INFO(c.text);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == c.type);
        CHECK(ev[0].fatalities == c.fatalities);
    }
}

TEST_CASE("deaths: one victim named by role without a number counts one", "[events]") {
    // "a suspect", "a revenue collector", "a bandit": one dead, like "a man" or "a soldier"
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Police shot dead a robbery suspect in Kisumu on Sunday.", "Kisumu"},
        {"Gunmen killed a revenue collector in Beledweyne on Tuesday.", "Beledweyne"},
        {"Vigilantes killed a bandit near Zurmi on Friday.", "Zurmi"},
        {"A night watchman was killed by unknown attackers in Bukavu on Monday.", "Bukavu"},
    };
    for (const auto& [text, town] : cases) {
        auto ev = run(text, {town_of(text, town, "KE", "Kenya")});
        INFO(text);
        REQUIRE(!ev.empty());
        CHECK(ev[0].fatalities == 1);
    }
}

TEST_CASE("types: cues of fire on positions, shoot-outs and gun battles across countries", "[events]") {
    const std::vector<Armed> cases = {
        {"On Sunday, Azerbaijani forces fired on the positions of Armenian forces near Berd.", "Berd", "AM",
         "Armenia", B, "Armed clash"},
        {"Indian troops fired at Pakistani positions near Kupwara on Wednesday.", "Kupwara", "IN", "India", B,
         "Armed clash"},
        {"A shoot-out broke out between police and a gang in Sao Goncalo on Monday.", "Sao Goncalo", "BR",
         "Brazil", B, "Armed clash"},
        {"Soldiers and suspected ADF rebels fought a gun battle near Oicha on Tuesday.", "Oicha", "CD",
         "Democratic Republic of the Congo", B, "Armed clash"},
    };
    for (const auto& c : cases) check_first(c);
}

TEST_CASE("types: the dead of a count without a cue are civilians by their noun", "[events]") {
    const std::vector<Armed> cases = {
        {"Ten people were killed in Marti on Sunday, residents said.", "Marti", "KE", "Kenya", VAC, "Attack", 10},
        {"On Friday, gunmen killed two farmers in Guma.", "Guma", "NG", "Nigeria", VAC, "Attack", 2},
        {"Five policemen were killed in Zhob on Thursday.", "Zhob", "PK", "Pakistan", B, "Armed clash", 5},
    };
    for (const auto& c : cases) check_first(c);
}
