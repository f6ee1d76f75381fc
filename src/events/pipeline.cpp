#include "events/pipeline.hpp"

#include "events/extract.hpp"
#include "text/printable.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"
#include "timex/tagger.hpp"

#include <exception>
#include <string>
#include <utility>
#include <vector>

namespace gt::events {

namespace {

/// Why the document's own "date" (JSONL "date" or "dct") cannot be its date, or "": a date that
/// is no calendar day ("2017-02-31", month 13, "-2017-01-01", "2017-09-09T25:61:61Z") fails the
/// document rather than being ignored (its events would be dated from the text alone).
std::string date_problem(const Document& doc) {
    if (doc.date.empty() || !timex::normalize_dct(doc.date).empty()) return {};
    return "field \"date\" is not a calendar day: '" + text::clip(doc.date, 100) +
           "' (give YYYY-MM-DD, e.g. 2017-09-09, or leave the field out)";
}

/// The places of the text into `a`: its mentions, relative places and spatial claims, and the
/// countries its armed groups imply; the countries of those groups are the geoparser's hints.
void add_places(Annotations& a, text::Segmented&& seg, const std::vector<std::pair<std::string, int>>& group_votes,
                const Pipeline& pipeline) {
    std::vector<std::string> hints;
    hints.reserve(group_votes.size());
    for (const auto& [cc, votes] : group_votes) hints.push_back(cc);
    // (the segmentation given up: freed once the geoparser has made its tokens from it)
    geoparse::DocumentPlaces dp = pipeline.geoparser().parse_document(a.text, std::move(seg), hints);
    for (const auto& [cc, votes] : group_votes)
        if (PlaceMention c = pipeline.geoparser().country_point(cc); c.resolved)
            a.implied_countries.emplace_back(std::move(c), votes);
    a.places = std::move(dp.places);
    a.relative = std::move(dp.relative);
    a.claims = std::move(dp.claims); // the result's claims: process() moves them there (one copy)
}

/// An event placed at a first-level division takes the point of the division's seat when the
/// seat lies within 150 km of the division's point: ACLED codes an event known only to its
/// province at the provincial capital (geo_precision 3 still); a seat farther out lies at the
/// edge of a large division (Karachi in Sindh, Quetta in Balochistan), where the division's
/// point is nearer most of it (docs/events.md, "Place").
void at_seat(PlaceMention& where, const geoparse::Geoparser& g) {
    if (where.relative) return;
    if (geo::LatLon seat; g.seat_of(where, 150e3, seat)) {
        where.lat = seat.lat;
        where.lon = seat.lon;
    }
}

/// The document's incidents: the events of its cues, checked against its context, merged.
std::vector<Event> incidents(const Annotations& a, WordStream& ws, const Pipeline& pipeline, const DocContext& ctx,
                             Explanation& x) {
    split_at_datelines(ws, a.timexes);
    cut_sidebars(ws);
    Founds found = find_events(a, ws, pipeline.lexicon());
    check_triggers(found, a, ws, pipeline.lexicon(), ctx, &x);
    return merge_events(std::move(found), a.doc_id, a.text);
}

} // namespace

Pipeline::Pipeline(const gazetteer::Index& index, Lexicon lexicon, PipelineOptions opts)
    : lexicon_(std::move(lexicon)), geoparser_(index), opts_(std::move(opts)) {}

DocumentResult process(const Document& doc, const Pipeline& pipeline) { return process(doc, pipeline, nullptr); }

DocumentResult process(const Document& doc, const Pipeline& pipeline, Explanation* ex) {
    Explanation none;
    Explanation& x = ex ? *ex : none;
    x.verdict = Verdict::no_cue;
    DocumentResult r;
    r.doc_id = doc.id;
    r.input = doc.input;
    r.line = doc.line;
    if (r.error = date_problem(doc); !r.error.empty()) {
        x.verdict = Verdict::failed;
        return r;
    }
    // Outside the try: the spatial claims found before a failure are written with its error.
    std::string repaired;
    Annotations a;
    try {
        std::string_view text = doc.text;
        if (!text::is_valid_utf8(text)) {
            repaired = text::to_valid_utf8(text);
            text = repaired;
        }
        r.dct = timex::find_dct(pipeline.options().date, doc.date, text);
        a.text = text;
        a.doc_id = doc.id;
        a.dct = r.dct;
        // One segmentation for the geoparser and the event rules.
        text::Segmented seg = text::segment(text);
        WordStream ws = make_words(text, seg);
        // Places and dates are most of the work; a document without a word that could start
        // an incident and without a stated distance gets neither (its result is the same: no
        // events, no claims). Most articles of a general news feed are such.
        const bool triage = pipeline.options().triage;
        const bool cues = !triage || may_report(ws, pipeline.lexicon());
        if (!cues && !geoparse::may_state_distance(text, seg)) return r;
        // Open news (docs/events.md): a document whose business or sports words outweigh its
        // conflict words reports no event; it needs no places or dates unless it states a
        // distance (or is explained).
        const DocContext ctx = judge_document(ws, x.detailed);
        if (x.detailed) x.lines.push_back(describe(ctx));
        const bool wanted = cues && (!ctx.open_news || x.detailed || !triage);
        if (cues) x.verdict = ctx.open_news ? Verdict::open_news : Verdict::no_trigger_kept;
        if (!wanted && !geoparse::may_state_distance(text, seg)) return r;
        const auto group_votes = pipeline.lexicon().group_country_votes(ws);
        // A document read only for its distances (open news, no cue) needs its words no more:
        // they are not held through the date tagger and the geoparser (a big document's words
        // are ~8 times its text).
        if (!wanted) ws = {};
        a.timexes = timex::tag(text, r.dct);
        add_places(a, std::move(seg), group_votes, pipeline); // (its last use: it is freed there)
        // The place mentions' block was sized for every mention the geoparser resolved (384
        // bytes each), the kept ones are held through the event rules and in the result: to
        // their number, now that the geoparser's own memory is freed (not at its peak).
        a.places.shrink_to_fit();
        if (wanted) r.events = incidents(a, ws, pipeline, ctx, x);
        if (!r.events.empty()) x.verdict = Verdict::events;
        for (auto& e : r.events) {
            e.source = doc.source;
            e.url = doc.url;
            at_seat(e.location, pipeline.geoparser());
        }
        r.claims = std::move(a.claims);
        r.places = std::move(a.places);
        r.timexes = std::move(a.timexes);
    } catch (const std::exception& e) {
        r.claims = std::move(a.claims);
        r.events.clear();
        r.error = doc.id + ": " + e.what();
        x.verdict = Verdict::failed;
    }
    return r;
}

} // namespace gt::events
