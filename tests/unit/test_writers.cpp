// Event writers: every format written through OutputFile and read back with GDAL/OGR
// (GeoJSON, GeoJSONSeq and CSV drivers) or nlohmann::json (JSONL); OutputFile atomicity.
#include "core/error.hpp"
#include "io/writers.hpp"
#include "io/writers_internal.hpp"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string tmp_path(const std::string& name) { return std::string(GT_TEST_TMP) + "/writers-" + name; }

// Temporary files OutputFile left beside `path`.
int leftovers(const std::string& path) {
    const fs::path p(path);
    int n = 0;
    for (const auto& e : fs::directory_iterator(p.parent_path()))
        if (e.path().filename().string().rfind(p.filename().string() + ".tmp.", 0) == 0) ++n;
    return n;
}

gt::PlaceMention place(std::string name, double lat, double lon, std::uint32_t geonameid, std::string admin1,
                       std::string admin1_code) {
    gt::PlaceMention p;
    p.text = name;
    p.resolved = true;
    p.id = geonameid ? "geonames:" + std::to_string(geonameid) : "supplement:x";
    p.geonameid = geonameid;
    p.name = std::move(name);
    p.lat = lat;
    p.lon = lon;
    p.feature = "P.PPLA";
    p.country = "SY";
    p.country_name = "Syria";
    p.admin1 = std::move(admin1);
    p.admin1_code = std::move(admin1_code);
    return p;
}

// The document text the evidence offsets of doc-a refer to: non-ASCII before the sentence.
const std::string kTextA = "Ḥalab — «قصف» 2017.\nThe army said \"we won, at last\"\nin Deir ez-Zor <script>.";
const std::string kEvidenceA = "The army said \"we won, at last\"\nin Deir ez-Zor <script>.";

std::vector<gt::DocumentResult> sample() {
    gt::DocumentResult a;
    a.doc_id = "doc-a";
    a.dct.value = "2017-09-09";
    a.dct.source = "json";
    {
        gt::Event e;
        e.event_id = "doc-a-1";
        e.doc_id = "doc-a";
        e.event_type = "Battles";
        e.sub_event_type = "Government regains territory";
        e.cameo = "190";
        e.trigger = "broke the siege";
        e.date = e.date_start = e.date_end = "2017-09-09";
        e.actor1 = {"Military Forces of Syria (2000-)", "the army", 1, "state forces", "SY"};
        e.actor2 = {"Islamic State (Iraq and Syria)", "Daesh", 2, "rebel group", ""};
        e.fatalities = 12;
        e.location = place("Deir ez-Zor", 35.3359, 40.1408, 170794, "Deir ez-Zor", "SY.07");
        const std::size_t byte = kTextA.find("The army");
        e.evidence = {gt::evidence_offset(code_points(kTextA.substr(0, byte))), gt::evidence_offset(code_points(kTextA)),
                      gt::evidence_offset(byte), gt::evidence_offset(kTextA.size()), kEvidenceA};
        e.confidence = 0.8123;
        e.source = "Sputnik";
        e.notes = "Syrian army, \"finally\", broke the siege";
        a.events.push_back(e);
    }
    {
        gt::Event e;
        e.event_id = "doc-a-2";
        e.doc_id = "doc-a";
        e.event_type = "Explosions/Remote violence";
        e.sub_event_type = "Air/drone strike";
        e.date = "2017-09-05";
        e.time_precision = gt::TimePrecision::day;
        e.location.text = "Wadi Nowhere";
        e.evidence = {0, 5, 0, 7, "Ḥalab"};
        e.confidence = 0.4;
        a.events.push_back(e);
    }
    gt::SpatialClaim c;
    c.text = "Deir ez-Zor lies 140 km east of Palmyra";
    c.subject = place("Deir ez-Zor", 35.3359, 40.1408, 170794, "Deir ez-Zor", "SY.07");
    c.anchor = place("Palmyra", 34.5605, 38.2673, 170794 + 1, "Homs", "SY.11");
    c.stated_km = 140;
    c.stated_unit = "km";
    c.stated_direction = "E";
    c.stated_bearing_deg = 90;
    c.geodesic_km = 189.4321;
    c.bearing_deg = 61.04;
    c.direction = "ENE";
    c.distance_error_pct = -26.09;
    c.direction_agrees = true;
    c.verdict = "distance understated";
    a.claims.push_back(c);

    gt::DocumentResult b;
    b.doc_id = "doc-b";
    gt::Event e;
    e.event_id = "doc-b-1";
    e.doc_id = "doc-b";
    e.event_type = "Protests";
    e.sub_event_type = "Peaceful protest";
    e.date = "2017-09-05";
    e.actor1 = {"Protesters (Syria)", "protesters", 6, "protesters", "SY"};
    e.fatalities = 0;
    e.location = place("Aleppo", 36.20124, 37.16117, 170063, "Aleppo", "SY.09");
    e.evidence = {3, 20, 3, 20, "Straße, «Ünïcode»"};
    e.confidence = 1;
    b.events.push_back(e);
    return {a, b};
}

