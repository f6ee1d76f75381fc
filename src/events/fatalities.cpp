#include "events/fatalities.hpp"

#include "events/victims.hpp"

#include "text/word_map.hpp"
#include "text/word_set.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace gt::events {

namespace {

using Set = text::WordSet;

const Set& modifiers() {
    static const Set s = {"at", "least", "more", "than", "over", "nearly", "about", "around", "some",
                          "up", "to", "of", "the", "almost", "approximately", "roughly", "estimated",
                          "an", "as", "many", "fewer", "less", "between", "total", "another", "further",
                          "additional", "rose", "risen", "reached", "climbed", "jumped", "increased",
                          "stood", "hit", "now", "has", "had", "have", "is", "was", "mounted", "soared",
                          "reportedly", "with", "least", "all"};
    return s;
}

const Set& victim_words() {
    static const Set s = {"civilians", "civilian", "children", "child", "women", "woman", "residents",
                          "villagers", "worshippers", "students", "kids", "infants", "babies",
                          "family", "members", "refugees", "displaced", "men", "people", "persons",
                          "others", "bodies", "pupils", "patients", "shoppers", "passengers",
                          "workers", "farmers", "journalists", "boys", "girls", "elderly", "fighters",
                          "soldiers", "militants", "rebels", "troops", "staff", "medics", "rescuers",
                          "policemen", "officers", "guards", "personnel", "jihadists", "gunmen",
                          "militiamen", "combatants", "servicemen", "volunteers", "assailants",
                          "attackers", "insurgents", "terrorists", "bombers", "perpetrators",
                          "hostages", "police", "security", "guards", "protesters", "demonstrators"};
    return s;
}

const Set& civilian_words() {
    static const Set s = {"civilians", "civilian", "children", "child", "women", "woman", "residents",
                          "villagers", "worshippers", "students", "kids", "infants", "babies", "family",
                          "refugees", "displaced", "pupils", "patients", "shoppers", "passengers",
                          "farmers", "journalists", "boys", "girls", "elderly"};
    return s;
}

// The victims who bear no arms, one or many (ACLED: violence against them is Violence against
// civilians, not a battle): the civilian words and the people named by age or trade.
const Set& unarmed_words() {
    static const Set s = {"civilians", "civilian", "children", "child", "women", "woman", "residents",
                          "villagers", "worshippers", "students", "kids", "infants", "babies", "family",
                          "refugees", "displaced", "pupils", "patients", "shoppers", "passengers",
                          "farmers", "journalists", "boys", "girls", "elderly", "man", "person", "boy",
                          "girl", "baby", "infant", "toddler", "teenager",
                          "teenagers", "youth", "youths", "student", "farmer", "resident", "villager",
                          "trader", "traders", "driver", "drivers", "herder", "herders", "herdsman",
                          "herdsmen", "shepherd", "shepherds", "teacher", "teachers", "businessman",
                          "fisherman", "fishermen", "miner", "miners", "priest", "pastor", "imam",
                          "doctor", "doctors", "nurse", "nurses", "lawyer", "merchant", "merchants",
                          "vendor", "vendors", "worker", "workers", "elder", "elders", "journalist",
                          "activist", "activists"};
    return s;
}

const Set& not_casualty_after() {
    static const Set s = {"km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "mi",
                          "m", "meters", "metres", "percent", "per", "year", "years", "month", "months",
                          "day", "days", "hour", "hours", "minutes", "weeks", "week", "am", "pm", "gmt",
                          "st", "nd", "rd", "th", "times", "tons", "kg", "mm", "dollars", "usd",
                          // animals are no casualties ("killed 12 cows")
                          "cows", "cattle", "goats", "sheep", "camels", "livestock", "animals",
                          "donkeys", "horses", "dogs", "chickens", "head"};
    return s;
}

const Set& wounded_words() {
    static const Set s = {"wounded", "injured", "injuring", "wounding", "hurt", "injuries", "injury",
                          "wounds", "missing", "arrested", "detained", "abducted", "kidnapped", "displaced"};
    return s;
}

// Words of killing: a casualty number before them ("12 were killed") or after them ("killing 12").
constexpr std::string_view backward_kill_words[] = {
    "killed", "dead",      "died",     "perished", "slain",   "deaths",     "killings",   "dies",
    "die",    "massacred", "executed", "martyred", "martyrs", "fatalities", "casualties", "bodies",
    "fatality", "murdered", "assassinated", "lynched", "beheaded"};
constexpr std::string_view forward_kill_words[] = {
    "kill",     "kills",   "killing", "killed",   "deaths",  "death",    "claimed",
    "claiming", "leaving", "left",    "executed", "execute", "executes", "executing",
    "murdered", "assassinated", "lynched", "beheaded"};

const Set& backward_kill() {
    static const Set s(std::begin(backward_kill_words), std::end(backward_kill_words));
    return s;
}

const Set& forward_kill() {
    static const Set s(std::begin(forward_kill_words), std::end(forward_kill_words));
    return s;
}

enum KillWord : unsigned { kill_backward = 1, kill_forward = 2, kill_toll = 4, kill_lost = 8 };

// The words find_fatalities() acts on, in one table: the scan over every word of a sentence
// hashes each word once.
const text::WordMap<unsigned>& kill_words() {
    static const text::WordMap<unsigned> m = [] {
        text::WordMap<unsigned> t;
        for (auto w : backward_kill_words)
            t[w] |= kill_backward;
        for (auto w : forward_kill_words)
            t[w] |= kill_forward;
        t["toll"] |= kill_toll;
        t["lost"] |= kill_lost; // "lost their lives"
        return t;
    }();
    return m;
}

const Set& passive_aux() {
    static const Set s = {"were", "was", "been", "being", "are", "is", "be", "got", "get"};
    return s;
}

bool is_year_like(long v, const std::vector<Word>& w, std::size_t next, std::size_t last) {
    if (v < 1900 || v > 2100) return false;
    return next >= last || !in(victim_words(), w[next]);
}

/// A casualty number at i: sets f and returns true when the words after it do not make it a
/// distance, an age, a date or a count of wounded.
bool number_at(const std::vector<Word>& w, std::size_t i, std::size_t last, Fatality& f, bool allow_sum) {
    std::size_t next = 0;
    long v = parse_number(w, i, next);
    if (v < 0 || next > last) return false;
    if (i > 0 && (w[i - 1].norm == "including" || w[i - 1].norm == "includes")) return false;
    if (i > 0 && w[i].norm == "one" && w[i - 1].norm == "no") return false; // "no one was killed"
    // "six soldiers, including three police officers and three soldiers, were killed": a part
    // of the count before the comma
    for (std::size_t k = i; k > 0 && i - k < 8;) {
        --k;
        if (w[k].punct) break;
        if (w[k].norm == "including" || w[k].norm == "includes") return false;
    }
    // "among them 11 children", "of them 5", "of whom 3": a part of a number already given.
    if (i > 1 && (w[i - 1].norm == "them" || w[i - 1].norm == "whom") &&
        (w[i - 2].norm == "among" || w[i - 2].norm == "of" || w[i - 2].norm == "including"))
        return false;
    if (next < last && in(not_casualty_after(), w[next])) return false;
    if (is_year_like(v, w, next, last)) return false;
    // "25 were wounded", "3 others injured": a count of wounded, not of dead.
    for (std::size_t j = next; j < last && j < next + 3; ++j) {
        if (w[j].punct || w[j].norm == "and" || in(backward_kill(), w[j]) || in(forward_kill(), w[j]))
            break;
        if (in(wounded_words(), w[j])) return false;
    }
    f.count = v;
    f.word = i;
    f.civilians = false;
    for (std::size_t j = next; j < last && j < next + 3 && !w[j].punct; ++j)
        if (in(unarmed_words(), w[j])) f.civilians = true;
    if (!allow_sum) return true;
    // "10 civilians and 5 fighters": the sum (not after "between").
    for (std::size_t j = next; j < last && j < next + 3; ++j) {
        if (w[j].punct) break;
        if (w[j].norm == "and" && j + 1 < last) {
            std::size_t n2 = 0;
            long m = parse_number(w, j + 1, n2);
            if (m < 0 || n2 >= last) break;
            if (!in(victim_words(), w[n2]) && !(n2 + 1 < last && in(victim_words(), w[n2 + 1])))
                break;
            for (std::size_t k = n2; k < last && k < n2 + 3; ++k)
                if (in(wounded_words(), w[k])) return true;
            // "16 civilians and three children": the children are civilians too (a part of the
            // group counted first is not added)
            static const Set wide = {"civilians", "people", "persons", "residents", "villagers"};
            if (next < last && in(wide, w[next]) && in(civilian_words(), w[n2])) return true;
            f.count = v + m;
            return true;
        }
        if (w[j].number) break;
    }
    return true;
}

bool scan_forward(const std::vector<Word>& w, std::size_t k, std::size_t last, std::size_t max_words, Fatality& f) {
    bool between = false;
    long self = 0; // "killing himself and 5 others": the attacker's death counts too
    for (std::size_t j = k + 1; j < last && j <= k + max_words; ++j) {
        if (w[j].punct && w[j].norm != "-") return false;
        if (w[j].norm == "between") between = true;
        if ((w[j].norm == "himself" || w[j].norm == "herself") && j + 1 < last && w[j + 1].norm == "and") {
            self = 1;
            ++j;
            continue;
        }
        std::size_t nx = 0;
        if (parse_number(w, j, nx) >= 0) {
            if (!number_at(w, j, last, f, !between)) return false;
            f.count += self;
            return true;
        }
        if (!in(modifiers(), w[j])) return false;
    }
    return false;
}

const Set& singular_victims() {
    static const Set s = {"child", "woman", "man", "boy", "girl", "civilian", "person", "baby",
                          "infant", "toddler", "teenager", "resident", "farmer", "student",
                          "journalist", "doctor", "nurse", "activist", "soldier", "fighter",
                          "rebel", "militant", "policeman", "officer", "commander", "worker",
                          "priest", "pastor", "imam", "cleric", "agent", "driver", "trader", "herder",
                          "shepherd", "teacher", "chief", "leader", "official", "councillor",
                          "councilor", "member", "guard", "businessman", "youth", "villager",
                          "policewoman", "gendarme", "militiaman", "elder", "lawyer", "judge", "mayor",
                          "politician", "candidate", "merchant", "miner", "fisherman", "protester",
                          "demonstrator", "motorcyclist", "passenger", "victim", "informant",
                          "headman", "volunteer", "employee", "engineer", "pilot", "colonel",
                          "general", "captain", "sergeant", "lieutenant", "major", "suspect", "gunman",
                          "bandit", "attacker", "assailant", "collector", "hunter", "herdsman", "vendor",
                          "watchman", "vigilante", "chairman"};
    return s;
}

// One victim named without a number: "a woman was killed", "a Syrian soldier was shot dead",
// and the headline "Child Killed ..." (the noun opening the sentence).
// Not "the child was killed": the definite article points back at a victim already counted.
bool single_victim(const std::vector<Word>& w, std::size_t first, std::size_t k, Fatality& f) {
    std::size_t j = k;
    for (int skipped = 0; j > first && skipped < 3; ++skipped) {
        const std::string_view p = w[j - 1].norm;
        if (p != "was" && p != "is" && p != "has" && p != "had" && p != "been" && p != "reportedly" &&
            p != "also" && p != "shot" && p != "later" && p != "allegedly")
            break;
        --j;
    }
    // "Naseer Khan, a civilian, was killed": the apposition names the victim
    if (j > first + 2 && w[j - 1].norm == "," && in(singular_victims(), w[j - 2])) --j;
    if (j == first || w[j - 1].punct || !in(singular_victims(), w[j - 1])) return false;
    std::size_t noun = j - 1;
    // a headline: the noun opens the sentence, or follows the date run into it ("2016 Child")
    bool counted = w[noun].capitalised && (noun == first || w[noun - 1].number);
    // a determiner of one, with up to two adjectives between ("a young Syrian woman")
    for (std::size_t d = noun; !counted && d > first && noun - d < 3;) {
        --d;
        if (w[d].punct || w[d].number) break;
        const std::string_view x = w[d].norm;
        if (x == "a" || x == "an" || x == "one") counted = true;
        else if (x == "the" || x == "this" || x == "that" || x == "and") break;
    }
    if (!counted) return false;
    f.count = 1;
    f.word = noun;
    f.civilians = in(unarmed_words(), w[noun]);
    return true;
}

// A victim named after a killing verb without a number: "killing a civilian", "shot dead an
// opposition fighter", "killing a young boy" (a determiner of one, up to two adjectives).
bool single_victim_after(const std::vector<Word>& w, std::size_t k, std::size_t last, Fatality& f) {
    std::size_t j = k + 1;
    // (the definite article too: "opened fire and killed the officer of the land office", a
    // victim the sentence introduces)
    if (j >= last || (w[j].norm != "a" && w[j].norm != "an" && w[j].norm != "one" && w[j].norm != "the"))
        return false;
    for (std::size_t n = j + 1; n < last && n <= j + 3; ++n) {
        if (w[n].punct || w[n].number) return false;
        if (in(singular_victims(), w[n])) {
            // "killing a soldier's wife": the possessor is no victim
            if (n + 1 < last && w[n + 1].norm == "s") return false;
            f.count = 1;
            f.word = n;
            f.civilians = in(unarmed_words(), w[n]);
            return true;
        }
    }
    return false;
}

/// The number at s ends a pair "N X and M Y were killed" / "between N and M were killed": the
/// pair read from its first number (the sum; the lowest of a range, as ACLED codes a range).
bool first_of_pair(const std::vector<Word>& w, std::size_t first, std::size_t s, std::size_t k, Fatality& f) {
    if (s < first + 2 || w[s - 1].norm != "and") return false;
    for (std::size_t b = s - 1; b > first && s - 1 - b < 3;) {
        --b;
        if (w[b].punct) return false;
        std::size_t nx = 0;
        if (parse_number(w, b, nx) < 0) continue;
        std::size_t start = b;
        while (start > first) {
            long v = parse_number(w, start - 1, nx);
            if (v < 0 || nx <= b) break;
            --start;
        }
        bool range = start > first && w[start - 1].norm == "between";
        return number_at(w, start, k, f, !range);
    }
    return false;
}

/// Words that say a violent death: "killed", "murdered", "assassinated", "lynched", "beheaded",
/// "shot dead", "shot / stabbed / beaten / hacked / burned / stoned to death". The index before
/// which the victim is named (the verb of "... to death"), or a value past k.
std::size_t violent_death_at(const std::vector<Word>& w, std::size_t first, std::size_t k) {
    const std::string_view n = w[k].norm;
    if (n == "killed" || n == "murdered" || n == "assassinated" || n == "lynched" || n == "beheaded") return k;
    if (n == "dead" && k > first && w[k - 1].norm == "shot") return k;
    if (n == "death" && k > first + 1 && w[k - 1].norm == "to") {
        static const Set verbs = {"shot", "stabbed", "beaten", "hacked", "burned", "burnt", "stoned", "tortured",
                                  "bludgeoned", "clubbed", "lynched", "starved"};
        if (in(verbs, w[k - 2])) return k - 2;
    }
    return k + 1;
}

bool scan_backward(const std::vector<Word>& w, std::size_t first, std::size_t k, Fatality& f,
                   std::size_t max_steps = 14) {
    std::size_t steps = 0;
    for (std::size_t j = k; j > first && steps < max_steps; ++steps) {
        --j;
        if (w[j].punct && (w[j].norm == ";" || w[j].norm == ":" || w[j].norm == "." || w[j].norm == "?"))
            return false;
        if (in(wounded_words(), w[j]) || (j + 1 < k && in(forward_kill(), w[j]))) return false;
        if (w[j].norm == "no" || w[j].norm == "without") return false; // "no casualties"
        std::size_t nx0 = 0;
        if (!w[j].number && parse_number(w, j, nx0) < 0) continue;
        // Find where this number starts ("twenty two", "1,200").
        std::size_t s = j;
        while (s > first) {
            std::size_t nx = 0;
            long v = parse_number(w, s - 1, nx);
            if (v < 0 || nx <= j) break;
            --s;
        }
        if (first_of_pair(w, first, s, k, f)) return true;
        if (number_at(w, s, k, f, true)) return true;
        j = s;
    }
    return false;
}

const Set& death_nouns() {
    static const Set s = {"casualties", "casualty", "fatalities", "fatality", "deaths", "death",
                          "dead", "killed", "victims", "loss", "lives", "life"};
    return s;
}

const Set& death_verbs() {
    static const Set s = {"killed", "died", "dead", "die", "perished", "lost"};
    return s;
}

// Words between a negation and what it negates: "no reported casualties", "not cause any
// immediate casualties", "no human losses", "no one else was killed".
const Set& negation_fillers() {
    static const Set s = {"reported", "report", "reports", "immediate", "any", "human", "known",
                          "further", "other", "confirmed", "civilian", "serious", "else",
                          "was", "were", "has", "have", "been", "being", "is", "are", "reportedly",
                          "cause", "caused", "causing", "result", "resulted", "lead", "led",
                          "in", "of", "there", "to", "the", "fatal"};
    return s;
}

/// A statement that nobody was killed ("no casualties were reported", "without casualties",
/// "did not cause any casualties", "neither fatalities nor injuries", "no one was killed",
/// "nobody died"): the word where it is said, or `last`. Injuries alone ("no one was injured",
/// "no injuries") say nothing about deaths, except as casualties.
std::size_t no_deaths(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const std::string_view n = w[i].norm;
        // every negation below opens with n, w or z: one test settles most words (this scan
        // runs for each count looked for in a sentence)
        if (n.empty() || (n[0] != 'n' && n[0] != 'w' && n[0] != 'z')) continue;
        std::size_t j = i + 1;
        bool person = n == "nobody" || n == "none";
        if (n == "no" && j < last && w[j].norm == "one") {
            person = true;
            ++j;
        }
        bool negation = person || n == "no" || n == "without" || n == "neither" || n == "nor" ||
                        n == "zero" || n == "not";
        if (!negation) continue;
        // "no fewer than 12 killed", "not only ... killed": a count follows, not a negation
        for (std::size_t steps = 0; j < last && steps < 5; ++j, ++steps) {
            const Word& x = w[j];
            if (x.punct || x.number) break;
            if (person ? in(death_verbs(), x) : in(death_nouns(), x)) {
                // "no loss of life", "no lives were lost"
                if (x.norm == "loss" && !(j + 2 < last && w[j + 1].norm == "of" && w[j + 2].norm == "life"))
                    break;
                if (x.norm == "life") break;
                if (x.norm == "lives" && !(j + 2 < last && w[j + 1].stem == "be" && w[j + 2].norm == "lost"))
                    break;
                return j;
            }
            if (!in(negation_fillers(), x) && !(person && (x.norm == "was" || x.norm == "were"))) break;
        }
    }
    return last;
}

