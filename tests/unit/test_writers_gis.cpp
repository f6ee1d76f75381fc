// The GIS outputs end to end: `geotimeline extract` on the bundled example into GeoPackage,
// FlatGeobuf, KML, Shapefile, an --ogr-driver one, CSV with its .csvt and GeoJSON (`merge` for
// most of them, from the extract's JSONL), each read back with GDAL/OGR: layers, field types,
// SRS, features and values. Also the usage and output errors (exit 2 and 4).
#include "core/event.hpp"
#include "io/writers.hpp"

#include <catch2/catch.hpp>

#include "test_tmp_helpers.hpp"
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// One directory per process: ctest runs the test cases as parallel processes.
const std::string kDir = test_tmp::own_path("gis");
const std::string kExample = std::string(GT_EXAMPLES) + "/deir-ez-zor-2017-09-09.txt";

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

/// Runs geotimeline with `args` (already quoted); returns the exit code, stderr in `err`.
int run(const std::string& args, std::string* err = nullptr) {
    const std::string err_path = kDir + "/stderr.txt";
    const std::string cmd = quote(GT_BIN) + " " + args + " 2>" + quote(err_path) + " >/dev/null";
    const int status = std::system(cmd.c_str());
    if (err) {
        std::ifstream in(err_path);
        std::ostringstream s;
        s << in.rdbuf();
        *err = s.str();
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// The example extracted once as JSONL (the input of the merges below).
const std::string& example_jsonl() {
    struct Cleanup { // the process's directory goes at exit
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(kDir, ec);
        }
    };
    static Cleanup cleanup;
    static const std::string path = [] {
        fs::remove_all(kDir);
        fs::create_directories(kDir);
        const std::string p = kDir + "/example.jsonl";
        fs::remove(p);
        REQUIRE(run("extract " + quote(kExample) + " --gazetteer " + quote(GT_FULL_INDEX) +
                    " --lexicon " + quote(GT_LEXICON) + " -q -o " + quote(p)) == 0);
        return p;
    }();
    return path;
}

struct Dataset {
    GDALDataset* ds = nullptr;
    explicit Dataset(const std::string& path, const char* const* options = nullptr) {
        GDALAllRegister();
        ds = static_cast<GDALDataset*>(
            GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, options, nullptr));
    }
    ~Dataset() {
        if (ds) GDALClose(ds);
    }
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;
};

OGRFieldType type_of(OGRLayer* layer, const char* name) {
    const int i = layer->GetLayerDefn()->GetFieldIndex(name);
    REQUIRE(i >= 0);
    return layer->GetLayerDefn()->GetFieldDefn(i)->GetType();
}

bool is_wgs84(OGRLayer* layer) {
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    if (!srs) return false;
    OGRSpatialReference s(*srs);
    s.AutoIdentifyEPSG();
    const char* code = s.GetAuthorityCode(nullptr);
    return code && std::string(code) == "4326";
}

struct Names {
    const char* event_date = "event_date";
    const char* time_precision = "time_precision";
    const char* geonameid = "geonameid";
};

/// The siege of Deir ez-Zor (the example's first event): its point, date, type and fatalities.
void check_example_events(OGRLayer* layer, OGRFieldType date_type, const Names& n = {}) {
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 2);
    CHECK(is_wgs84(layer));
    CHECK(type_of(layer, n.event_date) == date_type);
    if (date_type != OFTString) {
        CHECK(type_of(layer, "fatalities") == OFTInteger);
        CHECK(type_of(layer, "latitude") == OFTReal);
        CHECK(type_of(layer, "confidence") == OFTReal);
        CHECK(type_of(layer, n.time_precision) == OFTInteger);
    }
    layer->ResetReading();
    bool found = false;
    while (OGRFeature* raw = layer->GetNextFeature()) {
        OGRFeatureUniquePtr f(raw);
        if (std::string(f->GetFieldAsString("event_type")) != "Battles") continue;
        found = true;
        const OGRGeometry* g = f->GetGeometryRef();
        REQUIRE(g);
        REQUIRE(wkbFlatten(g->getGeometryType()) == wkbPoint);
        CHECK(g->toPoint()->getX() == Approx(40.141).margin(0.2)); // lon, lat order
        CHECK(g->toPoint()->getY() == Approx(35.336).margin(0.2));
        // GDAL prints a Date as 2017/09/05; where dates are text (KML) they are ISO dates
        CHECK(std::string(f->GetFieldAsString(n.event_date)).substr(0, 10) ==
              (date_type == OFTString ? "2017-09-05" : "2017/09/05"));
        CHECK(f->GetFieldAsInteger(n.geonameid) == 170794);
        CHECK(f->GetFieldAsDouble("latitude") == Approx(35.336).margin(0.2));
    }
    CHECK(found);
}

/// The 140 km claim (Deir ez-Zor from Raqqa) as a line.
void check_example_claims(OGRLayer* layer, const char* stated_km = "stated_km") {
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 1);
    CHECK(is_wgs84(layer));
    layer->ResetReading();
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    REQUIRE(f);
    CHECK(f->GetFieldAsDouble(stated_km) == Approx(140).margin(1));
    const OGRGeometry* g = f->GetGeometryRef();
    REQUIRE(g);
    CHECK(wkbFlatten(g->getGeometryType()) == wkbLineString);
}

