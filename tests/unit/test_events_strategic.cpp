// Strategic developments worldwide (issue #13; ACLED's codebook, "Strategic developments"):
// each sub-event type from sentences of many countries, the rules that settle them against the
// violence told with them (src/events/strategic.cpp), and business and sports sentences with
// the same words ("agreement", "arrest", "base", "deployed") that report no event. The
// sentences are our own.
#include "test_events_helpers.hpp"

namespace {

struct Case {
    std::string text, town, cc, country;
    std::string type, sub;
};

const std::string SD = "Strategic developments";

void check_first(const Case& c) {
    INFO(c.text);
    std::vector<PlaceMention> places;
    if (!c.town.empty()) places.push_back(town_of(c.text, c.town, c.cc, c.country));
    auto ev = run_checked(c.text, places);
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == c.type);
    CHECK(ev[0].sub_event_type == c.sub);
}

void check_all(const std::vector<Case>& cases) {
    for (const auto& c : cases) check_first(c);
}

// Sentences that must give no event (a town is injected when named, to give them every chance).
void check_none(const std::vector<std::pair<std::string, std::string>>& texts) {
    for (const auto& [t, town] : texts) {
        INFO(t);
        std::vector<PlaceMention> places;
        if (!town.empty()) places.push_back(town_of(t, town, "US", "United States"));
        CHECK(run_checked(t, places).empty());
    }
}

} // namespace

TEST_CASE("strategic: movements of forces, patrols, curfews and checkpoints (Change to group/activity)",
          "[events][strategic]") {
    const std::string C = "Change to group/activity";
    check_all({
        {"Russian military police conducted a patrol near Derik on Tuesday.", "Derik", "SY", "Syria", SD, C},
        {"Turkish and Russian troops carried out a joint patrol along the highway near Saraqib on Monday.",
         "Saraqib", "SY", "Syria", SD, C},
        {"A Turkish military convoy of forty vehicles entered Idlib through the Kafr Lusin crossing on Friday.",
         "Kafr Lusin", "SY", "Syria", SD, C},
        {"Government forces deployed troops to Kasese on Sunday ahead of the vote.", "Kasese", "UG", "Uganda", SD, C},
        {"Police imposed a curfew in Bawku on Wednesday after days of tension.", "Bawku", "GH", "Ghana", SD, C},
        {"Houthi fighters set up checkpoints around Hays on Thursday.", "Hays", "YE", "Yemen", SD, C},
        {"A battalion of the army defected to the rebels in Tessit on Saturday.", "Tessit", "ML", "Mali", SD, C},
        {"Security forces cordoned off the market district of Maiduguri on Monday.", "Maiduguri", "NG", "Nigeria", SD, C},
    });
}

TEST_CASE("strategic: bombs defused, mines found, weapons seized, drones shot down (Disrupted weapons use)",
          "[events][strategic]") {
    const std::string D = "Disrupted weapons use";
    check_all({
        {"Soldiers dismantled an IED on the road to Djibo on Monday.", "Djibo", "BF", "Burkina Faso", SD, D},
        {"Police discovered an IED near a church in Mombasa on Sunday.", "Mombasa", "KE", "Kenya", SD,
         D},
        {"The army uncovered a landmine near Ghazni on Tuesday.", "Ghazni", "AF", "Afghanistan", SD, D},
        {"Gendarmes seized rifles and grenades in Sanliurfa on Friday.", "Sanliurfa", "TR", "Turkey", SD, D},
        {"Saudi air defences intercepted a missile fired by the Houthis over Marib on Thursday.", "Marib", "YE", "Yemen", SD, D},
        {"A bomb squad defused a suspect device in Belfast on Monday.", "Belfast", "GB",
         "United Kingdom", SD, D},
    });
}

TEST_CASE("strategic: a device defused told in the passive, drones and missiles repelled (Disrupted weapons use)",
          "[events][strategic]") {
    // (ACLED: the device was there and was made safe, by a force named or unidentified; an
    // attack repelled before it struck is no explosion)
    const std::string D = "Disrupted weapons use";
    check_all({
        {"An explosive was discovered and defused in Kandahar on Monday.", "Kandahar", "AF", "Afghanistan", SD, D},
        {"A landmine was found and defused near Mopti on Tuesday.", "Mopti", "ML", "Mali", SD, D},
        {"A bomb planted under a bridge was defused in Tumaco on Friday.", "Tumaco", "CO", "Colombia", SD, D},
        {"Troops repelled a drone attack on a base near Idlib on Tuesday.", "Idlib", "SY", "Syria", SD, D},
        {"Air defence units repulsed a drone over Belgorod on Sunday.", "Belgorod", "RU", "Russia", SD, D},
        {"Soldiers foiled a drone attack on their positions near Kidal on Wednesday.", "Kidal", "ML", "Mali", SD, D},
    });
    // a device that went off while it was defused is an explosion; defused in a plan, nothing
    check_all({{"A device exploded as it was being defused in Quetta on Monday.", "Quetta", "PK", "Pakistan",
                "Explosions/Remote violence", "Remote explosive/landmine/IED"}});
    check_none({{"The crisis was defused in talks in Geneva on Monday.", "Geneva"}});
}

