// Resolution with the whole document in view (docs/geoparse.md, "Resolution"): the gazetteer's
// ranked candidates re-scored by the document's dominant countries and first-level divisions,
// the admin hierarchy the text states ("X in the Y province", "X, Y"), co-mentioned places
// nearby and the kind of place the context asks for.
#include "gazetteer/format.hpp"
#include "geoparse/hierarchy.hpp"
#include "geoparse/internal.hpp"
#include "geoparse/keys.hpp"
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
            // (a country's code as prose writes it counts: "US Federal Reserve")
            bool code = len == 1 && f.caps && is_prose_code(a.norm(b));
            if (len == 1 && !code &&
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

// Appends the candidates of `more` that `cs` lacks, as many as fit: "Kanker district" found
// only other spellings of other districts (Çankırı, Kankara); the town of the name as written
// stays among the candidates, for the ranking and the text's hierarchy to choose.
void add_candidates(const Cands& more, Cands& cs) {
    for (std::size_t k = 0; k < more.n && cs.n < max_candidates; ++k) {
        bool known = false;
        for (std::size_t j = 0; j < cs.n && !known; ++j)
            known = cs.c[j].entry == more.c[k].entry;
        if (!known) cs.c[cs.n++] = more.c[k];
    }
}

// The name a span is looked up by: as written (or its English key), with its division word.
std::string query_of(const Analysed& a, const Span& sp) {
    std::string q(sp.english ? std::string_view(sp.key) : a.surface(sp.begin, sp.end));
    if (sp.division != gazetteer::DivisionLevel::none) {
        // the division word as the text has it ("Nakuru county" is a Kenyan county, a
        // first-level division), else the level's usual word
        // (a list's plural in the singular: "Garissa and Tana River counties")
        std::string_view listed = listed_division_word(a, sp.te, true);
        bool next_word = sp.te < a.toks.size() && a.toks[sp.te].word;
        if (!listed.empty() && (!next_word || division_word(a.norm(sp.te)) ==
                                                  gazetteer::DivisionLevel::none)) {
            q += ' ';
            q += listed;
        } else if (next_word && a.norm(sp.te) != "countryside") {
            q += ' ';
            q += a.norm(sp.te);
        } else {
            q += sp.division == gazetteer::DivisionLevel::admin1 ? " province" : " district";
        }
    }
    return q;
}

// "Qaim district", "Shatrah district": a district named after its seat, which the gazetteer
// knows only under another spelling (Al Qa'im, Ash Shatrah: a seat of a second-level
// division, PPLA2). When neither "X district" nor X matched exactly and a comma and the next
// level follow, the seats found by X's loose key join the candidates (the ranking weighs them against the text's containers); no
// other loose reading does ("Miniyeh Municipality" is no Minya, "Karama ... countryside" no
// Calama).
void add_district_seats(const Analysed& a, const gazetteer::Index& idx, const Span& sp, const Cands& plain,
                        Cands& cs) {
    // (the district's container stated after it: "Qaim district, Al Anbar"; not "Al Qousour
    // district of ... Deir ez-Zor", a part of a town named like a seat elsewhere)
    std::size_t c = sp.te + 1;
    if (c >= a.toks.size() || !a.toks[sp.te].word || a.norm(sp.te) != "district" || a.toks[c].word ||
        a.surface(a.toks[c].begin, a.toks[c].end) != ",")
        return;
    // (a district the loose key found is the district the text names, not its seat: "Keran wa
    // Menjan district, Badakhshan" is Kuran wa Munjan district, precision 2)
    for (std::size_t k = 0; k < cs.n; ++k)
        if (idx.feature_code(cs.c[k].entry) == "ADM2") return;
    Cands seats;
    for (std::size_t k = 0; k < plain.n; ++k)
        if (idx.feature_code(plain.c[k].entry) == "PPLA2") seats.c[seats.n++] = plain.c[k];
    add_candidates(seats, cs);
}

// "X district" with no such division: the place itself; with only other spellings, the name
// as written when it names a division ("Nakuru county": the gazetteer's "Nakuru County" is
// found by "Nakuru", not by "Nakuru district").
void division_fallback(const Analysed& a, const gazetteer::Index& idx, LookupMemo& names,
                       const Span& sp, Cands& cs) {
    Cands plain;
    plain.n = names.lookup(idx, a.surface(sp.begin, sp.end), plain);
    bool names_division = false;
    for (std::size_t k = 0; k < plain.n && !names_division; ++k)
        names_division = plain.c[k].match != gazetteer::Match::loose &&
                         idx.entry(plain.c[k].entry).feature_class == 'A';
    bool plain_exact = plain.n > 0 && plain.c[0].match != gazetteer::Match::loose;
    if (plain.n > 0 &&
        (cs.n == 0 || names_division ||
         (plain_exact && !(transliterated(country2(idx, cs.c[0].entry)) &&
                           spelt_alike(idx, sp.key, cs.c[0].entry)))))
        cs = plain;
    else if (plain_exact)
        add_candidates(plain, cs);
    else if (cs.n > 0 && cs.c[0].match == gazetteer::Match::loose)
        add_district_seats(a, idx, sp, plain, cs);
}

// "(Mindat, Chin)", "Hsipaw, Shan.": a level of the text's hierarchy named without its generic
// word, where the gazetteer keeps the bare name for another place and the division only with
// its word ("Chin State", "Shan State"): the divisions "q state", "q province", "q region" are
// candidates too, for the ranking and the hierarchy to choose.
void add_stated_divisions(const gazetteer::Index& idx, LookupMemo& names, const std::string& q, Cands& cs) {
    for (std::string_view word : {" state", " province", " region"}) {
        Cands more;
        more.n = names.lookup(idx, q + std::string(word), more);
        std::size_t k = 0;
        for (std::size_t j = 0; j < more.n; ++j)
            if (more.c[j].match != gazetteer::Match::loose && idx.entry(more.c[j].entry).feature_class == 'A')
                more.c[k++] = more.c[j];
        more.n = k;
        add_candidates(more, cs);
    }
}

// The candidates of one span read by the name q.
void candidates_of(const Analysed& a, const gazetteer::Index& idx, LookupMemo& names, Span& sp,
                   const std::string& q, Cands& cs) {
    cs.n = names.lookup(idx, q, cs);
    if ((sp.stated_container || sp.division_hint) && sp.division == gazetteer::DivisionLevel::none &&
        sp.want_class == 0)
        add_stated_divisions(idx, names, q, cs);
    if (sp.division_hint) hinted_division(idx, sp, cs);
    if (sp.stated_container && sp.want_class == 0 && sp.division == gazetteer::DivisionLevel::none)
        container_division(a, idx, sp, cs);
    if (sp.division != gazetteer::DivisionLevel::none &&
        (cs.n == 0 || cs.c[0].match == gazetteer::Match::loose))
        division_fallback(a, idx, names, sp, cs);
    if (cs.n == 0 && sp.gold) {
        // a given span that is not a name as such: without a leading article or possessive
        std::string_view core = a.surface(sp.begin, sp.end);
        if (core.size() > 2 && (core.substr(core.size() - 2) == "'s")) core.remove_suffix(2);
        cs.n = names.lookup(idx, core, cs);
    }
    if (cs.n == 0 && sp.gold && sp.te > sp.tb + 1) named_inside(a, idx, names, sp, cs);
}

} // namespace

