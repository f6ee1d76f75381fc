// Where an event is placed when the village is not in the gazetteer (docs/events.md, "When no
// place resolves"): the country the text implies (its armed groups, its demonyms) at
// geo_precision 3, never a modifier ("the US dollar", "the Turkish border"), a party's name
// ("Jubilee supporters") or the compass word of a hyphenated division ("Nord-Kivu"); through
// the whole pipeline on the full gazetteer index of the build. The sentences are written for
// these tests.
#include "events/pipeline.hpp"
#include "gazetteer/index.hpp"
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace gt;

namespace {

using namespace pipeline_test;


struct Case {
    const char* text;
    const char* country;
};

/// A text and its first event's place: the country and the name.
struct Named {
    const char* text;
    const char* country;
    const char* name;
};

/// The first event of each `moved` text at the named town of its country (precision 1); of each
/// `stays` text at the named place of its country.
void check_moved_and_stays(const std::vector<Named>& moved, const std::vector<Named>& stays) {
    for (const auto& c : moved) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
        CHECK(loc.precision == GeoPrecision::town);
    }
    for (const auto& c : stays) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
    }
}

/// Each case's first event at the town its text names, in its country (precision 1).
void check_town_wins(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.precision == GeoPrecision::town);
    }
}

/// Each case's first event at its country's own point (the country the text implies, geo_precision 3).
void check_country_points(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.id == std::string("country:") + c.country);
        CHECK(loc.precision == GeoPrecision::region);
    }
}

/// Each case's first event placed in its country.
void check_countries(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
    }
}

} // namespace

TEST_CASE("place fallback: the country an armed group implies, at geo_precision 3",
          "[events][places]") {
    // villages no gazetteer has; the group's countries of operation (lexicon/actors.tsv) vote
    const std::vector<Case> cases = {
        {"Ansaru fighters killed five farmers in the village of Kpwelezuku on Monday.", "NG"},
        {"Houthi forces shelled the area of Wqarbizat, killing two civilians.", "YE"},
        {"Al Shabaab militants attacked a police post in Qoorxumbaley village, killing three officers.", "SO"},
        {"M23 rebels attacked the village of Nyabikirwato and abducted six civilians.", "CD"},
        // two groups of the Sahel: the country both name twice wins over one named once
        {"Koglweogo militiamen and presumed JNIM militants clashed near Tzaboudouga, killing four.", "BF"},
        // groups active in several countries, tied: the country the first named is most active
        // in, listed first (JNIM: Burkina Faso, Mali, Niger)
        {"Presumed JNIM and/or ISGS militants burned a school in Kpwaltenga.", "BF"},
        {"Suspected ISGS and JNIM fighters stole cattle in Wezzabagou.", "ML"},
        // a demonym qualifying an actor still names the country
        {"Kenyan police shot dead two suspects in Qwambalikoto on Sunday.", "KE"},
        // groups of the same countries each most active in another: the country most of them
        // are most active in (a group's first country weighs a half vote more)
        {"Presumed Katiba Macina or Ansaroul Islam (JNIM) militants attacked the police station in Kpwaltenga.",
         "BF"},
        {"Tren de Aragua gang members clashed with ELN and FARC dissidents near Qzubitaguera, killing three.", "CO"},
        {"TTP militants, Taliban and ISKP fighters clashed in Qwezbarakhel.", "AF"},
        // the same shapes that stay: two groups, each most active in another country (the first
        // named), or most active in the same one
        {"Presumed Katiba Macina (JNIM) militants blew up a bridge near the village of Kpwazomo.", "ML"},
        {"Tren de Aragua gang members clashed with ELN fighters near Qzubitaguera.", "VE"},
        {"TTP militants and Taliban fighters clashed in Qwezbarakhel.", "PK"},
        {"Al Shabaab militants and Marehan clan militiamen clashed in Qoorxumbaley.", "SO"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.id == std::string("country:") + c.country);
        CHECK(loc.feature.rfind("A.PCL", 0) == 0);
        CHECK(loc.precision == GeoPrecision::region);
    }
}

