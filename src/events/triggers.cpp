// Argument checks on each candidate trigger (docs/events.md, "Open news"): a trigger takes its
// conflict sense only when its sentence supports it.
#include "core/acled.hpp"
#include "events/clauses.hpp"
#include "events/context.hpp"
#include "events/context_words.hpp"
#include "events/strategic.hpp"
#include "events/triggers_detail.hpp"
#include "events/words.hpp"

#include <string>
#include <vector>

namespace gt::events {

namespace detail {
namespace trig {

bool any(const std::vector<Word>& w, const Span& s, const StemSet& set) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (!w[i].punct && (i < s.cb || i >= s.ce) && set.has(w[i])) return true;
    return false;
}

bool has_actor(const EventReport& ev) { return !ev.actor1.name.empty() || !ev.actor2.name.empty(); }

bool armed_actor(const EventReport& ev) {
    auto armed = [](const Actor& a) { return !a.name.empty() && a.inter >= 1 && a.inter <= 4; };
    return armed(ev.actor1) || armed(ev.actor2);
}

bool bearing_arms(const EventReport& ev) {
    auto armed = [](const Actor& a) {
        return !a.name.empty() && a.inter >= 1 && a.inter <= 4 && !a.name.starts_with("Government of");
    };
    return armed(ev.actor1) || armed(ev.actor2);
}

bool armed_beyond_police(const Actor& a) {
    return !a.name.empty() && a.inter >= 1 && a.inter <= 4 && !a.name.view().starts_with("Police");
}

// A record a crime story can make of ordinary crime: an attack, a fight, a riot, an arrest or
// a theft or damage with no armed or political actor but the police (a bombing stays: GTD and
// ACLED code it). An unidentified armed group there is the story's attacker or suspect ("a man
// allegedly attacked a car ... hit with a can by the attacker"): the text names no armed men,
// gunmen or bandits, or it would be no crime story.
bool crime_record(const EventReport& ev) {
    const bool kind = ev.event_type == "Violence against civilians" || ev.event_type == "Battles" ||
                      ev.event_type == "Riots" || ev.sub_event_type == "Arrests" ||
                      ev.sub_event_type == "Looting/property destruction";
    auto armed = [](const Actor& a) {
        return armed_beyond_police(a) && !a.name.view().starts_with("Unidentified Armed Group");
    };
    return kind && !armed(ev.actor1) && !armed(ev.actor2);
}

// A crowd: who riots.
const StemSet& crowd_words() {
    static const StemSet s = {"crowd", "mob", "villagers", "residents", "youths", "locals", "supporters",
                              "protesters", "protestors", "rioters", "demonstrators", "students", "workers",
                              "group", "people", "community", "members", "traders", "farmers", "fans",
                              "persons", "men", "women", "neighbours", "neighbors", "relatives", "drivers",
                              "rivals", "factions"};
    return s;
}

// A crowd named in the sentence, the trigger too ("a mob").
bool crowd_named(const std::vector<Word>& w, const Span& s) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (!w[i].punct && crowd_words().has(w[i])) return true;
    return false;
}

bool crowd_before(const std::vector<Word>& w, const Span& s) {
    for (std::size_t i = s.first; i < s.cb; ++i)
        if (!w[i].punct && crowd_words().has(w[i])) return true;
    return false;
}

// The first word of the trigger's clause.
std::size_t clause_start(const std::vector<Word>& w, const Span& s) {
    std::size_t i = s.cb;
    while (i > s.first && !clause_break(w[i - 1])) --i;
    return i;
}

} // namespace trig

