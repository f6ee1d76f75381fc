#pragma once
// The GeoJSON features `view` and `merge` read, one at a time with memory bounded by the
// largest feature (issue #15: `view` of a 787 MB FeatureCollection took 3.9 GB): a
// FeatureCollection is scanned member by member and each element of its "features" array is
// parsed alone; GeoJSONSeq (RFC 8142: RS-prefixed) and newline-delimited features are parsed a
// line at a time. What is accepted and refused, and the messages, are those of reading the
// whole text (features_from_text, html_map.hpp); docs/robustness.md.

#include "io/html_map.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <string>

namespace gt::io {

class FeatureStream {
  public:
    /// `name` ("'events.geojson'") starts the messages about the whole file, `where`
    /// ("events.geojson") those about a line ("events.geojson:3: ..."). `chunk`: bytes read
    /// from `in` at a time.
    FeatureStream(std::istream& in, std::string name, std::string where, std::size_t chunk = std::size_t{1} << 16);

    /// The next feature into `f`; false after the last. Throws InputError naming the file and
    /// the line or feature: not GeoJSON, not valid JSON, JSON nested deeper than
    /// max_json_depth, coordinates that are not finite numbers within range.
    bool next(FeatureJson& f);

    /// Features returned so far.
    std::size_t count() const noexcept { return count_; }

  private:
    enum class Mode { start, collection, lines, held, done };

    // bytes of the input
    bool fill(std::size_t n);
    int peek();
    char get();
    void consume(std::size_t n);
    bool at_end() { return peek() < 0; }
    void skip_space(bool rs);
    void expect(char c);
    void take_string(std::string& raw);
    void take_value(std::string& raw, std::size_t depth);
    std::string rest();

    // the steps of reading
    void start();
    bool head_member();
    bool next_in_collection(FeatureJson& f);
    void finish_collection();
    bool next_line(FeatureJson& f);
    bool read_line(std::string& line);
    void hold_whole(std::string text);
    [[noreturn]] void not_json() const;
    [[noreturn]] void not_a_feature(std::size_t line) const;
    void check(const FeatureJson& f, std::size_t k) const;

    std::istream& in_;
    std::string name_, where_;
    std::size_t chunk_;
    std::string buf_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    std::size_t line_ = 1;       // line of the next byte
    bool recording_ = false;     // consumed bytes are appended to head_
    std::string head_;           // the first value's text until the features are streamed
    std::size_t first_line_ = 1; // line where the first value starts
    Mode mode_ = Mode::start;
    bool first_element_ = true;
    std::string raw_;            // the text of one value
    FeatureJson held_;           // the features of a text read whole (a single Feature...)
    std::size_t held_at_ = 0;
    std::size_t count_ = 0;
};

/// Calls `each` for every feature of the file at `path` ("-": standard input) in the file's
/// order and returns how many; throws InputError when the file cannot be opened or read, or
/// as FeatureStream::next.
std::size_t for_each_feature(const std::string& path, const std::function<void(FeatureJson&)>& each);
/// The same from a stream; `name` and `where` as FeatureStream's.
std::size_t for_each_feature(std::istream& in, const std::string& name, const std::string& where,
                             const std::function<void(FeatureJson&)>& each);

} // namespace gt::io
