#pragma once
// Internals of the geoparser shared by its source files (not part of the interface).

#include "core/place.hpp"
#include "core/word_hash.hpp"
#include "gazetteer/index.hpp"
#include "gazetteer/names.hpp"
#include "text/segment.hpp"
#include "text/word_map.hpp"
#include "text/word_set.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace gt::geoparse::detail {

/// What the gazetteer said about names, remembered per thread across documents: the same names
/// come back in article after article, and each answer costs postings looked up in a large
/// mapping, own names normalised and transliteration keys folded. Bounded: it starts over when
/// it holds `Capacity` names. Keyed by the index's serial, so an index opened later never sees
/// another's answers. The answers are the same with or without it (pure functions of the index
/// and the name). Used as `thread_local`.
///
/// One table of 2 x Capacity slots made once (a power of two), open addressing: a slot holds the
/// name's hash, where its bytes are in one string of keys, and the answer, so that a lookup
/// reads a slot and the key's bytes, and starting over is a fill of the slots (a
/// text::WordMap's entries were a std::string each, and a slot and an entry two lines to read).
template <class V, std::size_t Capacity>
class NameMemo {
  public:
    /// The entry of `name` for `idx`, default-constructed when new (valid until the next call).
    V& at(const gazetteer::Index& idx, std::string_view name) {
        if (serial_ != idx.serial() || size_ >= Capacity || slots_.empty()) {
            reset();
            serial_ = idx.serial();
        }
        const auto h = static_cast<std::uint32_t>(word_hash(name));
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.len == 0) { // free: the name is new
                s.hash = h;
                s.off = static_cast<std::uint32_t>(keys_.size());
                s.len = static_cast<std::uint32_t>(name.size() + 1);
                keys_.append(name);
                ++size_;
                return s.value;
            }
            if (s.hash == h && s.len == name.size() + 1 && keys_.compare(s.off, name.size(), name) == 0)
                return s.value;
        }
    }

  private:
    static constexpr std::size_t slot_count = std::bit_ceil(2 * Capacity);
    static constexpr std::size_t mask = slot_count - 1;
    struct Slot {
        std::uint32_t hash = 0, off = 0;
        std::uint32_t len = 0; // the name's bytes + 1; 0: a free slot
        V value{};
    };
    void reset() {
        if (slots_.empty()) slots_.resize(slot_count);
        else std::fill(slots_.begin(), slots_.end(), Slot{});
        keys_.clear();
        size_ = 0;
    }

    std::uint64_t serial_ = 0;
    std::size_t size_ = 0;
    std::vector<Slot> slots_;
    std::string keys_; // the names, back to back
};

/// A token with its normalised form (possessive "'s" dropped) and its sentence.
struct Tok {                          // 20 bytes: a big document has one per token
    std::uint32_t begin = 0, end = 0; // byte span; end excludes a possessive "'s"
    std::uint32_t norm_off = 0;
    std::uint32_t sentence = 0;
    std::uint16_t norm_len = 0;       // at most text::max_name_bytes
    bool word : 1 = false, number : 1 = false, cap : 1 = false, caps : 1 = false;
    bool sentence_start : 1 = false; // first word of its sentence
    bool possessive : 1 = false;
    bool space_before : 1 = true; // whitespace between this token and the previous one
};
static_assert(sizeof(Tok) <= 20);

/// The text cut into tokens with normalised forms, built once per document.
struct Analysed {
    std::string_view text;
    std::vector<Tok> toks;
    std::vector<text::Sentence> sentences;
    std::string norms;                                // all normalised forms, back to back
    text::WordSet lower_words;                        // normalised forms seen written in lower case
    bool title_case_line(std::size_t tok) const;      // the token's sentence is in title case

    std::string_view norm(std::size_t i) const {
        return {norms.data() + toks[i].norm_off, toks[i].norm_len};
    }
    std::string_view surface(std::size_t b, std::size_t e) const { return text.substr(b, e - b); }
    std::vector<std::uint8_t> title_case; // per sentence: 1 when most of its words are capitalised
};

/// Length of a trailing possessive ("'s", "’s") of a word, 0 when none: analyse() keeps it out
/// of the token.
std::size_t possessive_len(std::string_view w) noexcept;

Analysed analyse(std::string_view text);
/// The same from the text's segmentation (text::segment(text)).
Analysed analyse(std::string_view text, const text::Segmented& seg);

/// The token index of the first token whose begin >= byte (toks.size() when none).
std::size_t token_at(const Analysed& a, std::size_t byte);