namespace {
using namespace trig;

// Who or what conflict violence involves: victims, targets, weapons in use.
const StemSet& support_words() {
    static const StemSet s = {
        "people", "civilian", "man", "men", "woman", "women", "child", "children", "villager", "resident",
        "soldier", "troops", "policeman", "policemen", "officer", "guard", "prisoner", "hostage", "worker",
        "student", "farmer", "village", "town", "city", "market", "school", "hospital", "mosque", "church",
        "house", "home", "building", "checkpoint", "convoy", "vehicle", "bus", "car", "base", "camp",
        "post", "position", "tanker", "ship", "vessel", "station", "embassy", "office", "border", "area",
        "district", "province", "neighbourhood", "neighborhood", "killed", "wounded", "injured", "dead",
        "casualties", "bodies", "destroyed", "damaged", "fired", "hit", "struck", "gunmen", "militant",
        "rebel", "guerrilla", "army", "police", "forces", "attacker", "assailant", "bomber", "militia",
        "insurgent", "terrorist", "weapon", "projectile", "supporter", "rally", "group", "member",
        "youths", "community", "driver", "passenger", "victim", "injuries", "gunshot", "body"};
    return s;
}

const StemSet& trial_words() {
    static const StemSet s = {"trial", "sentenced", "convicted", "indicted", "acquitted", "verdict",
                              "jury", "tribunal", "testified", "testimony", "lawsuit", "sued"};
    return s;
}

const StemSet& commerce_words() {
    static const StemSet s = {"acquire", "acquisition", "merger", "merge", "shares", "stake", "company",
                              "unit", "subsidiary", "dlrs", "pct", "buy", "sell", "purchase", "supply",
                              "trade", "loan", "debt", "credit", "tariff", "quota", "exports", "imports",
                              "contract", "price", "market", "license", "licence", "venture", "firm",
                              "bank", "creditor", "sale", "tonnes", "barrels", "wage", "union", "labor",
                              "labour", "strike", "player", "club", "team"};
    return s;
}

// Words before a trigger that make it a threat, a condition or a plan.
const text::WordSet& modal_words() {
    static const text::WordSet s = {"will", "would", "could", "might", "shall", "threaten", "threatened",
                                    "threatens", "warn", "warned", "warns", "vowed", "vow", "unless",
                                    "if", "deadline", "ultimatum", "risk", "fear", "feared", "avert",
                                    "avoid", "prevent",
                                    // a clash avoided, a riot rumoured
                                    "averted", "averting", "avoided", "avoiding",
                                    "potential", "possible", "possibility", "prospect", "rumour",
                                    "rumours", "rumor", "rumors", "rumoured", "rumored", "fears",
                                    "risks"};
    return s;
}

const text::WordSet& negations() {
    static const text::WordSet s = {"not", "no", "never", "n't", "nor", "neither"};
    return s;
}

// Words between a trigger and the number it goes to ("fell to about 18.9", "fell to a record
// 1.81", "fell to its lowest level of 150").
const text::WordSet& number_lead_in() {
    static const text::WordSet s = {"the", "a", "an", "about", "around", "some", "only", "just", "nearly",
                                    "almost", "roughly", "approximately", "estimated", "record", "below",
                                    "under", "over", "more", "than", "less", "its", "their", "lowest",
                                    "highest", "low", "high", "level", "of", "new", "all", "time",
                                    "year", "month", "week", "day", "to", "from"};
    return s;
}

const text::WordSet& quantity_units() {
    static const text::WordSet s = {"pct", "percent", "dlrs", "dollars", "dollar", "cents", "cts", "mln",
                                    "million", "billion", "tonnes", "tons", "barrels", "bpd", "yen", "marks",
                                    "francs", "pounds", "points", "baht", "pesos", "rupees", "lire",
                                    "rand", "shekels", "dinars", "$", "%", "£"};
    return s;
}

// A word of `set` anywhere in the sentence, the trigger's own words too.
bool any_word(const std::vector<Word>& w, const Span& s, const text::WordSet& set) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (in(set, w[i])) return true;
    return false;
}

// The same, not counting a word written capitalised inside the sentence (a name's: "Ubani
// Market", "Kabul Bank").
bool any_uncapitalised(const std::vector<Word>& w, const Span& s, const StemSet& set) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (!w[i].punct && (i < s.cb || i >= s.ce) && (i == s.first || !w[i].capitalised) && set.has(w[i]))
            return true;
    return false;
}

// A headline written in title case ("Air Strikes Kill 12 in Aleppo"): capitals say nothing there.
bool title_case(const std::vector<Word>& w, const Span& s) {
    int words = 0, caps = 0;
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (w[i].punct || w[i].number || w[i].norm.size() < 4) continue;
        ++words;
        caps += w[i].capitalised || w[i].all_caps;
    }
    return words > 0 && caps * 10 >= words * 6;
}

// A weapon or an act of violence ("Attack", "Airstrikes", "Shelling"): the words of a headline.
bool weapon_or_act(const Word& x) {
    static const StemSet s = {"attack", "airstrike", "strike", "raid", "shelling", "bombing", "massacre",
                              "missile", "rocket", "shell", "mortar", "bomb", "explosion", "blast",
                              "clash", "offensive", "assault", "ambush"};
    return s.has(x);
}

