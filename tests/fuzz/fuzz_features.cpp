// libFuzzer target: the GeoJSON feature reader of `view` (io::features_from_text: a
// FeatureCollection, a Feature, GeoJSONSeq) and the event JSONL reader of `merge` and --resume
// (io::parse_result_line, each line). Every input is read or refused with an InputError;
// nothing may crash, overflow the stack (issue #15: 80,000 levels of nesting) or leak.
#include "core/error.hpp"
#include "core/event.hpp"
#include "io/event_reader.hpp"
#include "io/html_map.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        gt::io::FeatureJson features = gt::io::features_from_text(text, "'fuzz.geojson'", "fuzz.geojson");
        if (!features.is_array()) std::abort();
        // what view does with them next: the page's JSON (copies and prints every value)
        (void)gt::io::script_json(features);
    } catch (const gt::InputError& e) {
        if (std::string_view(e.what()).find("fuzz.geojson") == std::string_view::npos) std::abort();
    }
    gt::DocumentResult r;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        (void)gt::io::parse_result_line(text.substr(at, nl - at), r);
        at = nl + 1;
    }
    return 0;
}