/// The count of a list of victims read into f, civilians when any of its words is unarmed.
void take_victims(const std::vector<Word>& w, const VictimList& v, Fatality& f) {
    f.count = v.count;
    f.word = v.begin;
    f.civilians = false;
    for (std::size_t j = v.begin; j < v.end; ++j)
        if (in(unarmed_words(), w[j])) f.civilians = true;
}

/// The list of victims named after an active killing verb at k ("shot and killed Mohammad
/// Afzal, the driver, ...", "killed a doctor and his associate", "killing three policemen and
/// one volunteer"): sets f and returns true when it names at least one person.
bool victims_after_verb(const std::vector<Word>& w, std::size_t k, std::size_t last, Fatality& f) {
    VictimList v = victims_from(w, k + 1, last);
    if (v.count <= 0) return false;
    take_victims(w, v, f);
    return true;
}

/// The victims named as the subject of a passive killing ("Tabish and her sister-in-law were
/// killed", "Haqyar, the governor of the district, was killed", "eleven assailants and one
/// soldier were killed"); `verb` is where the verb of the death starts ("killed", "shot" of
/// "shot dead"). A singular "was killed" with no list read is one victim ("the teacher was
/// killed"). Sets f and returns true when a count is read.
bool victims_before_verb(const std::vector<Word>& w, std::size_t first, std::size_t verb, Fatality& f) {
    static const Set adverbs = {"reportedly", "also", "all", "later", "allegedly", "subsequently", "both",
                                "eventually", "then", "been", "being", "instantly"};
    std::size_t e = verb;
    while (e > first && in(adverbs, w[e - 1])) --e;
    if (e == first || !in(passive_aux(), w[e - 1])) return false;
    const std::string_view aux = w[e - 1].norm;
    --e;
    while (e > first && in(adverbs, w[e - 1])) --e;
    // "... was highlighted when its chairman was stabbed to death in 1985": a death recalled in
    // a clause of time is the background of the report, not a victim named
    auto recalled = [&](std::size_t from) {
        for (std::size_t b = from, n = 0; b > first && n < 8; ++n) {
            --b;
            if (w[b].punct) break;
            const std::string_view x = w[b].norm;
            if (x == "when" || x == "since" || x == "after" || x == "before" || x == "until") return true;
        }
        return false;
    };
    VictimList v = victims_before(w, first, e);
    if (v.count > 0 && recalled(v.begin + 1)) return false;
    bool plural_verb = aux == "were" || aux == "are";
    if (v.count > (plural_verb ? 1 : 0)) { // ("Salvador, were killed": a plural verb, one name)
        take_victims(w, v, f);
        return true;
    }
    if (aux != "was" && aux != "is") return false;
    // not "no one was killed" (an explicit 0), nor "nobody"
    if (e > first && (w[e - 1].norm == "one" || w[e - 1].norm == "nobody" || w[e - 1].norm == "else")) return false;
    if (e == first || w[e - 1].punct) return false;
    if (recalled(e)) return false;
    f.count = 1;
    f.word = e - 1;
    f.civilians = in(unarmed_words(), w[e - 1]);
    return true;
}

