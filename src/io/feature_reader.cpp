// Reads GeoJSON features back for `geotimeline view` and `merge` (feature_stream.hpp): a
// FeatureCollection, a single Feature, or GeoJSONSeq (RFC 8142: RS-prefixed) /
// newline-delimited features, one per line. Refused with the file and line: JSON nested deeper
// than max_json_depth, coordinates that are not numbers, not finite or out of range (|lat| > 90,
// |lon| > 180).
#include "io/feature_stream.hpp"

#include "core/error.hpp"
#include "io/html_map.hpp"
#include "io/json_depth.hpp"

#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

namespace gt::io {

namespace {

// Whether `j` is an object whose "type" is the string `type` (a "type" of another JSON type
// is not: reading it as a string threw, an internal error).
bool type_is(const FeatureJson& j, const char* type) {
    if (!j.is_object()) return false;
    auto it = j.find("type");
    return it != j.end() && it->is_string() && *it == type;
}

bool is_feature(const FeatureJson& j) {
    return type_is(j, "Feature");
}

// Why a position ([lon, lat] or [lon, lat, alt]) cannot be drawn, or "".
std::string bad_position(const FeatureJson& p) {
    if (!p.is_array() || p.size() < 2) return "a position is not an array [longitude, latitude]";
    for (const auto& x : p)
        if (!x.is_number()) return "a coordinate is not a number";
    double lon = p[0].get<double>(), lat = p[1].get<double>();
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lat) > 90 || std::abs(lon) > 180) {
        std::ostringstream os;
        os << "coordinate out of range (longitude " << lon << ", latitude " << lat
           << "; longitude must be within -180..180, latitude within -90..90)";
        return os.str();
    }
    return {};
}

// Why the nested coordinate arrays of a geometry cannot be drawn, or "".
std::string bad_coordinates(const FeatureJson& c) {
    if (!c.is_array()) return "\"coordinates\" is not an array";
    if (c.empty() || !c[0].is_array()) return bad_position(c);
    for (const auto& x : c)
        if (std::string why = bad_coordinates(x); !why.empty()) return why;
    return {};
}

std::string bad_geometry(const FeatureJson& g) {
    if (g.is_null()) return {};
    if (!g.is_object()) return "\"geometry\" is not an object";
    if (auto it = g.find("geometries"); it != g.end()) {
        if (!it->is_array()) return "\"geometries\" is not an array";
        for (const auto& x : *it)
            if (std::string why = bad_geometry(x); !why.empty()) return why;
        return {};
    }
    auto it = g.find("coordinates");
    return it == g.end() ? std::string() : bad_coordinates(*it);
}

std::string bad_feature(const FeatureJson& f) {
    auto it = f.find("geometry");
    return it == f.end() ? std::string() : bad_geometry(*it);
}

// The features of a text read whole: the reading of every input before issue #15, kept for the
// shapes FeatureStream does not stream (a single Feature, a FeatureCollection whose "features"
// come before its "type", a file that does not start with an object).
FeatureJson features_in_memory(std::string_view text, const std::string& name, const std::string& where) {
    if (std::size_t line = json_too_deep(text))
        throw InputError(where + ":" + std::to_string(line) + ": " + json_depth_message());
    FeatureJson whole = FeatureJson::parse(text, nullptr, false);
    if (!whole.is_discarded()) {
        FeatureJson features;
        if (type_is(whole, "FeatureCollection")) {
            auto it = whole.find("features");
            if (it == whole.end() || !it->is_array())
                throw InputError(name + " is a FeatureCollection without a \"features\" array");
            features = std::move(*it);
        } else if (is_feature(whole)) {
            features = FeatureJson::array();
            features.push_back(std::move(whole));
        } else {
            throw InputError(
                name + " is JSON but not GeoJSON (a FeatureCollection or Feature); give the output "
                       "of 'geotimeline extract --format geojson'");
        }
        for (std::size_t k = 0; k < features.size(); ++k)
            if (std::string why = bad_feature(features[k]); !why.empty())
                throw InputError(name + ": feature " + std::to_string(k + 1) + ": " + why);
        return features;
    }
    FeatureJson features = FeatureJson::array();
    std::size_t n = 0;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        ++n;
        std::size_t b = 0;
        while (b < line.size() &&
               (line[b] == '\x1e' || line[b] == ' ' || line[b] == '\t' || line[b] == '\r'))
            ++b;
        if (b == line.size()) continue;
        FeatureJson f = FeatureJson::parse(line.substr(b), nullptr, false);
        if (f.is_discarded() || !is_feature(f))
            throw InputError(
                where + ":" + std::to_string(n) +
                ": not a GeoJSON Feature; give a GeoJSON file or GeoJSONSeq (one Feature per line) "
                "as written by 'geotimeline extract'");
        if (std::string why = bad_feature(f); !why.empty())
            throw InputError(where + ":" + std::to_string(n) + ": " + why);
        features.push_back(std::move(f));
    }
    return features;
}

} // namespace

