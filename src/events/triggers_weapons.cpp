// Weapons named but not used, and accidents (docs/events.md, "Open news"): the trigger checks
// of triggers.cpp ask these of a weapon noun and of deaths or blasts.
#include "events/triggers_detail.hpp"

#include <string>
#include <vector>

namespace gt::events::detail::trig {

// Words saying a weapon is used on something ("fired missiles at", "shells landed on").
const StemSet& use_words() {
    static const StemSet s = {"fire", "fired", "launch", "launched", "hit", "struck", "strike", "land",
                              "landed", "fell", "explode", "exploded", "detonate", "detonated", "kill",
                              "killed", "wound", "wounded", "injured", "destroy", "destroyed", "damage",
                              "damaged", "target", "targeted", "rain", "pound", "pounded", "slam",
                              "slammed", "attack", "attacked", "plant", "planted", "throw", "threw",
                              "hurl", "hurled", "lob", "lobbed", "shell", "shelled", "bomb", "bombed",
                              "defuse", "defused", "discovered", "found", "recovered", "seized"};
    return s;
}

// A weapon named without being used: tests, trade, arms control.
const StemSet& arms_words() {
    static const StemSet s = {"test", "tested", "testing", "satellite", "space", "contract", "order",
                              "sale", "sell", "sold", "buy", "bought", "purchase", "deliver", "delivery",
                              "export", "produce", "production", "manufacture", "maker", "build",
                              "develop", "development", "program", "programme", "budget", "deploy",
                              "deployment", "arsenal", "ban", "treaty", "reduction", "control",
                              "system", "technology", "defense", "defence", "nuclear", "range"};
    return s;
}

const StemSet& accident_words() {
    static const StemSet s = {"accident", "crash", "crashed", "collision", "collided", "derailed",
                              "derailment", "earthquake", "quake", "flood", "flooding", "storm",
                              "hurricane", "typhoon", "cyclone", "tornado", "landslide", "avalanche",
                              "volcano", "lightning", "capsized", "sank", "drowned",
                              "miner", "colliery", "coal", "boiler", "leak", "methane", "overturned",
                              "plunged", "blaze",
                              // a ship, a dam or a plant failing ("a car ferry struck a pier", "the
                              // dam collapsed after heavy rains", "an explosion at the refinery")
                              "disaster", "ferry", "pier", "tremor", "rain", "dam", "debris", "refinery",
                              "furnace", "factory", "elevator", "reactor", "shuttle", "astronaut",
                              "toxic", "pesticide", "patient", "illness", "disease", "epidemic",
                              // a weapon tested, not used ("the third underground blast since the
                              // test moratorium")
                              "test", "testing", "moratorium", "underground",
                              // a launch ("460 seconds after the blast-off ... a satellite payload")
                              "satellite", "orbit", "liftoff", "payload", "spacecraft",
                              // the weather ("Hailstorms and strong winds ... killed two people")
                              // and the survivors of a sickness or wreck ("One died, but the three
                              // survivors showed some improvement")
                              "hailstorm", "hailstorms", "hail", "winds", "blizzard", "snowstorm",
                              "drought", "mudslide", "tsunami", "gale", "gales", "survivors",
                              // an airliner that "flew into electricity lines and tumbled"
                              "airliner"};
    return s;
}

// Words of armed violence, beyond deaths and injuries (which accidents have too).
const StemSet& armed_words() {
    static const StemSet s = {"attack", "attacked", "gunmen", "gunman", "gunfire", "shot", "shooting",
                              "bomb", "bombing", "bomber", "rebel", "militant", "troops", "soldier",
                              "fired", "explosive", "grenade", "shelling", "shelled", "clash", "ambush",
                              "raid", "insurgent", "terrorist", "militia", "army", "detonated",
                              "targeted", "arson", "assailant", "sabotage", "suicide", "war", "airstrike",
                              "missile", "rocket", "mortar", "artillery", "landmine", "ied"};
    return s;
}

// A word of armed violence: one of armed_words, or a bomb planted ("planted", "planting": by
// its written form, as the stem of "planted" is that of a "pesticide plant").
// (and "explosive" as an adjective of a fire, a force or a mood is none: "tumbled to the
// ground in an explosive ball of fire", "an explosive situation")
bool armed_word(const std::vector<Word>& w, std::size_t i) {
    static const text::WordSet planted = {"planted", "planting"};
    static const text::WordSet figure = {"ball", "fireball", "power", "growth", "situation", "mixture", "mix",
                                         "atmosphere", "decompression", "eruption", "increase", "issue",
                                         "potential", "rise", "force", "temper"};
    const Word& x = w[i];
    if (x.norm == "explosive" && i + 1 < w.size() && in(figure, w[i + 1])) return false;
    return !x.punct && (armed_words().has(x) || in(planted, x));
}

// An accident or disaster ("a bus crash killed 14", "a blast at a coal mine"): its words, and
// no armed actor or word of armed violence.
// (a fire by its written forms: the stem of "fire" is that of "fired")
const text::WordSet& fire_forms() {
    static const text::WordSet s = {"fire", "fires", "flames", "burning", "burned", "burnt"};
    return s;
}

// (with_fire: a fire outside the cue counts, "the explosion and fire"; not for deaths told
// alone, "ten people were killed while structures were set on fire", "killed when the building
// caught fire")
// A fire that opens the sentence, its subject ("The fires which began on May 6 have killed 191
// people", "A blaze at the market killed five", "The fire at the depot killed two"): not gunfire
// ("Sniper fire killed two": "fire" alone only with "the" or "a" before it and "at", "in",
// "which", "that" or "broke" after it).
bool fire_subject(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet fires = {"fires", "blaze", "blazes", "flames", "wildfire", "wildfires",
                                        "bushfire", "bushfires", "inferno"};
    static const text::WordSet articles = {"the", "a"};
    static const text::WordSet after_fire = {"at", "in", "which", "that", "broke"};
    for (std::size_t i = s.first; i < s.last && i < s.first + 3; ++i) {
        if (in(fires, w[i])) return true;
        if (w[i].norm == "fire" && i > s.first && in(articles, w[i - 1]) && i + 1 < s.last && in(after_fire, w[i + 1]))
            return true;
    }
    return false;
}

bool accident(const Found& f, const std::vector<Word>& w, const Span& s, bool with_fire) {
    bool fire = !with_fire && fire_subject(w, s);
    for (std::size_t i = s.first; with_fire && i < s.last && !fire; ++i)
        fire = (i < s.cb || i >= s.ce) && in(fire_forms(), w[i]);
    if (bearing_arms(f.event) || !(any(w, s, accident_words()) || fire)) return false;
    for (std::size_t i = s.first; i < s.last; ++i) // the cue's own words too ("a car bomb")
        if (armed_word(w, i)) return false;
    return true;
}

// An article about an accident or disaster: two of its words or more and not one word of armed
// violence in the whole text ("32 of the 543 passengers and crew were confirmed dead" in a
// report on a capsized ferry; "the explosion was at 0200 gmt" in one on a nuclear test).
bool accident_article(const Found& f, const std::vector<Word>& w) {
    if (bearing_arms(f.event)) return false;
    int n = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const Word& x = w[i];
        if (x.punct) continue;
        if (armed_word(w, i)) return false;
        if (accident_words().has(x) || in(fire_forms(), x)) ++n;
    }
    return n >= 2;
}

