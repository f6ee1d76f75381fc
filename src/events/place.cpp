// The place a cue takes in its sentence (see clauses.hpp; docs/events.md, "Place").
#include "events/clauses.hpp"

#include "geo/geodesy.hpp"

#include <optional>

namespace gt::events::detail {

namespace {

/// The words that name the level of a place in the text's hierarchy ("X village, Y district").
const text::WordSet& level_words() {
    static const text::WordSet s = {"village", "town", "city", "district", "area", "community", "ward",
                                    "county", "province", "state", "region", "governorate", "locality",
                                    "subdistrict", "municipality", "township", "neighbourhood",
                                    "neighborhood", "road", "street", "camp", "police", "chiefdom", "hamlet",
                                    "quarter", "sector", "front", "frontline", "zone", "axis"};
    return s;
}

/// The word after the words of mention `p` from word `i` on (sc.last at the sentence's end).
std::size_t after_mention(const SentenceContext& sc, std::size_t i, int p) {
    while (i < sc.last && sc.place_at[i] == p) ++i;
    return i;
}

/// Whether the mention at word `i` names a road rather than where things happened: "on
/// Murree road", "along the Kano-Zaria highway", "in Hamra street" (the road runs to or is
/// named after the place; the incident is where the text puts the road).
bool in_road_name(const SentenceContext& sc, std::size_t i) {
    static const text::WordSet roads = {"road", "highway", "street", "avenue", "expressway", "motorway",
                                        "rd", "st", "hwy"};
    const auto& w = sc.ws.words;
    std::size_t j = after_mention(sc, i, sc.place_at[i]);
    // "Kano-Zaria", "Damaturu/Maiduguri": the other end of the road and its hyphen or slash
    for (int k = 0; k < 4 && j < sc.last && !in(roads, w[j]); ++k) {
        bool joiner = w[j].punct && (w[j].norm == "-" || w[j].norm == "/");
        if (!joiner && !(w[j].capitalised && k > 0)) break;
        ++j;
    }
    return j < sc.last && in(roads, w[j]);
}

/// Whether `outer` contains `inner` as the text's hierarchy states it: a country its
/// divisions and towns, a first-level division what lies in it, and so does the seat of one
/// (the text names the division by its seat's name: "Quamishli city in al-Hasakeh", "al Tabqa
/// in Raqqa"), a second-level division or another town the towns of its first-level division
/// within 60 km of its point.
bool contains(const PlaceMention& outer, const PlaceMention& inner) {
    if (inner.country.empty() || outer.country != inner.country || is_country(inner)) return false;
    if (is_country(outer)) return true;
    if (inner.feature == "A.ADM1" || inner.admin1_code.empty() || inner.admin1_code != outer.admin1_code)
        return false;
    if (outer.feature == "A.ADM1" || outer.feature == "P.PPLA") return true;
    bool division = outer.feature == "A.ADM2" && inner.feature != "A.ADM2";
    bool town = outer.feature.rfind("P.", 0) == 0 && inner.feature.rfind("P.", 0) == 0;
    return (division || town) && geo::closer_than({inner.lat, inner.lon}, {outer.lat, outer.lon}, 60000.0);
}

/// The first resolved town of the sentence other than mention `p` (no demonym, no modifier, no
/// actor's place) for which `ok(word, mention, place)` holds, else -1.
template <class Ok>
int first_town_of_sentence(const SentenceContext& sc, int p, Ok ok) {
    int last_q = -1;
    for (std::size_t j = sc.first; j < sc.last; ++j) {
        int q = sc.place_at[j];
        if (q < 0 || q == p || q == last_q) continue;
        last_q = q;
        const auto& t = sc.a.places[static_cast<std::size_t>(q)];
        if (!t.resolved || t.demonym || t.embedded || sc.place_is_actor[static_cast<std::size_t>(q)] ||
            t.feature.rfind("P.", 0) != 0)
            continue;
        if (ok(j, q, t)) return q;
    }
    return -1;
}

/// When the chosen mention `p` (at word `at`) is a division: the first place of its clause that
/// names a road and lies in it ("on Diwaniyah highway in Qadisiyah": the town the road is named
/// after is nearer than the division's point), else -1.
int road_place_in(const SentenceContext& sc, std::size_t at, int p) {
    const auto& div = sc.a.places[static_cast<std::size_t>(p)];
    if (div.feature != "A.ADM1" && div.feature != "A.ADM2") return -1;
    return first_town_of_sentence(sc, p, [&](std::size_t j, int, const PlaceMention& t) {
        return sc.clause[j - sc.first] == sc.clause[at - sc.first] && in_road_name(sc, j) && contains(div, t);
    });
}

/// Where the preposition of a place the geoparser does not know lies, when the mention at word
/// `i` follows it as its container: "near Shikharkh, Tartar", "in Korko (Barsalogho, ...", "in
/// Police District 9, Herat", "in Block 52, Street 14, Baghdad": the word after that
/// preposition, else `i`. Only names, numbers and level words the geoparser left unresolved lie
/// between, across at most three commas, and only a locative preposition ("On Monday, Kabul"
/// is no hierarchy).
std::size_t unknown_levels_start(const SentenceContext& sc, std::size_t i) {
    static const text::WordSet locative = {"in", "near", "at", "outside", "around", "inside"};
    static const text::WordSet calendar_words = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec"};
    const auto& w = sc.ws.words;
    if (i < sc.first + 3 || (w[i - 1].norm != "," && w[i - 1].norm != "(")) return i;
    std::size_t j = i - 1;
    int commas = 0;
    bool named = false;
    while (j > sc.first && i - j <= 12) {
        const Word& x = w[j - 1];
        // (a place that names a road is no level: "on Sariab Road, X")
        if (sc.place_at[j - 1] >= 0 && !in_road_name(sc, j - 1)) return i;
        if (in(locative, x) || (in(place_prepositions(), x) && j - 1 == i - 3))
            return named ? j : i;
        if (x.norm == "," || x.norm == "(") {
            if (++commas > 3) return i;
        } else if (x.capitalised) {
            if (in(calendar_words, x)) return i;
            named = true;
        } else if (x.number) {
        } else if (!(x.punct && x.norm == "-") && !in(level_words(), x) &&
                   !(j >= sc.first + 2 && w[j - 2].punct && w[j - 2].norm == "-")) {
            return i;
        }
        --j;
    }
    return i;
}

/// How strongly the words before the mention at word `i` tie it to an event, added to
/// `score`: a preposition before the name ("in the town of X"), right before it, or
/// "rebel-held X".
void add_preposition_score(const SentenceContext& sc, std::size_t i, double& score) {
    const auto& w = sc.ws.words;
    std::size_t k = i;
    while (k > sc.first && (w[k - 1].norm == "the" || w[k - 1].norm == "city" || w[k - 1].norm == "town" ||
                            w[k - 1].norm == "village" || w[k - 1].norm == "province" || w[k - 1].norm == "of" ||
                            w[k - 1].capitalised) &&
           k > i - 4)
        --k;
    // the container of a village the geoparser does not know takes the village's preposition
    if (k == i) k = unknown_levels_start(sc, i);
    // ("from X", "to X": where people came from or went, weaker than where it happened)
    auto weight = [&](std::size_t j) { return w[j].norm == "from" || w[j].norm == "to" ? 0.5 : 1.0; };
    if (k > sc.first && in(place_prepositions(), w[k - 1])) score += 0.5 * weight(k - 1);
    if (i > sc.first && in(place_prepositions(), w[i - 1])) score += 0.3 * weight(i - 1);
    // "rebel-held Atareb", "IS-controlled Raqqa", "besieged Madaya": the place of the fighting
    else if (i > sc.first && (w[i - 1].norm == "held" || w[i - 1].norm == "controlled" ||
                              w[i - 1].norm == "besieged" || w[i - 1].norm == "occupied"))
        score += 0.8; // as much as a preposition
}

/// The place the text names right before the chosen mention at word `i` (place `p`) as lying
/// in it: "attacked Gusau town in Zamfara", "bombed Kafr Nabl town in Idlib", "in Lodwar, Turkana":
/// the place and its container are one statement of where, and ACLED and GTD code its most
/// precise level. -1 when there is none, or when that place is where people came from or went
/// ("moved from Kukawa to Konduga in Borno").
int contained_before(const SentenceContext& sc, std::size_t i, int p) {
    const auto& w = sc.ws.words;
    std::size_t j = i;
    if (j > sc.first + 1 && w[j - 1].norm == "the" && w[j - 2].norm == "in") --j;
    if (j <= sc.first + 1 || (w[j - 1].norm != "," && w[j - 1].norm != "(" && w[j - 1].norm != "in")) return -1;
    --j;
    for (int k = 0; k < 2 && j > sc.first && sc.place_at[j - 1] < 0 && in(level_words(), w[j - 1]); ++k) --j;
    // "shelled Tall Refaat and its vicinity in Aleppo": the place and the land around it
    static const text::WordSet around = {"vicinity", "surroundings", "environs", "outskirts", "suburbs"};
    if (j > sc.first + 3 && in(around, w[j - 1]) && (w[j - 2].norm == "its" || w[j - 2].norm == "their") &&
        w[j - 3].norm == "and")
        j -= 3;
    if (j <= sc.first || sc.place_at[j - 1] < 0 || sc.place_at[j - 1] == p) return -1;
    int q = sc.place_at[j - 1];
    std::size_t b = j - 1;
    while (b > sc.first && sc.place_at[b - 1] == q) --b;
    if (b > sc.first && (w[b - 1].norm == "from" || w[b - 1].norm == "to")) return -1;
    // (a road named after a place is no level: "on Multan road in Lahore city")
    if (in_road_name(sc, b)) return -1;
    const auto& inner = sc.a.places[static_cast<std::size_t>(q)];
    if (!inner.resolved || inner.demonym || inner.embedded || sc.place_is_actor[static_cast<std::size_t>(q)] ||
        sc.clause[b - sc.first] != sc.clause[i - sc.first] ||
        !contains(sc.a.places[static_cast<std::size_t>(p)], inner))
        return -1;
    return q;
}

/// The mention at word `i` (place `p`) standing for a state that acts rather than a place,
/// taken off `score`: "Damascus forces", "Moscow's ally", "the military forces of Artsakh".
void take_state_penalty(const SentenceContext& sc, std::size_t i, int p, double& score) {
    const auto& w = sc.ws.words;
    const std::size_t after = after_mention(sc, i, p);
    if (after < sc.last && in(metonymy_words(), w[after])) score -= 1.0;
    if (after + 1 < sc.last && w[after].norm == "s" && in(metonymy_words(), w[after + 1])) score -= 1.0;
    if (i >= sc.first + 2 && w[i - 1].norm == "of" &&
        (w[i - 2].norm == "forces" || w[i - 2].norm == "force" || w[i - 2].norm == "troops" ||
         w[i - 2].norm == "army" || w[i - 2].norm == "military" || w[i - 2].norm == "government"))
        score -= 1.0;
}

/// Where "solidarity with" or "in support of" follows the cue (the word a mention must come
/// after; sc.last when none): "a protest in Mogilev in solidarity with the protest in Brest", "a
/// rally in Kano in support of the strikers in Lagos": a place after it is where those the crowd
/// backs are. Found once a cue, not once a mention (a scan per mention was quadratic in a long
/// sentence: issue #15).
std::size_t solidarity_from(const SentenceContext& sc, const CueHit& cue) {
    const auto& w = sc.ws.words;
    for (std::size_t j = cue.end; j < sc.last; ++j) {
        if (w[j].norm == "solidarity") return j;
        if (w[j].norm == "support" && j >= cue.end + 1 && w[j - 1].norm == "in" && j + 1 < sc.last &&
            w[j + 1].norm == "of")
            return j + 1;
    }
    return sc.last;
}

/// "in Colonia Santa Anita", "in the Lucky Summer neighbourhood": a part of a town, named
/// after a place elsewhere more often than not.
bool part_of_town(const SentenceContext& sc, std::size_t i, int p) {
    static const text::WordSet prefixes = {"colonia", "barrio", "bairro", "jardim", "vila", "ejido"};
    static const text::WordSet suffixes = {"neighborhood", "neighbourhood", "suburb", "favela", "slum"};
    const auto& w = sc.ws.words;
    if (in(prefixes, w[i]) || (i > sc.first && in(prefixes, w[i - 1]))) return true;
    const std::size_t after = after_mention(sc, i, p);
    return after < sc.last && in(suffixes, w[after]);
}

/// The town of the sentence a part of a town (mention `p` at word `i`) lies in: "In Guadalajara,
/// Jalisco, armed men attacked two men in Colonia Santa Anita": Guadalajara (the part itself
/// resolved to a namesake elsewhere, or to where the gazetteer's point of it is far from the
/// town the text names). -1 when the sentence names no other town of its country.
int town_of_part(const SentenceContext& sc, std::size_t i, int p) {
    if (!part_of_town(sc, i, p)) return -1;
    const auto& part = sc.a.places[static_cast<std::size_t>(p)];
    return first_town_of_sentence(sc, p, [&](std::size_t j, int q, const PlaceMention& t) {
        return t.country == part.country && !part_of_town(sc, j, q);
    });
}

/// Whether the mention `p` (its words from `i`) is a level of a statement of where that its
/// country closes, below the first-level division: "in Police District 8, Kabul, Afghanistan",
/// "in Lashkar Gah, Helmand, Afghanistan", "on Sariab Road, Quetta, Balochistan, Pakistan",
/// "Sirwah district, Marib, Yemen", "between Khanaqin and Al Mandhariya, Diyala, Iraq". After
/// the place, at most four levels of its own country (each a place mention after a comma, a
/// parenthesis or "and", or right after a division word: "Kifri district Diyala"), then that country's name: the text's full statement of where the incident was,
/// as GTD writes it, against a place named in passing ("the former Charkh district governor",
/// "a councilor from Davao"). A first-level division is no such level: a town the sentence
/// names in it is more precise ("the Balad air base in Yathrib, Saladin, Iraq"); nor is a
/// place after a named level and "of", its container ("Avasin (Mergasur) region of Dahuk").
bool closed_by_country(const SentenceContext& sc, std::size_t i, int p) {
    const auto& w = sc.ws.words;
    const auto& pm = sc.a.places[static_cast<std::size_t>(p)];
    if (is_country(pm) || pm.country.empty() || pm.feature == "A.ADM1") return false;
    // (after "of" and a named level the place is its container: "in Avasin (Mergasur) region of
    // Dahuk, Iraq"; not after an unknown one: "in Ward 19 of Myingyan, Mandalay, Myanmar")
    if (i > sc.first && w[i - 1].norm == "of") {
        std::size_t k = i - 1;
        for (int n = 0; n < 3 && k > sc.first && sc.place_at[k - 1] < 0 &&
                        (in(level_words(), w[k - 1]) || w[k - 1].norm == ")");
             ++n)
            --k;
        if (k > sc.first && sc.place_at[k - 1] >= 0) return false;
    }
    std::size_t j = i;
    for (int level = 0; level < 5; ++level) {
        j = after_mention(sc, j, p);
        std::size_t named = j;
        while (j < sc.last && !w[j].capitalised && in(level_words(), w[j])) ++j;
        if (j + 1 >= sc.last) return false;
        if (w[j].norm == "," || w[j].norm == "(" || w[j].norm == "and") ++j;
        else if (j == named) return false;
        p = sc.place_at[j];
        if (p < 0) return false;
        const auto& q = sc.a.places[static_cast<std::size_t>(p)];
        if (!q.resolved || q.demonym || q.embedded || q.country != pm.country) return false;
        if (is_country(q)) return true;
    }
    return false;
}

/// Whether the mention `p` (its words from `i`), a modifier of the name after it, names the
/// town of a building or site there: "near Turbat Airport", "at Ghazni Hospital", "the Mosul
/// University campus". The facility lies in or by the town, and ACLED and GTD code the town;
/// not a country ("the Syrian Hospital") nor an organisation ("Dubai Police").
bool names_facility_town(const SentenceContext& sc, std::size_t i, int p) {
    static const text::WordSet facilities = {"airport", "hospital", "school", "stadium", "mosque", "church",
                                             "cathedral", "hotel", "university", "college", "academy"};
    const auto& pm = sc.a.places[static_cast<std::size_t>(p)];
    if (is_country(pm) || pm.feature.rfind("P.", 0) != 0) return false;
    const auto& w = sc.ws.words;
    i = after_mention(sc, i, p);
    return i < sc.last && w[i].capitalised && in(facilities, w[i]);
}

/// Whether the mention `p` (its words from `i`) names the seat of an office in a title: "the Kunar
/// provincial governor", "the former Charkh district governor", "the Zherai district police
/// chief", "Ghor governor": where the official serves, not where the incident was.
bool in_office_title(const SentenceContext& sc, std::size_t i, int p) {
    static const text::WordSet levels = {"district", "provincial", "province", "police", "security", "municipal",
                                         "city", "county", "state", "deputy", "regional", "town", "village"};
    static const text::WordSet offices = {"governor", "mayor", "councilor", "councillor", "commissioner",
                                          "chief", "commander", "administrator", "lawmaker", "chairman"};
    const auto& w = sc.ws.words;
    i = after_mention(sc, i, p);
    for (int k = 0; k < 2 && i < sc.last && in(levels, w[i]); ++k) ++i;
    return i < sc.last && !w[i].capitalised && in(offices, w[i]);
}

} // namespace

namespace {

/// The town of a building named after it as the sentence's town: "near Turbat Airport in
/// Balochistan"; not when the sentence names a town of its own ("in Trujillo, ... workers of
/// Belen Hospital": the hospital is in Trujillo, Belen a namesake far away).
bool facility_town(const SentenceContext& sc, std::size_t i, int p) {
    return names_facility_town(sc, i, p) &&
           first_town_of_sentence(sc, p, [](std::size_t, int, const PlaceMention&) { return true; }) < 0;
}

/// How strongly the mention `p` at word `i` is the place of the cue, or nothing when it cannot
/// be (a modifier, an actor, a clause another cue owns, a weak reading abroad): a preposition
/// before it, a town over a region over a country, a statement of where closed by its country,
/// nearness to the cue; an office's seat, a road's name or a government acting weigh less.
std::optional<double> place_score(const SentenceContext& sc, const CueHit& cue, int cue_index, bool diplomacy,
                                  std::size_t solidarity_at, std::size_t i, int p) {
    const auto& w = sc.ws.words;
    const auto& pm = sc.a.places[static_cast<std::size_t>(p)];
    // (a place inside an organisation's name or before a currency, "the US dollar", is a
    // modifier: never the place of an event; the town of a building named after it is one:
    // "near Turbat Airport")
    if (!pm.resolved || pm.demonym || sc.place_is_actor[static_cast<std::size_t>(p)]) return std::nullopt;
    if (pm.embedded && !facility_town(sc, i, p)) return std::nullopt;
    std::size_t c = sc.clause[i - sc.first];
    int owner = sc.clause_owner[c];
    double score = 1.0;
    if (c == cue.clause) score += 0.6;
    else if (owner == no_owner) return std::nullopt;
    else if (owner < 0 || owner == cue_index) score += 0.2;
    else return std::nullopt;
    add_preposition_score(sc, i, score);
    if (closed_by_country(sc, i, p)) score += 0.5;
    if (in_office_title(sc, i, p)) score -= 0.6;
    if (is_country(pm)) score -= 0.8;
    // "an air raid carried out by France in Burkina Faso": a country after "by" is the
    // agent (a foreign force), not where the event was
    if (is_country(pm) && i > sc.first && w[i - 1].norm == "by") score -= 1.0;
    // Outside the country the document is about: only for talks abroad, or when stated
    // right at the cue.
    if (!sc.focus_country.empty() && pm.country != sc.focus_country) {
        if (pm.score < 0.8) return std::nullopt;
        score -= diplomacy ? 0.5 : 1.6;
    }
    take_state_penalty(sc, i, p, score);
    if (solidarity_at < i) score -= 1.0;
    // a road named after a place yields to the place the text puts the road in
    if (in_road_name(sc, i)) score -= 0.8;
    // "accused Damascus of", "blamed Moscow": a government, not a place.
    if (i > sc.first && (w[i - 1].stem() == "accus" || w[i - 1].stem() == "blam" || w[i - 1].stem() == "urg" ||
                         w[i - 1].stem() == "condemn" || w[i - 1].stem() == "warn"))
        score -= 1.0;
    else if (pm.precision == GeoPrecision::region) score -= 0.3;
    double dist = i >= cue.end ? static_cast<double>(i - cue.end) : static_cast<double>(cue.begin - i);
    return score - 0.02 * dist;
}

/// The most precise place the text states for the chosen mention `best` at word `best_at`: the
/// town a part of a town lies in, the place of a road in a division, a place the text puts in
/// the chosen one.
int most_precise_level(const SentenceContext& sc, std::size_t best_at, int best) {
    // a part of a town: the town the sentence names ("in Guadalajara, ... in Colonia X")
    if (int town = town_of_part(sc, best_at, best); town >= 0) return town;
    // a division that holds a road named after a place of it: that place ("on the Kano
    // highway in Kano State": the road runs from the town)
    if (int road = road_place_in(sc, best_at, best); road >= 0) return road;
    // a place the text puts in the chosen one: the most precise level ("Gusau town in Zamfara",
    // "X, Y district, Z")
    for (int level = 0; level < 3; ++level) {
        int inner = contained_before(sc, best_at, best);
        if (inner < 0) break;
        while (best_at > sc.first && sc.place_at[best_at - 1] != inner) --best_at;
        while (best_at > sc.first && sc.place_at[best_at - 1] == inner) --best_at;
        best = inner;
    }
    return best;
}

} // namespace

/// The place tied to a cue: in its own clause, else in a clause no other cue owns; the best
/// scored mention (place_score), then its most precise stated level.
int choose_place(const SentenceContext& sc, const CueHit& cue, int cue_index, bool diplomacy) {
    int best = -1;
    std::size_t best_at = 0;
    double best_score = -1e9;
    int last_p = -1;
    const std::size_t solidarity_at = solidarity_from(sc, cue); // (once a cue: linear in the sentence)
    for (std::size_t i = sc.first; i < sc.last; ++i) {
        int p = sc.place_at[i];
        if (p < 0 || p == last_p) continue;
        last_p = p;
        std::optional<double> score = place_score(sc, cue, cue_index, diplomacy, solidarity_at, i, p);
        if (score && *score > best_score) {
            best_score = *score;
            best = p;
            best_at = i;
        }
    }
    if (best_score < 0) return -1;
    return most_precise_level(sc, best_at, best);
}

/// "Mallah Farms in Aleppo northern countryside", "al-Shadadi in the northeastern province of
/// Hasaka": a town followed by the division (or its capital) it lies in. When the gazetteer put
/// the town in another first-level division, the town was resolved to a namesake elsewhere;
/// the division the text states is returned (else -1).
int stated_division(const SentenceContext& sc, int p) {
    const auto& w = sc.ws.words;
    const auto& pm = sc.a.places[static_cast<std::size_t>(p)];
    if (!pm.resolved || is_country(pm) || pm.feature == "A.ADM1" || pm.admin1_code.empty()) return -1;
    std::size_t i = sc.first;
    while (i < sc.last && sc.place_at[i] != p) ++i;
    i = after_mention(sc, i, p);
    // "Mallah Farms in Aleppo": a capitalised word or two of the name the gazetteer missed
    for (int k = 0; k < 2 && i < sc.last && w[i].capitalised && sc.place_at[i] < 0; ++k) ++i;
    if (i >= sc.last || (w[i].norm != "in" && w[i].norm != "of" && w[i].norm != ",")) return -1;
    for (std::size_t j = i + 1; j < sc.last && j < i + 7; ++j) {
        int q = sc.place_at[j];
        if (q >= 0) {
            const auto& d = sc.a.places[static_cast<std::size_t>(q)];
            if (!d.resolved || d.demonym || d.country != pm.country || is_country(d)) return -1;
            bool division = d.feature == "A.ADM1" || d.feature == "P.PPLA" || d.feature == "P.PPLC";
            if (!division || d.admin1_code.empty() || d.admin1_code == pm.admin1_code) return -1;
            // near the division's capital ("Douma in Damascus countryside"): the town is right
            // and the divisions are neighbours (Damascus city and Rif Dimashq); within 100 km
            // of the division's own point, the text and the gazetteer draw the border
            // differently ("Tarmiyah, Saladin": At Tarmiyah lies in Baghdad governorate)
            double reach = d.feature == "A.ADM1" ? 100000.0 : 60000.0;
            if (geo::closer_than({pm.lat, pm.lon}, {d.lat, d.lon}, reach)) return -1;
            return q;
        }
        if (w[j].punct || w[j].capitalised || w[j].number || in(clause_words(), w[j])) return -1;
    }
    return -1;
}

} // namespace gt::events::detail