TEST_CASE("place fallback: the division where a group the text names is most active, at geo_precision 3",
          "[events][places]") {
    // lexicon/actors.tsv, column countries' "CC:Division"; villages no gazetteer has, or a
    // small town's namesake far from that division and nothing else of its own division named
    struct Moved {
        const char* text;
        const char* country;
        const char* admin1; // the division's own name in the gazetteer
    };
    const std::vector<Moved> moved = {
        {"On 30 April, the OSCE SMM observed 12 explosions near Zvanobrikove.", "UA", "Donetsk"},
        {"Boko Haram fighters killed five farmers in the village of Kpwelezuku on Monday.", "NG", "Borno State"},
        {"Raia Mutomboki militiamen abducted six civilians in Kabwezambira village.", "CD", "South Kivu"},
        {"BLA militants attacked a checkpoint in Qozbanditak, killing two soldiers.", "PK", "Balochistan"},
        {"Arakan Army fighters clashed with government troops near Kyauktazwebin.", "MM", "Rakhine"},
        {"Ambazonian separatists burned a school in Bwezakanga.", "CM", "North-West"},
        {"Ambazonian separatists killed two soldiers in Qzimbeng on Monday.", "CM", "North-West"},
        {"On 1 May 2020, the OSCE SMM observed 13 explosions involving unknown weapons near Qzyrkove.", "UA", "Donetsk"},
        {"Boko Haram insurgents attacked Mirpurkhas town, killing five civilians.", "NG", "Borno State"},
        // the country a demonym names, when a group of the text is most active in one of its divisions
        {"Nigerian troops and Boko Haram fighters clashed near Kpwelezuku.", "NG", "Borno State"},
        // a namesake far from the division: the Lozove of Khmelnytskyi, the Vodiane of Zaporizhzhia
        {"On 1 May, the OSCE SMM observed 12 explosions near Lozove.", "UA", "Donetsk"},
        {"The OSCE Special Monitoring Mission recorded 77 explosions near Vodyane.", "UA", "Donetsk"},
    };
    for (const auto& c : moved) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.feature == "A.ADM1");
        CHECK(loc.name == c.admin1);
        CHECK(loc.precision == GeoPrecision::region);
    }
    // the same shapes that stay: a group without divisions (its country), a town of the
    // division or near it, a town whose division the text names, a town of another country
    // the group acts in, a city
    struct Stays {
        const char* text;
        const char* country;
        const char* name; // the first event's place
    };
    const std::vector<Stays> stays = {
        {"Houthi forces shelled the area of Wqarbizat, killing two civilians.", "YE", "Yemen"},
        {"Al Shabaab militants attacked a police post in Qoorxumbaley village, killing three officers.", "SO", "Somalia"},
        {"On 1 May, the OSCE SMM observed 12 explosions near Horlivka.", "UA", "Horlivka"},
        {"Boko Haram fighters attacked Michika in Adamawa State, killing five.", "NG", "Michika"},
        {"Boko Haram fighters attacked Geidam, killing five.", "NG", "Geidam"},
        {"ADF rebels attacked Kamwenge, killing five.", "UG", "Kamwenge"},
        {"The OSCE SMM saw a protest in Kharkiv.", "UA", "Kharkiv"},
        // no group: a small town stays where the gazetteer has it
        {"On 1 May, 12 explosions were heard near Lozove.", "UA", "Lozovoye"},
    };
    for (const auto& c : stays) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
    }
}

TEST_CASE("place fallback: a state force's country outweighs an armed group's", "[events][places]") {
    // villages no gazetteer has; a state's police or army acts at home, an armed group in any
    // of the countries it operates in (Al Shabaab: Somalia first; ADF: DR Congo first)
    const std::vector<Case> cases = {
        {"An IED targeted a Kenya Police vehicle near the site of an earlier al Shabaab attack in Qwarbeyley.",
         "KE"},
        {"ADF rebels attacked a Uganda Police post in Kzwambalo, killing two officers.", "UG"},
        // a state force named by its own lexicon row, with no armed group
        {"LNA forces shelled the Qzawirat area, killing two civilians.", "LY"},
        {"Tatmadaw troops burned houses in Kzwalabin village, killing two villagers.", "MM"},
        // Lebanon's forces and the UN force deployed only there (lexicon/actors.tsv)
        {"LAF soldiers arrested two men after a clash in Qzabrit.", "LB"},
        {"Lebanese Armed Forces shelled positions near Qzabrit, killing two gunmen.", "LB"},
        {"UNIFIL peacekeepers reported an explosion near Kzwarat, with no casualties.", "LB"},
        // the police of a text that names no state is the document's, no vote of its own
        {"Presumed JNIM militants attacked the police station in Kpwaltenga, killing two officers.", "BF"},
    };
    check_country_points(cases);
}

TEST_CASE("place fallback: missions, parties and communities of one country say where", "[events][places]") {
    // villages no gazetteer has; the words name no actor of the event, only its country
    // (lexicon/actors.tsv, flag where)
    const std::vector<Case> cases = {
        {"ODM supporters clashed with rivals at a party rally in Qwambiko, injuring two.", "KE"},
        {"Protesters demonstrated outside IEBC offices in Kzwarani and police fired tear gas.", "KE"},
        {"Suspected Pokot bandits shot dead two herders in Qzalemuk and stole 100 cattle.", "KE"},
        // a word of several countries votes for each, the first listed wins a tie
        {"A boda boda rider was shot dead by unknown gunmen in Qwerkani on Sunday.", "KE"},
        {"Awami League supporters clashed with rival activists in Qzabaripara, injuring five people.", "BD"},
        {"Amal Movement supporters clashed with rivals in Qzabrit, injuring three.", "LB"},
        {"Asaib Ahl al-Haq fighters clashed with gunmen near Qzarwiyah, killing two.", "IQ"},
        {"Civilian JTF members repelled an attack on Kpwalamari, killing four gunmen.", "NG"},
        {"MONUSCO peacekeepers reported an attack on Kzwalingo in which three civilians were killed.", "CD"},
        // Ukraine's parties
        {"National Corps activists clashed with police in Qzarivka, injuring two.", "UA"},
        {"Opposition Platform supporters clashed with rivals in Qzanivka, injuring two.", "UA"},
        {"Members of the Shariy Party held a rally in Qzorivka on Saturday.", "UA"},
    };
    check_country_points(cases);
    // Odesa, not the Texan city of its English name
    check_countries({{"Members of National Corps blocked a road near Odessa in protest against a rally organised by "
                      "Shariy Party and Opposition Platform.",
                      "UA"}});
    // a namesake abroad gives way to the same name in the text's country
    check_countries({{"On 2 May 2020, the OSCE SMM observed 422 explosions near Oktyabrskoye.", "UA"},
                     {"On 4 May 2020, the OSCE SMM observed 12 explosions involving unknown weapons near Pervomaiskoye.",
                      "UA"}});
}

