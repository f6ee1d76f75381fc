// Output formats by name and extension, the writer factory, and OutputFile: atomic file
// output (temporary file beside the target, renamed on commit) or standard output.
#include "io/writers.hpp"

#include "core/error.hpp"
#include "core/exclusive_file.hpp"
#include "io/fd_output.hpp"
#include "io/file_buffer.hpp"
#include "io/writers_internal.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gt::io {

namespace {

int name_index() {
    static const int index = std::ios_base::xalloc();
    return index;
}

int batched_index() {
    static const int index = std::ios_base::xalloc();
    return index;
}

const std::string kStdoutName = "standard output";

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    s = s.substr(s.size() - suffix.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

std::string reason(int err) { return err != 0 ? std::strerror(err) : "write failed"; }

/// The extension of the last component of `path` (".xyz"), or "" (none, or a dot file).
std::string_view extension_of(std::string_view path) {
    const auto slash = path.find_last_of('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
}

/// An existing file that is not a regular file (/dev/stdout, a FIFO): its name says nothing.
bool special_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

const char* const kExtensions = ".geojson (or .json), .geojsons/.geojsonl/.geojsonseq, .csv, .jsonl/.ndjson, "
                                ".html/.htm, .gpkg, .fgb, .kml, .shp";

} // namespace

namespace detail {

std::string stream_name(std::ostream& out) {
    const void* p = out.pword(name_index());
    return p ? *static_cast<const std::string*>(p) : std::string("the output");
}

void set_stream_name(std::ostream& out, const std::string* name) noexcept {
    out.pword(name_index()) = const_cast<std::string*>(name);
}

void flush_and_check(std::ostream& out, bool force) {
    const int before = errno; // the reason of a write that failed before this check, if any
    errno = 0;
    if (out && (force || out.iword(batched_index()) == 0)) out.flush();
    if (!out) {
        int err = errno ? errno : before;
        // The write that failed may be long past (the stream's flag stays, errno does not)
        if (const auto* fd = dynamic_cast<const FdOutput*>(out.rdbuf()); fd && fd->error()) err = fd->error();
        const bool named = out.pword(name_index()) != nullptr;
        const std::string name = stream_name(out);
        const std::string what = !named || name == kStdoutName ? name : "'" + name + "'";
        // A temporary file (renamed over the target at commit) leaves the target as it was; a
        // device, pipe or standard output has taken what came before.
        const bool temporary = out.iword(batched_index()) != 0;
        throw OutputError("cannot write " + what + ": " + reason(err) +
                          (temporary ? " (disk full, file too large or no permission?); nothing was replaced" : ""));
    }
}

} // namespace detail

void set_batched_flush(std::ostream& out) noexcept { out.iword(batched_index()) = 1; }

Format parse_format(std::string_view name) {
    if (name == "geojson") return Format::geojson;
    if (name == "geojsonseq") return Format::geojsonseq;
    if (name == "csv") return Format::csv;
    if (name == "jsonl") return Format::jsonl;
    if (name == "html") return Format::html;
    if (name == "timelinejs") return Format::timelinejs;
    if (name == "table") return Format::table;
    if (name == "gpkg") return Format::gpkg;
    if (name == "fgb") return Format::fgb;
    if (name == "kml") return Format::kml;
    if (name == "shp") return Format::shp;
    throw UsageError("unknown output format '" + std::string(name) +
                     "'; use one of geojson, geojsonseq, csv, jsonl, html, timelinejs, table, gpkg, fgb, kml, shp (or --ogr-driver NAME "
                     "for any other GDAL vector driver)");
}

Format format_from_extension(std::string_view path, Format fallback) {
    if (ends_with_ci(path, ".geojson")) return Format::geojson;
    if (ends_with_ci(path, ".geojsons") || ends_with_ci(path, ".geojsonl") || ends_with_ci(path, ".geojsonseq"))
        return Format::geojsonseq;
    if (ends_with_ci(path, ".csv")) return Format::csv;
    if (ends_with_ci(path, ".jsonl") || ends_with_ci(path, ".ndjson")) return Format::jsonl;
    if (ends_with_ci(path, ".html") || ends_with_ci(path, ".htm")) return Format::html;
    if (ends_with_ci(path, ".gpkg")) return Format::gpkg;
    if (ends_with_ci(path, ".fgb")) return Format::fgb;
    if (ends_with_ci(path, ".kml")) return Format::kml;
    if (ends_with_ci(path, ".shp")) return Format::shp;
    return fallback;
}

bool is_gis(Format format) noexcept {
    return format == Format::gpkg || format == Format::fgb || format == Format::kml || format == Format::shp ||
           format == Format::ogr;
}

Format choose_format(std::string_view format_name, const std::string& ogr_driver, const std::string& output) {
    const bool to_stdout = output.empty() || output == "-";
    if (!format_name.empty() && !ogr_driver.empty())
        throw UsageError("--format and --ogr-driver both name the output format; give one of them");
    Format f = Format::jsonl;
    if (!format_name.empty()) {
        f = parse_format(format_name);
    } else if (!ogr_driver.empty()) {
        f = Format::ogr;
    } else if (!to_stdout) {
        f = format_from_extension(output, Format::geojson);
        // An extension the tool does not know would get GeoJSON under a name that says
        // otherwise (out.xyz, out.pdf): name the known ones instead.
        const std::string_view ext = extension_of(output);
        if (f == Format::geojson && !ext.empty() && !ends_with_ci(ext, ".geojson") && !ends_with_ci(ext, ".json") &&
            !special_file(output))
            throw UsageError("-o '" + output + "': unknown output extension '" + std::string(ext) + "'; use one of " +
                             kExtensions + ", or give --format or --ogr-driver");
    }
    if (is_gis(f) && to_stdout)
        throw UsageError("the " + (ogr_driver.empty() ? std::string(format_name) : "'" + ogr_driver + "'") +
                         " format is written through GDAL to a file, not to standard output; give -o FILE");
    if (is_gis(f)) check_gis_output(f, ogr_driver); // loads the GIS plugin (writers_gis.cpp)
    return f;
}

std::unique_ptr<EventWriter> make_writer(Format format, std::ostream& out) {
    return make_writer(format, out, WriterOptions{});
}

std::unique_ptr<EventWriter> make_writer(Format format, std::ostream& out, const WriterOptions& options) {
    switch (format) {
    case Format::geojson: return detail::make_geojson_writer(out);
    case Format::geojsonseq: return detail::make_geojsonseq_writer(out);
    case Format::csv: return detail::make_csv_writer(out, options.csv_neutralise);
    case Format::jsonl: return detail::make_jsonl_writer(out);
    case Format::html: return detail::make_html_writer(out);
    case Format::timelinejs: return detail::make_timelinejs_writer(out);
    case Format::table: return detail::make_table_writer(out);
    case Format::gpkg:
    case Format::fgb:
    case Format::kml:
    case Format::shp:
    case Format::ogr: break;
    }
    throw UsageError(
        "the GIS formats are written to a file (make_gis_writer), not to a stream; give -o FILE");
}

bool append_document(Format format, const DocumentResult& doc, std::string& out) {
    if (format == Format::jsonl) {
        detail::append_jsonl(doc, out);
        return true;
    }
    if (format == Format::geojsonseq) {
        detail::append_geojsonseq(doc, out);
        return true;
    }
    return false;
}

void write_rendered(std::ostream& out, std::string_view bytes) {
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    detail::flush_and_check(out);
}

OutputFile::OutputFile(const std::string& path) : path_(path) {
    if (path_.empty() || path_ == "-") {
        detail::set_stream_name(std::cout, &kStdoutName);
        return;
    }
    struct stat st {};
    const bool exists = ::stat(path_.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        throw OutputError("cannot write '" + path_ + "': it is a directory; give a file name");
    errno = 0;
    int fd = -1;
    if (!exists || S_ISREG(st.st_mode)) {
        // A new file at a name no one can guess, created by this run alone (never through a
        // link planted there: core/exclusive_file.hpp), renamed over the target by commit().
        fd = create_exclusive_file(temp_prefix(path_), tmp_);
    } else {
        // Devices and pipes (/dev/stdout, a FIFO) cannot be replaced by renaming: write directly.
        do fd = ::open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        while (fd < 0 && errno == EINTR);
    }
    if (fd < 0) {
        const int err = errno;
        throw OutputError("cannot create '" + path_ + "'" + (tmp_.empty() ? "" : " (temporary '" + tmp_ + "')") +
                          ": " + reason(err) + "; check that the directory exists and is writable");
    }
    // A regular file, which appears whole at commit(), gets a large buffer and is written in
    // 256 KB chunks: the writers' per-document flushes are only checks. A device or pipe keeps
    // them (a reader may follow it).
    buffer_ = std::make_unique<FdOutput>(fd, tmp_.empty() ? std::size_t{8192} : kFileBufferBytes);
    file_ = std::make_unique<std::ostream>(buffer_.get());
    detail::set_stream_name(*file_, &path_);
    if (!tmp_.empty()) set_batched_flush(*file_);
}

OutputFile::~OutputFile() {
    if (!file_) {
        detail::set_stream_name(std::cout, nullptr);
        return;
    }
    if (!committed_) {
        file_.reset();
        buffer_.reset(); // closes without writing what is buffered
        if (!tmp_.empty()) ::unlink(tmp_.c_str());
    }
}

std::ostream& OutputFile::stream() { return file_ ? *file_ : std::cout; }

void OutputFile::commit() {
    if (committed_) return;
    if (!file_) {
        detail::flush_and_check(std::cout);
        committed_ = true;
        return;
    }
    detail::flush_and_check(*file_, true);
    auto fail = [&](const std::string& what) {
        const int err = errno;
        if (!tmp_.empty()) ::unlink(tmp_.c_str());
        throw OutputError("cannot write '" + path_ + "': " + what + ": " + reason(err) +
                          "; the previous file, if any, is left intact");
    };
    if (!tmp_.empty()) {
        // Data on disk before the rename, so a crash leaves the old file or the whole new one.
        errno = 0;
        if (::fsync(buffer_->fd()) != 0 && errno != EINVAL && errno != EROFS) fail("syncing the file failed");
    }
    errno = 0;
    if (!buffer_->close()) fail("closing the file failed");
    if (!tmp_.empty() && ::rename(tmp_.c_str(), path_.c_str()) != 0) fail("renaming '" + tmp_ + "' failed");
    committed_ = true;
}

std::string temp_prefix(const std::string& output) { return output + ".tmp."; }

} // namespace gt::io
