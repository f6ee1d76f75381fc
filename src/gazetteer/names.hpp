#pragma once
// Matching keys for place names. Two keys per name:
//  - the exact key: text::normalize_name ("Deir ez-Zor" -> "deir ez zor");
//  - the loose key, which also folds Arabic article variants and common transliteration
//    differences, so "Deir ez-Zor", "Deir al-Zour", "Deir Ezzor" and "Dayr az-Zawr" share
//    "dr zr", and "Raqqa", "Ar Raqqah", "al-Raqqa" share "rk".
// Both allocate nothing: they write into caller buffers of text::max_name_bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace gt::gazetteer {

/// Loose key of an already normalised name; returns its length (0 when it has none,
/// e.g. for names without Latin letters).
std::size_t loose_key(std::string_view normalised, char* out, std::size_t cap) noexcept;
std::string loose_key(std::string_view normalised);

/// The normalised name with its inner Arabic and Persian "and" words ("wa", "va") written
/// "and" ("sistan va baluchestan" -> "sistan and baluchestan", GeoNames' spelling); returns
/// its length, 0 when it has none.
std::size_t and_key(std::string_view normalised, char* out, std::size_t cap) noexcept;

/// A normalised word that is an Arabic definite article as transliterated ("al", "el", "ash",
/// "ad" ...).
bool is_article(std::string_view word) noexcept;

/// The normalised name without leading Arabic articles ("ar raqqah" -> "raqqah").
std::string_view strip_articles(std::string_view normalised) noexcept;

/// Levenshtein distance of two short strings (each at most 64 bytes are compared);
/// allocates nothing.
std::size_t edit_distance(std::string_view a, std::string_view b) noexcept;

/// What a type word after or before a name asks for ("Deir ez-Zor Governorate",
/// "Province of Idlib", "Orange County").
enum class DivisionLevel { none, admin1, admin2 };

/// When the normalised name starts or ends with a division's generic word, returns the level
/// that word most often names and sets `core` to the rest: "X governorate|province|region|
/// state|oblast|prefecture|wilaya(h)|muhafazah|emirate|canton|krai|department|division ..."
/// (admin1), "X county|district|municipality|raion|rayon|parish|regency|township ..." (admin2),
/// "province of X", "wilayat X", "muhafazat X", "kabupaten X" ("deir ez zor governorate" ->
/// admin1, "deir ez zor").
DivisionLevel split_division_word(std::string_view normalised, std::string_view& core) noexcept;

/// True when every word of the normalised name is a compass, position or size word that names
/// no place on its own ("western", "north west", "central", "upper"): a division or town so
/// named (Fiji's "Western", Cameroon's "West", West in Texas) is a direction in running text.
bool names_nothing_alone(std::string_view normalised) noexcept;

/// The name a division's normalised name gives without its generic word, for indexing
/// ("cabo delgado province" -> "cabo delgado", "wilayat nizwa" -> "nizwa"); empty when it has
/// none, when the rest names nothing on its own ("eastern province", "federal district"), or
/// for "X of Y" forms ("district of columbia" is not "columbia").
std::string_view division_name_core(std::string_view normalised) noexcept;

} // namespace gt::gazetteer
