#include "events/counts.hpp"

#include "events/victims.hpp"

#include "text/word_set.hpp"

#include <string>
#include <vector>

// The counts find_fatalities() reads around each word of killing: numbers before and after
// it, victims named one by one or in a list.

namespace gt::events::detail {

namespace {

using Set = text::WordSet;

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
        if (count_value(w, j, nx) >= 0) {
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
        if (!w[j].number && count_value(w, j, nx0) < 0) continue;
        // Find where this number starts ("twenty two", "1,200", "tens of thousands").
        std::size_t s = j;
        while (s > first) {
            std::size_t nx = 0;
            if (long v = parse_number(w, s - 1, nx); v >= 0 && nx > j) {
                --s;
                continue;
            }
            if (s >= first + 2 && w[s - 1].norm == "of" && count_value(w, s - 2, nx) >= 0 && nx > j) s -= 2;
            else break;
        }
        if (first_of_pair(w, first, s, k, f)) return true;
        if (number_at(w, s, k, f, true)) return true;
        j = s;
    }
    return false;
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
bool victims_after_verb(const Lexicon& lx, const std::vector<Word>& w, std::size_t k, std::size_t last, Fatality& f) {
    VictimList v = victims_from(lx, w, k + 1, last);
    if (v.count <= 0) return false;
    take_victims(w, v, f);
    return true;
}

/// The victims named as the subject of a passive killing ("Tabish and her sister-in-law were
/// killed", "Haqyar, the governor of the district, was killed", "eleven assailants and one
/// soldier were killed"); `verb` is where the verb of the death starts ("killed", "shot" of
/// "shot dead"). A singular "was killed" with no list read is one victim ("the teacher was
/// killed"). Sets f and returns true when a count is read.
bool victims_before_verb(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t verb, Fatality& f) {
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
    VictimList v = victims_before(lx, w, first, e);
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

// The counts of one sentence, read word by word (find_counts): what it found so far and the
// killing word an "also" figure belongs to.
struct CountScan {
    const Lexicon& lx;
    const std::vector<Word>& w;
    std::size_t first, last;
    std::vector<Fatality> out;
    std::size_t also_word;
    std::size_t also_at = 0;

    void push(std::size_t k, Fatality x);
    void toll(std::size_t k);
    bool passive_at(std::size_t k, std::string_view n) const;
    bool no_count_here(std::size_t k, std::string_view n) const;
    bool active_kill(std::size_t k, std::string_view n, std::size_t violent) const;
    bool ahead(std::size_t k, std::string_view n, bool fwd, bool passive, std::size_t violent, Fatality& f);
    void backward(std::size_t k, std::string_view n, std::size_t violent, Fatality& f);
    void at_kill_word(std::size_t k, unsigned kill);
};

// "... were also killed", "also killing", "also 13 militants were killed": on top of
// the deaths told before in the sentence
void CountScan::push(std::size_t k, Fatality x) {
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
}

// "the death toll from ... rose to 32": the first casualty number after it.
void CountScan::toll(std::size_t k) {
    Fatality f;
    for (std::size_t j = k + 1; j < last && j < k + 20; ++j) {
        std::size_t nx = 0;
        if (count_value(w, j, nx) >= 0 && number_at(w, j, last, f, true)) {
            push(k, f);
            break;
        }
    }
}

// A passive killing verb at k ("were killed", "reportedly all executed").
bool CountScan::passive_at(std::size_t k, std::string_view n) const {
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
    return passive;
}

// A killing word that gives no count here: "leaving" or "left" with no number after it, and
// "claimed" without "the lives of 12".
bool CountScan::no_count_here(std::size_t k, std::string_view n) const {
    if ((n == "leaving" || n == "left") && !(k + 1 < last && (w[k + 1].number || w[k + 1].norm == "at")))
        return true;
    return (n == "claimed" || n == "claiming") && !(k + 3 < last && w[k + 2].norm == "lives");
}

// An active killing verb ("killing", "kill", "kills", a violent death's word but "death").
bool CountScan::active_kill(std::size_t k, std::string_view n, std::size_t violent) const {
    return n == "killing" || n == "kill" || n == "kills" || (violent == k && n != "death");
}

// The count after the killing word, and a list of victims after an active killing verb: its
// sum, when more than a number read. Whether it found either.
bool CountScan::ahead(std::size_t k, std::string_view n, bool fwd, bool passive, std::size_t violent, Fatality& f) {
    Fatality listed;
    bool has_list = !passive && active_kill(k, n, violent) && victims_after_verb(lx, w, k, last, listed);
    if (fwd && !passive && scan_forward(w, k, last, n == "claimed" || n == "claiming" ? 6 : 5, f)) {
        push(k, f);
        if (has_list) push(k, listed);
        return true;
    }
    if (has_list) push(k, listed);
    return has_list;
}

// The counts before a killing word that looks back.
void CountScan::backward(std::size_t k, std::string_view n, std::size_t violent, Fatality& f) {
    // a noun of deaths takes its number from just before it ("3 fatalities", "12 civilian
    // deaths"): "seized three motorbikes, no casualties reported" gives no 3
    static const Set nouns = {"casualties", "casualty", "fatalities", "fatality", "deaths"};
    if (scan_backward(w, first, k, f, in(nouns, w[k]) ? 4 : 14)) push(k, f);
    // the victims listed as the subject of a passive death ("X and Y were killed")
    Fatality subject;
    if (violent < k + 1 && victims_before_verb(lx, w, first, n == "dead" ? k - 1 : violent, subject))
        push(k, subject);
    // also when a number came before: it may be a date's ("2016 Child killed"), which
    // the caller drops; the larger figure wins otherwise ("two women and a child")
    Fatality one;
    // (only words of a violent death: "a worker died after being electrocuted" is no
    // violence, and a count would make it an incident)
    if (violent < k + 1 && single_victim(w, first, violent, one)) push(k, one);
}

// The counts the killing word at k (its flags `kill`) gives.
void CountScan::at_kill_word(std::size_t k, unsigned kill) {
    const std::string_view n = w[k].norm;
    if (kill & kill_toll) return toll(k);
    bool fwd = (kill & kill_forward) != 0;
    bool bwd = (kill & kill_backward) != 0;
    if ((kill & kill_lost) && k + 2 < last && w[k + 2].norm == "lives") bwd = true;
    if (!fwd && !bwd) return;
    bool passive = passive_at(k, n);
    if (no_count_here(k, n)) return;
    std::size_t violent = violent_death_at(w, first, k);
    if (n == "dead" && violent == k && k >= first + 2 && in(passive_aux(), w[k - 2])) passive = true;
    Fatality f;
    if (ahead(k, n, fwd, passive, violent, f)) return;
    if (n == "death" && k > first + 1 && w[k - 1].norm == "to") bwd = true; // "beaten to death"
    // "killing a civilian", "shot dead an officer", "assassinated a councillor"
    if (!passive && active_kill(k, n, violent) && single_victim_after(w, k, last, f)) return push(k, f);
    if (bwd) backward(k, n, violent, f);
}

} // namespace

std::vector<Fatality> find_counts(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t last) {
    CountScan scan{lx, w, first, last, {}, last};
    if (std::size_t z = no_deaths(w, first, last); z < last) {
        Fatality none;
        none.count = 0;
        none.word = z;
        scan.out.push_back(none);
    }
    for (std::size_t k = first; k < last; ++k) {
        if (w[k].punct) continue;
        const std::string_view n = w[k].norm;
        if (const unsigned* kill = kill_words().find(n, w[k].norm.hash())) scan.at_kill_word(k, *kill);
    }
    return std::move(scan.out);
}

} // namespace gt::events::detail
