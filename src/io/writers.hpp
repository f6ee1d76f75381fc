#pragma once
// Event writers: GeoJSON (RFC 7946), GeoJSONSeq (RFC 8142), CSV (ACLED columns, RFC 4180),
// JSONL (one line per document), over core types only, and the GIS formats written through GDAL
// (GeoPackage, FlatGeobuf, KML, Shapefile, any OGR driver; writers_gis.cpp) by the plugin
// geotimeline-ogr.so, loaded on first use. docs/reference.md lists every field.

#include "core/event.hpp"

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace gt::io {

enum class Format {
    geojson, geojsonseq, csv, jsonl, html, timelinejs,
    table, // the human summary: a table of events per document (writers_table.cpp)
    gpkg, fgb, kml, shp, ogr // written through GDAL to a file (ogr: the driver is named apart)
};

/// "geojson", "geojsonseq", "csv", "jsonl", "html", "timelinejs", "table", "gpkg", "fgb", "kml", "shp";
/// throws UsageError naming the accepted ones.
Format parse_format(std::string_view name);
/// The format a file name implies (".geojson", ".geojsons"/".geojsonl", ".csv", ".jsonl",
/// ".html"/".htm", ".gpkg", ".fgb", ".kml", ".shp"), or `fallback`.
Format format_from_extension(std::string_view path, Format fallback);
/// Formats written through GDAL (the GIS plugin): they need a file name, not a stream
/// (make_gis_writer).
bool is_gis(Format format) noexcept;

/// The output format of `extract` and `merge`: --format NAME, else --ogr-driver DRIVER
/// (Format::ogr), else the extension of `output`, else geojson for a file and jsonl for
/// standard output ("" or "-"). Throws UsageError when both options are given, for an unknown
/// format or driver, and for a GIS format to standard output; for a GIS format, loads the GIS
/// plugin (check_gis_output: OutputError when it cannot).
Format choose_format(std::string_view format_name, const std::string& ogr_driver, const std::string& output);

/// Receives the results document by document. Streaming formats (geojsonseq, jsonl, csv)
/// write each document at once (and flush it); GeoJSON collects the events and writes the
/// FeatureCollection, sorted by date, at end(); so do html (the map page, html_map.hpp) and
/// timelinejs.
class EventWriter {
  public:
    virtual ~EventWriter() = default;
    virtual void document(const DocumentResult& doc) = 0;
    virtual void end() = 0;
};

/// A writer of a stream format (geojson, geojsonseq, csv, jsonl).
std::unique_ptr<EventWriter> make_writer(Format format, std::ostream& out);

/// CSV meant for spreadsheets: a text cell that begins with =, +, -, @, a tab or a carriage
/// return gets a leading ' so that Excel, LibreOffice and Google Sheets show it rather than run
/// it as a formula (CSV injection, OWASP). On by default; `--csv-raw` turns it off. Number,
/// date and coordinate columns are never changed (-33.5 stays a number).
struct WriterOptions {
    bool csv_neutralise = true;
};
std::unique_ptr<EventWriter> make_writer(Format format, std::ostream& out, const WriterOptions& options);

/// Appends to `out` the bytes the writer of `format` writes for `doc`, for the formats whose
/// documents are written independently of each other (jsonl, geojsonseq); false (nothing
/// appended) for the others. The batch engine renders documents on its worker threads with it.
bool append_document(Format format, const DocumentResult& doc, std::string& out);

/// Writes bytes rendered by append_document to `out` and flushes them (a stream marked with
/// set_batched_flush is only checked); throws OutputError naming the stream as the writers do.
void write_rendered(std::ostream& out, std::string_view bytes);

/// A writer of a GIS format to the file `path` (`driver`: the OGR driver's short name for
/// Format::ogr, ignored otherwise). Layers `events` (points) and `claims` (line strings; in a
/// sibling file <stem>_claims.<ext> when the format holds one layer). Written atomically: into
/// a temporary directory beside `path`, its files renamed into place by end(); destroyed
/// before end(), nothing is left. Throws UsageError (unknown driver), OutputError (also when
/// the GIS plugin cannot be loaded).
std::unique_ptr<EventWriter> make_gis_writer(Format format, const std::string& path, const std::string& driver = {});

/// Throws UsageError unless `name` is an OGR driver that can create vector files.
void check_ogr_driver(const std::string& name);

/// Checks, before any work, that the GIS format `format` can be written: loads the GIS plugin
/// (geotimeline-ogr.so, the only part linking GDAL; OutputError naming the format and the files
/// tried when it cannot be loaded) and, for Format::ogr, checks the driver as check_ogr_driver.
void check_gis_output(Format format, const std::string& driver = {});

/// Writes the GDAL CSV type file beside the CSV file `csv_path` (x.csv → x.csvt) atomically, so
/// GDAL and QGIS read event_date as a Date, fatalities as an Integer, latitude as a Real.
void write_csvt(const std::string& csv_path);

class FdOutput;

/// The prefix of the temporary files of `output` ("OUT.tmp."; a random part follows): a run
/// killed while writing leaves one, which the next run on the output removes.
std::string temp_prefix(const std::string& output);

/// An output that is either stdout ("-" or empty path) or a file written atomically: to a
/// temporary file beside it (a new random name, O_EXCL | O_NOFOLLOW), renamed over the target by commit(). Destroyed without commit(),
/// the temporary file is removed and any previous file stays intact. Throws OutputError
/// naming the file (disk full, no permission, missing directory).
class OutputFile {
  public:
    explicit OutputFile(const std::string& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    std::ostream& stream();
    void commit();
    const std::string& path() const noexcept { return path_; }

  private:
    std::string path_, tmp_;
    std::unique_ptr<FdOutput> buffer_;   // the file's descriptor and buffer
    std::unique_ptr<std::ostream> file_; // on buffer_ (declared after it: goes first)
    bool committed_ = false;
};

} // namespace gt::io
