// Towns named by their roads, squares and road pairs (docs/geoparse.md, "Recognition", sites
// and road ends; issue #12): "the Zahle roundabout", "the Nairobi-Mombasa highway", "the road
// between Zahle and Beirut", "Beirut's Hamra district" name the town, near it (geo_precision
// 2), as ACLED codes a road block or a protest at them; a street named after a place
// elsewhere, a capitalised street or square of its own, a country's district stay as they
// were. On the full gazetteer index of the build; the sentences are written for these tests.
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace gt;

namespace {

using namespace pipeline_test;

// The resolved mentions of a text whose words are exactly `mention`.
std::vector<PlaceMention> named(const std::string& text, const std::string& mention) {
    auto out = mentions_named(text, mention);
    std::erase_if(out, [](const PlaceMention& m) { return !m.resolved; });
    return out;
}

// A mention resolved in a country at a precision.
struct Site {
    const char* text;
    const char* mention;
    const char* country;
    GeoPrecision precision;
};

void check_site(const Site& c) {
    INFO(c.text << " / " << c.mention);
    auto ms = named(c.text, c.mention);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].country == c.country);
    CHECK(ms[0].precision == c.precision);
}

constexpr GeoPrecision near = GeoPrecision::near_town;
constexpr GeoPrecision town = GeoPrecision::town;

} // namespace

TEST_CASE("sites: a site word in lower case after a town's name is a site at the town", "[geoparse][sites]") {
    const std::vector<Site> cases = {
        // a roundabout or an intersection: a part of a town, no place when alone before
        {"On 30 April 2020, protesters blocked the Zahle roundabout in both directions.", "Zahle", "LB", near},
        {"Traders blocked the Nakuru roundabout over new levies.", "Nakuru", "KE", near},
        {"Students gathered at the Sylhet intersection demanding quota reform.", "Sylhet", "BD", near},
        // a road, a bypass, a highway at the town: precision 2
        {"Lawyers blocked the Lahore bypass for two hours.", "Lahore", "PK", near},
        {"Transport workers blocked the Cuernavaca highway.", "Cuernavaca", "MX", near},
        // the town itself, named for itself: unchanged
        {"Protesters gathered in Zahle on Friday.", "Zahle", "LB", town},
        {"Beirut's economy shrank by a quarter.", "Beirut", "LB", town},
    };
    for (const auto& c : cases) check_site(c);
}

TEST_CASE("sites: each end of a road between two towns, however the pair is written", "[geoparse][sites]") {
    const std::vector<Site> cases = {
        {"Rioters blocked the Nairobi-Mombasa highway.", "Nairobi", "KE", near},
        {"Rioters blocked the Nairobi-Mombasa highway.", "Mombasa", "KE", near},
        // an en dash, a spaced dash
        {"Rioters blocked the Dhaka\u2013Chittagong highway.", "Dhaka", "BD", near},
        {"Rioters blocked the Islamabad - Lahore motorway.", "Islamabad", "PK", near},
        {"Rioters blocked the Islamabad - Lahore motorway.", "Lahore", "PK", near},
        // next to a route word, an end known by another of its names (Rachaiya el Ouadi)
        {"On 29 April 2020, protesters blocked the Rashayya-Masnaa road.", "Rashayya", "LB", near},
        // "the road between X and Y"
        {"Protesters blocked the road between Zahle and Beirut.", "Zahle", "LB", near},
        {"Protesters blocked the road between Zahle and Beirut.", "Beirut", "LB", near},
        // the ends lie within reach of each other: Lebanon's Tripoli, not Libya's capital
        {"Rioters blocked the Tripoli-Beirut highway with stones.", "Tripoli", "LB", near},
        // a second part of several words goes on past the hyphenated word: never its first
        // word or its last alone (Daraa in Syria for "Dera", Khash in Afghanistan for "Khas")
        {"Traders blocked the Lahore-Dera Ghazi Khan road.", "Dera Ghazi Khan", "PK", near},
        {"Traders blocked the Karachi-Mirpur Khas road.", "Mirpur Khas", "PK", near},
        // two places named for themselves after "between": no road, unchanged
        {"Police said gunmen ambushed a bus between Nakuru and Nairobi.", "Nakuru", "KE", town},
    };
    for (const auto& c : cases) check_site(c);
}

TEST_CASE("sites: X's Y district is a part of the town X", "[geoparse][sites]") {
    const std::vector<Site> cases = {
        {"On 28 April 2020, rioters hurled stones at soldiers in Beirut's Hamra district.", "Beirut", "LB", near},
        {"Protesters gathered in Nairobi's Kibera area.", "Nairobi", "KE", near},
        {"Police fired tear gas in Karachi's Lyari neighbourhood.", "Karachi", "PK", near},
        // after a country's or a division's name the district is a place of its own
        {"Floods killed at least 50 in northeastern Bangladesh's Sunamganj district.", "Sunamganj", "BD", near},
        {"Taliban attacked a checkpoint in Helmand's Nad Ali district.", "Nad Ali", "AF", near},
    };
    for (const auto& c : cases) check_site(c);
    // the part is no namesake far from the town (Al Hamra in Syria's Hama)
    for (const char* text : {"On 28 April 2020, rioters hurled stones at soldiers in Beirut's Hamra district.",
                             "On 1 May 2020, demonstrators blocked the road in Beirut's Hamra district."}) {
        INFO(text);
        for (const auto& m : named(text, "Hamra")) CHECK(m.country == "LB");
    }
}