std::string bad_feature_geometry(const FeatureJson& f) { return bad_feature(f); }

FeatureStream::FeatureStream(std::istream& in, std::string name, std::string where, std::size_t chunk)
    : in_(in), name_(std::move(name)), where_(std::move(where)), chunk_(chunk ? chunk : 1) {}

// At least `n` bytes unread in buf_, reading more as needed; false at the end of the input.
bool FeatureStream::fill(std::size_t n) {
    while (buf_.size() - pos_ < n) {
        if (eof_) return false;
        buf_.erase(0, pos_);
        pos_ = 0;
        const std::size_t had = buf_.size();
        buf_.resize(had + chunk_);
        in_.read(buf_.data() + had, static_cast<std::streamsize>(chunk_));
        buf_.resize(had + static_cast<std::size_t>(in_.gcount()));
        if (in_.bad()) throw InputError("cannot read " + name_);
        if (!in_) eof_ = true;
    }
    return true;
}

int FeatureStream::peek() {
    return fill(1) ? static_cast<unsigned char>(buf_[pos_]) : -1;
}

// The next byte (the caller has peeked), counted in the lines and recorded in head_.
char FeatureStream::get() {
    const char c = buf_[pos_++];
    if (c == '\n') ++line_;
    if (recording_) head_ += c;
    return c;
}

// The n bytes at pos_ (in the buffer), recorded and counted.
void FeatureStream::consume(std::size_t n) {
    const std::string_view s(buf_.data() + pos_, n);
    for (char c : s)
        if (c == '\n') ++line_;
    if (recording_) head_ += s;
    pos_ += n;
}

void FeatureStream::skip_space(bool rs) {
    for (int c = peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n' || (rs && c == '\x1e'); c = peek()) get();
}

void FeatureStream::expect(char c) {
    if (peek() != static_cast<unsigned char>(c)) not_json();
    get();
}

// A JSON string's text, quotes and escapes as they are (parsed later).
void FeatureStream::take_string(std::string& raw) {
    expect('"');
    raw += '"';
    bool escaped = false;
    for (;;) {
        if (!fill(1)) not_json();
        std::size_t i = pos_;
        for (; i < buf_.size(); ++i) {
            const char c = buf_[i];
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') break;
        }
        const bool closed = i < buf_.size();
        raw.append(buf_, pos_, i + closed - pos_);
        consume(i + closed - pos_);
        if (closed) return;
    }
}

// One JSON value's text (parsed later); `depth`: the arrays and objects around it. Refused
// deeper than max_json_depth, on the line of the bracket that goes too deep, as json_too_deep.
void FeatureStream::take_value(std::string& raw, std::size_t depth) {
    const int first = peek();
    if (first < 0) not_json();
    if (first == '"') return take_string(raw);
    if (first != '{' && first != '[') { // a number, true, false, null (or garbage)
        for (int c = peek(); c >= 0 && c != ',' && c != ']' && c != '}' && c != ' ' && c != '\t' && c != '\r' &&
                             c != '\n';
             c = peek())
            raw += get();
        return;
    }
    std::size_t d = depth;
    bool in_string = false, escaped = false, closed = false;
    while (!closed) {
        if (!fill(1)) not_json();
        std::size_t i = pos_, line = line_;
        for (; i < buf_.size() && !closed; ++i) {
            const char c = buf_[i];
            if (c == '\n') ++line;
            if (in_string) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '[' || c == '{') {
                if (++d > max_json_depth)
                    throw InputError(where_ + ":" + std::to_string(line) + ": " + json_depth_message());
            } else if (c == ']' || c == '}') {
                closed = --d == depth;
            }
        }
        raw.append(buf_, pos_, i - pos_);
        consume(i - pos_);
    }
}