std::vector<Fatality> find_counts(const std::vector<Word>& w, std::size_t first, std::size_t last);

/// "In addition to the assailant, at least 20 civilians were killed", "besides the two
/// attackers": the perpetrators killed, who count as well (ACLED counts every death of the
/// event). Their number, or 0.
long perpetrators_besides(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    static const Set perpetrators = {"assailant", "attacker", "bomber", "perpetrator", "gunman",
                                     "assailants", "attackers", "bombers", "perpetrators", "gunmen"};
    for (std::size_t i = first; i + 2 < last; ++i) {
        std::size_t j = 0;
        if (w[i].norm == "addition" && i + 3 < last && w[i + 1].norm == "to" && w[i + 2].norm == "the") j = i + 3;
        else if (w[i].norm == "besides" && w[i + 1].norm == "the") j = i + 2;
        else continue;
        long n = 1;
        std::size_t nx = 0;
        if (long v = parse_number(w, j, nx); v > 0) {
            n = v;
            j = nx;
        }
        if (j < last && w[j].norm == "suicide") ++j;
        if (j >= last || !in(perpetrators, w[j])) continue;
        bool plural = w[j].norm.back() == 's' || w[j].norm == "gunmen";
        if (plural && n == 1 && !(j > 0 && w[j - 1].number)) return 0; // "the assailants": how many?
        return n;
    }
    return 0;
}

