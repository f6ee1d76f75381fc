// Ranking of one mention's candidates (docs/geoparse.md, "Resolution"): the gazetteer's score
// re-weighted by the document's countries and first-level divisions, a stated container,
// co-mentioned places nearby and the kind of place the context asks for; candidates the
// document rules out (a transliteration abroad, a namesake of a local place) never stand.
#include "geoparse/rank.hpp"
#include "geoparse/ranking.hpp"

#include "geoparse/lexicon.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace gt::geoparse::detail {

double DocFocus::country_weight(std::string_view cc) const {
    if (cc.empty()) return 0;
    auto it = country_w.find(country_key(cc));
    return it == country_w.end() ? 0.0 : it->second;
}

double DocFocus::raw_weight(std::string_view cc) const {
    if (cc.empty()) return 0;
    auto it = country_raw.find(country_key(cc));
    return it == country_raw.end() ? 0.0 : it->second;
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

namespace {

// The first-level division of entry e: its own, else that of the nearest populated places of
// its country that have one (a source gave "Sololo, Kenya" no division: it lies where its
// neighbours do), else no_admin1.
std::uint32_t admin1_of(const gazetteer::Index& idx, std::uint32_t e) {
    std::uint32_t a = idx.entry(e).admin1;
    if (a != gazetteer::format::no_admin1 || idx.is_country(e)) return a;
    std::array<gazetteer::Nearby, 8> near{};
    std::size_t n = idx.nearest(idx.position(e), near, 'P');
    for (std::size_t k = 0; k < n; ++k) {
        const auto& en = idx.entry(near[k].entry);
        if (en.admin1 != gazetteer::format::no_admin1 && country2(idx, near[k].entry) == country2(idx, e))
            return near[k].distance_m < 100e3 ? en.admin1 : gazetteer::format::no_admin1;
    }
    return gazetteer::format::no_admin1;
}

} // namespace

bool lies_in(const gazetteer::Index& idx, std::uint32_t e, std::uint32_t c) {
    std::string_view cc = country2(idx, c);
    if (cc.empty() || country2(idx, e) != cc) return false;
    if (idx.is_country(c)) return true;
    if (idx.is_admin1(c)) return admin1_of(idx, e) == idx.entry(c).admin1;
    if (e == c) return true;
    // a second-level division or a town: within reach of its point, and in its first-level
    // division when both have one
    const auto& ce = idx.entry(c);
    const auto& ee = idx.entry(e);
    if (ce.admin1 != gazetteer::format::no_admin1 && ee.admin1 != gazetteer::format::no_admin1 &&
        ce.admin1 != ee.admin1 && !idx.is_admin1(e))
        return false;
    double reach = ce.feature_class == 'A' ? 120e3 : 60e3;
    return geo::closer_than(idx.position(e), idx.position(c), reach);
}

namespace ranking {

// Another mention's first choice lies within `metres` of entry e.
bool Ranking::near_anchor(std::uint32_t e, double metres) const {
    geo::LatLon pe = idx_.position(e);
    for (const Anchor& an : focus_.anchors)
        if (*an.key != sp_.key && geo::closer_than(pe, an.p, metres)) return true;
    return false;
}

// Some candidate of the mention, a town or a second-level division, lies within `metres` of
// another mention's first choice.
bool Ranking::any_candidate_near(double metres) const {
    for (std::size_t k = 0; k < cs_.n; ++k)
        if (!is_broad(idx_, cs_.c[k].entry) && near_anchor(cs_.c[k].entry, metres)) return true;
    return false;
}

// A site's name that is surely the town's ("the Zahle roundabout", not "the Freedom square",
// "the Victoria junction", "the Uhuru roundabout"): a town's own name, neither a word of the
// language nor a given name, of a seat or of a town of 50,000 people or more.
bool Ranking::site_town(std::size_t k) const {
    std::uint32_t e = cs_.c[k].entry;
    const auto& en = idx_.entry(e);
    if (cs_.c[k].match != gazetteer::Match::name || alternate_only(k) || sp_.loose_only ||
        en.feature_class != 'P' || lex::is_common_word(sp_.key) || lex::is_given_name(sp_.key))
        return false;
    std::string_view code = idx_.feature_code(e);
    return en.population >= 50000 || code == "PPLC" || code == "PPLA" || code == "PPLA2";
}

// Some other mention of the document has a first choice.
bool Ranking::other_anchor() const {
    return std::any_of(focus_.anchors.begin(), focus_.anchors.end(),
                       [&](const Anchor& an) { return *an.key != sp_.key; });
}

// Some sizeable populated place bears the mention as its own name ("Tunis").
bool Ranking::own_city() const {
    for (std::size_t k = 0; k < cs_.n; ++k) {
        const auto& en = idx_.entry(cs_.c[k].entry);
        if (en.feature_class != 'P' || en.population < 100000 ||
            cs_.c[k].match != gazetteer::Match::name)
            continue;
        if (text::normalize_name(idx_.name(cs_.c[k].entry)) == sp_.key) return true;
    }
    return false;
}

// A candidate found only under an alternate name ("Arizona" for Yuma, "Tunis" for Tunisia,
// "Turkey" for New Providence) ranks after those whose own name it is ("New York" is New York
// City's own name less its word "city").
bool Ranking::alternate_only_of(std::size_t k) const {
    if (cs_.c[k].match != gazetteer::Match::name) return false;
    std::uint32_t e = cs_.c[k].entry;
    // a country's or region's short name ("EU") is designated, unless a sizeable place bears
    // that name as its own ("Tunis": the city, not Tunisia)
    if (is_broad(idx_, e) && !own_city_) return false;
    char nb[text::max_name_bytes], lb[text::max_name_bytes];
    std::size_t nl = text::normalize_name(idx_.name(e), nb, sizeof nb);
    std::string_view own(nb, nl);
    if (is_own_name_of(idx_, e, own, sp_.key)) return false;
    if (seat_named_by_its_district(idx_, sp_.key, e)) return false;
    // the text writes the division's generic word itself ("Mandalay region", "Borno state"):
    // the name without it is the division's own ("Mandalay Region")
    if (sp_.division != gazetteer::DivisionLevel::none && division_core_is(idx_, e, own, sp_.key)) return false;
    // a spelling variant ("Raqqa" for Ar Raqqah, "Geneva" for Genève), but never of a country's
    // or region's name ("Tunis" is not a spelling of Tunisia), nor where a city of 100,000 or
    // more bears the name as written: the name is that city's, and only another name of a
    // larger city spelt alike
    if (is_broad(idx_, e) || own_city_) return true;
    std::size_t ll = gazetteer::loose_key(own, lb, sizeof lb);
    return !(ll > 0 && std::string_view(lb, ll) == std::string_view(lq_, lql_));
}

// The entry's own name is only compass or position words ("Western", "North West").
bool Ranking::compass_named(std::uint32_t e) const {
    char nb[text::max_name_bytes];
    return gazetteer::names_nothing_alone(
        std::string_view(nb, text::normalize_name(idx_.name(e), nb, sizeof nb)));
}

// The document's weight for country `cc` besides this span's own vote: what the rest of the
// text says for it.
double Ranking::others_for(std::string_view cc) const {
    double w = focus_.raw_weight(cc);
    return sp_.vote() == cc ? w - sp_.vote_w : w;
}

// A place small enough to be a namesake of a local place the gazetteer lacks: a town of fewer
// than 50,000 people, or a plain populated place (no capital, no seat of a division) or a
// second-level division of fewer than 150,000 ("Delft" in a report from Cape Town is the
// township, neither the Dutch city nor its municipality); a seat or a city is named abroad for
// itself.
bool Ranking::namesake_sized(std::uint32_t e) const {
    const auto& en = idx_.entry(e);
    if (en.population < small_town) return true;
    if (en.population >= plain_town) return false;
    return en.feature_class == 'A' || idx_.feature_code(e) == "PPL";
}

// Candidate k lies in a country the text does not name, and another candidate is a city of
// 100,000 or more, a capital or a first-level seat in a country the text names as where things
// are ("In Lebanon, rioters burned banks in Tripoli": Lebanon's Tripoli, not Libya's capital;
// not the town of 50,000 in England named Washington, in a report from Britain); or a rival on
// the votes (voted_rival).
bool Ranking::named_rival(std::size_t k) const {
    if (voted_rival(k)) return true;
    if (focus_.named.empty()) return false;
    std::string_view cc = country2(idx_, cs_.c[k].entry);
    if (cc.empty() || focus_.is_named(cc)) return false;
    for (std::size_t j = 0; j < cs_.n; ++j) {
        if (j == k || !ok_[j]) continue;
        std::uint32_t e = cs_.c[j].entry;
        std::string_view cj = country2(idx_, e);
        if (cj.empty() || !focus_.is_named(cj) || idx_.entry(e).feature_class != 'P') continue;
        std::string_view fc = idx_.feature_code(e);
        if (idx_.entry(e).population >= 100000 || fc == "PPLA" || fc == "PPLC") return true;
    }
    return false;
}

// Candidate k lies in a country the rest of the text gives under half a vote, and another
// candidate is a big place named by its own name (a capital, a first-level seat or a city of a
// million; not Richmond, once called Manchester) a tenth of
// k's size or more in a country the rest of the text gives a full vote (a demonym, a confident
// place: "the Lebanese army ... in Tripoli", "Pakistani police ... in Hyderabad"); "born in
// Manchester" in a report that names US forces is still England's city, not New Hampshire's.
bool Ranking::voted_rival(std::size_t k) const {
    std::uint32_t ke = cs_.c[k].entry;
    std::string_view cc = country2(idx_, ke);
    if (cc.empty() || focus_.is_named(cc) || others_for(cc) >= firm_vote / 2) return false;
    for (std::size_t j = 0; j < cs_.n; ++j) {
        if (j == k || !ok_[j]) continue;
        std::uint32_t e = cs_.c[j].entry;
        std::string_view cj = country2(idx_, e);
        if (cj.empty() || others_for(cj) < firm_vote || idx_.entry(e).feature_class != 'P' || alternate_only(j))
            continue;
        std::string_view fc = idx_.feature_code(e);
        std::uint64_t pop = idx_.entry(e).population;
        bool big = fc == "PPLA" || fc == "PPLC" || pop >= big_rival;
        if (big && rival_ratio * pop >= idx_.entry(ke).population) return true;
    }
    return false;
}


// Candidate k is found only under an alternate name, abroad, and another candidate still
// standing bears the mention as its own name (diacritics folded): the name is that place's
// ("Pama" is Pama in Burkina Faso, not Parma, Ohio, once "Pama"), unless k is a capital or a
// city of a million ("Bombay", "Canton"), a city of 100,000 ten times the other's size or more
// (the English name of a world city: "Cologne" is Köln, not the Lombard village), or the rest
// of the text speaks for k's country. So does a town found under another spelling of its own
// name, under 100,000 people and no capital or first-level seat ("Batie" is Batié in Burkina
// Faso, not Batī in Ethiopia; respelt_town). A short form of a city's name (short_alias: "Po"
// for Bozhou) is no world city's English name: the size of the city does not count.
bool Ranking::yields_to_own_name(std::size_t k) const {
    std::uint32_t e = cs_.c[k].entry;
    const auto& en = idx_.entry(e);
    if (cs_.c[k].match != gazetteer::Match::name || idx_.feature_code(e) == "PPLC") return false;
    if (!alternate_only(k) && !respelt_town(idx_, cs_.c[k], sp_.key)) return false;
    bool alias = alternate_only(k) && short_alias(idx_, e, sp_.key);
    // (a building that bears the name as its own, a curated row of the news's landmarks, is
    // what English text means by a city's name translated: "the White House" is not
    // Casablanca, "Dar el Beida", whatever the city's size)
    const bool site = alternate_only(k) && own_site_elsewhere(k);
    if (en.population >= big_rival && !alias && !site) return false;
    std::string_view cc = country2(idx_, e);
    if (!cc.empty() && focus_.raw_weight_besides(cc, sp_.key) > 1e-9) return false;
    return own_name_elsewhere(idx_, cs_, ok_, k, sp_.key, alias || site);
}

// Another candidate still standing, a building or site (class S), bears the mention as its own
// name.
bool Ranking::own_site_elsewhere(std::size_t k) const {
    char nb[text::max_name_bytes];
    for (std::size_t j = 0; j < cs_.n; ++j) {
        std::uint32_t o = cs_.c[j].entry;
        if (j == k || !ok_[j] || cs_.c[j].match != gazetteer::Match::name || idx_.entry(o).feature_class != 'S')
            continue;
        std::string_view own(nb, text::normalize_name(idx_.name(o), nb, sizeof nb));
        if (is_own_name_of(idx_, o, own, sp_.key)) return true;
    }
    return false;
}

// A city of 100,000 or more known abroad by another name ("Odessa" for Odesa, "Kharkov" for
// Kharkiv), five times the size of every namesake that bears the name as its own (towns
// all, in other countries), in a country
// the rest of the text votes for ("Ukrainian police arrested ... in Odessa"): that name is the
// city's as much as its own is (not Texas's Odessa, 119,000).
bool Ranking::exonym_city(std::size_t k) const {
    std::uint32_t e = cs_.c[k].entry;
    const auto& en = idx_.entry(e);
    if (!alternate_only(k) || en.feature_class != 'P' || en.population < world_city) return false;
    std::string_view cc = country2(idx_, e);
    if (cc.empty() || others_for(cc) <= 0) return false;
    bool rival = false;
    for (std::size_t j = 0; j < cs_.n; ++j) {
        std::uint32_t o = cs_.c[j].entry;
        if (j == k || !ok_[j] || cs_.c[j].match != gazetteer::Match::name || alternate_only(j)) continue;
        const auto& oe = idx_.entry(o);
        if (oe.feature_class != 'P' || country2(idx_, o) == cc || en.population < exonym_ratio * oe.population)
            return false;
        rival = true;
    }
    return rival;
}

// The context asks for a first-level division ("the US state of Georgia", "the province of X")
// and one is among the candidates: a country of the name is not what the text means.
bool Ranking::division_asked() const {
    if (sp_.division != gazetteer::DivisionLevel::admin1) return false;
    for (std::size_t k = 0; k < cs_.n; ++k)
        if (idx_.is_admin1(cs_.c[k].entry)) return true;
    return false;
}

// Co-mentioned places near candidate k: + 2 within 50 km of another mention's first choice,
// + 1 within 200 km (a cheap box test before the geodesic).
double Ranking::nearby(std::size_t k) const {
    geo::LatLon pe = idx_.position(cs_.c[k].entry);
    double bonus = 0;
    for (const Anchor& an : focus_.anchors) {
        if (*an.key == sp_.key || std::abs(an.p.lat - pe.lat) > 2.0 ||
            std::abs(an.p.lon - pe.lon) > 2.6)
            continue;
        if (geo::closer_than(pe, an.p, 50e3)) return 2.0;
        if (geo::closer_than(pe, an.p, 200e3)) bonus = 1.0;
    }
    return bonus;
}

// A country's capital is named in the news far more often than its namesakes ("In Washington,
// ..." in a report from Britain), unless a namesake in another country lies near another place
// of the text ("the Tripoli-Beirut highway").
double Ranking::capital_prior(std::size_t k) const {
    std::uint32_t e = cs_.c[k].entry;
    if (idx_.feature_code(e) != "PPLC" || named_rival(k)) return 0;
    for (std::size_t j = 0; j < cs_.n; ++j)
        if (j != k && near_[j] > 0 && country2(idx_, cs_.c[j].entry) != country2(idx_, e))
            return 0;
    return capital_bonus;
}

// The document's weight of the first-level division an entry lies in (0..1).
double Ranking::admin1_focus(std::uint32_t e) const {
    std::string_view a1 = idx_.admin1_code(e);
    if (a1.empty()) return 0;
    auto it = focus_.admin1_w.find(std::string(a1));
    return it == focus_.admin1_w.end() ? 0.0 : it->second;
}

double Ranking::score(std::size_t k) const {
    std::uint32_t e = cs_.c[k].entry;
    const auto& en = idx_.entry(e);
    std::string_view cc = country2(idx_, e);
    double cw = focus_.country_weight(cc);
    // (a namesake's own vote does not outweigh a country the text names: see named_rival)
    if (named_rival(k) && focus_.focus_raw > 0)
        cw = std::min(cw, std::max(0.0, others_for(cc)) / focus_.focus_raw);
    double sc = cs_.c[k].score + 3.0 * cw;
    if (!is_broad(idx_, e)) sc += 1.5 * admin1_focus(e);
    if (container_ >= 0 && lies_in(idx_, e, static_cast<std::uint32_t>(container_))) sc += 6.0;
    sc += support_[k];
    if (sp_.want_class) sc += en.feature_class == sp_.want_class ? 2.0 : -2.0;
    if (alternate_only(k)) sc -= is_broad(idx_, e) ? 6.0 : exonym_city(k) ? 0.5 : 3.0;
    if (cs_.c[k].match == gazetteer::Match::loose && idx_.loose_needs_support(e)) sc -= unlisted_penalty;
    return sc + near_[k] + capital_prior(k);
}

// Countries, continents and regions named as such are never traded for a smaller place of the
// same name; nor are first-level divisions unless the text asks for a town.
std::size_t Ranking::choose() const {
    std::size_t top_k = cs_.n;
    for (std::size_t k = 0; k < cs_.n && top_k == cs_.n; ++k)
        if (ok_[k] && !yields_[k]) top_k = k;
    if (top_k == cs_.n) return cs_.n;
    std::uint32_t top = cs_.c[top_k].entry;
    // a division is not traded for a town of its name, unless the town lies in a country the
    // document is more about ("Manchester": England's city, not Jamaica's parish)
    bool admin1_holds = idx_.is_admin1(top) && sp_.want_class != 'P' && sp_.want_class != 'H';
    if (admin1_holds) {
        double tw = focus_.country_weight(country2(idx_, top));
        for (std::size_t k = 0; k < cs_.n && admin1_holds; ++k)
            if (ok_[k] && k != top_k &&
                focus_.country_weight(country2(idx_, cs_.c[k].entry)) > tw + 0.25)
                admin1_holds = false;
    }
    // a city of its own name beside a division of a country the rest of the text says nothing of
    if (idx_.is_admin1(top) && sp_.want_class != 'A' && sp_.division == gazetteer::DivisionLevel::none &&
        others_for(country2(idx_, top)) <= 0) {
        std::size_t city = cs_.n;
        for (std::size_t k = 0; k < cs_.n; ++k)
            if (k != top_k && ok_[k] && city_over_division(k) && (city == cs_.n || score_[k] > score_[city]))
                city = k;
        if (city != cs_.n) return world_city_over(city);
    }
    bool keep_top = !alternate_only(top_k) && (is_broad(idx_, top) || admin1_holds);
    std::size_t bk = top_k;
    for (std::size_t k = 0; k < cs_.n; ++k) {
        if (!ok_[k] || yields_[k]) continue;
        std::uint32_t e = cs_.c[k].entry;
        if (keep_top && k != top_k && !is_broad(idx_, e) && !idx_.is_admin1(e)) continue;
        if (score_[k] > score_[bk]) bk = k;
    }
    return world_city_over(bk);
}

// A city of 300,000 people or more under its own name, beside a first-level division of
// another country the text says nothing of: the city ("Police in Manchester arrested two men"
// is England's city, not Jamaica's parish; "Córdoba" in a text of no country, Argentina's
// city, not Colombia's department).
bool Ranking::city_over_division(std::size_t k) const {
    const std::uint32_t e = cs_.c[k].entry;
    const auto& en = idx_.entry(e);
    return en.feature_class == 'P' && en.population >= 300000 && cs_.c[k].match == gazetteer::Match::name &&
           !alternate_only(k) && !yields_[k];
}

// Whether the text speaks for candidate k itself, beyond its country's share of the votes: a
// stated container, a place stated to lie in it, a co-mentioned place within 200 km, the kind of place
// asked for, or its first-level division named ("Manchester, N.H.", "Texas ... Austin").
bool Ranking::spoken_for(std::size_t k) const {
    if (container_ >= 0 || support_[k] > 0 || near_[k] > 0 || sp_.want_class) return true;
    return has_code(focus_.named_admin1, idx_.admin1_code(cs_.c[k].entry));
}

// A world city (a national capital, or a place of 100,000 or more, named by its own name) is
// not traded on the document's country votes alone for a namesake a third its size or less in
// another country: "born in Manchester" in a report that names US soldiers and Austin, Texas is
// the English city, "In Washington," in a report from Britain the US capital; a namesake the
// text speaks for itself (spoken_for) stands, and so does one in a country the text names
// against a capital abroad (named_rival).
std::size_t Ranking::world_city_over(std::size_t bk) const {
    std::uint32_t be = cs_.c[bk].entry;
    const auto& b = idx_.entry(be);
    if (b.feature_class != 'P' || spoken_for(bk)) return bk;
    std::size_t best = bk;
    for (std::size_t k = 0; k < cs_.n; ++k) {
        std::uint32_t e = cs_.c[k].entry;
        const auto& en = idx_.entry(e);
        if (!ok_[k] || k == bk || en.feature_class != 'P' ||
            cs_.c[k].match != gazetteer::Match::name || alternate_only(k) ||
            country2(idx_, e) == country2(idx_, be))
            continue;
        bool capital = idx_.feature_code(e) == "PPLC";
        // a capital abroad does not take over from a namesake in a country the text names
        // ("In Lebanon, ... in Tripoli"): named_rival, as for the capital's own bonus; nor
        // does a world city from a big namesake the text firmly votes for (voted_rival)
        if ((capital && named_rival(k)) || voted_rival(k)) continue;
        bool world = capital || en.population >= world_city;
        if (world && en.population >= world_city_ratio * b.population &&
            en.population > idx_.entry(cs_.c[best].entry).population)
            best = k;
    }
    return best;
}

void Ranking::fill(std::size_t bk, PlaceMention& m) const {
    std::uint32_t best_e = cs_.c[bk].entry;
    double best = score_[bk], second = -1e9;
    // (an alternate name that gave way to this own name is still a rival, at most a tie,
    // unless the text speaks for the place or its country: "Pedralva, Minas Gerais" is sure, a
    // lone "Moran" in a note from Kenya no surer for Kansas's town than for the one it beat)
    bool backed = spoken_for(bk) || others_for(country2(idx_, best_e)) > 0;
    for (std::size_t k = 0; k < cs_.n; ++k) {
        if (!ok_[k] || k == bk || (yields_[k] && backed)) continue;
        // the same place under another entry (the city and its division) is no rival, nor is
        // the division that holds it, or the division's seat (a division's point may lie away
        // from the town named like it: Al Ḩudaydah and its governorate, 56 km)
        std::uint32_t ke = cs_.c[k].entry;
        if (geo::closer_than(idx_.position(ke), idx_.position(best_e), 50e3)) continue;
        if ((idx_.is_admin1(ke) && lies_in(idx_, best_e, ke)) ||
            (idx_.is_admin1(best_e) && lies_in(idx_, ke, best_e)))
            continue;
        second = std::max(second, yields_[k] ? std::min(score_[k], best) : score_[k]);
    }
    if (cs_.c[bk].match == gazetteer::Match::demonym) m.demonym = true;
    fill_from_entry(idx_, best_e, m);
    // (a candidate a rule chose over a higher score is at most a tie: city_over_division)
    double conf = second < -1e8 ? 0.9 : 0.5 + 0.45 * (1.0 - std::exp(-std::max(0.0, best - second) / 2.0));
    if (sp_.loose_only || cs_.c[bk].match == gazetteer::Match::loose) conf *= 0.85;
    if (cs_.c[bk].match == gazetteer::Match::abbreviation) conf *= 0.95;
    if (alternate_only(bk)) conf *= 0.8;
    m.score = std::clamp(conf, 0.0, 1.0);
    if (m.demonym && m.precision != GeoPrecision::region) m.precision = GeoPrecision::region;
}

} // namespace ranking

std::int64_t rank_span(const gazetteer::Index& idx, const DocFocus& focus, const Span& sp,
                       const Cands& cs, std::int64_t container, const Support& support,
                       PlaceMention& m) {
    if (cs.n == 0) return -1;
    ranking::Ranking r(idx, focus, sp, cs, container, support, m.text);
    std::size_t k = r.choose();
    if (k >= cs.n) return -1;
    r.fill(k, m);
    return cs.c[k].entry;
}

namespace {

// A city this large is named for itself, wherever the rest of the text is.
constexpr std::uint64_t own_city_size = 100000;

// A candidate lies in one of the first-level divisions the text names.
bool in_named(const gazetteer::Index& idx, std::uint32_t e,
              const std::vector<std::string_view>& named) {
    return has_code(named, idx.admin1_code(e));
}

// The first-level divisions the text names by their own names or abbreviations ("Montana",
// "Ga.", "Kentucky"), as resolved: a candidate of the mention that is the division, not a loose match.
std::vector<std::string_view> named_divisions(const gazetteer::Index& idx,
                                              const std::vector<Span>& spans,
                                              const CandTable& cands,
                                              const std::vector<std::int64_t>& chosen) {
    return named_divisions_if(idx, spans, chosen, [&](std::size_t s, std::uint32_t e) {
        for (std::size_t k = 0; k < cands[s].n; ++k)
            if (cands[s].c[k].entry == e && cands[s].c[k].match != gazetteer::Match::loose) return true;
        return false;
    });
}

} // namespace

void rank_in_named_divisions(const gazetteer::Index& idx, const DocFocus& focus,
                             const std::vector<Span>& spans, const CandTable& cands,
                             const SupportTable& support,
                             std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out) {
    const std::vector<std::string_view> named = named_divisions(idx, spans, cands, chosen);
    if (named.empty()) return;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (chosen[s] < 0 || spans[s].demonym) continue;
        auto e = static_cast<std::uint32_t>(chosen[s]);
        // (a city of 100,000 or more is named for itself: "Portland" in a sports report that
        // names Maine is still Oregon's)
        if (is_broad(idx, e) || idx.is_admin1(e) || in_named(idx, e, named) ||
            idx.entry(e).population >= own_city_size)
            continue;
        Support sup = support[s];
        bool inside = false;
        for (std::size_t k = 0; k < cands[s].n; ++k)
            if (in_named(idx, cands[s].c[k].entry, named)) {
                sup[k] += named_division_bonus;
                inside = true;
            }
        if (!inside) continue;
        PlaceMention again = out[s];
        again.resolved = false;
        std::int64_t ae = rank_span(idx, focus, spans[s], cands[s], -1, sup, again);
        if (ae < 0) continue;
        out[s] = std::move(again);
        chosen[s] = ae;
    }
}

} // namespace gt::geoparse::detail
