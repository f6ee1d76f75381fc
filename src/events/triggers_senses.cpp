// Other senses of a cue's words (docs/events.md, "Open news", Violence): figures of speech, a
// paper as the object of the cue, the weather's storm, a strike of workers, an air force named
// with no act, aircraft infringing airspace, who fighters are, a protest by a strike or boycott
// where no one gathers. triggers.cpp asks these of each trigger.
#include "events/clauses.hpp"
#include "events/triggers_detail.hpp"

#include <string_view>
#include <vector>

namespace gt::events::detail::trig {

namespace {

// Words before a trigger that make it a figure of speech ("time bomb", "price war", "title
// clash", "takeover battle").
const StemSet& figurative_modifiers() {
    static const StemSet s = {"time", "price", "trade", "tariff", "takeover", "bidding", "title", "proxy",
                              "legal", "court", "ratings", "fare", "tax", "advertising", "marketing",
                              "boardroom", "budget", "currency", "ticking", "population", "baby"};
    return s;
}

// A judgement of the cue's object: "as" and "a", "an" or an adjective after it ("Hogg blasted it
// as an insincere effort", "slammed the plan as reckless", "attacked the ruling as
// unconstitutional"; "attacked the convoy as it passed" is a time): a verb that criticises.
bool judged_as(const std::vector<Word>& w, const Span& s, std::size_t i) {
    // (only the verbs that criticise: "forcibly disappeared a citizen working as a vendor" is none)
    // (past forms: "the blast struck as a group of youths celebrated" is a time)
    static const text::WordSet criticise = {"blasted", "slammed", "attacked", "lashed", "bashed"};
    if (w[i].norm != "as" || i == s.ce || i > s.ce + 4 || i + 1 >= s.last || !in(criticise, w[s.cb]))
        return false;
    // the object alone between ("a school being used as a base" is a use)
    for (std::size_t k = s.ce; k < i; ++k) {
        const std::string_view n = w[k].norm;
        if (n == "being" || (n.size() > 4 && (n.ends_with("ed") || n.ends_with("ing")))) return false;
    }
    const std::string_view n = w[i + 1].norm;
    if (n == "a" || n == "an") return true;
    for (std::string_view suffix : {"al", "ous", "ive", "ible", "able", "ic", "ful", "less", "ant", "ent"})
        if (n.size() > suffix.size() + 3 && n.ends_with(suffix)) return true;
    return false;
}

// A paper, a deal or a decision as the object of the cue ("executed two additional area
// licenses", "executed the agreement", "the panel blasted the policy of the staff", "blasted
// the conduct of the staff", "attacked the government's handling of"), or judged as something
// (judged_as): the words
// after the cue up to a preposition or punctuation ("clashed with police over the deal" is
// none of these).
bool paper_object(const std::vector<Word>& w, const Span& s) {
    static const StemSet papers = {"license", "licence", "agreement", "contract", "order", "deal", "lease",
                                   "transaction", "option", "swap", "document", "warrant", "merger",
                                   "decision", "policy", "policies", "proposal", "ruling"};
    // (nouns by their written form: "an assassination was conducted", "the blast was handled")
    static const text::WordSet conduct = {"conduct", "handling", "performance", "bill", "budget", "plan",
                                          "plans", "remarks", "comments", "stance", "approach", "management",
                                          "leadership", "verdict"};
    static const text::WordSet stops = {"with", "over", "on", "in", "at", "against", "by", "near", "from",
                                        "to", "for", "of", "into", "after", "during", "and"};
    for (std::size_t i = s.ce; i < s.last && i < s.ce + 5; ++i) {
        if (w[i].punct || in(stops, w[i])) return false;
        if (papers.has(w[i]) || in(conduct, w[i])) return true;
        if (judged_as(w, s, i)) return true;
    }
    return false;
}

// The same as the subject of a passive cue: "The projects have been executed by Army engineers",
// "the agreement was executed in Nairobi", "the plan was attacked by critics".
bool paper_subject(const std::vector<Word>& w, const Span& s) {
    static const StemSet things = {"project", "projects", "scheme", "schemes", "plan", "plans", "programme",
                                   "program", "works", "agreement", "contract", "deal", "order", "policy",
                                   "decision", "proposal", "budget", "bill", "document", "documents"};
    static const text::WordSet auxiliaries = {"have", "has", "had", "been", "was", "were", "is", "are", "be",
                                              "being", "successfully", "already", "also", "fully", "duly"};
    std::size_t i = s.cb;
    bool passive = false;
    while (i > s.first && in(auxiliaries, w[i - 1])) {
        --i;
        passive = true;
    }
    return passive && i > s.first && things.has(w[i - 1]);
}

} // namespace

bool figurative(const std::vector<Word>& w, const Span& s) {
    if (s.cb > s.first && !w[s.cb - 1].capitalised && figurative_modifiers().has(w[s.cb - 1])) return true;
    // a comparison: "similar to an eraser fight among students", "akin to a riot"
    static const text::WordSet likening = {"similar", "akin", "reminiscent", "likened", "compared", "resembling"};
    const std::size_t from = clause_start(w, s);
    for (std::size_t i = s.cb; i > from && s.cb - i < 4; --i)
        if (in(likening, w[i - 1])) return true;
    // "an explosion of demand", "an explosion in sales", "a battle for market share"
    static const StemSet complements = {"demand", "growth", "sales", "interest", "activity", "prices",
                                        "investment", "credit", "spending", "consumption", "imports",
                                        "exports", "market", "popularity", "colour", "color", "orders",
                                        "profits", "enthusiasm", "votes", "viewers", "subscribers",
                                        "traffic", "innovation", "creativity", "lending", "borrowing",
                                        "rents", "costs", "wages", "inflation", "unemployment"};
    if (paper_object(w, s) || paper_subject(w, s)) return true;
    // "struck a chord", "struck a deal", "struck gold": what a verb of striking strikes
    static const text::WordSet struck_things = {"chord", "deal", "deals", "balance", "note", "tone", "pose",
                                                "bargain", "gold", "agreement", "accord", "compromise"};
    if (s.ce > s.cb && w[s.ce - 1].norm == "struck" && s.ce < s.last) {
        std::size_t j = s.ce;
        if (j + 1 < s.last && (w[j].norm == "a" || w[j].norm == "an" || w[j].norm == "the")) ++j;
        if (in(struck_things, w[j])) return true;
    }
    if (s.ce + 1 < s.last && (w[s.ce].norm == "of" || w[s.ce].norm == "in" || w[s.ce].norm == "for")) {
        std::size_t j = s.ce + 1;
        if (w[s.ce].norm == "in" && (w[j].norm == "the" || w[j].norm == "a")) return false; // a place
        while (j + 1 < s.last && (w[j].norm == "the" || w[j].norm == "a" || w[j].norm == "new")) ++j;
        if (complements.has(w[j])) return true;
    }
    return false;
}

// The noun of a cue whose conflict sense is the verb's: a storm of the weather ("The storm ...
// left two people dead", "severe sand storms across Chad"), not a storming ("troops stormed the
// town", "gunmen storm a hotel", "the storming of the embassy").
bool weather_storm(const std::vector<Word>& w, const Span& s, std::string_view cue) {
    if (cue != "storm" || (w[s.cb].norm != "storm" && w[s.cb].norm != "storms")) return false;
    static const text::WordSet before = {"the", "a", "an", "this", "that", "its", "severe", "sand", "dust",
                                         "snow", "rain", "winter", "tropical", "heavy", "ice", "hail",
                                         "thunder", "wind", "electrical", "powerful", "violent", "major",
                                         "big", "massive", "great", "fierce", "solar", "magnetic", "perfect"};
    static const text::WordSet after = {"of", "that", "which", "hit", "hits", "lashed", "lashes", "swept",
                                        "sweeps", "battered", "batters", "struck", "strikes", "warning",
                                        "warnings", "surge", "damage", "season", "across", "over", "left",
                                        "caused", "brought", "dumped", "moved", "passed", "front", "system",
                                        "clouds", "water", "drain", "drains"};
    return (s.cb > s.first && in(before, w[s.cb - 1])) || (s.ce < s.last && in(after, w[s.ce]));
}

namespace {

// A walkout named by its kind at the word itself: "a general strike", "a hunger strike", "the
// nationwide strike", "went on strike", "called for a strike", "strike action". That holds
// whatever else the sentence reports ("amid the call for general strike by the National Coalition
// against High Cost of Living": a coalition, but of unions).
bool named_walkout(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet kinds = {"general", "hunger", "nationwide", "national", "indefinite",
                                        "wildcat", "sit-down", "24-hour", "48-hour", "one-day", "two-day",
                                        "three-day", "token", "teachers",
                                        "workers", "doctors", "nurses", "truckers", "drivers", "transport",
                                        "rail", "labour", "labor", "student", "students"};
    // (not "began", "launched", "staged": armies begin and launch strikes too)
    static const text::WordSet calls = {"call", "calls", "called", "calling", "declare", "declared",
                                        "declares"};
    const std::size_t b = s.cb;
    if (b > s.first && in(kinds, w[b - 1])) return true;
    if (b > s.first && w[b - 1].norm == "on") return true; // "went on strike", "are on strike"
    if (s.ce < s.last && (w[s.ce].norm == "action" || w[s.ce].norm == "actions")) return true;
    // "called a strike", "called for a strike", "declared a two-day strike"
    for (std::size_t k = b, n = 0; k > s.first && n < 3; --k, ++n) {
        const Word& p = w[k - 1];
        if (in(calls, p)) return true;
        if (p.norm != "a" && p.norm != "for" && p.norm != "the" && !in(kinds, p)) break;
    }
    return false;
}

} // namespace

// A strike of workers, not from the air: the bare cue "strike" named as a walkout (named_walkout),
// or ("the biggest wave of strikes", "The strikes broke out only three months after food riots")
// in a sentence with a word of labour and none of an air, missile or drone attack.
bool labour_strike(const std::vector<Word>& w, const Span& s, std::string_view cue) {
    if (cue != "strike") return false;
    if (named_walkout(w, s)) return true;
    static const StemSet labour = {"worker", "workers", "union", "unions", "wage", "wages", "pay", "walkout",
                                   "stoppage", "strikers", "striking", "employees", "employer", "miners",
                                   "dockers", "teachers", "nurses", "doctors", "drivers", "general", "hunger",
                                   "labour", "labor", "wave", "broke", "industrial", "shipyard", "factory",
                                   "port", "railway", "transport", "salaries", "salary", "bonus", "picket"};
    static const StemSet air = {"air", "airstrike", "drone", "drones", "jet", "jets", "warplane", "warplanes",
                                "aircraft", "missile", "missiles", "rocket", "rockets", "bomb", "bombing",
                                "bombed", "raid", "raids", "artillery", "shelling", "helicopter", "coalition",
                                "military", "army", "troops", "killed", "targeted", "targeting", "hit"};
    return any(w, s, labour) && !any(w, s, air);
}

// Verbs and nouns of an attack from the air.
const StemSet& attack_acts() {
    static const StemSet acts = {"attack", "attacked", "target", "targeted", "strike", "struck", "hit", "bomb",
                                 "bombed", "bombard", "bombarded", "pound", "pounded", "raid", "raided", "fire",
                                 "fired", "shell", "shelled", "kill", "killed", "destroy", "destroyed", "launch",
                                 "launched", "conduct", "conducted", "carry", "carried", "support", "supported",
                                 "backed", "shoot", "shot", "down", "downed", "sortie", "sorties", "airstrike",
                                 "airstrikes", "operation", "injured", "wounded", "hitting", "targeting"};
    return acts;
}

// An air force named with no act of its own: the cue "air force" stands for a strike only with a
// verb of attack in the sentence ("GNA air force targeted an LNA bus", "the air force pounded the
// neighbourhood", "supported by the air force") or a casualty count; "the army, navy and air force
// had been moved to the islands" is a deployment.
bool idle_air_force(const Found& f, const std::vector<Word>& w, const Span& s, std::string_view cue) {
    return cue == "air force" && f.event.fatalities < 0 && !any(w, s, attack_acts());
}

// Aircraft of a contract, a sale or an order, or of rescue, transport and medical work, with no
// act of attack in the sentence ("a 42.7 mln dlr contract for work on 97 engines for Sea Hawk,
// Super Cobra and CV helicopters", "the air force ordered 24 jets", "a search was supported by a
// search and rescue helicopter", "an air ambulance helicopter flew the injured to hospital"):
// trade or help, not a strike.
bool aircraft_traded(const std::vector<Word>& w, const Span& s, std::string_view cue) {
    static const StemSet trade = {"contract", "order", "ordered", "sale", "sell", "sold", "buy", "bought",
                                  "purchase", "purchased", "deliver", "delivered", "delivery", "engine",
                                  "lease", "leased", "maker", "manufacturer", "export", "exported", "import",
                                  "imported", "acquire", "acquired", "procure", "procurement", "dlrs", "dlr",
                                  // rescue, transport and care
                                  "rescue", "rescued", "search", "ambulance", "medical", "medevac", "hospital",
                                  "evacuate", "evacuated", "evacuation", "airlift", "airlifted", "transport",
                                  "transported", "passenger", "passengers", "tourist", "sightseeing"};
    // (acts of attack themselves, not the support an aircraft gives: "a search supported by a
    // rescue helicopter")
    static const StemSet hard_acts = {"attack", "attacked", "target", "targeted", "strike", "struck", "hit",
                                      "bomb", "bombed", "bombard", "bombarded", "pound", "pounded", "raid",
                                      "raided", "fire", "fired", "shell", "shelled", "kill", "killed", "destroy",
                                      "destroyed", "shoot", "shot", "downed", "sortie", "sorties", "airstrike",
                                      "airstrikes", "injured", "wounded", "hitting", "targeting"};
    if (cue != "helicopter" && cue != "warplane" && cue != "jet" && cue != "aircraft" && cue != "fighter jet")
        return false;
    return any(w, s, trade) && !any(w, s, hard_acts);
}

namespace {

// The trigger is a protest named as the purpose or manner of another act: "to protest", "in
// protest", "in an unofficial protest" (not "staged a protest", "dozens protested").
bool protest_adjunct(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet lead = {"to", "in"};
    static const text::WordSet filler = {"a", "an", "the", "unofficial", "official", "their", "its", "his", "her"};
    if (in(lead, w[s.cb])) return true;
    for (std::size_t i = s.cb; i > s.first && s.cb - i < 4; --i) {
        if (in(lead, w[i - 1])) return true;
        if (!in(filler, w[i - 1])) return false;
    }
    return false;
}

} // namespace

// A protest made by withholding, with no gathering: a strike, a stoppage or a boycott "to
// protest" ("Unions are planning a week of state-wide strikes ... to protest", "the industrial
// action at the ports ... to protest changes", "stopped work in an unofficial protest",
// "boycotted the annual meeting to protest"). ACLED codes events, not the absence of action: a
// strike or boycott is a protest only where people gather, march, picket or clash ("striking
// workers clashed with police", "staged a sit-in to protest", "went on strike and marched"), and
// only for a protest named as the strike's purpose or manner ("members went on strike and staged
// a protest" is one).
bool withheld_protest(const std::vector<Word>& w, const Span& s) {
    if (!protest_adjunct(w, s)) return false;
    static const text::WordSet withholding = {"strike", "strikes", "struck", "stoppage", "stoppages", "walkout",
                                              "walkouts", "boycott", "boycotts", "boycotted", "boycotting"};
    // "industrial action", "stopped work" (the words apart say nothing: "the sugar industry")
    static const text::WordSet first = {"industrial", "stopped", "stop", "stopping"};
    static const text::WordSet second = {"action", "work"};
    static const StemSet gathering = {
        "march", "marched", "marching", "rally", "rallies", "demonstrate", "demonstrated", "demonstration",
        "demonstrators", "gather", "gathered", "street", "streets", "crowd", "sit", "picket", "pickets",
        "block", "blocked", "blockade", "occupy", "occupied", "chant", "chanting", "placards", "banners",
        "procession", "outside", "square", "clash", "clashed", "police", "dumped", "barricade", "barricaded",
        "motorcade", "participated", "joined", "dozens", "hundreds", "thousands"};
    bool withheld = false;
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (w[i].punct) continue;
        if (gathering.has(w[i])) return false;
        const bool pair = in(first, w[i]) && i + 1 < s.last && in(second, w[i + 1]);
        withheld = withheld || in(withholding, w[i]) || pair;
    }
    return withheld;
}

