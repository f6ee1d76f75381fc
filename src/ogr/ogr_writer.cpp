// geotimeline-ogr.so: the GIS writers through GDAL/OGR (GeoPackage, FlatGeobuf, KML, Shapefile
// and any OGR vector driver by name), behind the C interface of io/ogr_plugin_abi.h. The only
// part of geotimeline that links GDAL; loaded by io/ogr_plugin.cpp on the first use of a GIS
// format. It knows nothing of events: the host (io/writers_gis.cpp) describes the layers and
// sends typed values. EPSG:4326 in lon/lat order. The dataset is made in a temporary directory
// beside the target and its files renamed into place by finish(), so a failed or interrupted
// run leaves the previous output intact. No exception leaves this file: every entry point
// catches and reports through gt_ogr_error.
#include "core/exclusive_file.hpp"
#include "io/ogr_plugin_abi.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

/// A failure to report: its code (GT_OGR_USAGE, GT_OGR_OUTPUT) and whole message.
struct Failure {
    int code;
    std::string message;
};

void set_error(gt_ogr_error* err, int code, const std::string& message) noexcept {
    if (!err) return;
    err->code = code;
    const std::size_t n = std::min(message.size(), sizeof err->message - 1);
    std::memcpy(err->message, message.data(), n);
    err->message[n] = '\0';
}

/// Runs `f` and turns any exception into a result code and message.
template <class F>
int guarded(gt_ogr_error* err, F&& f) noexcept {
    try {
        f();
        set_error(err, GT_OGR_OK, "");
        return GT_OGR_OK;
    } catch (const Failure& e) {
        set_error(err, e.code, e.message);
    } catch (const std::bad_alloc&) {
        set_error(err, GT_OGR_OUTPUT, "out of memory while writing the GIS output");
    } catch (const std::exception& e) {
        set_error(err, GT_OGR_OUTPUT, std::string("GIS output: ") + e.what());
    } catch (...) {
        set_error(err, GT_OGR_OUTPUT, "GIS output: unknown error");
    }
    return err ? err->code : GT_OGR_OUTPUT;
}

void register_drivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

/// GDAL's last error message, or `fallback`.
std::string gdal_message(const char* fallback) {
    const char* m = CPLGetLastErrorMsg();
    return m && *m ? std::string(m) : std::string(fallback);
}

/// Keeps GDAL's messages off stderr while alive (they are reported in the errors).
struct QuietGdal {
    QuietGdal() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
};

GDALDriver* find_driver(const std::string& name) {
    register_drivers();
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(name.c_str());
    if (!d && name == "LIBKML") // a GDAL built without libkml: KML, without <TimeStamp>
        d = GetGDALDriverManager()->GetDriverByName("KML");
    if (!d || !d->GetMetadataItem(GDAL_DCAP_VECTOR) || !d->GetMetadataItem(GDAL_DCAP_CREATE))
        throw Failure{GT_OGR_USAGE,
                      "--ogr-driver '" + name +
                          "' is not a GDAL vector driver that can create files" +
                          (d ? " (it exists but cannot create vector data)" : "") +
                          "; use a short name such as GPKG, FlatGeobuf, KML, \"ESRI Shapefile\", "
                          "SQLite, GML, CSV "
                          "(ogrinfo --formats lists those of this GDAL, marked w or w+)"};
    return d;
}

bool parse_date(const char* s, int& y, int& m, int& d) {
    return s && std::strlen(s) >= 10 && std::sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3;
}

void set_field(OGRFeature& f, int i, int type, const gt_ogr_value& v) {
    if (v.is_null ||
        ((type == GT_OGR_STRING || type == GT_OGR_DATE || type == GT_OGR_DATETIME) && !v.str)) {
        f.SetFieldNull(i);
        return;
    }
    switch (type) {
    case GT_OGR_STRING:
        f.SetField(i, v.str);
        break;
    case GT_OGR_INTEGER:
    case GT_OGR_BOOLEAN:
        f.SetField(i, static_cast<int>(v.integer));
        break;
    case GT_OGR_REAL:
        f.SetField(i, v.real);
        break;
    case GT_OGR_DATE:
    case GT_OGR_DATETIME: {
        int y = 0, m = 0, d = 0;
        if (!parse_date(v.str, y, m, d)) {
            f.SetFieldNull(i);
        } else if (f.GetFieldDefnRef(i)->GetType() == OFTString) {
            f.SetField(i, v.str);
        } else if (type == GT_OGR_DATE) {
            f.SetField(i, y, m, d);
        } else {
            f.SetField(i, y, m, d, 0, 0, 0.0f, 100); // 100: UTC
        }
        break;
    }
    default:
        f.SetFieldNull(i);
    }
}