// The rest of the input, after what was consumed.
std::string FeatureStream::rest() {
    std::string text;
    while (fill(1)) {
        text.append(buf_, pos_, std::string::npos);
        pos_ = buf_.size();
    }
    return text;
}

bool FeatureStream::next(FeatureJson& f) {
    if (mode_ == Mode::start) start();
    switch (mode_) {
    case Mode::collection:
        return next_in_collection(f);
    case Mode::lines:
        return next_line(f);
    case Mode::held:
        if (held_at_ < held_.size()) {
            f = std::move(held_[held_at_++]);
            ++count_;
            return true;
        }
        held_ = FeatureJson();
        mode_ = Mode::done;
        return false;
    default:
        return false;
    }
}

// Up to the first feature: a byte-order mark, blank lines and RS characters, then an object
// read member by member until the "features" array of a FeatureCollection, which is then
// streamed. Any other first value is kept whole (head_): a Feature alone, or the first line of
// GeoJSONSeq, read a line at a time from the start.
void FeatureStream::start() {
    recording_ = true;
    if (fill(3) && buf_.compare(pos_, 3, "\xEF\xBB\xBF") == 0) consume(3);
    skip_space(true);
    first_line_ = line_;
    if (at_end()) {
        mode_ = Mode::done;
        return;
    }
    if (peek() != '{') {
        hold_whole(head_ + rest());
        return;
    }
    get();
    if (head_member()) return;
    skip_space(false);
    if (at_end()) {
        hold_whole(std::move(head_));
        return;
    }
    // more after the first value: GeoJSONSeq (or not GeoJSON), read again from the start by lines
    buf_ = head_ + buf_.substr(pos_);
    pos_ = 0;
    line_ = 1;
    recording_ = false;
    head_.clear();
    mode_ = Mode::lines;
}

// The members of the first object, up to its end (false) or to the "features" array of a
// FeatureCollection that says so first (true: mode_ is collection). Each member is checked
// when read: JSON that is not valid is refused as reading it whole refuses it.
bool FeatureStream::head_member() {
    bool collection = false;
    skip_space(false);
    if (peek() == '}') {
        get();
        return false;
    }
    for (std::string key;;) {
        key.clear();
        take_string(key);
        skip_space(false);
        expect(':');
        skip_space(false);
        if (key == "\"features\"" && collection && peek() == '[') {
            get();
            recording_ = false;
            head_.clear();
            mode_ = Mode::collection;
            return true;
        }
        raw_.clear();
        take_value(raw_, 1);
        const FeatureJson value = FeatureJson::parse(raw_, nullptr, false);
        if (value.is_discarded() || FeatureJson::parse(key, nullptr, false).is_discarded()) not_json();
        if (key == "\"type\"") collection = value == "FeatureCollection";
        skip_space(false);
        const int c = peek();
        if (c != ',' && c != '}') not_json();
        get();
        if (c == '}') return false;
        skip_space(false);
    }
}

bool FeatureStream::next_in_collection(FeatureJson& f) {
    skip_space(false);
    const int c = peek();
    if (c == ']' || (!first_element_ && c != ',')) {
        if (c != ']') not_json();
        get();
        finish_collection();
        return false;
    }
    if (!first_element_) {
        get();
        skip_space(false);
    }
    first_element_ = false;
    raw_.clear();
    take_value(raw_, 2);
    f = FeatureJson::parse(raw_, nullptr, false);
    if (f.is_discarded()) not_json();
    check(f, ++count_);
    return true;
}

// The members after "features", the end of the object, nothing but blanks after it.
void FeatureStream::finish_collection() {
    mode_ = Mode::done;
    for (;;) {
        skip_space(false);
        const int c = peek();
        if (c == '}') break;
        if (c != ',') not_json();
        get();
        skip_space(false);
        raw_.clear();
        take_string(raw_);
        if (FeatureJson::parse(raw_, nullptr, false).is_discarded()) not_json();
        skip_space(false);
        expect(':');
        skip_space(false);
        raw_.clear();
        take_value(raw_, 1);
        if (FeatureJson::parse(raw_, nullptr, false).is_discarded()) not_json();
    }
    get();
    skip_space(false);
    if (!at_end()) not_a_feature(first_line_); // as when the whole text is not one JSON value
}

