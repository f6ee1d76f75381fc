// Sentence and clause helpers of the event finder (see clauses.hpp).
#include "events/clauses.hpp"

#include "core/acled.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>

namespace gt::events::detail {

bool is_country(const PlaceMention& p) {
    return p.feature.rfind("A.PCL", 0) == 0 || p.id.rfind("country:", 0) == 0;
}

bool is_violent(const std::string& type) { return acled::is_violent(type); }

const text::WordSet& clause_words() {
    static const text::WordSet s = {"after", "before", "when", "while", "which", "who",
                                                           "following", "since", "but", "whereas", "where"};
    return s;
}

const text::WordSet& place_prepositions() {
    static const text::WordSet s = {"in", "near", "at", "outside", "around", "into",
                                                           "of", "on", "inside", "across", "targeting",
                                                           "targeted", "hit", "struck", "from", "to"};
    return s;
}

const text::WordSet& metonymy_words() {
    static const text::WordSet s = {
        "forces", "government", "regime", "troops", "ally", "allies", "authorities", "officials", "backed",
        "led", "army", "military", "says", "said", "has", "had", "is", "was", "accused", "denied", "claimed"};
    return s;
}

bool clause_break(const Word& w) {
    if (w.punct) {
        const std::string_view p = w.norm;
        if (p.size() == 1)
            return p[0] == ',' || p[0] == ';' || p[0] == ':' || p[0] == '(' || p[0] == ')' ||
                   p[0] == '"';
        return p == "\xE2\x80\x94" || p == "\xE2\x80\x93"; // em and en dashes
    }
    static const text::WordSet& words = clause_words();
    return in(words, w);
}

bool credit_claimant(const SentenceContext& sc, Founds& out) {
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        EventReport& ev = it->event;
        if (!is_violent(ev.event_type)) continue;
        for (const auto* h : sc.actors)
            if (h->actor.inter != 7 && h->actor.inter != 6) {
                if (ev.actor1.name.empty() || ev.actor1.name.rfind("Unidentified Armed Group", 0) == 0)
                    ev.actor1 = h->actor;
                break;
            }
        return true;
    }
    return false;
}

bool qualifies_actor(const SentenceContext& sc, std::size_t begin, std::size_t end) {
    for (const auto* h : sc.actors)
        if (h->begin <= begin && end < h->end) return true;
    return false;
}

std::size_t word_at_byte(const std::vector<Word>& w, std::size_t first, std::size_t last, std::size_t byte) {
    // (words are by offset: the first word of [first, last) that ends after the byte)
    auto it = std::partition_point(w.begin() + static_cast<std::ptrdiff_t>(first), w.begin() + static_cast<std::ptrdiff_t>(last),
                                   [byte](const Word& x) { return x.end() <= byte; });
    if (it != w.begin() + static_cast<std::ptrdiff_t>(last)) return static_cast<std::size_t>(it - w.begin());
    return last ? last - 1 : 0;
}

