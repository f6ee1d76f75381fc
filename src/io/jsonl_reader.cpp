#include "io/jsonl_reader.hpp"

#include "core/error.hpp"
#include "io/json_depth.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace gt::io {

namespace {

/// The string member a top-level key of a JSONL document fills, or nullptr for a key that is
/// skipped; "dct" is kept apart (the date when "date" is missing). SAX and fast path share it.
std::string* document_field(Document& d, std::string& dct, std::string_view key) {
    if (key == "id") return &d.id;
    if (key == "date") return &d.date;
    if (key == "dct") return &dct;
    if (key == "title") return &d.title;
    if (key == "source") return &d.source;
    if (key == "url") return &d.url;
    if (key == "text") return &d.text;
    return nullptr;
}

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
        if (depth_ == 0)
            top_object = true;
        else if (depth_ == 1 && field())
            return fail("is not a string");
        if (static_cast<std::size_t>(depth_) >= max_json_depth) return too_deep();
        ++depth_;
        return true;
    }
    bool end_object() override {
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 1 && field()) return fail("is not a string");
        if (static_cast<std::size_t>(depth_) >= max_json_depth) return too_deep();
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
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& e) override {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." → keep the tail
        if (auto pos = what.find("column"); pos != std::string::npos) what = what.substr(pos);
        else if (auto end = what.find("] "); what.rfind("[json.exception", 0) == 0 && end != std::string::npos)
            what = what.substr(end + 2); // "[json.exception.out_of_range.406] number overflow..."
        error = "not JSON (" + what + ")";
        return false;
    }

  private:
    std::string* field() { return document_field(doc_, dct_, key_); }
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
    bool too_deep() {
        error = json_depth_message();
        return false;
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

// The fast path for the usual line: one object whose document fields are strings or null, other
// fields any well-formed JSON, strings without control characters or escaped surrogates, in
// valid UTF-8. It decodes such a line as DocSax does and returns false for anything else (a
// number id, malformed JSON), which then goes through nlohmann, the reference for the results
// and the error messages.
// The end of the run of string bytes from i that need no decoding: the first quote, backslash
// or control character (or the end). Eight bytes at a time while none of them is there.
std::size_t plain_run(std::string_view s, std::size_t i) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - ones) & ~v & high; }; // exact as a yes/no
    while (i + 8 <= s.size()) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        // a byte < 0x20: (v - 0x20 per byte) borrows into its high bit, bytes >= 0x80 excluded
        const std::uint64_t control = (v - 0x20 * ones) & ~v & high;
        if (has_zero(v ^ ('"' * ones)) | has_zero(v ^ ('\\' * ones)) | control) break;
        i += 8;
    }
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++i;
    }
    return i;
}

class FastLine {
  public:
    explicit FastLine(std::string_view s) : s_(s) {}

    bool parse(Document& doc, bool& has_text, std::string& dct) {
        ws();
        if (!eat('{')) return false;
        ws();
        if (eat('}')) return rest();
        std::string key, value;
        while (true) {
            if (!string(key)) return false;
            ws();
            if (!eat(':')) return false;
            ws();
            std::string* f = document_field(doc, dct, key);
            if (!f) {
                if (!skip_value(0)) return false; // another field: checked, not kept
            } else if (i_ < s_.size() && s_[i_] == 'n') {
                if (s_.substr(i_, 4) != "null" || key == "text") return false;
                i_ += 4; // null: the field stays absent
            } else {
                if (!string(value)) return false;
                *f = std::move(value);
                if (key == "text") has_text = true;
            }
            ws();
            if (eat('}')) return rest();
            if (!eat(',')) return false;
            ws();
        }
    }

