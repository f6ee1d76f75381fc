// Resolution with the whole document in view (docs/geoparse.md, "Resolution"): the gazetteer's
// ranked candidates re-scored by the document's dominant countries and first-level divisions,
// the admin hierarchy the text states ("X in the Y province", "X, Y"), co-mentioned places
// nearby and the kind of place the context asks for.
#include "geoparse/internal.hpp"
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

constexpr std::size_t max_candidates = 24;

struct Cands {
    std::array<gazetteer::Candidate, max_candidates> c{};
    std::size_t n = 0;
};

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

bool is_broad(const gazetteer::Index& idx, std::uint32_t e) {
    const auto& en = idx.entry(e);
    if (idx.is_country(e)) return true;
    std::string_view fc = idx.feature_code(e);
    if (en.feature_class == 'L' && (fc == "CONT" || fc == "RGN" || fc == "RGNE" || fc == "AREA"))
        return true;
    if (en.feature_class == 'H' && (fc == "OCN" || fc == "SEA" || fc == "GULF")) return true;
    return false;
}

bool is_prose_code(std::string_view key) {
    static constexpr std::string_view codes[] = {"us",  "usa",  "uk",  "uae",  "eu",
                                                 "drc", "ussr", "prc", "dprk", "ksa"};
    return std::find(std::begin(codes), std::end(codes), key) != std::end(codes);
}