// The trigger is (part of) a name: a company, a team or a product ("Shell", "Lockheed Missiles
// and Space Co", "the Rockets", "Bomb Disposal Ltd").
bool in_name(const std::vector<Word>& w, const Span& s) {
    const Word& x = w[s.cb];
    if (s.ce < s.last && in(company_suffixes(), w[s.ce]) && (w[s.ce].capitalised || w[s.ce].all_caps))
        return true;
    if (!x.capitalised || x.all_caps || title_case(w, s)) return false;
    // a term written in capitals ("an Improvised Explosive Device"), not a name
    bool all_capitalised = s.ce - s.cb > 1;
    for (std::size_t i = s.cb; i < s.ce && all_capitalised; ++i)
        all_capitalised = w[i].punct || w[i].capitalised || w[i].all_caps;
    if (all_capitalised) return false;
    // a term named after someone, the rest in lower case ("a Molotov cocktail"): not a name
    bool rest_lower = s.ce - s.cb > 1;
    for (std::size_t i = s.cb + 1; i < s.ce && rest_lower; ++i)
        rest_lower = w[i].punct || (!w[i].capitalised && !w[i].all_caps);
    if (rest_lower) return false;
    // a headline run into the text ("Coalition Airstrikes on Manbij", "US Missile Attack on",
    // "Mortar Shell Attacks"): a conflict word next to it, or a place after on/in/against
    if (s.cb > s.first && conflict_words().has(w[s.cb - 1])) return false;
    if (s.ce < s.last && (conflict_words().has(w[s.ce]) || weapon_or_act(w[s.ce]))) return false;
    static const text::WordSet place_after = {"on", "in", "against", "at", "near", "kill", "kills", "hit", "hits"};
    if (x.norm != "shell" && s.ce + 1 < s.last && in(place_after, w[s.ce]) &&
        (w[s.ce + 1].capitalised || w[s.ce + 1].all_caps || w[s.ce + 1].number))
        return false;
    // capitalised after a word inside the sentence ("the Rockets", "Lockheed Missiles"); after
    // a colon, a quote or a date the word opens a clause
    if (s.cb > s.first && !w[s.cb - 1].punct && !w[s.cb - 1].number) return true;
    if (s.cb > s.first) return false;
    // opening the sentence: a name when another capitalised word or a possessive follows
    if (s.ce >= s.last) return false;
    const Word& next = w[s.ce];
    return (next.capitalised && !next.all_caps) || next.norm == "'s" || next.norm == "s";
}

// A number, price, score or quantity as the trigger's complement ("fell to 18.9 billion baht",
// "falling to 1.8180 marks", "took 40 pct of the market").
bool quantity_follows(const std::vector<Word>& w, const Span& s) {
    // "fell to 150", "falling to 1.8180": a bare number after "to" is a level; after another
    // cue ("seized three motorbikes") it counts things, and needs a unit to be a quantity.
    const bool to_level = w[s.ce - 1].norm == "to";
    for (std::size_t i = s.ce, n = 0; i < s.last && n < 5; ++i, ++n) {
        if (w[i].decimals || in(quantity_units(), w[i])) return true;
        std::size_t next = i;
        if (parse_number(w, i, next) >= 0) {
            if (to_level) return true;
            for (std::size_t j = next; j < s.last && j < next + 2; ++j)
                if (in(quantity_units(), w[j])) return true;
            return false;
        }
        if (!in(number_lead_in(), w[i])) return false;
    }
    return false;
}

// Words a negation or a modal reaches over without losing its scope: "no sign of troops",
// "to prevent any outbreaks of rioting", "no further reports of clashes".
const text::WordSet& scope_fillers() {
    static const text::WordSet s = {"any", "further", "fresh", "new", "renewed", "more", "sign", "signs",
                                    "outbreak", "outbreaks", "evidence", "indication", "report", "reports",
                                    "of", "the", "a", "an",
                                    // "will certainly be the beginning of an extensive clash", "little
                                    // risk of sparking a direct military clash"
                                    "be", "certainly", "probably", "surely", "beginning", "start", "spark",
                                    "sparking", "trigger", "triggering", "provoke", "provoking"};
    return s;
}

