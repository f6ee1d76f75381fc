#include "batch/source.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
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

std::string text_problem(const std::string& raw, std::string& repaired) {
    // An empty file is most often a scraper's failed download: say so rather than find nothing.
    if (raw.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return "empty: no text";
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

std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, std::size_t& skipped) {
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
                if (it->is_regular_file(ec)) files.push_back(it->path());
            }
            if (ec) throw InputError(in + ": cannot list the directory (" + ec.message() + ")");
            std::sort(files.begin(), files.end());
            for (const fs::path& p : files) {
                if (looks_binary(p)) {
                    ++skipped;
                    continue;
                }
                out.push_back(describe(p.string(), has_jsonl_extension(p)));
            }
            continue;
        }
        out.push_back(describe(in, in != "-" && has_jsonl_extension(in)));
    }
    return out;
}

/// File descriptor 0 through a 256 KB buffer, which tells whether a complete line is buffered.
class DocumentSource::StdinBuffer final : public std::streambuf {
  public:
    StdinBuffer() : buffer_(std::make_unique<char[]>(kReadBufferBytes)) {}
    bool failed() const noexcept { return failed_; }
    /// A complete line with a non-blank character is in the buffer.
    bool has_line() const noexcept {
        bool text = false;
        for (const char* p = gptr(); p != egptr(); ++p) {
            if (*p == '\n') {
                if (text) return true;
            } else if (*p != ' ' && *p != '\t' && *p != '\r') {
                text = true;
            }
        }
        return false;
    }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, buffer_.get(), kReadBufferBytes);
            if (n > 0) {
                setg(buffer_.get(), buffer_.get(), buffer_.get() + n);
                return traits_type::to_int_type(*gptr());
            }
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) failed_ = true;
            return traits_type::eof();
        }
    }

  private:
    std::unique_ptr<char[]> buffer_;
    bool failed_ = false;
};

std::istream& DocumentSource::stdin_stream() {
    if (stdin_) return *stdin_;
    stdin_ = &std::cin;
#if defined(__GLIBCXX__)
    // Only when nothing has replaced std::cin's buffer (a test, an embedding program) and
    // nothing has read from it: "-" is read by this source alone.
    if (dynamic_cast<__gnu_cxx::stdio_sync_filebuf<char>*>(std::cin.rdbuf()) != nullptr) {
        stdin_buffer_ = std::make_unique<StdinBuffer>();
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

void DocumentSource::read_text_file(const InputFile& f, Item& item) {
    item.doc.input = f.path;
    item.bytes = f.size;
    if (f.path != "-" && f.size > max_bytes_) {
        item.doc.id = fs::path(f.path).filename().string();
        item.error = "larger than --max-doc-bytes (" + std::to_string(f.size) + " > " +
                     std::to_string(max_bytes_) + " bytes; raise the limit or split the file)";
        return;
    }
    try {
        Document d = io::read_text_document(f.path);
        d.input = f.path;
        d.id = f.path == "-" ? "stdin" : fs::path(f.path).filename().string();
        item.doc = std::move(d);
    } catch (const Error& e) {
        item.doc.id = fs::path(f.path).filename().string();
        std::string what = e.what();
        if (what.rfind(f.path + ": ", 0) == 0) what = what.substr(f.path.size() + 2);
        item.error = what;
        return;
    }
    item.bytes = item.doc.text.size();
    if (item.doc.text.size() > max_bytes_) {
        item.error = "larger than --max-doc-bytes (" + std::to_string(item.doc.text.size()) + " bytes)";
        item.doc.text.clear();
        return;
    }
    std::string repaired;
    item.error = text_problem(item.doc.text, repaired);
    if (item.error.empty()) item.doc.text = std::move(repaired);
    else item.doc.text.clear();
}

void DocumentSource::read_stdin_text(std::string lead, Item& item) {
    Document d;
    d.input = std::string(1, '-');
    d.id = std::string("stdin");
    lead.append(std::istreambuf_iterator<char>(stdin_stream()), std::istreambuf_iterator<char>());
    d.text = std::move(lead);
    d.date = date_;
    item.doc = std::move(d);
    item.bytes = item.doc.text.size();
    std::string repaired;
    item.error = item.doc.text.size() > max_bytes_ ? std::string("larger than --max-doc-bytes")
                                                   : text_problem(item.doc.text, repaired);
    if (item.error.empty()) item.doc.text = std::move(repaired);
    else item.doc.text.clear();
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
                }
                if (item.doc.date.empty()) item.doc.date = date_;
                return true;
            }
            const bool bad = file_ ? file_->bad() : stdin_stream().bad() || (stdin_buffer_ && stdin_buffer_->failed());
            const std::string name = reader_name_;
            reader_.reset();
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
        if (f.jsonl) {
            // A large buffer: a corpus is read in 256 KB read(2) calls, not 8 KB ones.
            if (!buffer_) buffer_ = std::make_unique<char[]>(kReadBufferBytes);
            file_ = std::make_unique<std::ifstream>();
            file_->rdbuf()->pubsetbuf(buffer_.get(),
                                      static_cast<std::streamsize>(kReadBufferBytes));
            file_->open(f.path, std::ios::binary);
            if (!*file_) {
                item.doc.input = f.path;
                item.error = std::string("cannot open (") + std::strerror(errno) + ")";
                file_.reset();
                return true;
            }
            char bom[2] = {};
            file_->read(bom, 2);
            if (text::utf16_bom(std::string_view(bom, static_cast<std::size_t>(file_->gcount())))) {
                // Lines cannot be split on the bytes of UTF-16: one clear error for the file.
                item.doc.input = f.path;
                item.error = "UTF-16 encoded JSONL is not read: convert it to UTF-8 first "
                             "(iconv -f UTF-16 -t UTF-8 IN > OUT)";
                file_.reset();
                return true;
            }
            file_->clear();
            file_->seekg(0);
            last_pos_ = 0;
            reader_name_ = f.path;
            reader_ = std::make_unique<io::JsonlReader>(*file_, f.path);
            reader_->set_max_line_bytes(max_line_bytes());
            continue;
        }
        read_text_file(f, item);
        if (item.doc.date.empty()) item.doc.date = date_;
        return true;
    }
}

} // namespace gt::batch