TEST_CASE("place fallback: the parties, forces and gangs of one country say where", "[events][places]") {
    // villages no gazetteer has; a party, an electoral commission, a police or army unit, a
    // militia, a gang or a community of one country (lexicon/actors.tsv) votes for its country
    const std::vector<Case> cases = {
        {"ZANU-PF supporters clashed with MDC Alliance activists in Kpwezeni, injuring three.", "ZW"},
        {"NUP supporters clashed with police in Qzabuleka, injuring five.", "UG"},
        {"EFF supporters clashed with ANC members in Qzimbalo, injuring four.", "ZA"},
        {"MPP supporters clashed with rivals in Kpwaltenga, injuring two.", "BF"},
        {"PML-N supporters clashed with rival activists in Qzarpur, injuring six.", "PK"},
        {"FRELIMO supporters clashed with RENAMO supporters in Qzamuende, injuring two.", "MZ"},
        {"BJP workers clashed with Trinamool supporters in Qzarganj, injuring seven.", "IN"},
        {"Carabineros clashed with protesters in Qzallanquen, injuring five.", "CL"},
        {"Comando Vermelho gunmen shot dead two men in Qzabirinha on Monday.", "BR"},
        {"MS-13 gang members shot dead two men in Qzolotepe on Monday.", "SV"},
        {"Protesters clashed with INEC officials in Kpwalabe, injuring three.", "NG"},
        {"Imbonerakure militiamen shot dead two men in Qzarugeri on Sunday.", "BI"},
        {"Anti-Balaka fighters killed four herders in Qzabanda on Monday.", "CF"},
        {"Tren de Aragua gang members shot dead two men in Qzaltepec on Monday.", "VE"},
        // an acronym or a common word before a party word ("APC supporters", not "an APC")
        {"Members of Jubilee and NASA parties clashed at a convention in Qwambiko, injuring two.", "KE"},
        {"APC supporters clashed with rivals in Kpwalabe, injuring three.", "NG"},
        {"NPP supporters clashed with NDC activists in Qzaboase, injuring four.", "GH"},
        {"PTI workers clashed with police in Qzarpur, injuring six.", "PK"},
        // an administrative unit or an institution in one country's own word
        {"Gunmen shot dead a village chief in Barangay Qzabanga on Monday.", "PH"},
        {"Two people were killed in a clash between rival groups in Qzarpur upazila on Monday.", "BD"},
        {"Militiamen killed three farmers in Qzalem woreda on Monday.", "ET"},
        {"Rioters torched a matatu in Qzwarani on Monday after a boy was killed.", "KE"},
    };
    check_country_points(cases);
}

TEST_CASE("place fallback: a city abroad found only under an alternate name is no village of the text's country",
          "[events][places]") {
    // "Po" is an alternate name of Bozhou (China), "Zam" of Zamboanga (Philippines), "Bombay"
    // of Mumbai, "Canton" of Guangzhou: in a text whose armed groups say where it is, and that
    // nothing else puts in those countries, the village is one the gazetteer lacks
    const std::vector<Case> cases = {
        {"Boko Haram fighters attacked Po, killing three farmers.", "NG"},
        {"Houthi forces shelled Zam, killing two civilians.", "YE"},
        {"Suspected JNIM militants attacked the village of Bombay, killing ten people.", "BF"},
        {"Al Shabaab militants attacked the village of Canton, killing two civilians.", "SO"},
    };
    check_countries(cases);
}

TEST_CASE("place fallback: a country's name before its forces is no country named as where", "[events][places]") {
    // "On Monday, Kenya troops ...": after a comma, but the state that acts, not the end of a
    // stated hierarchy; the small place of the other country stands
    check_countries({
        {"On Monday, Kenya troops raided Dhobley, killing two militants.", "SO"},
        {"On Monday, Saudi forces stormed the police station of Qishn (Al Mahrah), killing a guard.", "YE"},
        {"On Monday, Saudi forces stormed the police station of Sayhut (Al Mahrah), killing a guard.", "YE"},
    });
}

TEST_CASE("place fallback: a place the text names wins over the implied country", "[events][places]") {
    const std::vector<Case> cases = {
        {"Al Shabaab militants attacked a police post in Mandera, killing three officers.", "KE"},
        {"Boko Haram fighters killed five farmers near Maiduguri on Monday.", "NG"},
        {"Houthi forces shelled a market in Taiz, killing two civilians.", "YE"},
        // a party or force of another country does not outvote the town the text names
        {"ZANU-PF supporters clashed with MDC activists in Mutare, injuring three.", "ZW"},
        {"Imbonerakure militiamen shot dead two men in Gitega on Sunday.", "BI"},
        {"Carabineros clashed with protesters in Temuco, injuring five.", "CL"},
        {"MS-13 gang members shot dead two men in San Pedro Sula on Monday.", "HN"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.id.rfind("country:", 0) != 0);
    }
}

