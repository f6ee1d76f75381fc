#include "io/json_depth.hpp"

namespace gt::io {

std::size_t json_too_deep(std::string_view text, std::size_t max_depth) noexcept {
    std::size_t depth = 0, line = 1;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (c == '\n') ++line;
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return line;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return 0;
}

std::string json_depth_message() {
    return "JSON nested deeper than " + std::to_string(max_json_depth) +
           " levels (arrays and objects); no output of geotimeline nests so deep";
}

} // namespace gt::io