// Step 1: candidates, one lookup and one list per distinct (name, division, class) in the
// document; a repeated name shares the list of its first mention.
CandTable candidates(const Analysed& a, const gazetteer::Index& idx, std::vector<Span>& spans) {
    CandTable cands(spans.size());
    LookupMemo& names = lookup_memo();
    std::unordered_map<std::string, std::size_t> seen;
    const std::vector<char> bare = bare_division_sentences(a);
    for (std::size_t s = 0; s < spans.size(); ++s) {
        Span& sp = spans[s];
        sp.division_hint = division_hinted(a, sp, bare);
        std::string q = query_of(a, sp);
        std::string memo = q;
        memo += '\x1f';
        memo += sp.want_class ? sp.want_class : '-';
        if (sp.stated_container) memo += '+';
        if (sp.division_hint) memo += '*';
        if (auto it = seen.find(memo); it != seen.end()) {
            // the same name read the same way: through a place named inside it too
            cands.share(s, it->second);
            sp.inner = spans[it->second].inner;
            if (sp.division_hint || sp.stated_container) sp.want_class = spans[it->second].want_class;
            continue;
        }
        candidates_of(a, idx, names, sp, q, cands.add(s));
        seen.emplace(std::move(memo), s);
    }
    return cands;
}

namespace {

// A country's name followed by its forces or its state's role ("Saudi forces", "Burundi troops",
// "Saudi-led coalition", "US-backed fighters"): the state that acts, not where ("On 1 May,
// Saudi forces stormed the police station of X": no vote for Saudi Arabia as where things are).
bool stands_for_state(const Analysed& a, const Span& sp) {
    static const text::WordSet acts = {"forces", "force", "troops", "army", "soldiers", "military", "police",
                                       "government", "officials", "authorities", "jets", "warplanes", "aircraft",
                                       "navy", "regime", "coalition", "militia", "militias", "intelligence"};
    static const text::WordSet roles = {"led", "backed", "supported", "funded", "sponsored", "allied"};
    if (sp.te >= a.toks.size()) return false;
    const Tok& nx = a.toks[sp.te];
    if (nx.word) return acts.count(a.norm(sp.te)) != 0;
    return a.surface(nx.begin, nx.end) == "-" && !nx.space_before && sp.te + 1 < a.toks.size() &&
           a.toks[sp.te + 1].word && roles.count(a.norm(sp.te + 1)) != 0;
}

// Step 2: the document's focus, the countries and first-level divisions of confident first
// choices; step 3: the first choices' positions, for co-mention proximity (distinct places
// only, at most 40).
// A country's name that says where things are: after "in", "near" ..., or closing a stated
// hierarchy ("Pampore, Jammu and Kashmir, India"); not a demonym or a name standing for its
// government or forces ("Turkish forces", "Burundi troops").
bool names_where(const Analysed& a, const Span& sp) {
    if (sp.demonym || sp.embedded || sp.tb == 0 || stands_for_state(a, sp)) return false;
    if (sp.after_locative) return true;
    const Tok& pv = a.toks[sp.tb - 1];
    std::string_view p = a.surface(pv.begin, pv.end);
    return !pv.word && (p == "," || p == "(");
}

// The entry bears the key as its own name, not one of its alternate or historical names.
bool bears_own_name(const gazetteer::Index& idx, std::uint32_t e, std::string_view key) {
    char nb[text::max_name_bytes];
    std::string_view own(nb, text::normalize_name(idx.name(e), nb, sizeof nb));
    return is_own_name_of(idx, e, own, key);
}

// The candidate that votes for the document's countries: the first one of the kind the context
// asks for ("the Red Sea": the sea, not the governorate of that name), and never a town found
// only under an old or alternate name ("Islamabad" for Chattogram, "Gao" for Guantánamo) where a
// capital, a first-level seat or a city of 100,000 or more bears that name as its own
// (Pakistan's capital, Mali's Gao).
std::size_t voting_candidate(const gazetteer::Index& idx, const Span& sp, const Cands& cs) {
    if (sp.want_class) {
        for (std::size_t k = 0; k < cs.n; ++k)
            if (idx.entry(cs.c[k].entry).feature_class == sp.want_class) return k;
        return 0;
    }
    std::uint32_t top = cs.c[0].entry;
    // (a division found without its generic word, "Santander" for Santander Department, is
    // found by its own name)
    if (cs.c[0].match != gazetteer::Match::name || idx.entry(top).feature_class != 'P' ||
        bears_own_name(idx, top, sp.key))
        return 0;
    for (std::size_t k = 1; k < cs.n; ++k) {
        std::uint32_t e = cs.c[k].entry;
        const auto& en = idx.entry(e);
        std::string_view fc = idx.feature_code(e);
        bool city = en.feature_class == 'P' && (en.population >= 100000 || fc == "PPLC" || fc == "PPLA");
        if (cs.c[k].match == gazetteer::Match::name && city && bears_own_name(idx, e, sp.key)) return k;
    }
    return 0;
}

// The votes of each name, its mentions together (DocFocus::name_votes); a name whose mentions
// vote for two countries keeps the first's.
void pool_name_votes(const std::vector<Span>& spans, DocFocus& f) {
    for (const Span& sp : spans)
        if (!sp.vote().empty()) {
            auto [it, fresh] = f.name_votes.try_emplace(sp.key, country_key(sp.vote()), 0.0);
            if (it->second.first == country_key(sp.vote())) it->second.second += sp.vote_w;
        }
}

DocFocus focus_of(const Analysed& a, const gazetteer::Index& idx, std::vector<Span>& spans,
                  const CandTable& cands, const std::vector<std::string>& hints) {
    DocFocus f;
    // the countries where the armed groups the text names operate: half a vote each (a place's
    // name counts more; the group may act in any of them), and, as a country named as where
    // things are, they stop a small namesake in a country nothing in the text speaks for
    // ("presumed JNIM militants attacked Batie": not Bati in Ethiopia)
    for (const std::string& cc : hints)
        if (cc.size() == 2) {
            f.country_w[country_key(cc)] += 0.5;
            ++f.named[country_key(cc)];
        }
    // each span's voting candidate, read again for the anchors below
    std::vector<std::size_t> voter(spans.size(), 0);
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (cands[s].n == 0) continue;
        std::size_t first = voter[s] = voting_candidate(idx, spans[s], cands[s]);
        const auto& top = cands[s].c[first];
        double w = 1.0;
        if (cands[s].n > 1 && first == 0) {
            double margin = top.score - cands[s].c[1].score;
            w = margin > 2 ? 1.0 : 0.4;
        }
        if (first != 0 && !spans[s].want_class) w = 0.4; // (the own name over the lookup's order)
        // (nor does a compass word, "the West", "Western countries": a direction, not Fiji's or
        // Cameroon's division of that name)
        if (spans[s].loose_only || top.match == gazetteer::Match::loose || spans[s].short_code ||
            spans[s].inner || (!idx.is_country(top.entry) && gazetteer::names_nothing_alone(spans[s].key)))
            continue;
        std::string_view cc = country2(idx, top.entry);
        if (!cc.empty()) {
            f.country_w[country_key(cc)] += w;
            spans[s].vote_cc[0] = cc[0]; // (country2: two letters)
            spans[s].vote_cc[1] = cc[1];
            spans[s].vote_w = w;
            if (idx.is_country(top.entry) && names_where(a, spans[s]) && first == 0 && w == 1.0)
                ++f.named[country_key(cc)];
        }
        std::string_view a1 = idx.admin1_code(top.entry);
        if (!a1.empty() && !is_broad(idx, top.entry)) f.admin1_w[std::string(a1)] += w;
        if (!a1.empty() && idx.is_admin1(top.entry) && !spans[s].demonym)
            f.named_admin1.emplace_back(a1);
    }
    auto normalise = [](auto& m) {
        double mx = 0;
        for (auto& [k, v] : m)
            mx = std::max(mx, v);
        if (mx > 0)
            for (auto& [k, v] : m)
                v /= mx;
    };
    pool_name_votes(spans, f);
    for (auto& [k, v] : f.country_w)
        f.focus_raw = std::max(f.focus_raw, v);
    f.country_raw = f.country_w;
    normalise(f.country_w);
    normalise(f.admin1_w);