void write_file(gt::io::Format format, const std::string& path) {
    gt::io::OutputFile out(path);
    auto w = gt::io::make_writer(format, out.stream());
    for (const auto& doc : sample()) w->document(doc);
    w->end();
    out.commit();
}

struct Dataset {
    GDALDataset* ds = nullptr;
    explicit Dataset(const std::string& path, const char* const* options = nullptr) {
        GDALAllRegister();
        ds = static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, options, nullptr));
    }
    ~Dataset() {
        if (ds) GDALClose(ds);
    }
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;
};

OGRFieldType field_type(OGRLayer* layer, const char* name) {
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int i = defn->GetFieldIndex(name);
    REQUIRE(i >= 0);
    return defn->GetFieldDefn(i)->GetType();
}

// Features by event id (or claim id).
std::vector<OGRFeatureUniquePtr> features(OGRLayer* layer) {
    std::vector<OGRFeatureUniquePtr> out;
    layer->ResetReading();
    while (OGRFeature* f = layer->GetNextFeature()) out.emplace_back(f);
    return out;
}

// What every GIS read-back checks: order, coordinates in lon/lat order, types, quoting.
void check_events(OGRLayer* layer, bool sorted, const char* id_field) {
    CHECK(field_type(layer, "event_date") == OFTDate);
    CHECK(field_type(layer, "fatalities") == OFTInteger);
    CHECK(field_type(layer, "time_precision") == OFTInteger);
    CHECK(field_type(layer, "latitude") == OFTReal);
    auto fs = features(layer);
    std::vector<std::string> ids;
    for (auto& f : fs)
        if (f->GetFieldIndex("event_date") >= 0 && f->IsFieldSetAndNotNull(f->GetFieldIndex("event_date")))
            ids.emplace_back(f->GetFieldAsString(id_field));
    if (sorted)
        CHECK(ids == std::vector<std::string>{"doc-a-2", "doc-b-1", "doc-a-1"});
    else
        CHECK(ids == std::vector<std::string>{"doc-a-1", "doc-a-2", "doc-b-1"});
    for (auto& f : fs) {
        const std::string id = f->GetFieldAsString(id_field);
        if (id == "doc-a-1") {
            OGRGeometry* g = f->GetGeometryRef();
            REQUIRE(g);
            REQUIRE(wkbFlatten(g->getGeometryType()) == wkbPoint);
            CHECK(g->toPoint()->getX() == Approx(40.1408));
            CHECK(g->toPoint()->getY() == Approx(35.3359));
            CHECK(f->GetFieldAsInteger("fatalities") == 12);
            int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
            float s = 0;
            CHECK(f->GetFieldAsDateTime(f->GetFieldIndex("event_date"), &y, &m, &d, &h, &mi, &s, &tz));
            CHECK((y == 2017 && m == 9 && d == 9));
            CHECK(std::string(f->GetFieldAsString("evidence")) == kEvidenceA);
            CHECK(std::string(f->GetFieldAsString("notes")) == "Syrian army, \"finally\", broke the siege");
            CHECK(f->GetFieldAsInteger("evidence_start") == static_cast<int>(code_points("Ḥalab — «قصف» 2017.\n")));
            CHECK(f->GetFieldAsInteger("geonameid") == 170794);
        } else if (id == "doc-a-2") {
            CHECK(f->GetGeometryRef() == nullptr);
            CHECK_FALSE(f->IsFieldSetAndNotNull(f->GetFieldIndex("fatalities")));
        } else if (id == "doc-b-1") {
            REQUIRE(f->GetGeometryRef());
            CHECK(f->GetGeometryRef()->toPoint()->getX() == Approx(37.16117));
            CHECK(f->GetFieldAsInteger("fatalities") == 0);
            CHECK(f->IsFieldSetAndNotNull(f->GetFieldIndex("fatalities")));
            CHECK(std::string(f->GetFieldAsString("evidence")) == "Straße, «Ünïcode»");
        }
    }
}

} // namespace

