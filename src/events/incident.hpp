#pragma once
// Internal to src/events: the document-level steps of the event finder (extract.cpp) that come
// after the sentences: which country the incidents are in, the place of the events whose
// sentence names none, and the older incidents an article only recalls (docs/events.md).

#include "events/extract.hpp"

#include <string>
#include <vector>

namespace gt::events::detail {

/// The country of the text's demonyms of people at home, a crowd or civilians ("Kenyan
/// traders", "Lebanese protesters"; not "Turkish forces", not "Venezuelan migrants"): the
/// first such mention, or nullptr when none or when they name two countries.
const PlaceMention* crowd_country(const Annotations& a);

/// The country the document is mostly about: the one most of its confident, resolved places
/// (not inside another name) are in; "" when none.
std::string focus_country_of(const Annotations& a);

/// The country of the incidents: the one whose towns and regions are most mentioned (the
/// country names and demonyms of the capitals that speak of them do not count, nor datelines:
/// `place_is_actor`); a tie goes to the country most named, then to `focus_country`.
std::string incident_country_of(const Annotations& a, const std::vector<char>& place_is_actor,
                                const std::string& focus_country);

/// Events with no place in their sentence, or a vague or foreign one: the document's main
/// place (the most mentioned town or region of the incident country, else any place it names,
/// else the country its demonyms, state forces and armed groups imply at geo_precision 3),
/// kept soft for the merge. `place_is_force`: the mentions naming a state force's country
/// (Builder::place_is_force). `notes` (--explain), when given, gets a line for each record
/// placed at the implied country: the mentions that voted for it.
void fall_back_to_main_place(const Annotations& a, const std::vector<char>& place_is_actor,
                             const std::vector<char>& place_is_force, const std::string& incident_country,
                             Founds& out, std::vector<std::string>* notes = nullptr);

/// Events placed at a town of a country nothing else the text speaks for (no other place,
/// country name or demonym there, no armed group of it), while its other confident places (not
/// an actor's) all lie in one other country that has a populated place of the same name
/// (Annotations::home_namesakes), its own name the town's or the name as written (not a place
/// that has it among its other names: Anantnag, also called Islamabad): that place,
/// geo_precision 1 ("a car demonstration set out from Beirut to Tripoli": Tripoli, Lebanon, not
/// Libya's capital). With no other confident place, the country the text's armed groups and
/// where-words vote for most stands for that other country ("ODM supporters clashed with police
/// in Embu": Embu, Kenya). A capital or a city of 100,000 people or more yields only to a namesake of
/// a tenth of its people at least ("from Washington to Paris" keeps Paris, France).
void namesake_at_home(const Annotations& a, const std::vector<char>& place_is_actor, Founds& out);

/// Events placed at a small town (under 100,000 people, no capital or first-level seat) of a
/// country nothing else the text names lies in (no place, no country name, no demonym), while
/// its other confident places all lie in one other country: a namesake abroad of a place of
/// that country ("in Carvajal, Trujillo state, residents from the El Filo sector protested":
/// not El Filo in Mexico). Placed at the most mentioned town or division of that country (a
/// town at geo_precision 2), as a fallback.
void no_lone_town_abroad(const Annotations& a, const std::vector<char>& place_is_actor, Founds& out);

/// Events placed at a small town (under 100,000 people, no capital or first-level seat) or a
/// first- or second-level division of a country nothing else the text speaks for (no place,
/// country name or demonym there, no armed group or where-word of lexicon/actors.tsv operating
/// there), while the groups and where-words the text names vote for another country and no
/// place of a third country is named: a namesake of a local place of that country ("Trans Mara
/// ... between the Maasai and Kipsigis": not Tanzania's Mara region). Placed at that country's
/// most mentioned place, else its group's division, else the country (geo_precision 3), as a
/// fallback.
void no_lone_place_abroad_of_groups(const Annotations& a, const std::vector<char>& place_is_actor, Founds& out);

/// Events placed at a small town (under 100,000 people, no capital or first-level seat) of a
/// country where a group the text names is most active in some divisions (lexicon/actors.tsv,
/// column countries' "CC:Division"), the town outside them all and more than 200 km from each
/// one's point, and nothing else the text names in its division: a namesake of a village the gazetteer lacks ("the OSCE SMM observed
/// explosions near Lozove" is not the Lozove in Khmelnytskyi). Placed at the group's first
/// division of that country, geo_precision 3.
void keep_to_areas(const Annotations& a, Founds& out);

/// Events placed at a first-level division their sentence states (a province, a state, a
/// governorate; not a fallback, not a relative place): the town or second-level division of
/// that division the document names nearest to the division's mention, in its sentence or
/// after it (a resolved mention of score 0.7 or more, no demonym, no modifier inside a name,
/// no government or speaker: `place_is_actor`; not where people came from or went; a relative
/// place that holds it whole, "near X"). The text states a village the gazetteer lacks
/// in the division and a more precise level beside it or after ("Tangi Qaraqul, Daykundi ...
/// two related incidents ... in Kajran district": Kajran; "in Isiolo County ... in
/// Mbarambate, Garbatulla": Garba Tula), the way ACLED and GTD code it: a town so taken is
/// near the event (geo_precision 2).
void place_inside_division(const Annotations& a, const std::vector<char>& place_is_actor,
                           const std::vector<SentenceSpan>& sentences, Founds& out);

/// An older incident the article recalls: a fatal event dated more than a week before the
/// article, when the article also reports a fatal incident of the past week, is left out.
void drop_background(const Annotations& a, Founds& out);

/// "that attack, which killed 1429": the date of the last violent incident named before.
void inherit_date(const Founds& before, Found& f);

} // namespace gt::events::detail
