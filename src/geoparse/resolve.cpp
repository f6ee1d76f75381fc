// Resolution with the whole document in view (docs/geoparse.md, "Resolution"): the gazetteer's
// ranked candidates re-scored by the document's dominant countries and first-level divisions,
// the admin hierarchy the text states ("X in the Y province", "X, Y"), co-mentioned places
// nearby and the kind of place the context asks for.
#include "geoparse/internal.hpp"
#include "geoparse/rank.hpp"
#include "geoparse/lexicon.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace gt::geoparse::detail {

namespace {

// Index::lookup with the default options and max_candidates wanted (detail::NameMemo).
class LookupMemo {
  public:
    std::size_t lookup(const gazetteer::Index& idx, std::string_view name, Cands& out) {
        Known& k = memo_.at(idx, name);
        if (!k.done) {
            Cands fresh;
            fresh.n = idx.lookup(name, gazetteer::LookupOptions{}, fresh.c);
            k.c.assign(fresh.c.begin(), fresh.c.begin() + static_cast<std::ptrdiff_t>(fresh.n));
            k.done = true;
        }
        std::copy(k.c.begin(), k.c.end(), out.c.begin());
        return k.c.size();
    }

  private:
    struct Known {
        bool done = false;
        std::vector<gazetteer::Candidate> c;
    };
    NameMemo<Known, 4096> memo_;
};

LookupMemo& lookup_memo() {
    thread_local LookupMemo memo;
    return memo;
}

// The candidates of a given span that names a street, venue or body: those of the place named
// inside it ("Manila Cathedral", "Cavan Institute"), longest part first, no common words; a part
// matched only as a demonym is used when no place is named. Sets sp.inner when found.
void named_inside(const Analysed& a, const gazetteer::Index& idx, LookupMemo& names, Span& sp,
                  Cands& out) {
    Cands adjective;
    for (std::size_t len = sp.te - sp.tb - 1; len >= 1; --len) {
        for (std::size_t b = sp.tb; b + len <= sp.te; ++b) {
            const Tok& f = a.toks[b];
            const Tok& l = a.toks[b + len - 1];
            if (!f.word || !l.word || !(f.cap || f.caps) || l.end > sp.end) continue;
            if (len == 1 &&
                (lex::is_common_word(a.norm(b)) || lex::is_place_modifier(a.norm(b)) ||
                 lex::is_org_word(a.norm(b)) || f.norm_len < 3))
                continue;
            Cands part;
            part.n = names.lookup(idx, a.surface(f.begin, l.end), part);
            if (part.n == 0 || part.c[0].match == gazetteer::Match::loose) continue;
            if (part.c[0].match == gazetteer::Match::demonym) {
                if (adjective.n == 0) adjective = part;
                continue;
            }
            out = part;
            sp.inner = true;
            return;
        }
    }
    if (adjective.n > 0) {
        out = adjective;
        sp.inner = true;
    }
}

// Step 1: candidates, one lookup per distinct (name, division, class) in the document.
std::vector<Cands> candidates(const Analysed& a, const gazetteer::Index& idx,
                              std::vector<Span>& spans) {
    std::vector<Cands> cands(spans.size());
    LookupMemo& names = lookup_memo();
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        Span& sp = spans[s];
        std::string q(a.surface(sp.begin, sp.end));
        if (sp.division == gazetteer::DivisionLevel::admin1)
            q += " province";
        else if (sp.division == gazetteer::DivisionLevel::admin2)
            q += " district";
        std::string memo = q;
        memo += '\x1f';
        memo += sp.want_class ? sp.want_class : '-';
        if (auto it = seen.find(memo); it != seen.end()) {
            cands[s] = cands[it->second];
            continue;
        }
        cands[s].n = names.lookup(idx, q, cands[s]);
        if (sp.division != gazetteer::DivisionLevel::none && cands[s].n == 0) {
            // "X district" with no such division: the place itself
            Cands plain;
            plain.n = names.lookup(idx, a.surface(sp.begin, sp.end), plain);
            if (plain.n > 0 && (cands[s].n == 0 || plain.c[0].match != gazetteer::Match::loose))
                cands[s] = plain;
        }
        if (cands[s].n == 0 && sp.gold) {
            // a given span that is not a name as such: without a leading article or possessive
            std::string_view core = a.surface(sp.begin, sp.end);
            if (core.size() > 2 && (core.substr(core.size() - 2) == "'s")) core.remove_suffix(2);
            cands[s].n = names.lookup(idx, core, cands[s]);
        }
        if (cands[s].n == 0 && sp.gold && sp.te > sp.tb + 1) named_inside(a, idx, names, sp, cands[s]);
        seen.emplace(std::move(memo), s);
    }
    return cands;
}