// Two past forms side by side end a relative clause before the second: the first is its verb
// ("rebels who could not be identified fired rockets", "men who were never charged attacked").
bool two_past_forms(const Word& a, const Word& b) {
    static const text::WordSet irregular = {"paid", "told", "held", "caught", "made", "found", "known",
                                            "sent", "left", "kept", "brought", "heard", "built", "met",
                                            "led", "fed", "bound", "fought", "sought", "taught", "thought"};
    auto past = [](const Word& x) {
        const std::string_view n = x.norm;
        return !x.capitalised && ((n.size() > 4 && (n.ends_with("ed") || n.ends_with("en"))) || in(irregular, x));
    };
    return past(a) && past(b);
}

// A word of `set` before the trigger in its clause, at most `reach` words away not counting
// the scope fillers, and not beyond the end of a relative clause (two_past_forms).
bool preceded_by(const std::vector<Word>& w, const Span& s, const text::WordSet& set, std::size_t reach) {
    std::size_t from = clause_start(w, s);
    std::size_t counted = 0;
    for (std::size_t i = s.cb; i > from && counted < reach; --i) {
        if (in(set, w[i - 1])) return true;
        if (two_past_forms(w[i - 1], w[i])) return false;
        if (!in(scope_fillers(), w[i - 1])) ++counted;
    }
    return false;
}

bool negated(const std::vector<Word>& w, const Span& s) { return preceded_by(w, s, negations(), 4); }

bool modal(const std::vector<Word>& w, const Span& s) { return preceded_by(w, s, modal_words(), 3); }

// A rumour of the act, or the act denied ("police denied rumours of race riots after an armed
// man killed one person"): no act told, whatever deaths the sentence counts (they are another
// act's).
bool rumoured(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet rumour = {"rumour", "rumours", "rumor", "rumors", "rumoured", "rumored",
                                         "denied", "denies", "deny"};
    return preceded_by(w, s, rumour, 3);
}

// "will not negotiate until Turkey recognises its rights and withdraws its troops", "unless the
// rebels lay down their arms": the trigger in a condition opened by until, unless or if (at most
// twelve words before it in its sentence, no punctuation between) is no act told.
bool conditional(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet opener = {"until", "unless", "if"};
    return clause_word_before(w, s.first, s.cb, opener, 12).has_value();
}

// "protesters in March", "students March 5": the month, written capitalised inside a sentence,
// is no march of a crowd ("Thousands of students marched in Dhaka").
bool month_march(const std::vector<Word>& w, const Span& s) {
    for (std::size_t i = s.cb; i < s.ce; ++i)
        if (w[i].norm == "march" && w[i].capitalised && i > s.first) return true;
    return false;
}

// A rebel group or a militia among the actors (inter 2 to 4): not state forces, who also seize
// drugs and goods in business news.
bool non_state_armed(const EventReport& ev) {
    auto armed = [](const Actor& a) { return !a.name.empty() && a.inter >= 2 && a.inter <= 4; };
    return armed(ev.actor1) || armed(ev.actor2);
}

bool specific_place(const Found& f) {
    const auto& loc = f.place.get();
    return !f.place_fallback && loc.resolved && !loc.demonym && !is_country(loc);
}

// The cue's words name a drone and "struck" (the row "drone * struck").
bool drone_struck(const std::vector<Word>& w, const Span& s) {
    bool drone = false, struck = false;
    for (std::size_t i = s.cb; i < s.ce; ++i) {
        drone = drone || w[i].norm == "drone" || w[i].norm == "drones";
        struck = struck || w[i].norm == "struck";
    }
    return drone && struck;
}

