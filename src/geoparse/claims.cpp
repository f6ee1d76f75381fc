// Spatial statements (docs/geoparse.md, "Spatial claims"): "X lies N km DIR of Y" checked
// against the geodesic from Y to X, and places given relative to another ("30 km north of
// Aleppo", "outside Raqqa", "near Homs").
#include "geoparse/claims.hpp"
#include "geoparse/geoparser.hpp"

#include "geo/geodesy.hpp"
#include "geoparse/lexicon.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace gt::geoparse::detail {

namespace {

std::string_view surf(const Analysed& a, std::size_t i) {
    return a.surface(a.toks[i].begin, a.toks[i].end);
}

bool is_punct(const Analysed& a, std::size_t i, std::string_view p) {
    return i < a.toks.size() && !a.toks[i].word && surf(a, i) == p;
}

// Parses "140", "1,200", "12.5" (and "140km": the unit is returned in `tail`).
bool parse_number(std::string_view s, double& v, std::string_view& tail) {
    std::string digits;
    std::size_t i = 0;
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c == '.' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9')
            digits += c;
        else if (c == ',' && i + 3 < s.size() + 0 && s[i + 1] >= '0' && s[i + 1] <= '9')
            continue;
        else
            break;
    }
    if (digits.empty()) return false;
    tail = s.substr(i);
    while (!tail.empty() && tail.front() == '-')
        tail.remove_prefix(1);
    v = std::strtod(digits.c_str(), nullptr);
    return std::isfinite(v) && v > 0;
}

bool usable(const PlaceMention& m) {
    return m.resolved && !m.demonym && !m.relative;
}

// A subject whose distance can be stated: no country, first-level division, continent, region
// or sea ("Europe, located 50 miles east of Paris" is a misreading, and a distance from an area
// is to its edge, not its centre).
bool point_like(const PlaceMention& m) {
    const std::string& f = m.feature;
    return usable(m) && f.rfind("A.PCL", 0) != 0 && f != "A.ADM1" && f.rfind("L.", 0) != 0 &&
           f.rfind("H.", 0) != 0;
}

// The place mentions, found by offset. The recogniser gives them by offset (checked once): then
// the mentions that may start in a range of bytes are found by binary search, else all are
// scanned; the answers are the same, and the work of one statement does not grow with the
// number of places in the document.
class Mentions {
public:
    explicit Mentions(const std::vector<PlaceMention>& v)
        : v_(v), sorted_(std::is_sorted(v.begin(), v.end(), [](const PlaceMention& x, const PlaceMention& y) {
              return x.begin < y.begin;
          })) {
        for (const auto& m : v) {
            if (m.end < m.begin) sorted_ = false; // (none such: then the plain scan)
            else longest_ = std::max(longest_, m.end - m.begin);
        }
    }
    const PlaceMention& operator[](std::size_t k) const { return v_[k]; }
    // the indices [first, second) of the mentions that may begin in [lo, hi)
    std::pair<std::size_t, std::size_t> starting_in(std::size_t lo, std::size_t hi) const {
        if (!sorted_) return {0, v_.size()};
        auto by_begin = [](const PlaceMention& m, std::size_t b) { return m.begin < b; };
        auto from = std::lower_bound(v_.begin(), v_.end(), lo, by_begin);
        auto to = std::lower_bound(from, v_.end(), hi, by_begin);
        return {static_cast<std::size_t>(from - v_.begin()), static_cast<std::size_t>(to - v_.begin())};
    }
    // the mentions that may cover the byte at `at`
    std::pair<std::size_t, std::size_t> covering(std::size_t at) const {
        return starting_in(at + 1 > longest_ ? at + 1 - longest_ : 0, at + 1);
    }
    // the mentions that may end at `at`
    std::pair<std::size_t, std::size_t> ending_at(std::size_t at) const {
        return starting_in(at > longest_ ? at - longest_ : 0, at + 1);
    }

private:
    const std::vector<PlaceMention>& v_;
    bool sorted_;
    std::size_t longest_ = 0;
};

