#include "io/jsonl_reader.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace gt::io {

namespace {

using json = nlohmann::json;

// SAX handler: copies the top-level fields of a document without building a DOM (the text
// string is moved, not copied).
class DocSax : public nlohmann::json_sax<json> {
  public:
    explicit DocSax(Document& d) : doc_(d) {}
    std::string error;
    bool has_text = false;
    bool top_object = false;

    bool null() override { return scalar(nullptr); }
    bool boolean(bool) override { return scalar(nullptr, "a boolean"); }
    bool number_integer(number_integer_t v) override { return number(std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return number(std::to_string(v)); }
    bool number_float(number_float_t, const string_t& s) override { return number(s); }
    bool string(string_t& v) override {
        if (depth_ != 1) return true;
        if (std::string* f = field()) *f = std::move(v);
        if (key_ == "text") has_text = true;
        return true;
    }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        if (depth_ == 0) top_object = true;
        else if (depth_ == 1 && field()) return fail("is not a string");
        ++depth_;
        return true;
    }
    bool end_object() override {
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 1 && field()) return fail("is not a string");
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (depth_ == 1) key_ = k;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." → keep the tail
        if (auto pos = what.find("column"); pos != std::string::npos) what = what.substr(pos);
        error = "not JSON (" + what + ")";
        return false;
    }

  private:
    std::string* field() {
        if (key_ == "id") return &doc_.id;
        if (key_ == "date") return &doc_.date;
        if (key_ == "dct") return &dct_;
        if (key_ == "title") return &doc_.title;
        if (key_ == "source") return &doc_.source;
        if (key_ == "url") return &doc_.url;
        if (key_ == "text") return &doc_.text;
        return nullptr;
    }
    bool scalar(std::nullptr_t, const char* what = nullptr) {
        if (depth_ != 1 || !field()) return true;
        if (what || key_ == "text") return fail("is not a string");
        return true; // null: absent
    }
    bool number(const std::string& v) {
        if (depth_ != 1 || !field()) return true;
        if (key_ == "id") {
            doc_.id = v;
            return true;
        }
        return fail("is not a string");
    }
    bool fail(const char* what) {
        error = "field \"" + key_ + "\" " + what;
        return false;
    }

    Document& doc_;
    std::string key_;
    int depth_ = 0;

  public:
    std::string dct_;
};

} // namespace

std::string parse_document_line(const std::string& line, Document& doc) {
    doc = Document{};
    DocSax sax(doc);
    // Stray non-UTF-8 bytes (a Latin-1 "é" from a scraper) are repaired, not fatal.
    bool ok = text::is_valid_utf8(line) ? json::sax_parse(line, &sax)
                                        : json::sax_parse(text::to_valid_utf8(line), &sax);
    if (!ok) return sax.error.empty() ? "not JSON" : sax.error;
    if (!sax.top_object) return "not a JSON object";
    if (!sax.has_text) return "no \"text\" string";
    if (doc.date.empty()) doc.date = std::move(sax.dct_);
    return {};
}

JsonlReader::JsonlReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

namespace {

/// std::getline that keeps at most `max` bytes of the line; the rest is read and dropped.
/// Returns false at the end of the input (nothing read); `total` is the line's whole length.
/// Reads in chunks through istream::getline, which scans the stream's buffer in bulk.
bool read_line(std::istream& in, std::string& buf, std::size_t max, std::size_t& total) {
    buf.clear();
    total = 0;
    bool any = false;
    char chunk[1 << 14];
    for (;;) {
        in.getline(chunk, sizeof chunk);
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0) return any; // the end of the input, or a read error (the stream says which)
        any = true;
        const bool eof = in.eof(), full = in.fail() && !eof;
        const std::size_t stored = full || eof ? n : n - 1; // the '\n' is not stored
        if (total < max) buf.append(chunk, std::min(stored, max - total));
        total += stored;
        if (!full) return true;
        in.clear(); // the chunk was full: the line goes on
    }
}

} // namespace

bool JsonlReader::next(Document& doc, std::string& error) {
    error.clear();
    std::size_t total = 0;
    while (read_line(in_, buf_, max_line_, total)) {
        ++line_;
        if (total > buf_.size()) {
            doc = Document{};
            doc.input = name_;
            doc.line = line_;
            buf_.clear();
            error = name_ + ":" + std::to_string(line_) + ": line of " + std::to_string(total) +
                    " bytes, longer than the limit of " + std::to_string(max_line_) +
                    " (4 x --max-doc-bytes): skipped without reading it";
            return true;
        }
        if (!buf_.empty() && buf_.back() == '\r') buf_.pop_back();
        if (buf_.find_first_not_of(" \t") == std::string::npos) continue;
        std::string why = parse_document_line(buf_, doc);
        doc.input = name_;
        doc.line = line_;
        if (!why.empty()) error = name_ + ":" + std::to_string(line_) + ": " + why;
        return true;
    }
    return false;
}

Document read_text_document(const std::string& path) {
    Document doc;
    doc.input = path;
    if (path == "-") {
        doc.id = "-";
        doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return doc;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    if (f.bad()) throw InputError(path + ": read error");
    doc.text = std::move(ss).str();
    auto slash = path.find_last_of('/');
    doc.id = slash == std::string::npos ? path : path.substr(slash + 1);
    return doc;
}

} // namespace gt::io