    for (std::size_t s = 0; s < spans.size() && f.anchors.size() < 40; ++s) {
        if (cands[s].n == 0) continue;
        std::uint32_t oe = cands[s].c[spans[s].want_class ? 0 : voter[s]].entry;
        if (is_broad(idx, oe) || idx.is_admin1(oe) || spans[s].demonym) continue;
        bool dup = std::any_of(f.anchors.begin(), f.anchors.end(),
                               [&](const Anchor& x) { return *x.key == spans[s].key; });
        if (!dup) f.anchors.push_back({idx.position(oe), &spans[s].key});
    }
    return f;
}

// "between Toledo and Qzarbi (Toledo, Kayes region)": the mention `placed` of a name the gazetteer
// knows only abroad took the point of the container the text states; mention `s` of the same
// name, alone and resolved abroad (to another country than that container), is the same
// village and takes the same point. Whether it did.
bool at_container_point(const std::vector<Span>& spans, const Links& links, const std::vector<std::int64_t>& chosen,
                        std::vector<PlaceMention>& out, std::size_t placed, std::size_t s) {
    std::int64_t to = links.to[placed];
    if (to < 0 || chosen[placed] != chosen[static_cast<std::size_t>(to)] || spans[s].inner) return false;
    if (!out[s].resolved || out[s].country == out[placed].country) return false;
    const std::size_t begin = out[s].begin, end = out[s].end;
    const bool embedded = out[s].embedded;
    SharedStr text = std::move(out[s].text);
    out[s] = out[placed];
    out[s].begin = begin;
    out[s].end = end;
    out[s].text = std::move(text);
    out[s].embedded = embedded;
    return true;
}