// "demonstrate" in its sense of showing: a form of the verb with an object ("efforts demonstrate
// the influence the students have amassed", "to demonstrate solidarity", "demonstrates how")
// or in the passive with "by" ("This was also demonstrated by our decision"). A crowd that
// demonstrates takes no object: "thousands demonstrated in Seoul", "demonstrated against the
// law", "demonstrated the next day" (a time), "demonstrated outside the embassy"; and a crowd
// named before the verb is one ("Farmers demonstrated their anger in Kafr Tala").
bool showing_sense(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet verb = {"demonstrate", "demonstrates", "demonstrated", "demonstrating"};
    if (!in(verb, w[s.cb]) || s.ce != s.cb + 1 || crowd_before(w, s)) return false; // (a crowd shows its anger)
    static const text::WordSet passive = {"was", "were", "is", "are", "be", "been", "being"};
    static const text::WordSet adverbs = {"also", "clearly", "further", "again", "well", "amply", "already"};
    std::size_t b = s.cb;
    while (b > s.first + 1 && in(adverbs, w[b - 1])) --b;
    if (b > s.first && in(passive, w[b - 1]) && s.ce < s.last && w[s.ce].norm == "by") return true;
    if (s.ce >= s.last) return false;
    static const text::WordSet objects = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
                                          "that", "this", "these", "those", "how", "what", "whether", "why",
                                          "solidarity", "support", "commitment", "resolve", "strength",
                                          "ability", "capacity", "power", "unity", "goodwill", "willingness"};
    static const text::WordSet times = {"day", "days", "week", "weekend", "morning", "afternoon", "evening",
                                        "night", "month", "year", "monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday", "next", "following", "previous", "same"};
    const Word& next = w[s.ce];
    if (!in(objects, next)) return false;
    return !(s.ce + 1 < s.last && in(times, w[s.ce + 1]));
}

