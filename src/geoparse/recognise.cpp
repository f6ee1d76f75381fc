// Recognition: the longest gazetteer name over token n-grams (exact normalised keys, then the
// transliteration-folded loose key), filtered by capitalisation and context
// (docs/geoparse.md, "Recognition").
// Its steps: recognise_scan.cpp (the candidate scan), recognise_extent.cpp (a span's extent),
// recognise_filters.cpp and recognise_names.cpp (the filters), recognise_people.cpp and
// recognise_hyphens.cpp (people's names, hyphenated words); here acceptance and finishing.
#include "geoparse/recognition.hpp"

#include "gazetteer/format.hpp"
#include "text/normalize.hpp"

#include <algorithm>

namespace gt::geoparse::detail {

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
    // a large town's name before a name word is part of a longer name, a team's or a firm's
    // ("the Houston Rockets", "Aberdeen Asset Management"), not a place of its own
    if (c.len == 1 && !best_info.country && (best_info.big || best_info.strong) &&
        name_word_after(c))
        s.embedded = true;
    if (nx < n && t[nx].word && best_info.country && lex::is_currency_word(a.norm(nx)))
        s.embedded = true;
    // and before a border ("the Turkish border", "near Mali border"), or after one's "with"
    // ("near the Kenyan border with Ethiopia"): on it, not in it
    if (nx < n && t[nx].word && best_info.country && lex::is_border_word(a.norm(nx)))
        s.embedded = true;
    if (best_info.country && after_border_with(c.i)) s.embedded = true;
    bool dateline = first.caps || (best_last + 1 < n && !t[best_last + 1].word);
    // a town of some size that opens a sentence ("Avdiivka lies ..."), when its name is
    // no word of the language
    bool named_town = best_info.mid && !lex::is_common_word(nm) && !a.lower_words.count(nm) &&
                      !is_month_or_day(nm);
    found.push_back({std::move(s), weak, best_info.big || dateline || named_town});
}

// The filters of recognition (docs/geoparse.md, "Recognition", 3) on the longest name from a
// token, which is found when they keep it. Returns where the next name may start.
std::size_t Recognition::judge(const Candidate& c) {
    Span s = span_of(c);
    // the whole name of a site or institution the place opens is shown, and no place is read
    // inside it ("Seoul Central District Court": no "Central District")
    const std::size_t facility = s.demonym || s.shown_end ? 0 : facility_last(c);
    if (facility) {
        s.shown_begin = s.begin;
        s.shown_end = t[facility].end;
        s.facility = true;
    }
    bool keep = true;
    const bool weak = c.len == 1 && !c.info.strong;
    language_filters(c, s, keep);
    code_filters(c, s, keep);
    surroundings_filters(c, keep);
    if (weak) weak_filters(c, s, keep);
    if (weak) weak_person_filters(c, s, keep);
    std::size_t resume = longer_unknown(c, keep);
    if (std::size_t dw = keep ? unknown_division_name(c, s.key) : 0; dw > 0) {
        keep = false;
        resume = dw + 1;
    }
    demonym_filters(c, s, keep);
    name_filters(c, s, keep);
    bool unplaced = keep && loose_unplaced(c, s);
    s.english = s.english || c.respelt; // looked up as the index knows it
    s.respelt = c.respelt;
    if (keep) accept(c, std::move(s), weak);
    if (unplaced) found.back().needs_support = true;
    if (keep && c.respelt) found.back().needs_country = true;
    return keep && facility ? std::max(resume, facility + 1) : resume;
}

// Whether some populated place of a country whose names are transliterated bears the name
// (as one of its names).
bool Recognition::transliterated_town(std::string_view name) const {
    for (std::uint32_t p : idx.exact_postings(name)) {
        std::uint32_t e = p >> 4;
        if (e < idx.size() && (p & 0xF) == gazetteer::format::kind_name && idx.entry(e).feature_class == 'P' &&
            transliterated(idx.country_code(e)))
            return true;
    }
    return false;
}

// "Beirut's Hamra district": a part of the town named before it; after a country's or a
// division's name ("Bangladesh's Sunamganj district", "Helmand's Nad Ali district") a place
// of its own, and the possessive no site.
void Recognition::part_after_possessive(std::vector<Span>& out, Span& part) const {
    Span* owner = out.empty() || out.back().te != part.tb ? nullptr : &out.back();
    KeyInfo info;
    if (owner) info = inspect(idx, idx.exact_postings(owner->key), false, owner->key);
    // (a division named like a town of 50,000 or more is read as the town: "Beirut's")
    bool broad = !owner || info.country || (info.strong && !info.big);
    if (!broad) return;
    part.town_part = false;
    if (owner) owner->site = false;
}