std::string violent_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx,
                           std::string_view cue, std::string& kept) {
    const EventReport& ev = f.event;
    if (figurative(w, s)) return "a figure of speech (time bomb, price war, explosion of demand)";
    if (weather_storm(w, s, cue)) return "a storm of the weather, not a storming";
    if (labour_strike(w, s, cue)) return "a strike of workers, not from the air";
    if (idle_air_force(f, w, s, cue)) return "an air force named with no act of attack (moved, deployed)";
    if (aircraft_traded(w, s, cue)) return "aircraft of a contract, sale, rescue or transport, no act of attack";
    if (quarrel(f, w, s)) return "a quarrel between people or officials (clashed with the minister), not a fight";
    if (airspace_violation(f, w, s)) return "aircraft infringing airspace, no act of attack";
    if (fighters_described(f, w, s, cue)) return "who fighters are (rebels fighting the government), not an incident";
    if (f.event.fatalities <= 0 && negated(w, s)) return "negated (not a blast, no clashes)";
    if (f.event.fatalities <= 0 && modal(w, s)) return "a threat, warning, condition or plan, not an incident";
    if (any(w, s, trial_words())) return "a trial or charge over an incident, not the incident";
    if (unexplained_bodies(f, w, cue)) return "bodies found in deaths the text calls unexplained or natural";
    // (a drone that struck is a weapon: "drones struck an oil refinery" is no refinery fire)
    if (ev.event_type == "Explosions/Remote violence" && !drone_struck(w, s) &&
        (accident(f, w, s, true) || accident_article(f, w)))
        return "an accident or disaster, not conflict";
    if (weapon_noun(w, s) && f.event.fatalities < 0) {
        std::string why = unused_weapon_reason(f, w, s, ctx);
        if (!why.empty()) return why;
    }
    if (ev.fatalities >= 0) return kept = "a casualty count", "";
    // "a decline in traffic following terrorist attacks in Europe": attacks over a continent,
    // no count, are a kind of news, no incident (ACLED places every event in a country)
    if (f.place.get().resolved && f.place.get().feature == std::string_view("L.CONT"))
        return "acts over a continent with no count (terrorist attacks in Europe), no incident";
    if (has_actor(ev)) return kept = "actor " + (ev.actor1.name.empty() ? ev.actor2.name : ev.actor1.name), "";
    if (specific_place(f)) return kept = "place " + f.place.get().name, "";
    if (any(w, s, support_words())) return kept = "a victim, target or weapon in the sentence", "";
    if (ctx.conflict_report && f.place.get().resolved)
        return kept = "a conflict report placed in " + f.place.get().name, "";
    return "no actor, victim, target, weapon or place in the sentence";
}

std::string territory_reason(const Found& f, const std::vector<Word>& w, const Span& s, std::string& kept) {
    const EventReport& ev = f.event;
    if (quantity_follows(w, s)) return "a number, price, score or quantity follows: a move, not a place taken";
    if (s.ce < s.last && w[s.ce].norm == "as") return "an office taken (took over as), not a place";
    if (f.event.fatalities <= 0 && (negated(w, s) || modal(w, s)))
        return "negated or a threat, condition or plan";
    if (armed_actor(ev)) return kept = "armed actor " + (ev.actor1.name.empty() ? ev.actor2.name : ev.actor1.name), "";
    if (specific_place(f)) return kept = "place taken " + f.place.get().name, "";
    return "no armed actor and no place taken";
}

// Deaths summed over a period, the period in the count's clause after it ("Some 278 people
// died in land disputes last year", "have died so far this year", "die each year"): an
// aggregate, not an incident ("Three were killed on Monday, bringing the toll this year to 200"
// is one; so are deaths with an armed actor: "Gunmen killed 40 villagers there last year").
bool aggregate(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet period = {"last", "this", "past", "previous", "per", "each", "every"};
    for (std::size_t i = s.ce; i + 1 < s.last && !clause_break(w[i]); ++i)
        if ((w[i + 1].norm == "year" || w[i + 1].norm == "years") && in(period, w[i])) return true;
    return false;
}

// A protest or a riot: kept but for a figure of speech, a crowd's act with no crowd named, or a
// protest by a strike or boycott where no one gathers.
std::string crowd_reason(const EventReport& ev, const std::vector<Word>& w, const Span& s, unsigned flags,
                         bool demonstration, std::string& kept) {
    if (ev.event_type == "Riots" && figurative(w, s))
        return "a figure of speech or a comparison (similar to an eraser fight)";
    // "charged that he beat up a taxi driver": a crowd's act needs its crowd; those who
    // demonstrated are one ("merchants demonstrated and barricaded the roads")
    if (ev.event_type == "Riots" && (flags & cue_weak) && !demonstration && !crowd_named(w, s))
        return "a crowd's act (beaten up, an angry crowd) with no crowd named";
    if (ev.event_type == "Protests" && withheld_protest(w, s))
        return "a strike or boycott in protest, no one gathering (ACLED codes no absence of action)";
    if (ev.event_type == "Protests" && sitting(w, s)) return "someone sitting (sat in the car), not a sit-in";
    if (ev.event_type == "Protests" && showing_sense(w, s)) return "demonstrate as showing (demonstrate the, its, how), no crowd";
    if (ev.event_type == "Protests" && diplomatic_protest(w, s))
        return "a state's diplomatic protest, no crowd";
    return kept = "a crowd", "";
}

