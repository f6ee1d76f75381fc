#include "batch/source.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__GLIBCXX__)
#include <ext/stdio_sync_filebuf.h>
#endif

namespace gt::batch {

namespace fs = std::filesystem;

namespace {

bool has_jsonl_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jsonl" || ext == ".ndjson" || ext == ".json";
}

bool hidden(const fs::path& relative) {
    for (const auto& part : relative) {
        const std::string s = part.string();
        if (s.size() > 1 && s[0] == '.' && s != "..") return true;
    }
    return false;
}

/// A NUL byte in the first 8 KiB: an image, an archive, an index (UTF-16 text with a byte
/// order mark is text).
bool looks_binary(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    char buf[8192];
    f.read(buf, sizeof buf);
    const auto n = static_cast<std::size_t>(f.gcount());
    if (text::utf16_bom(std::string_view(buf, n))) return false;
    return std::memchr(buf, 0, n) != nullptr;
}

InputFile describe(const std::string& path, bool jsonl) {
    InputFile f;
    f.path = path;
    f.jsonl = jsonl;
    struct stat st {};
    if (path != "-" && ::stat(path.c_str(), &st) == 0) {
        f.size = static_cast<std::uint64_t>(st.st_size);
        f.mtime = static_cast<std::int64_t>(st.st_mtime);
    }
    return f;
}

} // namespace

namespace {

/// An empty text (a file, or a JSONL "text", of nothing or white space only): a headline-only
/// item of a news feed, or a scraper's failed download. Both are a warning naming the document
/// (it has no events), not a failure: one rule for files and JSONL.
const char* empty_problem(std::string_view text) {
    return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos ? "empty: no text" : nullptr;
}

} // namespace

std::string text_problem(const std::string& raw, std::string& repaired) {
    if (const char* why = empty_problem(raw)) return why;
    // UTF-16 with a byte order mark is decoded (its ASCII characters hold NUL bytes).
    const bool utf16 = text::utf16_bom(raw) != 0;
    if (!utf16 && raw.find('\0') != std::string::npos) return "contains NUL bytes: not a text file";
    bool changed = false;
    repaired = text::to_valid_utf8(raw, &changed);
    if (utf16 && repaired.find('\0') != std::string::npos) return "contains NUL characters: not a text file";
    if (changed) {
        std::size_t bad = 0, n = 0;
        for (std::size_t i = 0; i < repaired.size();) {
            char32_t cp = text::next_code_point(repaired, i);
            ++n;
            if (cp == 0xFFFD) ++bad;
        }
        if (n && bad * 5 > n) return "not decodable as UTF-8 or Windows-1252 text";
    }
    return {};
}

namespace {

/// A file of this tool's outputs: by its extension (GeoJSON, CSV, the GIS formats and their
/// sidecar files, lock files, journals), or sniffed (this tool's HTML map, its JSONL output):
/// never an article in a directory run.
bool tool_output(const fs::path& p) {
    static const char* const kOutput[] = {".geojson", ".geojsons", ".geojsonl", ".geojsonseq", ".csv", ".csvt",
                                          ".gpkg", ".fgb", ".kml", ".shp", ".shx", ".dbf",
                                          ".prj", ".cpg", ".lock"};
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* e : kOutput)
        if (ext == e) return true;
    if (ext == ".html" || ext == ".htm") { // a saved web page is an article; this tool's map is not
        std::ifstream f(p, std::ios::binary);
        char buf[4096];
        f.read(buf, sizeof buf);
        return std::string_view(buf, static_cast<std::size_t>(f.gcount()))
                   .find("<meta name=\"generator\" content=\"geotimeline") != std::string_view::npos;
    }
    const std::string name = p.filename().string();
    if (name.size() > 14 && name.compare(name.size() - 14, 14, ".partial.jsonl") == 0) return true; // a journal
    if (ext == ".jsonl" || ext == ".ndjson") {
        // The JSONL output of `extract`: its first line is a document with "events" and no
        // "text" (a corpus line has "text").
        std::ifstream f(p, std::ios::binary);
        std::string first;
        first.resize(1 << 16);
        f.read(first.data(), static_cast<std::streamsize>(first.size()));
        first.resize(static_cast<std::size_t>(f.gcount()));
        first.erase(std::min(first.find('\n'), first.size()));
        const auto j = nlohmann::json::parse(first, nullptr, false);
        return j.is_object() && j.contains("events") && j["events"].is_array() && !j.contains("text");
    }
    return false;
}

