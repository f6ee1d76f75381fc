// Recognition, the filters of names (docs/geoparse.md, "Recognition", 3): a name that goes on
// (a person's, an organisation's), an unknown division's name, demonyms and modifiers.

#include "geoparse/recognition.hpp"

#include "gazetteer/format.hpp"

namespace gt::geoparse::detail {

// "Bankass Circle", "Cercle": Mali's second-level division (the cercle, "circle" in English
// summaries) named after its seat.
static bool cercle_word(std::string_view nn) { return nn == "circle" || nn == "cercle"; }

// A capitalised word after the name that is neither a place, a type word, an organisation word
// nor a title, or "Jr." / "Sr." ("David Smith", "Mitchell Jr.", "Houston Rockets"); not before a
// title ("Laguna Mayor Justin ...", "Manila Archbishop Luis ..."; a firm's title only after a
// town of 50,000 or more: "Cadillac President Johan ..." is the firm's).
bool Recognition::name_word_after(const Candidate& c) const {
    const Tok& first = t[c.i];
    const std::size_t nx = c.last + 1;
    if (nx >= n || !t[nx].word || !t[nx].cap || t[nx].caps || a.title_case_line(c.i) ||
        t[nx].sentence != first.sentence || first.caps || t[c.last].possessive)
        return false;
    std::string_view nn = a.norm(nx);
    static constexpr std::string_view firm_titles[] = {
        "president", "chairman", "chairwoman", "ceo", "founder", "director", "manager"};
    bool firm_title =
        std::find(std::begin(firm_titles), std::end(firm_titles), nn) != std::end(firm_titles);
    bool suffix = nn == "jr" || nn == "sr";
    bool office = !suffix && (lex::is_place_office(nn) ||
                              (lex::is_title(nn) && (c.info.big || !firm_title)));
    // (nor a road named after the town: "Wana Bypass Road", "Kabul Highway"; a square or a
    // bridge may bear a person's name)
    const bool road = nn == "road" || nn == "highway" || nn == "motorway" || nn == "expressway" || nn == "bypass";
    // (nor Mali's cercle after its seat: "Bankass Cercle")
    if (cercle_word(nn) && district_seat(a.norm(c.i))) return false;
    return !road && !lex::is_org_word(nn) && division_word(nn) == gazetteer::DivisionLevel::none &&
           !lex::is_name_connector(nn) && !lex::is_common_word(nn) && !office &&
           (suffix || !inspect(idx, idx.exact_postings(nn), false).any);
}

// A lower-case Arabic article hyphenated to a capitalised word, one token: "al-Rabi",
// "el-Fasher", "ash-Shaddadi".
bool Recognition::hyphen_article_name(std::size_t j) const {
    if (j >= n || !t[j].word || t[j].cap) return false;
    std::string_view sf = a.surface(t[j].begin, t[j].end);
    std::size_t h = sf.find('-');
    return h != std::string_view::npos && h + 1 < sf.size() && gazetteer::is_article(sf.substr(0, h)) &&
           sf[h + 1] >= 'A' && sf[h + 1] <= 'Z';
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
        // "Wadi al-Rabi", "Bir al-Ghanam": the article hyphenated to the name's next word
        if (!via_article && hyphen_article_name(nj) && nx.sentence == first.sentence && nx.space_before &&
            !best_info.big) {
            keep = false;
            return nj + 1;
        }
        if (nx.word && nx.cap && !nx.caps && nx.sentence == first.sentence && nx.space_before &&
            !lex::is_org_word(nn) && division_word(nn) == gazetteer::DivisionLevel::none &&
            !lex::is_name_connector(nn) && !lex::is_common_word(nn) && !lex::is_title(nn) &&
            !is_month_or_day(nn) && nn != "city" && nn != "town" && nn != "village") {
            // "Bankass Circle": the cercle named after its seat, a level word, no place of its own
            if (!via_article && cercle_word(nn) && district_seat(a.norm(i))) return nj + 1;
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

// "Khost Wa Firing district", "Dhahran al-Janub district": a name followed by further
// capitalised words (or Arabic articles and "wa" between them) and then a division word is the
// start of a division's name the gazetteer does not know; it is not taken alone, unless it is
// a district's seat, which gives the district its name ("Lal Wa Sarjangal district": La'l).
// Returns the division word's token, 0 when the name is not so followed.
std::size_t Recognition::unknown_division_name(const Candidate& c, std::string_view name_key) const {
    const Tok& first = t[c.i];
    if (c.info.country || first.caps || a.title_case_line(c.i) || t[c.last].possessive ||
        division_word(a.norm(c.last)) != gazetteer::DivisionLevel::none)
        return 0;
    std::size_t names = 0;
    for (std::size_t j = c.last + 1; j < n && j <= c.last + 5; ++j) {
        const Tok& w = t[j];
        if (!w.word || w.sentence != first.sentence || !w.space_before) return 0;
        std::string_view nn = a.norm(j);
        if (division_word(nn) != gazetteer::DivisionLevel::none)
            return names > 0 && !district_seat(name_key) && !known_run(c.last + 1, j) ? j : 0;
        bool joins = !w.cap && (name_particle(nn) || nn == "wa" || nn == "va") && j + 1 < n &&
                     t[j + 1].word && t[j + 1].cap;
        if (joins) continue;
        bool name = (w.cap && !w.caps) || has_upper_ascii(a.surface(w.begin, w.end));
        if (!name || lex::is_org_word(nn) || lex::is_common_word(nn) || lex::is_title(nn) ||
            is_month_or_day(nn) || w.possessive)
            return 0;
        ++names;
    }
    return 0;
}

// The words of tokens [b, e) are a name the gazetteer knows ("Maiduguri Borno State": two
// places, the second with its generic word).
bool Recognition::known_run(std::size_t b, std::size_t e) const {
    char buf[text::max_name_bytes];
    std::size_t len = 0;
    for (std::size_t k = b; k < e; ++k) {
        std::string_view w = a.norm(k);
        if (len + w.size() + 1 > sizeof buf) return false;
        if (len > 0) buf[len++] = ' ';
        std::memcpy(buf + len, w.data(), w.size());
        len += w.size();
    }
    return !idx.exact_postings({buf, len}).empty();
}

// Some place of the key is a second-level division's seat (PPLA2).
bool Recognition::district_seat(std::string_view name_key) const {
    for (std::uint32_t p : idx.exact_postings(name_key)) {
        std::uint32_t e = p >> 4;
        if (e < idx.size() && (p & 0xF) == gazetteer::format::kind_name && idx.feature_code(e) == "PPLA2")
            return true;
    }
    return false;
}

// Articles, function words and first names before a place.
void Recognition::name_filters(const Candidate& c, const Span& s, bool& keep) {
    const Tok& first = t[c.i];
    const std::size_t i = c.i;
    const KeyInfo& best_info = c.info;
    const bool single = c.len == 1;
    const std::string_view nm = a.norm(i);
    if (single && !best_info.country) {
        // "La Niña", "El Niño": the word after an article that begins a longer unknown name
        // (not after a sentence-initial preposition: "In Paris, ...")
        // (a sentence's opening "The" is capitalised as the sentence's first word, no name's,
        // before a place's own name that a common noun follows: "The Goma airport was closed",
        // "The Kouri airstrip, captured by rebels, ..."; not "The Venice Commission", nor a
        // code of three letters: "The Vix measure")
        const bool opening_the = i > 0 && t[i - 1].sentence_start && a.norm(i - 1) == "the" && best_info.own &&
                                 nm.size() >= 4 && c.last + 1 < t.size() && t[c.last + 1].word &&
                                 !t[c.last + 1].cap;
        if (i > 0 && t[i - 1].word && t[i - 1].cap && t[i - 1].sentence == first.sentence &&
            lex::is_name_connector(a.norm(i - 1)) && !best_info.strong && !s.after_locative && !opening_the)
            keep = false;
        // an article or particle alone ("La", "El", "De") is no place; a town of 10,000 or
        // more by its own name of four letters or more is, in a list or the text's hierarchy
        // ("Beni and Butembo", "(Beni, Nord-Kivu)"), after a locative word ("attacked Beni",
        // "near Beni") or before a division or settlement word ("Beni territory")
        // (by its exact name, a word of its own: "Bani Siyah" is another name, "the village of
        // Bani" a village the gazetteer may lack, not a town abroad spelt alike)
        const bool alone = c.last + 1 >= t.size() || !t[c.last + 1].word || !t[c.last + 1].cap;
        const bool placed = listed_next(c.last) ||
                            (!c.loose && alone && (s.after_locative || s.division != gazetteer::DivisionLevel::none));
        if (lex::is_name_connector(nm) && !first.caps && !(nm.size() >= 4 && best_info.own && best_info.mid && placed))
            keep = false;
    }
    // "Elizabeth II", "Paul VI Medical Center", "Paris II university": a name before a regnal or
    // ordinal numeral names a monarch, a pope or an institution, never the place (its bare uses
    // then name the person)
    if (keep && !best_info.country && regnal_numeral_after(c.last)) {
        keep = false;
        if (single) people.insert(nm);
    }
    if (single && best_info.strong && first.sentence_start && lex::is_common_word(nm) &&
        !first.caps) {
        // "Chad", "Jordan" at a sentence start are kept; function words are not
        if (nm.size() <= 3) keep = false;
    }
    // "Firstname Place": a capitalised word before that is not itself a place or a modifier;
    // a sentence-initial preposition is none ("In Paris, police said", "At Damascus ...")
    if (keep && i > 0 && t[i - 1].word && (t[i - 1].cap) && !t[i - 1].caps &&
        !a.title_case_line(i) && t[i - 1].sentence == first.sentence && !best_info.strong &&
        !s.demonym && !s.after_locative) {
        std::string_view pv = a.norm(i - 1);
        bool prev_is_place = !found.empty() && found.back().span.te == i;
        // "Syrias Raqa": a country's possessive written without its apostrophe
        if (!prev_is_place && pv.size() > 3 && pv.back() == 's' &&
            inspect(idx, idx.exact_postings(pv.substr(0, pv.size() - 1)), false).country)
            prev_is_place = true;
        bool prev_weak =
            t[i - 1].sentence_start && (lex::is_common_word(pv) || a.lower_words.count(pv));
        // (a word that names no place's part: no modifier, particle, title or division word)
        const bool plain = !prev_is_place && !prev_weak && !lex::is_place_modifier(pv) &&
                           !lex::is_name_connector(pv) && !lex::is_title(pv) &&
                           division_word(pv) == gazetteer::DivisionLevel::none;
        if (plain && !lex::is_common_word(pv)) {
            keep = false;
            if (single) people.insert(nm);
        }
        // "Haft Tappeh Sugar Cane Mill": a common word too, inside a run of capitalised words
        // that goes on after the name, is part of a longer name the gazetteer lacks
        else if (plain && !t[i - 1].sentence_start && single && !best_info.big && capitalised_word_after(c.last))
            keep = false;
    }
    // "the Nile Delta", "Fire Island", "Hampton Avenue", "the West Wing", "the US Federal
    // Reserve": a feature's, street's or site's word right after a capitalised word of its
    // sentence ends a longer name the gazetteer lacks, no place of its own (not Nigeria's Delta
    // State, not "Island" for Iceland)
    if (keep && single && head_of_longer_name(i)) keep = false;
    // "White House aides", "a White House spokesman": a building that names an institution,
    // before the people who work for it
    if (keep && institution_before_role(c)) keep = false;
}

// Token i, a name's last word of a feature, street or site (lex::is_name_head_word) right after
// a capitalised word of its sentence that does not open it ("In Delta, ..." does) in a line not
// in title case.
bool Recognition::head_of_longer_name(std::size_t i) const {
    if (i == 0 || !t[i].cap || t[i].caps || !t[i].space_before) return false;
    const Tok& p = t[i - 1];
    return p.word && (p.cap || p.caps) && !p.number && p.sentence == t[i].sentence && !p.sentence_start &&
           !p.possessive && lex::is_name_head_word(a.norm(i)) && !a.title_case_line(i);
}

// A name of a building ('S': the White House, also another name of Casablanca) before a
// lower-case word for the people of an institution (lex::is_role_noun).
bool Recognition::institution_before_role(const Candidate& c) const {
    const std::size_t nx = c.last + 1;
    if (nx >= n || !t[nx].word || t[nx].cap || t[nx].caps || t[nx].sentence != t[c.i].sentence ||
        !lex::is_role_noun(a.norm(nx)))
        return false;
    for (std::uint32_t p : idx.exact_postings(std::string_view(key, key_lens[c.len - 1]))) {
        std::uint32_t e = p >> 4;
        if (e < idx.size() && (p & 0xF) == gazetteer::format::kind_name && idx.entry(e).feature_class == 'S')
            return true;
    }
    return false;
}

// A capitalised word right after token `last` in its sentence that goes on a name: no division,
// site, feature or organisation word ("Cane Mill" goes on; "Homs Province" does not).
bool Recognition::capitalised_word_after(std::size_t last) const {
    const std::size_t nx = last + 1;
    if (nx >= n || !t[nx].word || !t[nx].cap || t[nx].caps || t[nx].sentence != t[last].sentence) return false;
    std::string_view w = a.norm(nx);
    return division_word(w) == gazetteer::DivisionLevel::none && !lex::is_facility_word(w) &&
           !lex::is_feature_word(w) && !lex::is_natural_feature_word(w) && !lex::is_org_word(w) &&
           !lex::is_title(w) && !lex::is_place_office(w) && !lex::is_party_word(w);
}

// A Roman numeral of two letters or more, in capitals, right after token `last` in its sentence:
// "II", "VI", "XIV" (not "I", "V", "X": a pronoun, a letter, a variable).
bool Recognition::regnal_numeral_after(std::size_t last) const {
    const std::size_t nx = last + 1;
    if (nx >= n || !t[nx].word || !t[nx].caps || !t[nx].space_before || t[nx].sentence != t[last].sentence)
        return false;
    std::string_view w = a.surface(t[nx].begin, t[nx].end);
    if (w.size() < 2 || w.size() > 6) return false;
    if (w.find_first_not_of("IVXL") != std::string_view::npos) return false;
    // a well-formed numeral up to 49: tens (XL, X{0,3}), then units (IX, IV, V?I{0,3})
    std::string_view r = w;
    if (r.starts_with("XL")) r.remove_prefix(2);
    else for (int k = 0; k < 3 && r.starts_with("X"); ++k) r.remove_prefix(1);
    if (r.starts_with("IX") || r.starts_with("IV")) r.remove_prefix(2);
    else {
        if (r.starts_with("V")) r.remove_prefix(1);
        for (int k = 0; k < 3 && r.starts_with("I"); ++k) r.remove_prefix(1);
    }
    return r.empty();
}

// The words before token i are a border's "with" ("the border with", "its frontier with the").
bool Recognition::after_border_with(std::size_t i) const {
    std::size_t j = i;
    if (j > 0 && a.norm(j - 1) == "the") --j;
    return j >= 2 && a.norm(j - 1) == "with" && t[j - 2].word && lex::is_border_word(a.norm(j - 2));
}

// Demonyms that name a people or a language, not a place.
void Recognition::demonym_filters(const Candidate& c, const Span& s, bool& keep) const {
    const Tok& first = t[c.i];
    const std::size_t i = c.i;
    const KeyInfo& best_info = c.info;
    const bool single = c.len == 1;
    // plural demonyms name people, not places ("Syrians", "Mexicans", "South Koreans")
    if (keep && s.key.size() > 3 && s.key.back() == 's' && (single || best_info.demonym_only)) {
        KeyInfo sing = inspect(
            idx, idx.exact_postings(std::string_view(s.key).substr(0, s.key.size() - 1)), false);
        if (sing.has_demonym && best_info.has_demonym) keep = false;
    }
    // a language, not a people: a demonym after "in", "speaks", "studying" ... with no noun
    // after it ("speaks in Spanish after", "means battery in English.", "studying Portuguese")
    if (keep && single && best_info.has_demonym && i > 0 && t[i - 1].word &&
        t[i - 1].sentence == first.sentence && !noun_after(c.last)) {
        static constexpr std::string_view language_verbs[] = {
            "in",    "into",     "speak",   "speaks",     "spoke",  "speaking", "study",
            "studying", "studied", "learn", "learning", "fluent", "translated", "written"};
        std::string_view pv = a.norm(i - 1);
        if (std::find(std::begin(language_verbs), std::end(language_verbs), pv) !=
            std::end(language_verbs))
            keep = false;
    }
    if (keep && single && best_info.demonym_only && people_noun(c)) keep = false;
}

// A demonym used as a noun names a person or a people, not a place: after an article, a
// quantifier or a copula and before punctuation or a verb ("an American;", "the Emirati,
// whose", "many Chinese are", "were British, sources said", "The Irish need"), or before
// "who" ("a passionate Nigerian who"). Not in a list of adjectives ("German, Irish and other
// immigrants": after "and" or a comma) nor before a noun ("an American company").
bool Recognition::people_noun(const Candidate& c) const {
    const std::size_t nx = c.last + 1;
    if (nx >= n || t[nx].sentence != t[c.i].sentence) return false;
    static constexpr std::string_view relative[] = {"who", "whose"};
    static constexpr std::string_view verbs[] = {"are", "is", "was", "were", "need", "needs", "have",
                                                 "has", "had", "will", "would", "said", "say", "says",
                                                 "support", "supports", "added", "told"};
    static constexpr std::string_view before[] = {"a",  "an",   "the",  "many", "some",    "most",
                                                  "few", "were", "are", "is",  "several", "was"};
    auto in = [](std::string_view w, const auto& list) {
        return std::find(std::begin(list), std::end(list), w) != std::end(list);
    };
    const bool word_after = t[nx].word;
    std::string_view after = word_after ? a.norm(nx) : std::string_view{};
    if (word_after && in(after, relative)) return true;
    bool ends = !word_after ? a.surface(t[nx].begin, t[nx].end) != "-" : in(after, verbs);
    return ends && c.i > 0 && t[c.i - 1].word && t[c.i - 1].sentence == t[c.i].sentence &&
           in(a.norm(c.i - 1), before);
}

} // namespace gt::geoparse::detail
