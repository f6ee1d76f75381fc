// Quantities and days of the month, in digits or words.
#include "timex/scan.hpp"

namespace gt::timex {

namespace {

// A cardinal in words at i: "twenty-four", "twenty four", "a hundred", "one hundred twenty".
std::size_t number_words(const Ctx& c, std::size_t i, double& v) {
    const Lex* l = c.lex(i);
    if (!l || l->number < 0) return i;
    double total = l->number;
    std::size_t j = i + 1;
    if (l->number >= 20 && l->number < 100 && l->number % 10 == 0) {
        std::size_t k = c.is_punct(j, '-') && c.glued(j) && c.glued(j + 1) ? j + 1 : j;
        const Lex* l2 = c.lex(k);
        if (l2 && l2->number > 0 && l2->number < 10) {
            total += l2->number;
            j = k + 1;
        }
    }
    if (c.lex(j) && (c.lex(j)->number == 100 || c.lex(j)->number == 1000) && total < 100) {
        total *= c.lex(j)->number;
        ++j;
    }
    v = total;
    return j;
}

} // namespace

std::size_t parse_quantity(const Ctx& c, std::size_t i, double& value, bool allow_article) {
    if (i >= c.size()) return i;
    const Token& t = c.at(i);
    if (t.kind == Kind::Num) {
        if (t.ndig > 6) return i;
        double v = static_cast<double>(t.num());
        std::size_t j = i + 1;
        // 1.5, 2,000 (not "1,2")
        if (c.is_punct(j, '.') && c.glued(j) && c.is_num(j + 1) && c.glued(j + 1)) {
            double frac = static_cast<double>(c.at(j + 1).num());
            for (int k = 0; k < c.at(j + 1).ndig; ++k) frac /= 10;
            v += frac;
            j += 2;
        } else if (c.is_num(j) && c.at(j).num() == 1 && c.is_punct(j + 1, '/') && c.is_num(j + 2) &&
                   c.at(j + 2).num() == 2) {
            v += 0.5; // 2 1/2
            j += 3;
        }
        if (c.is(j, "and") && c.is(j + 1, "a") && c.is(j + 2, "half")) {
            v += 0.5;
            j += 3;
        }
        value = v;
        return j;
    }
    if (t.kind != Kind::Word) return i;
    std::string_view w = c.low(i);
    if (w == "a" || w == "an") {
        if (!allow_article) return i;
        if (c.is(i + 1, "couple") && c.is(i + 2, "of")) {
            value = 2;
            return i + 3;
        }
        if (c.is(i + 1, "few")) {
            value = -1;
            return i + 2;
        }
        if (c.is(i + 1, "dozen")) {
            value = 12;
            return i + 2;
        }
        if (c.is(i + 1, "half") || c.is(i + 1, "hundred") || c.is(i + 1, "thousand")) {
            double v = c.is(i + 1, "half") ? 0.5 : (c.is(i + 1, "hundred") ? 100 : 1000);
            value = v;
            return i + 2;
        }
        std::size_t j = i + 1;
        if (c.is(j, "and") && c.is(j + 1, "a") && c.is(j + 2, "half")) {
            value = 1.5;
            return j + 3;
        }
        value = 1;
        return j;
    }
    if (w == "half") {
        if (c.is(i + 1, "a") || c.is(i + 1, "an")) {
            value = 0.5;
            return i + 2;
        }
        return i;
    }
    if (c.flags(i) & L_FUZZY_NUM) {
        if (w == "recent") return i;
        if (w == "couple") { // "the next couple of years"
            if (!c.is(i + 1, "of")) return i;
            value = 2;
            return i + 2;
        }
        value = -1;
        return i + 1;
    }
    double v = 0;
    std::size_t j = number_words(c, i, v);
    if (j == i) return i;
    if (c.is(j, "and") && c.is(j + 1, "a") && c.is(j + 2, "half")) {
        v += 0.5;
        j += 3;
    }
    value = v;
    return j;
}

std::size_t parse_day(const Ctx& c, std::size_t i, int& day) {
    if (i >= c.size()) return 0;
    const Token& t = c.at(i);
    if (t.kind == Kind::Num) {
        if (t.ndig > 2 || t.num() < 1 || t.num() > 31) return 0;
        day = static_cast<int>(t.num());
        std::size_t j = i + 1;
        if (j < c.size() && c.glued(j)) {
            std::string_view s = c.low(j);
            if (s == "st" || s == "nd" || s == "rd" || s == "th") ++j;
            else if (c.at(j).kind == Kind::Word) return 0; // "5km"
        }
        return j;
    }
    const Lex* l = t.lex();
    if (!l) return 0;
    if (l->ordinal > 0) {
        day = l->ordinal;
        return i + 1;
    }
    // twenty-first, thirty first
    if (l->number == 20 || l->number == 30) {
        std::size_t k = c.is_punct(i + 1, '-') ? i + 2 : i + 1;
        const Lex* l2 = c.lex(k);
        if (l2 && l2->ordinal > 0 && l2->ordinal < 10 && l->number + l2->ordinal <= 31) {
            day = l->number + l2->ordinal;
            return k + 1;
        }
    }
    return 0;
}

} // namespace gt::timex