// Bodies found in an article that calls the deaths unexplained or natural, with no word of armed
// violence in the whole text ("Police are investigating after two bodies were found on a coastal
// path ... the deaths are being treated as unexplained"; "no foul play is suspected", "died of
// natural causes", "not suspicious"): a death police look into, no attack.
bool unexplained_bodies(const Found& f, const std::vector<Word>& w, std::string_view cue) {
    // (the police who look into the deaths are no party to them, nor are the dead an armed one)
    if (cue.find("found") == std::string_view::npos || armed_beyond_police(f.event.actor1) ||
        armed_beyond_police(f.event.actor2))
        return false;
    // (marks of violence on the dead keep the attack: "found with gunshot wounds", "signs of torture")
    static const StemSet marks = {"gunshot", "bullet", "bullets", "stabbed", "torture", "tortured", "beheaded",
                                  "mutilated", "strangled", "blindfolded", "executed", "murdered", "slit"};
    bool unexplained = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (armed_word(w, i) || (!w[i].punct && marks.has(w[i]))) return false;
        const std::string_view n = w[i].norm;
        unexplained = unexplained || n == "unexplained" || n == "unexplained." ||
                      (n == "play" && i > 0 && w[i - 1].norm == "foul") ||
                      (n == "causes" && i > 0 && w[i - 1].norm == "natural") ||
                      (n == "suspicious" && i > 0 && (w[i - 1].norm == "not" || w[i - 1].norm == "non"));
    }
    return unexplained;
}