namespace {

/// Background of the sentence (docs/events.md, "Date"): a date in a relative clause ("who had
/// been abducted in March 2015", "which began in 2011"), in past perfect ("had been seized in
/// May"), after "since", or the name of a period ("the 2015 campaign") tells what happened
/// before the incident, not when it happened. The answer for every word of the sentence, in
/// one pass (`out[at - first]`: is a date at word `at` background?).
void background_dates(const std::vector<Word>& w, std::size_t first, std::size_t last,
                      const std::vector<std::uint32_t>& clause, std::vector<char>& out) {
    // (past perfect in reported speech, "said militants had attacked the base on Monday",
    // is the incident's own tense: not background there)
    bool reported = false;
    for (std::size_t k = first; k < last && !reported; ++k) {
        const std::string_view n = w[k].norm;
        if (n.empty() || (n[0] != 's' && n[0] != 't' && n[0] != 'r' && n[0] != 'a')) continue;
        reported = n == "said" || n == "says" || n == "told" || n == "reported" || n == "according" || n == "announced";
    }
    out.assign(last - first, 0);
    // an aside in parentheses or brackets: "Around 30 May (between 29 - 31 May)", "[killed in
    // an ambush on July 6]". With depth(k) the opening minus the closing brackets before word k,
    // a word is inside an aside when an opening bracket before it has a smaller depth.
    long depth = 0, min_open = 0;
    bool any_open = false;
    // within the clause, the nearest word before: a killing (0) between the marker and the date
    // makes the date the killing's; "had" (not in reported speech), "who", "whose", "which",
    // "whom" (1) make it background; -1 none
    int marker = -1;
    std::size_t open = first; // the first word of the current clause
    for (std::size_t at = first; at < last; ++at) {
        if (at > first && clause[at - first] != clause[at - 1 - first]) {
            marker = -1;
            open = at;
        }
        bool bg = any_open && min_open < depth;
        if (at > first && (w[at - 1].norm == "since" || (at > first + 1 && w[at - 2].norm == "since"))) bg = true;
        if (!bg && marker >= 0) bg = marker == 1;
        else if (!bg && open > first) {
            // the clause opener is the break word itself ("who", "which" are clause breaks)
            const std::string_view b = w[open - 1].norm;
            bg = b == "who" || b == "which" || b == "whose";
        }
        out[at - first] = bg ? 1 : 0;
        if (may_count_deaths(w[at])) {
            marker = 0;
            continue;
        }
        const std::string_view n = w[at].norm;
        // (only words that open with one of these letters matter below)
        if (n.empty() || (n[0] != '(' && n[0] != '[' && n[0] != ')' && n[0] != ']' && n[0] != 'h' && n[0] != 'w'))
            continue;
        if (n == "(" || n == "[") {
            min_open = any_open ? std::min(min_open, depth) : depth;
            any_open = true;
            ++depth;
        } else if (n == ")" || n == "]") {
            --depth;
        }
        if ((n == "had" && !reported) || n == "who" || n == "whose" || n == "which" || n == "whom") marker = 1;
    }
}

/// The date of the report, not of the incident: "said on Wednesday", "told reporters Monday".
bool report_date(const std::vector<Word>& w, std::size_t first, std::size_t at) {
    for (std::size_t k = at, n = 0; k > first && n < 3; ++n) {
        --k;
        const std::string_view x = w[k].norm;
        if (x == "said" || x == "says" || x == "told" || x == "reported" || x == "announced" || x == "stated")
            return true;
        if (x != "on" && x != "late" && x != "early" && x != "reporters" && x != "journalists") return false;
    }
    return false;
}

/// A dateline's date opening the sentence ("ALEPPO, March 14, 2016 - ..."): a day date within
/// the first words, followed by a dash or an opening parenthesis.
bool dateline_date(const std::vector<Word>& w, std::size_t first, std::size_t last, std::size_t at,
                   const TimeExpr& tx) {
    if (tx.relative || tx.granularity != Granularity::Day || at > first + 5) return false;
    std::size_t k = at;
    while (k < last && w[k].end() <= tx.end) ++k;
    for (std::size_t j = k; j < last && j < k + 3; ++j) {
        const std::string_view n = w[j].norm;
        if (n == "-" || n == "\xE2\x80\x94" || n == "\xE2\x80\x93" || n == "(") return true;
        if (!w[j].capitalised && !w[j].all_caps && !w[j].punct) return false;
    }
    return false;
}

const char* const weekday_names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

/// A day the text gives relative to the report ("on Sunday", "yesterday"), resolved against
/// the DCT, re-resolved against the sentence's dateline day `anchor` (days) instead.
void resolve_against(const TimeExpr& tx, long dct_days, long anchor, EventDate& d) {
    long day = 0;
    if (!parse_iso_day(d.start, day)) return;
    std::string low;
    for (char ch : tx.text) low.push_back(static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch));
    bool weekday = false;
    for (const char* n : weekday_names)
        if (low.find(n) != std::string::npos) weekday = true;
    long moved = day + (anchor - dct_days);
    if (weekday) {
        auto wd = [](long z) { return ((z + 3) % 7 + 7) % 7; }; // 0 = Monday
        moved = anchor - (wd(anchor) - wd(day) + 7) % 7;
    }
    d.date = d.start = d.end = civil_from_days(moved);
}

/// A date that opens the sentence ("On 12 June, teachers staged a sit-in ...", "On Sunday,
/// ..."): the date of the sentence's main clause, the one that reports the event, even when a
/// comma sets it apart from the cue's clause; a date in a later clause of another verb ("an
/// accord signed in 2016") is then not closer to the event.
bool opening_date(const std::vector<Word>& w, std::size_t first, std::size_t at) {
    return at == first + 1 && w[first].norm == "on";
}