/// A stated final figure: "fatalities coded as 3", "total fatalities recorded as 0", "the
/// number of deaths was put at 12", "unknown fatalities estimated at 10". The figure, or -1.
long stated_total(const std::vector<Word>& w, std::size_t first, std::size_t last, std::size_t& at) {
    static const Set nouns = {"fatalities", "deaths", "casualties", "dead"};
    static const Set verbs = {"coded", "recorded", "counted", "estimated", "put", "set", "given", "listed"};
    for (std::size_t i = first; i + 3 < last; ++i) {
        if (!in(nouns, w[i])) continue;
        std::size_t j = i + 1;
        if (w[j].norm == "are" || w[j].norm == "were" || w[j].norm == "was" || w[j].norm == "is" ||
            w[j].norm == "have" || w[j].norm == "been")
            ++j;
        if (j < last && w[j].norm == "been") ++j;
        if (j + 2 >= last || !in(verbs, w[j]) || (w[j + 1].norm != "as" && w[j + 1].norm != "at")) continue;
        std::size_t nx = 0;
        long v = parse_number(w, j + 2, nx);
        if (v < 0) continue;
        at = j + 2;
        return v;
    }
    return -1;
}

} // namespace

std::vector<Fatality> find_fatalities(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    std::size_t at = 0;
    if (long total = stated_total(w, first, last, at); total >= 0) {
        Fatality f;
        f.count = total;
        f.word = at;
        f.total = true;
        return {f};
    }
    std::vector<Fatality> out = find_counts(w, first, last);
    if (long extra = perpetrators_besides(w, first, last); extra > 0)
        for (auto& f : out)
            if (f.count >= 0) f.count += extra;
    return out;
}