// The verb "sit in" of someone sitting somewhere, not a sit-in: a written form of the verb ("sat",
// "sitting", "sits") and "in" before a determiner, with no crowd named ("the glass struck the
// child while he sat in the car's back seat"; "hundreds of farmers sat in the road" is one).
bool sitting(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet verb = {"sat", "sitting", "sits"};
    static const text::WordSet determiners = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "one"};
    return in(verb, w[s.cb]) && s.cb + 2 < s.last && w[s.cb + 1].norm == "in" && in(determiners, w[s.cb + 2]) &&
           !crowd_named(w, s);
}

// A quarrel between people or officials, not a fight: "clashed with" a name or an office, no actor,
// crowd or count in the sentence ("Kelly also has clashed with Trump's son-in-law Jared Kushner",
// "the finance minister clashed with the central bank governor over rates"; "gunmen clashed with
// police", "villagers clashed with herders" are fights).
bool quarrel(const Found& f, const std::vector<Word>& w, const Span& s) {
    static const text::WordSet clash = {"clash", "clashed", "clashes", "clashing"};
    if (!in(clash, w[s.cb]) || f.event.fatalities >= 0 || !f.event.actor1.name.empty() ||
        !f.event.actor2.name.empty() || crowd_named(w, s))
        return false;
    std::size_t k = s.cb + 1;
    while (k < s.last && w[k].norm != "with" && k < s.cb + 3) ++k; // "clashed repeatedly with"
    if (k >= s.last || w[k].norm != "with") return false;
    static const text::WordSet determiners = {"the", "his", "her", "their", "its", "a", "an", "former"};
    ++k;
    while (k < s.last && in(determiners, w[k])) ++k;
    if (k >= s.last) return false;
    static const text::WordSet offices = {"president", "minister", "governor", "adviser", "advisor", "chief",
                                          "leader", "rival", "colleague", "colleagues", "lawmakers", "senators",
                                          "congress", "parliament", "board", "management", "boss", "coach",
                                          "owner", "chairman", "judge", "court", "prosecutors", "media",
                                          "press", "critics", "finance", "central", "party", "speaker",
                                          // a government and its opposition in politics ("deepening a
                                          // clash with the opposition over the budget")
                                          "opposition", "government", "administration", "cabinet"};
    // a name of a unit or group ("Hamza Division", "the Sultan Murad Brigade") or a group's acronym
    // before the cue ("JaS clashed with ...") is a fight
    static const text::WordSet units = {"division", "brigade", "brigades", "army", "front", "battalion",
                                        "militia", "forces", "group", "movement", "faction", "regiment",
                                        "corps", "unit", "units", "fighters", "militants", "rebels", "guard",
                                        "troops", "soldiers", "supporters", "police", "guards", "gunmen"};
    // an office, unless its armed men or crowd follow ("clashed with government troops", "with
    // opposition supporters")
    if (in(offices, w[k])) return !(k + 1 < s.last && in(units, w[k + 1]));
    if (!w[k].capitalised || w[k].all_caps) return false; // (an acronym is a group's: "clashed with PKK")
    for (std::size_t i = k; i < s.last && i < k + 4; ++i)
        if (in(units, w[i])) return false;
    for (std::size_t i = s.first; i < s.cb; ++i)
        if (w[i].all_caps || (w[i].capitalised && w[i].norm.size() <= 4 && i > s.first)) return false;
    return true;
}

