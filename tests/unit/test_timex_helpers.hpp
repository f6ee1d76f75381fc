#pragma once
// Helpers of the timex unit tests.
#include "timex/tagger.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gt::test {

inline Dct dct(const char* d) {
    Dct x;
    x.value = d;
    x.source = "--date";
    return x;
}

/// The expression whose text is `what` in `text` tagged with `d`; type "NONE" when absent.
struct Found {
    std::string text, type = "NONE", value;
};

inline Found find(std::string_view text, std::string_view what, const Dct& d) {
    for (const auto& t : timex::tag(text, d)) {
        if (t.text == what) return {t.text, std::string(to_string(t.type)), t.value};
    }
    return {};
}

inline std::string value(std::string_view text, std::string_view what, const char* d) {
    Found f = find(text, what, dct(d));
    return f.type == "NONE" ? "<not found: " + std::string(what) + ">" : f.value;
}

inline std::vector<std::string> texts(std::string_view text, const char* d) {
    std::vector<std::string> out;
    for (const auto& t : timex::tag(text, dct(d))) out.push_back(t.text);
    return out;
}

} // namespace gt::test