namespace {

std::vector<Fatality> find_counts(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    std::vector<Fatality> out;
    if (std::size_t z = no_deaths(w, first, last); z < last) {
        Fatality none;
        none.count = 0;
        none.word = z;
        out.push_back(none);
    }
    std::size_t also_word = last, also_at = 0;
    for (std::size_t k = first; k < last; ++k) {
        // "... were also killed", "also killing", "also 13 militants were killed": on top of
        // the deaths told before in the sentence
        auto push = [&](Fatality x) {
            auto is_also = [&](std::size_t i) { return i >= first && i < last && w[i].norm == "also"; };
            x.also = is_also(k - 1) || (k >= 2 && is_also(k - 2)) || (x.word > first && is_also(x.word - 1));
            // (one killing word gives one figure on top: the largest of its readings)
            if (x.also && also_word == k && also_at < out.size()) {
                if (x.count > out[also_at].count) out[also_at] = x;
                return;
            }
            if (x.also) {
                also_word = k;
                also_at = out.size();
            }
            out.push_back(x);
        };
        const std::string_view n = w[k].norm;
        if (w[k].punct) continue;
        const unsigned* kill = kill_words().find(n, w[k].norm_hash);
        if (!kill) continue;
        Fatality f;
        if (*kill & kill_toll) {
            // "the death toll from ... rose to 32": the first casualty number after it.
            for (std::size_t j = k + 1; j < last && j < k + 20; ++j) {
                std::size_t nx = 0;
                if (parse_number(w, j, nx) >= 0 && number_at(w, j, last, f, true)) {
                    push(f);
                    break;
                }
            }
            continue;
        }
        bool fwd = (*kill & kill_forward) != 0;
        bool bwd = (*kill & kill_backward) != 0;
        if ((*kill & kill_lost) && k + 2 < last && w[k + 2].norm == "lives") bwd = true;
        if (!fwd && !bwd) continue;
        bool passive = false;
        if ((n == "killed" || n == "executed" || n == "murdered" || n == "assassinated" || n == "lynched" ||
             n == "beheaded") && k > first) {
            std::size_t p = k - 1;
            if (in(passive_aux(), w[p]) && w[p].norm != "have" && w[p].norm != "has" && w[p].norm != "had")
                passive = true;
            if (p > first && (w[p].norm == "reportedly" || w[p].norm == "all" || w[p].norm == "also") &&
                in(passive_aux(), w[p - 1]))
                passive = true;
        }
        if ((n == "leaving" || n == "left") && !(k + 1 < last && (w[k + 1].number || w[k + 1].norm == "at")))
            continue;
        if (n == "claimed" || n == "claiming") {
            // "claimed the lives of 12"
            if (!(k + 3 < last && w[k + 2].norm == "lives")) continue;
        }
        std::size_t violent = violent_death_at(w, first, k);
        if (n == "dead" && violent == k && k >= first + 2 && in(passive_aux(), w[k - 2])) passive = true;
        // a list of victims after an active killing verb: its sum, when more than a number read
        Fatality listed;
        bool has_list = !passive && (n == "killing" || n == "kill" || n == "kills" || (violent == k && n != "death")) &&
                        victims_after_verb(w, k, last, listed);
        if (fwd && !passive && scan_forward(w, k, last, n == "claimed" || n == "claiming" ? 6 : 5, f)) {
            push(f);
            if (has_list) push(listed);
            continue;
        }
        if (has_list) {
            push(listed);
            continue;
        }
        if (n == "death" && k > first + 1 && w[k - 1].norm == "to") { // "beaten to death"
            fwd = false;
            bwd = true;
        }
        // "killing a civilian", "shot dead an officer", "assassinated a councillor"
        if (!passive && (n == "killing" || n == "kill" || n == "kills" || (violent == k && n != "death")) &&
            single_victim_after(w, k, last, f)) {
            push(f);
            continue;
        }
        if (bwd) {
            // a noun of deaths takes its number from just before it ("3 fatalities", "12 civilian
            // deaths"): "seized three motorbikes, no casualties reported" gives no 3
            static const Set nouns = {"casualties", "casualty", "fatalities", "fatality", "deaths"};
            if (scan_backward(w, first, k, f, in(nouns, w[k]) ? 4 : 14)) push(f);
            // the victims listed as the subject of a passive death ("X and Y were killed")
            Fatality subject;
            if (violent < k + 1 && victims_before_verb(w, first, n == "dead" ? k - 1 : violent, subject))
                push(subject);
            // also when a number came before: it may be a date's ("2016 Child killed"), which
            // the caller drops; the larger figure wins otherwise ("two women and a child")
            Fatality one;
            // (only words of a violent death: "a worker died after being electrocuted" is no
            // violence, and a count would make it an incident)
            if (violent < k + 1 && single_victim(w, first, violent, one)) push(one);
        }
    }
    return out;
}

} // namespace

std::vector<Fatality> find_fatalities(const std::vector<Word>& w, std::size_t first, std::size_t last,
                                      const std::vector<TimeExpr>& timexes) {
    auto fats = find_fatalities(w, first, last);
    if (fats.empty() || timexes.empty()) return fats;
    std::erase_if(fats, [&](const Fatality& f) {
        const Word& n = w[f.word];
        auto it = std::upper_bound(timexes.begin(), timexes.end(), n.begin,
                                   [](std::size_t b, const TimeExpr& t) { return b < t.begin; });
        if (it == timexes.begin()) return false;
        const TimeExpr& t = *std::prev(it);
        // (a word's offsets are its token's: "23-04-2016" is one token of three words)
        return t.begin <= n.begin && n.end <= t.end && t.end - t.begin > n.norm.size();
    });
    return fats;
}

bool may_count_deaths(const Word& w) {
    return !w.punct && kill_words().find(w.norm, w.norm_hash) != nullptr;
}

bool mentions_killing(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k)
        if (in(backward_kill(), w[k]) || w[k].norm == "kill" || w[k].norm == "kills" || w[k].norm == "killing")
            return true;
    return false;
}

} // namespace gt::events