TEST_CASE("writers: format names and extensions", "[io][writers]") {
    using gt::io::Format;
    CHECK(gt::io::parse_format("geojsonseq") == Format::geojsonseq);
    CHECK(gt::io::parse_format("shp") == Format::shp);
    CHECK_THROWS_AS(gt::io::parse_format("xlsx"), gt::UsageError);
    CHECK(gt::io::format_from_extension("out/x.GPKG", Format::jsonl) == Format::gpkg);
    CHECK(gt::io::format_from_extension("x.fgb", Format::jsonl) == Format::fgb);
    CHECK(gt::io::format_from_extension("x.kml", Format::jsonl) == Format::kml);
    CHECK(gt::io::format_from_extension("x.shp", Format::jsonl) == Format::shp);
    CHECK(gt::io::choose_format("", "", "x.gpkg") == Format::gpkg);
    CHECK(gt::io::choose_format("", "", "") == Format::jsonl);
    CHECK(gt::io::choose_format("", "GML", "x.gml") == Format::ogr);
    CHECK_THROWS_AS(gt::io::choose_format("shp", "", "-"), gt::UsageError);
    CHECK_THROWS_AS(gt::io::choose_format("", "NoSuchDriver", "x.dat"), gt::UsageError);
    CHECK_THROWS_AS(gt::io::choose_format("gpkg", "GPKG", "x.gpkg"), gt::UsageError);
    CHECK(gt::io::format_from_extension("out/x.GeoJSON", Format::jsonl) == Format::geojson);
    CHECK(gt::io::format_from_extension("x.geojsonl", Format::jsonl) == Format::geojsonseq);
    CHECK(gt::io::format_from_extension("x.geojsons", Format::jsonl) == Format::geojsonseq);
    CHECK(gt::io::format_from_extension("x.csv", Format::jsonl) == Format::csv);
    CHECK(gt::io::format_from_extension("x.txt", Format::csv) == Format::csv);
}

TEST_CASE("writers: ACLED derivations", "[io][writers]") {
    using namespace gt::io::detail;
    CHECK(interaction(1, 2) == 12);
    CHECK(interaction(2, 1) == 12);
    CHECK(interaction(6, 0) == 60);
    CHECK(interaction(0, 0) == 0);
    CHECK(interaction(7, 7) == 77);
    gt::Event e;
    e.event_type = "Battles";
    CHECK(disorder_type(e) == "Political violence");
    e.event_type = "Riots";
    e.sub_event_type = "Violent demonstration";
    CHECK(disorder_type(e) == "Demonstrations");
    e.event_type = "Protests";
    e.sub_event_type = "Excessive force against protesters";
    CHECK(disorder_type(e) == "Political violence; Demonstrations");
    e.event_type = "Strategic developments";
    e.sub_event_type = "Agreement";
    CHECK(disorder_type(e) == "Strategic developments");
    e.event_type = "Violence against civilians";
    CHECK(civilian_targeting(e));
    REQUIRE(find_country("SY"));
    CHECK(find_country("SY")->numeric == 760);
    CHECK(std::string(find_country("IQ")->region) == "Middle East");
    CHECK(std::string(find_country("NG")->region) == "Western Africa");
    CHECK(std::string(find_country("SS")->region) == "Eastern Africa");
    CHECK(std::string(find_country("MX")->region) == "Central America");
    CHECK(find_country("US")->numeric == 840);
    CHECK(find_country("ZW")->numeric == 716);
    CHECK(find_country("AD")->numeric == 20);
    CHECK(find_country("ZZ") == nullptr);
    CHECK(find_country("") == nullptr);
    CHECK(event_date("2017-09") == "2017-09-01");
    CHECK(event_date("2017-09-05T10:00") == "2017-09-05");
    CHECK(event_date("XXXX-09") == "");
    CHECK(format_fixed(35.33590049, 6) == "35.3359");
    CHECK(format_fixed(-0.0000001, 6) == "0");
}

