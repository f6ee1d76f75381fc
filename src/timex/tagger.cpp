// The driver: tokenizes once, tries the rule families at each trigger token, keeps the
// longest match, and extends it over prefixes that belong to it ("the", "early", "the end
// of", "nearly", "more than").
#include "timex/tagger.hpp"

#include "timex/scan.hpp"

#include <cstdlib>
#include <deque>
#include <exception>
#include <string>

namespace gt::timex {

namespace {

using Rule = bool (*)(const Ctx&, std::size_t, Match&);
constexpr Rule rules[] = {match_numeric, match_time, match_calendar, match_year, match_duration, match_relative};

bool trigger(const Ctx& c, std::size_t i) {
    const Token& t = c.at(i);
    if (t.kind == Kind::Num) return true;
    if (t.kind == Kind::Word) return t.lex() != nullptr && t.lex()->core;
    return t.punct == '\'';
}

bool prefix_word(const Ctx& c, std::size_t i) {
    const Token& t = c.at(i);
    return t.kind == Kind::Word && t.lex() && t.lex()->prefix;
}

bool best_at(const Ctx& c, std::size_t i, Match& best) {
    if (i >= c.size() || !trigger(c, i)) return false;
    bool found = false;
    for (Rule r : rules) {
        Match m;
        bool ok = false;
        try {
            ok = r(c, i, m);
        } catch (const std::exception&) {
            ok = false; // calendar arithmetic out of range ("100000 days ago"): no expression
        }
        if (ok && m.last > i && (!found || m.last > best.last)) {
            best = std::move(m);
            found = true;
        }
    }
    return found;
}

// Prefix words: the; early/mid/late/earlier/later; the end/beginning/start/middle of;
// approximators (about, nearly, more than, at least, up to, no more than).
bool with_prefix(const Ctx& c, std::size_t i, Match& out) {
    std::size_t j = i;
    bool has_the = false, has_mod = false, has_approx = false;
    for (int n = 0; n < 5 && j < c.size(); ++n) {
        std::string_view w = c.low(j);
        std::uint32_t f = c.flags(j);
        if (f & L_THE) {
            has_the = true;
            ++j;
        } else if ((w == "end" || w == "beginning" || w == "start" || w == "middle" || w == "turn") && c.is(j + 1, "of")) {
            has_mod = true;
            j += 2;
        } else if (w == "early" || w == "mid" || w == "late" || w == "earlier" || w == "later" ||
                   w == "middle") {
            has_mod = true;
            ++j;
            if (c.is_punct(j, '-') && c.glued(j)) ++j;
        } else if ((w == "at" && (c.is(j + 1, "least") || c.is(j + 1, "most"))) ||
                   ((w == "more" || w == "less" || w == "fewer") && c.is(j + 1, "than")) ||
                   (w == "up" && c.is(j + 1, "to"))) {
            has_approx = true;
            j += 2;
        } else if ((w == "no" || w == "not") && (c.is(j + 1, "more") || c.is(j + 1, "less")) && c.is(j + 2, "than")) {
            has_approx = true;
            j += 3;
        } else if ((f & L_APPROX) && !(w == "some" && c.is(j + 1, "time"))) {
            has_approx = true;
            ++j;
        } else {
            break;
        }
    }
    if (j == i) return false;
    Match m;
    if (!best_at(c, j, m)) return false;
    bool date_like = m.type == TimexType::Date || m.type == TimexType::Time;
    if (has_mod && !date_like) return false;
    if (has_approx && !(m.approx_ok || m.type == TimexType::Duration)) return false;
    if (has_the && !has_mod && !m.the_ok) return false;
    if (has_mod && has_the && c.is(i, "the") == false && !m.the_ok) {
        // "early the year" is no phrase; "the end of the year" is
    }
    m.first = i;
    out = std::move(m);
    return true;
}

// "26 July Street", "the 6th of October Bridge", "14 February Square": a capitalised name word
// of a street, place or body right after the expression makes it part of a name, not a date.
bool names_a_place(const Ctx& c, std::size_t after) {
    static const std::string_view heads[] = {
        "street", "st", "road", "avenue", "boulevard", "square", "bridge", "highway", "stadium",
        "camp", "district", "neighbourhood", "neighborhood", "city", "mosque", "hospital", "school",
        "university", "movement", "brigade", "brigades", "battalion", "front", "party", "coalition",
        "revolution", "airport", "port", "park", "market", "circle", "roundabout", "hall", "club"};
    if (after >= c.size() || c.at(after).kind != Kind::Word || !c.at(after).cap) return false;
    std::string_view w = c.low(after);
    for (auto h : heads)
        if (w == h) return true;
    return false;
}

} // namespace

namespace {

/// The time expressions of the text, in the order found.
std::deque<TimeExpr> tag_all(std::string_view text, const Dct& dct) {
    Ctx c(text, dct);
    std::deque<TimeExpr> out;
    for (std::size_t i = 0; i < c.size(); ++i) {
        bool core = trigger(c, i), pref = prefix_word(c, i);
        if (!core && !pref) continue;
        Match best;
        bool found = core && best_at(c, i, best);
        Match pre;
        if (pref && with_prefix(c, i, pre) && (!found || pre.last >= best.last)) {
            best = std::move(pre);
            found = true;
        }
        if (!found) continue;
        if (best.type == TimexType::Date && names_a_place(c, best.last)) {
            i = best.last - 1;
            continue;
        }
        TimeExpr te;
        te.begin = best.byte_begin != SIZE_MAX ? best.byte_begin : c.at(best.first).b;
        te.end = best.byte_end != SIZE_MAX ? best.byte_end : c.at(best.last - 1).e;
        // (the thread's shared values: the few days and phrases of a document held once)
        te.text = shared_vocab(text.substr(te.begin, te.end - te.begin));
        te.type = best.type;
        te.value = shared_vocab(best.value);
        te.granularity = best.gran;
        te.relative = best.relative;
        out.push_back(std::move(te));
        c.range_end = SIZE_MAX;
        // a day range continues: "September 5-7", "5 to 7 September"
        if (best.gran == Granularity::Day) {
            std::string_view v = out.back().value;
            auto digit = [&](std::size_t k) { return k < v.size() && v[k] >= '0' && v[k] <= '9'; };
            if (v.size() >= 10 && digit(5) && digit(6)) {
                c.range_end = best.last;
                c.range_y = digit(0) ? (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0') : -1;
                c.range_m = (v[5] - '0') * 10 + (v[6] - '0');
            }
        }
        if (best.gran == Granularity::Quarter && best.focus) {
            std::string_view v = out.back().value;
            if (v.size() == 7 && v[5] == 'Q' && v[0] != 'X' && v[6] >= '1' && v[6] <= '4') {
                c.focus_qy = std::atoi(std::string(v.substr(0, 4)).c_str());
                c.focus_q = v[6] - '0';
            }
        }
        i = best.last - 1;
    }
    return out;
}

} // namespace

std::vector<TimeExpr> tag(std::string_view text, const Dct& dct) {
    // Found into a deque (a doubling vector held up to 1.5 times their number beside the
    // tagger's tokens: issue #15); held through the event rules and in the result in a block
    // of their number, made once the tokens are freed, each record leaving the deque as it goes.
    std::deque<TimeExpr> found = tag_all(text, dct);
    std::vector<TimeExpr> out;
    out.reserve(found.size());
    while (!found.empty()) {
        out.push_back(std::move(found.front()));
        found.pop_front();
    }
    return out;
}

} // namespace gt::timex