// People's names found anywhere in the document rule out their bare uses as places ("President
// Michael Jordan" ... "Jordan said"), but not "in Jordan". A small place that opens a sentence
// counts only when the document also names it elsewhere; a one-word transliteration the text
// does not place, only in a document with support for it (transliteration_support).
std::vector<Span> Recognition::finish() {
    const bool support = transliteration_support();
    std::vector<std::string_view> named;
    if (std::any_of(found.begin(), found.end(), [](const Pending& f) { return f.needs_country; }))
        named = named_countries();
    // Each record judged before any span is moved out; the names a sentence-initial weak name
    // needs beside it are those of the records that stay by the other rules mid-sentence
    // (`mid` views their keys while they are still in place: "said Nash Riad" is a person's,
    // no place that lets a line's "Nash" stand).
    std::vector<char> keep(found.size());
    std::unordered_set<std::string_view> mid;
    for (std::size_t k = 0; k < found.size(); ++k) {
        keep[k] = stays(found[k], support, named);
        if (keep[k] && !t[found[k].span.tb].sentence_start) mid.insert(found[k].span.key);
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < found.size(); ++k) {
        const Pending& f = found[k];
        if (keep[k] && f.single_weak && !f.small_ok && t[f.span.tb].sentence_start && !mid.count(f.span.key))
            keep[k] = 0;
        kept += keep[k];
    }
    // The output reserved to the number that stay (a big document's spans grew by doubling
    // beside the pending records: issue #15).
    std::vector<Span> out;
    out.reserve(kept);
    for (std::size_t k = 0; k < found.size(); ++k) {
        if (!keep[k]) continue;
        Span& s = found[k].span;
        if (s.town_part) part_after_possessive(out, s);
        out.push_back(std::move(s));
    }
    return out;
}

bool Recognition::stays(const Pending& f, bool support, const std::vector<std::string_view>& named) const {
    bool single = f.span.te == f.span.tb + 1;
    // (after a locative word too when written in the possessive, a small place's name: "fatigue
    // at Kelly's attempts" in a text that names John Kelly)
    const bool possessive = f.single_weak && t[f.span.te - 1].possessive;
    if (single && (!f.span.after_locative || possessive) && people.count(f.span.key)) return false;
    if (f.needs_support && !support) return false;
    return !(f.needs_country && !respelt_supported(f.span, named));
}

namespace {

// "Karta-e Parwan", "Nawa-e Barakzayi", "Qala-i Naw": a compound name joined by the Persian
// and Urdu ezafe ("-e", "-i", "-ye") that the gazetteer lacks as a whole. The word after the
// ezafe is the compound's tail, no place of its own (not Parwan province, not a town Naw).
bool ezafe_tail(const Analysed& a, std::size_t i) {
    if (i == 0 || !a.toks[i].space_before) return false;
    const Tok& p = a.toks[i - 1];
    if (!p.word || !p.cap || p.sentence != a.toks[i].sentence) return false;
    std::string_view w = a.surface(p.begin, p.end);
    for (std::string_view e : {"-e", "-i", "-ye", "-yi"})
        if (w.size() > e.size() + 1 && w.substr(w.size() - e.size()) == e) return true;
    return false;
}

// "US-led", "EU-backed": a hyphenated word whose last part is in lower case, a modifier; the
// transliteration key of the whole ("us led": Lod in Israel) names none of its parts.
bool lower_suffix(const Analysed& a, std::size_t i) {
    std::string_view w = a.surface(a.toks[i].begin, a.toks[i].end);
    std::size_t h = w.rfind('-');
    return h != std::string_view::npos && h > 0 && h + 1 < w.size() && w[h + 1] >= 'a' && w[h + 1] <= 'z';
}

} // namespace

std::vector<Span> recognise(const Analysed& a, const gazetteer::Index& idx, const std::vector<std::string>& hints) {
    Recognition r(a, idx);
    r.hints = &hints;
    r.mark_people();
    r.mark_given_names();
    r.mark_place_surnames();
    r.mark_name_suffixes();
    r.mark_kin();
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
        if (c.len == 0 || ezafe_tail(a, i) || hyphen_continuation(a, i) || (c.len == 1 && c.loose && lower_suffix(a, i))) {
            r.hyphen_parts(i);
            ++i;
            continue;
        }
        i = r.judge(c);
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
