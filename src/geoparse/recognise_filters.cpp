// Recognition, the filters of languages, codes, surroundings and weak matches (docs/geoparse.md,
// "Recognition", 3), and the support a transliterated or respelt name needs in the document.

#include "geoparse/recognition.hpp"

#include <algorithm>

namespace gt::geoparse::detail {

namespace {

// Words that go on a sentence without naming a thing: after a code they leave it no noun to
// modify ("510 MW in India", "7 a.m. CT today"), after a language's name no noun it describes
// ("in Spanish after", "in English.").
bool function_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "in",   "of",    "on",   "at",    "to",      "for",   "from",   "by",   "and",
        "or",   "per",   "a",    "the",   "is",      "was",   "were",   "are",  "each",
        "today", "tonight", "until", "after", "as", "with", "but", "that", "which",
        "when", "while", "because", "than", "so", "before", "during", "if", "it"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

} // namespace

// A level of the text's hierarchy closed by a comma and a country's name: "Naung Bo, Mon,
// Myanmar" (Mon State; "Mon" is otherwise Monday's short form).
bool Recognition::country_follows(const Span& s) const {
    const std::size_t e = s.te;
    if (!s.stated_container || e + 1 >= n || t[e].word || a.surface(t[e].begin, t[e].end) != "," ||
        !t[e + 1].word || !t[e + 1].cap || t[e + 1].possessive || t[e + 1].sentence != t[s.tb].sentence)
        return false;
    return memo.exact(idx, a.norm(e + 1), false).country;
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
        if ((is_month_or_day(nm) && !country_follows(s)) || lex::is_title(nm) || lex::is_place_modifier(nm))
            keep = false;
        // short acronyms ("BA", "PM", "CNN") only as a country's or division's code
        if (first.caps && first.norm_len <= 3 && !best_info.strong) keep = false;
    }
    // a word that is only another name of some place ("Zara" for Zadar, "Chen" for
    // Chenzhou) is not taken for it unless the text puts it after "in", "near" ...
    // (a name of two words or more followed by a division word is taken: "Maidan Shar
    // district" for Maydanshakhr; not "The White House", another name of Casablanca; nor is a
    // level of the text's hierarchy: "Ougarou (Matiacoali, Gourma)")
    // (a dotted short form of several words is no other language's name: "Washington, D.C.")
    bool dotted_form = !single && a.surface(s.begin, s.end).find('.') != std::string_view::npos;
    // (one word too, with a division word and its container after it: "attacked Qaramqol
    // district, Faryab" for Qaram Qol)
    auto division_stated = [&] {
        if (s.division == gazetteer::DivisionLevel::none || s.te + 1 >= n || t[s.te + 1].word ||
            t[s.te + 1].sentence != first.sentence)
            return false;
        std::string_view p = a.surface(t[s.te + 1].begin, t[s.te + 1].end);
        return p == "," || p == "(";
    };
    if (!best_info.own && !dotted_form &&
        (single ? !best_info.alt_big && !division_stated() : s.division == gazetteer::DivisionLevel::none) &&
        !s.after_locative && !s.stated_container)
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

// "Springfield, Mass", "Hartford, CT", "Walker County (Ga.)": a comma or an opening bracket right
// before token i, and a capitalised word (or an abbreviation's dot) before it in the same
// sentence: the address form of a state's code.
bool Recognition::address_position(std::size_t i) const {
    if (i < 2 || t[i - 1].word) return false;
    std::string_view sep = a.surface(t[i - 1].begin, t[i - 1].end);
    if (sep != "," && sep != "(") return false;
    // (the comma binds across a line break the segmenter may read as a sentence's end: wire
    // copy wrapped as "at its Antioch,\nCalif., facility")
    const Tok& pv = t[i - 2];
    return pv.word ? (pv.cap || pv.caps) : a.surface(pv.begin, pv.end) == ".";
}

// "SPRINGFIELD, Ill.", "Severn, Md. man", "Walker County (Ga.)": a word of two or three letters in
// mixed case with its dot, in the address form, is looked up as an abbreviation (longer ones,
// "Calif.", always are).
bool Recognition::state_abbreviation_form(std::size_t i) const {
    const Tok& k = t[i];
    if (!k.word || !k.cap || k.caps || k.norm_len < 2 || k.norm_len > 3 || i + 1 >= n) return false;
    // (titles and words: "Gino D. Bassett, Sr.", "Chamber of Commerce, Mr. Svystil", "No.")
    std::string_view nm = a.norm(i);
    if (lex::is_title(nm) || lex::is_common_word(nm) || is_month_or_day(nm) ||
        a.lower_words.count(nm))
        return false;
    const Tok& dot = t[i + 1];
    return !dot.word && !dot.space_before && a.surface(dot.begin, dot.end) == "." &&
           address_position(i);
}

// Codes and abbreviations written as words: a state's abbreviation of two to five letters in
// mixed case ("Mass", "Wash", "Miss"; not a short form like "Britain") is one only in the address form ("Worcester, Mass.") or with inner dots
// ("N.M."), not in "Easter Sunday Mass" or "Weapons of Mass Destruction"; an all-capitals code
// after a number is a unit ("510 MW", "2.1 GW"), after "a.m." or "p.m." a time zone ("7 a.m.
// CT").
void Recognition::code_filters(const Candidate& c, const Span& s, bool& keep) const {
    if (c.len != 1 || c.loose) return;
    if (c.info.has_abbrev && code_as_word(c.i)) keep = false;
    const Tok& first = t[c.i];
    std::string_view sf = a.surface(s.begin, s.end);
    bool inner_dot = sf.find('.') != std::string_view::npos && sf.find('.') + 1 < sf.size();
    if (c.info.abbrev_only && !first.caps && first.norm_len <= 5 && !inner_dot &&
        !address_position(c.i))
        keep = false;
    if (!first.caps || first.norm_len > 3) return;
    // the text before the code, trailing spaces off
    std::string_view before = a.text.substr(0, first.begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    auto ends = [&](std::string_view w) {
        return before.size() >= w.size() && before.substr(before.size() - w.size()) == w;
    };
    if (ends("a.m.") || ends("p.m.") || ends(" am") || ends(" pm")) keep = false;
    // (a number before a code that goes on to a noun is a count: "300 US troops"; a code written
    // with dots is no unit, nor is one after a year: "the 1984 U.S. And Japanese accord")
    bool noun_next = noun_after(c.last);
    bool digit_before = !before.empty() && before.back() >= '0' && before.back() <= '9';
    std::size_t digits = 0;
    while (digits < before.size() && before[before.size() - 1 - digits] >= '0' &&
           before[before.size() - 1 - digits] <= '9')
        ++digits;
    bool year = digits == 4 && (before.size() == 4 || before[before.size() - 5] == ' ');
    if (digit_before && !noun_next && !year && sf.find('.') == std::string_view::npos)
        keep = false;
}

// A code of two letters in capitals (a state's or a country's) that the words around it make
// something else: a firm's legal form after its name ("VistaPrint NV", "Cimpress
// NV", "Dimond Kaplan & Rothstein, P.A."; not after a place's name, "Scranton PA", nor after a
// sentence's first word); a word of the language in a line in capitals ("KOBE IN THE HOUSE");
// a noun's modifier or object between lower-case words, not after a locative word, an article
// or a conjunction ("state voter ID laws", "the coalition that has fought IS in Iraq"; "in WA
// is diluted", "the WA government" stay).
bool Recognition::code_as_word(std::size_t i) const {
    const Tok& k = t[i];
    if (!k.word || k.norm_len != 2 || i == 0) return false;
    std::string_view sf = a.surface(k.begin, k.end);
    if (sf.size() > 4 || sf[0] < 'A' || sf[0] > 'Z') return false;
    const std::string_view nm = a.norm(i);
    const Tok& p = t[i - 1];
    const bool next_word = i + 1 < n && t[i + 1].word && t[i + 1].sentence == k.sentence;
    static constexpr std::string_view legal[] = {"nv", "pa", "ab", "ag", "bv"};
    if (std::find(std::begin(legal), std::end(legal), nm) != std::end(legal) &&
        !(next_word && (t[i + 1].cap || t[i + 1].caps))) {
        // "VistaPrint NV": right after the firm's name
        if (p.word && (p.cap || p.caps) && !p.sentence_start && p.sentence == k.sentence && k.space_before &&
            !inspect(idx, idx.exact_postings(a.norm(i - 1)), false).any)
            return true;
        // "Dimond Kaplan & Rothstein, P.A.": after a comma and a partnership's "&"
        if (!p.word && a.surface(p.begin, p.end) == "," && i >= 3) {
            const std::size_t j0 = i >= 5 ? i - 5 : 0;
            if (t[j0].sentence == k.sentence && a.surface(t[j0].begin, p.begin).find('&') != std::string_view::npos)
                return true;
        }
    }
    if (!k.caps) return false;
    // "KOBE IN THE HOUSE"
    static constexpr std::string_view words[] = {"in", "or", "me", "oh", "ok", "hi", "de", "la", "al", "ma", "id"};
    if (std::find(std::begin(words), std::end(words), nm) != std::end(words) && p.word && p.caps &&
        p.sentence == k.sentence && next_word && t[i + 1].caps)
        return true;
    // "voter ID laws", "fought IS in Iraq" (not the codes prose writes for countries: "said US
    // officials", "UK gilts")
    if (nm == "us" || nm == "uk" || nm == "eu") return false;
    static constexpr std::string_view joins[] = {"the", "a", "an", "this", "that", "and", "or", "of", "for"};
    return p.word && !p.cap && !p.caps && !p.number && p.sentence == k.sentence && next_word && !t[i + 1].cap &&
           !t[i + 1].caps && !t[i + 1].number && !lex::is_locative(a.norm(i - 1)) &&
           std::find(std::begin(joins), std::end(joins), a.norm(i - 1)) == std::end(joins);
}

// The characters and words around a name that make it no place of its own: a handle's "@", a
// feature word after another name of a place.
void Recognition::surroundings_filters(const Candidate& c, bool& keep) const {
    const Tok& first = t[c.i];
    const std::size_t i = c.i, best_last = c.last;
    const KeyInfo& best_info = c.info;
    const bool single = c.len == 1;
    // "@Gillette", "@Texas": a social media handle names an account, not a place
    if (i > 0 && !t[i - 1].word && !first.space_before &&
        a.surface(t[i - 1].begin, t[i - 1].end) == "@")
        keep = false;
    // a word that is only another name of its places, even after "in", "near" ..., before a
    // capitalised feature word: "in Boni Forest" is a forest the gazetteer does not know, not
    // Bonn ("Boni" another name of it)
    std::size_t nx = best_last + 1;
    if (single && !best_info.own && nx < n && t[nx].word && t[nx].cap &&
        t[nx].sentence == first.sentence && lex::is_feature_word(a.norm(nx)))
        keep = false;
}

// A party word after the name ending at token `last` ("Jubilee supporters", "Chatra Dal"), or
// after "and" and one more capitalised name ("Jubilee and NASA parties").
bool Recognition::party_next(std::size_t last) const {
    std::size_t nx = last + 1;
    if (nx + 2 < n && t[nx].word && a.norm(nx) == "and" && t[nx + 1].word && (t[nx + 1].cap || t[nx + 1].caps))
        nx += 2;
    return nx < n && t[nx].word && t[nx].sentence == t[last].sentence && lex::is_party_word(a.norm(nx));
}

// A party word and "of" before the name starting at token `first` ("supporters of Jubilee"),
// or before one more capitalised name and "and" ("Supporters of NASA and Jubilee").
bool Recognition::party_before(std::size_t first) const {
    std::size_t pv = first;
    if (pv >= 3 && t[pv - 1].word && a.norm(pv - 1) == "and" && t[pv - 2].word &&
        (t[pv - 2].cap || t[pv - 2].caps))
        pv -= 2;
    return pv >= 2 && t[pv - 1].word && a.norm(pv - 1) == "of" && t[pv - 2].word &&
           t[pv - 2].sentence == t[first].sentence && lex::is_party_word(a.norm(pv - 2));
}

// A word after token `last`, in the same sentence, that is no function word: a noun the name
// before it modifies ("300 US troops", "in English football").
bool Recognition::noun_after(std::size_t last) const {
    std::size_t nx = last + 1;
    return nx < n && t[nx].word && !t[nx].number && t[nx].sentence == t[last].sentence &&
           !function_word(a.norm(nx));
}

// A comma or "and" after the name ending at token `last`, then another capitalised name: a list
// or a stated hierarchy ("Beni and Butembo", "Beni, Nord-Kivu").
bool Recognition::listed_next(std::size_t last) const {
    std::size_t nx = last + 1;
    if (nx + 1 >= n || t[nx].sentence != t[last].sentence) return false;
    bool sep = t[nx].word ? a.norm(nx) == "and"
                          : a.surface(t[nx].begin, t[nx].end) == ",";
    return sep && t[nx + 1].word && t[nx + 1].cap && t[nx + 1].sentence == t[last].sentence;
}

// A one-word name found by the transliteration key only ("Hodeidah", "Idleb") that the text does
// not place: not after a locative word ("in", "near", "shelled" ...) nor "the countryside of",
// "the outskirts of", "the town of", no level of the text's hierarchy, before no division or
// settlement word, in no list with another name ("Idleb and Hama", "Aleppo, Idleb"). It stays only in a document that names a place of the Arabic- or
// Persian-speaking world otherwise (finish); elsewhere it is a word or a name that merely spells
// like one ("Ahead of Easter", "Passing out Parade", "Boken resigned").
bool Recognition::loose_unplaced(const Candidate& c, const Span& s) const {
    if (!c.loose || c.len != 1 || c.article || c.respelt) return false;
    if (s.after_locative || s.stated_container || s.want_class != 0 || listed_next(c.last))
        return false;
    const std::size_t i = c.i;
    bool listed_after = i >= 2 && t[i - 2].word && t[i - 2].cap &&
                        (t[i - 1].word ? a.norm(i - 1) == "and"
                                       : a.surface(t[i - 1].begin, t[i - 1].end) == ",");
    // "the countryside of Ar-Raqqa", "the outskirts of Idleb", "the town of Maadan"
    bool place_of = i >= 2 && t[i - 1].word && a.norm(i - 1) == "of" && t[i - 2].word &&
                    (lex::is_locative(a.norm(i - 2)) || lex::settlement_noun(a.norm(i - 2)) ||
                     division_word(a.norm(i - 2)) != gazetteer::DivisionLevel::none);
    return !listed_after && !place_of;
}

// Whether the document names, by an exact name, a country, a division or a place of 50,000 or
// more in a country whose place names are transliterated (Syria, Yemen, Iran ...; a demonym
// counts: "Syrian").
bool Recognition::transliteration_support() const {
    for (const auto& f : found) {
        if (f.span.loose_only || f.needs_support) continue;
        std::size_t checked = 0;
        for (std::uint32_t p : idx.exact_postings(f.span.key)) {
            std::uint32_t e = p >> 4;
            if (e >= idx.size() || ++checked > 16) break;
            const auto& en = idx.entry(e);
            if (transliterated(std::string_view(en.country, 2)) &&
                (en.feature_class == 'A' || en.population >= 50000))
                return true;
        }
    }
    return false;
}

// The countries of the countries, divisions and places of 50,000 or more the document names by
// an exact name (its country evidence).
std::vector<std::string_view> Recognition::named_countries() const {
    std::vector<std::string_view> out;
    // (where an armed group the text names operates: "Al Shabaab attacked the Equity Bank in
    // Elwak Town": El Wak, Kenya)
    if (hints != nullptr)
        for (const std::string& cc : *hints)
            if (cc.size() == 2) out.push_back(cc);
    for (const auto& f : found) {
        if (f.span.loose_only || f.needs_support || f.needs_country || f.span.demonym) continue;
        std::size_t checked = 0;
        for (std::uint32_t p : idx.exact_postings(f.span.key)) {
            std::uint32_t e = p >> 4;
            if (e >= idx.size() || ++checked > 16) break;
            const auto& en = idx.entry(e);
            std::string_view cc(en.country, 2);
            if ((en.feature_class == 'A' || en.population >= 50000) &&
                std::find(out.begin(), out.end(), cc) == out.end())
                out.push_back(cc);
        }
    }
    return out;
}

// A span found joined or split otherwise stays when a place of its key lies in a country the
// document names ("Garbatulla, Isiolo County": Garba Tula in Kenya), or when it is a division
// named in brackets after a capitalised name ("Wadi al-Rabi (Aljfara)": Al Jifarah, Libya).
// A span read under the loose key (a glued article, respelt_article) counts the places of its
// loose key whose own name folds to it.
bool Recognition::respelt_supported(const Span& s, const std::vector<std::string_view>& named) const {
    const bool bracketed = s.tb >= 2 && !t[s.tb - 1].word && t[s.tb - 2].word &&
                           has_upper_ascii(a.surface(t[s.tb - 2].begin, t[s.tb - 2].end)) &&
                           a.surface(t[s.tb - 1].begin, t[s.tb - 1].end) == "(";
    char lk[text::max_name_bytes];
    std::size_t ln = s.loose_only ? gazetteer::loose_key(s.key, lk, sizeof lk) : 0;
    auto ps = s.loose_only ? idx.loose_postings({lk, ln}) : idx.exact_postings(s.key);
    char nb[text::max_name_bytes];
    std::size_t checked = 0;
    for (std::uint32_t p : ps) {
        std::uint32_t e = p >> 4;
        if (e >= idx.size() || ++checked > 64) break;
        if (s.loose_only && idx.loose_own_name(e, {lk, ln}, nb).empty()) continue;
        std::string_view cc(idx.entry(e).country, 2);
        if (std::find(named.begin(), named.end(), cc) != named.end()) return true;
        if (bracketed && (idx.is_admin1(e) || idx.feature_code(e) == "ADM2")) return true;
    }
    return false;
}

// A weak match (one word, no country, division or large region): bodies, offices, words.
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
    // "Jubilee supporters", "the Jubilee and NASA parties", "Chatra Dal", "supporters of NASA
    // and Jubilee": a party's name (the word after it, or after "and" and another name; or a
    // party word and "of" before it)
    if (!best_info.big && (party_next(best_last) || party_before(i))) keep = false;
}

// A weak match's owner, speech and next word: people, and features named after the place.
void Recognition::weak_person_filters(const Candidate& c, const Span& s, bool& keep) {
    const Tok& first = t[c.i];
    const std::size_t best_last = c.last;
    const KeyInfo& best_info = c.info;
    const std::string_view nm = a.norm(c.i);
    // "Levi's well-being", "Ava's medicinal cannabis", "Eva's services": a given name in the
    // possessive that is no town of 10,000 or more by its own name is a person's, and so are
    // its bare uses (not after "in", "near" ...)
    if (t[best_last].possessive && !(best_info.own && best_info.mid) && !s.after_locative &&
        lex::is_given_name(nm)) {
        keep = false;
        people.insert(nm);
    }
    // "Thames Valley", "Glenrock Lagoon": a town of under 50,000 before a capitalised natural
    // feature's word names the feature (the gazetteer lacks the whole), not the town
    if (!best_info.big && best_last + 1 < n && t[best_last + 1].word && t[best_last + 1].cap &&
        t[best_last + 1].sentence == first.sentence && !t[best_last].possessive &&
        lex::is_natural_feature_word(a.norm(best_last + 1)))
        keep = false;
    // "Zuma said": a small place does not speak
    if (!best_info.big && best_last + 1 < n && t[best_last + 1].word &&
        is_speech_verb(a.norm(best_last + 1))) {
        keep = false;
        people.insert(nm);
    }
    // "David Smith", "Tyler Hicks": a small place's name followed by a capitalised name word
    // (name_word_after) is a person's name (a town of 50,000 or more stays, as part of a name:
    // accept)
    if (keep && !best_info.big && name_word_after(c)) {
        keep = false;
        people.insert(nm);
    }
}

} // namespace gt::geoparse::detail
