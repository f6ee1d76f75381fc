// What a trigger is told about, not told (docs/events.md, "Open news"): the topic of talks or
// of a list of issues, a fight named as a campaign, a kind of threat named in a list, and the
// conflict topics that agreements and talks need. triggers.cpp asks these of each trigger.
#include "events/triggers_detail.hpp"

#include <vector>

namespace gt::events::detail::trig {

namespace {

// "Moscow and Paris had discussed an array of issues on Syria, including the anti-Daesh fight,
// the establishment of safe zones ...": a trigger in the list of what was discussed, reached
// back through the list's own words (including, such as, issues, commas, "and", names, "anti-")
// to the word of talking, within 25 words of its sentence; any other word (a verb, "but",
// "where") ends the list: "They discussed the truce, but the fighting went on" is an incident.
bool listed_topic(const std::vector<Word>& w, const Span& s, const StemSet& talking,
                  const text::WordSet& filler) {
    static const text::WordSet list_words = {
        "including", "include", "included", "such", "as", "issues", "issue", "array", "range", "number",
        "series", "host", "matters", "topics", "questions", "situation", "and", "in", "on", "of", ",",
        "with", "to", "other", "various", "several", "many", "key", "bilateral", "regional", "security",
        "anti", "-"};
    bool listed = false; // a word that opens or continues a list ("including", a comma)
    for (std::size_t i = s.cb; i > s.first && s.cb - i < 25; --i) {
        const Word& x = w[i - 1];
        if (talking.has(x)) return listed;
        if (x.norm == "including" || x.norm == "," || x.norm == "as") listed = true;
        // (a name, or what "anti-" is against: "the anti-Daesh fight" reads "anti", "daesh")
        const bool name = (x.capitalised && !x.punct) || (i >= 2 && w[i - 2].norm == "anti");
        if (!name && !in(list_words, x) && !in(filler, x)) return false;
    }
    return false;
}

} // namespace

// The topics of agreements and talks between conflict or political actors (ACLED: peace
// agreements, ceasefires, prisoner exchanges, surrenders, evacuations).
const StemSet& conflict_topics() {
    static const StemSet s = {"ceasefire", "truce", "peace", "war", "rebel", "militant", "troops",
                              "prisoner", "hostage", "withdrawal", "withdraw", "armistice", "disarm",
                              "disarmament", "army", "conflict", "fighting", "hostilities", "military",
                              "guerrilla", "insurgent", "evacuation", "surrender", "militia", "security",
                              "occupation", "refugee", "border", "fighter", "opposition", "kurdish"};
    return s;
}

// A conflict topic in the sentence, outside the cue; "opposition" before a party's name or its
// people is a parliament's ("talks with party leaders, including the opposition Communists",
// "the opposition party's leaders"), no topic of conflict ("talks with the armed opposition").
bool conflict_topic_in(const std::vector<Word>& w, const Span& s) {
    static const text::WordSet party = {"party", "parties", "leader", "leaders", "lawmakers", "mps",
                                        "deputies", "politicians", "members", "candidate", "candidates",
                                        "coalition", "bloc", "benches", "parliamentarians"};
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (w[i].punct || (i >= s.cb && i < s.ce) || !conflict_topics().has(w[i])) continue;
        const bool political = w[i].norm == "opposition" && i + 1 < s.last && !w[i + 1].punct &&
                               (w[i + 1].capitalised || in(party, w[i + 1]));
        if (!political) return true;
    }
    return false;
}

// "The two sides discussed the fight against Daesh", "talks on the protests": the trigger is
// what a meeting was about, not an incident. A word of talking, then only articles and
// prepositions before the trigger.
bool topic_of_talks(const std::vector<Word>& w, const Span& s) {
    static const StemSet talking = {"discuss", "discussed", "discussion", "debate", "debated", "talks",
                                    "negotiation", "consultation", "meeting", "conference", "summit",
                                    "briefed", "briefing"};
    static const text::WordSet filler = {"the", "a", "an", "about", "on", "of", "over", "their", "its",
                                         "joint", "common", "ongoing", "continued", "regarding", "concerning"};
    std::size_t from = clause_start(w, s);
    for (std::size_t i = s.cb; i > from && s.cb - i < 5; --i) {
        const Word& x = w[i - 1];
        if (talking.has(x)) return true;
        if (!in(filler, x)) break;
    }
    return listed_topic(w, s, talking, filler);
}

// A kind of threat named in a list ("other emerging national security threats such as
// herdsmen/farmers clashes and armed banditry", "challenges such as kidnappings"): "such as"
// at most four words before the trigger, after a word of threats, challenges or problems, no
// punctuation between but a slash or a hyphen.
bool threat_kind(const std::vector<Word>& w, const Span& s, int fatalities) {
    static const StemSet kinds = {"threat", "threats", "challenge", "challenges", "problem", "problems",
                                  "menace", "menaces", "vices", "crimes", "risks", "dangers", "insecurity"};
    if (fatalities > 0) return false;
    for (std::size_t i = s.cb; i > s.first + 2 && s.cb - i < 5; --i) {
        const Word& x = w[i - 1];
        if (x.punct && x.norm != "/" && x.norm != "-") return false;
        if (x.norm == "as" && w[i - 2].norm == "such") return kinds.has(w[i - 3]);
    }
    return false;
}

// "the two sides praised recent military success in the fight against Daesh", "their role in
// the war on terror", "cooperation in the struggle against the Taliban": a fight named as a
// campaign, the object of a word of achievement, effort or help, is no incident of its own.
bool campaign_sense(const std::vector<Word>& w, const Span& s) {
    static const StemSet fight = {"fight", "struggle", "war", "battle", "combat", "campaign"};
    static const text::WordSet determiner = {"the", "their", "its", "our", "this", "a"};
    static const text::WordSet preposition = {"in", "of", "to", "for", "on", "with"};
    static const StemSet achievement = {
        "success", "successes", "progress", "cooperation", "effort", "efforts", "role", "contribution",
        "contributions", "support", "commitment", "partner", "partners", "victory", "victories", "gains",
        "achievements", "results", "leadership", "strategy", "approach", "assistance", "help",
        "experience", "solidarity", "coordination", "interaction", "priorities", "priority", "goals"};
    if (s.ce != s.cb + 1 || !fight.has(w[s.cb])) return false;
    std::size_t i = s.cb;
    // "the anti-Daesh fight", "the joint fight": at most two modifiers before the determiner
    for (int k = 0; k < 3 && i > s.first && !in(determiner, w[i - 1]) && !w[i - 1].punct; ++k) --i;
    if (i < s.first + 3 || !in(determiner, w[i - 1]) || !in(preposition, w[i - 2])) return false;
    return achievement.has(w[i - 3]);
}

} // namespace gt::events::detail::trig