/// One layer: its definition (copied), the OGR layer once made, the index of each field.
struct Layer {
    std::string name;
    int geometry = GT_OGR_POINT;
    std::vector<gt_ogr_field> fields;
    std::vector<std::string> names, short_names; // own the fields' strings
    OGRLayer* layer = nullptr;
    GDALDataset* ds = nullptr;
    std::string file;      // the (temporary) file of its dataset
    long long written = 0;       // features GDAL accepted
    long long with_geometry = 0; // of them, those with a geometry
    std::vector<int> index;
};

/// Why the file `p` cannot grow, as the system says it ("File too large", "No space left on
/// device"), found by appending one byte to it (the file is discarded after); "" when it can.
std::string write_probe(const fs::path& p) {
    const int fd = ::open(p.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) return std::strerror(errno);
    const char byte = '\n';
    std::string why;
    if (::write(fd, &byte, 1) != 1) why = std::strerror(errno);
    else if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) why = std::strerror(errno);
    ::close(fd);
    return why;
}

} // namespace

struct gt_ogr_writer {
  public:
    gt_ogr_writer(const char* path, const char* driver, const gt_ogr_layer_def* defs,
                  std::size_t count)
        : path_(path ? path : "") {
        if (!driver || !*driver) throw Failure{GT_OGR_USAGE, "no OGR driver named"};
        GDALDriver* drv = find_driver(driver);
        driver_ = drv->GetDescription();
        shapefile_ = driver_ == "ESRI Shapefile";
        kml_ = driver_ == "KML" || driver_ == "LIBKML";
        if (count == 0 || !defs) throw Failure{GT_OGR_USAGE, "no layer to write"};
        for (std::size_t k = 0; k < count; ++k)
            layers_.push_back(copy_layer(defs[k]));
        const fs::path target(path_);
        if (target.filename().empty() || path_ == "-")
            throw Failure{GT_OGR_USAGE, "the " + driver_ + " output needs a file name (-o FILE)"};
        std::error_code ec;
        if (fs::is_directory(target, ec))
            fail_plain("cannot write '" + path_ + "': it is a directory; give a file name");
        // A new directory at a name no one can guess (mkdir never follows a planted link).
        if (!gt::create_exclusive_dir(path_ + ".tmp.", tmpdir_)) {
            const int err = errno;
            const std::string tried = tmpdir_;
            tmpdir_.clear();
            fail_plain("cannot create '" + path_ + "' (temporary directory '" + tried +
                       "'): " + std::strerror(err) + "; check that the directory exists and is writable");
        }
        inner_ = (fs::path(tmpdir_) / target.filename()).string();
        try {
            QuietGdal quiet;
            drv_ = drv;
            ds_ = drv->Create(inner_.c_str(), 0, 0, 0, GDT_Unknown, dataset_options().List());
            if (!ds_)
                fail("cannot create the " + driver_ + " dataset", "GDAL refused to create it");
            start_layer(0);
        } catch (...) {
            discard();
            throw;
        }
    }

    ~gt_ogr_writer() {
        if (!committed_) discard();
    }

    gt_ogr_writer(const gt_ogr_writer&) = delete;
    gt_ogr_writer& operator=(const gt_ogr_writer&) = delete;

    void add(std::size_t layer, const gt_ogr_value* values, std::size_t count, const double* coords,
             std::size_t pairs) {
        if (committed_) throw Failure{GT_OGR_OUTPUT, "add() after finish()"};
        if (layer >= layers_.size() || layer < current_)
            throw Failure{GT_OGR_OUTPUT, "features of layer " + std::to_string(layer) +
                                             " out of order (the layers are written one by one)"};
        QuietGdal quiet;
        while (current_ < layer)
            start_layer(current_ + 1);
        Layer& l = layers_[layer];
        if (count != l.fields.size() || (count && !values))
            throw Failure{GT_OGR_OUTPUT, "a feature of layer '" + l.name + "' has " +
                                             std::to_string(count) + " values for " +
                                             std::to_string(l.fields.size()) + " fields"};
        OGRFeature feature(l.layer->GetLayerDefn());
        for (std::size_t k = 0; k < count; ++k)
            set_field(feature, l.index[k], l.fields[k].type, values[k]);
        if (pairs > 0 && coords) {
            if (l.geometry == GT_OGR_POINT) {
                OGRPoint pt(coords[0], coords[1]);
                feature.SetGeometry(&pt);
            } else {
                OGRLineString line;
                for (std::size_t p = 0; p < pairs; ++p)
                    line.addPoint(coords[2 * p], coords[2 * p + 1]);
                feature.SetGeometry(&line);
            }
        }
        if (l.layer->CreateFeature(&feature) != OGRERR_NONE)
            fail("cannot write a feature", "GDAL refused it");
        ++l.written;
        if (pairs > 0 && coords) ++l.with_geometry;
    }