/// "Kidal, which was ... on March 14, was calm", "the town, which ..., remains closed": the
/// clause after relative clause `c` tells a state (remain, stay; be with no participle after
/// it: not "was shelled"), no event.
bool state_after(const SentenceContext& sc, std::size_t c) {
    static const text::WordSet stays = {"remain", "remains", "remained", "stay", "stays", "stayed"};
    static const text::WordSet be = {"is", "was", "are", "were"};
    static const text::WordSet done = {"hit", "shot", "struck", "held", "overrun", "killed"};
    const auto& w = sc.ws.words;
    std::size_t k = sc.first;
    while (k < sc.last && sc.clause[k - sc.first] <= c) ++k;
    while (k < sc.last && w[k].punct) ++k;
    if (k >= sc.last) return false;
    if (in(stays, w[k])) return true;
    if (!in(be, w[k]) || k + 1 >= sc.last) return false;
    const std::string_view n = w[k + 1].norm;
    return !n.ends_with("ed") && !n.ends_with("en") && !in(done, w[k + 1]);
}

/// "Kidal, which was retaken by the army on March 14, was calm on Monday": a date after the
/// cue in the cue's own relative clause (opened by who, which, whose) is that cue's date, not
/// background, when the main clause after it tells a state, no event of its own (state_after();
/// no other cue owns a clause: "rebels, who seized the town in 2015, attacked a post on
/// Monday") and the clause is no past perfect ("who had been abducted in March 2015, was
/// killed on Monday").
bool own_relative_date(const SentenceContext& sc, const CueHit& cue, int cue_index, std::size_t i) {
    const auto& w = sc.ws.words;
    const std::size_t c = sc.clause[i - sc.first];
    if (c != cue.clause || i < cue.end) return false;
    for (int owner : sc.clause_owner)
        if (owner >= 0 && owner != cue_index) return false;
    for (std::size_t k = sc.first; k < sc.last; ++k)
        if (sc.clause[k - sc.first] == c && w[k].norm == "had") return false;
    if (!state_after(sc, c)) return false;
    std::size_t open = cue.begin; // (a clause opens with its break word)
    while (open > sc.first && sc.clause[open - 1 - sc.first] == c) --open;
    const std::string_view b = w[open].norm;
    return open > sc.first && (b == "who" || b == "which" || b == "whose");
}

/// How well the time expression at word `i` (clause `c`) dates `cue`: its own clause or the
/// sentence's opening date first, a dateline's or a report's date and background dates last,
/// the nearer the better; false when another cue's clause holds it (the opening date too: "On
/// 6 May, activists held a stand with two men who had been detained 10 days ago").
bool timex_score(const SentenceContext& sc, const CueHit& cue, int cue_index, std::size_t i, bool dateline,
                 double& score) {
    const auto& w = sc.ws.words;
    std::size_t c = sc.clause[i - sc.first];
    int owner = sc.clause_owner[c];
    score = 0;
    if (c == cue.clause) score += 1.0;
    else if (owner >= 0 && owner != cue_index) return false;
    else if (opening_date(w, sc.first, i)) score += 1.0;
    // (a report's date loses to a date of the same clause, not to one of another clause:
    // "... June 18 2016 (caption) The death toll has risen to 82, the monitor said on Sunday")
    if (dateline) score -= 1.2;
    else if (report_date(w, sc.first, i)) score -= 0.6;
    else {
        if (sc.background.empty()) background_dates(w, sc.first, sc.last, sc.clause, sc.background);
        if (sc.background[i - sc.first] && !own_relative_date(sc, cue, cue_index, i)) score -= 1.5;
    }
    double dist = i >= cue.end ? static_cast<double>(i - cue.end) : static_cast<double>(cue.begin - i);
    score -= 0.01 * dist;
    return true;
}

} // namespace