  private:
    void ws() {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
            ++i_;
    }
    bool eat(char c) {
        if (i_ >= s_.size() || s_[i_] != c) return false;
        ++i_;
        return true;
    }
    bool rest() {
        ws();
        return i_ == s_.size();
    }
    bool digits() {
        std::size_t b = i_;
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9')
            ++i_;
        return i_ > b;
    }
    // A JSON number, strictly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number() {
        const std::size_t start = i_;
        bool exponent = false;
        eat('-');
        if (eat('0')) {
            if (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') return false;
        } else if (!digits()) {
            return false;
        }
        if (eat('.') && !digits()) return false;
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
            if (!eat('+')) eat('-');
            if (!digits()) return false;
            exponent = true;
        }
        // A number no double holds (1e999) is an error for nlohmann: left to it, so that both
        // paths treat the line alike.
        if (exponent || i_ - start > 300) {
            const std::string token(s_.substr(start, i_ - start));
            if (!std::isfinite(std::strtod(token.c_str(), nullptr))) return false;
        }
        return true;
    }
    bool word(std::string_view w) {
        if (s_.substr(i_, w.size()) != w) return false;
        i_ += w.size();
        return true;
    }
    // Skips one well-formed value (false for anything the fast path does not vouch for).
    bool skip_value(int depth) {
        if (depth > 64 || i_ >= s_.size()) return false;
        std::string scratch;
        switch (s_[i_]) {
        case '"':
            return string(scratch);
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        case '[':
            ++i_;
            ws();
            if (eat(']')) return true;
            while (true) {
                if (!skip_value(depth + 1)) return false;
                ws();
                if (eat(']')) return true;
                if (!eat(',')) return false;
                ws();
            }
        case '{':
            ++i_;
            ws();
            if (eat('}')) return true;
            while (true) {
                if (!string(scratch)) return false;
                ws();
                if (!eat(':')) return false;
                ws();
                if (!skip_value(depth + 1)) return false;
                ws();
                if (eat('}')) return true;
                if (!eat(',')) return false;
                ws();
            }
        default:
            return number();
        }
    }
    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool string(std::string& out) {
        out.clear();
        if (!eat('"')) return false;
        while (true) {
            std::size_t run = plain_run(s_, i_);
            out.append(s_.data() + i_, run - i_);
            i_ = run;
            if (i_ >= s_.size()) return false;
            char c = s_[i_++];
            if (c == '"') return true;
            if (c != '\\' || i_ >= s_.size()) return false; // a control character
            char e = s_[i_++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                if (i_ + 4 > s_.size()) return false;
                unsigned cp = 0;
                for (int k = 0; k < 4; ++k) {
                    int h = hex(s_[i_++]);
                    if (h < 0) return false;
                    cp = cp * 16 + static_cast<unsigned>(h);
                }
                if (cp >= 0xD800 && cp <= 0xDFFF) return false; // surrogates: nlohmann's path
                text::append_utf8(out, static_cast<char32_t>(cp));
                break;
            }
            default:
                return false;
            }
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

} // namespace

std::string parse_document_line(const std::string& line, Document& doc) {
    doc = Document{};
    // Stray non-UTF-8 bytes (a Latin-1 "é" from a scraper) are repaired, not fatal.
    std::string repaired;
    std::string_view in = line;
    if (!text::is_valid_utf8(line)) in = repaired = text::to_valid_utf8(line);
    {
        bool has_text = false;
        std::string dct;
        if (FastLine(in).parse(doc, has_text, dct)) {
            if (!has_text) return "no \"text\" string";
            if (doc.date.empty()) doc.date = std::move(dct);
            return {};
        }
        doc = Document{};
    }
    DocSax sax(doc);
    bool ok = json::sax_parse(in, &sax);
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
/// `consumed` grows by the bytes taken from the stream (the '\n' included).
bool read_line(std::istream& in, std::string& buf, std::size_t max, std::size_t& total,
               std::uint64_t& consumed) {
    buf.clear();
    total = 0;
    bool any = false;
    char chunk[1 << 14];
    for (;;) {
        in.getline(chunk, sizeof chunk);
        const auto n = static_cast<std::size_t>(in.gcount());
        consumed += n;
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
    while (read_line(in_, buf_, max_line_, total, consumed_)) {
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
        // (a parser's message may quote the whole of a broken 40 MB line: bounded here, so it
        // reaches stderr, the errors file and the output cut)
        if (!why.empty()) error = name_ + ":" + std::to_string(line_) + ": " + text::clip(why, 300);
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