// A state's protest, not a crowd's: "This caused protest from Brussels" (a capitalised name after
// the word "protest" and "from" or "to", no crowd's word before the cue or right after the name:
// "protest from Kibera residents", "supporters marched to the IEBC" are a crowd's),
// "Cyprus protested to the United Nations", and, with no crowd in the sentence, words of
// diplomacy ("The protest came as NATO ambassadors met", "lodged a formal protest", "a protest
// note"; a place of protest such as an embassy is no sign: "a protest outside the US embassy").
bool diplomatic_protest(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet protest = {"protest", "protests", "protested", "protesting"};
    const bool protest_word = s.ce == s.cb + 1 && in(protest, w[s.cb]); // (not "Protesters marched from")
    // (no crowd before: who protested, "NASA supporters in Kisumu marched to the IEBC")
    if (protest_word && s.ce + 1 < s.last && (w[s.ce].norm == "from" || w[s.ce].norm == "to") &&
        !crowd_before(w, s)) {
        std::size_t k = s.ce + 1;
        if (w[s.ce].norm == "to" && w[k].norm == "the" && k + 1 < s.last) ++k;
        if (w[k].capitalised) {
            bool crowd_after = false;
            for (std::size_t i = k; i < s.last && i < k + 4 && !crowd_after; ++i) crowd_after = crowd_words().has(w[i]);
            if (!crowd_after) return true;
        }
    }
    static const text::WordSet diplomacy = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat",
                                            "diplomats", "diplomatic", "formal", "formally", "lodged", "lodge",
                                            "note", "demarche", "consul"};
    bool diplomatic = false;
    for (std::size_t i = s.first; i < s.last && !diplomatic; ++i) diplomatic = !w[i].punct && in(diplomacy, w[i]);
    return diplomatic && !crowd_named(w, s);
}