/// The last `k` components of a path whose components are given last first.
std::string path_end(const std::vector<std::string>& reversed, std::size_t k) {
    std::string id;
    for (std::size_t j = std::min(k, reversed.size()); j-- > 0;) {
        if (!id.empty() && id != "/") id += '/';
        id += reversed[j];
    }
    return id;
}

/// The ids of text documents: the file name, and where files of one run share it (a/report.txt,
/// b/report.txt) the shortest end of the path that tells them apart, so that doc ids, and the
/// event ids made from them, are unique in the run.
void unique_text_ids(std::vector<InputFile>& files) {
    std::map<std::string, std::vector<std::size_t>> by_name;
    for (std::size_t i = 0; i < files.size(); ++i)
        if (files[i].path != "-") by_name[fs::path(files[i].path).filename().string()].push_back(i);
    for (auto& [name, group] : by_name) {
        std::set<std::string> paths;
        for (std::size_t i : group) paths.insert(fs::path(files[i].path).lexically_normal().string());
        if (paths.size() < 2) continue; // one file (perhaps given twice): its name
        std::vector<std::vector<std::string>> parts;
        for (std::size_t i : group) {
            std::vector<std::string> p;
            for (const auto& c : fs::path(files[i].path).lexically_normal()) p.insert(p.begin(), c.string());
            parts.push_back(std::move(p));
        }
        std::size_t k = 1;
        for (;; ++k) {
            std::set<std::string> seen;
            bool longer = false;
            for (const auto& p : parts) {
                seen.insert(path_end(p, k));
                longer = longer || p.size() > k;
            }
            if (seen.size() == paths.size() || !longer) break;
        }
        for (std::size_t g = 0; g < group.size(); ++g) files[group[g]].id = path_end(parts[g], k);
    }
}

struct FileId {
    dev_t dev;
    ino_t ino;
};

} // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, std::size_t& skipped) {
    Skipped s;
    auto files = expand_inputs(inputs, s, {});
    skipped = s.binary;
    return files;
}

std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, Skipped& skipped,
                                     const std::vector<std::string>& own) {
    std::vector<FileId> own_ids;
    for (const std::string& f : own) {
        struct stat st {};
        if (::stat(f.c_str(), &st) == 0) own_ids.push_back({st.st_dev, st.st_ino});
    }
    auto is_own = [&](const fs::path& p) {
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) return false;
        for (const FileId& id : own_ids)
            if (id.dev == st.st_dev && id.ino == st.st_ino) return true;
        return false;
    };
    std::vector<InputFile> out;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (in != "-" && fs::is_directory(in, ec)) {
            std::vector<fs::path> files;
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                const fs::path rel = fs::relative(it->path(), in, ec);
                if (hidden(rel)) {
                    if (it->is_directory(ec)) it.disable_recursion_pending();
                    continue;
                }
                std::error_code lec;
                if (it->is_symlink(lec) && !fs::exists(it->path(), lec)) {
                    skipped.dangling.push_back(it->path().string()); // said, not silently lost
                    continue;
                }
                if (it->is_regular_file(ec)) files.push_back(it->path());
            }
            if (ec) throw InputError(in + ": cannot list the directory (" + ec.message() + ")");
            std::sort(files.begin(), files.end());
            for (const fs::path& p : files) {
                // This tool's own outputs (an earlier `extract DIR -o DIR/ev.geojson`), the
                // run's own files and its journals are not articles.
                if (is_own(p)) continue; // this run's output, journal, lock, errors file
                if (tool_output(p)) {
                    ++skipped.outputs;
                    continue;
                }
                if (looks_binary(p)) {
                    ++skipped.binary;
                    continue;
                }
                out.push_back(describe(p.string(), has_jsonl_extension(p)));
            }
            continue;
        }
        out.push_back(describe(in, in != "-" && has_jsonl_extension(in)));
    }
    unique_text_ids(out);
    return out;
}