std::string strategic_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx,
                             unsigned flags, std::string& kept) {
    const EventReport& ev = f.event;
    // a weak cue kept for its armed actor alone ("troops deployed", "reinforcements arrived")
    if ((flags & cue_weak) && ev.fatalities < 0 && !specific_place(f) && !ctx.conflict_report)
        return "a weak cue with no town, in no conflict report";
    bool topic = conflict_topic_in(w, s) || conflict_topics().has(w[s.cb]);
    if (ev.sub_event_type == "Arrests") return arrest_reason(f, w, s, ctx, kept);
    // (weapons disrupted are no business, "defused a bomb near the market", nor property
    // destroyed or looted by a rebel group or militia at a place the gazetteer knows,
    // "assailants opened fire on a bank and set fire to vehicles in Abagana"; a word of commerce
    // written capitalised inside the sentence is a name, "the Ubani Market police station", as
    // for the document's context)
    const bool armed_act = ev.sub_event_type == acled::disrupted_weapons_use ||
                           (ev.sub_event_type == "Looting/property destruction" && non_state_armed(ev) &&
                            specific_place(f));
    if (!topic && !armed_act && any_uncapitalised(w, s, commerce_words()))
        return "an agreement or talks of business, trade or sport";
    if (topic) return kept = "a conflict topic (ceasefire, peace, prisoners, troops ...)", "";
    // "an explosive device was discovered and defused in Sukma": a device made safe at a town
    if (ev.sub_event_type == acled::disrupted_weapons_use && specific_place(f) && any_word(w, s, device_words()))
        return kept = "a device disrupted at " + f.place.get().name, "";
    // "an airline set up a base", "the club deployed its new signing": no conflict actor
    // (not agreements and talks: governments are state actors)
    if (armed_actor(ev) && ev.sub_event_type != "Other" && ev.sub_event_type != "Agreement")
        return kept = "armed actor " + (ev.actor1.name.empty() ? ev.actor2.name : ev.actor1.name), "";
    if (ctx.conflict_report) return kept = "in a conflict report", "";
    return "no conflict topic in a document that is no conflict report";
}

// A deaths-only report (no cue in the sentence: the count word is the trigger).
std::string count_reason(const Found& f, const std::vector<Word>& w, const Span& s, const DocContext& ctx,
                         std::string& kept) {
    if (any(w, s, trial_words())) return "a trial or charge over deaths, not an incident";
    if (!bearing_arms(f.event) && aggregate(w, s))
        return "deaths summed over a year (last year, this year), not an incident";
    if (accident(f, w, s, false) || accident_article(f, w)) return "deaths in an accident or disaster";
    if (ctx.open_news) return "open news";
    if (bearing_arms(f.event)) return kept = "deaths with an armed actor", "";
    if (any(w, s, conflict_words())) return kept = "deaths with violence words", "";
    if (ctx.conflict_report) return kept = "deaths in a conflict report", "";
    return "deaths without an armed actor or violence word, in no conflict report";
}

} // namespace
} // namespace detail

using namespace detail;

const char* const name_with_deaths = "deaths counted beside a name (typed as deaths without a cue)";

