// Recognition, people (docs/geoparse.md, "Recognition"): the tokens of people's names, after a
// title, a given name or a kin word, and the names whose bare uses are those people.

#include "geoparse/recognition.hpp"

namespace gt::geoparse::detail {

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
            // "the General Hospital in Jazan": a body after the title, and no name goes on
            // through "in" or "on" to the place that follows
            if (nm == "in" || nm == "on" || (capital && lex::is_org_word(nm))) break;
            if (!capital && !lex::is_name_connector(nm)) break;
            if (!capital && j + 1 < n && !(t[j + 1].cap)) break;
            // title after title ("Deputy Minister", "Vice President", "Prime Minister")
            if (capital &&
                (lex::is_title(nm) || nm == "prime" || nm == "foreign" || nm == "defence" ||
                 nm == "defense" || nm == "interior" || nm == "general")) {
                continue;
            }
            person[j] = 1;
            if (capital) remember_name(nm);
            if (t[j].possessive || ++names >= 4) break;
        }
    }
}

// A word that can be a surname after a given name or a kinship word: capitalised (not all
// capitals: an acronym), in the sentence, and no word of the language, type, organisation,
// division, title, month or compass word ("Charlotte Street", "Victoria Police", "Jordan
// Valley" are not people).
bool Recognition::surname_at(std::size_t j) const {
    if (j >= n || !t[j].word || t[j].number || !t[j].cap || t[j].caps) return false;
    // a hyphenated surname has a capital after each hyphen ("Perrin-Marchand"); "US-based" is
    // a modifier
    std::string_view sf = a.surface(t[j].begin, t[j].end);
    for (std::size_t h = sf.find('-'); h != std::string_view::npos; h = sf.find('-', h + 1))
        if (h + 1 >= sf.size() || sf[h + 1] < 'A' || sf[h + 1] > 'Z') return false;
    std::string_view nm = a.norm(j);
    return !lex::is_common_word(nm) && !lex::is_org_word(nm) && !lex::is_title(nm) &&
           !lex::is_place_modifier(nm) && !lex::is_part_of_town_word(nm) &&
           !lex::is_name_connector(nm) && !lex::settlement_noun(nm) && !is_month_or_day(nm) &&
           !lex::is_party_word(nm) && lex::compass_head(nm).empty() &&
           division_word(nm) == gazetteer::DivisionLevel::none && !a.lower_words.count(nm);
}

// Where the name that starts at token j ends (exclusive): up to `limit` capitalised name words,
// a middle initial ("Marta L. Ferraz") or a particle ("Henrik de Tessier", "Ana da Silva") between
// them; j itself when no name starts there. After a word that names a notable place itself
// (`after_place`: a country, first-level division or town of 50,000 or more), a word the
// gazetteer knows as one of those ends it ("Florence Alabama" is no one's name); after any
// other, only a country after the first word of a sentence does ("Ingrid Jordan", "Elodie
// Paul", and a small town's name before them, are people).
std::size_t Recognition::name_after(std::size_t j, std::size_t limit, bool after_place) const {
    const bool opens = j > 0 && t[j - 1].sentence_start;
    const std::uint32_t sentence = j < n ? t[j].sentence : 0;
    std::size_t end = j, words = 0;
    while (j < n && words < limit && t[j].sentence == sentence) {
        // a middle initial and its dot
        if (t[j].word && t[j].norm_len == 1 && t[j].end == t[j].begin + 1 &&
            a.text[t[j].begin] >= 'A' && a.text[t[j].begin] <= 'Z' && j + 2 < n && !t[j + 1].word &&
            a.surface(t[j + 1].begin, t[j + 1].end) == "." && surname_at(j + 2)) {
            j += 2;
            continue;
        }
        // a particle before the surname
        if (t[j].word && !t[j].cap && name_particle(a.norm(j)) && words + 1 <= limit &&
            surname_at(j + 1)) {
            ++j;
            continue;
        }
        if (!surname_at(j)) break;
        KeyInfo k = memo.exact(idx, a.norm(j), false);
        if (after_place ? (k.strong || k.big || k.country) : (k.country && opens)) break;
        end = j + 1;
        ++words;
        if (t[j].possessive) break;
        ++j;
    }
    return end;
}

// Tokens [b, e) are a person's name: none of them is a place here, and their bare uses
// elsewhere in the document are that person too (as after a title). A hyphenated surname's
// parts count too ("Perrin-Marchand" ... "Perrin").
void Recognition::mark_person(std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k) {
        if (!t[k].word || !t[k].cap) continue;
        person[k] = 1;
        remember_name(a.norm(k));
    }
}

// A word of a person's name, and each part of a hyphenated one ("Diaz-Balart" ... "Diaz").
void Recognition::remember_name(std::string_view nm) {
    people.insert(nm);
    if (nm.find(' ') == std::string_view::npos) return;
    for (std::size_t sp = nm.find(' '); sp != std::string_view::npos; sp = nm.find(' ')) {
        people.insert(nm.substr(0, sp));
        nm.remove_prefix(sp + 1);
    }
    people.insert(nm);
}