TEST_CASE("sites: streets and squares named after a place elsewhere invent no place", "[geoparse][sites]") {
    struct Negative {
        const char* text;
        const char* mention;
    };
    const std::vector<Negative> cases = {
        {"Shares fell on Wall Street while Oxford Street shops in London stayed busy.", "Wall"},
        {"Shares fell on Wall Street while Oxford Street shops in London stayed busy.", "Oxford"},
        {"Shoppers filled the Oxford street in London.", "Oxford"},
        {"Caravans once crossed the Silk Road.", "Silk"},
        // a site named after a town far from the place the document names
        {"Protesters gathered at the Paris roundabout in Homs.", "Paris"},
        {"Protesters gathered at the Moscow square in Aleppo.", "Moscow"},
        // alone, a square or roundabout stands for a town only by the town's own name, not a
        // word, a given name, a small place or another spelling
        {"Protesters gathered at the Freedom square.", "Freedom"},
        {"Protesters gathered at the Victoria junction.", "Victoria"},
        {"Protesters gathered at the Uhuru roundabout.", "Uhuru"},
        {"Protesters gathered at the Nour square.", "Nour"},
        // the rest of a second part the gazetteer lacks is no place of its own
        {"Protesters blocked the Zahle-Qabb Elias road.", "Elias"},
        {"Traders blocked the Karachi-Mirpur Khas road.", "Khas"},
        // a prefix before a route word is no end of a road known by another name
        {"Trucks were stuck on the Trans-Canada highway.", "Trans"},
        {"Trucks were stuck on the Cross-Israel highway.", "Cross"},
        {"Trucks were stuck on the Inter-Oceanic highway.", "Oceanic"},
    };
    for (const auto& c : cases) {
        INFO(c.text << " / " << c.mention);
        CHECK(named(c.text, c.mention).empty());
    }
}

TEST_CASE("sites: the event's place is the town of the site or of the road's first end", "[events][sites]") {
    struct Case {
        const char* text;
        const char* country;
        const char* name;
    };
    const std::vector<Case> cases = {
        {"On 30 April 2020, protesters blocked the Zahle roundabout in both directions.", "LB", "Zahlé"},
        {"On 30 April 2020, rioters blocked the Tripoli-Beirut highway with stones.", "LB", "Tripoli"},
        {"On 1 May 2020, hundreds of demonstrators blocked the road outside the Central Bank in Beirut's Hamra "
         "district.",
         "LB", "Beirut"},
        {"Rioters blocked the Dhaka\u2013Chittagong highway.", "BD", "Dhaka"},
        // a road named after far-away towns in a note placed by a stated town: the town
        {"Rebels attacked a convoy on the Damascus-Aleppo highway near Homs, killing two soldiers.", "SY", "Homs"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.name == c.name);
        CHECK(loc.precision == near);
    }
}

TEST_CASE("sites: a site or institution a place's name opens is shown whole, at the place", "[geoparse][sites][facilities]") {
    // "Colchester General Hospital", "the Manila Cathedral": the capitalised words after the
    // name up to a site's or institution's head word are one mention (as annotated corpora
    // such as GeoWebNews count them), resolved at the town; nothing inside it is a place
    for (const auto& c : std::vector<Site>{
             {"He was taken to Colchester General Hospital for further care.", "Colchester General Hospital", "GB", town},
             {"Cardinal Tagle led the vigil at the Manila Cathedral on Saturday.", "Manila Cathedral", "PH", town},
             {"The former president was not in the Seoul Central District Court to hear the verdict.",
              "Seoul Central District Court", "KR", town},
             {"Thousands of fans filled the Nairobi National Stadium.", "Nairobi National Stadium", "KE", town},
             {"A researcher at the University of Alberta said a rally near the Lahore High Court was peaceful.",
              "Lahore High Court", "PK", town},
             {"Fans queued outside the Accra Sports Stadium before the match.", "Accra Sports Stadium", "GH", town},
         })
        check_site(c);
    CHECK(mentions_named("The former president was not in the Seoul Central District Court.", "Central District").empty());
    // in the town the text puts it ("X University in Y"), not in a division it names
    for (const auto& [text, mention, admin1] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"She studied at Washington University in St. Louis before moving.", "Washington University", "Missouri"},
             {"Students rallied at the Cairo University in Giza on Sunday.", "Cairo University", "Giza"},
             {"Pilgrims prayed at the Nairobi Cathedral in Mombasa, officials said.", "Nairobi Cathedral",
              "Mombasa County"},
         }) {
        INFO(text);
        auto ms = named(text, mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].admin1 == admin1);
    }
    // the name alone: a site named by a country, a division or a people (anywhere in it, or
    // abroad); after a possessive, before a lower-case site word or a natural feature's word,
    // in an organisation that is no site, before a person's title (a headline)
    for (const auto& [text, name] : std::vector<std::pair<const char*, const char*>>{
             {"Students marched at Colorado State University on Monday.", "Colorado"},
             {"Barges sank in the Mississippi River near the port.", "Mississippi"},
             {"Fishermen found a body in the Kaduna River on Tuesday.", "Kaduna"},
             {"Protesters gathered outside the British Embassy in Tehran.", "British"},
             {"A forum was held at the Punjab University library.", "Punjab"},
             {"Fans gathered at Seoul's Jamsil Stadium.", "Seoul"},
             {"He was taken to a Colchester hospital.", "Colchester"},
             {"A spokesman for the Kano Police Command said two men were arrested.", "Kano"},
             {"Manila Mayor Isko Moreno opened the market.", "Manila"},
             {"Lagos Governor Opens New Hospital", "Lagos"},
             {"Nairobi Mayor Opens Children's Hospital", "Nairobi"},
         }) {
        INFO(text);
        CHECK(mentions_named(text, name).size() == 1);
    }
}