TEST_CASE("writers: GeoJSON read back with OGR", "[io][writers]") {
    const std::string path = tmp_path("events.geojson");
    write_file(gt::io::Format::geojson, path);
    const std::string text = slurp(path);
    CHECK(text.find("\"crs\"") == std::string::npos);
    CHECK(text.find("\"time\":\"2017-09-09T00:00:00Z\"") != std::string::npos);
    CHECK(text.find("\"id\":\"doc-a-1\"") != std::string::npos);
    CHECK(text.find("\"coordinates\":[40.1408,35.3359]") != std::string::npos);

    Dataset d(path);
    REQUIRE(d.ds);
    CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "GeoJSON");
    OGRLayer* layer = d.ds->GetLayer(0);
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 4);
    check_events(layer, true, "event_id");
    CHECK(field_type(layer, "time") == OFTDateTime);
    auto fs = features(layer);
    REQUIRE(fs.size() == 4);
    OGRFeature& claim = *fs.back();
    CHECK(std::string(claim.GetFieldAsString("feature_kind")) == "spatial_claim");
    CHECK(std::string(claim.GetFieldAsString("verdict")) == "distance understated");
    CHECK(claim.GetFieldAsDouble("geodesic_km") == Approx(189.432));
    REQUIRE(claim.GetGeometryRef());
    REQUIRE(wkbFlatten(claim.GetGeometryRef()->getGeometryType()) == wkbLineString);
    const OGRLineString* line = claim.GetGeometryRef()->toLineString();
    CHECK(line->getNumPoints() == 2);
    CHECK(line->getX(0) == Approx(38.2673)); // from the anchor
    CHECK(line->getY(1) == Approx(35.3359)); // to the subject
    CHECK(leftovers(path) == 0);
}

TEST_CASE("writers: GeoJSONSeq is RS-prefixed and read back with OGR", "[io][writers]") {
    const std::string path = tmp_path("events.geojsons");
    write_file(gt::io::Format::geojsonseq, path);
    const std::string text = slurp(path);
    std::size_t rs = 0, lf = 0;
    for (char c : text) {
        rs += c == '\x1e';
        lf += c == '\n';
    }
    CHECK(rs == 4);
    CHECK(lf == 4);
    CHECK(text.front() == '\x1e');
    CHECK(text.back() == '\n');

    Dataset d(path);
    REQUIRE(d.ds);
    CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "GeoJSONSeq");
    OGRLayer* layer = d.ds->GetLayer(0);
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 4);
    check_events(layer, false, "event_id");
}

TEST_CASE("writers: CSV has ACLED columns and reads back with OGR", "[io][writers]") {
    ::setenv("SOURCE_DATE_EPOCH", "1504915200", 1);
    const std::string path = tmp_path("events.csv");
    write_file(gt::io::Format::csv, path);
    ::unsetenv("SOURCE_DATE_EPOCH");
    const std::string text = slurp(path);
    CHECK(text.rfind("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                     "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                     "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                     "notes,fatalities,tags,timestamp,cameo,confidence,doc_id,evidence,evidence_start,evidence_end,"
                     "date_start,date_end,geonameid,place_id,country_code,admin1_code,trigger,local_name\n",
                     0) == 0);
    CHECK(text.find("\r") == std::string::npos);
    CHECK(text.find("doc-a-1,2017-09-09,2017,1,Political violence,Battles,Government regains territory,"
                    "Military Forces of Syria (2000-),,1,Islamic State (Iraq and Syria),,2,12,,760,Middle East,"
                    "Syria,Deir ez-Zor,,,Deir ez-Zor,35.3359,40.1408,1,Sputnik,,"
                    "\"Syrian army, \"\"finally\"\", broke the siege\",12,,1504915200,190,0.812,doc-a,") !=
          std::string::npos);
    // unknown fatalities and place: empty cells
    CHECK(text.find("doc-a-2,2017-09-05,2017,1,Political violence,Explosions/Remote violence,Air/drone strike,"
                    ",,,,,,,,,,,,,,,,,,,,,,,1504915200,") != std::string::npos);

    const char* const options[] = {"X_POSSIBLE_NAMES=longitude", "Y_POSSIBLE_NAMES=latitude", "AUTODETECT_TYPE=YES",
                                   nullptr};
    Dataset d(path, options);
    REQUIRE(d.ds);
    CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "CSV");
    OGRLayer* layer = d.ds->GetLayer(0);
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 3); // claims are not events: GeoJSON only
    check_events(layer, false, "event_id_cnty");
    CHECK(field_type(layer, "iso") == OFTInteger);
    CHECK(field_type(layer, "interaction") == OFTInteger);
}

