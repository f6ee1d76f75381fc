// GIS writers through GDAL/OGR: GeoPackage, FlatGeobuf, KML, Shapefile and any OGR vector driver
// by name. Layer `events` (points) and layer `claims` (line strings anchor → subject), typed
// fields named as the GeoJSON properties (Shapefile: 10-character names), EPSG:4326 in lon/lat
// order. The dataset is made in a temporary directory beside the target and its files renamed
// into place at end(), so a failed or interrupted run leaves the previous output intact.
// docs/reference.md, "GIS formats", lists the fields and what each format keeps.
#include "core/error.hpp"
#include "io/writers.hpp"
#include "io/writers_internal.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <vector>

#include <unistd.h>

namespace gt::io {

namespace {

namespace fs = std::filesystem;
using detail::Json;

enum class Type { string, integer, real, date, datetime, boolean };

/// A field: its name (the GeoJSON property), its Shapefile name (at most 10 characters), its type.
struct Field {
    const char* name;
    const char* short_name;
    Type type;
};

constexpr Field kEventFields[] = {
    {"event_id", "event_id", Type::string},
    {"doc_id", "doc_id", Type::string},
    {"event_type", "event_type", Type::string},
    {"sub_event_type", "sub_evtype", Type::string},
    {"cameo", "cameo", Type::string},
    {"trigger", "trigger", Type::string},
    {"event_date", "event_date", Type::date},
    {"time", "time", Type::datetime},
    {"date_start", "date_start", Type::date},
    {"date_end", "date_end", Type::date},
    {"time_precision", "time_prec", Type::integer},
    {"actor1", "actor1", Type::string},
    {"actor1_kind", "actor1kind", Type::string},
    {"inter1", "inter1", Type::integer},
    {"assoc_actor_1", "assoc_act1", Type::string},
    {"actor2", "actor2", Type::string},
    {"actor2_kind", "actor2kind", Type::string},
    {"inter2", "inter2", Type::integer},
    {"assoc_actor_2", "assoc_act2", Type::string},
    {"fatalities", "fatalities", Type::integer},
    {"location", "location", Type::string},
    {"location_text", "loc_text", Type::string},
    {"geonameid", "geonameid", Type::integer},
    {"place_id", "place_id", Type::string},
    {"country", "country", Type::string},
    {"country_name", "country_nm", Type::string},
    {"admin1", "admin1", Type::string},
    {"admin1_code", "admin1code", Type::string},
    {"latitude", "latitude", Type::real},
    {"longitude", "longitude", Type::real},
    {"geo_precision", "geo_prec", Type::integer},
    {"evidence", "evidence", Type::string},
    {"evidence_start", "evid_start", Type::integer},
    {"evidence_end", "evid_end", Type::integer},
    {"confidence", "confidence", Type::real},
    {"source", "source", Type::string},
    {"url", "url", Type::string},
    {"notes", "notes", Type::string},
    {"date_text", "date_text", Type::string},
};

constexpr Field kClaimFields[] = {
    {"claim_id", "claim_id", Type::string},
    {"doc_id", "doc_id", Type::string},
    {"text", "text", Type::string},
    {"subject", "subject", Type::string},
    {"anchor", "anchor", Type::string},
    {"stated_km", "stated_km", Type::real},
    {"stated_direction", "stated_dir", Type::string},
    {"geodesic_km", "geodes_km", Type::real},
    {"bearing_deg", "bearing", Type::real},
    {"direction", "direction", Type::string},
    {"distance_error_pct", "dist_err", Type::real},
    {"direction_agrees", "dir_agrees", Type::boolean},
    {"verdict", "verdict", Type::string},
};

void register_drivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

/// GDAL's last error message, or `fallback`.
std::string gdal_message(const char* fallback) {
    const char* m = CPLGetLastErrorMsg();
    return m && *m ? std::string(m) : std::string(fallback);
}

/// Keeps GDAL's messages off stderr while alive (they are reported in the exceptions).
struct QuietGdal {
    QuietGdal() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
};

const char* driver_name(Format f, const std::string& driver) {
    switch (f) {
    case Format::gpkg:
        return "GPKG";
    case Format::fgb:
        return "FlatGeobuf";
    case Format::kml:
        return "KML";
    case Format::shp:
        return "ESRI Shapefile";
    default:
        return driver.c_str();
    }
}

GDALDriver* find_driver(const std::string& name) {
    register_drivers();
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(name.c_str());
    if (!d || !d->GetMetadataItem(GDAL_DCAP_VECTOR) || !d->GetMetadataItem(GDAL_DCAP_CREATE))
        throw UsageError("--ogr-driver '" + name +
                         "' is not a GDAL vector driver that can create files" +
                         (d ? " (it exists but cannot create vector data)" : "") +
                         "; use a short name such as GPKG, FlatGeobuf, KML, \"ESRI Shapefile\", "
                         "SQLite, GML, CSV "
                         "(ogrinfo --formats lists those of this GDAL, marked w or w+)");
    return d;
}

bool parse_date(const std::string& s, int& y, int& m, int& d) {
    return s.size() >= 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3;
}

void set_field(OGRFeature& f, int i, Type type, const Json& v) {
    if (v.is_null()) {
        f.SetFieldNull(i);
        return;
    }
    switch (type) {
    case Type::string:
        f.SetField(i, v.is_string() ? v.get_ref<const std::string&>().c_str()
                                    : detail::dump(v).c_str());
        break;
    case Type::integer:
        f.SetField(i, static_cast<int>(v.get<long long>()));
        break;
    case Type::real:
        f.SetField(i, v.get<double>());
        break;
    case Type::boolean:
        f.SetField(i, v.get<bool>() ? 1 : 0);
        break;
    case Type::date:
    case Type::datetime: {
        int y = 0, m = 0, d = 0;
        if (!v.is_string() || !parse_date(v.get_ref<const std::string&>(), y, m, d)) {
            f.SetFieldNull(i);
        } else if (f.GetFieldDefnRef(i)->GetType() == OFTString) {
            f.SetField(i, v.get_ref<const std::string&>().c_str());
        } else if (type == Type::date) {
            f.SetField(i, y, m, d);
        } else {
            f.SetField(i, y, m, d, 0, 0, 0.0f, 100); // 100: UTC
        }
        break;
    }
    }
}

/// One output layer: the layer, its dataset's handle, and the index of each field.
struct LayerOut {
    OGRLayer* layer = nullptr;
    std::vector<int> index;
};

class GisWriter final : public EventWriter {
  public:
    GisWriter(Format format, const std::string& path, const std::string& driver) : path_(path) {
        register_drivers();
        GDALDriver* drv = find_driver(driver_name(format, driver));
        driver_ = drv->GetDescription();
        shapefile_ = driver_ == "ESRI Shapefile";
        const fs::path target(path_);
        if (target.filename().empty() || path_ == "-")
            throw UsageError("the " + driver_ + " output needs a file name (-o FILE)");
        std::error_code ec;
        if (fs::is_directory(target, ec))
            throw OutputError("cannot write '" + path_ + "': it is a directory; give a file name");
        static std::atomic<unsigned> counter{0};
        tmpdir_ =
            path_ + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++) + ".d";
        if (!fs::create_directory(tmpdir_, ec))
            throw OutputError("cannot create '" + path_ + "' (temporary directory '" + tmpdir_ +
                              "'): " + ec.message() +
                              "; check that the directory exists and is writable");
        inner_ = (fs::path(tmpdir_) / target.filename()).string();
        try {
            open(drv);
        } catch (...) {
            discard();
            throw;
        }
    }

