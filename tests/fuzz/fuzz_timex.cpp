// libFuzzer target: the temporal tagger (src/timex) on arbitrary bytes, with and without a
// document creation time, plus the dateline finder and the DCT normaliser.
#include "timex/tagger.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    gt::Dct dct;
    dct.value = "2017-09-09";
    dct.source = "json";
    for (const gt::Dct& d : {dct, gt::Dct{}}) {
        auto found = gt::timex::tag(text, d);
        std::size_t last_end = 0;
        for (const auto& t : found) {
            // Sorted, non-overlapping, inside the text (the documented contract).
            if (t.begin < last_end || t.end < t.begin || t.end > text.size()) std::abort();
            last_end = t.end;
        }
    }
    (void)gt::timex::find_dateline(text);
    (void)gt::timex::normalize_dct(text.substr(0, 64));
    (void)gt::timex::find_dct("", text.substr(0, 64), text);
    return 0;
}