// The mention (index into places) starting at token i, or -1. Words that name the kind of place
// before it are skipped: "the", "the city of", "the provincial capital", "the Syrian capital"
// (a demonym mention, or any capitalised word, before "capital").
long mention_at(const Analysed& a, const Mentions& places, std::size_t i) {
    const auto& t = a.toks;
    for (std::size_t skipped = 0; i < t.size() && skipped < 5; ++skipped) {
        for (auto [k, to] = places.starting_in(t[i].begin, t[i].begin + 1); k < to; ++k)
            if (places[k].begin == t[i].begin && usable(places[k])) return static_cast<long>(k);
        if (!t[i].word) return -1;
        std::string_view w = a.norm(i);
        bool kind = w == "the" || w == "city" || w == "town" || w == "village" || w == "of" ||
                    w == "provincial" || w == "regional" || w == "capital" || w == "centre" ||
                    w == "center" || w == "district";
        bool before_capital = t[i].cap && i + 1 < t.size() && t[i + 1].word && a.norm(i + 1) == "capital";
        if (!kind && !before_capital) return -1;
        ++i;
    }
    return -1;
}

// The compass direction starting at token i: "south east", "south-east", "southeast", "SE",
// "north-northwest"; returns the bearing and sets `next` past it, or -1.
double direction_at(const Analysed& a, std::size_t i, std::size_t& next) {
    for (std::size_t len = 3; len >= 1; --len) {
        if (i + len > a.toks.size()) continue;
        std::string words;
        bool ok = true;
        for (std::size_t k = i; k < i + len; ++k) {
            if (a.toks[k].number) { // "46 west" is no compass word
                ok = false;
                break;
            }
            if (!a.toks[k].word) {
                if (surf(a, k) == "-") {
                    words += '-';
                    continue;
                }
                ok = false;
                break;
            }
            if (!words.empty() && words.back() != '-') words += ' ';
            words += surf(a, k);
        }
        if (!ok) continue;
        double b = geo::compass_bearing(words);
        if (b >= 0) {
            next = i + len;
            return b;
        }
    }
    return -1;
}

// The unit glued to a number ("140km": "km"), case folded: km per unit, 0 when none.
double tail_unit_km(std::string_view tail, std::string_view& unit) {
    std::string lower(tail);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lex::unit_km(lower, unit);
}

} // namespace

} // namespace gt::geoparse::detail

namespace gt::geoparse {

// The first steps of detail::find_statements() on the tokens analyse() would make (the same
// tokens, possessives cut off the same way): a number, then a unit in its tail or as the next
// word.
bool may_state_distance(std::string_view text, const text::Segmented& seg) {
    using detail::possessive_len;
    const auto& t = seg.tokens;
    char buf[text::max_name_bytes];
    auto without_possessive = [&](std::size_t k) {
        std::string_view w = t[k].text(text);
        return w.substr(0, w.size() - possessive_len(w));
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].word || !t[i].number) continue;
        double value = 0;
        std::string_view tail, unit;
        if (!detail::parse_number(without_possessive(i), value, tail)) continue;
        if (!tail.empty()) {
            if (detail::tail_unit_km(tail, unit) > 0) return true;
        } else if (i + 1 < t.size() && t[i + 1].word) {
            std::size_t n = text::normalize_name(without_possessive(i + 1), buf, sizeof buf);
            if (lex::unit_km({buf, n}, unit) > 0) return true;
        }
    }
    return false;
}

} // namespace gt::geoparse