// Step 4: the hierarchy the text states. "X, Y", "X in the Y province", "X (Y, Z)", "X village,
// Y district, Z": Y is X's container, Z is Y's. Spans are linked when only commas, an opening
// parenthesis, "in", "of", "the", division and settlement words and directions ("the northern
// countryside of") stand between them; a bare comma links only to a country or a division (a
// list of towns is no hierarchy). link[s] is the span X's container is named by, or -1
// (links_of, hierarchy.cpp).

// Step 5c: a name the text once places by a stated container ("a school shooting in Parkland,
// Florida") means that place wherever else the text uses it alone ("the Parkland
// students"), when that place is among its candidates: one place per name and document.
void one_place_per_name(const gazetteer::Index& idx, const std::vector<Span>& spans,
                        const CandTable& cands, const Links& links,
                        std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out) {
    std::unordered_map<std::string_view, std::size_t> placed; // key -> the contained span
    for (std::size_t s = 0; s < spans.size(); ++s)
        if (links.to[s] >= 0 && chosen[s] >= 0 && !spans[s].demonym && out[s].resolved &&
            chosen[static_cast<std::size_t>(links.to[s])] >= 0 &&
            lies_in(idx, static_cast<std::uint32_t>(chosen[s]),
                    static_cast<std::uint32_t>(chosen[static_cast<std::size_t>(links.to[s])])))
            placed.emplace(spans[s].key, s);
    for (std::size_t s = 0; s < spans.size(); ++s) {
        auto it = placed.find(spans[s].key);
        if (it == placed.end() || links.to[s] >= 0 || spans[s].demonym || chosen[s] == chosen[it->second])
            continue;
        auto e = static_cast<std::uint32_t>(chosen[it->second]);
        bool candidate = false;
        for (std::size_t k = 0; k < cands[s].n && !candidate; ++k)
            candidate = cands[s].c[k].entry == e;
        if (!candidate) {
            if (at_container_point(spans, links, chosen, out, it->second, s)) chosen[s] = chosen[it->second];
            continue;
        }
        PlaceMention& m = out[s];
        bool embedded = m.embedded;
        fill_from_entry(idx, e, m);
        m.embedded = embedded;
        m.score = out[it->second].score;
    }
}

} // namespace