// Whether the words [i, e) that read as a person's name are a place's: the gazetteer knows
// them together, exactly or as a transliteration ("Mary Esther", "Abbas Kheil" for Abbas Khel),
// a settlement or division word follows ("Yusuf Agha district", "Karim Khan village"), a comma
// and a country or first-level division follow, or a preposition of place comes before ("in
// Hassan Tepe, Kirkuk"; not "from" or "to": a letter from Teodoro Fenwick).
bool Recognition::place_context(std::size_t i, std::size_t e) {
    if (e < n && t[e].word && t[e].sentence == t[i].sentence &&
        (lex::settlement_noun(a.norm(e)) ||
         division_word(a.norm(e)) != gazetteer::DivisionLevel::none))
        return true;
    // "Dara Koh, Yusuf Tepe, Afghanistan": a level of a stated hierarchy, closed by a comma and a
    // country or first-level division (not its possessive: "Teodoro Fenwick, Kenya's envoy")
    if (e + 1 < n && !t[e].word && a.surface(t[e].begin, t[e].end) == "," && t[e + 1].word &&
        t[e + 1].cap && !t[e + 1].possessive && t[e + 1].sentence == t[i].sentence &&
        memo.exact(idx, a.norm(e + 1), false).strong)
        return true;
    if (i > 0 && t[i - 1].word && !t[i - 1].cap && t[i - 1].sentence == t[i].sentence) {
        static constexpr std::string_view where[] = {
            "in",     "near",  "outside",    "into",   "inside",  "around",
            "across", "at",    "throughout", "within", "towards", "toward"};
        std::string_view pv = a.norm(i - 1);
        if (std::find(std::begin(where), std::end(where), pv) != std::end(where)) return true;
    }
    std::size_t last_words[max_ngram];
    std::size_t words = ngram_keys(i, last_words);
    for (std::size_t w = 1; w < words; ++w) {
        if (memo.exact(idx, {key, key_lens[w]}, false).own) return true;
        if (w < 3 && key_lens[w] >= 4 && memo.loose(idx, {key, key_lens[w]})) return true;
    }
    return false;
}

// A given name (lex::is_given_name), or a hyphenated one with a capital after each hyphen and a
// given name among its parts that the gazetteer does not know as a whole ("Lin-Manuel",
// "Jean-Pierre", "Mary-Kate"; not "Winston-Salem").
bool Recognition::given_name_at(std::size_t i) {
    std::string_view nm = a.norm(i);
    if (lex::is_given_name(nm)) return true;
    std::string_view sf = a.surface(t[i].begin, t[i].end);
    if (sf.find('-') == std::string_view::npos || nm.find(' ') == std::string_view::npos) return false;
    for (std::size_t h = sf.find('-'); h != std::string_view::npos; h = sf.find('-', h + 1))
        if (h + 1 >= sf.size() || sf[h + 1] < 'A' || sf[h + 1] > 'Z') return false;
    if (memo.exact(idx, nm, false).any) return false;
    for (std::size_t b = 0; b < nm.size();) {
        std::size_t e = std::min(nm.find(' ', b), nm.size());
        if (lex::is_given_name(nm.substr(b, e - b))) return true;
        b = e + 1;
    }
    return false;
}

// "Matilde Fenwick", "Henrik de Tessier", "Ingrid Ann Dunmore": a given name (lex::is_given_name)
// followed by one to three capitalised name words is a person's name, unless the given name is
// a country's ("Jordan", "Chad") or the context makes the words a place's (place_context). A
// given name that is also a first-level division's counts only with a surname that is no
// country, division or town of 50,000 or more ("Victoria Okafor", "Victoria Rowell", not
// "Georgia Tbilisi"), one that is also a town of 50,000
// or more only with a surname that is no town of 10,000 or more ("Teodoro Fenwick"; a larger place
// after it ends the name: "Florence Alabama").
void Recognition::mark_given_names() {
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const Tok& tk = t[i];
        if (!tk.word || !tk.cap || tk.caps || person[i] || tk.possessive || a.title_case_line(i))
            continue;
        // a name word, an initial or a particle must follow
        if (!t[i + 1].word || t[i + 1].sentence != tk.sentence) continue;
        std::string_view nm = a.norm(i);
        if (!given_name_at(i) || lex::is_common_word(nm) || a.lower_words.count(nm)) continue;
        KeyInfo self = memo.exact(idx, nm, false);
        std::size_t e = name_after(i + 1, 3, self.big || self.strong);
        if (e == i + 1) continue;
        if (self.country) continue;
        if (place_context(i, e)) continue;
        // a division's name needs a surname that is no country, division or large town (a
        // large town's one that is no large place: name_after)
        if (self.strong) {
            bool known = false;
            for (std::size_t k = i + 1; k < e; ++k)
                if (t[k].word && t[k].cap) {
                    KeyInfo sk = memo.exact(idx, a.norm(k), false);
                    if (sk.strong || sk.big || sk.country) known = true;
                }
            if (known) continue;
        }
        mark_person(i, e);
        i = e - 1;
    }
}

// "his brother Kofi", "girlfriend Luisa": a capitalised name after a lower-case kinship word is
// a person's; "Mensah's wife": so is a name with a possessive before one (not a country's or a
// division's: "Syria's sons").
void Recognition::mark_kin() {
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (!t[i].word || t[i].cap || t[i].caps) continue;
        // (the word list only where a name stands next to the word)
        bool name_next = t[i + 1].word && t[i + 1].cap;
        bool owner_before = i > 0 && t[i - 1].possessive && t[i - 1].cap;
        if (!(name_next || owner_before) || !lex::is_kin_word(a.norm(i))) continue;
        if (std::size_t e = name_after(i + 1, 3, true); e > i + 1) mark_person(i + 1, e);
        if (i > 0 && t[i - 1].word && t[i - 1].possessive && t[i - 1].cap && !t[i - 1].caps &&
            surname_at(i - 1)) {
            KeyInfo k = memo.exact(idx, a.norm(i - 1), false);
            if (!k.strong && !k.big && !k.country) mark_person(i - 1, i);
        }
    }
}

} // namespace gt::geoparse::detail
