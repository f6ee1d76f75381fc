#include "events/fatalities.hpp"

#include "events/counts.hpp"

#include "text/word_map.hpp"
#include "text/word_set.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace gt::events {

namespace {

using Set = text::WordSet;

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

const Set& not_casualty_after() {
    static const Set s = {"km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "mi",
                          "m", "meters", "metres", "percent", "per", "year", "years", "month", "months",
                          "day", "days", "hour", "hours", "minutes", "weeks", "week", "am", "pm", "gmt",
                          "st", "nd", "rd", "th", "times", "tons", "kg", "mm", "dollars", "usd",
                          // animals are no casualties ("killed 12 cows")
                          "cows", "cattle", "goats", "sheep", "camels", "livestock", "animals",
                          "donkeys", "horses", "dogs", "chickens", "head", "cats", "pets", "camel", "cow",
                          "dog", "horse", "cat", "pet",
                          // a number of occasions ("In one case, a dog died", "in two instances")
                          "case", "cases", "instance", "instances", "occasion", "occasions"};
    return s;
}

bool is_year_like(long v, const std::vector<Word>& w, std::size_t next, std::size_t last) {
    if (v < 1900 || v > 2100) return false;
    return next >= last || !in(victim_words(), w[next]);
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

namespace detail {

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

namespace {

/// ACLED's value of a vague plural of a unit (the unit itself: its most conservative reading).
long vague_unit(std::string_view n) {
    if (n == "tens") return 10;
    if (n == "dozens") return 12;
    if (n == "scores") return 20;
    if (n == "hundreds") return 100;
    if (n == "thousands") return 1000;
    return -1;
}

} // namespace

long count_value(const std::vector<Word>& w, std::size_t i, std::size_t& next) {
    bool vague = false;
    return count_value(w, i, next, vague);
}

long count_value(const std::vector<Word>& w, std::size_t i, std::size_t& next, bool& vague) {
    vague = false;
    long v = parse_number(w, i, next);
    if (v >= 0 || i >= w.size()) return v;
    v = vague_unit(w[i].norm);
    if (v < 0) return -1;
    vague = true;
    next = i + 1;
    // "tens of thousands", "hundreds of thousands": the one unit times the other
    if (next + 1 < w.size() && w[next].norm == "of" && vague_unit(w[next + 1].norm) > v) {
        v *= vague_unit(w[next + 1].norm);
        next += 2;
    }
    // "dozens of people": the count's noun follows "of"
    if (next + 1 < w.size() && w[next].norm == "of" && !w[next + 1].punct) ++next;
    return v;
}

/// A casualty number at i: sets f and returns true when the words after it do not make it a
/// distance, an age, a date or a count of wounded.
bool number_at(const std::vector<Word>& w, std::size_t i, std::size_t last, Fatality& f, bool allow_sum) {
    std::size_t next = 0;
    bool vague = false;
    long v = count_value(w, i, next, vague);
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
    f.vague = vague;
    f.civilians = false;
    for (std::size_t j = next; j < last && j < next + 3 && !w[j].punct; ++j)
        if (in(unarmed_words(), w[j])) f.civilians = true;
    if (!allow_sum) return true;
    // "10 civilians and 5 fighters": the sum (not after "between").
    for (std::size_t j = next; j < last && j < next + 3; ++j) {
        if (w[j].punct) break;
        if (w[j].norm == "and" && j + 1 < last) {
            std::size_t n2 = 0;
            long m = count_value(w, j + 1, n2);
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
                if (x.norm == "lives" && !(j + 2 < last && w[j + 1].stem() == "be" && w[j + 2].norm == "lost"))
                    break;
                return j;
            }
            if (!in(negation_fillers(), x) && !(person && (x.norm == "was" || x.norm == "were"))) break;
        }
    }
    return last;
}

} // namespace detail

using namespace detail;

std::vector<Fatality> find_fatalities(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t last) {
    std::size_t at = 0;
    if (long total = stated_total(w, first, last, at); total >= 0) {
        Fatality f;
        f.count = total;
        f.word = at;
        f.total = true;
        return {f};
    }
    std::vector<Fatality> out = find_counts(lx, w, first, last);
    if (long extra = perpetrators_besides(w, first, last); extra > 0)
        for (auto& f : out)
            if (f.count >= 0) f.count += extra;
    return out;
}

std::vector<Fatality> find_fatalities(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t last,
                                      const std::vector<TimeExpr>& timexes) {
    auto fats = find_fatalities(lx, w, first, last);
    if (fats.empty() || timexes.empty()) return fats;
    std::erase_if(fats, [&](const Fatality& f) {
        const Word& n = w[f.word];
        auto it = std::upper_bound(timexes.begin(), timexes.end(), n.begin,
                                   [](std::size_t b, const TimeExpr& t) { return b < t.begin; });
        if (it == timexes.begin()) return false;
        const TimeExpr& t = *std::prev(it);
        // (a word's offsets are its token's: "23-04-2016" is one token of three words)
        return t.begin <= n.begin && n.end() <= t.end && t.end - t.begin > n.norm.size();
    });
    return fats;
}

bool may_count_deaths(const Word& w) {
    return !w.punct && kill_words().find(w.norm, w.norm.hash()) != nullptr;
}

bool mentions_killing(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k)
        if (in(backward_kill(), w[k]) || w[k].norm == "kill" || w[k].norm == "kills" || w[k].norm == "killing")
            return true;
    return false;
}

} // namespace gt::events