double DocFocus::raw_weight_besides(std::string_view cc, std::string_view key) const {
    double w = raw_weight(cc);
    auto it = name_votes.find(key);
    return it != name_votes.end() && it->second.first == country_key(cc) ? w - it->second.second : w;
}

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

std::size_t spelling_distance(std::string_view a, std::string_view b, bool glides) {
    auto fold = [glides](std::string_view s, char* out) {
        s = drop_final_h(s);
        std::size_t n = std::min(s.size(), text::max_name_bytes);
        for (std::size_t i = 0; i < n; ++i) {
            char c = s[i];
            bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
                         (glides && (c == 'y' || c == 'w'));
            out[i] = vowel ? 'a' : c;
        }
        return std::string_view(out, n);
    };
    char fa[text::max_name_bytes], fb[text::max_name_bytes];
    return gazetteer::edit_distance(fold(a, fa), fold(b, fb));
}

bool is_own_name(std::string_view own, std::string_view key, std::uint64_t population) noexcept {
    if (own == key || gazetteer::strip_articles(own) == gazetteer::strip_articles(key)) return true;
    constexpr std::string_view city = " city";
    return population >= 100000 && own.size() > city.size() && own.substr(own.size() - city.size()) == city &&
           own.substr(0, own.size() - city.size()) == key;
}

