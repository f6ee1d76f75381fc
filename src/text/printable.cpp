#include "text/printable.hpp"

namespace gt::text {

std::string printable(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
            const auto cp = static_cast<unsigned char>(s[++i]); // U+0080..U+009F in UTF-8
            out += "\\u00";
            out += kHex[cp >> 4];
            out += kHex[cp & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string clip(std::string_view s, std::size_t max) {
    if (s.size() <= max) return std::string(s);
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xc0) == 0x80) --end; // not inside a character
    return std::string(s.substr(0, end)) + "… (" + std::to_string(s.size()) + " bytes, cut)";
}

} // namespace gt::text
