#include "events/victims.hpp"

#include "text/word_set.hpp"

namespace gt::events {

namespace {

using Set = text::WordSet;

// Words before a count that leave it whole: "at least 3", "more than 20".
const Set& count_modifiers() {
    static const Set s = {"at", "least", "more", "than", "over", "nearly", "about", "around", "some",
                          "almost", "approximately", "roughly", "estimated", "another", "further", "additional"};
    return s;
}

// Where a noun phrase of victims ends: a preposition, a conjunction of clauses, a verb.
const Set& phrase_enders() {
    static const Set s = {"in",     "at",     "on",     "near",   "after",   "while",   "during", "when",
                          "with",   "by",     "along",  "from",   "as",      "who",     "which",  "that",
                          "whom",   "were",   "was",    "are",    "is",      "had",     "have",   "has",
                          "been",   "being",  "killed", "wounded", "injured", "died",   "dead",   "before",
                          "inside", "outside", "into",  "to",     "for",     "under",   "since",  "but",
                          "or",     "then",   "and",    "later",  "also",    "among",   "across", "between",
                          "reportedly", "allegedly", "there", "following", "amid", "over", "without"};
    return s;
}

// Counted things that are no people: "killed 12 cows", "40 km".
const Set& not_people() {
    static const Set s = {"km",      "kilometers", "kilometres", "miles", "meters", "metres", "percent",
                          "years",   "year",       "months",     "days",  "hours",  "times",  "cows",
                          "cattle",  "goats",      "sheep",      "camels", "livestock", "animals", "donkeys",
                          "horses",  "dogs",       "chickens",   "head", "vehicles", "houses", "homes",
                          "rockets", "shells",     "motorbikes", "tons", "dollars", "per", "cent", "pct"};
    return s;
}

// Plural nouns without a final -s.
const Set& plural_nouns() {
    static const Set s = {"men", "women", "people", "children", "police", "personnel", "staff", "militia",
                          "gunmen", "policemen", "militiamen", "servicemen", "herdsmen", "fishermen",
                          "tribesmen", "kinsmen", "youth", "others", "family"};
    return s;
}

// A group counted first that holds the ones named after it ("16 civilians and three children").
const Set& wide_groups() {
    static const Set s = {"civilians", "people", "persons", "residents", "villagers"};
    return s;
}

const Set& civilian_parts() {
    static const Set s = {"children", "child", "women", "woman", "boys", "boy", "girls", "girl", "babies",
                          "baby", "infants", "elderly", "men", "man"};
    return s;
}

const Set& wounded() {
    static const Set s = {"wounded", "injured", "hurt", "missing", "abducted", "kidnapped", "arrested", "detained"};
    return s;
}

bool plural(const Word& head) {
    if (in(plural_nouns(), head)) return true;
    const std::string_view n = head.norm;
    return n.size() > 3 && n.back() == 's' && n[n.size() - 2] != 's' && n[n.size() - 2] != 'u';
}

struct Item {
    long value = -1;          // -1: not a list item
    std::size_t end = 0;      // the word after it
    std::size_t head = 0;     // its last noun
    bool name = false;        // a proper name ("Mohammad Afzal")
};

/// The end of a noun phrase from i: up to an ender, a punctuation mark (a parenthesis is
/// skipped: "(NDS)") or 8 words; "of" stays inside ("the director of the agency").
std::size_t phrase_end(const std::vector<Word>& w, std::size_t i, std::size_t last, std::size_t& head) {
    std::size_t j = i, words = 0;
    bool after_of = false;
    head = i;
    while (j < last && words < 8) {
        if (w[j].norm == "(") {
            while (j < last && w[j].norm != ")") ++j;
            if (j < last) ++j;
            continue;
        }
        if (w[j].punct && w[j].norm != "-" && w[j].norm != "'") break;
        if (in(phrase_enders(), w[j])) break;
        if (w[j].norm == "of") after_of = true;
        else if (!after_of && !w[j].punct) head = j;
        ++j;
        ++words;
    }
    return j;
}

Item item_at(const std::vector<Word>& w, std::size_t i, std::size_t last) {
    Item it;
    bool between = false;
    for (int k = 0; i < last && k < 3 && in(count_modifiers(), w[i]) && w[i].norm != "another"; ++k) ++i;
    if (i >= last) return it;
    if (w[i].norm == "between") between = true;
    if (between) return it;
    const std::string_view n = w[i].norm;
    std::size_t nx = 0;
    if (long v = parse_number(w, i, nx); v >= 0 && !w[i].decimals) {
        if (v >= 1900 && v <= 2100) return it; // a year
        if (nx < last && (in(not_people(), w[nx]) || w[nx].norm == "-" || w[nx].norm == "%")) return it;
        std::size_t head = nx;
        it.end = phrase_end(w, nx, last, head);
        it.head = head;
        it.value = v;
        return it;
    }
    if (n == "him" || n == "he" || n == "she" || (n == "her" && !(i + 1 < last && !w[i + 1].punct &&
                                                                  !in(phrase_enders(), w[i + 1])))) {
        it.value = 1;
        it.end = i + 1;
        it.head = i;
        return it;
    }
    long value = 0;
    if (n == "a" || n == "an" || n == "one" || n == "another") value = 1;
    else if (n == "both") value = 2;
    else if (n == "the" || n == "his" || n == "her" || n == "its") value = -2; // 1 when singular
    if (value != 0) {
        std::size_t b = i + 1;
        if (value == -2 && b < last && parse_number(w, b, nx) >= 0) { // "his two sons"
            Item inner = item_at(w, b, last);
            return inner;
        }
        std::size_t head = b;
        std::size_t e = phrase_end(w, b, last, head);
        if (e == b || w[head].number) return it;
        if (in(not_people(), w[head])) return it;
        if (value == -2) value = plural(w[head]) ? -1 : 1;
        if (value < 0) return it;
        it.value = value;
        it.end = e;
        it.head = head;
        return it;
    }
    // a proper name: capitalised words ("Mohammad Afzal", "Tabish")
    if (w[i].capitalised && !w[i].all_caps && !in(phrase_enders(), w[i])) {
        std::size_t j = i;
        while (j < last && j < i + 5 && (w[j].capitalised || w[j].all_caps) && !w[j].punct &&
               !in(phrase_enders(), w[j]) && !in(wounded(), w[j]))
            ++j;
        // "Assailants were killed": a plural opening the sentence is no name
        if (j == i + 1 && plural(w[i])) return it;
        if (j < last && !w[j].punct && !in(phrase_enders(), w[j]) && w[j].norm != "s") return it;
        it.value = 1;
        it.end = j;
        it.head = j - 1;
        it.name = true;
    }
    return it;
}

/// Past an aside opened by a comma at i ("including ...", an apposition): the word after the
/// comma that closes it, or `last` when it runs on.
std::size_t past_aside(const std::vector<Word>& w, std::size_t i, std::size_t last) {
    std::size_t j = i + 1;
    while (j < last && w[j].norm != "," && !(w[j].punct && (w[j].norm == "." || w[j].norm == ";"))) ++j;
    return j < last && w[j].norm == "," ? j + 1 : last;
}

} // namespace

VictimList victims_from(const std::vector<Word>& w, std::size_t begin, std::size_t last) {
    VictimList out;
    out.begin = out.end = begin;
    std::size_t i = begin;
    long total = 0, pending = 0;
    bool wide = false, first = true, after_comma = false;
    Item prev;
    for (int items = 0; i < last && items < 8; ++items) {
        Item it = item_at(w, i, last);
        if (it.value < 0) break;
        // "killed 9 civilians injured": a count of the wounded
        if (it.end < last && in(wounded(), w[it.end])) break;
        bool part = !first && wide && in(civilian_parts(), w[it.head]);
        if (first) wide = in(wide_groups(), w[it.head]);
        // an item after a comma counts once an "and" closes the list ("A, B and C"): "killed
        // 50 people, a monitor said" names no second victim
        if (!part) (after_comma ? pending : total) += it.value;
        first = false;
        prev = it;
        i = it.end;
        out.end = i;
        if (i >= last) break;
        if (w[i].norm == "and") {
            total += pending;
            pending = 0;
            after_comma = false;
            ++i;
            continue;
        }
        if (w[i].norm != ",") break;
        std::size_t c = i;
        // ", including ...,": the parts of the count before; ", a teacher,": who the name was
        while (c < last && w[c].norm == ",") {
            std::size_t nx = c + 1;
            if (nx >= last) break;
            const std::string_view x = w[nx].norm;
            bool aside = x == "including" || x == "among" ||
                         (prev.name && (x == "a" || x == "an" || x == "the" || x == "identified"));
            if (!aside) break;
            std::size_t after = past_aside(w, c, last);
            if (after >= last) {
                c = last;
                break;
            }
            out.end = after - 1; // the closing comma ends the list if nothing follows
            c = after - 1;
            if (w[after].norm != "," && w[after].norm != "and") {
                c = after;
                break;
            }
            if (w[after].norm == "and") {
                c = after;
                break;
            }
        }
        if (c >= last) break;
        if (w[c].norm == "and") {
            total += pending;
            pending = 0;
            after_comma = false;
            i = c + 1;
            continue;
        }
        if (w[c].norm == ",") {
            i = c + 1;
            after_comma = true;
            if (i < last && w[i].norm == "and") {
                ++i;
                total += pending;
                pending = 0;
                after_comma = false;
            }
            continue;
        }
        // the aside closed right before the verb: the list ends there
        out.end = c;
        break;
    }
    if (total > 0) out.count = total;
    return out;
}

VictimList victims_before(const std::vector<Word>& w, std::size_t first, std::size_t end) {
    static const Set boundaries = {"while", "whereas", "when", "after", "but", "as", "where", "which",
                                   "that", "who", "whom", "killed", "wounded", "injured", "died", "and"};
    VictimList none;
    // the candidate starts, from the latest: after a clause boundary or a comma
    std::size_t lo = end > first + 30 ? end - 30 : first;
    std::size_t best_start = end;
    VictimList best;
    for (std::size_t s = end; s-- > lo;) {
        bool start = s == first || (s > first && (w[s - 1].norm == "," || in(boundaries, w[s - 1]) ||
                                                  (w[s - 1].punct && w[s - 1].norm != "-" && w[s - 1].norm != "'")));
        if (!start) continue;
        // "between 7 and 9 people": a range, read from its first number
        bool range = false;
        for (std::size_t b = s; b > first && s - b < 4;) {
            --b;
            if (w[b].norm == "between") range = true;
        }
        if (range) continue;
        if (s > first && (w[s - 1].norm == "." || w[s - 1].norm == ";" || w[s - 1].norm == ":")) lo = s;
        VictimList v = victims_from(w, s, end);
        std::size_t e = v.end;
        if (v.count > 0 && (e == end || (e + 1 == end && w[e].norm == ","))) {
            best = v;
            best_start = s;
        }
        if (s == lo) break;
        if (s > first && (w[s - 1].norm == "killed" || w[s - 1].norm == "wounded" || w[s - 1].norm == "injured" ||
                          w[s - 1].norm == "died"))
            break;
    }
    if (best_start == end) return none;
    best.begin = best_start;
    return best;
}

} // namespace gt::events