// A part of a hyphenated word, an adjective of the weapon's kind, not its use
// ("land-based missiles", "submarine-launched", "shoulder-fired", "test-fired"); with a name
// it tells who used it ("a Taliban-planted bomb").
bool compound_part(const std::vector<Word>& w, const Span& s, std::size_t i) {
    const bool before = i > s.first && same_token(w[i - 1], w[i]);
    const bool after = i + 1 < s.last && same_token(w[i + 1], w[i]);
    if (before && w[i - 1].capitalised) return false;
    return before || after;
}

// What a weapon could do, not what it did ("a missile capable of hitting", "able to strike"),
// or the gear it is used from ("launching sites", "landing pads").
bool capability(const std::vector<Word>& w, const Span& s, std::size_t i) {
    static const text::WordSet gear = {"site", "sites", "pad", "pads", "vehicle", "vehicles", "platform",
                                       "platforms", "system", "systems", "ramp", "ramps", "tube", "tubes",
                                       // what it reaches ("within striking distance", "firing range")
                                       "distance", "range"};
    // a kind of craft ("Soviet attack helicopters", "strike aircraft")
    static const text::WordSet kinds = {"attack", "strike"};
    static const text::WordSet craft = {"helicopter", "helicopters", "aircraft", "submarine", "submarines",
                                        "craft", "boat", "boats", "planes", "jets"};
    if (i + 1 < s.last && (in(gear, w[i + 1]) || (in(kinds, w[i]) && in(craft, w[i + 1])))) return true;
    return i >= s.first + 2 && ((w[i - 1].norm == "of" && w[i - 2].norm == "capable") ||
                                (w[i - 1].norm == "to" && w[i - 2].norm == "able"));
}

// Words of an armed act told with a weapon beyond those of use ("under assault from heavy
// artillery", "barrages of artillery").
const StemSet& assault_words() {
    static const StemSet s = {"assault", "barrage", "raid", "bombard", "bombardment", "salvo", "volley",
                              "retaliate", "retaliation", "retaliatory", "blast", "explosion", "device",
                              "drop", "dropped", "placed", "thrown", "tossed", "hurled", "lobbed"};
    return s;
}

// Forms of "use" written out (the stem of "used" is that of "U.S."): "police used smoke bombs".
const text::WordSet& use_forms() {
    static const text::WordSet s = {"used", "using", "uses"};
    return s;
}

// A use weighed, not made ("think twice about using the missiles", "warned against using"), or
// a weapon's kind ("the weapons previously used", "missiles now used by Iran": the participle
// after the weapon, at most one word between).
bool use_weighed(const std::vector<Word>& w, const Span& s, std::size_t i) {
    static const text::WordSet before = {"about", "against", "from"};
    static const StemSet arms = {"weapon", "weapons", "arms", "missile", "rocket", "shell", "bomb", "mortar",
                                 "artillery", "grenade", "explosive", "warhead"};
    if (!in(use_forms(), w[i]) || i == s.first) return false;
    static const text::WordSet adverbs = {"now", "previously", "currently", "formerly", "commonly", "often",
                                          "widely", "already", "recently", "usually", "mostly"};
    if (in(before, w[i - 1]) || arms.has(w[i - 1])) return true;
    return i > s.first + 1 && in(adverbs, w[i - 1]) && arms.has(w[i - 2]);
}

// A use that could be, would be or was not made ("could sink a supertanker only with a lucky
// hit", "can strike any ship", "none of the new missiles had been fired yet", "have never been
// used"): a modal before the verb (not "could have", a use supposed), or a negation, within six
// words of its clause; another verb between ("who could not be identified fired") ends the reach.
bool use_hedged(const std::vector<Word>& w, const Span& s, std::size_t i) {
    static const text::WordSet modals = {"could", "can", "would", "might", "may", "will", "shall", "cannot"};
    static const text::WordSet negation = {"not", "never", "n't", "none", "no"};
    static const text::WordSet fillers = {"be", "been", "being", "have", "has", "had", "is", "are", "was",
                                          "were", "yet", "also", "still", "ever", "easily", "only", "then",
                                          "already", "the", "a", "an", "of", "new", "these", "those"};
    std::size_t counted = 0;
    for (std::size_t j = i; j > s.first && counted < 6; --j) {
        const Word& x = w[j - 1];
        if (x.punct) return false;
        if (in(modals, x)) return w[j].norm != "have";
        if (in(negation, x)) return true;
        if (in(fillers, x)) continue;
        const std::string_view n = x.norm;
        const bool participle = n.size() > 4 && (n.ends_with("ed") || n.ends_with("en"));
        if (participle || use_words().has(x) || in(use_forms(), x)) return false;
        ++counted;
    }
    return false;
}