// Step 2: the document's focus, the countries and first-level divisions of confident first
// choices; step 3: the first choices' positions, for co-mention proximity (distinct places
// only, at most 40).
DocFocus focus_of(const gazetteer::Index& idx, const std::vector<Span>& spans,
                  const std::vector<Cands>& cands) {
    DocFocus f;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (cands[s].n == 0) continue;
        const auto& top = cands[s].c[0];
        double w = 1.0;
        if (cands[s].n > 1) {
            double margin = top.score - cands[s].c[1].score;
            w = margin > 2 ? 1.0 : 0.4;
        }
        if (spans[s].loose_only || top.match == gazetteer::Match::loose || spans[s].short_code ||
            spans[s].inner)
            continue;
        std::string_view cc = country2(idx, top.entry);
        if (!cc.empty()) f.country_w[std::string(cc)] += w;
        std::string_view a1 = idx.admin1_code(top.entry);
        if (!a1.empty() && !is_broad(idx, top.entry)) f.admin1_w[std::string(a1)] += w;
    }
    auto normalise = [](std::unordered_map<std::string, double>& m) {
        double mx = 0;
        for (auto& [k, v] : m)
            mx = std::max(mx, v);
        if (mx > 0)
            for (auto& [k, v] : m)
                v /= mx;
    };
    for (auto& [k, v] : f.country_w)
        f.focus_raw = std::max(f.focus_raw, v);
    normalise(f.country_w);
    normalise(f.admin1_w);

    for (std::size_t s = 0; s < spans.size() && f.anchors.size() < 40; ++s) {
        if (cands[s].n == 0) continue;
        std::uint32_t oe = cands[s].c[0].entry;
        if (is_broad(idx, oe) || idx.is_admin1(oe) || spans[s].demonym) continue;
        bool dup = std::any_of(f.anchors.begin(), f.anchors.end(),
                               [&](const Anchor& x) { return *x.key == spans[s].key; });
        if (!dup) f.anchors.push_back({idx.position(oe), &spans[s].key});
    }
    return f;
}

// Step 4: stated containers, "X in the Y province", "X, Y" (Y's first choice a country or a
// division): the container's entry per span, -1 when none.
std::vector<std::int64_t> containers(const Analysed& a, const gazetteer::Index& idx,
                                     const std::vector<Span>& spans,
                                     const std::vector<Cands>& cands) {
    const std::size_t ns = spans.size();
    std::vector<std::int64_t> container(ns, -1);
    for (std::size_t s = 0; s + 1 < ns; ++s) {
        const Span& x = spans[s];
        const Span& y = spans[s + 1];
        if (y.tb < x.te || y.tb - x.te > 3 || cands[s + 1].n == 0) continue;
        bool linked = false;
        std::size_t gap = y.tb - x.te;
        if (gap == 1 && !a.toks[x.te].word &&
            a.surface(a.toks[x.te].begin, a.toks[x.te].end) == ",")
            linked = true;
        if (gap >= 1 && a.toks[x.te].word && a.norm(x.te) == "in") linked = true;
        if (!linked) continue;
        std::uint32_t ye = cands[s + 1].c[0].entry;
        if (idx.is_country(ye) || idx.is_admin1(ye) || idx.entry(ye).feature_class == 'A')
            container[s] = ye;
    }
    return container;
}

