#pragma once
// Word lists the recogniser and the claim reader consult (docs/geoparse.md). All take a
// normalised token (text::normalize_name: lower case, no diacritics or dots) and are hash
// lookups in sets built once.

#include <string_view>

namespace gt::geoparse::lex {

/// Titles and roles before a person's name ("President", "Gen", "Sheikh", "striker").
bool is_title(std::string_view w) noexcept;

/// Given names ("Florence", "Henrik", "Kwame", "Mercedes"): the first word of a person's name
/// when a capitalised surname follows (src/geoparse/given_names.inc, made by
/// scripts/make-given-names from Faker's name tables; source and licence there).
bool is_given_name(std::string_view w) noexcept;

/// Surnames ("Henderson", "Moore", "Jordan", "Acheampong"): a given name that is also a place's
/// name, followed by one of them, is a person's ("Jordan Henderson", "Kenya Moore", "Michael
/// Jordan"; src/geoparse/surnames.inc, made by scripts/make-surnames from Faker's name tables;
/// source and licence there).
bool is_surname(std::string_view w) noexcept;

/// Words of kinship and relationship before or after a person's name ("his brother Kofi", "X's
/// wife", "girlfriend Luisa").
bool is_kin_word(std::string_view w) noexcept;

/// Common English words (function words, frequent nouns, verbs and adjectives, months and
/// weekdays) that are also names of some place: "may", "police", "split", "best", "man".
bool is_common_word(std::string_view w) noexcept;

/// Lower-case words that may sit inside a multi-word name ("of", "al", "ez", "de", "upon").
bool is_name_connector(std::string_view w) noexcept;

/// Prepositions that put a place after them: "in", "near", "outside", "from", "to", "at" ...
bool is_locative(std::string_view w) noexcept;

/// Words that make a capitalised sequence an organisation or institution when they follow a
/// place name: "Observatory", "University", "Police", "Times", "Airlines", "Council" ...
bool is_org_word(std::string_view w) noexcept;

/// Whole names of organisations that a gazetteer also lists as a place ("Red Cross",
/// "Red Crescent"): never a place mention. `key` is the normalised name.
bool is_org_name(std::string_view key) noexcept;

/// Directional and size words that may precede a place as part of its description
/// ("northern", "eastern", "greater", "central", "rural", "east", "downtown").
bool is_place_modifier(std::string_view w) noexcept;

/// Nouns for a settlement or region that an anaphor uses ("city", "town", "village").
/// Returns 'P' for settlements, 'A' for divisions/regions, 0 otherwise.
char settlement_noun(std::string_view w) noexcept;
/// A word that ends a level of a hierarchy the text states before a comma: a settlement noun,
/// a part of a town ("neighborhood", "ward") or a local unit ("community", "township",
/// "tehsil", "chiefdom" ...): "Anyom community, Benue, Nigeria".
bool is_level_word(std::string_view w) noexcept;

/// Distance units: returns kilometres per unit (km 1, mile 1.609344, m 0.001, nautical
/// mile 1.852), 0 when not a unit; `unit` gets the short form ("km", "mi", "m", "nmi").
double unit_km(std::string_view w, std::string_view& unit) noexcept;

/// Verbs and phrases that state where the subject is ("lies", "located", "situated", "is").
bool is_location_verb(std::string_view w) noexcept;

/// Acronyms of news agencies and broadcasters that are also spellings of a place when written
/// in capitals: "SANA" (Syria, not Sanaa), "NNA", "IRNA", "FARS", "PETRA", "WAFA", "TASS".
bool is_agency_acronym(std::string_view w) noexcept;

/// Hedge words before a number ("about", "some", "around", "nearly", "approximately").
bool is_hedge(std::string_view w) noexcept;
/// A currency or market after a country's name ("the US dollar"): the name is a modifier.
bool is_currency_word(std::string_view w) noexcept;
/// A border after a country's name or demonym ("the Turkish border", "near Mali border"): the
/// name is a modifier, the place is on the border, not in the country.
bool is_border_word(std::string_view w) noexcept;
/// The head word of a named site or institution ("University", "Cathedral", "Court", "River",
/// "Stadium" ...): a place's name that opens such a name is shown with it.
bool is_facility_word(std::string_view w) noexcept;
/// A word after a small place's name that makes it a political party's ("Jubilee supporters",
/// "the Jubilee and NASA parties", "Chatra Dal members"): the name is the party's.
bool is_party_word(std::string_view w) noexcept;
/// A compass word in French, Spanish or Portuguese heading a hyphenated name ("Nord-Kivu",
/// "Sud-Ouest", "Norte-Santander") in English ("north"), else the word itself when it is an
/// English one ("North-Kivu"), else "".
std::string_view compass_head(std::string_view w) noexcept;
/// A word after a name that makes it a part of a town ("X neighborhood", "X Boulevard"), and one
/// before it ("Colonia X", "Barrio X").
bool is_part_of_town_word(std::string_view w) noexcept;
bool is_part_of_town_prefix(std::string_view w) noexcept;
/// A site on a town's roads written in lower case after the town's name ("the Zahle
/// roundabout", "the Naameh highway", "the Khaldeh triangle"): the site is at the town.
bool is_site_word(std::string_view w) noexcept;
/// A part of a town after "X's Y" ("Beirut's Hamra district", "Nairobi's Kibera area").
bool is_town_part_word(std::string_view w) noexcept;
/// The title of a place's office after its name ("Laguna Mayor", "Kabul Governor", "Ontario
/// Premier"): the name is the place's, not a person's.
bool is_place_office(std::string_view w) noexcept;
/// A natural feature or reserve's word after a name ("Boni Forest", "Lake Lanier" aside: after
/// it, "X River", "X National Park"): the words together name the feature.
bool is_feature_word(std::string_view w) noexcept;
/// The natural features among them ("river", "valley", "lagoon" ...; not "park", "dam").
bool is_natural_feature_word(std::string_view w) noexcept;
/// The last word of a longer name of a feature, street, site or part of a building: a feature,
/// part-of-town or facility word, or "Wing", "Metro", "Turf", "Bend", "Drive", "Lane", "Parade".
bool is_name_head_word(std::string_view w) noexcept;
/// The people who speak or work for an institution, after its name ("White House aides",
/// "White House press secretary"): the name is the institution's, no place.
bool is_role_noun(std::string_view w) noexcept;
/// A word after or before "X-Y" that makes it a route between two places ("the Kano-Zaria
/// highway", "the axis Djibo-Mentao").
bool is_route_word(std::string_view w) noexcept;

} // namespace gt::geoparse::lex