// One line into `line` (without its newline); false at the end of the input.
bool FeatureStream::read_line(std::string& line) {
    line.clear();
    if (!fill(1)) return false;
    for (;;) {
        const std::size_t nl = buf_.find('\n', pos_);
        if (nl != std::string::npos) {
            line.append(buf_, pos_, nl - pos_);
            pos_ = nl + 1;
            ++line_;
            return true;
        }
        line.append(buf_, pos_, std::string::npos);
        pos_ = buf_.size();
        if (!fill(1)) return true;
    }
}

// GeoJSONSeq or one Feature a line: blank lines (and RS characters) skipped.
bool FeatureStream::next_line(FeatureJson& f) {
    std::string& line = raw_;
    for (;;) {
        const std::size_t n = line_;
        if (!read_line(line)) {
            mode_ = Mode::done;
            return false;
        }
        std::size_t b = 0;
        while (b < line.size() && (line[b] == '\x1e' || line[b] == ' ' || line[b] == '\t' || line[b] == '\r')) ++b;
        if (b == line.size()) continue;
        const std::string_view text = std::string_view(line).substr(b);
        if (json_too_deep(text)) throw InputError(where_ + ":" + std::to_string(n) + ": " + json_depth_message());
        f = FeatureJson::parse(text, nullptr, false);
        if (f.is_discarded() || !is_feature(f)) not_a_feature(n);
        if (std::string why = bad_feature(f); !why.empty())
            throw InputError(where_ + ":" + std::to_string(n) + ": " + why);
        ++count_;
        return true;
    }
}

void FeatureStream::hold_whole(std::string text) {
    recording_ = false;
    head_.clear();
    held_ = features_in_memory(text, name_, where_);
    mode_ = Mode::held;
}

// JSON that is not valid: before the features, refused as reading the whole text refused it
// (its first line is not a Feature); in the features of a FeatureCollection, with the line and
// the feature (a file cut short, a feature edited by hand).
void FeatureStream::not_json() const {
    if (mode_ != Mode::collection && mode_ != Mode::done) not_a_feature(first_line_);
    throw InputError(where_ + ":" + std::to_string(line_) + ": not valid JSON in the FeatureCollection after feature " +
                     std::to_string(count_) +
                     " (is the file cut short?); give the output of 'geotimeline extract --format geojson'");
}

void FeatureStream::not_a_feature(std::size_t line) const {
    throw InputError(where_ + ":" + std::to_string(line) +
                     ": not a GeoJSON Feature; give a GeoJSON file or GeoJSONSeq (one Feature per line) "
                     "as written by 'geotimeline extract'");
}

void FeatureStream::check(const FeatureJson& f, std::size_t k) const {
    if (std::string why = bad_feature(f); !why.empty())
        throw InputError(name_ + ": feature " + std::to_string(k) + ": " + why);
}

namespace {

FeatureJson collect(FeatureStream& stream) {
    FeatureJson all = FeatureJson::array();
    for (FeatureJson f; stream.next(f);) all.push_back(std::move(f));
    return all;
}

} // namespace

FeatureJson features_from_text(std::string_view text, const std::string& name, const std::string& where) {
    std::istringstream in{std::string(text)};
    FeatureStream stream(in, name, where);
    return collect(stream);
}

std::size_t for_each_feature(const std::string& path, const std::function<void(FeatureJson&)>& each) {
    const std::string name = path == "-" ? std::string("standard input") : "'" + path + "'";
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) throw InputError("cannot open " + name + ": check the path and permissions");
    }
    return for_each_feature(path == "-" ? std::cin : file, name, path == "-" ? std::string("standard input") : path,
                            each);
}

std::size_t for_each_feature(std::istream& in, const std::string& name, const std::string& where,
                             const std::function<void(FeatureJson&)>& each) {
    FeatureStream stream(in, name, where);
    for (FeatureJson f; stream.next(f);) each(f);
    return stream.count();
}

FeatureJson read_features(const std::string& path) {
    FeatureJson all = FeatureJson::array();
    for_each_feature(path, [&](FeatureJson& f) { all.push_back(std::move(f)); });
    return all;
}

} // namespace gt::io
