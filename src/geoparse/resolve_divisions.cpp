// What the text says of a name that may be a first-level or second-level division the
// gazetteer keeps with its generic word, for the candidates step of resolve.cpp
// (docs/geoparse.md, "Resolution"): "in the Soum", "in Bam ... in the province", the last level
// of a hierarchy named like a first-level division ("Huanuquillo, Junin").
#include "geoparse/keys.hpp"
#include "geoparse/rank.hpp"

#include "gazetteer/names.hpp"
#include "text/normalize.hpp"

#include <cstring>

namespace gt::geoparse::detail {

// The sentences that speak of "the province" (district, governorate ...; not "the region" or
// "the state", said of anywhere) without naming one: 1 at each such sentence's number.
std::vector<char> bare_division_sentences(const Analysed& a) {
    const auto& t = a.toks;
    std::vector<char> out;
    for (std::size_t j = 0; j + 1 < t.size(); ++j) {
        if (t[j].norm_len != 3 || !t[j].word || a.norm(j) != "the" || !t[j + 1].word || t[j + 1].cap) continue;
        std::string_view dw = a.norm(j + 1);
        if (dw == "region" || dw == "state" || dw == "countryside" ||
            division_word(dw) == gazetteer::DivisionLevel::none)
            continue;
        // (a division named after it is another: "the province of Kerman", "the region Ouest")
        if (j + 2 < t.size() && t[j + 2].word && (a.norm(j + 2) == "of" || t[j + 2].cap)) continue;
        if (out.size() <= t[j].sentence) out.resize(t[j].sentence + 1, 0);
        out[t[j].sentence] = 1;
    }
    return out;
}

// "in the Soum, near Mali border", "teachers in Bam demonstrated ... in the province": a
// one-word name after "the" (not the first word of a longer name: "the Suffolk Times"), or in
// a sentence that speaks of "the province" without naming one (bare_division_sentences), may
// name a division the gazetteer keeps only with its generic word ("Soum Province", "Province
// du Bam"; hinted_division). Never a name of compass words alone ("Western").
bool division_hinted(const Analysed& a, const Span& s, const std::vector<char>& bare) {
    const auto& t = a.toks;
    if (s.te != s.tb + 1 || s.demonym || s.want_class != 0 || s.division != gazetteer::DivisionLevel::none ||
        !t[s.tb].cap)
        return false;
    bool alone = s.te >= t.size() || !t[s.te].word || !t[s.te].cap;
    bool after_the = alone && s.tb >= 1 && t[s.tb - 1].word && a.norm(s.tb - 1) == "the" && !t[s.tb].sentence_start;
    bool in_bare = t[s.tb].sentence < bare.size() && bare[t[s.tb].sentence];
    return (after_the || in_bare) && !gazetteer::names_nothing_alone(s.key);
}

// A span the text hints is a division (Span::division_hint: "the Soum", "in Bam ... in the
// province") asks for a division when the divisions its generic words found lie in a country
// where no town of the name does: the town is a namesake abroad ("Bam" in Iran, "Soum" in
// Senegal). A country or region of the name, or a town with its own division in one country
// ("Kirkuk" and its governorate), keeps the plain reading.
void hinted_division(const gazetteer::Index& idx, Span& sp, const Cands& cs) {
    bool division = false;
    for (std::size_t k = 0; k < cs.n; ++k) {
        std::uint32_t e = cs.c[k].entry;
        if (is_broad(idx, e)) return;
        if (cs.c[k].match == gazetteer::Match::loose || idx.entry(e).feature_class != 'A') continue;
        for (std::size_t j = 0; j < cs.n; ++j)
            if (cs.c[j].match != gazetteer::Match::loose && idx.entry(cs.c[j].entry).feature_class == 'P' &&
                country2(idx, cs.c[j].entry) == country2(idx, e))
                return;
        division = true;
    }
    if (division) sp.want_class = 'A';
}

// "Kotwal, Uruzgan, Afghanistan": the last level of the text's hierarchy names a small town
// (a plain populated place under 100,000 people, found by its own name) that lies in a
// first-level division whose own name is the mention in another transliteration (vowels
// only: Uruzgān lies in Oruzgan), in a country whose names come through transliteration; the
// division the gazetteer keeps under the other spelling becomes a candidate, and the level
// is that division, as for a name it knows exactly. The division's entry, else -1.
static std::int64_t division_of_town_named_alike(const gazetteer::Index& idx, const Span& sp, Cands& cs) {
    std::int64_t division = -1;
    for (std::size_t k = 0; k < cs.n && division < 0; ++k) {
        std::uint32_t e = cs.c[k].entry;
        const auto& en = idx.entry(e);
        if (cs.c[k].match != gazetteer::Match::name || en.feature_class != 'P' || idx.feature_code(e) != "PPL" ||
            en.population >= 100000 || !transliterated(country2(idx, e)))
            continue;
        std::uint32_t d = idx.admin1_entry(e);
        if (d == gazetteer::Index::no_entry || !variant_of_own_name(idx, sp.key, d)) continue;
        division = d;
    }
    if (division < 0) return -1;
    for (std::size_t k = 0; k < cs.n; ++k)
        if (cs.c[k].entry == division) return division;
    if (cs.n >= max_candidates) return -1;
    cs.c[cs.n++] = gazetteer::Candidate{static_cast<std::uint32_t>(division), gazetteer::Match::name, cs.c[0].score};
    return division;
}

// The words from token i, one to three of them, name a country ("Afghanistan", "Saudi Arabia").
static bool country_at(const Analysed& a, const gazetteer::Index& idx, std::size_t i) {
    const auto& t = a.toks;
    char buf[text::max_name_bytes];
    std::size_t len = 0;
    for (std::size_t j = i; j < t.size() && j < i + 3 && t[j].word && t[j].cap; ++j) {
        std::string_view w = a.norm(j);
        if (len + w.size() + 1 > sizeof buf) return false;
        if (len > 0) buf[len++] = ' ';
        std::memcpy(buf + len, w.data(), w.size());
        len += w.size();
        for (std::uint32_t p : idx.exact_postings({buf, len}))
            if (idx.is_country(p >> 4)) return true;
    }
    return false;
}

// "Huanuquillo, Junin", "X, Cojedes", "X, Cocle": the last level of the text's hierarchy named like
// a first-level division (its own name, with or without its generic word: "X, Meta" for Meta
// Department) is that division when the town of the name is under
// 100,000 people and seats no first-level division or country ("Junín", a town of Buenos Aires;
// Cojedes, not the seat of its state): a village is placed in a province, not in a small town. A seat or a city keeps the plain reading ("X, Herat", "X, Kano", "Lahore, Punjab"), and
// so does a name that is also a second-level division's outside the division, in its country.
void container_division(const Analysed& a, const gazetteer::Index& idx, Span& sp, Cands& cs) {
    // (the last level: a level after it, "X, Keana, Nasarawa, Nigeria", "Arbil, Kurdistan,
    // Iraq", lets the hierarchy choose)
    const auto& t = a.toks;
    if (sp.te + 1 < t.size() && !t[sp.te].word && a.surface(t[sp.te].begin, t[sp.te].end) == "," &&
        t[sp.te + 1].word && t[sp.te + 1].cap) {
        // (but a small town named like its division but for the vowels, before the country:
        // "Kotwal, Uruzgan, Afghanistan" is the province)
        if (country_at(a, idx, sp.te + 1) && division_of_town_named_alike(idx, sp, cs) >= 0) sp.want_class = 'A';
        return;
    }
    std::int64_t division = -1; // a first-level division of the name
    char nb[text::max_name_bytes];
    for (std::size_t k = 0; k < cs.n; ++k) {
        std::uint32_t e = cs.c[k].entry;
        const auto& en = idx.entry(e);
        if (is_broad(idx, e)) return; // (a region's name: "Kurdistan")
        if (cs.c[k].match == gazetteer::Match::loose) continue;
        std::string_view code = idx.feature_code(e);
        if (en.feature_class == 'P' && (en.population >= 100000 || code == "PPLC" || code == "PPLA")) return;
        if (!idx.is_admin1(e)) continue;
        // (its name with or without its generic word: "Meta Department")
        std::string_view own(nb, text::normalize_name(idx.name(e), nb, sizeof nb));
        if (own == sp.key || gazetteer::division_name_core(own) == sp.key) division = e;
    }
    if (division < 0) division = division_of_town_named_alike(idx, sp, cs);
    if (division < 0) return;
    // (a second-level division of the name elsewhere in that country would take the
    // division's place: "X, Caldas" is not the municipality of Caldas in Antioquia; the text
    // does not say which; Junín province lies in Junín region)
    auto d = static_cast<std::uint32_t>(division);
    for (std::size_t k = 0; k < cs.n; ++k) {
        std::uint32_t e = cs.c[k].entry;
        if (idx.feature_code(e) == "ADM2" && country2(idx, e) == country2(idx, d) && !lies_in(idx, e, d)) return;
    }
    sp.want_class = 'A';
}

} // namespace gt::geoparse::detail
