// Recognition, people (docs/geoparse.md, "Recognition"): the tokens of people's names, after a
// title, a given name or a kin word, a place's name before a listed surname, a name before "Jr.",
// and the names whose bare uses are those people.

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

// A surname of the list (lex::is_surname) at token j that can stand as one (surname_at), no
// feature's, street's or site's word ("Victoria Park", "Jordan Hall" are no people).
bool Recognition::listed_surname_at(std::size_t j) const {
    if (j >= n || !t[j].word || !t[j].cap || t[j].caps) return false;
    std::string_view nm = a.norm(j);
    return lex::is_surname(nm) && surname_at(j) && !lex::is_name_head_word(nm) &&
           !lex::is_site_word(nm) && !lex::is_feature_word(nm);
}

// Whether some place named `inner` lies in a country or first-level division named `outer`
// ("Florence Alabama", "Victoria Australia", "Paris Texas").
bool Recognition::lies_in(std::string_view inner, std::string_view outer) const {
    for (std::uint32_t po : idx.exact_postings(outer)) {
        const std::uint32_t o = po >> 4;
        if (o >= idx.size()) continue;
        const bool country = idx.is_country(o);
        if (!country && !idx.is_admin1(o)) continue;
        const auto& oe = idx.entry(o);
        for (std::uint32_t pg : idx.exact_postings(inner)) {
            const std::uint32_t g = pg >> 4;
            if (g >= idx.size() || g == o) continue;
            const auto& ge = idx.entry(g);
            if (ge.country[0] != oe.country[0] || ge.country[1] != oe.country[1]) continue;
            if (country || ge.admin1 == oe.admin1) return true;
        }
    }
    return false;
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
// a country's ("Jordan", "Chad") or the context makes the words a place's (place_context); a
// listed surname after it (listed_surname_at) makes a person's name of a country's given name
// too, and past any place ("Jordan Henderson", "Michael Jordan"). A
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
        // a listed surname after it makes the two a person's name whatever places they name
        // ("Jordan Henderson", "Kenya Moore", "Michael Jordan"), unless the given name's place
        // lies in the surname's ("Victoria Jackson" stays a person; "Paris Texas" has no
        // listed surname, and "Georgia Jordan" two countries)
        bool listed = listed_surname_at(i + 1);
        if (listed) {
            KeyInfo sk = memo.exact(idx, a.norm(i + 1), false);
            // (a town of 50,000 or more and another notable place in a list are places:
            // "Flights linked Teodoro Paris and Geneva"; "selected by Barry Douglas for" is a
            // person, and so is a division's name before one: "Michael Jordan")
            const bool notable = sk.strong || sk.big || sk.country;
            if ((self.country && sk.country) || (self.big && notable && in_list(i, i + 2)) ||
                (sk.strong && lies_in(nm, a.norm(i + 1))))
                listed = false;
        }
        // (not a demonym, "German Chambers", nor a body's name that goes on: "... of Commerce")
        if (listed && (self.has_demonym || body_goes_on(i + 2) || (self.any && hierarchy_slot(i)))) listed = false;
        if (listed && e < i + 2) e = i + 2;
        if (e == i + 1) continue;
        // a country's given name ("Israel", "Jordan", "Georgia") without a listed surname only
        // before a name the gazetteer does not know at all, with no capitalised word after it
        // ("Israel Adesanya won"; not "Jordan Valley", "Israel Defense Forces")
        if (self.country && !listed && self.has_demonym) continue;
        if (self.country && !listed) {
            bool unknown = e < n && t[e].word && !t[e].cap && !t[e].caps && t[e].sentence == tk.sentence;
            for (std::size_t k = i + 1; k < e && unknown; ++k)
                if (t[k].word && (memo.exact(idx, a.norm(k), false).any || memo.loose(idx, a.norm(k))))
                    unknown = false;
            if (!unknown) continue;
        }
        if (place_context(i, e)) continue;
        // a division's name needs a surname that is no country, division or large town (a
        // large town's one that is no large place: name_after)
        if (self.strong && !listed) {
            bool known = false;
            for (std::size_t k = i + 1; k < e; ++k)
                if (t[k].word && t[k].cap) {
                    KeyInfo sk = memo.exact(idx, a.norm(k), false);
                    if (sk.strong || sk.big || sk.country) known = true;
                }
            if (known) continue;
        }
        // (a country's bare uses elsewhere stay the country: "Jordan Henderson" ... "in Jordan")
        if (self.country) {
            person[i] = 1;
            mark_person(i + 1, e);
        } else {
            mark_person(i, e);
        }
        i = e - 1;
    }
}

// Token i opens a level of a hierarchy the text states: after "(" or after a comma that follows
// a capitalised word ("(Quissanga, Cabo Delgado)": no person Cabo Delgado).
bool Recognition::hierarchy_slot(std::size_t i) const {
    if (i == 0 || t[i - 1].word || t[i - 1].sentence != t[i].sentence) return false;
    std::string_view p = a.surface(t[i - 1].begin, t[i - 1].end);
    if (p == "(") return true;
    return p == "," && i > 1 && t[i - 2].word && (t[i - 2].cap || t[i - 2].caps);
}