/// The time expression tied to a cue (own clause, else a clause no other cue owns), or -1.
/// Background dates and a dateline's date only when nothing closer applies; a relative day
/// in a sentence that opens with a dateline is resolved against the dateline's date.
int choose_timex(const SentenceContext& sc, const CueHit& cue, int cue_index, EventDate& when) {
    const auto& w = sc.ws.words;
    std::size_t sb = w[sc.first].begin, se = w[sc.last - 1].end();
    long dct_days = 0;
    bool has_dct = sc.a.dct.known() && parse_iso_day(sc.a.dct.value, dct_days);
    int best = -1;
    double best_score = -1e9;
    long anchor = 0;
    bool has_anchor = false;
    // (the time expressions are by offset: those of this sentence only)
    auto from = std::lower_bound(sc.a.timexes.begin(), sc.a.timexes.end(), sb,
                                 [](const TimeExpr& x, std::size_t b) { return x.begin < b; });
    for (auto t = static_cast<std::size_t>(from - sc.a.timexes.begin());
         t < sc.a.timexes.size() && sc.a.timexes[t].begin < se; ++t) {
        const auto& tx = sc.a.timexes[t];
        if (tx.end > se) continue;
        if (tx.type != TimexType::Date && tx.type != TimexType::Time) continue;
        EventDate d;
        if (!date_from_timex(tx.value, d)) continue;
        long start = 0;
        std::size_t i = word_at_byte(w, sc.first, sc.last, tx.begin);
        bool dateline = dateline_date(w, sc.first, sc.last, i, tx);
        if (dateline && parse_iso_day(d.start, anchor)) has_anchor = true;
        if (has_dct && parse_iso_day(d.start, start) && start > dct_days + 1) continue; // future
        double score = 0;
        if (!timex_score(sc, cue, cue_index, i, dateline, score)) continue;
        if (score > best_score) {
            best_score = score;
            best = static_cast<int>(t);
            when = d;
        }
    }
    // (only a dateline of the report's own week: a date more than a week before the DCT that
    // opens a sentence is a photo caption's or an older report's)
    if (best >= 0 && has_anchor && has_dct && anchor != dct_days && anchor <= dct_days && anchor >= dct_days - 7) {
        const auto& tx = sc.a.timexes[static_cast<std::size_t>(best)];
        if (tx.relative && tx.granularity == Granularity::Day && when.precision == TimePrecision::day)
            resolve_against(tx, dct_days, anchor, when);
    }
    return best;
}

/// "the deadliest attack since 2011", "the biggest loss of life since they started operations":
/// a superlative before "since" compares the incident with the past; it is no running tally.
/// A count after "since" ("the first death since an attack that killed 87") is the earlier
/// incident's: then it stays a tally.
bool compares_since(const std::vector<Word>& w, std::size_t first, std::size_t since, std::size_t last) {
    static const text::WordSet superlatives = {"deadliest", "biggest", "largest", "worst", "heaviest",
                                               "bloodiest", "highest", "greatest", "first", "most"};
    for (std::size_t j = since + 1; j < last; ++j)
        if (w[j].number && !(w[j].norm.size() == 4 && (w[j].norm[0] == '1' || w[j].norm[0] == '2'))) return false;
    for (std::size_t k = since > first + 10 ? since - 10 : first; k < since; ++k)
        if (in(superlatives, w[k])) return true;
    return false;
}

/// "A car bomb killed 12 people last week": a bare "last week" / "last month" dates one
/// incident. Not "in the last month", "over the last week" (a period), and not with an
/// approximate count ("last month nearly 1200 were killed": a tally over the month).
bool last_period_is_date(const std::vector<Word>& w, std::size_t first, std::size_t at, std::size_t last) {
    if (at > first) {
        const std::string_view p = w[at - 1].norm;
        if (p == "the" || p == "in" || p == "over" || p == "during" || p == "for" || p == "within" ||
            p == "throughout" || p == "past")
            return false;
    }
    static const text::WordSet approximate = {"nearly", "almost", "approximately", "roughly", "some",
                                              "about", "around", "hundreds", "thousands", "dozens"};
    for (std::size_t k = first; k < last; ++k)
        if (in(approximate, w[k])) return false;
    return true;
}