// Aircraft that crossed a line, not an air strike: "Greece accused Turkish warplanes of
// infringing the Athens Flight Information Region", "fighter jets violated the airspace": a
// word of airspace or its violation, no verb of attack and no casualty count.
bool airspace_violation(const Found& f, const std::vector<Word>& w, const Span& s) {
    static const StemSet crossing = {"airspace", "infringe", "infringing", "infringed", "infringement",
                                     "violate", "violated", "violating", "violation", "violations", "overflew",
                                     "overflight", "overflights", "intrusion", "intruded", "intruding"};
    if (f.event.sub_event_type != "Air/drone strike" || f.event.fatalities >= 0 || !any(w, s, crossing))
        return false;
    for (std::size_t i = s.first; i < s.last; ++i) // (not an acronym: "the Athens FIR" is no "fired")
        if (!w[i].punct && !w[i].all_caps && (i < s.cb || i >= s.ce) && attack_acts().has(w[i])) return false;
    return true;
}

// Who fighters are, not what they did: "contra rebels fighting the leftist Nicaraguan
// government", "guerrillas fighting the regime": the cue "fighting" or "fight" right after
// rebels, guerrillas ... with a government or regime as its object, and no casualty count.
bool fighters_described(const Found& f, const std::vector<Word>& w, const Span& s, std::string_view cue) {
    static const StemSet fighters = {"rebels", "guerrillas", "insurgents", "militants", "separatists",
                                     "fighters", "militias", "factions", "groups", "movement"};
    static const StemSet rulers = {"government", "regime", "authorities", "junta"};
    if ((cue != "fighting" && cue != "fight") || f.event.fatalities >= 0 || s.cb == s.first ||
        !fighters.has(w[s.cb - 1]))
        return false;
    for (std::size_t i = s.ce; i < s.last && i < s.ce + 5 && !w[i].punct; ++i)
        if (rulers.has(w[i])) return true;
    return false;
}

} // namespace gt::events::detail::trig
