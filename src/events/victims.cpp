#include "events/victims.hpp"


namespace gt::events {

namespace {

bool is(const Lexicon& lx, VictimRole role, const Word& w) { return lx.victim_word(w, role); }

/// A form of "be" or "have" that opens a clause's verb ("were killed", "have died").
bool is_verb_of_subject(const Word& x) {
    const std::string_view n = x.norm;
    return n == "were" || n == "was" || n == "are" || n == "is" || n == "have" || n == "has" || n == "had";
}

bool plural(const Lexicon& lx, const Word& head) {
    if (is(lx, victim_plural, head)) return true;
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
std::size_t phrase_end(const Lexicon& lx, const std::vector<Word>& w, std::size_t i, std::size_t last, std::size_t& head) {
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
        if (is(lx, victim_end, w[j])) break;
        if (w[j].norm == "of") after_of = true;
        else if (!after_of && !w[j].punct) head = j;
        ++j;
        ++words;
    }
    return j;
}

Item item_at(const Lexicon& lx, const std::vector<Word>& w, std::size_t i, std::size_t last) {
    Item it;
    bool between = false;
    for (int k = 0; i < last && k < 3 && is(lx, victim_modifier, w[i]) && w[i].norm != "another"; ++k) ++i;
    if (i >= last) return it;
    if (w[i].norm == "between") between = true;
    if (between) return it;
    const std::string_view n = w[i].norm;
    std::size_t nx = 0;
    if (long v = parse_number(w, i, nx); v >= 0 && !w[i].decimals) {
        if (v >= 1900 && v <= 2100) return it; // a year
        if (nx < last && (is(lx, victim_thing, w[nx]) || w[nx].norm == "-" || w[nx].norm == "%")) return it;
        std::size_t head = nx;
        it.end = phrase_end(lx, w, nx, last, head);
        // a count with no noun after it ("killing 3" at the end of the sentence) is its own
        // head: not the word at `last`, outside the list (past the text's last word, found by
        // fuzz_pipeline)
        it.head = it.end > nx ? head : i;
        it.value = v;
        return it;
    }
    if (n == "him" || n == "he" || n == "she" || (n == "her" && !(i + 1 < last && !w[i + 1].punct &&
                                                                  !is(lx, victim_end, w[i + 1])))) {
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
            Item inner = item_at(lx, w, b, last);
            return inner;
        }
        std::size_t head = b;
        std::size_t e = phrase_end(lx, w, b, last, head);
        if (e == b || w[head].number) return it;
        if (is(lx, victim_thing, w[head])) return it;
        if (value == -2) value = plural(lx, w[head]) ? -1 : 1;
        if (value < 0) return it;
        it.value = value;
        it.end = e;
        it.head = head;
        return it;
    }
    // a proper name: capitalised words ("Mohammad Afzal", "Tabish")
    if (w[i].capitalised && !w[i].all_caps && !is(lx, victim_end, w[i])) {
        std::size_t j = i;
        while (j < last && j < i + 5 && (w[j].capitalised || w[j].all_caps) && !w[j].punct &&
               !is(lx, victim_end, w[j]) && !is(lx, victim_hurt, w[j]))
            ++j;
        // "Assailants were killed": a plural opening the sentence is no name
        if (j == i + 1 && plural(lx, w[i])) return it;
        if (j < last && !w[j].punct && !is(lx, victim_end, w[j]) && w[j].norm != "s") return it;
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

VictimList victims_from(const Lexicon& lx, const std::vector<Word>& w, std::size_t begin, std::size_t last) {
    VictimList out;
    out.begin = out.end = begin;
    std::size_t i = begin;
    long total = 0, pending = 0;
    bool wide = false, first = true, after_comma = false;
    Item prev;
    for (int items = 0; i < last && items < 8; ++items) {
        Item it = item_at(lx, w, i, last);
        if (it.value < 0) break;
        // "killed 9 civilians injured": a count of the wounded
        if (it.end < last && is(lx, victim_hurt, w[it.end])) break;
        // "killing 4 villagers, and 2 of the attackers were also killed": an item followed by a
        // verb of its own is the subject of the next clause, not one more object
        if (!first && it.end < last && is_verb_of_subject(w[it.end])) break;
        bool part = !first && wide && is(lx, victim_part, w[it.head]);
        if (first) wide = is(lx, victim_group, w[it.head]);
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

VictimList victims_before(const Lexicon& lx, const std::vector<Word>& w, std::size_t first, std::size_t end) {
    VictimList none;
    // the candidate starts, from the latest: after a clause boundary or a comma
    std::size_t lo = end > first + 30 ? end - 30 : first;
    std::size_t best_start = end;
    VictimList best;
    for (std::size_t s = end; s-- > lo;) {
        bool start = s == first || (s > first && (w[s - 1].norm == "," || is(lx, victim_boundary, w[s - 1]) ||
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
        VictimList v = victims_from(lx, w, s, end);
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
