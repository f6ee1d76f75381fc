#pragma once
// Internal to src/events: the ACLED rules that type an event once its cue and actors are known
// (docs/events.md, "Event types"): who the target is decides Violence against civilians
// against Battles, who took a place decides the territory sub-event.

#include "core/event.hpp"
#include "events/clauses.hpp"
#include "events/extract.hpp"
#include "events/lexicon.hpp"

#include <string>
#include <utility>
#include <vector>

namespace gt::events::detail {

/// Types `ev` (made from cue `ce`, with its actors assigned) by its target: a cue flagged C
/// whose victims are civilians (`civilian`: civilian_victims() of its target and the
/// sentence) is Violence against civilians / Attack; a territory cue (T) is Government regains
/// territory when state forces took it, else Non-state actor overtakes territory; a violent
/// event with civilian victims and no second actor gets Civilians (country) as actor2.
void type_by_target(const CueEntry& ce, bool civilian, const std::pair<std::string, std::string>& country,
                    EventReport& ev);

/// "Assailants attacked and killed 12 cows", "bandits raided livestock": a word of attack (a
/// generic cue, `generic`) whose object is goods or livestock (lexicon/targets.tsv) and that killed
/// no one hit property, not people: Strategic developments / Looting/property destruction
/// (ACLED's codebook: destruction or seizure of property outside other violence).
void goods_attacked(bool generic, Target target, EventReport& ev);

/// "Gunmen detained dozens of travellers", "JNIM militants arrested two traders": people seized
/// by a rebel group or a militia (inter 2 to 4, "Unidentified Armed Group") are abducted, not
/// arrested (ACLED: Arrests are the state's, Abduction/forced disappearance an armed group's);
/// the victims are civilians unless named. Not when the sentence names state forces, or armed men
/// before the group (lexicon/targets.tsv): they are the ones who arrest ("soldiers killed four
/// militants and detained two others").
void taken_not_arrested(const Lexicon& lx, const SentenceContext& sc, const std::pair<std::string, std::string>& country,
                        EventReport& ev);

/// What the cue at words [begin, end) of the sentence [first, last) hits (lexicon/targets.tsv):
/// its passive subject ("a man was shot dead", "two traders were shot"), else its object, up
/// to six words after it within the clause ("attacked a man", "opened fire on a bus",
/// "ambushed soldiers", "fired on the positions of"); Target::none when neither is named.
Target cue_target(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t begin,
                  std::size_t end, std::size_t last);

/// Who the dead or wounded of a count are (lexicon/targets.tsv): the noun at or just after the
/// count word `count` ("two people", "a man", "three soldiers", "13 members of the Fulani
/// community" through "of": a place where civilians live names civilians); Target::none when the
/// count names nobody ("1 fatality").
Target count_target(const Lexicon& lx, const std::vector<Word>& w, std::size_t count, std::size_t last);

/// Whether the victims of a violent cue are civilians (ACLED: violence by an armed group on
/// people who bear no arms): not when its target is armed (civilians killed in a clash are its
/// victims, the event a battle), else when the sentence says so (`stated`: civilian dead, a
/// civilian actor) or the target is an unarmed person or a place where such people are.
bool civilian_victims(Target t, bool stated);

/// "Gunmen opened fire on a market. Four traders were killed in the attack.": an attack told as
/// a clash (a generic cue, no deaths of its own) whose victims the next two sentences name as
/// civilians is that Violence against civilians (so the two reports merge); "Gunmen attacked
/// Libere. 65 villagers were abducted.": an abduction or sexual violence told after it, when no
/// armed target of the attack is named, is what the attack was.
void victims_told_after(Founds& out);

/// "Gunmen opened fire on miners. Six people were killed in the attack.": "the attack" (a generic
/// cue after "the") in the two sentences after Violence against civilians is that incident,
/// whoever its dead are, so the two reports merge.
void attack_told_before(Founds& out, const std::vector<Word>& w);

/// "Assailants launched an explosives-laden drone at the airport. The drone was intercepted.":
/// an explosion told without deaths whose weapon the next two sentences say was intercepted,
/// shot down or defused never went off: it is that Disrupted weapons use (ACLED), so the two
/// reports merge. Not when the later sentence is about another device ("a second device was
/// defused") or says some of them got through ("one rocket was intercepted and one landed on
/// the airport"), nor when the explosion killed.
void disrupted_told_after(Founds& out, const WordStream& ws);

/// "Gunmen attacked the house of a militia commander. Seven people were killed in the ensuing
/// clash.": a clash told as ensuing (subsequent, resulting) in the two sentences after an attack
/// (a generic cue, an attack on civilians, a riot) is that attack answered: one incident, Battles /
/// Armed clash (ACLED: violence between armed, organised sides), so the reports merge. An
/// explosion told before keeps its type, and so does an abduction (what the attack did to its
/// victims, victims_told_after()).
void ensuing_clash(Founds& out, const std::vector<Word>& w);

/// "Militants attacked a village and set fire to houses. Three farmers were killed.": property
/// destroyed or looted (no deaths of its own) whose next two sentences tell violence that hurt
/// people (deaths, an abduction, sexual violence) at the same place is part of that violence, one
/// incident (ACLED codes looting and destruction only outside other violence): it takes the
/// violence's type, so the reports merge. The reverse: "Assailants attacked Kamsi. No
/// casualties were reported; they looted shops.": an attack told in general words with no deaths
/// and no armed target, whose next sentence tells property looted or destroyed at the same place
/// and no deaths, was that looting (as settle_strategic() decides within one sentence).
/// Runs after the deaths told without a cue have their events.
void property_in_violence(Founds& out, const WordStream& ws);

/// "The US-led coalition bombed Raqqa", "government forces bombed the village", "the coalition's
/// bombing of Raqqa": a bombing by state or foreign forces (inter 1 or 8) told by the verb or
/// noun of bombing, not "a bomb", is from the air (ACLED: Air/drone strike); a bomb planted
/// stays an IED.
void bombing_from_the_air(Founds& out, const WordStream& ws);

/// "A hand grenade was thrown at a police checkpoint. Police reacted with gunfire.": an
/// explosion (not an air strike) whose target answered with fire, in its sentence or the next,
/// could be answered: an exchange of fire, Battles / Armed clash (ACLED: Explosions/Remote
/// violence is violence its target cannot answer), so the reports of it merge into one.
void fire_returned_after(Founds& out, const WordStream& ws);

} // namespace gt::events::detail