TEST_CASE("writers: JSONL is one line per document with code-point offsets", "[io][writers]") {
    const std::string path = tmp_path("events.jsonl");
    write_file(gt::io::Format::jsonl, path);
    std::ifstream in(path);
    std::vector<nlohmann::json> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    REQUIRE(lines.size() == 2);
    const auto& a = lines[0];
    CHECK(a["id"] == "doc-a");
    CHECK(a["dct"] == "2017-09-09");
    REQUIRE(a["events"].size() == 2);
    const auto& e = a["events"][0];
    for (const char* key : {"event_id", "event_type", "sub_event_type", "cameo", "date", "date_start", "date_end",
                            "time_precision", "actor1", "actor2", "fatalities", "location", "evidence", "confidence"})
        CHECK(e.contains(key));
    CHECK(e["date"] == "2017-09-09");
    CHECK(e["time_precision"] == 1);
    CHECK(e["fatalities"] == 12);
    CHECK(e["actor1"] == "Military Forces of Syria (2000-)");
    CHECK(e["location"]["lat"] == Approx(35.3359));
    CHECK(e["location"]["lon"] == Approx(40.1408));
    CHECK(e["location"]["geonameid"] == 170794);
    CHECK(e["location"]["country"] == "SY");
    CHECK(e["location"]["admin1_code"] == "SY.07");
    CHECK(e["location"]["geo_precision"] == 1);
    // code points, not bytes: the sentence starts after "Ḥalab — «قصف» 2017.\n" (20 code points)
    CHECK(e["evidence"]["start"] == 20);
    CHECK(e["evidence"]["end"] == code_points(kTextA));
    CHECK(e["evidence"]["text"] == kEvidenceA);
    const auto& u = a["events"][1];
    CHECK(u["location"].is_null());
    CHECK(u["fatalities"].is_null());
    CHECK(u["actor1"] == "");
    CHECK(u["location_text"] == "Wadi Nowhere");
    REQUIRE(a["claims"].size() == 1);
    CHECK(a["claims"][0]["verdict"] == "distance understated");
    CHECK(lines[1]["dct"].is_null());
    CHECK(lines[1]["events"][0]["fatalities"] == 0);
}

TEST_CASE("writers: a failed document is one JSONL line with its error", "[io][writers]") {
    std::ostringstream out;
    auto w = gt::io::make_writer(gt::io::Format::jsonl, out);
    gt::DocumentResult d;
    d.doc_id = "bad";
    d.error = "in.jsonl:3: not JSON";
    w->document(d);
    w->end();
    CHECK(out.str() ==
          "{\"id\":\"bad\",\"dct\":null,\"dct_source\":\"none\",\"events\":[],\"claims\":[],\"error\":\"in.jsonl:3: not JSON\"}\n");
}

TEST_CASE("writers: empty outputs are still valid", "[io][writers]") {
    std::ostringstream g, c;
    auto wg = gt::io::make_writer(gt::io::Format::geojson, g);
    wg->end();
    CHECK(g.str() == "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n");
    CHECK(nlohmann::json::parse(g.str())["features"].empty());
    auto wc = gt::io::make_writer(gt::io::Format::csv, c);
    wc->end();
    CHECK(c.str().rfind("event_id_cnty,", 0) == 0);
    const std::string csv = c.str();
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 1);
}

TEST_CASE("writers: OutputFile replaces only on commit", "[io][writers]") {
    const std::string path = tmp_path("atomic.jsonl");
    { std::ofstream(path) << "previous\n"; }
    {
        gt::io::OutputFile out(path);
        out.stream() << "half-written";
        CHECK(leftovers(path) == 1);
    } // no commit
    CHECK(slurp(path) == "previous\n");
    CHECK(leftovers(path) == 0);
    {
        gt::io::OutputFile out(path);
        out.stream() << "new\n";
        out.commit();
    }
    CHECK(slurp(path) == "new\n");
    CHECK(leftovers(path) == 0);

    const std::string missing = tmp_path("no-such-dir/out.csv");
    try {
        gt::io::OutputFile out(missing);
        FAIL("no error for a missing directory");
    } catch (const gt::OutputError& e) {
        CHECK(std::string(e.what()).find(missing) != std::string::npos);
        CHECK(e.exit_code() == 4);
    }
    CHECK_THROWS_AS(gt::io::OutputFile(GT_TEST_TMP), gt::OutputError); // a directory
}

