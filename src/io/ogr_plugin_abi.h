/* The C interface between geotimeline and its GIS plugin (geotimeline-ogr.so, src/ogr/): the
 * plugin is the only part of the tool that links GDAL, and is loaded with dlopen() on the first
 * use of a GIS format (io/ogr_plugin.cpp), so that the other commands start without loading
 * GDAL's ~115 shared libraries. docs/architecture.md, "The GIS plugin", says why a C interface.
 *
 * Plain C: no C++ object, no exception and no allocation crosses it. The plugin is a generic OGR
 * sink: the host describes two layers (their typed fields) and sends their features as arrays of
 * values; the plugin owns everything GDAL (drivers, datasets, the temporary directory, the atomic
 * rename). Every function reports failure through a gt_ogr_error filled with the whole message
 * (naming the file, the driver and what to do), never by throwing or aborting.
 *
 * Versioning: the plugin exports one symbol, GT_OGR_ENTRY_NAME, returning a gt_ogr_api table.
 * The host refuses a table whose abi_version differs from GT_OGR_ABI_VERSION or whose
 * struct_size is smaller than its own. Any incompatible change to this file bumps
 * GT_OGR_ABI_VERSION (and with it the entry point's name). */
#ifndef GEOTIMELINE_OGR_PLUGIN_ABI_H
#define GEOTIMELINE_OGR_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GT_OGR_ABI_VERSION 1u
#define GT_OGR_ENTRY_NAME "geotimeline_ogr_plugin_v1"
#define GT_OGR_PLUGIN_FILE "geotimeline-ogr.so"

/* Result codes; the same numbers as the tool's exit codes (core/error.hpp). */
enum { GT_OGR_OK = 0, GT_OGR_USAGE = 2, GT_OGR_OUTPUT = 4 };

typedef struct gt_ogr_error {
    int code;           /* GT_OGR_OK, GT_OGR_USAGE (unknown driver...), GT_OGR_OUTPUT */
    char message[2048]; /* NUL-terminated; truncated if longer */
} gt_ogr_error;

/* Field types. Values of GT_OGR_DATE and GT_OGR_DATETIME are ISO strings ("2017-09-09",
 * "2017-09-09T19:34:00Z"): the plugin stores them as the format's date type (a string where it
 * has none); a string that is not such a date is stored as null. GT_OGR_BOOLEAN is an integer
 * 0/1. */
enum {
    GT_OGR_STRING = 0,
    GT_OGR_INTEGER = 1,
    GT_OGR_REAL = 2,
    GT_OGR_DATE = 3,
    GT_OGR_DATETIME = 4,
    GT_OGR_BOOLEAN = 5
};

typedef struct gt_ogr_field {
    const char* name;       /* the field's name */
    const char* short_name; /* at most 10 bytes: the name in a Shapefile (DBF) */
    int type;               /* GT_OGR_STRING ... GT_OGR_BOOLEAN */
} gt_ogr_field;

/* Geometry of a layer. */
enum { GT_OGR_POINT = 1, GT_OGR_LINESTRING = 2 };

typedef struct gt_ogr_layer_def {
    const char* name; /* "events", "claims" */
    int geometry;     /* GT_OGR_POINT or GT_OGR_LINESTRING */
    const gt_ogr_field* fields;
    size_t field_count;
} gt_ogr_layer_def;

/* One value of a feature, read according to its field's type: `str` for strings and dates
 * (UTF-8, NUL-terminated), `integer` for integers and booleans, `real` for reals. */
typedef struct gt_ogr_value {
    int is_null;
    const char* str;
    long long integer;
    double real;
} gt_ogr_value;

typedef struct gt_ogr_writer gt_ogr_writer; /* opaque */

typedef struct gt_ogr_api {
    uint32_t abi_version; /* GT_OGR_ABI_VERSION */
    uint32_t struct_size; /* sizeof(gt_ogr_api) in the plugin */
    /* GT_OGR_OK when `driver` is an OGR vector driver that can create files, else
     * GT_OGR_USAGE with a message listing examples. */
    int (*check_driver)(const char* driver, gt_ogr_error* err);
    /* Starts a dataset for the file `path` with the OGR driver `driver` (a short name: "GPKG",
     * "ESRI Shapefile") and the layer `layers[0]`; `layers[1]` is made when its first feature
     * comes or at finish() (in the same dataset when the format holds several layers, else in
     * the sibling file <stem>_<name>.<ext>). Written into a temporary directory beside `path`
     * until finish(). NULL on failure (err filled). */
    gt_ogr_writer* (*open)(const char* path, const char* driver, const gt_ogr_layer_def* layers,
                           size_t layer_count, gt_ogr_error* err);
    /* Adds a feature to layer `layer` (index into the layers given to open()): `values` has
     * one value per field of that layer, in their order; `coords` holds x,y pairs in WGS 84
     * longitude/latitude (a point: 1 pair, a line string: 2 or more; 0 pairs: no geometry).
     * Features of a layer come after every feature of the layers before it (KML cannot go
     * back to a closed layer). */
    int (*add)(gt_ogr_writer* w, size_t layer, const gt_ogr_value* values, size_t value_count,
               const double* coords, size_t pair_count, gt_ogr_error* err);
    /* Closes the datasets and renames their files beside `path` (the previous files, if any,
     * are replaced). After a failure nothing is left but the previous files. */
    int (*finish)(gt_ogr_writer* w, gt_ogr_error* err);
    /* Frees the writer; before a successful finish() it removes everything it wrote. */
    void (*close)(gt_ogr_writer* w);
} gt_ogr_api;

/* The type of the exported entry point GT_OGR_ENTRY_NAME. */
typedef const gt_ogr_api* (*gt_ogr_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif
