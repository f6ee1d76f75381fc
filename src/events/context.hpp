#pragma once
// Open news (docs/events.md, "Open news"): most of what a news stream holds reports no
// conflict. Two filters keep its words from becoming events: a document-level conflict
// context (conflict words against business, finance and sports words), and argument checks
// on each candidate trigger (a trigger takes its conflict sense only when its sentence
// supports it). Both are word rules over the event stage's WordStream; `extract --explain`
// prints their reasons.

#include "events/extract.hpp"

#include <string>
#include <vector>

namespace gt::events {

/// What the words of a document say about it as a whole.
struct DocContext {
    int conflict = 0; // words of armed conflict, violence, protest and unrest
    int policing = 0; // of these, words of police and arrest ("police", "arrested", "detained")
    int justice = 0;  // words of a criminal case ("charged", "court", "prosecutors", "homicide", "bail")
    int armed = 0;    // words of armed conflict or of a crowd (troops, rebels, militants, war, protest)
    int business = 0; // words of business, finance, markets and sports (names excluded)
    int words_total = 0; // words (not punctuation or digits)
    /// Business or sports vocabulary outweighs conflict vocabulary: the document reports no
    /// event (a business article that mentions a war in passing).
    bool open_news = false;
    /// Conflict words dominate: diplomacy, talks and arrests are taken as part of a conflict.
    bool conflict_report = false;
    /// A crime story: two words of a criminal case or more and none of armed conflict or of a
    /// crowd ("charged with murder", "detectives", "the court heard"): ordinary crime, which ACLED
    /// does not code, unless an armed or political actor is named.
    bool crime_news = false;
    std::string words; // with `list`: the words counted ("+war -shares ..."), for --explain
};

/// The document's context from its words (docs/events.md, "Open news").
DocContext judge_document(const WordStream& ws, bool list = false);

/// Why a document has no events, or that it has some.
enum class Verdict { events, no_cue, open_news, no_trigger_kept, failed };

/// The reasons `extract --explain` prints for one document.
struct Explanation {
    Verdict verdict = Verdict::no_cue;
    bool detailed = false;          // collect the lines (only the verdict otherwise)
    std::vector<std::string> lines; // the context, then one line per candidate trigger
};

/// Why the sentence does not support the candidate's conflict sense; empty when it does
/// (the reason for keeping is then in `kept`).
std::string reject_reason(const Found& f, const Annotations& a, const WordStream& ws, const Lexicon& lx,
                          const DocContext& ctx, std::string& kept);

/// Drops the candidates whose trigger the sentence does not support (reject_reason), all of
/// them when the document is open news; adds a line per candidate to `ex` when given.
void check_triggers(Founds& found, const Annotations& a, const WordStream& ws, const Lexicon& lx,
                    const DocContext& ctx, Explanation* ex);

/// One line on the document's context for --explain.
std::string describe(const DocContext& ctx);

} // namespace gt::events