    void finish() {
        if (committed_) return;
        QuietGdal quiet;
        while (current_ + 1 < layers_.size())
            start_layer(current_ + 1);
        commit();
        close_datasets();
        // Every file of the dataset (a Shapefile's .shp, .shx, .dbf, .prj, .cpg; the sibling
        // files of other layers), listed before they are read back (reading may add files).
        std::vector<fs::path> made;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(tmpdir_, ec))
            made.push_back(entry.path());
        if (ec) fail("cannot list the temporary directory", ec.message());
        if (CPLGetLastErrorType() >= CE_Failure)
            fail_written(fs::path(inner_), "closing the dataset failed: " + gdal_message("GDAL error"));
        // Data on disk first (an fsync error is an error), then proved: GDAL's text drivers
        // (KML, GeoJSON, GML) ignore short writes, so each file is read back and its features
        // counted against those written.
        for (const fs::path& p : made)
            sync_file(p);
        verify();
        const fs::path dir = fs::path(path_).parent_path();
        for (const fs::path& p : made) {
            const fs::path to = dir / p.filename();
            fs::rename(p, to, ec);
            if (ec)
                fail("renaming '" + p.string() + "' to '" + to.string() + "' failed", ec.message());
        }
        fs::remove_all(tmpdir_, ec);
        committed_ = true;
    }

  private:
    static Layer copy_layer(const gt_ogr_layer_def& def) {
        Layer l;
        l.name = def.name ? def.name : "layer";
        l.geometry = def.geometry;
        if (def.field_count && !def.fields)
            throw Failure{GT_OGR_USAGE, "layer '" + l.name + "' has no field array"};
        for (std::size_t k = 0; k < def.field_count; ++k) {
            const gt_ogr_field& f = def.fields[k];
            l.names.emplace_back(f.name ? f.name : "");
            l.short_names.emplace_back(f.short_name && *f.short_name ? f.short_name
                                                                     : l.names.back());
            l.fields.push_back(f);
        }
        for (std::size_t k = 0; k < l.fields.size(); ++k) { // point into our own copies
            l.fields[k].name = l.names[k].c_str();
            l.fields[k].short_name = l.short_names[k].c_str();
        }
        return l;
    }

    /// Makes layer `k`: in the first dataset when the format holds several layers (KML closes a
    /// layer for writing when the next one is created, hence one at a time), else in the file
    /// <stem>_<name><.ext> beside it.
    void start_layer(std::size_t k) {
        GDALDataset* ds = ds_;
        std::string file = inner_;
        if (k > 0) {
            commit();
            const bool multi = drv_->GetMetadataItem(GDAL_DCAP_MULTIPLE_VECTOR_LAYERS) != nullptr;
            if (!multi || !ds_->TestCapability(ODsCCreateLayer)) {
                const fs::path inner(inner_);
                const std::string sibling =
                    (inner.parent_path() /
                     (inner.stem().string() + "_" + layers_[k].name + inner.extension().string()))
                        .string();
                ds = drv_->Create(sibling.c_str(), 0, 0, 0, GDT_Unknown, dataset_options().List());
                if (!ds)
                    fail("cannot create the " + layers_[k].name + " file of the " + driver_ +
                             " output",
                         "GDAL refused");
                siblings_.push_back(ds);
                file = sibling;
            }
        }
        make_layer(ds, layers_[k]);
        layers_[k].file = file;
        begin(ds);
        current_ = k;
    }

    /// KML: the fields "name" and "description" (and for LIBKML "timestamp", an ISO date written
    /// as is: <when>2017-09-05</when>, a day) become the placemark's <name>, <description> and
    /// <TimeStamp>; the KML driver takes the first two as dataset options, LIBKML reads the three
    /// from configuration options.
    CPLStringList dataset_options() const {
        CPLStringList options;
        if (driver_ == "KML") {
            options.SetNameValue("NameField", "name");
            options.SetNameValue("DescriptionField", "description");
        } else if (driver_ == "LIBKML") {
            CPLSetThreadLocalConfigOption("LIBKML_NAME_FIELD", "name");
            CPLSetThreadLocalConfigOption("LIBKML_DESCRIPTION_FIELD", "description");
            CPLSetThreadLocalConfigOption("LIBKML_TIMESTAMP_FIELD", "timestamp");
        }
        return options;
    }

    void make_layer(GDALDataset* ds, Layer& l) {
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude, y = latitude
        CPLStringList options;
        if (shapefile_) {
            options.SetNameValue("ENCODING", "UTF-8");
            // No RESIZE=YES: shrinking the string fields rewrites the DBF (7x slower on 40,000
            // events).
        }
        const OGRwkbGeometryType geom = l.geometry == GT_OGR_LINESTRING ? wkbLineString : wkbPoint;
        l.ds = ds;
        l.layer = ds->CreateLayer(l.name.c_str(), &srs, geom, options.List());
        if (!l.layer) fail("cannot create the layer '" + l.name + "'", "GDAL refused");
        for (const gt_ogr_field& f : l.fields) {
            OGRFieldType t = OFTString;
            OGRFieldSubType sub = OFSTNone;
            switch (f.type) {
            case GT_OGR_INTEGER:
                t = OFTInteger;
                break;
            case GT_OGR_REAL:
                t = OFTReal;
                break;
            case GT_OGR_DATE: // KML keeps values as text: ISO dates, not GDAL's "2017/09/05"
                t = kml_ ? OFTString : OFTDate;
                break;
            case GT_OGR_DATETIME:
                t = shapefile_ || kml_ ? OFTString : OFTDateTime; // DBF has no date-time
                break;
            case GT_OGR_BOOLEAN:
                t = OFTInteger;
                sub = OFSTBoolean;
                break;
            default:
                t = OFTString;
            }
            OGRFieldDefn defn(shapefile_ ? f.short_name : f.name, t);
            defn.SetSubType(sub);
            if (shapefile_ && t == OFTString) defn.SetWidth(254); // the DBF maximum
            if (l.layer->CreateField(&defn) != OGRERR_NONE)
                fail(std::string("cannot create the field '") + f.name + "' of layer '" + l.name +
                         "'",
                     "GDAL refused");
        }
        OGRFeatureDefn* defn = l.layer->GetLayerDefn();
        for (const gt_ogr_field& f : l.fields) {
            const int i = defn->GetFieldIndex(shapefile_ ? f.short_name : f.name);
            if (i < 0)
                fail(std::string("the field '") + f.name + "' is missing from layer '" + l.name +
                         "'",
                     "GDAL renamed it");
            l.index.push_back(i);
        }
    }

    void begin(GDALDataset* d) {
        if (d->TestCapability(ODsCTransactions) && d->StartTransaction() == OGRERR_NONE)
            in_transaction_ = d;
    }

    void commit() {
        GDALDataset* d = in_transaction_;
        if (!d) return;
        in_transaction_ = nullptr;
        if (d->CommitTransaction() != OGRERR_NONE)
            fail("cannot write", "committing the features failed");
    }

    /// Closes the datasets and removes the temporary directory with all in it.
    void discard() noexcept {
        QuietGdal quiet;
        close_datasets();
        std::error_code ec;
        if (!tmpdir_.empty()) fs::remove_all(tmpdir_, ec);
    }

    void sync_file(const fs::path& p) {
        if (!fs::is_regular_file(p)) return;
        const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) fail_written(p, std::string("cannot open it to sync it: ") + std::strerror(errno));
        const int rc = ::fsync(fd), err = errno;
        ::close(fd);
        if (rc != 0 && err != EINVAL && err != EROFS)
            fail_written(p, std::string("syncing it failed: ") + std::strerror(err));
    }

    /// Reads every file made back with GDAL and counts the features of each layer against
    /// those written; fails naming the file and the system's reason.
    void verify() {
        // A driver that writes what it cannot read (GDAL_DCAP_OPEN unset: PGDump, ...) has
        // only the checks of closing and syncing.
        if (!drv_->GetMetadataItem(GDAL_DCAP_OPEN)) return;
        const char* const only[] = {driver_.c_str(), nullptr}; // read back by the same driver
        std::vector<std::string> files;
        for (const Layer& l : layers_)
            if (!l.file.empty() && std::find(files.begin(), files.end(), l.file) == files.end())
                files.push_back(l.file);
        for (const std::string& file : files) {
            GDALDataset* ds = GDALDataset::FromHandle(
                GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, only, nullptr, nullptr));
            if (!ds)
                fail_written(file, "GDAL cannot read it back (" + gdal_message("unreadable") + ")");
            std::string wrong;
            const auto ours = std::count_if(layers_.begin(), layers_.end(),
                                            [&](const Layer& l) { return l.file == file; });
            for (const Layer& l : layers_) {
                if (l.file != file) continue;
                OGRLayer* r = ds->GetLayerByName(l.name.c_str());
                // One layer a file (GeoJSON, FlatGeobuf, Shapefile): named after the file.
                if (!r && ours == 1 && ds->GetLayerCount() == 1) r = ds->GetLayer(0);
                // (an empty layer may not be read back at all: KML's empty folder)
                const long long n = r ? r->GetFeatureCount(TRUE) : 0;
                // Drivers that leave features without geometry out of the file (FlatGeobuf in
                // GDAL 3.6) or out of what they read (KML) give those with one.
                if (n != l.written && n != l.with_geometry && wrong.empty())
                    wrong = "it holds " + std::to_string(n) + " of the " + std::to_string(l.written) +
                            " features written to layer '" + l.name + "'";
            }
            GDALClose(ds);
            if (!wrong.empty()) fail_written(file, wrong);
        }
    }

    /// A file of the dataset is not what was written: names it (as it would be named beside the
    /// target) and why, with the system's reason when the file cannot grow.
    [[noreturn]] void fail_written(const fs::path& file, const std::string& what) {
        const std::string why = write_probe(file);
        const fs::path shown = fs::path(path_).parent_path() / file.filename();
        throw Failure{GT_OGR_OUTPUT, "cannot write '" + shown.string() + "' (" + driver_ + "): " + what +
                                         (why.empty() ? std::string() : ": " + why) +
                                         " (disk full or file too large?); the previous file, if any, "
                                         "is left intact"};
    }

    void close_datasets() noexcept {
        in_transaction_ = nullptr;
        for (GDALDataset* d : siblings_)
            GDALClose(d);
        siblings_.clear();
        if (ds_) GDALClose(ds_);
        ds_ = nullptr;
    }

    [[noreturn]] void fail_plain(const std::string& message) {
        throw Failure{GT_OGR_OUTPUT, message};
    }

    [[noreturn]] void fail(const std::string& what, const std::string& fallback) {
        throw Failure{GT_OGR_OUTPUT, "cannot write '" + path_ + "' (" + driver_ + "): " + what +
                                         ": " + gdal_message(fallback.c_str()) +
                                         "; the previous file, if any, is left intact"};
    }

    std::string path_, tmpdir_, inner_, driver_;
    bool kml_ = false;
    bool shapefile_ = false, committed_ = false;
    GDALDriver* drv_ = nullptr;
    GDALDataset* ds_ = nullptr;
    std::vector<GDALDataset*> siblings_; // datasets of the layers in files of their own
    GDALDataset* in_transaction_ = nullptr;
    std::vector<Layer> layers_;
    std::size_t current_ = 0; // the layer being written
};