TEST_CASE("writers: a full disk fails cleanly and keeps the previous file", "[io][writers]") {
    const std::string path = tmp_path("full.csv");
    { std::ofstream(path) << "previous\n"; }
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // Child: files may not grow beyond 8 KiB; writes past it fail with EFBIG.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit lim{8192, 8192};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        int code = 1;
        try {
            gt::io::OutputFile out(path);
            auto w = gt::io::make_writer(gt::io::Format::csv, out.stream());
            auto docs = sample();
            for (int i = 0; i < 200; ++i) w->document(docs[0]);
            w->end();
            out.commit();
            code = 2; // no error: wrong
        } catch (const gt::OutputError& e) {
            code = std::string(e.what()).find(path) != std::string::npos ? 0 : 3;
        } catch (...) {
            code = 4;
        }
        ::_exit(code);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(slurp(path) == "previous\n");
    CHECK(leftovers(path) == 0);
}

TEST_CASE("writers: '-' is standard output and errors name the stream", "[io][writers]") {
    {
        gt::io::OutputFile out("-");
        CHECK(&out.stream() == &std::cout);
        CHECK(gt::io::detail::stream_name(out.stream()) == "standard output");
        out.commit();
    }
    CHECK(gt::io::detail::stream_name(std::cout) == "the output");
    std::ostringstream bad;
    bad.setstate(std::ios::badbit);
    auto w = gt::io::make_writer(gt::io::Format::jsonl, bad);
    CHECK_THROWS_WITH(w->document(sample()[1]), Catch::Contains("cannot write the output"));
}

TEST_CASE("writers: the streamed JSONL line is byte for byte the JSON tree's", "[io][writers]") {
    using gt::io::detail::append_jsonl_document;
    using gt::io::detail::dump;
    using gt::io::detail::jsonl_document;
    auto docs = sample();
    // Strings that need escaping, control characters, DEL, non-ASCII, invalid UTF-8 (replaced
    // by U+FFFD), odd numbers, a batch document with seq/input/line, an error.
    gt::DocumentResult odd = docs.front();
    odd.doc_id = "q\"uote\\back/slash\b\f\n\r\t\x01\x1f\x7f";
    odd.dct.value.clear();
    odd.error = "bad byte \xff here, a lone \xc3 and an overlong \xc0\xaf; \xed\xa0\x80 surrogate";
    odd.seq = 7;
    odd.input = "in.jsonl";
    odd.line = 0;
    REQUIRE(!odd.events.empty());
    auto& e = odd.events.front();
    e.evidence.text = "«قصف» — Ḥalab \"x\"\n\ttab";
    e.confidence = 0.1 + 0.2;
    e.location.lat = -0.0000001;
    e.location.lon = 1e-7;
    e.fatalities = 0;
    e.doc_ids = {"a", "b\"c", ""};
    e.actor1.inter = 0;
    e.date = "2017-13";
    e.date_start = "2017";
    e.notes = std::string("nul \0 inside", 12);
    docs.push_back(odd);
    odd.seq = 0;
    odd.line = 12;
    odd.events.clear();
    odd.claims.clear();
    docs.push_back(odd);
    docs.push_back(gt::DocumentResult{});
    for (const auto& d : docs) {
        std::string line;
        append_jsonl_document(line, d);
        CHECK(line == dump(jsonl_document(d)));
    }
}

// A big document's line (thousands of events and claims) is measured before it is written: the
// same bytes, in a block of its size (a doubling held the line one and a half times: issue #15).
TEST_CASE("writers: a big document's JSONL line is the tree's, allocated once at its size", "[io][writers]") {
    using gt::io::detail::append_jsonl_document;
    using gt::io::detail::dump;
    using gt::io::detail::jsonl_document;
    using gt::io::detail::jsonl_measured_records;
    const auto docs = sample();
    REQUIRE(!docs.front().events.empty());
    gt::DocumentResult big = docs.front();
    gt::SpatialClaim claim;
    claim.text = "10 km north of \xc3\x89vry \"x\"";
    claim.stated_unit = "km";
    for (std::size_t i = 0; big.events.size() + big.claims.size() < jsonl_measured_records + 10; ++i) {
        big.events.push_back(docs.front().events.front());
        big.events.back().event_id = "ev-" + std::to_string(i);
        claim.stated_km = static_cast<double>(i);
        big.claims.push_back(claim);
    }
    gt::DocumentResult small = big; // one record short: written as it comes
    small.claims.resize(jsonl_measured_records - small.events.size() - 1);
    for (const auto* d : {&big, &small}) {
        std::string line = "earlier line\n";
        append_jsonl_document(line, *d);
        line += '\n';
        CHECK(line == "earlier line\n" + dump(jsonl_document(*d)) + "\n");
        if (d == &big) CHECK(line.capacity() == line.size());
    }
}
