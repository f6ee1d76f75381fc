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

// The mention (index into places) starting at token i (after an optional "the"), or -1.
long mention_at(const Analysed& a, const std::vector<PlaceMention>& places, std::size_t i) {
    if (i < a.toks.size() && a.toks[i].word && a.norm(i) == "the") ++i;
    if (i >= a.toks.size()) return -1;
    for (std::size_t k = 0; k < places.size(); ++k)
        if (places[k].begin == a.toks[i].begin && places[k].resolved && !places[k].demonym &&
            !places[k].relative)
            return static_cast<long>(k);
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

std::vector<Statement> find_statements(const Analysed& a, const std::vector<PlaceMention>& places) {
    std::vector<Statement> out;
    const auto& t = a.toks;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].number) continue;
        double value = 0;
        std::string_view tail;
        if (!parse_number(surf(a, i), value, tail)) continue;
        std::size_t j = i + 1;
        std::string_view unit;
        double per = 0;
        if (!tail.empty()) {
            per = tail_unit_km(tail, unit);
        } else if (j < t.size() && t[j].word) {
            per = lex::unit_km(a.norm(j), unit);
            ++j;
        }
        if (per <= 0) continue;
        // "140 km (87 miles)": skip the conversion in brackets
        if (is_punct(a, j, "(")) {
            std::size_t k = j + 1;
            while (k < t.size() && k < j + 6 && !is_punct(a, k, ")"))
                ++k;
            if (is_punct(a, k, ")")) j = k + 1;
        }
        if (j < t.size() && t[j].word && a.norm(j) == "away") ++j;
        std::size_t after_dir = j;
        double bearing = direction_at(a, j, after_dir);
        j = after_dir;
        if (j >= t.size() || !t[j].word) continue;
        std::string_view link = a.norm(j);
        if (bearing >= 0 && link != "of" && link != "from") continue;
        if (bearing < 0 && link != "from") continue;
        long anchor = mention_at(a, places, j + 1);
        if (anchor < 0) continue;

        Statement st;
        st.num_tok = i;
        st.anchor = static_cast<std::size_t>(anchor);
        st.km = value * per;
        st.unit = std::string(unit);
        st.bearing = bearing;
        st.end = places[st.anchor].end;
        st.begin = t[i].begin;
        // hedges before the number belong to the statement ("about 140 km")
        std::size_t b = i;
        while (b > 0 && t[b - 1].word && t[b - 1].sentence == t[i].sentence &&
               lex::is_hedge(a.norm(b - 1)) && a.norm(b - 1) != "an" && a.norm(b - 1) != "a" &&
               a.norm(b - 1) != "to") {
            --b;
        }
        // a location verb before it makes a claim about a subject ("which lies", "is located")
        std::size_t v = b;
        bool verb = false;
        for (std::size_t k = b; k > 0 && k + 4 > b; --k) {
            std::size_t p = k - 1;
            if (!t[p].word || t[p].sentence != t[i].sentence) break;
            if (lex::is_location_verb(a.norm(p))) {
                verb = true;
                v = p;
                break;
            }
        }
        if (verb) {
            st.claim = true;
            st.begin = t[v].begin;
            // the subject: an anaphor ("the city, which lies") or the nearest place before the verb
            char want = 0;
            std::size_t anaph_begin = v;
            for (std::size_t k = v; k > 0 && k + 6 > v; --k) {
                std::size_t p = k - 1;
                if (t[p].sentence != t[i].sentence) break;
                if (!t[p].word) continue;
                if (char c = lex::settlement_noun(a.norm(p))) {
                    want = c;
                    anaph_begin = p;
                    if (p > 0 && t[p - 1].word && a.norm(p - 1) == "the") anaph_begin = p - 1;
                    break;
                }
                if (!(a.norm(p) == "which" || a.norm(p) == "that" || a.norm(p) == "it" ||
                      a.norm(p) == "now" || a.norm(p) == "also" || a.norm(p) == "which is"))
                    break;
            }
            long subject = -1;
            for (std::size_t k = places.size(); k-- > 0;) {
                const PlaceMention& m = places[k];
                if (m.begin >= t[v].begin || k == st.anchor || !m.resolved || m.demonym ||
                    m.relative)
                    continue;
                if (want == 'P' && m.feature.rfind("P.", 0) != 0) continue;
                std::size_t mt = std::min(token_at(a, m.begin), t.size() - 1);
                // a named subject is in the same sentence; an anaphor reaches back three sentences
                if (want == 0 && t[mt].sentence != t[v].sentence) break;
                if (want != 0 && t[mt].sentence + 3 < t[v].sentence) break;
                subject = static_cast<long>(k);
                break;
            }
            if (subject < 0) {
                // "fighting was reported 30 km north of Aleppo": a place, not a claim
                st.claim = false;
                st.begin = t[b].begin;
            } else {
                st.subject = static_cast<std::size_t>(subject);
                if (want) st.begin = t[anaph_begin].begin;
            }
        }
        out.push_back(st);
    }
    return out;
}

} // namespace gt::geoparse::detail
