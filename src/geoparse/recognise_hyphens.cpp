// Recognition, hyphenated words (docs/geoparse.md, "Recognition"): the parts of one word
// ("Turkish-backed", "Djibo-Mentao") as mentions of their own, and the road pairs.

#include "geoparse/recognition.hpp"
#include "geoparse/rank.hpp"

namespace gt::geoparse::detail {

namespace {

// The route word after the hyphenated word at token k and at most two capitalised words that
// go on its second part ("Miniyeh-Aabdeh highway", "Zahle-Qabb Elias road"); the number of
// tokens when there is none.
std::size_t route_after_pair(const Analysed& a, std::size_t k) {
    const auto& t = a.toks;
    for (std::size_t j = k + 1; j < t.size() && j <= k + 3 && t[j].word && t[j].sentence == t[k].sentence; ++j) {
        if (lex::is_route_word(a.norm(j))) return j;
        if (!t[j].cap || t[j].possessive || t[k].possessive) break;
    }
    return t.size();
}

} // namespace

// Whether token i goes on the second part of a hyphenated word before it up to a route word
// ("the Zahle-Qabb Elias road": Elias is Qabb Elias's, no place of its own).
bool hyphen_continuation(const Analysed& a, std::size_t i) {
    const auto& t = a.toks;
    for (std::size_t k = i; k-- > 0 && k + 3 > i;) {
        if (!t[k].word || !t[k].cap || t[k].sentence != t[i].sentence) return false;
        std::string_view w = a.surface(t[k].begin, t[k].end);
        std::size_t h = w.rfind('-');
        if (h != std::string_view::npos && h + 1 < w.size() && w[h + 1] >= 'A' && w[h + 1] <= 'Z')
            return route_after_pair(a, k) < t.size();
    }
    return false;
}

// "Britain-based", "Turkish-backed", "anti-Russian", "ex-Soviet": a country or demonym before or
// after a hyphen inside one word; "Djibo-Mentao": two places joined by a hyphen.
// One part of the hyphenated word at token k, bytes [b, e), as a mention of its own.
void Recognition::add_hyphen_part(std::size_t k, std::size_t b, std::size_t e, std::string_view part,
                                  bool demonym, bool modifier) {
    Span s;
    s.tb = k;
    s.te = k + 1;
    s.begin = b;
    s.end = e;
    s.key = std::string(part);
    s.demonym = demonym;
    s.embedded = modifier;
    // (a code in capitals, "US-led", "UK-based", is a short code: it casts no vote for the
    // document's countries, as "US" alone does not)
    std::string_view sf = a.text.substr(b, e - b);
    s.short_code = sf.size() <= 3 && std::none_of(sf.begin(), sf.end(), [](char ch) { return ch < 'A' || ch > 'Z'; });
    found.push_back({std::move(s), false, true});
}

// "Djibo-Mentao", "Banh-Ouahigouya": two places joined by a hyphen (a road, an axis, a front
// between them), each taken when the gazetteer knows it by its own name; a known second part
// after an unknown first one only next to a route word ("the Qarfa-Kano highway", "the axis
// Qarfa-Kano"), after an acronym, or as a country or demonym: "Xaaji-Cali village" is one name
// the gazetteer lacks, not Cali in Colombia (a known first part heads a town's part:
// "Belgrade-Stari Grad"). Before a route word, the second part goes on over the capitalised
// words after the hyphenated one ("the Zahle-Qabb Elias road": Qabb Elias, never Elias alone:
// hyphen_continuation). The hyphen is at byte h of the word, the space at sp of its key.
void Recognition::pair_parts(std::size_t k, std::size_t h, std::size_t sp) {
    const Tok& tk = t[k];
    std::string_view surf = a.surface(tk.begin, tk.end), nm = a.norm(k);
    std::size_t cont = route_after_pair(a, k);
    bool route_after = cont < n;
    if (!route_after) cont = k + 1;
    bool route = route_after || (k > 0 && t[k - 1].word && lex::is_route_word(a.norm(k - 1)));
    // (next to a route word, a part known by another of its names too, a town's in a
    // country whose names are transliterated: "the Rashayya-Masnaa road", Rashayya for
    // Rachaiya; not "the Trans-Canada highway", Trans-en-Provence)
    auto known = [&](std::string_view part, KeyInfo& info) {
        if (part.size() < 4 || lex::is_common_word(part) || lex::is_title(part)) return false;
        info = inspect(idx, idx.exact_postings(part), false, part);
        return info.any && (info.own || (route && transliterated_town(part))) && !info.abbrev_only;
    };
    std::string tail_key(nm.substr(sp + 1));
    for (std::size_t j = k + 1; j < cont; ++j) tail_key.append(" ").append(a.norm(j));
    KeyInfo hi, ti;
    bool head = known(nm.substr(0, sp), hi), tail = known(tail_key, ti);
    // (after an acronym the second part stands: "IBA-Karachi"; so does a country or a
    // demonym: "All-American")
    std::string_view head_sf = surf.substr(0, h);
    bool acronym = std::none_of(head_sf.begin(), head_sf.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    std::size_t before = found.size();
    if (head) add_hyphen_part(k, tk.begin, tk.begin + h, nm.substr(0, sp), hi.demonym_only, false);
    if (tail && (head || route || acronym || ti.country || ti.demonym_only)) {
        add_hyphen_part(k, tk.begin + h + 1, t[cont - 1].end, tail_key, ti.demonym_only, false);
        found.back().span.te = cont;
    }
    // (an end of a road is a site at the town: precision 2)
    for (std::size_t f = before; f < found.size() && route; ++f)
        found[f].span.site = found[f].span.road_end = true;
}

// "Abu Dhabi-based", "Los Angeles-based", "New York-based", "Hong Kong-listed", "Rio de
// Janeiro-born": one or two capitalised words (a name connector between them) before the
// hyphenated word at token k, with its head before the hyphen (byte h of the word, the space at
// sp of its key), name a place the gazetteer knows by its own name: a modifier as "London-based"
// is, taken when the place is a country (any suffix: "Hong Kong-listed") or, before "-based",
// "-born" or "-headquartered", a first-level division or a town of 50,000 or more. Returns
// whether the name was taken; the words before are no place of their own then.
bool Recognition::name_before_hyphen(std::size_t k, std::size_t h, std::size_t sp) {
    const Tok& tk = t[k];
    std::string_view nm = a.norm(k);
    std::string_view head = nm.substr(0, sp), suffix = nm.substr(sp + 1);
    const bool from = suffix == "based" || suffix == "born" || suffix == "headquartered";
    std::string name;
    for (std::size_t b = k; b-- > 0 && b + 4 > k;) {
        const Tok& w = t[b];
        if (!w.word || w.sentence != tk.sentence || w.possessive || person[b]) return false;
        const bool connector = !w.cap && lex::is_name_connector(a.norm(b));
        if ((!w.cap && !connector) || a.norm(b) == "the") return false;
        if (connector) continue;
        name.assign(a.norm(b));
        for (std::size_t j = b + 1; j < k; ++j) name.append(" ").append(a.norm(j));
        name.append(" ").append(head);
        KeyInfo info = memo.exact(idx, name, false);
        if (!info.any || !info.own || info.demonym_only) continue;
        if (!(info.country || (from && (info.strong || info.big)))) return false;
        // (a word of the name taken alone before is no place: "Rio" of "Rio de Janeiro-born")
        while (!found.empty() && found.back().span.te > b) {
            if (found.back().span.tb < b) return false;
            found.pop_back();
        }
        Span s;
        s.tb = b;
        s.te = k + 1;
        s.begin = w.begin;
        s.end = tk.begin + h;
        s.key = name;
        s.embedded = true;
        found.push_back({std::move(s), false, true});
        return true;
    }
    return false;
}

void Recognition::hyphen_parts(std::size_t k) {
    const Tok& tk = t[k];
    std::string_view surf = a.surface(tk.begin, tk.end);
    std::string_view nm = a.norm(k);
    std::size_t h = surf.find('-'), sp = nm.find(' ');
    if (h == std::string_view::npos || sp == std::string_view::npos || person[k]) return;
    auto add_part = [&](std::size_t b, std::size_t e, std::string_view part, bool demonym,
                        bool modifier) { add_hyphen_part(k, b, e, part, demonym, modifier); };
    // "Saudi-led", "Britain-based", "Turkish-backed": a modifier, never the place of an event
    // nor what a document is about (an adjective inside a longer name)
    // (so does a code that prose writes for a country, in capitals: "US-led", "EU-backed",
    // "UK-bashing"; not "AI-composed", "MS-13", "R-FL")
    auto try_part = [&](std::size_t b, std::size_t e, std::string_view part) {
        std::string_view sf = a.text.substr(b, e - b);
        bool code = is_prose_code(part) &&
                    std::none_of(sf.begin(), sf.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        KeyInfo info = inspect(idx, idx.exact_postings(part), part.size() >= 4 || code);
        if (info.any && (info.country || info.demonym_only || (code && info.strong))) add_part(b, e, part, true, true);
    };
    std::size_t h_last = surf.rfind('-');
    // "Nord-Kivu", "Sud-Ouest", "North-Kivu": a compass word heading a hyphenated name is part
    // of it, never a place alone ("Nord" of Burkina Faso); the name is looked up with its
    // compass words in English ("north kivu") when the gazetteer does not know it as written
    if (tk.cap && h > 1 && h_last == h && sp == nm.rfind(' ') &&
        !lex::compass_head(nm.substr(0, sp)).empty()) {
        std::string_view rest = nm.substr(sp + 1);
        std::string_view rest_en = lex::compass_head(rest);
        std::string english = std::string(lex::compass_head(nm.substr(0, sp))) + ' ' +
                              std::string(rest_en.empty() ? rest : rest_en);
        KeyInfo info = inspect(idx, idx.exact_postings(english), false, english);
        if (info.any && info.own && !info.demonym_only) {
            add_part(tk.begin, tk.end, english, false, false);
            found.back().span.english = true;
        }
        return;
    }
    if (tk.cap && h > 1 && h_last == h && h + 2 < surf.size() && surf[h + 1] >= 'A' &&
        surf[h + 1] <= 'Z' && sp == nm.rfind(' ')) {
        pair_parts(k, h, sp);
        return;
    }
    // "London-based", "Pennsylvania-based", "US-based", "Paris-born": a notable place (a
    // country, first-level division or town of 50,000 or more) before "-based" or "-born" is
    // where a firm or person is from, a modifier like "Saudi-led"
    // (not the last word of a longer name the gazetteer knows: "Los Angeles-based")
    bool name_before = false;
    if (k > 0 && t[k - 1].word && t[k - 1].cap && t[k - 1].sentence == tk.sentence) {
        std::string two = std::string(a.norm(k - 1)) + ' ' + std::string(nm.substr(0, sp));
        name_before = memo.exact(idx, two, false).own;
    }
    // "Abu Dhabi-based", "Los Angeles-based", "Hong Kong-listed", "Rio de Janeiro-born": the
    // words before the hyphenated one and its head, a longer name (name_before_hyphen)
    if (tk.cap && h > 1 && h_last == h && sp == nm.rfind(' ') && name_before_hyphen(k, h, sp)) return;
    if (tk.cap && !name_before && h > 1 && h_last == h && sp == nm.rfind(' ') &&
        (nm.substr(sp + 1) == "based" || nm.substr(sp + 1) == "born")) {
        std::string_view head = nm.substr(0, sp);
        std::string_view head_sf = surf.substr(0, h);
        bool caps = std::none_of(head_sf.begin(), head_sf.end(),
                                 [](char ch) { return ch >= 'a' && ch <= 'z'; });
        KeyInfo info = memo.exact(idx, head, caps || head.size() >= 4);
        if (info.any && info.own && !info.demonym_only && ((caps && is_prose_code(head)) || !lex::is_common_word(head)) &&
            (info.strong || info.big || info.country)) {
            add_part(tk.begin, tk.begin + h, head, false, true);
            return;
        }
    }
    if (tk.cap && h > 1) {
        try_part(tk.begin, tk.begin + h, nm.substr(0, sp));
        return;
    }
    std::size_t h2 = surf.rfind('-'), sp2 = nm.rfind(' ');
    if (h2 + 1 < surf.size() && surf[h2 + 1] >= 'A' && surf[h2 + 1] <= 'Z')
        try_part(tk.begin + h2 + 1, tk.end, nm.substr(sp2 + 1));
}

} // namespace gt::geoparse::detail
