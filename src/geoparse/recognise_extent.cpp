// Recognition, the span's extent (docs/geoparse.md, "Recognition"): what the longest name covers
// and shows (a dot, a compass word, a facility's words) and the context read around it.

#include "geoparse/recognition.hpp"

#include "gazetteer/format.hpp"

namespace gt::geoparse::detail {

// A name the dot after it belongs to: an abbreviation the gazetteer knows, written with inner
// dots ("N.Y") or as one word of two to five letters in mixed case ("Calif", "Mont", "Ga").
bool Recognition::abbreviation_dot(const Candidate& c) const {
    if (!c.info.has_abbrev || c.loose || c.info.demonym_only) return false;
    std::string_view sf = a.surface(t[c.i].begin, t[c.last].end);
    if (sf.find('.') != std::string_view::npos) return c.info.abbrev_only;
    if (c.len != 1 || t[c.i].caps || sf.size() < 2 || sf.size() > 5) return false;
    return std::all_of(sf.begin(), sf.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    });
}

// The words that the written name takes with it, its key unchanged: a capitalised compass word
// before the name of a country, first-level division or large region ("South Texas", "West
// Kenya", "Eastern Canada": a part of it, read at its point) and a capitalised "City" after it where the gazetteer knows no place of that whole
// name (a club or a borough: "Stoke City").
void Recognition::compass_and_city(const Candidate& c, Span& s) const {
    if (s.demonym) return;
    if (c.info.strong && c.i > 0 && t[c.i - 1].word && t[c.i - 1].cap && !t[c.i - 1].caps &&
        t[c.i - 1].sentence == t[c.i].sentence && !person[c.i - 1]) {
        std::string_view pv = a.norm(c.i - 1);
        static constexpr std::string_view compass[] = {
            "north",    "south",    "east",    "west",    "northern",
            "southern", "eastern",  "western", "northeast", "northwest",
            "southeast", "southwest"};
        if (std::find(std::begin(compass), std::end(compass), pv) != std::end(compass)) {
            s.shown_begin = t[c.i - 1].begin;
            s.shown_end = s.end;
        }
    }
    if (s.te < n && s.te == c.last + 1 && t[s.te].word && t[s.te].cap && !t[s.te].caps &&
        t[s.te].sentence == t[c.i].sentence && a.norm(s.te) == "city" && !t[c.last].possessive) {
        if (!s.shown_end) s.shown_begin = s.begin;
        s.shown_end = t[s.te].end;
    }
    if (std::size_t w = division_suffix(c, s)) {
        if (!s.shown_end) s.shown_begin = s.begin;
        s.shown_end = t[w].end;
    }
}

// "Sokoto State", "Oaxaca State": a capitalised "State", the division's own name, after a
// first-level division outside the United States (where "Colorado State" is a university and
// "Mississippi State" a team); not before another capitalised word ("Lagos State Governor",
// "Kano State University"), nor in lower case ("Rajasthan state" describes the division as
// "Idlib province" does). "Guma LGA", "Guma Local Government Area": Nigeria's second level (not
// in lower case either, "Kaura Namoda local government area"). The mention as written takes the
// word(s); returns the last token of them, 0 when there are none.
std::size_t Recognition::division_suffix(const Candidate& c, const Span& s) const {
    const std::size_t j = c.last + 1;
    if (c.info.country || s.demonym || s.te != j || j >= n || t[c.last].possessive || !t[j].word ||
        !t[j].space_before || t[j].sentence != t[c.i].sentence)
        return 0;
    auto cap_after = [&](std::size_t k) {
        return k + 1 < n && t[k + 1].word && (t[k + 1].cap || t[k + 1].caps) && t[k + 1].sentence == t[k].sentence;
    };
    const std::string_view w = a.norm(j);
    if (w == "lga") return t[j].caps && !cap_after(j) ? j : 0;
    if (w == "local" && t[j].cap && j + 2 < n && a.norm(j + 1) == "government" && a.norm(j + 2) == "area" &&
        t[j + 1].space_before && t[j + 2].space_before && !cap_after(j + 2))
        return j + 2;
    if (w != "state" || !t[j].cap || t[j].caps || cap_after(j)) return 0;
    bool abroad = false;
    for (std::uint32_t p : idx.exact_postings(std::string_view(key, key_lens[c.len - 1]))) {
        std::uint32_t e = p >> 4;
        if (e >= idx.size() || idx.entry(e).feature_class != 'A' || idx.feature_code(e) != "ADM1")
            continue;
        if (idx.country_code(e) == "US") return 0;
        abroad = true;
    }
    return abroad ? j : 0;
}

// "Colchester General Hospital", "the Manila Cathedral", "Seoul Central District Court": the
// capitalised words after the name, in its sentence ("of", "of the" between them), up to the
// last head word of a site or institution (lex::is_facility_word), at most six words; the
// token of that word, 0 when there is none. Not after a possessive ("Seoul's Jamsil
// Stadium": the town and a site of its own), nor past a title ("Lagos Governor Opens New
// Hospital": a headline) nor in a line in title case.
std::size_t Recognition::facility_last(const Candidate& c) const {
    if (t[c.last].possessive || a.title_case_line(c.i)) return 0;
    std::size_t last = 0;
    std::size_t j = c.last + 1;
    for (int words = 0; words < 6 && j < n; ++words, ++j) {
        if (t[j].word && !t[j].cap && a.norm(j) == "of") {
            std::size_t k = j + 1 < n && t[j + 1].word && a.norm(j + 1) == "the" ? j + 2 : j + 1;
            if (k >= n || !t[k].cap) break;
            j = k;
        }
        const Tok& w = t[j];
        if (!w.word || !(w.cap || w.caps) || !w.space_before || w.sentence != t[c.i].sentence) break;
        std::string_view nm = a.norm(j);
        // a title ends the name ("Lagos Governor Opens ..."), unless a head word follows it
        // ("Colchester General Hospital")
        bool head_next = j + 1 < n && t[j + 1].word && lex::is_facility_word(a.norm(j + 1));
        if (lex::is_place_office(nm) || (lex::is_title(nm) && !head_next)) break;
        if (lex::is_facility_word(nm)) last = j;
        if (w.possessive) break;
    }
    return last;
}

Span Recognition::span_of(const Candidate& c) const {
    const Tok& first = t[c.i];
    Span s;
    s.tb = c.i;
    s.te = c.last + 1;
    s.begin = first.begin;
    s.end = t[c.last].end;
    // an abbreviation's own dot is part of its name ("Fresno, Calif.", "Seattle, Wash.",
    // "Helena, Mont."), even where it also ends the sentence; not after a short form that is
    // a word ("Britain.") or an acronym ("in the US.")
    if (abbreviation_dot(c) && c.last + 1 < n && !t[c.last + 1].word &&
        !t[c.last + 1].space_before && a.surface(t[c.last + 1].begin, t[c.last + 1].end) == "." &&
        a.surface(s.begin, s.end).back() != '.') {
        s.end = t[c.last + 1].end;
        s.te = c.last + 2;
    }
    s.key = shared_vocab(std::string_view(key, key_lens[c.len - 1]));
    s.demonym = c.info.demonym_only;
    s.loose_only = c.loose;
    s.english = c.ezafe; // looked up as the index knows it

    s.short_code = c.len == 1 && first.caps && first.norm_len <= 3;
    compass_and_city(c, s);
    add_context(a, s, &idx);
    return s;
}

} // namespace gt::geoparse::detail