bool is_own_name_of(const gazetteer::Index& idx, std::uint32_t e, std::string_view own,
                    std::string_view key) noexcept {
    if (is_own_name(own, key, idx.entry(e).population)) return true;
    // (the divisions of countries whose names reach English transliterated, where texts drop
    // the generic word that GeoNames writes: "Asir", "Hadramawt"; only a name that holds the
    // key and more can be the key and a generic word)
    const auto& en = idx.entry(e);
    if (en.feature_class != 'A' || own.size() <= key.size() || !transliterated(std::string_view(en.country, 2)) ||
        own.find(gazetteer::strip_articles(key)) == std::string_view::npos)
        return false;
    return division_core_is(idx, e, own, key);
}

bool division_core_is(const gazetteer::Index& idx, std::uint32_t e, std::string_view own,
                      std::string_view key) noexcept {
    if (idx.entry(e).feature_class != 'A' || (idx.feature_code(e) != "ADM1" && idx.feature_code(e) != "ADM2"))
        return false;
    std::string_view core = gazetteer::division_name_core(own);
    return !core.empty() && gazetteer::strip_articles(core) == gazetteer::strip_articles(key);
}

GeoPrecision precision_of(const gazetteer::Index& idx, std::uint32_t e) {
    const auto& en = idx.entry(e);
    if (idx.is_country(e) || idx.is_admin1(e)) return GeoPrecision::region;
    if (en.feature_class == 'L' || en.feature_class == 'H') return GeoPrecision::region;
    if (en.feature_class == 'A') return GeoPrecision::near_town; // second-level divisions
    return GeoPrecision::town;
}

namespace {

// The gazetteer's strings of an entry as SharedStr handles, shared by every mention of the
// entry (a big document names a few places hundreds of thousands of times: issue #15). A
// thread's cache of the last entries seen, one slot per entry number modulo its size; a slot
// is reused only when its strings are the entry's (so any index, or a rebuilt one, is right).
struct EntryStrings {
    SharedStr id, name, feature, country, country_name, admin1, admin1_code;
};

bool same_strings(const EntryStrings& c, std::string_view id, std::string_view name, std::string_view feature,
                  std::string_view country, std::string_view country_name, std::string_view admin1,
                  std::string_view admin1_code) {
    return c.id == id && c.name == name && c.feature == feature && c.country == country &&
           c.country_name == country_name && c.admin1 == admin1 && c.admin1_code == admin1_code;
}

const EntryStrings& entry_strings(const gazetteer::Index& idx, std::uint32_t e) {
    constexpr std::size_t slots = 1024;
    thread_local std::vector<EntryStrings> cache(slots);
    EntryStrings& c = cache[e % slots];
    char fb[16];
    const std::string_view id = idx.id(e), name = idx.name(e), feature = idx.feature(e, fb),
                           country = idx.country_code(e), country_name = idx.country_name(e),
                           admin1 = idx.admin1_name(e), admin1_code = idx.admin1_code(e);
    if (!same_strings(c, id, name, feature, country, country_name, admin1, admin1_code))
        c = EntryStrings{id, name, feature, country, country_name, admin1, admin1_code};
    return c;
}

} // namespace