// Step 6: given spans that name nothing the gazetteer knows (streets, venues, rivers): the
// document's main place, the populated place its mentions resolve to most often, as a
// low-confidence estimate of where they are (score 0.2, precision 2).
void place_unnamed_given(const std::vector<Span>& spans, std::vector<PlaceMention>& out) {
    const std::size_t ns = spans.size();
    std::unordered_map<std::string, std::pair<int, std::size_t>> votes;
    for (std::size_t s = 0; s < ns; ++s) {
        const PlaceMention& m = out[s];
        if (!m.resolved || m.feature.rfind("P.", 0) != 0 || spans[s].inner) continue;
        auto& v = votes[m.id];
        if (v.first++ == 0) v.second = s;
    }
    const PlaceMention* focus = nullptr;
    int best_votes = 0;
    for (const auto& [id, v] : votes)
        if (v.first > best_votes || (v.first == best_votes && focus &&
                                     v.second < static_cast<std::size_t>(focus - out.data()))) {
            best_votes = v.first;
            focus = &out[v.second];
        }
    if (!focus) return;
    PlaceMention f = *focus;
    for (std::size_t s = 0; s < ns; ++s) {
        PlaceMention& m = out[s];
        if (!spans[s].gold || spans[s].end <= spans[s].begin) continue;
        // a place named inside a given span stands when it is near the document's place ("Bank
        // of Mexico", "US Federal Reserve", "Iowa House"): a named area is the span's own, a
        // town of the same name far away is not
        if (m.resolved && (!spans[s].inner || m.precision == GeoPrecision::region ||
                           geo::closer_than({m.lat, m.lon}, {f.lat, f.lon}, 200e3)))
            continue;
        std::size_t b = m.begin, e = m.end;
        std::string txt = std::move(m.text);
        m = f;
        m.begin = b;
        m.end = e;
        m.text = std::move(txt);
        m.demonym = m.embedded = false;
        m.score = 0.2;
        m.precision = GeoPrecision::near_town;
    }
}

} // namespace

bool transliterated(std::string_view cc) {
    static const std::array<bool, 26 * 26> table = [] {
        std::array<bool, 26 * 26> t{};
        const char codes[] = "SYIQLBJOPSSAYEOMAEQABHKWEGLYTNDZMASDMRSODJKMEHTDIRAFPKILTR";
        for (std::size_t i = 0; i + 1 < sizeof codes; i += 2)
            t[static_cast<std::size_t>((codes[i] - 'A') * 26 + (codes[i + 1] - 'A'))] = true;
        return t;
    }();
    if (cc.size() != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return false;
    return table[static_cast<std::size_t>((cc[0] - 'A') * 26 + (cc[1] - 'A'))];
}

GeoPrecision precision_of(const gazetteer::Index& idx, std::uint32_t e) {
    const auto& en = idx.entry(e);
    if (idx.is_country(e) || idx.is_admin1(e)) return GeoPrecision::region;
    if (en.feature_class == 'L' || en.feature_class == 'H') return GeoPrecision::region;
    if (en.feature_class == 'A') return GeoPrecision::near_town; // second-level divisions
    return GeoPrecision::town;
}

void fill_from_entry(const gazetteer::Index& idx, std::uint32_t e, PlaceMention& m) {
    char fb[16];
    m.resolved = true;
    m.id = std::string(idx.id(e));
    m.geonameid = idx.entry(e).geonameid;
    m.name = std::string(idx.name(e));
    m.lat = idx.entry(e).lat;
    m.lon = idx.entry(e).lon;
    m.feature = std::string(idx.feature(e, fb));
    m.country = std::string(idx.country_code(e));
    m.country_name = std::string(idx.country_name(e));
    m.admin1 = std::string(idx.admin1_name(e));
    m.admin1_code = std::string(idx.admin1_code(e));
    m.population = idx.entry(e).population;
    m.precision = precision_of(idx, e);
}

std::vector<PlaceMention> resolve(const Analysed& a, const gazetteer::Index& idx,
                                  std::vector<Span>& spans) {
    const std::size_t ns = spans.size();
    std::vector<Cands> cands = candidates(a, idx, spans);
    DocFocus focus = focus_of(idx, spans, cands);
    std::vector<std::int64_t> container = containers(a, idx, spans, cands);
    // Step 5: each mention's candidates ranked in that light (rank.cpp)
    std::vector<PlaceMention> out(ns);
    for (std::size_t s = 0; s < ns; ++s) {
        const Span& sp = spans[s];
        PlaceMention& m = out[s];
        m.begin = sp.begin;
        m.end = sp.end;
        m.text = std::string(a.surface(sp.begin, sp.end));
        m.demonym = sp.demonym;
        m.embedded = sp.embedded;
        rank_span(idx, focus, sp, cands[s], container[s], m);
    }
    if (std::any_of(spans.begin(), spans.end(), [](const Span& x) { return x.gold; }))
        place_unnamed_given(spans, out);
    return out;
}

} // namespace gt::geoparse::detail