TEST_CASE("strategic: property taken or destroyed where nobody is hurt (Looting/property destruction)",
          "[events][strategic]") {
    const std::string L = "Looting/property destruction";
    check_all({
        {"Suspected militants burned a classroom block in Kidal on Friday.", "Kidal", "ML", "Mali", SD, L},
        {"Gunmen seized a van and mobile phones from travellers near Gao on Sunday.", "Gao", "ML", "Mali", SD, L},
        {"Al-Shabaab militants destroyed a telecommunication tower in Wajid on Monday.", "Wajid", "SO", "Somalia", SD,
         L},
        // an attack that only burns is property destruction
        {"Militants attacked and burned the town hall of Diapaga on Tuesday, no casualties were reported.", "Diapaga",
         "BF", "Burkina Faso", SD, L},
        {"Militants carried out an arson attack on a warehouse in Izmir on Saturday.", "Izmir", "TR",
         "Turkey", SD, L},
        // a village the gazetteer lacks: the armed actor stands for the place
        {"Suspected JNIM militants burned a school in Ouro Ndiaye on Monday.", "", "", "", SD, L},
    });
    // a killing is the event, not the property destroyed with it
    std::string t = "Gunmen killed three farmers and burned granaries in Bokkos on Monday.";
    auto ev = run_checked(t, {town_of(t, "Bokkos", "NG", "Nigeria")});
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == "Violence against civilians");
}

TEST_CASE("strategic: arrests, agreements, bases, territory handed over", "[events][strategic]") {
    check_all({
        {"Police apprehended four suspected Boko Haram members in Maroua on Tuesday.", "Maroua", "CM", "Cameroon",
         SD, "Arrests"},
        {"Security forces arrested 20 opposition activists in Bujumbura on Friday.", "Bujumbura", "BI", "Burundi", SD,
         "Arrests"},
        {"Rebels and government forces signed a peace agreement in Bangassou on Sunday to end the war.", "Bangassou", "CF",
         "Central African Republic", SD, "Agreement"},
        {"Rebels and government forces carried out a prisoner exchange in Taiz on Monday.", "Taiz", "YE", "Yemen", SD,
         "Agreement"},
        {"US forces established a new military base near Shaddadi on Friday.", "Shaddadi", "SY", "Syria", SD,
         "Headquarters or base established"},
        {"Militia fighters turned two schools into barracks in Jableh on Sunday.", "Jableh", "SY", "Syria", SD,
         "Headquarters or base established"},
        // taken without a fight: a non-violent transfer, not a battle
        {"Al-Shabaab fighters took over Bulo Burde without resistance on Tuesday after troops withdrew.",
         "Bulo Burde", "SO", "Somalia", SD, "Non-violent transfer of territory"},
        {"Insurgents hoisted their flag over the deserted police station in Mocimboa da Praia on Friday.",
         "Mocimboa da Praia", "MZ", "Mozambique", SD, "Non-violent transfer of territory"},
    });
}

TEST_CASE("strategic: a patrol or a convoy attacked is the attack", "[events][strategic]") {
    check_all({
        {"Militants ambushed an army patrol near Mandera on Monday.", "Mandera", "KE", "Kenya", "Battles",
         "Armed clash"},
        {"A roadside bomb hit a military convoy near Gao on Wednesday, killing two soldiers.", "Gao", "ML", "Mali",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"},
    });
}

TEST_CASE("strategic: business and sports news with the same words report nothing", "[events][strategic]") {
    check_none({
        {"The airline set up a new base in Boston on Monday to serve the East Coast.", "Boston"},
        {"The carrier will open a maintenance base in Denver next year.", "Denver"},
        {"The two companies signed an agreement in Chicago on Monday to build a plant.", "Chicago"},
        {"The union reached agreement with the steel makers on a new wage contract.", ""},
        {"Shareholders approved the merger agreement at a meeting in Dallas on Friday.", "Dallas"},
        {"The coach deployed a new defensive formation in the second half.", ""},
        {"The company said it would deploy its new software to customers in Ohio.", ""},
        {"The bank seized the property after the owner defaulted on the loan.", ""},
        {"Customs officers seized 40 cartons of counterfeit watches at the port of Houston.", "Houston"},
        {"The team captured the title in Miami on Sunday after a patrol of the outfield.", "Miami"},
        {"The firm plans to establish a regional headquarters in Atlanta.", "Atlanta"},
        {"The player was arrested on a drunk driving charge in Phoenix, the club said.", "Phoenix"},
        {"Prices fell as traders pulled out of the market ahead of the holiday.", ""},
    });
}