void fill_from_entry(const gazetteer::Index& idx, std::uint32_t e, PlaceMention& m) {
    const EntryStrings& s = entry_strings(idx, e);
    m.resolved = true;
    m.id = s.id;
    m.geonameid = idx.entry(e).geonameid;
    m.name = s.name;
    m.lat = idx.entry(e).lat;
    m.lon = idx.entry(e).lon;
    m.feature = s.feature;
    m.country = s.country;
    m.country_name = s.country_name;
    m.admin1 = s.admin1;
    m.admin1_code = s.admin1_code;
    m.population = idx.entry(e).population;
    m.precision = precision_of(idx, e);
}

// "in Azadi neighborhood, Kirkuk City, Kirkuk, Iraq", "Guihulngan City, Negros Oriental": a
// town's name with a capitalised "City" that the text puts in a division of the town's own
// first-level division is the town, not a club named so ("Stoke City"): no modifier.
void city_in_division(const std::vector<std::int64_t>& to, std::vector<PlaceMention>& out) {
    constexpr std::string_view city = " City";
    for (std::size_t s = 0; s < out.size(); ++s) {
        PlaceMention& m = out[s];
        if (!m.embedded || !m.resolved || to[s] < 0 || m.text.size() <= city.size() ||
            std::string_view(m.text).substr(m.text.size() - city.size()) != city)
            continue;
        const PlaceMention& c = out[static_cast<std::size_t>(to[s])];
        bool division = c.feature == "A.ADM1" || c.feature == "A.ADM2";
        if (c.resolved && division && c.country == m.country && c.admin1_code == m.admin1_code)
            m.embedded = false;
    }
}

namespace {

// Step 2b: a name with more namesakes than a list of candidates holds ("Springfield": some forty
// towns in the United States, the list the 24 largest) takes those in the first-level divisions
// the text names as such ("Ga.", "Georgia", "Tenn."), the list's weakest towns outside them
// giving way (as the lookup scores a town: its exact name and its prominence); the ranking then
// reads them as any candidate in a named division ("Springfield resident ..." in a story from
// Dalton, Ga. is Springfield, Georgia, not Missouri's).
void namesakes_in_named_divisions(const gazetteer::Index& idx, const std::vector<Span>& spans, const DocFocus& focus,
                                  CandTable& cands) {
    if (focus.named_admin1.empty()) return;
    std::vector<char> done(cands.lists(), 0);
    for (std::size_t s = 0; s < spans.size(); ++s) {
        const Span& sp = spans[s];
        const std::uint32_t li = cands.list_index(s);
        if (done[li]) continue;
        done[li] = 1;
        Cands& cs = cands.list_of(s);
        if (cs.n < max_candidates || sp.demonym || sp.short_code || sp.loose_only || sp.gold ||
            sp.division != gazetteer::DivisionLevel::none || sp.want_class)
            continue;
        bool changed = false;
        for (std::uint32_t p : idx.exact_postings(sp.key)) {
            const std::uint32_t e = p >> 4;
            if (e >= idx.size() || (p & 0xF) != gazetteer::format::kind_name || idx.entry(e).feature_class != 'P' ||
                !has_code(focus.named_admin1, idx.admin1_code(e)))
                continue;
            if (std::any_of(cs.c.begin(), cs.c.begin() + static_cast<std::ptrdiff_t>(cs.n),
                            [&](const gazetteer::Candidate& c) { return c.entry == e; }))
                continue;
            // the weakest exact town outside the named divisions gives way
            std::size_t worst = cs.n;
            for (std::size_t k = 0; k < cs.n; ++k) {
                const std::uint32_t o = cs.c[k].entry;
                if (cs.c[k].match != gazetteer::Match::name || idx.entry(o).feature_class != 'P' ||
                    has_code(focus.named_admin1, idx.admin1_code(o)))
                    continue;
                if (worst == cs.n || cs.c[k].score < cs.c[worst].score) worst = k;
            }
            if (worst == cs.n) break;
            cs.c[worst] = {e, gazetteer::Match::name, 30.0 + std::log10(idx.prominence(e) + 1)};
            changed = true;
        }
        if (changed)
            std::stable_sort(cs.c.begin(), cs.c.begin() + static_cast<std::ptrdiff_t>(cs.n),
                             [](const gazetteer::Candidate& x, const gazetteer::Candidate& y) { return x.score > y.score; });
    }
}

} // namespace