TEST_CASE("place fallback: a currency's or a border's country is no place of the event",
          "[events][places]") {
    // "the US dollar", "the Syrian pound": what the protest is about, not where it is
    for (const char* text :
         {"Rioters angry at the high US dollar exchange rate blocked the Qzawyeh road with burning tyres.",
          "Rioters denouncing the fall of the Syrian pound blocked the Xqamlibah road with burning tyres."}) {
        INFO(text);
        PlaceMention loc = first_location(text);
        CHECK_FALSE(loc.resolved);
    }
    // "Saudi-led": the coalition's leader, not where its aircraft struck
    {
        const char* text = "Saudi-led coalition airstrikes targeted the Qarwazibah area, killing four civilians.";
        INFO(text);
        PlaceMention loc = first_location(text);
        CHECK(loc.country != "SA");
    }
    // "near the Turkish border", "near the Malian border": on the border, in the text's country
    const std::vector<Case> cases = {
        {"Militants attacked an army checkpoint near the Turkish border in Idlib province, killing two soldiers.",
         "SY"},
        {"Koglweogo militiamen were ambushed near the Malian border, and three of them were killed.", "BF"},
        {"Gunmen attacked a bus near the Kenyan border in Gedo region, killing four passengers.", "SO"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
    }
    for (const char* demonym : {"Turkish", "Malian", "Kenyan"}) {
        std::string text = std::string("Shelling was reported near the ") + demonym + " border.";
        INFO(text);
        auto ms = mentions_named(text, demonym);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].embedded);
    }
    // the country after a border's "with" is the other side: on the border, not in it
    for (const char* country : {"Ethiopia", "Niger", "Democratic Republic of Congo", "Turkey"}) {
        for (const char* form : {"Shelling was reported near the border with ", "Troops patrolled the frontier with the ",
                                 "Clashes erupted along Kenya's border with "}) {
            std::string text = std::string(form) + country + ".";
            INFO(text);
            auto ms = mentions_named(text, country);
            REQUIRE(ms.size() == 1);
            CHECK(ms[0].embedded);
        }
    }
    {
        const char* text = "Gunmen shot dead four herders near the Kenyan border with Ethiopia, in Qzirogo; "
                           "Degodia elders condemned the attack.";
        INFO(text);
        CHECK(first_location(text).country == "KE");
    }
    // a country named as where things are stays a place
    CHECK_FALSE(mentions_named("Soldiers were deployed in Ethiopia and along the border.", "Ethiopia").at(0).embedded);
}

TEST_CASE("geoparse: a compass word heading a hyphenated division is part of its name",
          "[geoparse][places]") {
    struct Name {
        const char* written;
        const char* country;
    };
    // French compass words looked up in English; never the compass word alone (Nord in Burkina
    // Faso, Sud in Haiti)
    for (const Name& n : std::vector<Name>{{"Nord-Kivu", "CD"}, {"Sud-Kivu", "CD"}, {"North-Kivu", "CD"}}) {
        std::string text = std::string("Militiamen abducted six civilians in Kalembe village (Masisi, ") + n.written +
                           ") on Monday.";
        INFO(text);
        auto ms = mentions_named(text, n.written);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].country == n.country);
        CHECK(ms[0].feature == "A.ADM1");
        geoparse::Geoparser g(full_index());
        for (const auto& m : g.parse(text)) CHECK(m.text != "Nord");
        PlaceMention loc = first_location(text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == n.country);
    }
}