namespace gt::geoparse::detail {

namespace {

bool word_is(const Analysed& a, std::size_t i, std::string_view w) {
    return i < a.toks.size() && a.toks[i].word && a.norm(i) == w;
}

// The measure starting at the number token i up to its anchor: "140 km", "140km", "about 12
// miles", then an optional conversion in brackets ("20 kilometres (12 miles)"), "away", a compass
// direction, also as "to the north of", and "of"/"from" (with a direction) or "from"/"outside"
// (without one). Fills num_tok, km, unit, bearing, anchor and end of st; false when it is none.
bool read_measure(const Analysed& a, const Mentions& places, std::size_t i,
                  Statement& st) {
    const auto& t = a.toks;
    double value = 0;
    std::string_view tail;
    if (!t[i].number || !parse_number(surf(a, i), value, tail)) return false;
    std::size_t j = i + 1;
    std::string_view unit;
    double per = 0;
    if (!tail.empty()) {
        per = tail_unit_km(tail, unit);
    } else if (j < t.size() && t[j].word) {
        per = lex::unit_km(a.norm(j), unit);
        ++j;
    }
    if (per <= 0) return false;
    // "140 km (87 miles)": skip the conversion in brackets
    if (is_punct(a, j, "(")) {
        std::size_t k = j + 1;
        while (k < t.size() && k < j + 6 && !is_punct(a, k, ")"))
            ++k;
        if (is_punct(a, k, ")")) j = k + 1;
    }
    if (word_is(a, j, "away")) ++j;
    std::size_t after_dir = j;
    double bearing = direction_at(a, j, after_dir);
    if (bearing < 0 && word_is(a, j, "to") && word_is(a, j + 1, "the")) // "10 km to the north of"
        bearing = direction_at(a, j + 2, after_dir);
    j = after_dir;
    if (j >= t.size() || !t[j].word) return false;
    std::string_view link = a.norm(j);
    if (bearing >= 0 && link != "of" && link != "from") return false;
    if (bearing < 0 && link != "from" && link != "outside") return false;
    if (link == "outside" && word_is(a, j + 1, "of")) ++j; // "15 km outside of Aleppo"
    long anchor = mention_at(a, places, j + 1);
    // "10 km from Turkey": a distance to a country is to its border, not to its centre
    if (anchor < 0 || places[static_cast<std::size_t>(anchor)].feature.rfind("A.PCL", 0) == 0) return false;
    st.num_tok = i;
    st.anchor = static_cast<std::size_t>(anchor);
    st.km = value * per;
    st.unit = std::string(unit);
    st.bearing = bearing;
    st.end = places[st.anchor].end;
    st.begin = t[i].begin;
    return true;
}

// The first token of the hedges before the number ("about", "some", "roughly", "nearly",
// "just", "more than"), the number's own token when none.
std::size_t hedge_start(const Analysed& a, std::size_t i) {
    const auto& t = a.toks;
    std::size_t b = i;
    while (b > 0 && t[b - 1].word && t[b - 1].sentence == t[i].sentence && lex::is_hedge(a.norm(b - 1)) &&
           a.norm(b - 1) != "an" && a.norm(b - 1) != "a" && a.norm(b - 1) != "to")
        --b;
    return b;
}

// A location verb within four words before the statement (its first token b) makes it a claim
// about a subject: the nearest place named before the verb in the same sentence, or for an
// anaphor ("the city, which lies") the nearest populated place within three sentences. Returns
// false when there is no verb; with a verb and no subject the statement stays a place ("fighting
// was reported 30 km north of Aleppo").
bool subject_by_verb(const Analysed& a, const Mentions& places, std::size_t b,
                     Statement& st) {
    const auto& t = a.toks;
    std::size_t v = b;
    bool verb = false;
    for (std::size_t k = b; k > 0 && k + 4 > b; --k) {
        std::size_t p = k - 1;
        if (!t[p].word || t[p].sentence != t[b].sentence) break;
        if (lex::is_location_verb(a.norm(p))) {
            verb = true;
            v = p;
            break;
        }
    }
    if (!verb) return false;
    char want = 0;
    std::size_t anaph_begin = v;
    for (std::size_t k = v; k > 0 && k + 6 > v; --k) {
        std::size_t p = k - 1;
        if (t[p].sentence != t[b].sentence) break;
        if (!t[p].word) continue;
        if (char c = lex::settlement_noun(a.norm(p))) {
            // "a village that lies ...": a place the text introduces, not one named before
            std::size_t d = p;
            while (d > 0 && t[d - 1].word && d + 3 > p && !word_is(a, d - 1, "a") && !word_is(a, d - 1, "an") &&
                   !word_is(a, d - 1, "the") && !t[d - 1].cap)
                --d; // "a small village"
            if (d > 0 && (word_is(a, d - 1, "a") || word_is(a, d - 1, "an"))) return true;
            want = c;
            anaph_begin = p;
            if (p > 0 && word_is(a, p - 1, "the")) anaph_begin = p - 1;
            break;
        }
        std::string_view w = a.norm(p);
        if (!(w == "which" || w == "that" || w == "it" || w == "now" || w == "also")) {
            // "the town of Zarbah, which lies ..." with Zarbah unknown: the subject is that name
            bool named = false;
            for (auto [q, to] = places.covering(t[p].begin); q < to && !named; ++q)
                named = usable(places[q]) && places[q].begin <= t[p].begin && t[p].begin < places[q].end;
            if (t[p].cap && !t[p].sentence_start && !named) return true;
            break;
        }
    }
    for (std::size_t k = places.starting_in(0, t[v].begin).second; k-- > 0;) {
        const PlaceMention& m = places[k];
        if (m.begin >= t[v].begin || k == st.anchor || !usable(m)) continue;
        if (!point_like(m)) break; // "a mine in Manitoba located 25 miles east of ..."
        if (want == 'P' && m.feature.rfind("P.", 0) != 0) continue;
        std::size_t mt = std::min(token_at(a, m.begin), t.size() - 1);
        // a named subject is in the same sentence; an anaphor reaches back three sentences
        if (want == 0 && t[mt].sentence != t[v].sentence) break;
        if (want != 0 && t[mt].sentence + 3 < t[v].sentence) break;
        st.claim = true;
        st.subject = k;
        st.anaphor = want != 0;
        st.begin = t[want ? anaph_begin : v].begin;
        break;
    }
    return true;
}

// An apposition: "Avdiivka, 15 km north of Donetsk", "Tikare, a town 25 km from Kaya",
// "Homs (160 km north of Damascus)": a named place right before the comma or bracket that opens
// the statement (its first token b), words naming the kind of place between them, is the
// subject.
void subject_by_apposition(const Analysed& a, const Mentions& places,
                           std::size_t b, Statement& st) {
    const auto& t = a.toks;
    std::size_t p = b;
    for (int n = 0; n < 4 && p > 0 && t[p - 1].word; ++n) {
        std::string_view w = a.norm(p - 1);
        if (!(lex::settlement_noun(w) || w == "a" || w == "an" || w == "the" || w == "small" ||
              w == "large" || w == "remote" || w == "nearby" || w == "border" || w == "frontline" ||
              w == "area" || w == "locality" || w == "hamlet" || w == "suburb" || w == "neighbourhood" ||
              w == "neighborhood"))
            return;
        --p;
    }
    if (p < 2 || !(is_punct(a, p - 1, ",") || is_punct(a, p - 1, "(")) ||
        t[p - 1].sentence != t[b].sentence)
        return;
    for (auto [k, to] = places.ending_at(t[p - 2].end); k < to; ++k) {
        const PlaceMention& m = places[k];
        if (m.end == t[p - 2].end && k != st.anchor && point_like(m)) {
            st.claim = true;
            st.subject = k;
            st.begin = m.begin;
            return;
        }
    }
}

} // namespace

std::size_t nearness_cue(const Analysed& a, std::size_t i) {
    const std::size_t none = a.toks.size();
    if (i == 0 || i >= none) return none;
    auto w = [&](std::size_t j) { return a.toks[j].word ? a.norm(j) : std::string_view{}; };
    std::size_t p = i - 1; // the word before the place, after "the city of", "the"
    if (w(p) == "of" && p >= 2 && (w(p - 1) == "city" || w(p - 1) == "town" || w(p - 1) == "village"))
        p -= 2;
    if (w(p) == "the" && p >= 1) --p;
    std::string_view x = w(p);
    std::size_t cue = none;
    if (x == "near" || x == "outside" || x == "nearby" || x == "around")
        cue = p;
    else if (x == "to" && p > 0 && w(p - 1) == "close")
        cue = p - 1;
    else if (x == "of" && p > 0 &&
             (w(p - 1) == "outskirts" || w(p - 1) == "vicinity" || w(p - 1) == "environs"))
        cue = p > 1 && w(p - 2) == "the" ? p - 2 : p - 1;
    else if (x == "of") // "north of", "south east of", "just north-west of"
        for (std::size_t q = p > 3 ? p - 3 : 0; q < p && cue == none; ++q) {
            std::size_t next = q;
            if (direction_at(a, q, next) >= 0 && next == p) cue = q > 0 && w(q - 1) == "just" ? q - 1 : q;
        }
    if (cue == none) return none;
    if (cue > 0 && (w(cue - 1) == "on" || w(cue - 1) == "in") && w(cue) == "the") cue -= 1;
    return cue;
}

std::vector<Statement> find_statements(const Analysed& a, const std::vector<PlaceMention>& all) {
    const Mentions places(all);
    std::vector<Statement> out;
    for (std::size_t i = 0; i < a.toks.size(); ++i) {
        Statement st;
        if (!read_measure(a, places, i, st)) continue;
        std::size_t b = hedge_start(a, i);
        st.begin = a.toks[b].begin;
        if (!subject_by_verb(a, places, b, st)) subject_by_apposition(a, places, b, st);
        out.push_back(st);
    }
    return out;
}

} // namespace gt::geoparse::detail