std::istream& DocumentSource::stdin_stream() {
    if (stdin_) return *stdin_;
    stdin_ = &std::cin;
#if defined(__GLIBCXX__)
    // Only when nothing has replaced std::cin's buffer (a test, an embedding program) and
    // nothing has read from it: "-" is read by this source alone.
    if (dynamic_cast<__gnu_cxx::stdio_sync_filebuf<char>*>(std::cin.rdbuf()) != nullptr) {
        stdin_buffer_ = std::make_unique<io::FdInput>(STDIN_FILENO, false);
        stdin_own_ = std::make_unique<std::istream>(stdin_buffer_.get());
        stdin_ = stdin_own_.get();
    }
#endif
    return *stdin_;
}

bool DocumentSource::next_ready() const noexcept {
    if (!reading_stdin_) return true;
    return stdin_buffer_ && stdin_buffer_->has_line();
}

DocumentSource::DocumentSource(std::vector<InputFile> files, std::size_t max_doc_bytes, std::string default_date)
    : files_(std::move(files)), max_bytes_(max_doc_bytes), date_(std::move(default_date)) {}

DocumentSource::~DocumentSource() = default;

namespace {

/// `raw` as the text of `item` (its document's id and input set), or the reason it is not.
void set_text(Item& item, std::string raw, bool complete, std::size_t max_bytes) {
    item.bytes = raw.size();
    if (!complete) {
        // Stopped reading at the limit: a FIFO, a device or standard input never read whole.
        item.error = "larger than --max-doc-bytes (more than " + std::to_string(max_bytes) +
                     " bytes; raise the limit or split the file)";
        return;
    }
    if (const char* why = empty_problem(raw)) { // as an empty JSONL "text": a warning
        item.warning = why;
        return;
    }
    std::string repaired;
    item.error = text_problem(raw, repaired);
    if (item.error.empty()) item.doc.text = std::move(repaired);
}

/// The first of the document's id, title, source and url that holds a NUL character, or nullptr.
const char* nul_field(const Document& d) {
    if (d.id.find('\0') != std::string::npos) return "id";
    if (d.title.find('\0') != std::string::npos) return "title";
    if (d.source.find('\0') != std::string::npos) return "source";
    if (d.url.find('\0') != std::string::npos) return "url";
    return nullptr;
}

/// Reads a UTF-8 byte order mark at the start of `in` (and nothing else).
void skip_utf8_bom(io::FdInput& in) {
    if (in.peek(3) == "\xEF\xBB\xBF") in.skip(3);
}

} // namespace

bool DocumentSource::open_file(const InputFile& f, Item& item) {
    item.doc.input = f.path;
    if (!f.jsonl) item.doc.id = f.id.empty() ? fs::path(f.path).filename().string() : f.id;
    // Read through a buffer of its own, never seeking: a FIFO, a pipe or a device named as a
    // file is read as a regular file is.
    std::unique_ptr<io::FdInput> in;
    try {
        in = io::FdInput::open(f.path);
    } catch (const Error& e) {
        item.error = std::string(e.what()).substr(f.path.size() + 2); // "PATH: why" → "why"
        return true;
    }
    bool jsonl = f.jsonl;
    if (!jsonl) {
        // A name without a JSONL extension (corpus.txt; a pipe, a FIFO or /dev/stdin has none
        // to go by): like "-", JSONL when its first non-blank character is '{'. The buffer
        // holds what was looked at: nothing is read twice.
        skip_utf8_bom(*in);
        jsonl = in->first_nonblank() == '{';
        if (jsonl) item.doc.id.clear();
    }
    if (!jsonl && in->regular() && f.size > max_bytes_) { // a regular file's size, known before reading
        item.bytes = f.size;
        item.error = "larger than --max-doc-bytes (" + std::to_string(f.size) + " > " +
                     std::to_string(max_bytes_) + " bytes; raise the limit or split the file)";
        return true;
    }
    if (!jsonl) {
        std::string raw;
        const bool complete = in->read_rest(raw, max_bytes_);
        if (in->failed()) {
            item.error = "read error";
            return true;
        }
        set_text(item, std::move(raw), complete, max_bytes_);
        return true;
    }
    if (text::utf16_bom(in->peek(2))) {
        // Lines cannot be split on the bytes of UTF-16: one clear error for the file.
        item.error = "UTF-16 encoded JSONL is not read: convert it to UTF-8 first "
                     "(iconv -f UTF-16 -t UTF-8 IN > OUT)";
        return true;
    }
    skip_utf8_bom(*in);
    file_ = std::move(in);
    file_stream_ = std::make_unique<std::istream>(file_.get());
    last_pos_ = 0;
    reader_name_ = f.path;
    reader_ = std::make_unique<io::JsonlReader>(*file_stream_, f.path);
    reader_->set_max_line_bytes(max_line_bytes());
    return false;
}