std::string merge_to(const std::string& name, const std::string& extra = {}) {
    const std::string out = kDir + "/" + name;
    REQUIRE(run("merge " + quote(example_jsonl()) + " -q -o " + quote(out) + " " + extra) == 0);
    return out;
}

/// Files in kDir whose name holds ".tmp." (what an atomic write leaves when it goes wrong).
int leftovers() {
    int n = 0;
    for (const auto& e : fs::directory_iterator(kDir))
        if (e.path().filename().string().find(".tmp.") != std::string::npos) ++n;
    return n;
}

} // namespace

TEST_CASE("gis: extract to GeoPackage, both layers typed, read back with OGR", "[io][gis]") {
    example_jsonl();
    const std::string out = kDir + "/example.gpkg";
    fs::remove(out);
    REQUIRE(run("extract " + quote(kExample) + " --gazetteer " + quote(GT_FULL_INDEX) +
                " --lexicon " + quote(GT_LEXICON) + " -q -o " + quote(out)) == 0);
    CHECK_FALSE(fs::exists(out + ".partial.jsonl"));
    CHECK(leftovers() == 0);
    Dataset d(out);
    REQUIRE(d.ds);
    CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "GPKG");
    CHECK(d.ds->GetLayerCount() == 2);
    OGRLayer* events = d.ds->GetLayerByName("events");
    check_example_events(events, OFTDate);
    CHECK(type_of(events, "time") == OFTDateTime);
    check_example_claims(d.ds->GetLayerByName("claims"));
    const int agrees =
        d.ds->GetLayerByName("claims")->GetLayerDefn()->GetFieldIndex("direction_agrees");
    REQUIRE(agrees >= 0);
    CHECK(d.ds->GetLayerByName("claims")->GetLayerDefn()->GetFieldDefn(agrees)->GetSubType() ==
          OFSTBoolean);
}

TEST_CASE("gis: merge to FlatGeobuf, claims in the _claims sibling", "[io][gis]") {
    const std::string out = merge_to("example.fgb");
    Dataset d(out);
    REQUIRE(d.ds);
    CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "FlatGeobuf");
    REQUIRE(d.ds->GetLayerCount() == 1);
    CHECK(std::string(d.ds->GetLayer(0)->GetName()) == "events");
    // FlatGeobuf has one date-time column type: the date comes back as a DateTime at midnight.
    check_example_events(d.ds->GetLayer(0), type_of(d.ds->GetLayer(0), "event_date"));
    CHECK((type_of(d.ds->GetLayer(0), "event_date") == OFTDate ||
           type_of(d.ds->GetLayer(0), "event_date") == OFTDateTime));
    Dataset c(kDir + "/example_claims.fgb");
    REQUIRE(c.ds);
    check_example_claims(c.ds->GetLayer(0));
    CHECK(leftovers() == 0);
}

TEST_CASE("gis: merge to Shapefile, short field names, sidecars", "[io][gis]") {
    const std::string out = merge_to("example.shp");
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
        CHECK(fs::exists(kDir + "/example" + ext));
    Dataset d(out);
    REQUIRE(d.ds);
    CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "ESRI Shapefile");
    OGRLayer* events = d.ds->GetLayer(0);
    Names n;
    n.time_precision = "time_prec";
    check_example_events(events, OFTDate, n);
    for (int i = 0; i < events->GetLayerDefn()->GetFieldCount(); ++i)
        CHECK(std::string(events->GetLayerDefn()->GetFieldDefn(i)->GetNameRef()).size() <= 10);
    CHECK(events->GetLayerDefn()->GetFieldIndex("sub_evtype") >= 0);
    Dataset c(kDir + "/example_claims.shp");
    REQUIRE(c.ds);
    check_example_claims(c.ds->GetLayer(0));
    CHECK(leftovers() == 0);
}

TEST_CASE("gis: merge to KML, events and claims folders", "[io][gis]") {
    const std::string out = merge_to("example.kml");
    Dataset d(out);
    REQUIRE(d.ds);
    OGRLayer* events = d.ds->GetLayerByName("events");
    REQUIRE(events);
    check_example_events(events, OFTString); // KML keeps every value as text
    check_example_claims(d.ds->GetLayerByName("claims"));
}

TEST_CASE("gis: --ogr-driver SQLite and GPKG", "[io][gis]") {
    {
        const std::string out = merge_to("example.sqlite", "--ogr-driver SQLite");
        Dataset d(out);
        REQUIRE(d.ds);
        CHECK(std::string(d.ds->GetDriver()->GetDescription()) == "SQLite");
        check_example_events(d.ds->GetLayerByName("events"), OFTDate);
        check_example_claims(d.ds->GetLayerByName("claims"));
    }
    {
        const std::string out = merge_to("example-ogr.gpkg", "--ogr-driver GPKG");
        Dataset d(out);
        REQUIRE(d.ds);
        check_example_events(d.ds->GetLayerByName("events"), OFTDate);
    }
}

