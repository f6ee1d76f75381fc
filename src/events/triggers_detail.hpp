#pragma once
// The pieces the trigger checks share (docs/events.md, "Open news"): triggers.cpp asks whether
// a trigger's sentence supports it; triggers_weapons.cpp holds the checks of weapons named but
// not used and of accidents; triggers_senses.cpp the other senses of a cue's words;
// triggers_arrests.cpp the arrests of political weight.

#include "core/event.hpp"
#include "events/context.hpp"
#include "events/context_words.hpp"
#include "events/extract.hpp"
#include "events/words.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gt::events::detail::trig {

/// A trigger in its sentence.
struct Span {
    std::size_t first, last; // the sentence, in words
    std::size_t cb, ce;      // the trigger
};

/// A word of `set` in the sentence outside the trigger's own words.
bool any(const std::vector<Word>& w, const Span& s, const StemSet& set);
bool has_actor(const EventReport& ev);
/// An actor of inter 1 to 4: state forces, rebels, militias.
bool armed_actor(const EventReport& ev);
/// The same without governments ("the Japanese government said": a government speaks; its forces
/// are named as such): who makes deaths an act of violence rather than an accident.
bool bearing_arms(const EventReport& ev);
/// A crowd's word (crowd, mob, villagers, residents, supporters, protesters ...): who riots.
const StemSet& crowd_words();
/// A crowd's word anywhere in the sentence, the trigger's own words too ("a mob").
bool crowd_named(const std::vector<Word>& w, const Span& s);
/// A crowd's word before the trigger: who acted ("Farmers demonstrated their anger").
bool crowd_before(const std::vector<Word>& w, const Span& s);
/// An armed actor (inter 1 to 4) other than the police, who investigate crime and deaths.
bool armed_beyond_police(const Actor& a);
/// A record a crime story can make of ordinary crime: an attack, a fight, a riot or an arrest
/// with no armed or political actor but the police.
bool crime_record(const EventReport& ev);
/// The first word of the trigger's clause.
std::size_t clause_start(const std::vector<Word>& w, const Span& s);

// triggers_senses.cpp (`cue`: the lexicon row as written)

/// A figure of speech ("time bomb", "price war", "an explosion of demand"), a comparison
/// ("similar to an eraser fight") or a paper, deal or decision as the cue's object.
bool figurative(const std::vector<Word>& w, const Span& s);
/// The noun "storm" of the weather ("The storm ... left two dead"), not a storming.
bool weather_storm(const std::vector<Word>& w, const Span& s, std::string_view cue);
/// The bare cue "strike" with a word of labour and none of an attack from the air.
bool labour_strike(const std::vector<Word>& w, const Span& s, std::string_view cue);
/// The cue "air force" with no verb of attack and no casualty count ("had been moved").
bool idle_air_force(const Found& f, const std::vector<Word>& w, const Span& s, std::string_view cue);
/// An aircraft cue in a sentence of a contract, sale, rescue or transport, with no act of attack.
bool aircraft_traded(const std::vector<Word>& w, const Span& s, std::string_view cue);
/// Verbs and nouns of an attack from the air (targeted, struck, bombed, raided, launched ...).
const StemSet& attack_acts();
/// Aircraft infringing or violating airspace with no act of attack and no count.
bool airspace_violation(const Found& f, const std::vector<Word>& w, const Span& s);
/// "rebels fighting the government": who fighters are, with no count.
bool fighters_described(const Found& f, const std::vector<Word>& w, const Span& s, std::string_view cue);
/// A strike, stoppage or boycott "to protest" with no word of people gathering.
bool withheld_protest(const std::vector<Word>& w, const Span& s);
/// "clashed with" a name or an office, with no actor, crowd or count: a quarrel, not a fight.
bool quarrel(const Found& f, const std::vector<Word>& w, const Span& s);
/// "sat in the car", "sitting in a chair": a person sitting, no crowd named, not a sit-in.
bool sitting(const std::vector<Word>& w, const Span& s);
/// "demonstrate" as showing: the verb with an object ("demonstrate the influence", "demonstrate
/// solidarity") or passive with "by" ("was demonstrated by our decision").
bool showing_sense(const std::vector<Word>& w, const Span& s);
/// A state's protest, not a crowd's: "protest from Brussels",
/// "protested to the United Nations", words of diplomacy (ambassadors, envoy, lodged, a formal
/// protest, a protest note) with no crowd named.
bool diplomatic_protest(const std::vector<Word>& w, const Span& s);

// triggers_topics.cpp

/// The topics of agreements and talks between conflict or political actors (ceasefire, truce,
/// peace, prisoners, troops, refugees ...).
const StemSet& conflict_topics();
/// A conflict topic in the sentence outside the cue; "opposition" before a party's name or its
/// people is a parliament's, no topic.
bool conflict_topic_in(const std::vector<Word>& w, const Span& s);
/// The trigger is what talks or a meeting were about ("discussed the fight against Daesh"), or
/// an item of the list of what was discussed.
bool topic_of_talks(const std::vector<Word>& w, const Span& s);
/// A kind of threat named in a list ("threats such as herdsmen/farmers clashes"), no deaths.
bool threat_kind(const std::vector<Word>& w, const Span& s, int fatalities);
/// A fight named as a campaign, the object of a word of achievement, effort or help ("success
/// in the fight against Daesh").
bool campaign_sense(const std::vector<Word>& w, const Span& s);

// triggers_weapons.cpp

/// An accident or disaster told in the sentence (with_fire: a fire outside the cue counts).
bool accident(const Found& f, const std::vector<Word>& w, const Span& s, bool with_fire);
/// An article about an accident or disaster, with no word of armed violence in it.
bool accident_article(const Found& f, const std::vector<Word>& w);
/// Bodies found (a cue with "found") in an article that calls the deaths unexplained or natural
/// ("no foul play", "natural causes", "not suspicious") and has no word of armed violence.
bool unexplained_bodies(const Found& f, const std::vector<Word>& w, std::string_view cue);
/// The trigger is a weapon noun ("missiles", "a shell"), not the act ("shelling").
bool weapon_noun(const std::vector<Word>& w, const Span& s);
/// Why a weapon noun counting no deaths is no event (named, held, a rocket of space flight), or
/// "" when the sentence tells it used.
std::string unused_weapon_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx);

// triggers_arrests.cpp

/// Why an arrest is no event of political weight (a count of the detained, ordinary or business
/// crime, police work in a business article, no political target outside a conflict report), or
/// "" with `kept` saying why it stays.
std::string arrest_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx,
                          std::string& kept);

} // namespace gt::events::detail::trig
