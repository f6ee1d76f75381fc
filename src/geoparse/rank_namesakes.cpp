// A name that is one place's own and another's other name (docs/geoparse.md, "Resolution"):
// "Pama" is Pama in Burkina Faso before Parma, Ohio, listed under "Pama".
#include "geoparse/rank.hpp"

#include "text/normalize.hpp"

namespace gt::geoparse::detail {

bool own_name_elsewhere(const gazetteer::Index& idx, const Cands& cs, const std::array<bool, max_candidates>& ok,
                        std::size_t k, std::string_view key, bool alias) {
    constexpr std::uint64_t world_city = 100000, rival_ratio = 10;
    std::uint32_t e = cs.c[k].entry;
    std::string_view cc = country2(idx, e);
    std::uint64_t size = idx.entry(e).population;
    char nb[text::max_name_bytes];
    for (std::size_t j = 0; j < cs.n; ++j) {
        std::uint32_t o = cs.c[j].entry;
        if (j == k || !ok[j] || cs.c[j].match != gazetteer::Match::name || country2(idx, o) == cc) continue;
        // (the English name of a world city: "Cologne" is Köln, not the Lombard village)
        if (!alias && size >= world_city && size >= rival_ratio * idx.entry(o).population) continue;
        std::string_view own(nb, text::normalize_name(idx.name(o), nb, sizeof nb));
        if (is_own_name_of(idx, o, own, key)) return true;
    }
    return false;
}

bool short_alias(const gazetteer::Index& idx, std::uint32_t e, std::string_view key) {
    char nb[text::max_name_bytes];
    std::size_t own = text::normalize_name(idx.name(e), nb, sizeof nb);
    return key.size() <= 3 && own >= 2 * key.size();
}

bool respelt_town(const gazetteer::Index& idx, const gazetteer::Candidate& c, std::string_view key) {
    return idx.entry(c.entry).population < 100000 && respelt_place(idx, c, key);
}

bool respelt_place(const gazetteer::Index& idx, const gazetteer::Candidate& c, std::string_view key) {
    const auto& en = idx.entry(c.entry);
    std::string_view code = idx.feature_code(c.entry);
    if (c.match != gazetteer::Match::name || en.feature_class != 'P' || code == "PPLC" || code == "PPLA" ||
        transliterated(std::string_view(en.country, 2)))
        return false;
    char nb[text::max_name_bytes];
    std::string_view own(nb, text::normalize_name(idx.name(c.entry), nb, sizeof nb));
    return !is_own_name_of(idx, c.entry, own, key);
}

} // namespace gt::geoparse::detail