TEST_CASE("gis: CSV with its .csvt and GeoJSON read back typed", "[io][gis]") {
    const std::string csv = merge_to("example.csv");
    REQUIRE(fs::exists(kDir + "/example.csvt"));
    {
        const char* const options[] = {"X_POSSIBLE_NAMES=longitude", "Y_POSSIBLE_NAMES=latitude",
                                       nullptr};
        Dataset d(csv, options); // no AUTODETECT_TYPE: the types come from the .csvt
        REQUIRE(d.ds);
        OGRLayer* layer = d.ds->GetLayer(0);
        REQUIRE(layer);
        CHECK(type_of(layer, "event_date") == OFTDate);
        CHECK(type_of(layer, "fatalities") == OFTInteger);
        CHECK(type_of(layer, "latitude") == OFTReal);
        CHECK(type_of(layer, "cameo") == OFTString); // "040" keeps its zero
        CHECK(layer->GetFeatureCount() == 2);
    }
    const std::string geojson = merge_to("example.geojson");
    Dataset d(geojson);
    REQUIRE(d.ds);
    OGRLayer* layer = d.ds->GetLayer(0);
    REQUIRE(layer);
    CHECK(type_of(layer, "event_date") == OFTDate);
    CHECK(is_wgs84(layer));
}

TEST_CASE("gis: errors give a clear message and exit code", "[io][gis]") {
    example_jsonl();
    std::string err;
    // A GIS format to standard output: usage error.
    CHECK(run("merge " + quote(example_jsonl()) + " --format gpkg", &err) == 2);
    CHECK(err.find("-o FILE") != std::string::npos);
    // An unknown driver: usage error naming it.
    CHECK(run("merge " + quote(example_jsonl()) + " --ogr-driver NoSuchDriver -o " +
                  quote(kDir + "/x.dat"),
              &err) == 2);
    CHECK(err.find("NoSuchDriver") != std::string::npos);
    CHECK(run("merge " + quote(example_jsonl()) + " --format gpkg --ogr-driver GPKG -o " +
                  quote(kDir + "/x.gpkg"),
              &err) == 2);
    // A missing directory: output error naming the file, nothing left behind.
    const std::string missing = kDir + "/no-such-dir/out.gpkg";
    CHECK(run("merge " + quote(example_jsonl()) + " -o " + quote(missing), &err) == 4);
    CHECK(err.find(missing) != std::string::npos);
    CHECK(run("extract " + quote(kExample) + " --gazetteer " + quote(GT_FULL_INDEX) +
                  " --lexicon " + quote(GT_LEXICON) + " -q -o " + quote(missing),
              &err) == 4);
    CHECK(err.find("no-such-dir") != std::string::npos);
    CHECK_FALSE(fs::exists(kDir + "/no-such-dir"));
}

TEST_CASE("gis: a writer destroyed before end() leaves the previous file intact", "[io][gis]") {
    const std::string out = merge_to("keep.gpkg");
    const auto size = fs::file_size(out);
    {
        auto w = gt::io::make_gis_writer(gt::io::Format::gpkg, out);
        gt::DocumentResult doc;
        doc.doc_id = "x";
        gt::Event e;
        e.event_id = "x-1";
        e.event_type = "Protests";
        doc.events.push_back(e);
        w->document(doc);
        CHECK(leftovers() == 1); // the temporary directory, while writing
    }                            // an exception or a signal here: no end()
    CHECK(fs::file_size(out) == size);
    CHECK(leftovers() == 0);
    // And with end(): an event without a place is kept, without geometry (not in FlatGeobuf:
    // GDAL 3.6 leaves features without geometry out of it; docs/reference.md says so).
    for (const char* name : {"one.shp", "one.gpkg", "one.kml", "one.sqlite"}) {
        INFO(name);
        const std::string path = kDir + "/" + name;
        {
            const bool sqlite = std::string(name) == "one.sqlite";
            auto w = gt::io::make_gis_writer(
                sqlite ? gt::io::Format::ogr
                       : gt::io::format_from_extension(path, gt::io::Format::jsonl),
                path, sqlite ? "SQLite" : "");
            gt::DocumentResult doc;
            gt::Event e;
            e.event_id = "x-1";
            e.event_type = "Protests";
            e.notes = "Straße «Ünïcode»";
            doc.events.push_back(e);
            w->document(doc);
            w->end();
        }
        Dataset d(path);
        REQUIRE(d.ds);
        OGRLayer* layer =
            d.ds->GetLayerByName("events") ? d.ds->GetLayerByName("events") : d.ds->GetLayer(0);
        REQUIRE(layer);
        CHECK(layer->GetFeatureCount() == 1);
        layer->ResetReading();
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        REQUIRE(f);
        CHECK(f->GetGeometryRef() == nullptr);
        CHECK(std::string(f->GetFieldAsString("notes")) == "Straße «Ünïcode»");
        CHECK_FALSE(f->IsFieldSetAndNotNull(f->GetFieldIndex("fatalities")));
    }
    CHECK(leftovers() == 0);
}