namespace {

int api_check_driver(const char* driver, gt_ogr_error* err) {
    return guarded(err, [&] { find_driver(driver ? driver : ""); });
}

gt_ogr_writer* api_open(const char* path, const char* driver, const gt_ogr_layer_def* layers,
                        size_t layer_count, gt_ogr_error* err) {
    gt_ogr_writer* w = nullptr;
    guarded(err, [&] { w = new gt_ogr_writer(path, driver, layers, layer_count); });
    return w;
}

int api_add(gt_ogr_writer* w, size_t layer, const gt_ogr_value* values, size_t value_count,
            const double* coords, size_t pair_count, gt_ogr_error* err) {
    return guarded(err, [&] {
        if (!w) throw Failure{GT_OGR_OUTPUT, "no writer"};
        w->add(layer, values, value_count, coords, pair_count);
    });
}

int api_finish(gt_ogr_writer* w, gt_ogr_error* err) {
    return guarded(err, [&] {
        if (!w) throw Failure{GT_OGR_OUTPUT, "no writer"};
        w->finish();
    });
}

void api_close(gt_ogr_writer* w) {
    delete w; // the destructor catches nothing that can throw: discard() is noexcept
}

const gt_ogr_api kApi = {
    GT_OGR_ABI_VERSION, sizeof(gt_ogr_api), api_check_driver, api_open, api_add,
    api_finish,         api_close};

} // namespace

extern "C" __attribute__((visibility("default"))) const gt_ogr_api* geotimeline_ogr_plugin_v1() {
    return &kApi;
}
