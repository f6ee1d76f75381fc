#pragma once
// What the gazetteer says about a name key, the word tests of recognition, and the context hints
// of a span (internal to src/geoparse; recognise.cpp uses them, spans_for too).

#include "geoparse/internal.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace gt::geoparse::detail {

/// The longest name recognition tries, in tokens.
inline constexpr std::size_t max_ngram = 6;

bool has_upper_ascii(std::string_view s) noexcept;
/// "province", "governorate" ... (first level); "county", "district" ... (second level).
gazetteer::DivisionLevel division_word(std::string_view w) noexcept;
/// The plural division word, singular ("state", "county"), after a list of names that goes on
/// from token j ("Edo and Ondo states"); empty without one (keys.cpp).
std::string_view listed_division_word(const Analysed& a, std::size_t j, bool last_of_list);
/// "al-Bukamal", "ash-Shaddadi": a lower-case Arabic article glued to a capitalised name.
bool article_name(std::string_view w) noexcept;
/// An article or particle inside a name, written as a word of its own ("Madinat al Salah",
/// "Jardim do Trevo"); not the English words an Arabic article may also be ("as", "at", "an").
bool name_particle(std::string_view w) noexcept;
bool is_month_or_day(std::string_view w) noexcept;
bool is_speech_verb(std::string_view w) noexcept;

// What the postings of a key say about it. Abbreviation postings count only for a surface
// written in capitals or with dots ("US", "U.S.", "Calif."), not for "In", "It", "No".
struct KeyInfo { // bits: two bytes (KeyMemo holds two per key it has seen)
    bool any : 1 = false;
    bool demonym_only : 1 = true; // every posting is a demonym
    bool strong : 1 = false;  // names a country, continent, ocean, region or first-level division
    bool abbrev_only : 1 = true;
    bool big : 1 = false;     // names a populated place of 50,000 or more
    bool mid : 1 = false;     // names a populated place of 10,000 or more
    bool country : 1 = false; // names a country, continent or ocean (not merely a division)
    bool has_demonym : 1 = false; // some posting is a demonym
    bool own : 1 = false;     // the key is some entry's own name (or its demonym/code)
    bool alt_big : 1 = false; // an alternate name of a place of 500,000 or more ("Cologne")
    bool has_abbrev : 1 = false; // some posting is an abbreviation ("Mont." for Montana)
};
static_assert(sizeof(KeyInfo) <= 2);

/// The postings `ps` of a key inspected (`key`: the key itself, for the own-name test).
KeyInfo inspect(const gazetteer::Index& idx, std::span<const std::uint32_t> ps, bool abbrev_ok,
                std::string_view key = {});
/// What the gazetteer says about the key with its "wa"/"va" written "and" ("Sistan va
/// Baluchestan"; gazetteer::and_key); nothing when it has none.
KeyInfo inspect_and_key(const gazetteer::Index& idx, std::string_view key, bool abbrev_ok);

/// A loose (transliteration) hit counts only when some entry's own main name folds to the same
/// key and is spelt close to the text ("Raqqah" for "Raqqa", not "Rock"), in a country whose
/// names come through transliteration, or in any country for a level of the text's own
/// hierarchy (`level_slot`: "Budgam district, J&K" for Badgam; ranking keeps it only inside
/// the container the text states).
bool loose_hit(const gazetteer::Index& idx, std::string_view key, bool level_slot = false);
/// The smallest spelling distance of `key` to an own name its loose key finds in any country
/// (loose_hit's test), SIZE_MAX when none is close enough.
std::size_t loose_gap(const gazetteer::Index& idx, std::string_view key);

// What the gazetteer says about an n-gram key (detail::NameMemo): its postings inspected, by
// abbrev_ok, and the transliteration test.
class KeyMemo {
  public:
    KeyInfo exact(const gazetteer::Index& idx, std::string_view key, bool abbrev_ok) {
        Known& k = memo_.at(idx, key);
        const std::uint8_t bit = abbrev_ok ? 2 : 1;
        if (!(k.have & bit)) {
            k.info[abbrev_ok] = inspect(idx, idx.exact_postings(key), abbrev_ok, key);
            if (!k.info[abbrev_ok].any)
                if (KeyInfo and_info = inspect_and_key(idx, key, abbrev_ok); and_info.any)
                    k.info[abbrev_ok] = and_info;
            k.have = static_cast<std::uint8_t>(k.have | bit);
        }
        return k.info[abbrev_ok];
    }
    bool loose(const gazetteer::Index& idx, std::string_view key, bool level_slot = false) {
        Known& k = memo_.at(idx, key);
        const std::uint8_t bit = level_slot ? 8 : 4;
        if (!(k.have & bit)) {
            k.loose[level_slot] = loose_hit(idx, key, level_slot);
            k.have = static_cast<std::uint8_t>(k.have | bit);
        }
        return k.loose[level_slot];
    }

  private:
    struct Known {
        KeyInfo info[2]; // by abbrev_ok
        bool loose[2] = {false, false}; // by level_slot
        std::uint8_t have = 0; // 1: info[0], 2: info[1], 4: loose[0], 8: loose[1]
    };
    NameMemo<Known, 8192> memo_;
};

/// The thread's KeyMemo.
KeyMemo& key_memo();

/// Context hints shared by recognised and given spans (docs/geoparse.md, "Recognition"); with
/// the index, an "and" inside a name it knows ("Jammu and Kashmir") ends no list.
void add_context(const Analysed& a, Span& s, const gazetteer::Index* idx = nullptr);

} // namespace gt::geoparse::detail