std::vector<PlaceMention> resolve(const Analysed& a, const gazetteer::Index& idx,
                                  std::vector<Span>& spans,
                                  const std::vector<std::string>& country_hints) {
    const std::size_t ns = spans.size();
    CandTable cands = candidates(a, idx, spans);
    DocFocus focus = focus_of(a, idx, spans, cands, country_hints);
    namesakes_in_named_divisions(idx, spans, focus, cands);
    Links links = links_of(a, spans);
    contained_past_country(idx, a, spans, cands, links);
    contained_past_unknown_level(idx, a, spans, cands, links);
    SupportTable support = container_support(idx, links, cands);
    // Step 5: each mention's candidates ranked in that light (rank.cpp)
    std::vector<PlaceMention> out(ns);
    std::vector<std::int64_t> chosen(ns, -1);
    for (std::size_t s = 0; s < ns; ++s) {
        const Span& sp = spans[s];
        PlaceMention& m = out[s];
        // (a site's whole name only where the geoparse command shows it: show_sites)
        const bool shown = sp.shown_end && !sp.facility;
        m.begin = shown ? sp.shown_begin : sp.begin;
        m.end = shown ? sp.shown_end : sp.end;
        m.text = shared_vocab(a.surface(m.begin, m.end));
        m.demonym = sp.demonym;
        m.embedded = sp.embedded;
        chosen[s] = rank_span(idx, focus, sp, cands[s], -1, support[s], m);
    }
    rank_in_named_divisions(idx, focus, spans, cands, support, chosen, out);
    rank_divisions_named(idx, a, focus, spans, cands, support, links.to, chosen, out);
    rank_in_containers(idx, focus, spans, cands, links, support, chosen, out);
    one_place_per_name(idx, spans, cands, links, chosen, out);
    city_in_division(links.to, out);
    // "the Zahle roundabout", "Beirut's Hamra district": a site at or in the town (precision 2)
    for (std::size_t s = 0; s < ns; ++s)
        if (spans[s].site && out[s].resolved && out[s].precision == GeoPrecision::town)
            out[s].precision = GeoPrecision::near_town;
    if (std::any_of(spans.begin(), spans.end(), [](const Span& x) { return x.gold; }))
        place_unnamed_given(spans, out);
    return out;
}

// A site or institution shown whole ("Manila Cathedral", "Seoul Central District Court") stands
// at the town that names it, or in the town the text puts it ("Washington University in St.
// Louis", "the Colony Theatre in Los Angeles"; not in a division: "X Park in Baja California");
// one named by a country, a division or a region ("Colorado State University") lies anywhere
// in it: the mention is then the place's name alone.
void show_sites(const Analysed& a, const std::vector<Span>& spans, std::vector<PlaceMention>& out) {
    for (std::size_t s = 0; s < spans.size(); ++s) {
        const Span& sp = spans[s];
        PlaceMention& m = out[s];
        if (!sp.facility) continue;
        m.begin = sp.shown_begin;
        m.end = sp.shown_end;
        m.text = shared_vocab(a.surface(m.begin, m.end));
        const std::size_t k = token_at(a, sp.shown_end);
        if (s + 1 < spans.size() && k + 1 < a.toks.size() && a.norm(k) == "in" && spans[s + 1].tb == k + 1 &&
            out[s + 1].resolved && out[s + 1].feature.starts_with("P.")) {
            PlaceMention in = out[s + 1];
            in.begin = m.begin;
            in.end = m.end;
            in.text = m.text;
            in.embedded = m.embedded;
            m = std::move(in);
            continue;
        }
        if (m.resolved && m.feature.starts_with("P.")) continue;
        m.begin = sp.begin;
        m.end = sp.end;
        m.text = shared_vocab(a.surface(m.begin, m.end));
    }
}

} // namespace gt::geoparse::detail
