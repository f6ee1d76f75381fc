// libFuzzer target: the GeoJSON feature reader of `view` and `merge` (io::FeatureStream: a
// FeatureCollection member by member, a Feature, GeoJSONSeq by lines), read whole through
// io::features_from_text and again a few bytes at a time (the size from the first byte), which
// must give the same features or the same error; and the event JSONL reader of `merge` and
// --resume (io::parse_result_line, each line). Every input is read or refused with an
// InputError; nothing may crash, overflow the stack (issue #15: 80,000 levels of nesting) or leak.
#include "core/error.hpp"
#include "core/event.hpp"
#include "io/event_reader.hpp"
#include "io/feature_stream.hpp"
#include "io/html_map.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

namespace {

// The features of `text` read `chunk` bytes at a time, or the message of the InputError.
std::string read_in_chunks(std::string_view text, std::size_t chunk, gt::io::FeatureJson& features) {
    std::istringstream in{std::string(text)};
    gt::io::FeatureStream stream(in, "'fuzz.geojson'", "fuzz.geojson", chunk);
    features = gt::io::FeatureJson::array();
    try {
        for (gt::io::FeatureJson f; stream.next(f);) features.push_back(std::move(f));
    } catch (const gt::InputError& e) {
        return e.what();
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string whole_error;
    gt::io::FeatureJson whole;
    try {
        whole = gt::io::features_from_text(text, "'fuzz.geojson'", "fuzz.geojson");
        if (!whole.is_array()) std::abort();
        // what view does with them next: the page's columns and JSON (copies and prints every value)
        gt::io::MapData page;
        for (const auto& f : whole) page.add(f);
        (void)gt::io::script_json(whole);
    } catch (const gt::InputError& e) {
        whole_error = e.what();
        if (whole_error.find("fuzz.geojson") == std::string::npos) std::abort();
    }
    gt::io::FeatureJson chunked;
    const std::string chunked_error = read_in_chunks(text, 1 + (size ? data[0] % 13 : 0), chunked);
    if (chunked_error != whole_error || (whole_error.empty() && chunked != whole)) std::abort();
    gt::DocumentResult r;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        (void)gt::io::parse_result_line(text.substr(at, nl - at), r);
        at = nl + 1;
    }
    return 0;
}