void DocumentSource::read_stdin_text(std::string lead, Item& item) {
    item.doc.input = std::string(1, '-');
    item.doc.id = std::string("stdin");
    item.doc.date = date_;
    bool complete = lead.size() <= max_bytes_;
    std::istream& in = stdin_stream();
    if (stdin_buffer_) {
        if (complete) complete = stdin_buffer_->read_rest(lead, max_bytes_ - lead.size());
    } else { // std::cin replaced (a test, an embedding program): the same limit, by blocks
        char block[1 << 14];
        while (complete && (in.read(block, sizeof block) || in.gcount() > 0)) {
            lead.append(block, static_cast<std::size_t>(in.gcount()));
            complete = lead.size() <= max_bytes_;
        }
    }
    set_text(item, std::move(lead), complete, max_bytes_);
}

bool DocumentSource::next(Item& item) {
    for (;;) {
        item = Item{};
        if (reader_) {
            std::string err;
            if (reader_->next(item.doc, err)) {
                // The bytes of its line (and of blank lines before it), counted by the reader.
                const std::uint64_t pos = reader_->bytes_read();
                item.bytes = pos - last_pos_;
                last_pos_ = pos;
                item.doc.input = reader_name_;
                item.doc.line = reader_->line();
                if (!err.empty()) {
                    // "FILE:LINE: why" → "why"
                    const std::string prefix = reader_name_ + ":" + std::to_string(item.doc.line) + ": ";
                    item.error = err.rfind(prefix, 0) == 0 ? err.substr(prefix.size()) : err;
                    item.doc.text.clear();
                } else if (item.doc.text.size() > max_bytes_) {
                    item.error = "larger than --max-doc-bytes (" + std::to_string(item.doc.text.size()) + " > " +
                                 std::to_string(max_bytes_) + " bytes)";
                    item.doc.text.clear();
                } else if (item.doc.text.find('\0') != std::string::npos) {
                    item.error = "text contains NUL characters: not a text document";
                    item.doc.text.clear();
                } else if (const char* field = nul_field(item.doc)) {
                    // GDAL's formats would cut the id at the NUL (two ids could become one)
                    item.error = std::string("field \"") + field + "\" contains a NUL character (\\u0000)";
                    item.doc.text.clear();
                } else if (const char* why = empty_problem(item.doc.text)) {
                    item.warning = why; // as an empty text file
                }
                if (item.doc.date.empty()) item.doc.date = date_;
                return true;
            }
            const bool bad = file_ ? file_->failed() || file_stream_->bad()
                                   : stdin_stream().bad() || (stdin_buffer_ && stdin_buffer_->failed());
            const std::string name = reader_name_;
            reader_.reset();
            file_stream_.reset();
            file_.reset();
            reading_stdin_ = false;
            if (bad) {
                item.doc.input = name;
                item.error = "read error";
                return true;
            }
        }
        if (next_file_ >= files_.size()) return false;
        const InputFile& f = files_[next_file_++];
        if (f.path == "-") {
            // JSONL when the first non-blank character is '{', else one text document.
            std::string lead;
            int c;
            std::istream& in = stdin_stream();
            if (stdin_buffer_) skip_utf8_bom(*stdin_buffer_); // (in its buffer: no seek back)
            while ((c = in.peek()) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                lead.push_back(static_cast<char>(in.get()));
            }
            if (c == '{') {
                reader_name_ = f.path;
                last_pos_ = 0;
                reader_ = std::make_unique<io::JsonlReader>(in, f.path);
                reading_stdin_ = true;
                reader_->set_max_line_bytes(max_line_bytes());
                // (leading blank lines are not counted in the line numbers)
                continue;
            }
            read_stdin_text(std::move(lead), item);
            return true;
        }
        if (!open_file(f, item)) continue; // its JSONL reader started
        if (item.doc.date.empty()) item.doc.date = date_;
        return true;
    }
}

} // namespace gt::batch