// "Kenya Moore", "Georgia Smith": a country's or first-level division's name (no demonym:
// "Spanish Cortes", "American Brands"; no town's: "Dayton Hudson", "Cincinnati Bell" are firms)
// that is no given name (mark_given_names reads those), followed by a
// listed surname (listed_surname_at) that is no country or first-level
// division, and no third capitalised word ("Houston Methodist Hospital"), is a person's name;
// not where the two open a longer run of capitalised words, or in a place's context
// (place_context: "in Dallas Jones", "Kenya Moore district"), nor in a hierarchy's level
// (hierarchy_slot).
void Recognition::mark_place_surnames() {
    for (std::size_t i = 0; i + 2 < n; ++i) {
        const Tok& tk = t[i];
        if (!tk.word || !tk.cap || tk.caps || person[i] || person[i + 1] || tk.possessive ||
            t[i + 1].sentence != tk.sentence || !t[i + 1].word || !t[i + 1].cap || t[i + 1].caps ||
            !lex::is_surname(a.norm(i + 1)) || a.title_case_line(i))
            continue;
        if (i > 0 && t[i - 1].word && (t[i - 1].cap || t[i - 1].caps) && t[i - 1].sentence == tk.sentence &&
            !(t[i - 1].sentence_start && (lex::is_common_word(a.norm(i - 1)) || a.lower_words.count(a.norm(i - 1)))))
            continue;
        std::string_view nm = a.norm(i);
        if (lex::is_common_word(nm) || a.lower_words.count(nm) || given_name_at(i)) continue;
        KeyInfo self = memo.exact(idx, nm, false);
        if (!(self.strong || self.country) || self.has_demonym || !listed_surname_at(i + 1) || hierarchy_slot(i))
            continue;
        KeyInfo sk = memo.exact(idx, a.norm(i + 1), false);
        if (sk.strong || sk.country) continue;
        std::size_t e = i + 2;
        if (!t[i + 1].possessive && t[e].word && (t[e].cap || t[e].caps) && t[e].sentence == tk.sentence &&
            !name_suffix(e))
            continue;
        // "Manitoba Chambers of Commerce": a body's name goes on
        if (body_goes_on(e)) continue;
        if (place_context(i, e)) continue;
        // (the place's bare uses elsewhere stay places: "Kenya Moore" ... "in Kenya")
        person[i] = 1;
        mark_person(i + 1, e);
        ++i;
    }
}

// "... Chambers of Commerce": "of" at token j and a capitalised word after it that is no
// notable place (a country, first-level division or town of 50,000 or more: "Chad Smith of
// Chicago" is a person), a body's name that goes on.
bool Recognition::body_goes_on(std::size_t j) {
    if (j + 1 >= n || !t[j].word || a.norm(j) != "of" || t[j + 1].sentence != t[j].sentence ||
        !t[j + 1].word || !(t[j + 1].cap || t[j + 1].caps))
        return false;
    KeyInfo k = memo.exact(idx, a.norm(j + 1), false);
    return !(k.strong || k.big || k.country);
}

// Tokens [b, e) stand in a list: a comma, "and" or "or" right before or after them.
bool Recognition::in_list(std::size_t b, std::size_t e) const {
    auto joins = [&](std::size_t k) {
        if (k >= n || t[k].sentence != t[b].sentence) return false;
        if (!t[k].word) return a.surface(t[k].begin, t[k].end) == ",";
        std::string_view w = a.norm(k);
        return !t[k].cap && (w == "and" || w == "or");
    };
    return (b > 0 && joins(b - 1)) || joins(e);
}

// "Jr", "Sr": the suffix of a person's name.
bool Recognition::name_suffix(std::size_t j) const {
    if (j >= n || !t[j].word || !t[j].cap) return false;
    std::string_view nm = a.norm(j);
    return nm == "jr" || nm == "sr";
}

// "Cuba Gooding Jr.", "Martin Luther King Jr.": the capitalised words (up to three) right before
// "Jr" or "Sr" are a person's name, whatever places they name.
void Recognition::mark_name_suffixes() {
    for (std::size_t e = 1; e < n; ++e) {
        if (!name_suffix(e) || !t[e - 1].word || !t[e - 1].cap || t[e - 1].caps ||
            t[e - 1].sentence != t[e].sentence)
            continue;
        std::size_t b = e - 1;
        while (b > 0 && e - b < 3 && t[b - 1].word && t[b - 1].cap && !t[b - 1].caps &&
               t[b - 1].sentence == t[e].sentence && !t[b - 1].possessive &&
               !lex::is_title(a.norm(b - 1)) &&
               !(t[b - 1].sentence_start && (lex::is_common_word(a.norm(b - 1)) || a.lower_words.count(a.norm(b - 1)))))
            --b;
        mark_person(b, e);
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
