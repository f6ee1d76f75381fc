#pragma once
// The whole per-document pipeline of `geotimeline extract`: timex, geoparse, actors, cues,
// casualties, assembly and merging (docs/events.md). A Pipeline is read-only once built, so
// process() may run on several threads at once.

#include "core/document.hpp"
#include "core/event.hpp"
#include "events/context.hpp"
#include "events/lexicon.hpp"
#include "geoparse/geoparser.hpp"

#include <cstddef>
#include <memory>
#include <string>

namespace gt::events {

struct PipelineOptions {
    std::string date; // --date: the DCT of every document (overrides JSON dates and datelines)
    /// Skip geoparsing and date tagging of a document that has no word that could start an
    /// incident and states no distance (events::may_report, geoparse::may_state_distance):
    /// the result is the same, without its (unwritten) place and date mentions. Off only in
    /// the tests that check that sameness.
    bool triage = true;
    /// A document of at least this many bytes does not hold its words (`events::Word`, 24
    /// bytes a word: ~5 times the text) through the geoparser and the date tagger: they are
    /// made again from the same text for the event rules (the same words, so the same result;
    /// issue #15, docs/robustness.md). Changed only by the test of that sameness.
    std::size_t remake_words_bytes = std::size_t{1} << 18;
    /// A document bigger than this is read in sections of about this size, cut at paragraph
    /// breaks or sentence ends (pipeline.cpp, section_starts): each section's words, places,
    /// dates and candidate events are freed before the next is read, so the working memory is a
    /// section's and the time linear in the document (issue #15). Real articles are far smaller;
    /// a corpus pasted into one document, or a dump without breaks, is what this bounds. 0: never.
    std::size_t section_bytes = std::size_t{1} << 19;
};

class Pipeline {
  public:
    Pipeline(const gazetteer::Index& index, Lexicon lexicon, PipelineOptions opts = {});
    const Lexicon& lexicon() const noexcept { return lexicon_; }
    const geoparse::Geoparser& geoparser() const noexcept { return geoparser_; }
    const PipelineOptions& options() const noexcept { return opts_; }

  private:
    Lexicon lexicon_;
    geoparse::Geoparser geoparser_;
    PipelineOptions opts_;
};

/// Everything extracted from one document (events merged within it, spatial claims, places,
/// time expressions). Never throws for bad text: the text is repaired to valid UTF-8 first;
/// DocumentResult::error is set when the document cannot be processed at all.
DocumentResult process(const Document& doc, const Pipeline& pipeline);
/// The same, saying in `ex` why the document has events or none (its verdict) and, when
/// ex->detailed, why each candidate trigger was kept or dropped (`extract --explain`). An
/// explained open-news document is analysed in full, to list the candidates it drops.
DocumentResult process(const Document& doc, const Pipeline& pipeline, Explanation* ex);

} // namespace gt::events
