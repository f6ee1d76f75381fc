#pragma once
// The ASCII form of a place name, as GeoNames writes its `asciiname` and ACLED its `location`:
// diacritics dropped ("Genève" -> "Geneve", "Al Ḩudaydah" -> "Al Hudaydah", "Đà Nẵng" -> "Da
// Nang"), letters that do not decompose spelled out ("ß" -> "ss", "ø" -> "o", "ł" -> "l",
// "ı" -> "i", "æ" -> "ae"), ‘ayn and hamza marks (‘ ’ ʿ ʾ ʻ ʼ) dropped, case and spacing kept.

#include <string>
#include <string_view>

namespace gt::text {

/// The ASCII form of `name` (valid UTF-8 in, valid UTF-8 out). A letter with no Latin reading
/// (a name in Arabic or Cyrillic script) is kept as written, so the result is ASCII whenever
/// the name is in Latin script. Returns `name` unchanged when it is ASCII already.
std::string ascii_name(std::string_view name);

} // namespace gt::text