TEST_CASE("geoparse: a party's name is no place", "[geoparse][places]") {
    // a small town named like a party ("Jubilee" in Canada), before supporters, party, Dal ...
    const std::vector<Case> cases = {
        {"Jubilee supporters and ODM supporters clashed in Nakuru on Tuesday, injuring five.", "KE"},
        {"Members of the Jubilee and NASA parties threw stones at each other in Kisumu.", "KE"},
        {"Members of Chatra Dal staged a protest rally in Rajshahi city against the arrests.", "BD"},
        // a party word and "of" before the name, or before another name and "and"
        {"Supporters of NASA and Jubilee threw stones at each other in Kisumu on Tuesday.", "KE"},
        {"Supporters of Jubilee clashed with NASA supporters in Nakuru, injuring five.", "KE"},
        {"NASA leaders and the Jubilee candidate's supporters clashed in Eldoret, injuring three.", "KE"},
        {"Loyalists of ODM and Jubilee clashed in Kisii on Monday, injuring two.", "KE"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(mentions_named(c.text, "Jubilee").empty());
        CHECK(mentions_named(c.text, "Chatra").empty());
        CHECK(mentions_named(c.text, "NASA").empty());
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
    }
}

TEST_CASE("a digest's item whose sentence names no place is at its own dateline, not the digest's first place",
          "[events][places]") {
    // Wire digests ("world highlights") run separate stories one after another, each opening with
    // its dateline in capitals; an item that names no place the gazetteer knows is at its
    // dateline. An article with one dateline keeps its main place (the dateline is where the
    // reporter files from).
    const std::string digest =
        "Rebels launched a new offensive east of Mosul, while the army said it had repulsed the attack.\n"
        "    - - - -\n"
        "    MANILA - Communist rebels said they had destroyed a military communications station and an\n"
        "army spokesman said seven rebels were killed in a gun battle.\n"
        "    - - - -\n"
        "    NAIROBI - Police fired tear gas at hundreds of protesters demanding lower fuel prices.\n"
        "    - - - -\n"
        "    LIMA, Peru - Guerrillas blew up a railway bridge overnight, the army said.\n";
    gt::Document d;
    d.id = "digest";
    d.text = digest;
    d.date = "2023-03-01";
    const gt::DocumentResult r = gt::events::process(d, pipeline());
    std::vector<std::pair<std::string, std::string>> got; // (evidence start, country)
    for (const auto& e : r.events) got.emplace_back(e.evidence.text.substr(0, 12), e.location.country);
    INFO(digest);
    const std::vector<std::pair<std::string, std::string>> want = {
        {"MANILA - Com", "PH"}, {"NAIROBI - Po", "KE"}, {"LIMA, Peru -", "PE"}};
    for (const auto& w : want)
        CHECK(std::find(got.begin(), got.end(), w) != got.end());

    // one dateline: an item of the reporter's city is no digest
    const std::string article = "BEIRUT - Gunmen attacked a checkpoint near Baalbek on Monday, killing two soldiers. "
                                "The army said the attackers fled.";
    PlaceMention loc = first_location(article);
    CHECK(loc.name == "Baalbek");
}

TEST_CASE("place choice: a demonym of migrants or refugees says where they come from, not where the text is",
          "[events][places]") {
    // "Venezuelan migrants", "Haitian migrants", "Afghan refugees": people away from their
    // country, who may speak of going back to it; the town named is the event's place
    check_countries({
        {"On 29 April 2020, on a highway in Bogota, around 500 Venezuelan migrants protested to demand that "
         "local authorities let them leave the area to be able to return to Venezuela.",
         "CO"},
        {"On 3 May 2020, in Tapachula, dozens of Haitian migrants protested to demand that officials let them "
         "travel on to the border and not send them back to Haiti.",
         "MX"},
        {"Dozens of Afghan refugees protested outside the UNHCR office in Peshawar against deportation to "
         "Afghanistan.",
         "PK"},
        // a demonym of a force or of residents still says where the text is
        {"Venezuelan soldiers clashed with smugglers in San Cristobal, near the border with Colombia.", "VE"},
        {"On 3 May 2020, in Beirut, Syrian refugees protested to demand that the UN resettle them, saying they "
         "cannot return to Syria.",
         "LB"},
    });
}

TEST_CASE("place fallback: a name written joined or split stands in the countries of the armed groups the text names",
          "[events][places]") {
    // "Elwak" is El Wak, "Garbatulla" Garba Tula (Kenya), "Mirpurkhas" Mirpur Khas (Pakistan),
    // "Mai Duguri" Maiduguri (Nigeria): read otherwise only where the text names the country,
    // or a group that operates there names it as a country named as where things are
    check_countries({
        {"Police officers exchanged fire with Al Shabaab after they attacked a bank in Elwak Town.", "KE"},
        {"Suspected al Shabaab militants ambushed a bus near Garbatulla town, killing two passengers.", "KE"},
        {"TTP militants attacked a police post in Mirpurkhas town, killing two policemen.", "PK"},
        {"Boko Haram insurgents attacked Mai Duguri town, killing five civilians.", "NG"},
    });
    // a group of another country does not: the village the gazetteer lacks is in the group's
    check_country_points({
        {"Taliban fighters attacked a police checkpoint in Elwak town, killing three policemen.", "AF"},
        {"Ansaru insurgents attacked Mirpurkhas town, killing five civilians.", "NG"},
    });
}

TEST_CASE("place fallback: a city abroad found under another spelling of its own name is no village of the text's country",
          "[events][places]") {
    // "Bose" (Baise, China, a city of 686,000) and "Lagas" (Lagos) are other spellings of big
    // towns' own names: in a text that names another country as where things are, or whose
    // armed groups operate elsewhere, the village is one the gazetteer lacks
    check_country_points({
        {"Presumed JNIM militants assassinated a municipal councilor in Bose.", "BF"},
        {"In Ghana, gunmen attacked a bank in Lagas, killing two guards.", "GH"},
        {"Al Shabaab militants attacked a police post in Lagas, killing two officers.", "SO"},
    });
    // the text speaks for the city's country: it stands
    check_countries({
        {"Nigerian police said gunmen attacked a bank in Lagas, killing two guards.", "NG"},
        {"Chinese police said gunmen attacked a bank in Bose, killing two guards.", "CN"},
    });
}

TEST_CASE("place choice: 'the X' or 'X ... the province' names a division, not a namesake town abroad",
          "[events][places]") {
    // the gazetteer keeps these divisions only with their generic word ("Soum Province", "Province
    // du Bam", "Chin State", "Shan State"); the bare name is a town elsewhere (Senegal, Iran,
    // China): the article or a bare division word later in the sentence says it is the division
    check_countries({
        {"Three village chiefs were assassinated overnight in the Soum, near the Mali border.", "BF"},
        {"Teachers in Bam demonstrated to denounce practices in the province.", "BF"},
        {"The army shelled three villages in the Chin, near the Indian border.", "MM"},
        {"Gunmen killed two farmers in Shan, and the district remains tense.", "MM"},
        // a town with its own division in one country keeps the town
        {"Protesters in Kirkuk denounced corruption in the province.", "IQ"},
    });
    CHECK(first_location("Protesters in Kirkuk denounced corruption in the province.").precision ==
          GeoPrecision::town);
    // a compass word ("Western governments ... in the region": "the region" is said of
    // anywhere) is no division of Sri Lanka
    for (const char* text : {"Bases are used by Western governments for operations in the region.",
                             "Western diplomats said the province was calm."}) {
        INFO(text);
        for (const auto& m : mentions_named(text, "Western"))
            CHECK((!m.resolved || m.country != "LK"));
    }
}

TEST_CASE("place hierarchy: the last level named like a first-level division is that division, not a small town",
          "[events][places]") {
    // "Huanuquillo, Junin": Junín region of Peru, not the town of Junín in Buenos Aires; the
    // towns named like these divisions are small and seat no first-level division. A
    // first-level seat or a city keeps the town ("Qzarpur, Herat")
    constexpr auto region = GeoPrecision::region, town = GeoPrecision::town;
    for (auto [text, name, cc, precision] :
         std::vector<std::tuple<const char*, const char*, const char*, GeoPrecision>>{
             {"On 7 May 2020, in Huanuquillo, Junin, residents staged a demonstration.", "Junin", "PE", region},
             {"On 7 May 2020, in La Victoria, Lambayeque, parents staged a demonstration.", "Lambayeque", "PE",
              region},
             {"On 7 May 2020, in Qzarillo, Cojedes, residents staged a demonstration.", "Cojedes", "VE", region},
             {"On 7 May 2020, in Qzarillo, Cocle, residents staged a demonstration.", "Cocle", "PA", region},
             {"On 7 May 2020, in Qzarpur, Herat, police raided a house.", "Herat", "AF", town},
             {"On 7 May 2020, in Qzarpur, Kano, police raided a house.", "Kano", "NG", town}}) {
        PlaceMention m = one_resolved(text, name);
        INFO(text);
        CHECK(m.country == cc);
        CHECK(m.precision == precision);
    }
    // a level followed by another lets the hierarchy choose ("Arbil, Kurdistan, Iraq": the
    // Iraqi region, not Iran's province)
    check_countries({{"Rockets landed near the consulate in Waziran neighborhood, Arbil, Kurdistan, Iraq.", "IQ"}});
}

TEST_CASE("place choice: a small town abroad that nothing else of its country backs is a namesake of a place of "
          "the text's country",
          "[events][places]") {
    // the event's town lies in a country nothing else the text names lies in, all its other
    // confident places in one other country: that country's most mentioned place
    struct Case {
        const char* text;
        const char* country;
        const char* name; // the first event's place
    };
    const std::vector<Case> moved = {
        // Lúčky (Slovakia), Nazar (Spain): namesakes of an estate, an area (the El Filo sector of
        // Carvajal, read in Mexico, is now the Carvajal of Venezuela: below)
        {"Police shot dead a robbery suspect in the Lucky Summer estate of Nairobi on Monday.", "KE", "Nairobi"},
        {"A roadside bomb killed three civilians in the Nazar Khan area of Andar district, Ghazni, on Sunday.", "AF",
         "Andaṟ"},
        {"Gunmen shot dead two farmers in Lucky on Sunday, police in Nairobi said.", "KE", "Nairobi"},
    };
    const std::vector<Case> stays = {
        // its country named, or a demonym of it
        {"Protesters blocked a road in Lucky, Slovakia, and marched on, while others gathered in Nairobi.", "SK",
         "Lúčky"},
        {"Slovak police dispersed protesters in Lucky on Monday; others gathered in Nairobi.", "SK", "Lúčky"},
        // the other places in two countries, or the other country by a demonym alone
        {"Gunmen shot dead two men in Lucky; the suspects fled from Nairobi to Kampala.", "SK", "Lúčky"},
        {"Gunmen shot dead two men in Lucky on Sunday, Kenyan police said.", "SK", "Lúčky"},
    };
    for (const auto& c : moved) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
        CHECK(loc.precision != GeoPrecision::town);
    }
    for (const auto& c : stays) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
    }
}