    ~GisWriter() override {
        if (!committed_) discard();
    }

    GisWriter(const GisWriter&) = delete;
    GisWriter& operator=(const GisWriter&) = delete;

  private:
    void open(GDALDriver* drv) {
        QuietGdal quiet;
        drv_ = drv;
        ds_ = drv->Create(inner_.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
        if (!ds_) fail("cannot create the " + driver_ + " dataset", "GDAL refused to create it");
        events_ = make_layer(ds_, "events", wkbPoint, kEventFields);
        begin(ds_);
    }

    /// The claims layer, made at the end (KML closes a layer for writing when the next one is
    /// created): in the same dataset when the format holds several layers, else in the file
    /// <stem>_claims<.ext> beside it.
    void write_claims() {
        GDALDataset* claims_ds = ds_;
        const bool multi = drv_->GetMetadataItem(GDAL_DCAP_MULTIPLE_VECTOR_LAYERS) != nullptr;
        if (!multi || !ds_->TestCapability(ODsCCreateLayer)) {
            const fs::path inner(inner_);
            const std::string sibling = (inner.parent_path() / (inner.stem().string() + "_claims" +
                                                                inner.extension().string()))
                                            .string();
            claims_ds_ = drv_->Create(sibling.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
            if (!claims_ds_)
                fail("cannot create the claims file of the " + driver_ + " output", "GDAL refused");
            claims_ds = claims_ds_;
        }
        claims_ = make_layer(claims_ds, "claims", wkbLineString, kClaimFields);
        begin(claims_ds);
        for (const PendingClaim& c : pending_) {
            OGRFeature feature(claims_.layer->GetLayerDefn());
            for (std::size_t k = 0; k < std::size(kClaimFields); ++k) {
                const Field& field = kClaimFields[k];
                const Json& v = k == 0 ? c.feature["id"]
                                : c.feature["properties"].contains(field.name)
                                    ? c.feature["properties"][field.name]
                                    : Json();
                set_field(feature, claims_.index[k], field.type, v);
            }
            if (c.line) {
                OGRLineString line;
                line.addPoint(c.x0, c.y0);
                line.addPoint(c.x1, c.y1);
                feature.SetGeometry(&line);
            }
            add(claims_, feature);
        }
        pending_.clear();
        commit(claims_ds);
    }

    void begin(GDALDataset* d) {
        if (d->TestCapability(ODsCTransactions) && d->StartTransaction() == OGRERR_NONE)
            in_transaction_ = d;
    }

    void commit(GDALDataset* d) {
        if (in_transaction_ != d) return;
        in_transaction_ = nullptr;
        if (d->CommitTransaction() != OGRERR_NONE)
            fail("cannot write", "committing the features failed");
    }

    /// Closes the datasets and removes the temporary directory with all in it.
    void discard() noexcept {
        QuietGdal quiet;
        close_datasets();
        std::error_code ec;
        fs::remove_all(tmpdir_, ec);
    }

  public:
    void document(const DocumentResult& doc) override {
        QuietGdal quiet;
        for (const Event& e : doc.events) {
            const Json f = detail::event_feature(e);
            const Json& props = f["properties"];
            OGRFeature feature(events_.layer->GetLayerDefn());
            for (std::size_t k = 0; k < std::size(kEventFields); ++k) {
                const Field& field = kEventFields[k];
                set_field(feature, events_.index[k], field.type,
                          props.contains(field.name) ? props[field.name] : Json());
            }
            if (e.location.resolved) {
                OGRPoint pt(detail::round_to(e.location.lon, 6),
                            detail::round_to(e.location.lat, 6));
                feature.SetGeometry(&pt);
            }
            add(events_, feature);
        }
        for (std::size_t n = 0; n < doc.claims.size(); ++n) {
            const SpatialClaim& c = doc.claims[n];
            PendingClaim p;
            p.feature = detail::claim_feature(c, doc.doc_id, n);
            p.line = c.subject.resolved && c.anchor.resolved;
            p.x0 = detail::round_to(c.anchor.lon, 6);
            p.y0 = detail::round_to(c.anchor.lat, 6);
            p.x1 = detail::round_to(c.subject.lon, 6);
            p.y1 = detail::round_to(c.subject.lat, 6);
            pending_.push_back(std::move(p));
        }
    }

    void end() override {
        if (committed_) return;
        QuietGdal quiet;
        commit(ds_);
        write_claims();
        close_datasets();
        if (CPLGetLastErrorType() >= CE_Failure) fail("cannot write", "closing the dataset failed");
        // Every file of the dataset (a Shapefile's .shp, .shx, .dbf, .prj, .cpg; the claims
        // sibling), data on disk first, then renamed beside the target.
        const fs::path dir = fs::path(path_).parent_path();
        std::vector<fs::path> made;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(tmpdir_, ec))
            made.push_back(entry.path());
        if (ec) fail("cannot list the temporary directory", ec.message());
        for (const fs::path& p : made)
            sync_file(p);
        for (const fs::path& p : made) {
            const fs::path to = dir / p.filename();
            fs::rename(p, to, ec);
            if (ec)
                fail("renaming '" + p.string() + "' to '" + to.string() + "' failed", ec.message());
        }
        fs::remove(tmpdir_, ec);
        committed_ = true;
    }

  private:
    template <std::size_t N>
    LayerOut make_layer(GDALDataset* ds, const char* name, OGRwkbGeometryType geom,
                        const Field (&fields)[N]) {
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude, y = latitude
        CPLStringList options;
        if (shapefile_) {
            options.SetNameValue("ENCODING", "UTF-8");
            // No RESIZE=YES: shrinking the string fields rewrites the DBF (7x slower on 40,000
            // events).
        }
        LayerOut out;
        out.layer = ds->CreateLayer(name, &srs, geom, options.List());
        if (!out.layer) fail(std::string("cannot create the layer '") + name + "'", "GDAL refused");
        for (const Field& f : fields) {
            OGRFieldType t = OFTString;
            OGRFieldSubType sub = OFSTNone;
            switch (f.type) {
            case Type::string:
                t = OFTString;
                break;
            case Type::integer:
                t = OFTInteger;
                break;
            case Type::real:
                t = OFTReal;
                break;
            case Type::date:
                t = OFTDate;
                break;
            case Type::datetime:
                t = shapefile_ ? OFTString : OFTDateTime;
                break; // DBF has no date-time
            case Type::boolean:
                t = OFTInteger;
                sub = OFSTBoolean;
                break;
            }
            OGRFieldDefn defn(shapefile_ ? f.short_name : f.name, t);
            defn.SetSubType(sub);
            if (shapefile_ && t == OFTString) defn.SetWidth(254); // the DBF maximum
            if (out.layer->CreateField(&defn) != OGRERR_NONE)
                fail(std::string("cannot create the field '") + f.name + "' of layer '" + name +
                         "'",
                     "GDAL refused");
        }
        OGRFeatureDefn* defn = out.layer->GetLayerDefn();
        for (const Field& f : fields) {
            const int i = defn->GetFieldIndex(shapefile_ ? f.short_name : f.name);
            if (i < 0)
                fail(std::string("the field '") + f.name + "' is missing from layer '" + name + "'",
                     "GDAL renamed it");
            out.index.push_back(i);
        }
        return out;
    }

    void add(LayerOut& l, OGRFeature& feature) {
        if (l.layer->CreateFeature(&feature) != OGRERR_NONE)
            fail("cannot write a feature", "GDAL refused it");
    }

    void sync_file(const fs::path& p) {
        if (!fs::is_regular_file(p)) return;
        if (std::FILE* f = std::fopen(p.c_str(), "rb")) {
            ::fsync(::fileno(f));
            std::fclose(f);
        }
    }

    void close_datasets() {
        in_transaction_ = nullptr;
        if (claims_ds_) GDALClose(claims_ds_);
        if (ds_) GDALClose(ds_);
        claims_ds_ = ds_ = nullptr;
    }

    [[noreturn]] void fail(const std::string& what, const std::string& fallback) {
        throw OutputError("cannot write '" + path_ + "' (" + driver_ + "): " + what + ": " +
                          gdal_message(fallback.c_str()) +
                          "; the previous file, if any, is left intact");
    }

    std::string path_, tmpdir_, inner_, driver_;
    bool shapefile_ = false, committed_ = false;
    GDALDataset* ds_ = nullptr;
    GDALDriver* drv_ = nullptr;
    GDALDataset* claims_ds_ = nullptr;
    GDALDataset* in_transaction_ = nullptr;
    LayerOut events_, claims_;
    /// The claims, written after the events (KML cannot interleave layers).
    struct PendingClaim {
        Json feature;
        bool line = false;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    };
    std::vector<PendingClaim> pending_;
};

} // namespace

void check_ogr_driver(const std::string& name) {
    find_driver(name);
}

std::unique_ptr<EventWriter> make_gis_writer(Format format, const std::string& path,
                                             const std::string& driver) {
    if (!is_gis(format)) throw UsageError("make_gis_writer: not a GIS format");
    return std::make_unique<GisWriter>(format, path, driver);
}

} // namespace gt::io
