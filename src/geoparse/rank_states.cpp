// A first-level division against the city or country of its name (docs/geoparse.md, "The
// text's first-level divisions"): "Washington" is the state where the text names the state
// otherwise ("CAMP MURRAY, Wash.", "Washington state") or lists it among divisions of its
// country ("California or Washington, Utah"), not the capital; "Georgia" is the state in a text
// about the United States that names nothing in the country of Georgia.
#include "geoparse/rank.hpp"

#include "text/normalize.hpp"

#include <algorithm>

namespace gt::geoparse::detail {

namespace {

// Lead given to the division the text stands for: more than any document evidence.
constexpr double division_named_lead = 10.0;

// The candidate of span s that is a first-level division bearing the mention as its own name
// ("Washington" for the state of Washington), max_candidates when none.
std::size_t own_division(const gazetteer::Index& idx, const Span& sp, const Cands& cs) {
    for (std::size_t k = 0; k < cs.n; ++k) {
        std::uint32_t e = cs.c[k].entry;
        if (cs.c[k].match != gazetteer::Match::name || !idx.is_admin1(e)) continue;
        char nb[text::max_name_bytes];
        std::string_view own(nb, text::normalize_name(idx.name(e), nb, sizeof nb));
        if (own == sp.key) return k;
    }
    return max_candidates;
}

// The first-level divisions the text names in another form than their bare name: an
// abbreviation ("Wash.", "Ga.") or with the division word ("Washington state").
std::vector<std::string_view> named_otherwise(const gazetteer::Index& idx,
                                              const std::vector<Span>& spans,
                                              const CandTable& cands,
                                              const std::vector<std::int64_t>& chosen) {
    return named_divisions_if(idx, spans, chosen, [&](std::size_t s, std::uint32_t e) {
        if (spans[s].division == gazetteer::DivisionLevel::admin1) return true;
        for (std::size_t k = 0; k < cands[s].n; ++k)
            if (cands[s].c[k].entry == e && cands[s].c[k].match == gazetteer::Match::abbreviation) return true;
        return false;
    });
}

// Spans s and t (t right after s) are joined as items of a list: only commas, "or", "and", "&".
bool listed_together(const Analysed& a, const Span& s, const Span& t) {
    if (t.tb < s.te || t.tb - s.te > 3 || t.tb == s.te) return false;
    for (std::size_t i = s.te; i < t.tb; ++i) {
        const Tok& tk = a.toks[i];
        std::string_view w = a.surface(tk.begin, tk.end);
        if (tk.word ? (a.norm(i) != "or" && a.norm(i) != "and") : (w != "," && w != "&"))
            return false;
    }
    return true;
}

// A neighbour in a list resolved to a first-level division of country cc by its own name.
bool listed_with_division(const gazetteer::Index& idx, const Analysed& a,
                          const std::vector<Span>& spans, const std::vector<std::int64_t>& chosen,
                          std::size_t s, std::string_view cc) {
    auto division_of_cc = [&](std::size_t t) {
        if (chosen[t] < 0 || spans[t].demonym || spans[t].inner) return false;
        auto e = static_cast<std::uint32_t>(chosen[t]);
        return idx.is_admin1(e) && country2(idx, e) == cc;
    };
    if (s > 0 && listed_together(a, spans[s - 1], spans[s]) && division_of_cc(s - 1)) return true;
    return s + 1 < spans.size() && listed_together(a, spans[s], spans[s + 1]) &&
           division_of_cc(s + 1);
}

// Span s is the stated container of another span.
bool is_container(const std::vector<std::int64_t>& linked_to, std::size_t s) {
    return std::find(linked_to.begin(), linked_to.end(), static_cast<std::int64_t>(s)) !=
           linked_to.end();
}

// A country's name that is also a first-level division of another country ("Georgia"), in a
// text about the division's country: it names two or more other first-level divisions of
// that country and no place of the first, not even by a demonym ("crews from Montana, Florida
// and Illinois ... the Georgia team"; not a report naming Tbilisi or "Georgian troops").
bool about_division_country(const gazetteer::Index& idx, const std::vector<Span>& spans,
                            const std::vector<std::int64_t>& chosen, std::size_t s,
                            std::string_view name_cc, std::string_view division_cc) {
    std::vector<std::uint32_t> divisions;
    for (std::size_t t = 0; t < spans.size(); ++t) {
        if (t == s || chosen[t] < 0 || spans[t].key == spans[s].key) continue;
        auto e = static_cast<std::uint32_t>(chosen[t]);
        std::string_view cc = country2(idx, e);
        if (cc == name_cc) return false;
        if (cc == division_cc && idx.is_admin1(e) &&
            std::find(divisions.begin(), divisions.end(), e) == divisions.end())
            divisions.push_back(e);
    }
    return divisions.size() >= 2;
}

// Ranks span s again with its own division k in the lead.
void take_division(const gazetteer::Index& idx, const DocFocus& focus, const Span& sp,
                   const Cands& cs, const Support& support, std::size_t k, std::int64_t& chosen,
                   PlaceMention& out) {
    Support sup = support;
    sup[k] += division_named_lead;
    PlaceMention again = out;
    again.resolved = false;
    std::int64_t e = rank_span(idx, focus, sp, cs, -1, sup, again);
    if (e != static_cast<std::int64_t>(cs.c[k].entry)) return;
    out = std::move(again);
    chosen = e;
}

} // namespace

void rank_divisions_named(const gazetteer::Index& idx, const Analysed& a, const DocFocus& focus,
                          const std::vector<Span>& spans, const CandTable& cands,
                          const SupportTable& support,
                          const std::vector<std::int64_t>& linked_to,
                          std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out) {
    const std::vector<std::string_view> otherwise = named_otherwise(idx, spans, cands, chosen);
    for (std::size_t s = 0; s < spans.size(); ++s) {
        const Span& sp = spans[s];
        if (chosen[s] < 0 || sp.demonym || sp.inner || sp.embedded || linked_to[s] >= 0) continue;
        auto e = static_cast<std::uint32_t>(chosen[s]);
        if (idx.is_admin1(e)) continue;
        std::size_t k = own_division(idx, sp, cands[s]);
        if (k == max_candidates) continue;
        std::uint32_t d = cands[s].c[k].entry;
        // (a place inside the division stays: "New York" in a report from Albany, N.Y.)
        if (idx.entry(e).admin1 == idx.entry(d).admin1 && country2(idx, e) == country2(idx, d))
            continue;
        // (a country stands in a list: "Texas, Mexico and California"; and a container:
        // "Oaxaca State, Mexico")
        bool listed = !idx.is_country(e) && !is_container(linked_to, s) &&
                      listed_with_division(idx, a, spans, chosen, s, country2(idx, d));
        // (a country's name in a text about the division's country: "Georgia" among US states)
        bool about = idx.is_country(e) && country2(idx, e) != country2(idx, d) &&
                     about_division_country(idx, spans, chosen, s, country2(idx, e),
                                            country2(idx, d));
        if (listed || about || has_code(otherwise, idx.admin1_code(d)))
            take_division(idx, focus, sp, cands[s], support[s], k, chosen[s], out[s]);
    }
}

} // namespace gt::geoparse::detail