TEST_CASE("place choice: a town abroad that nothing else of its country backs yields to its namesake in the "
          "country of the text's other places",
          "[events][places]") {
    // the event's town (a capital too) lies in a country nothing else the text names lies in,
    // all its other confident places in one other country, which has a town of the same name:
    // that town, geo_precision 1
    using Case = Named;
    const std::vector<Case> moved = {
        // Tripoli, Libya's capital, for Tripoli in Lebanon; San Juan, Puerto Rico's, for the
        // Argentine city
        {"On 3 May 2020, a car convoy set out from Beirut to Tripoli to protest against living conditions. "
         "Protesters then joined a demonstration in Tripoli.",
         "LB", "Tripoli"},
        {"Protesters blocked the main square of Tripoli on Monday. Tripoli residents said the march was peaceful. "
         "Activists from Beirut joined them.",
         "LB", "Tripoli"},
        {"On 30 April 2020, in San Juan (San Juan), residents staged a pot-banging protest against the release of "
         "prisoners. Similar protests took place in Buenos Aires.",
         "AR", "San Juan"},
        // a small town: Carvajal in Mexico for Carvajal in Venezuela, near Valera
        {"Residents of the El Filo sector of Carvajal protested in Valera over water cuts on Monday.", "VE",
         "Carvajal"},
    };
    const std::vector<Case> stays = {
        // the other places in the town's country, its country named, a third country named
        {"Gunmen attacked a checkpoint in Tripoli on Monday. Tripoli residents said two were killed. The attackers "
         "fled towards Misrata.",
         "LY", "Tripoli"},
        {"On 3 May 2020, a car convoy set out from Beirut to Tripoli, Libya, to protest. Protesters then joined a "
         "demonstration in Tripoli.",
         "LY", "Tripoli"},
        {"On 3 May 2020, a car convoy set out from Beirut to Tripoli to protest. Protesters then joined a "
         "demonstration in Tripoli. A rally was also held in Damascus.",
         "LY", "Tripoli"},
        // a capital's namesake of a tiny fraction of its people (Paris, Texas), or a place
        // that only has the capital's name among its others (Anantnag, also Islamabad)
        {"On 3 May 2020, a car convoy set out from Washington to Paris to protest against living conditions. "
         "Protesters then joined a demonstration in Paris.",
         "FR", "Paris"},
        {"On 3 May 2020, Hurriyat activists held a demonstration outside the Press Club in Islamabad city "
         "(Islamabad, FCT), condemning atrocities in occupied Jammu and Kashmir.",
         "PK", "Islamabad"},
    };
    check_moved_and_stays(moved, stays);
}