std::string_view country2(const gazetteer::Index& idx, std::uint32_t e) {
    const auto& en = idx.entry(e);
    return en.country[0] ? std::string_view(en.country, 2) : std::string_view{};
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
    std::vector<Cands> cands(ns);
    // 1. candidates, one lookup per distinct (key, division, class) in the document
    LookupMemo& names = lookup_memo();
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t s = 0; s < ns; ++s) {
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
        if (cands[s].n == 0 && sp.gold && sp.te > sp.tb + 1) {
            // a given span that names a street, venue or body: the place named inside it
            // ("Manila Cathedral", "Cavan Institute"), longest part first, no common words
            bool done = false;
            Cands adjective; // a part matched only as a demonym: used when no place is named
            for (std::size_t len = sp.te - sp.tb - 1; len >= 1 && !done; --len) {
                for (std::size_t b = sp.tb; b + len <= sp.te && !done; ++b) {
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
                    cands[s] = part;
                    sp.inner = true;
                    done = true;
                }
            }
            if (!done && adjective.n > 0) {
                cands[s] = adjective;
                sp.inner = true;
            }
        }
        seen.emplace(std::move(memo), s);
    }

    // 2. the document's focus: countries and first-level divisions of confident first choices
    std::unordered_map<std::string, double> country_w, admin1_w;
    for (std::size_t s = 0; s < ns; ++s) {
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
        if (!cc.empty()) country_w[std::string(cc)] += w;
        std::string_view a1 = idx.admin1_code(top.entry);
        if (!a1.empty() && !is_broad(idx, top.entry)) admin1_w[std::string(a1)] += w;
    }
    auto normalise = [](std::unordered_map<std::string, double>& m) {
        double mx = 0;
        for (auto& [k, v] : m)
            mx = std::max(mx, v);
        if (mx > 0)
            for (auto& [k, v] : m)
                v /= mx;
    };
    // the raw weight of the document's main country: a document firmly about one country
    double focus_raw = 0;
    for (auto& [k, v] : country_w)
        focus_raw = std::max(focus_raw, v);
    normalise(country_w);
    normalise(admin1_w);

    // 3. first choices' positions, for co-mention proximity (distinct places only, at most 40)
    std::vector<std::int64_t> first(ns, -1);
    for (std::size_t s = 0; s < ns; ++s)
        if (cands[s].n) first[s] = cands[s].c[0].entry;
    struct Anchor {
        geo::LatLon p;
        const std::string* key;
    };
    std::vector<Anchor> anchors;
    for (std::size_t s = 0; s < ns && anchors.size() < 40; ++s) {
        if (first[s] < 0) continue;
        auto oe = static_cast<std::uint32_t>(first[s]);
        if (is_broad(idx, oe) || idx.is_admin1(oe) || spans[s].demonym) continue;
        bool dup = std::any_of(anchors.begin(), anchors.end(),
                               [&](const Anchor& x) { return *x.key == spans[s].key; });
        if (!dup) anchors.push_back({idx.position(oe), &spans[s].key});
    }

    // 4. stated containers: "X in the Y province", "X, Y" (Y resolved as country/division)
    std::vector<std::int64_t> container(ns, -1);
    for (std::size_t s = 0; s + 1 < ns; ++s) {
        const Span& x = spans[s];
        const Span& y = spans[s + 1];
        if (y.tb < x.te || y.tb - x.te > 3 || first[s + 1] < 0) continue;
        bool linked = false;
        std::size_t gap = y.tb - x.te;
        if (gap == 1 && !a.toks[x.te].word &&
            a.surface(a.toks[x.te].begin, a.toks[x.te].end) == ",")
            linked = true;
        if (gap >= 1 && a.toks[x.te].word && a.norm(x.te) == "in") linked = true;
        if (!linked) continue;
        auto ye = static_cast<std::uint32_t>(first[s + 1]);
        if (idx.is_country(ye) || idx.is_admin1(ye) || idx.entry(ye).feature_class == 'A')
            container[s] = ye;
    }

    std::vector<PlaceMention> out(ns);
    for (std::size_t s = 0; s < ns; ++s) {
        const Span& sp = spans[s];
        PlaceMention& m = out[s];
        m.begin = sp.begin;
        m.end = sp.end;
        m.text = std::string(a.surface(sp.begin, sp.end));
        m.demonym = sp.demonym;
        m.embedded = sp.embedded;
        if (cands[s].n == 0) continue;
        const auto& cs = cands[s];

        // A candidate found only under an alternate name ("Arizona" for Yuma, "Tunis" for
        // Tunisia, "Turkey" for New Providence) ranks after those whose own name it is.
        char lq[text::max_name_bytes];
        std::size_t lql = gazetteer::loose_key(sp.key, lq, sizeof lq);
        bool own_city = false;
        for (std::size_t k = 0; k < cs.n && !own_city; ++k) {
            const auto& en = idx.entry(cs.c[k].entry);
            if (en.feature_class != 'P' || en.population < 100000 ||
                cs.c[k].match != gazetteer::Match::name)
                continue;
            own_city = text::normalize_name(idx.name(cs.c[k].entry)) == sp.key;
        }
        auto alternate_only = [&](std::size_t k) {
            if (cs.c[k].match != gazetteer::Match::name) return false;
            // a country's or region's short name ("EU") is designated, unless a sizeable place
            // bears that name as its own ("Tunis": the city, not Tunisia)
            if (is_broad(idx, cs.c[k].entry) && !own_city) return false;
            char nb[text::max_name_bytes], lb[text::max_name_bytes];
            std::size_t nl = text::normalize_name(idx.name(cs.c[k].entry), nb, sizeof nb);
            std::string_view own(nb, nl);
            if (own == sp.key ||
                gazetteer::strip_articles(own) == gazetteer::strip_articles(sp.key))
                return false;
            // a spelling variant ("Raqqa" for Ar Raqqah, "Geneva" for Genève), but never of a
            // country's or region's name ("Tunis" is not a spelling of Tunisia)
            if (is_broad(idx, cs.c[k].entry)) return true;
            std::size_t ll = gazetteer::loose_key(own, lb, sizeof lb);
            return !(ll > 0 && std::string_view(lb, ll) == std::string_view(lq, lql));
        };
        // "Va.", "Ga.": a capital, lower case and a dot is the style of a state's abbreviation,
        // never of a country's ISO code (VA, GA), when the name has another abbreviation's reading
        bool dotted_style = m.text.size() >= 3 && m.text.back() == '.' &&
                            std::any_of(m.text.begin() + 1, m.text.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; });
        bool other_abbrev = false;
        if (dotted_style)
            for (std::size_t k = 0; k < cs.n; ++k)
                if (cs.c[k].match == gazetteer::Match::abbreviation &&
                    !idx.is_country(cs.c[k].entry))
                    other_abbrev = true;
        std::array<double, max_candidates> score{};
        std::array<bool, max_candidates> ok{};
        for (std::size_t k = 0; k < cs.n; ++k) {
            std::uint32_t e = cs.c[k].entry;
            const auto& en = idx.entry(e);
            double sc = cs.c[k].score;
            std::string_view cc = country2(idx, e);
            double cw = 0;
            if (!cc.empty()) {
                auto it = country_w.find(std::string(cc));
                if (it != country_w.end()) cw = it->second;
            }
            ok[k] = true;
            // transliteration matches only within the document's countries and close in spelling
            if (cs.c[k].match == gazetteer::Match::loose) {
                char nb[text::max_name_bytes];
                std::size_t nl = text::normalize_name(idx.name(e), nb, sizeof nb);
                std::string_view q = gazetteer::strip_articles(sp.key);
                // (a document that names no country at all does not rule any out)
                if ((cw < 0.3 && !country_w.empty()) || !transliterated(cc) ||
                    gazetteer::edit_distance(drop_final_h(q),
                                             drop_final_h(gazetteer::strip_articles({nb, nl}))) >
                        std::max<std::size_t>(1, q.size() / 3))
                    ok[k] = false;
            }
            // a place named inside a given span counts only in the document's countries, but a
            // country or region so named counts anywhere ("Bank of France", "Russian Embassy")
            if (sp.inner && cw <= 0 && !country_w.empty() && !is_broad(idx, e)) ok[k] = false;
            // in a document firmly about one country, a lone small town abroad (its country
            // has no vote but at most its own) is a namesake of a local place the gazetteer
            // lacks ("Adra" near Damascus is not Adra, Spain), unless a container states it
            if (focus_raw >= 2.5 && cw * focus_raw <= 1.0 && !sp.gold && container[s] < 0 &&
                !is_broad(idx, e) && !idx.is_admin1(e) && en.population < 50000)
                ok[k] = false;
            // a division's code ("BC", "NSW") only where the document is about its country; a
            // short all-capitals word ("TV", "BA") names a country only where the document does,
            // but for the codes prose uses for countries ("US", "UK", "UAE", "EU")
            if (cs.c[k].match == gazetteer::Match::abbreviation && !idx.is_country(e) && !sp.gold &&
                cw <= 0)
                ok[k] = false;
            if (sp.short_code && !sp.gold &&
                ((cw <= 0 && !is_prose_code(sp.key)) ||
                 (cs.c[k].match != gazetteer::Match::abbreviation && !is_broad(idx, e))))
                ok[k] = false;
            if (other_abbrev && idx.is_country(e) &&
                cs.c[k].match == gazetteer::Match::abbreviation)
                ok[k] = false;
            sc += 3.0 * cw;
            std::string_view a1 = idx.admin1_code(e);
            if (!a1.empty() && !is_broad(idx, e)) {
                auto it = admin1_w.find(std::string(a1));
                if (it != admin1_w.end()) sc += 1.5 * it->second;
            }
            if (container[s] >= 0) {
                auto ce = static_cast<std::uint32_t>(container[s]);
                if (idx.is_country(ce)
                        ? cc == country2(idx, ce)
                        : (en.admin1 == idx.entry(ce).admin1 && cc == country2(idx, ce)))
                    sc += 6.0;
            }
            if (sp.want_class) sc += en.feature_class == sp.want_class ? 2.0 : -2.0;
            if (alternate_only(k)) sc -= is_broad(idx, e) ? 6.0 : 3.0;
            // co-mentioned places nearby (a cheap box test before the geodesic)
            double near_bonus = 0;
            geo::LatLon pe = idx.position(e);
            for (const Anchor& an : anchors) {
                if (*an.key == sp.key || std::abs(an.p.lat - pe.lat) > 2.0 ||
                    std::abs(an.p.lon - pe.lon) > 2.6)
                    continue;
                if (geo::closer_than(pe, an.p, 50e3)) {
                    near_bonus = 2.0;
                    break;
                }
                if (geo::closer_than(pe, an.p, 200e3)) near_bonus = 1.0;
            }
            sc += near_bonus;
            score[k] = sc;
        }
        // Countries, continents and regions named as such are never traded for a smaller place
        // of the same name; nor are first-level divisions unless the text asks for a town.
        std::size_t top_k = cs.n;
        for (std::size_t k = 0; k < cs.n && top_k == cs.n; ++k)
            if (ok[k]) top_k = k;
        if (top_k == cs.n) continue;
        std::uint32_t top = cs.c[top_k].entry;
        auto country_weight = [&](std::uint32_t e) {
            auto it = country_w.find(std::string(country2(idx, e)));
            return it == country_w.end() ? 0.0 : it->second;
        };
        // a division is not traded for a town of its name, unless the town lies in a country
        // the document is more about ("Manchester": England's city, not Jamaica's parish)
        bool admin1_holds = idx.is_admin1(top) && sp.want_class != 'P';
        if (admin1_holds) {
            double tw = country_weight(top);
            for (std::size_t k = 0; k < cs.n && admin1_holds; ++k)
                if (ok[k] && k != top_k && country_weight(cs.c[k].entry) > tw + 0.25)
                    admin1_holds = false;
        }
        bool keep_top = !alternate_only(top_k) && (is_broad(idx, top) || admin1_holds);
        std::size_t bk = top_k;
        for (std::size_t k = 0; k < cs.n; ++k) {
            if (!ok[k]) continue;
            std::uint32_t e = cs.c[k].entry;
            if (keep_top && k != top_k && !is_broad(idx, e) && !idx.is_admin1(e)) continue;
            if (score[k] > score[bk]) bk = k;
        }
        std::uint32_t best_e = cs.c[bk].entry;
        double best = score[bk], second = -1e9;
        for (std::size_t k = 0; k < cs.n; ++k) {
            if (!ok[k] || k == bk) continue;
            // the same place under another entry (the city and its division) is no rival
            if (geo::closer_than(idx.position(cs.c[k].entry), idx.position(best_e), 50e3)) continue;
            second = std::max(second, score[k]);
        }
        if (cs.c[bk].match == gazetteer::Match::demonym) m.demonym = true;
        fill_from_entry(idx, best_e, m);
        double conf;
        if (second < -1e8)
            conf = 0.9;
        else
            conf = 0.5 + 0.45 * (1.0 - std::exp(-(best - second) / 2.0));
        if (sp.loose_only || cs.c[bk].match == gazetteer::Match::loose) conf *= 0.85;
        if (cs.c[bk].match == gazetteer::Match::abbreviation) conf *= 0.95;
        if (alternate_only(bk)) conf *= 0.8;
        m.score = std::clamp(conf, 0.0, 1.0);
        if (m.demonym && m.precision != GeoPrecision::region) m.precision = GeoPrecision::region;
    }
    // Given spans that name nothing the gazetteer knows (streets, venues, rivers): the
    // document's main place, the populated place its mentions resolve to most often, as a
    // low-confidence estimate of where they are (score 0.2, precision 2).
    bool any_gold = std::any_of(spans.begin(), spans.end(), [](const Span& x) { return x.gold; });
    if (any_gold) {
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
        if (focus) {
            PlaceMention f = *focus;
            for (std::size_t s = 0; s < ns; ++s) {
                PlaceMention& m = out[s];
                if (!spans[s].gold || spans[s].end <= spans[s].begin) continue;
                // a place named inside a given span stands when it is near the document's place
                // ("Bank of Mexico", "US Federal Reserve", "Iowa House"): a named area is the
                // span's own, a town of the same name far away is not
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
    }
    return out;
}

} // namespace gt::geoparse::detail
