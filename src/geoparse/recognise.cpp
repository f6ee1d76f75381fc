// Recognition: the longest gazetteer name over token n-grams (exact normalised keys, then the
// transliteration-folded loose key), filtered by capitalisation and context
// (docs/geoparse.md, "Recognition").
#include "geoparse/internal.hpp"
#include "geoparse/lexicon.hpp"

#include "gazetteer/format.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cstring>

namespace gt::geoparse::detail {

namespace {

constexpr std::size_t max_ngram = 6;

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
// Salah") and Romance or Germanic ("Jardim do Trevo", "Colonia de la Paz"); not the English words
// an Arabic article may also be ("as", "at", "an": "Raqqa as Syrian forces advanced").
bool name_particle(std::string_view w) noexcept {
    static constexpr std::string_view arts[] = {
        "al", "el",  "ad",  "ar", "ash", "az", "ez", "ul",  "de",  "del", "della", "di", "da",
        "do", "dos", "das", "du", "des", "la", "le", "les", "van", "von", "der",   "den"};
    return std::find(std::begin(arts), std::end(arts), w) != std::end(arts);
}

// What the postings of a key say about it. Abbreviation postings count only for a surface
// written in capitals or with dots ("US", "U.S.", "Calif."), not for "In", "It", "No".
struct KeyInfo {
    bool any = false;
    bool demonym_only = true; // every posting is a demonym
    bool strong = false;      // names a country, continent, ocean, region or first-level division
    bool abbrev_only = true;
    bool big = false;         // names a populated place of 50,000 or more
    bool mid = false;         // names a populated place of 10,000 or more
    bool country = false;     // names a country, continent or ocean (not merely a division)
    bool has_demonym = false; // some posting is a demonym
    bool own = false;         // the key is some entry's own name (or its demonym/code)
    bool alt_big = false;     // an alternate name of a place of 500,000 or more ("Cologne")
};

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

// True when the key is the entry's own name (as written, without articles, or as a spelling
// variant under the loose key) rather than one of its alternate names ("Zara" for Zadar).
bool own_name(const gazetteer::Index& idx, std::uint32_t e, std::string_view key,
              LazyLooseKey& loose) {
    char nb[text::max_name_bytes], lb[text::max_name_bytes];
    std::size_t nl = text::normalize_name(idx.name(e), nb, sizeof nb);
    std::string_view own(nb, nl);
    if (own == key || gazetteer::strip_articles(own) == gazetteer::strip_articles(key)) return true;
    if (!transliterated(std::string_view(idx.entry(e).country, 2))) return false;
    std::string_view key_loose = loose.get();
    if (key_loose.empty()) return false;
    std::size_t ll = gazetteer::loose_key(own, lb, sizeof lb);
    return std::string_view(lb, ll) == key_loose;
}

KeyInfo inspect(const gazetteer::Index& idx, std::span<const std::uint32_t> ps, bool abbrev_ok,
                std::string_view key = {}) {
    KeyInfo k;
    LazyLooseKey loose(key);
    std::size_t checked = 0;
    for (std::uint32_t p : ps) {
        std::uint32_t e = p >> 4, kind = p & 0xF;
        if (e >= idx.size()) continue;
        if (kind == gazetteer::format::kind_abbrev && !abbrev_ok) continue;
        k.any = true;
        if (kind != gazetteer::format::kind_demonym)
            k.demonym_only = false;
        else
            k.has_demonym = true;
        if (kind != gazetteer::format::kind_abbrev) k.abbrev_only = false;
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

bool is_month_or_day(std::string_view w) noexcept {
    static constexpr std::string_view words[] = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
        // abbreviations, as in datelines ("Last updated at Jun 14 2016")
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"};
    for (auto x : words)
        if (x == w) return true;
    return false;
}

bool is_speech_verb(std::string_view w) noexcept {
    static constexpr std::string_view words[] = {
        "said",   "says",     "told",  "added",  "tweeted", "wrote",  "explained",
        "argued", "insisted", "noted", "stated", "asked",   "replied"};
    for (auto x : words)
        if (x == w) return true;
    return false;
}

// A loose (transliteration) hit counts only when some entry's own main name folds to the same
// key and is spelt close to the text ("Raqqah" for "Raqqa", not "Rock").
bool loose_hit(const gazetteer::Index& idx, std::string_view key) {
    char lk[text::max_name_bytes];
    std::size_t ln = gazetteer::loose_key(key, lk, sizeof lk);
    if (ln < 2) return false;
    auto ps = idx.loose_postings({lk, ln});
    std::string_view q = gazetteer::strip_articles(key);
    std::size_t limit = std::max<std::size_t>(1, q.size() / 3);
    char nb[text::max_name_bytes], lb[text::max_name_bytes];
    std::size_t checked = 0;
    for (std::uint32_t p : ps) {
        std::uint32_t e = p >> 4;
        if (e >= idx.size() || ++checked > 64) break;
        if (!transliterated(std::string_view(idx.entry(e).country, 2))) continue;
        std::size_t nl = text::normalize_name(idx.name(e), nb, sizeof nb);
        std::size_t ll = gazetteer::loose_key({nb, nl}, lb, sizeof lb);
        if (std::string_view(lb, ll) != std::string_view(lk, ln)) continue;
        if (spelling_distance(q, gazetteer::strip_articles({nb, nl})) <= limit) return true;
    }
    return false;
}

// What the gazetteer says about an n-gram key (detail::NameMemo): its postings inspected, by
// abbrev_ok, and the transliteration test.
class KeyMemo {
  public:
    KeyInfo exact(const gazetteer::Index& idx, std::string_view key, bool abbrev_ok) {
        Known& k = memo_.at(idx, key);
        const std::uint8_t bit = abbrev_ok ? 2 : 1;
        if (!(k.have & bit)) {
            k.info[abbrev_ok] = inspect(idx, idx.exact_postings(key), abbrev_ok, key);
            k.have = static_cast<std::uint8_t>(k.have | bit);
        }
        return k.info[abbrev_ok];
    }
    bool loose(const gazetteer::Index& idx, std::string_view key) {
        Known& k = memo_.at(idx, key);
        if (!(k.have & 4)) {
            k.loose = loose_hit(idx, key);
            k.have = static_cast<std::uint8_t>(k.have | 4);
        }
        return k.loose;
    }

  private:
    struct Known {
        KeyInfo info[2]; // by abbrev_ok
        bool loose = false;
        std::uint8_t have = 0; // 1: info[0], 2: info[1], 4: loose
    };
    NameMemo<Known, 8192> memo_;
};

KeyMemo& key_memo() {
    thread_local KeyMemo memo;
    return memo;
}

} // namespace

// Context hints shared by recognised and given spans.
static void add_context(const Analysed& a, Span& s) {
    const auto& t = a.toks;
    auto norm_at = [&](std::size_t i) -> std::string_view {
        return i < t.size() && t[i].word ? a.norm(i) : std::string_view{};
    };
    // after the name: "X province", "X Governorate", "X city"
    if (s.te < t.size() && t[s.te].word && !t[s.te - 1].possessive && !s.demonym) {
        std::string_view nx = norm_at(s.te);
        auto lvl = division_word(nx);
        // "state TV", "state media": a lower-case "state" is no division word
        if (nx == "state" && !t[s.te].cap) lvl = gazetteer::DivisionLevel::none;
        if (lvl != gazetteer::DivisionLevel::none) {
            // "Aleppo countryside" is the rural part of the province, an admin1 matter
            s.division = nx == "countryside" ? gazetteer::DivisionLevel::admin1 : lvl;
            s.want_class = 'A';
        } else if (nx == "city" || nx == "town" || nx == "village") {
            s.want_class = 'P';
        }
    }
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
    if (s.tb >= 2 && t[s.tb - 1].word && norm_at(s.tb - 1) == "of") {
        std::string_view pv = norm_at(s.tb - 2);
        if (auto lvl = division_word(pv); lvl != gazetteer::DivisionLevel::none &&
                                          pv != "countryside" && pv != "state" && pv != "region") {
            s.division = lvl;
            s.want_class = 'A';
        } else if (pv == "city" || pv == "town" || pv == "village" || pv == "suburb") {
            s.want_class = 'P';
        }
    }
    if (s.tb >= 1 && t[s.tb - 1].word) {
        std::string_view pv = norm_at(s.tb - 1);
        if (pv == "the" && s.tb >= 2) pv = norm_at(s.tb - 2);
        s.after_locative = lex::is_locative(pv) && pv != "and" && pv != "of";
    }
}

namespace {

/// One recognition pass over a document: the state its steps share (a struct: its steps are
/// its methods, called in the order of recognise()).
struct Recognition {
    struct Pending {
        Span span;
        bool single_weak; // one token, not a country, division or large region
        bool small_ok;    // a large place, a dateline or all capitals
    };
    /// The longest name found from a token: its tokens [i, last], its key and what the
    /// gazetteer says of it.
    struct Candidate {
        std::size_t i = 0, last = 0, len = 0; // len in tokens; 0: none
        KeyInfo info;
        bool loose = false;   // found by the transliteration key only
        bool article = false; // opens with a lower-case Arabic article ("al-Bukamal")
    };

    const Analysed& a;
    const gazetteer::Index& idx;
    const std::vector<Tok>& t;
    const std::size_t n;
    KeyMemo& memo;
    std::vector<std::uint8_t> person;            // tokens of a person's name
    std::unordered_set<std::string_view> people; // their names: bare uses are that person
    std::vector<Pending> found;
    char key[text::max_name_bytes + 8];   // the n-gram keys, back to back
    std::size_t key_lens[max_ngram] = {}; // the key's length after each word

    Recognition(const Analysed& an, const gazetteer::Index& ix)
        : a(an), idx(ix), t(an.toks), n(an.toks.size()), memo(key_memo()), person(n, 0) {}

    void mark_people();
    void hyphen_parts(std::size_t k);
    Candidate longest(std::size_t i, bool article);
    Span span_of(const Candidate& c) const;
    void language_filters(const Candidate& c, const Span& s, bool& keep) const;
    void weak_filters(const Candidate& c, const Span& s, bool& keep);
    std::size_t longer_unknown(const Candidate& c, bool& keep);
    void name_filters(const Candidate& c, const Span& s, bool& keep);
    void accept(const Candidate& c, Span s, bool weak);
    std::vector<Span> finish();
};

// Tokens of a person's name: capitalised words after a title ("President Bashar al-Assad");
// their bare uses elsewhere in the document are that person too ("Michael Jordan" ... "Jordan").
void Recognition::mark_people() {
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (!t[i].word || !(t[i].cap || t[i].caps) || !lex::is_title(a.norm(i))) continue;
        std::size_t j = i + 1;
        if (j < n && !t[j].word && a.text.substr(t[j].begin, t[j].end - t[j].begin) == "." &&
            !t[j].space_before)
            ++j;
        int names = 0;
        for (; j < n && t[j].word && t[j].sentence == t[i].sentence; ++j) {
            std::string_view nm = a.norm(j);
            bool capital =
                t[j].cap || t[j].caps || has_upper_ascii(a.surface(t[j].begin, t[j].end));
            // "Minister of Defence", "President of Armenia": no name follows
            if (nm == "of" || nm == "the" || nm == "and" || nm == "for" || nm == "to") break;
            if (!capital && !lex::is_name_connector(nm)) break;
            if (!capital && j + 1 < n && !(t[j + 1].cap)) break;
            // title after title ("Deputy Minister", "Vice President", "Prime Minister")
            if (capital &&
                (lex::is_title(nm) || nm == "prime" || nm == "foreign" || nm == "defence" ||
                 nm == "defense" || nm == "interior" || nm == "general")) {
                continue;
            }
            person[j] = 1;
            if (capital) people.insert(nm);
            if (t[j].possessive || ++names >= 4) break;
        }
    }
}

// "Britain-based", "Turkish-backed", "anti-Russian", "ex-Soviet": a country or demonym before or
// after a hyphen inside one word; "Djibo-Mentao": two places joined by a hyphen.
void Recognition::hyphen_parts(std::size_t k) {
    const Tok& tk = t[k];
    std::string_view surf = a.surface(tk.begin, tk.end);
    std::string_view nm = a.norm(k);
    std::size_t h = surf.find('-'), sp = nm.find(' ');
    if (h == std::string_view::npos || sp == std::string_view::npos || person[k]) return;
    // one part of the word, bytes [b, e), as a mention of its own
    auto add_part = [&](std::size_t b, std::size_t e, std::string_view part, bool demonym,
                        bool modifier) {
        Span s;
        s.tb = k;
        s.te = k + 1;
        s.begin = b;
        s.end = e;
        s.key = std::string(part);
        s.demonym = demonym;
        s.embedded = modifier;
        found.push_back({std::move(s), false, true});
    };
    // "Saudi-led", "Britain-based", "Turkish-backed": a modifier, never the place of an event
    // nor what a document is about (an adjective inside a longer name)
    auto try_part = [&](std::size_t b, std::size_t e, std::string_view part) {
        KeyInfo info = inspect(idx, idx.exact_postings(part), part.size() >= 4);
        if (info.any && (info.country || info.demonym_only)) add_part(b, e, part, true, true);
    };
    // "Djibo-Mentao", "Banh-Ouahigouya": two places joined by a hyphen (a road, an axis,
    // a front between them), each taken when the gazetteer knows it by its own name
    std::size_t h_last = surf.rfind('-');
    if (tk.cap && h > 1 && h_last == h && h + 2 < surf.size() && surf[h + 1] >= 'A' &&
        surf[h + 1] <= 'Z' && sp == nm.rfind(' ')) {
        auto try_place = [&](std::size_t b, std::size_t e, std::string_view part) {
            if (part.size() < 4 || lex::is_common_word(part) || lex::is_title(part)) return;
            KeyInfo info = inspect(idx, idx.exact_postings(part), false, part);
            if (info.any && info.own && !info.abbrev_only)
                add_part(b, e, part, info.demonym_only, false);
        };
        try_place(tk.begin, tk.begin + h, nm.substr(0, sp));
        try_place(tk.begin + h + 1, tk.end, nm.substr(sp + 1));
        return;
    }
    if (tk.cap && h > 1) {
        try_part(tk.begin, tk.begin + h, nm.substr(0, sp));
        return;
    }
    std::size_t h2 = surf.rfind('-'), sp2 = nm.rfind(' ');
    if (h2 + 1 < surf.size() && surf[h2 + 1] >= 'A' && surf[h2 + 1] <= 'Z')
        try_part(tk.begin + h2 + 1, tk.end, nm.substr(sp2 + 1));
}

// Longest n-gram with an exact key, then with a loose one, from token i.
Recognition::Candidate Recognition::longest(std::size_t i, bool article) {
    const Tok& first = t[i];
    Candidate c;
    c.i = i;
    c.article = article;
    std::size_t& best_len = c.len;
    std::size_t& best_last = c.last;
    KeyInfo& best_info = c.info;
    bool& best_loose = c.loose;
    std::size_t klen = 0;
    std::size_t last_words[max_ngram];
    std::size_t words = 0;
    for (std::size_t j = i; j < n && words < max_ngram; ++j) {
        const Tok& k = t[j];
        if (k.sentence != first.sentence) break;
        if (!k.word) {
            // a dot glued to an abbreviation inside a name ("St. Louis")
            if (a.text.substr(k.begin, k.end - k.begin) == "." && !k.space_before && j + 1 < n &&
                t[j + 1].word && t[j + 1].cap)
                continue;
            break;
        }
        if (j > i) {
            std::string_view nm = a.norm(j);
            bool capital = k.cap || k.caps || has_upper_ascii(a.surface(k.begin, k.end));
            if (!capital && !lex::is_name_connector(nm)) break;
            if (t[j - 1].possessive) break;
            if (klen + 1 + k.norm_len > text::max_name_bytes) break;
            key[klen++] = ' ';
        }
        std::memcpy(key + klen, a.norms.data() + k.norm_off, k.norm_len);
        klen += k.norm_len;
        last_words[words] = j;
        key_lens[words] = klen;
        ++words;
    }
    for (std::size_t w = words; w-- > 0;) {
        std::size_t last = last_words[w];
        const Tok& lt = t[last];
        // a name does not end on a lower-case connector ("Deir ez")
        if (w > 0 && !(lt.cap || lt.caps || has_upper_ascii(a.surface(lt.begin, lt.end)))) continue;
        // a dotted abbreviation: inner dots ("U.S.", "D.C.") or four letters and more
        // ("Calif.")
        std::string_view sf = a.surface(first.begin, lt.end);
        std::size_t dot = sf.find('.');
        bool dotted = dot != std::string_view::npos && (dot + 1 < sf.size() || key_lens[w] >= 4);
        bool abbrev_ok = dotted || key_lens[w] >= 4 || (first.caps && (w == 0 || lt.caps));
        KeyInfo info = memo.exact(idx, {key, key_lens[w]}, abbrev_ok);
        if (info.any) {
            best_len = w + 1;
            best_last = last;
            best_info = info;
            break;
        }
    }
    if (best_len < 3) {
        // the transliteration key, for a longer name than any exact one ("Deir Ezzor"
        // beats a place named "Deir")
        for (std::size_t w = std::min<std::size_t>(words, 3); w-- > best_len;) {
            std::size_t last = last_words[w];
            const Tok& lt = t[last];
            if (w > 0 && !(lt.cap || lt.caps || has_upper_ascii(a.surface(lt.begin, lt.end))))
                continue;
            // (a name opening with a lower-case article, "al-Hassakeh", is no common word);
            // no word of a longer one is a common word or a month ("On June")
            if (w == 0 && !article &&
                (lex::is_common_word(a.norm(i)) || a.lower_words.count(a.norm(i))))
                break;
            bool plain_words = true;
            for (std::size_t k = 0; k <= w && w > 0 && plain_words; ++k) {
                std::string_view kn = a.norm(last_words[k]);
                if ((lex::is_common_word(kn) && !(k == 0 && article)) || is_month_or_day(kn))
                    plain_words = false;
            }
            if (!plain_words) continue;
            if (key_lens[w] < 4) continue;
            if (memo.loose(idx, {key, key_lens[w]})) {
                best_len = w + 1;
                best_last = last;
                best_loose = true;
                best_info = KeyInfo{};
                best_info.any = best_info.own = true;
                best_info.demonym_only = best_info.abbrev_only = false;
                break;
            }
        }
    }
    return c;
}

Span Recognition::span_of(const Candidate& c) const {
    const Tok& first = t[c.i];
    Span s;
    s.tb = c.i;
    s.te = c.last + 1;
    s.begin = first.begin;
    s.end = t[c.last].end;
    s.key.assign(key, key_lens[c.len - 1]);
    s.demonym = c.info.demonym_only;
    s.loose_only = c.loose;
    s.short_code = c.len == 1 && first.caps && first.norm_len <= 3;
    add_context(a, s);
    return s;
}

// Words of the language, other names, acronyms and headings.
void Recognition::language_filters(const Candidate& c, const Span& s, bool& keep) const {
    const Tok& first = t[c.i];
    const std::size_t i = c.i, best_last = c.last;
    const KeyInfo& best_info = c.info;
    const bool single = c.len == 1;
    const std::string_view nm = a.norm(i);
    // "the Red Cross": an organisation named like a small American town
    if (lex::is_org_name(s.key)) keep = false;
    if (single && !best_info.country) {
        // words of the language ("Centre", "South", "Minister", "March") are not places,
        // even when a division is named so, unless the text puts them after "in", "near" ...
        bool common = lex::is_common_word(nm);
        bool weak_position = first.sentence_start || a.title_case_line(i);
        if (common && (weak_position || !s.after_locative)) keep = false;
        if (common && nm.size() <= 3 && !first.caps) keep = false;
        if (is_month_or_day(nm) || lex::is_title(nm) || lex::is_place_modifier(nm)) keep = false;
        // short acronyms ("BA", "PM", "CNN") only as a country's or division's code
        if (first.caps && first.norm_len <= 3 && !best_info.strong) keep = false;
    }
    // a word that is only another name of some place ("Zara" for Zadar, "Chen" for
    // Chenzhou) is not taken for it unless the text puts it after "in", "near" ...
    // (a name of two words or more followed by a division word is taken: "Maidan Shar
    // district" for Maydanshakhr; not "The White House", another name of Casablanca)
    if (!best_info.own &&
        (single ? !best_info.alt_big : s.division == gazetteer::DivisionLevel::none) &&
        !s.after_locative)
        keep = false;
    // an all-caps word that is only another name of a place, or a news agency's acronym,
    // is an acronym ("SANA" the agency, not Sanaa), unless it opens a dateline ("SANAA —")
    if (single && first.caps && (!best_info.own || lex::is_agency_acronym(nm)) &&
        !(first.sentence_start && best_last + 1 < n && !t[best_last + 1].word))
        keep = false;
    // "Date of publication", "Head of ...": a capitalised common word that opens a sentence
    // and is followed by "of" is not a place (countries and divisions excepted)
    if (single && !best_info.strong && first.sentence_start && !first.caps && best_last + 1 < n &&
        t[best_last + 1].word && a.norm(best_last + 1) == "of")
        keep = false;
}

// A weak match (one word, no country, division or large region): bodies, offices, people.
void Recognition::weak_filters(const Candidate& c, const Span& s, bool& keep) {
    const Tok& first = t[c.i];
    const std::size_t i = c.i, best_last = c.last;
    const KeyInfo& best_info = c.info;
    const bool article = c.article;
    const std::string_view nm = a.norm(i);
    // "Supreme Court", "University of ...", "Chamber of Commerce"
    if (lex::is_org_word(nm)) keep = false;
    std::size_t nx0 = best_last + 1;
    if (!best_info.big && nx0 < n && t[nx0].word && t[nx0].cap && lex::is_org_word(a.norm(nx0)) &&
        !lex::is_name_connector(a.norm(nx0)))
        keep = false;
    // "Minister of Economy", "Bank of Commerce": an office or body, not a place
    if (!best_info.big && i >= 2 && t[i - 1].word && a.norm(i - 1) == "of" && t[i - 2].word &&
        t[i - 2].cap && !t[i - 2].sentence_start)
        keep = false;
    bool seen_lower = a.lower_words.count(nm) != 0 && !article;
    if (seen_lower && !s.after_locative) keep = false;
    // a bare abbreviation that is not all capitals ("Mt", "Co") is rarely a place
    if (best_info.abbrev_only && !first.caps && first.norm_len <= 3) keep = false;
    // all-caps words (acronyms) are places when they name a country, a division or a
    // large place, or open a dateline ("GENEVA —")
    if (first.caps && !first.sentence_start && !best_info.big) keep = false;
    // "Zuma said": a small place does not speak
    if (!best_info.big && best_last + 1 < n && t[best_last + 1].word &&
        is_speech_verb(a.norm(best_last + 1))) {
        keep = false;
        people.insert(nm);
    }
    // "David Smith", "Tyler Hicks": a small place's name followed by a capitalised word
    // that is neither a place, a type word nor an organisation word is a person's name
    std::size_t nx = best_last + 1;
    if (keep && nx < n && t[nx].word && t[nx].cap && !t[nx].caps && !a.title_case_line(i) &&
        t[nx].sentence == first.sentence && !first.caps && !t[best_last].possessive) {
        std::string_view nn = a.norm(nx);
        if (!lex::is_org_word(nn) && division_word(nn) == gazetteer::DivisionLevel::none &&
            !lex::is_name_connector(nn) && !lex::is_common_word(nn) &&
            !inspect(idx, idx.exact_postings(nn), false).any) {
            keep = false;
            people.insert(nm);
        }
    }
}

// "Cabo Delgado", "Davao Oriental": a town's name followed by another capitalised name is the
// first word of a longer name the gazetteer does not know as written; neither word is taken
// alone (the next one is skipped too). Returns where the next name may start.
std::size_t Recognition::longer_unknown(const Candidate& c, bool& keep) {
    const Tok& first = t[c.i];
    const std::size_t i = c.i, best_last = c.last;
    const KeyInfo& best_info = c.info;
    const bool single = c.len == 1;
    std::size_t resume = best_last + 1; // where the next name may start
    if (keep && single && !best_info.country && !first.caps && !a.title_case_line(i) &&
        !t[best_last].possessive && best_last + 1 < n) {
        // "Madinat al Salah", "Jardim do Trevo": the name goes on after a lower-case article
        std::size_t nj = best_last + 1;
        bool via_article = nj + 1 < n && t[nj].word && !t[nj].cap && name_particle(a.norm(nj)) &&
                           t[nj + 1].word && t[nj + 1].cap && t[nj + 1].sentence == first.sentence;
        if (via_article) ++nj;
        const Tok& nx = t[nj];
        std::string_view nn = a.norm(nj);
        if (nx.word && nx.cap && !nx.caps && nx.sentence == first.sentence && nx.space_before &&
            !lex::is_org_word(nn) && division_word(nn) == gazetteer::DivisionLevel::none &&
            !lex::is_name_connector(nn) && !lex::is_common_word(nn) && !lex::is_title(nn) &&
            !is_month_or_day(nn) && nn != "city" && nn != "town" && nn != "village") {
            KeyInfo next = memo.exact(idx, nn, false);
            // (two known towns side by side are a list written without its comma:
            // "shells in Damascus Aleppo and Idleb")
            if ((via_article || (next.any && next.own && !next.strong && !next.big)) &&
                !best_info.big && !next.demonym_only) {
                keep = false;
                resume = nj + 1;
            }
        }
    }
    return resume;
}

// Articles, function words, plural demonyms and first names before a place.
void Recognition::name_filters(const Candidate& c, const Span& s, bool& keep) {
    const Tok& first = t[c.i];
    const std::size_t i = c.i;
    const KeyInfo& best_info = c.info;
    const bool single = c.len == 1;
    const std::string_view nm = a.norm(i);
    if (single && !best_info.country) {
        // "La Niña", "El Niño": the word after an article that begins a longer unknown name
        if (i > 0 && t[i - 1].word && t[i - 1].cap && t[i - 1].sentence == first.sentence &&
            lex::is_name_connector(a.norm(i - 1)) && !best_info.strong)
            keep = false;
        // an article or particle alone ("La", "El", "De") is no place
        if (lex::is_name_connector(nm) && !first.caps) keep = false;
    }
    if (single && best_info.strong && first.sentence_start && lex::is_common_word(nm) &&
        !first.caps) {
        // "Chad", "Jordan" at a sentence start are kept; function words are not
        if (nm.size() <= 3) keep = false;
    }
    // plural demonyms name people, not places ("Syrians", "Mexicans")
    if (keep && single && nm.size() > 3 && nm.back() == 's') {
        KeyInfo sing = inspect(
            idx, idx.exact_postings(std::string_view(s.key).substr(0, s.key.size() - 1)), false);
        if (sing.has_demonym && best_info.has_demonym) keep = false;
    }
    // "Firstname Place": a capitalised word before that is not itself a place or a modifier
    if (keep && i > 0 && t[i - 1].word && (t[i - 1].cap) && !t[i - 1].caps &&
        !a.title_case_line(i) && t[i - 1].sentence == first.sentence && !best_info.strong &&
        !s.demonym) {
        std::string_view pv = a.norm(i - 1);
        bool prev_is_place = !found.empty() && found.back().span.te == i;
        // "Syrias Raqa": a country's possessive written without its apostrophe
        if (!prev_is_place && pv.size() > 3 && pv.back() == 's' &&
            inspect(idx, idx.exact_postings(pv.substr(0, pv.size() - 1)), false).country)
            prev_is_place = true;
        bool prev_weak =
            t[i - 1].sentence_start && (lex::is_common_word(pv) || a.lower_words.count(pv));
        if (!prev_is_place && !prev_weak && !lex::is_place_modifier(pv) &&
            !lex::is_name_connector(pv) && !lex::is_common_word(pv) && !lex::is_title(pv) &&
            division_word(pv) == gazetteer::DivisionLevel::none) {
            keep = false;
            if (single) people.insert(nm);
        }
    }
}

void Recognition::accept(const Candidate& c, Span s, bool weak) {
    const Tok& first = t[c.i];
    const std::size_t best_last = c.last;
    const KeyInfo& best_info = c.info;
    const std::string_view nm = a.norm(c.i);
    // embedded in an organisation's name: "Syrian Observatory for Human Rights"; a
    // country's name before a currency or market is a modifier ("the US dollar")
    std::size_t nx = best_last + 1;
    if (nx < n && t[nx].word && (t[nx].cap || t[nx].caps) && lex::is_org_word(a.norm(nx)))
        s.embedded = true;
    if (nx < n && t[nx].word && best_info.country && lex::is_currency_word(a.norm(nx)))
        s.embedded = true;
    bool dateline = first.caps || (best_last + 1 < n && !t[best_last + 1].word);
    // a town of some size that opens a sentence ("Avdiivka lies ..."), when its name is
    // no word of the language
    bool named_town = best_info.mid && !lex::is_common_word(nm) && !a.lower_words.count(nm) &&
                      !is_month_or_day(nm);
    found.push_back({std::move(s), weak, best_info.big || dateline || named_town});
}

// People's names found anywhere in the document rule out their bare uses as places ("President
// Michael Jordan" ... "Jordan said"), but not "in Jordan". A small place that opens a sentence
// counts only when the document also names it elsewhere.
std::vector<Span> Recognition::finish() {
    std::vector<Span> out;
    std::unordered_set<std::string_view> mid;
    for (const auto& f : found)
        if (!t[f.span.tb].sentence_start) mid.insert(f.span.key);
    for (auto& f : found) {
        bool single = f.span.te == f.span.tb + 1;
        if (single && !f.span.after_locative && people.count(f.span.key)) continue;
        if (f.single_weak && !f.small_ok && t[f.span.tb].sentence_start && !mid.count(f.span.key))
            continue;
        out.push_back(std::move(f.span));
    }
    return out;
}

} // namespace

std::vector<Span> recognise(const Analysed& a, const gazetteer::Index& idx) {
    Recognition r(a, idx);
    r.mark_people();
    const auto& t = a.toks;
    std::size_t i = 0;
    while (i < r.n) {
        const Tok& first = t[i];
        bool article = first.word && !first.cap && article_name(a.surface(first.begin, first.end));
        if (!first.word || first.number || !(first.cap || first.caps || article) || r.person[i] ||
            first.norm_len == 0) {
            if (first.word && !first.number && !first.cap && first.norm_len > 0) r.hyphen_parts(i);
            ++i;
            continue;
        }
        Recognition::Candidate c = r.longest(i, article);
        if (c.len == 0) {
            r.hyphen_parts(i);
            ++i;
            continue;
        }
        Span s = r.span_of(c);
        bool keep = true;
        bool weak = c.len == 1 && !c.info.strong;
        r.language_filters(c, s, keep);
        if (weak) r.weak_filters(c, s, keep);
        std::size_t resume = r.longer_unknown(c, keep);
        r.name_filters(c, s, keep);
        if (keep) r.accept(c, std::move(s), weak);
        i = resume;
    }
    return r.finish();
}

std::vector<Span> spans_for(const Analysed& a,
                            const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
    std::vector<Span> out;
    out.reserve(ranges.size());
    for (auto [b, e] : ranges) {
        Span s;
        s.begin = std::min(b, a.text.size());
        s.end = std::min(std::max(e, s.begin), a.text.size());
        s.gold = true;
        s.tb = token_at(a, s.begin);
        s.te = token_at(a, s.end);
        if (s.te < s.tb) s.te = s.tb;
        s.key = text::normalize_name(a.surface(s.begin, s.end));
        if (s.te > s.tb) add_context(a, s);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace gt::geoparse::detail