TEST_CASE("place choice: a place's name before a capitalised House names a building, not where it is",
          "[events][places]") {
    // "Orange House", "Durban House", "Kenya House": a building's name (a party's seat, an
    // office), as "the Texas Senate" is no place; the sentence's own town is the event's
    struct Case {
        const char* text;
        const char* country;
        const char* name; // the first event's place
    };
    const std::vector<Case> cases = {
        {"Nominated Senator Elizabeth Ongoro led her supporters to protest at Orange House, the ODM headquarters in "
         "Nairobi.",
         "KE", "Nairobi"},
        {"Opposition supporters clashed with police outside Durban House in Lagos on Monday.", "NG", "Lagos"},
        {"Students staged a sit-in at Kenya House in Kampala on Tuesday.", "UG", "Kampala"},
        // the same shapes that stay: a house, not a name; a town before another name word
        {"Protesters gathered outside a house in Orange on Monday, police said.", "US", "Orange"},
        {"Gunmen attacked a house in Lancaster on Monday, killing two people.", "US", "Lancaster"},
        {"Hundreds of protesters gathered outside Lancaster House in Nairobi on Monday to demand land reform.", "KE",
         "Nairobi"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
    }
}

TEST_CASE("place choice: a lone town or division abroad yields to the country the text's groups and where-words "
          "name",
          "[events][places]") {
    // the event's division lies in a country nothing else of the text speaks for, while a
    // community, party or administrative word of lexicon/actors.tsv (a where row) names
    // another: a namesake of a local area of that country, which places the event
    struct Case {
        const char* text;
        const char* country;
    };
    const std::vector<Case> moved = {
        // Mara region (Tanzania) for Kenya's Trans Mara; Ain (France) in Lebanon; Nadia
        // district (India) where an upazila is named
        {"Kipsigis and Maasai youths clashed in Trans Mara on Monday, leaving two people dead.", "KE"},
        {"Amal Movement supporters clashed with rivals in Ain on Sunday, injuring three.", "LB"},
        {"Upazila officials said Awami League men attacked a Hindu temple in Nadia on Sunday.", "BD"},
    };
    const std::vector<Case> stays = {
        // the place's country named, or among the group's own countries, or the place in the
        // country the groups name; a demonym is no such word (the force may be abroad)
        {"Kipsigis youths clashed with police in Mara, Tanzania, on Monday, leaving two people dead.", "TZ"},
        {"Al Shabaab militants attacked a police post in Mandera on Monday, killing two officers.", "KE"},
        {"Amal Movement supporters clashed with rivals in Nabatieh on Sunday, injuring three.", "LB"},
        {"Turkish forces shelled the village of Karma on Monday, killing two civilians.", "BY"},
    };
    for (const auto& c : moved) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.precision == GeoPrecision::region);
    }
    for (const auto& c : stays) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
    }
}