/// A recognised mention before resolution.
struct Span {
    std::size_t tb = 0, te = 0;     // token range [tb, te)
    std::size_t begin = 0, end = 0; // bytes
    SharedStr key;                  // normalised name (shared_vocab: one block a name, issue #15)
    // Its own vote for the document's countries (resolve's focus_of): the country (two
    // letters, none when the first is 0) and weight
    char vote_cc[2] = {0, 0};
    bool demonym = false;
    bool embedded = false; // part of an organisation's name ("Syrian Observatory ...")
    gazetteer::DivisionLevel division = gazetteer::DivisionLevel::none; // "X province"
    char want_class = 0;         // 'P' after "the city of", 'A' for "X province"
    bool after_locative = false; // "in X", "near X"
    bool stated_container = false; // "Korko (Barsalogho, Sanmatenga)": a level of the text's hierarchy
    bool loose_only = false;     // found by the transliteration key only
    bool gold = false;           // a span given by the caller: resolve whatever it is
    bool inner = false;          // a given span resolved through a place named inside it
    bool short_code = false;     // an all-capitals word of two or three letters ("BA", "MP")
    bool part_of_town = false;   // a neighbourhood, street or square ("X neighborhood")
    bool site = false;           // names a site at or in the town: "the Zahle roundabout", "the
                                 // Kano-Zaria road", "Beirut's Hamra district" (precision 2)
    bool road_end = false;       // an end of a road between two places ("the Kano-Zaria road")
    bool town_part = false;      // a part of the town before it ("Hamra" in "Beirut's Hamra district")
    bool english = false;        // looked up by its key, not as written ("Nord-Kivu": north kivu)
    bool respelt = false;        // read joined or split otherwise ("Elwak": el wak)
    bool facility = false;       // shown with the site or institution it opens ("Manila Cathedral")
    bool division_hint = false;  // "the Soum", "in Bam ... in the province": may name a division
    // The mention as written when it takes words beyond the name ("South Texas", "Stoke
    // City": read and resolved as "Texas", "Stoke"), bytes; 0, 0: [begin, end)
    std::size_t shown_begin = 0, shown_end = 0;
    double vote_w = 0;
    std::string_view vote() const noexcept {
        return vote_cc[0] ? std::string_view(vote_cc, 2) : std::string_view{};
    }
};

static_assert(sizeof(Span) <= 88); // one per place mention of a big document (112 with a std::string key)

/// Finds candidate mentions (docs/geoparse.md, "Recognition").
std::vector<Span> recognise(const Analysed& a, const gazetteer::Index& idx,
                            const std::vector<std::string>& hints = {});

/// Builds Spans for given byte ranges (gold spans), with the same context hints.
std::vector<Span> spans_for(const Analysed& a,
                            const std::vector<std::pair<std::size_t, std::size_t>>& ranges);

/// Resolves spans against the gazetteer with the whole document as context.
std::vector<PlaceMention> resolve(const Analysed& a, const gazetteer::Index& idx,
                                  std::vector<Span>& spans,
                                  const std::vector<std::string>& country_hints = {});

/// The whole names of the sites and institutions that places open (Span::facility: "Manila
/// Cathedral"), as `Geoparser::parse` shows them; `out` is resolve's output for `spans`. The
/// events pipeline reads the place's own name (its sites, roads and relative places).
void show_sites(const Analysed& a, const std::vector<Span>& spans, std::vector<PlaceMention>& out);

/// Fills the resolution fields of m from a gazetteer entry.
void fill_from_entry(const gazetteer::Index& idx, std::uint32_t entry, PlaceMention& m);

/// Countries whose place names reach English through transliteration from Arabic or Persian
/// script, where the loose key applies (docs/gazetteer.md, "Matching").
bool transliterated(std::string_view country_code);

/// A final "h" after a vowel is a transliteration's spelling of the same sound ("Raqqah",
/// "Hasakah"): dropped before a spelling distance is taken ("Raqa" for "Ar Raqqah").
inline std::string_view drop_final_h(std::string_view s) noexcept {
    if (s.size() >= 3 && s.back() == 'h' &&
        std::string_view("aeiou").find(s[s.size() - 2]) != std::string_view::npos)
        s.remove_suffix(1);
    return s;
}

/// How far apart two spellings of one name are, counting a vowel written for another as no
/// difference ("Hodeidah" and "Hudaydah", "Hasakeh" and "Hasakah" are the same name in
/// different transliterations): the edit distance of the two with every vowel folded to one
/// letter, after a final "h" after a vowel is dropped. With `glides`, y and w count as vowels
/// too ("Hodeidah" and "Hudaydah" are then the same spelling).
std::size_t spelling_distance(std::string_view a, std::string_view b, bool glides = false);

/// Whether the mention's key is the entry's own normalised name: as written, without
/// articles, or, for a city of 100,000 people or more (`population`), without the word "city"
/// its name ends in ("New York" for New York City, "Gaza" for Gaza City, "Quezon" for Quezon
/// City; not "Montana" for the village of Montana City): the name the text uses for the
/// city, not one of its alternate names.
bool is_own_name(std::string_view own, std::string_view key, std::uint64_t population) noexcept;

/// is_own_name for entry e whose normalised own name is `own`; a first- or second-level
/// division's own name, in a country whose names are transliterated, counts without its
/// generic word too ("asir" for "'Asir Region", "hadramaout" for "Muhafazat Hadramaout";
/// gazetteer::division_name_core).
bool is_own_name_of(const gazetteer::Index& idx, std::uint32_t e, std::string_view own,
                    std::string_view key) noexcept;

/// Entry e, whose normalised own name is `own`, is a first- or second-level division whose name
/// without its generic word is `key` (articles aside): "mandalay" for "Mandalay Region".
bool division_core_is(const gazetteer::Index& idx, std::uint32_t e, std::string_view own,
                      std::string_view key) noexcept;

/// ACLED geo precision of an entry: 3 countries, first-level divisions, regions, continents,
/// seas; 2 second-level divisions; 1 populated places and sites.
GeoPrecision precision_of(const gazetteer::Index& idx, std::uint32_t entry);

} // namespace gt::geoparse::detail