// A word of use or assault at word i, not the weapon named again ("Shell is a subsidiary of
// Royal Dutch/Shell": the stem of "shelled"), an adjective of its kind, what it could do, a
// use weighed or a use hedged.
bool use_at(const std::vector<Word>& w, const Span& s, std::size_t i) {
    // (the word lists first: the other checks read the words around, for the few words of use)
    return !w[i].punct && (use_words().has(w[i]) || assault_words().has(w[i]) || in(use_forms(), w[i])) &&
           w[i].stem() != w[s.cb].stem() && !compound_part(w, s, i) && !capability(w, s, i) &&
           !use_weighed(w, s, i) && !use_hedged(w, s, i);
}

// A word of use or assault in the sentence, the cue's own words after its first too ("missile
// attack", "rocket strike"): the weapon is used on something.
bool weapon_used(const std::vector<Word>& w, const Span& s) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (use_at(w, s, i)) return true;
    return false;
}

// A weapon acquired or held: a word of acquisition before it in its clause (at most eleven
// words) with no word of use between ("had acquired Chinese-made Silkworm missiles which posed a greater threat", "has
// equipped itself with anti-ship missiles", "plans to buy a European anti-aircraft missile"),
// and none after it in the sentence ("acquired rockets and fired them at the base" is used).
bool weapon_acquired(const std::vector<Word>& w, const Span& s) {
    static const StemSet acquiring = {"acquire", "acquired", "equip", "equipped", "buy", "bought",
                                      "purchase", "purchased", "obtain", "obtained", "possess", "possessed",
                                      "stockpile", "stockpiled", "receive", "received", "install", "installed"};
    const std::size_t from = clause_start(w, s);
    bool acquired = false;
    for (std::size_t i = s.cb; i > from && s.cb - i < 12 && !acquired; --i) {
        if (use_at(w, s, i - 1)) return false;
        acquired = acquiring.has(w[i - 1]);
    }
    if (!acquired) return false;
    for (std::size_t i = s.ce; i < s.last; ++i)
        if (use_at(w, s, i)) return false;
    return true;
}

// Space flight, not war: "a Delta rocket carrying a weather satellite", "the launch vehicle".
const StemSet& space_words() {
    static const StemSet s = {"satellite", "orbit", "liftoff", "payload", "space", "spacecraft",
                              "astronaut", "ignition", "nasa"};
    return s;
}

// A weapon noun ("missiles", "rockets", "a shell", "bombs", "chemical weapons"), not the act
// ("shelling", "bombed", "a chemical attack").
bool weapon_noun(const std::vector<Word>& w, const Span& s) {
    static const StemSet weapons = {"missile", "rocket", "shell", "bomb", "mortar", "artillery", "grenade",
                                    "explosive", "landmine", "ied", "warhead", "barrel"};
    // a cue of several words whose last is the noun: "chemical weapons", "nerve agent"
    static const StemSet heads = {"weapon", "agent"};
    if (s.ce > s.cb + 1 && heads.has(w[s.ce - 1])) return true;
    const Word& x = w[s.cb];
    if (!weapons.has(x)) return false;
    const std::string_view n = x.norm;
    auto ends = [&](std::string_view e) { return n.size() > e.size() + 2 && n.substr(n.size() - e.size()) == e; };
    return !(ends("ing") || ends("ings") || ends("ed"));
}

// A weapon noun counting no deaths: named without being used on anything.
std::string unused_weapon_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx) {
    if (!has_actor(f.event) && !any(w, s, use_words())) {
        if (any(w, s, arms_words())) return "a weapon named (test, trade, arms control), not used";
        if (!ctx.conflict_report) return "a weapon named, not used";
    }
    if (!armed_actor(f.event) && any(w, s, space_words())) return "a rocket of space flight, not a weapon";
    if (weapon_acquired(w, s)) return "a weapon acquired or held (acquired, equipped with, bought), not used";
    // held, bought, installed or feared, even by an armed state in a war report ("Iran had
    // installed new missiles along the Gulf", "guided missile destroyers", "within artillery range")
    if (!weapon_used(w, s)) return "a weapon named (held, installed, feared), not used on anything";
    return "";
}

} // namespace gt::events::detail::trig