TEST_CASE("place choice: the Saudi-led coalition named votes for Yemen", "[events][places]") {
    // lexicon/actors.tsv: "saudi led coalition" operates in Yemen (countries YE), so a division
    // abroad nothing else backs yields to Yemen (no_lone_place_abroad_of_groups), while a
    // place of Saudi Arabia the text states, or another coalition, stays
    struct Case {
        const char* text;
        const char* country;
        const char* actor;
    };
    const std::vector<Case> cases = {
        // Ethiopia's Afar region for the Afar area of Al Bayda
        {"Saudi-led coalition airstrikes targeted the customs of Afar area (Al Malagim, Al Bayda), destroying food "
         "trucks.",
         "YE", "Operation Restoring Hope"},
        {"Saudi-led coalition airstrikes targeted Afar area on Sunday, destroying food trucks.", "YE",
         "Operation Restoring Hope"},
        {"Saudi-led coalition air defences intercepted a Houthi drone over Khamis Mushait, Saudi Arabia, on Sunday.",
         "SA", "Military Forces of Saudi Arabia"},
        {"US-led coalition airstrikes hit a market on Sunday in Raqqa, killing five civilians.", "SY",
         "Global Coalition Against Daesh"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        gt::Document d;
        d.id = "t";
        d.text = c.text;
        d.date = "2023-03-01";
        gt::DocumentResult r = gt::events::process(d, pipeline());
        REQUIRE_FALSE(r.events.empty());
        CHECK(r.events[0].location.country == c.country);
        CHECK(r.events[0].actor1.name == c.actor);
    }
}

TEST_CASE("place fallback: a demonym inside the name of its own state's force names the country",
          "[events][places]") {
    // villages no gazetteer has; "the Nigerian Army" is a name (the geoparser's demonym is
    // inside it) and an army of that state, as "Nigerian troops" is: a demonym's vote
    const std::vector<Case> moved = {
        {"The Nigerian Army killed three militants in Kpwalabe on Monday.", "NG"},
        {"The Lebanese Army arrested three men in Qzabrit on Monday.", "LB"},
        {"The Ugandan Army killed two rebels near Kzwambalo on Monday.", "UG"},
        {"The Malian Army killed ten militants near Kpwazomo on Monday.", "ML"},
        {"The Pakistani Army killed four militants in Qwezbarakhel on Monday.", "PK"},
        {"The Kenyan Army killed three militants in Qwarbeyley on Monday.", "KE"},
    };
    check_country_points(moved);
    // the same shapes that stay: a town the text names wins; a demonym inside a name that is
    // no state force (a currency) names no place
    const std::vector<Case> town = {
        {"The Nigerian Army killed three militants in Maiduguri on Monday.", "NG"},
        {"The Lebanese Army arrested three men in Tyre on Monday.", "LB"},
    };
    check_town_wins(town);
    const char* currency = "Rioters denouncing the fall of the Lebanese pound blocked the Qzawyeh road with burning tyres.";
    INFO(currency);
    CHECK_FALSE(first_location(currency).resolved);
}

TEST_CASE("place choice: a town abroad that nothing else of its country backs yields to its namesake in the "
          "country the text's groups and where-words name",
          "[events][places]") {
    // no other place in the text: the country a party or community of lexicon/actors.tsv
    // votes for has a town of the very same name (and of a tenth of the people at least of
    // a city abroad): that town, geo_precision 1
    using Case = Named;
    const std::vector<Case> moved = {
        // Embu (Sao Paulo, Brazil) for Embu, Kenya; Hyderabad (India) for Hyderabad, Sindh
        {"ODM supporters clashed with police in Embu, injuring two.", "KE", "Embu"},
        {"Mungiki members clashed with police in Embu, injuring two.", "KE", "Embu"},
        {"PML-N supporters clashed with rival activists in Hyderabad, injuring six.", "PK", "Hyderabad"},
        {"PTI workers clashed with police in Hyderabad, injuring six.", "PK", "Hyderabad"},
    };
    const std::vector<Case> stays = {
        // the town's country's own party, a party of a country with no such town, another
        // place of the town's country, a demonym of it, a city ten times the namesake's size
        {"BJP workers clashed with Trinamool supporters in Hyderabad, injuring seven.", "IN", "Hyderābād"},
        {"Awami League supporters clashed with rival activists in Hyderabad, injuring five.", "IN", "Hyderābād"},
        {"ODM supporters clashed with police in Embu, injuring two. Similar protests were held in Sao Paulo.", "BR",
         "Embu"},
        {"PML-N supporters clashed with rival activists in Hyderabad, injuring six, as Indian police watched.", "IN",
         "Hyderābād"},
        {"Carabineros clashed with protesters in Los Angeles, injuring five.", "US", "Los Angeles"},
    };
    check_moved_and_stays(moved, stays);
}

TEST_CASE("place fallback: a national currency of one country named by its own word says where",
          "[events][places]") {
    // villages no gazetteer has; the money a riot or a theft is about (lexicon/actors.tsv,
    // flag where)
    const std::vector<Case> moved = {
        {"Traders rioted in Qzabuleka over the fall of the naira, burning tyres and injuring two policemen.", "NG"},
        {"Gunmen robbed a bus in Qzabuleka and seized 20,000 cedis from the passengers, injuring two.", "GH"},
        {"Rioters angry at the fall of the hryvnia blocked the Qzanivka road with burning tyres.", "UA"},
        {"Gunmen robbed a bank in Qzarpur and fled with 5 million taka, injuring two guards.", "BD"},
        {"Gunmen robbed a bus in Qzabuleka and seized 20,000 birr from the passengers, injuring two.", "ET"},
        {"Gunmen robbed a trader of 3 million afghanis in Qwezbarakhel, shooting him dead.", "AF"},
    };
    check_country_points(moved);
    // the same shapes that stay: a town the text names wins, even of another country; a
    // currency named by a demonym names no place
    const std::vector<Case> town = {
        {"Traders rioted in Accra over the fall of the naira, burning tyres and injuring two policemen.", "GH"},
        {"Gunmen robbed a bank in Sylhet and fled with 5 million taka, injuring two guards.", "BD"},
    };
    check_town_wins(town);
    const char* demonym = "Rioters denouncing the fall of the Syrian pound blocked the Xqamlibah road with burning tyres.";
    INFO(demonym);
    CHECK_FALSE(first_location(demonym).resolved);
}

TEST_CASE("place choice: a lone town abroad yields to the country whose people at home the text names",
          "[events][places]") {
    // a small town or a division of a country nothing else of the text speaks for, while a
    // demonym names a crowd or civilians of one other country ("Kenyan traders", "Burkinabe
    // villagers"): a namesake of a local place the gazetteer lacks; the event is in their
    // country (geo_precision 3)
    const std::vector<Case> moved = {
        {"On Monday, Kenyan protesters blocked the road in Saku over the killing of a herder.", "KE"},
        {"On Monday, Kenyan traders blocked the road in Bura, protesting against the demolition of their stalls.",
         "KE"},
        {"On Monday, Burkinabe villagers barricaded roads to the Karma mine, protesting against the dust.", "BF"},
        {"On Monday, Burkinabe residents staged a protest march in Zam, demanding work on a dam.", "BF"},
        {"On Monday, Iranian workers of a steel company held a protest in Faryab against unpaid salaries.", "IR"},
    };
    check_country_points(moved);
    // the same shapes that stay: a force's demonym (it may be abroad), people away from their
    // country, people of two countries, the town's own division named, a town of their country
    const std::vector<Case> stays = {
        {"On Monday, Turkish forces shelled the village of Karma, killing two civilians.", "BY"},
        {"On Monday, Venezuelan migrants protested in Bogota against evictions.", "CO"},
        {"On Monday, Kenyan traders and Ugandan farmers blocked the road in Saku over the killing of a herder.", "JP"},
        {"On Monday, Kenyan protesters blocked the road in Saku, Nagano, over the killing of a herder.", "JP"},
        {"On Monday, Nigerian traders protested in Bama against the closure of the market.", "NG"},
    };
    for (const auto& c : stays) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.id.rfind("country:", 0) != 0);
    }
}
