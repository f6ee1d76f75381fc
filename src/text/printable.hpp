#pragma once
// Untrusted text (document ids, file names, parser messages quoting a line) made safe to print
// in a message (issue #15): terminal control characters escaped, and bounded in length.

#include <cstddef>
#include <string>
#include <string_view>

namespace gt::text {

/// `s` with C0 control characters, DEL and the C1 controls (U+0080..U+009F) written as
/// visible escapes (`\x1b`, `\u009b`), so that an id cannot move the cursor, recolour or
/// retitle the user's terminal. Other bytes as they are.
std::string printable(std::string_view s);

/// `s` cut after `max` bytes at a code point boundary, with a note of how much was left out
/// ("… (40000017 bytes, cut)"); `s` itself when it is not longer.
std::string clip(std::string_view s, std::size_t max);

} // namespace gt::text
