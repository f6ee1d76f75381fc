#pragma once
// Event writers: GeoJSON (RFC 7946), GeoJSONSeq (RFC 8142), CSV (ACLED columns, RFC 4180) and
// JSONL (one line per document), over core types only (docs/reference.md lists every field).

#include "core/event.hpp"

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace gt::io {

enum class Format { geojson, geojsonseq, csv, jsonl, html, timelinejs };

/// "geojson", "geojsonseq", "csv", "jsonl", "html", "timelinejs"; throws UsageError naming the accepted ones.
Format parse_format(std::string_view name);
/// The format a file name implies (".geojson", ".geojsons"/".geojsonl", ".csv", ".jsonl",
/// ".html"/".htm"), or
/// `fallback`.
Format format_from_extension(std::string_view path, Format fallback);

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

std::unique_ptr<EventWriter> make_writer(Format format, std::ostream& out);

/// An output that is either stdout ("-" or empty path) or a file written atomically: to a
/// temporary file beside it, renamed over the target by commit(). Destroyed without commit(),
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
    std::unique_ptr<std::ostream> file_;
    bool committed_ = false;
};

} // namespace gt::io