std::string reject_reason(const Found& f, const Annotations& a, const WordStream& ws, const Lexicon& lx,
                          const DocContext& ctx, std::string& kept) {
    (void)a;
    const auto& w = ws.words;
    const auto& sent = ws.sentences[f.sentence];
    Span s{sent.first, sent.last, f.cue_begin, f.cue_end};
    if (s.cb >= s.ce || s.ce > s.last || s.cb < s.first) return kept = "no trigger span", "";
    if (ctx.open_news) return "open news: the document's business or sports words outweigh its conflict words";
    if (ctx.crime_news && f.event.sub_event_type != "Arrests" && crime_record(f.event))
        return "a crime story (charged, court, detectives; no word of armed conflict or of a crowd): ordinary crime";
    // Which cue: none at the trigger's first word means a report of deaths without a cue.
    std::vector<PhraseMatch> m;
    if (lx.may_start_cue(w[s.cb])) lx.match_cues(w, s.cb, s.last, m);
    unsigned flags = 0;
    std::string_view cue; // as the lexicon writes it
    bool demonstration = false; // the cue tells a protest (a riot only by how it went)
    for (const auto& x : m)
        if (x.end == s.ce) {
            flags = lx.cues()[x.entry].flags;
            cue = lx.cues()[x.entry].cue;
            demonstration = lx.cues()[x.entry].event_type == acled::protests;
        }
    if (m.empty()) return count_reason(f, w, s, ctx, kept);
    if (in_name(w, s)) {
        // "a woman killed a commander of the People's Liberation Front": the name is no cue,
        // the deaths the sentence counts are still reported (as deaths without a cue are)
        if (is_violent(f.event.event_type) && f.event.fatalities > 0) {
            std::string why = count_reason(f, w, s, ctx, kept);
            if (why.empty()) kept = name_with_deaths;
            return why.empty() ? "" : "part of a name (company, team, product); " + why;
        }
        return "part of a name (company, team, product)";
    }
    const EventReport& ev = f.event;
    if (month_march(w, s)) return "the month March, not a march";
    if (ev.event_type != "Strategic developments" && ev.fatalities <= 0 && topic_of_talks(w, s))
        return "what talks or a meeting were about, not an incident";
    if (threat_kind(w, s, ev.fatalities)) return "a kind of threat named in a list (threats such as clashes), not an incident";
    if (ev.event_type != "Strategic developments" && ev.fatalities <= 0 && campaign_sense(w, s))
        return "a fight named as a campaign (success in the fight against), not an incident";
    if ((flags & cue_territory) || ev.sub_event_type == "Non-state actor overtakes territory" ||
        ev.sub_event_type == "Government regains territory")
        return territory_reason(f, w, s, kept);
    const bool crowd_or_strategic = ev.event_type == "Strategic developments" || ev.event_type == "Protests" ||
                                    ev.event_type == "Riots";
    if (crowd_or_strategic && ev.fatalities <= 0 && (negated(w, s) || modal(w, s) || conditional(w, s)))
        return "negated or a threat, condition or plan (no sign of reinforcements, to prevent rioting)";
    if (ev.event_type == "Strategic developments") return strategic_reason(f, w, s, ctx, flags, kept);
    if (ev.event_type == "Protests" || ev.event_type == "Riots")
        return crowd_reason(ev, w, s, flags, demonstration, kept);
    if (is_violent(ev.event_type)) return violent_reason(f, w, s, ctx, cue, kept);
    return kept = "no rule applies", "";
}

// A rumoured or denied act with no deaths counted, or with deaths that the sentence's other
// candidate tells ("police denied rumours of race riots after an armed man killed one person":
// the attack stays); alone with its deaths, it keeps them (they are still reported).
bool rumour_only(const Found& f, const WordStream& ws, const std::vector<unsigned char>& per_sentence) {
    const auto& sent = ws.sentences[f.sentence];
    Span s{sent.first, sent.last, f.cue_begin, f.cue_end};
    if (s.cb >= s.ce || s.ce > s.last || s.cb < s.first || !rumoured(ws.words, s)) return false;
    return f.event.fatalities <= 0 || per_sentence[f.sentence] > 1;
}

void check_triggers(Founds& found, const Annotations& a, const WordStream& ws, const Lexicon& lx,
                    const DocContext& ctx, Explanation* ex) {
    std::vector<unsigned char> per_sentence(ws.sentences.size(), 0); // candidates in each sentence
    for (const Found& f : found)
        if (f.sentence < per_sentence.size() && per_sentence[f.sentence] < 2) ++per_sentence[f.sentence];
    keep_in_place(found, [&](Found& f, std::size_t) {
        std::string kept;
        std::string why = rumour_only(f, ws, per_sentence) ? "a rumour of the act or the act denied, not an incident"
                                                           : reject_reason(f, a, ws, lx, ctx, kept);
        if (why.empty() && kept == name_with_deaths) { // typed as deaths without a cue
            f.event.actor2.inter == acled::civilians ? acled::set_attack_on_civilians(f.event)
                                                     : acled::set_armed_clash(f.event);
        }
        if (ex && ex->detailed) {
            std::string line = "sentence " + std::to_string(f.sentence + 1) + " \"" + f.event.trigger + "\" (" +
                               f.event.event_type + " / " + f.event.sub_event_type + "): ";
            for (auto& c : line)
                if (c == '\n' || c == '\r') c = ' ';
            line += why.empty() ? "kept: " + kept : "dropped: " + why;
            ex->lines.push_back(std::move(line));
        }
        return why.empty();
    });
}

} // namespace gt::events