/// A running tally rather than an incident: "killed since the conflict began in 2011",
/// "across the country", "across the province", "in recent weeks", "documented the killing
/// of", "so far this year".
bool cumulative(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const std::string_view n = w[i].norm;
        // "the deadliest attack since 2011": a comparison, not a tally
        if (n == "since" && compares_since(w, first, i, last)) continue;
        // "since Thursday", "since the start of the war", "since 2011": a tally over time.
        if (n == "since" && i + 1 < last) {
            std::size_t j = i + 1;
            if (w[j].norm == "the" || w[j].norm == "early" || w[j].norm == "last" || w[j].norm == "this") ++j;
            const std::string_view m = j < last ? w[j].norm : n;
            bool same_day = m == "dawn" || m == "morning" || m == "yesterday" || m == "night" || m == "today" ||
                            m == "overnight" || m == "midnight" || m == "then" || m == "evening" || m == "noon";
            if (!same_day) return true;
        }
        if (n == "since") {
            for (std::size_t j = i + 1; j < last && j < i + 7; ++j) {
                const std::string_view m = w[j].norm;
                if ((w[j].number && m.size() == 4 && (m[0] == '1' || m[0] == '2')) || m == "start" || m == "beginning" ||
                    m == "outbreak" || m == "began" || m == "erupted" || m == "broke" || m == "conflict" || m == "war" ||
                    m == "uprising" || m == "revolution")
                    return true;
            }
        }
        if (n == "documented" || n == "overall" || n == "tally") return true;
        if (n == "this" && i + 1 < last && w[i + 1].norm == "year") return true;
        if (n == "so" && i + 1 < last && w[i + 1].norm == "far") return true;
        if (n == "across" && i + 2 < last && (w[i + 1].norm == "syria" || w[i + 2].norm == "country")) return true;
        if (n == "past" && i + 2 < last && (w[i + 2].norm == "years" || w[i + 2].norm == "months")) return true;
        // "in recent weeks ... across the province": a tally over a period or a region ("in
        // recent days" stays, as "in the past three days": often the report's own count)
        if (n == "recent" && i + 1 < last &&
            (w[i + 1].norm == "weeks" || w[i + 1].norm == "months" || w[i + 1].norm == "years"))
            return true;
        if (n == "across" && i + 2 < last && w[i + 1].norm == "the" &&
            (w[i + 2].norm == "province" || w[i + 2].norm == "region" || w[i + 2].norm == "governorate"))
            return true;
        // "in the past weeks", "last month": a tally over a period, not one incident ("in the
        // past 24 hours", "over the past three days" stay: often the report's own count)
        if ((n == "past" || n == "last") && i + 1 < last) {
            const std::string_view m = w[i + 1].norm;
            if ((m == "month" || m == "week") && n == "last" && last_period_is_date(w, first, i, last)) continue;
            if (m == "month" || m == "week" || m == "weeks" || m == "months" || m == "days") return true;
        }
    }
    return false;
}

bool is_passive_before(const std::vector<Word>& w, std::size_t first, std::size_t cb) {
    if (cb > first && w[cb - 1].stem() == "be") return true;
    return cb > first + 1 && w[cb - 2].stem() == "be" &&
           (w[cb - 1].norm.size() > 2 && w[cb - 1].norm.substr(w[cb - 1].norm.size() - 2) == "ly");
}

const text::WordSet& subordinators() {
    static const text::WordSet s = {"after", "before", "when", "while", "following",
                                                           "since", "whereas"};
    return s;
}

/// "The death toll has risen while SDF fighters make gains in Manbij": a clause opened by
/// while/whereas, without a cue, whose subject is an actor of its own, tells a simultaneous
/// action of someone else; it lends no place or actor to the cues around it.
bool own_subject_while(const SentenceContext& sc, const std::vector<Word>& w, std::size_t opener,
                       std::size_t clause) {
    if (w[opener].norm != "while" && w[opener].norm != "whereas") return false;
    for (const auto* h : sc.actors) {
        if (h->begin < opener || sc.clause[h->begin - sc.first] != clause) continue;
        // the subject: the actor right after the opener ("while SDF fighters", "while the army")
        std::size_t k = opener + 1;
        while (k < h->begin && (w[k].norm == "the" || w[k].capitalised || w[k].all_caps)) ++k;
        return k == h->begin;
    }
    return false;
}

/// Clauses without a cue of their own belong to a neighbour: one opened by a subordinator
/// ("after the city of X, ..., was liberated") to the next clause with a cue, any other
/// (a relative clause, an apposition) to the previous one; else to the next.
void assign_free_clauses(SentenceContext& sc, const std::vector<Word>& w) {
    std::size_t n = sc.clause_owner.size();
    bool any = false;
    for (int o : sc.clause_owner) any = any || o >= 0;
    if (!any) return;
    std::vector<std::size_t> start(n, sc.last);
    for (std::size_t i = sc.first; i < sc.last; ++i) {
        std::size_t c = sc.clause[i - sc.first];
        if (start[c] == sc.last) start[c] = i;
    }
    std::vector<int> own = sc.clause_owner;
    auto next_owned = [&](std::size_t c) {
        for (std::size_t d = c + 1; d < n; ++d)
            if (own[d] >= 0) return own[d];
        return -1;
    };
    int prev = -1;
    for (std::size_t c = 0; c < n; ++c) {
        if (own[c] >= 0) {
            prev = own[c];
            continue;
        }
        std::size_t i = start[c];
        while (i < sc.last && w[i].punct) ++i;
        bool sub = i < sc.last && in(subordinators(), w[i]);
        if (sub && own_subject_while(sc, w, i, c)) {
            sc.clause_owner[c] = no_owner; // "... while SDF fighters make gains in Manbij"
            continue;
        }
        int o = sub ? next_owned(c) : prev;
        if (o < 0) o = sub ? prev : next_owned(c);
        sc.clause_owner[c] = o;
        if (!sub) continue;
        prev = o;
    }
}

} // namespace gt::events::detail
