#include "events/pipeline.hpp"

#include "events/extract.hpp"
#include "events/incident.hpp"
#include "text/printable.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"
#include "timex/tagger.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <iterator>
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

/// The namesakes at home of the towns the text names abroad (Annotations::home_namesakes): a
/// town of a country nothing else of the text speaks for (no other place, country name or
/// demonym there, no armed group of it), while its other confident places all lie in one other
/// country that has a populated place of the same name ("from Beirut to Tripoli": Tripoli in
/// Lebanon). Only looked up: incident.cpp's namesake_at_home decides.
void home_namesakes(Annotations& a, const geoparse::Geoparser& g) {
    // (the confident places in two countries at most, or none is another's namesake: one pass
    // over most texts, which name more)
    std::string_view first_cc, second_cc;
    for (const PlaceMention& o : a.places) {
        if (!o.resolved || o.demonym || o.embedded || o.score < 0.7 || o.country.empty()) continue;
        const std::string_view cc = o.country;
        if (first_cc.empty() || cc == first_cc) first_cc = cc;
        else if (second_cc.empty() || cc == second_cc) second_cc = cc;
        else return;
    }
    for (std::size_t p = 0; p < a.places.size(); ++p) {
        const PlaceMention& pm = a.places[p];
        if (!pm.resolved || pm.demonym || pm.embedded || pm.country.empty() ||
            std::string_view(pm.feature).rfind("P.", 0) != 0)
            continue;
        bool seen = false; // (a name mentioned again: looked at once)
        for (std::size_t q = 0; q < p && !seen; ++q)
            seen = a.places[q].id == pm.id && a.places[q].text == pm.text && !a.places[q].embedded;
        if (seen) continue;
        std::string_view other;
        bool alone = true, one_other = true;
        for (const PlaceMention& o : a.places) {
            if (!o.resolved || o.country.empty() || o.id == pm.id) continue;
            if (o.country == pm.country) alone = false;
            else if (!o.demonym && !o.embedded && o.score >= 0.7) {
                if (other.empty()) other = o.country;
                else if (other != std::string_view(o.country)) one_other = false;
            }
        }
        for (const auto& [c, n] : a.implied_countries) alone = alone && c.country != pm.country;
        // (no confident place elsewhere: the country the text's groups and where-words vote
        // for, else the one whose people at home it names: "Kenyan traders")
        if (const PlaceMention* voted = a.group_country(); other.empty() && voted) other = voted->country;
        if (const PlaceMention* crowd = other.empty() ? detail::crowd_country(a) : nullptr; crowd) other = crowd->country;
        if (!alone || !one_other || other.empty()) continue;
        bool known = false;
        for (const PlaceMention& h : a.home_namesakes) known = known || h.text == pm.text;
        if (known) continue;
        PlaceMention h = g.town_point(other, pm.text);
        if (!h.resolved) continue;
        h.text = pm.text;
        h.begin = pm.begin;
        h.end = pm.end;
        a.home_namesakes.push_back(std::move(h));
    }
}

/// The places of the text into `a`: its mentions, relative places and spatial claims, and the
/// countries its armed groups imply; the countries of those groups are the geoparser's hints.
void add_places(Annotations& a, text::Segmented&& seg, const std::vector<std::pair<std::string, int>>& group_votes,
                const std::vector<std::pair<std::string, std::string>>& group_areas, const Pipeline& pipeline) {
    std::vector<std::string> hints;
    hints.reserve(group_votes.size());
    for (const auto& [cc, votes] : group_votes) hints.push_back(cc);
    // (the segmentation given up: freed once the geoparser has made its tokens from it)
    geoparse::DocumentPlaces dp = pipeline.geoparser().parse_document(a.text, std::move(seg), hints);
    for (const auto& [cc, votes] : group_votes)
        if (PlaceMention c = pipeline.geoparser().country_point(cc); c.resolved)
            a.implied_countries.emplace_back(std::move(c), votes);
    for (const auto& [cc, division] : group_areas)
        if (PlaceMention d = pipeline.geoparser().division_point(cc, division); d.resolved)
            a.implied_areas.push_back(std::move(d));
    a.places = std::move(dp.places);
    home_namesakes(a, pipeline.geoparser());
    a.relative = std::move(dp.relative);
    a.claims = std::move(dp.claims); // the result's claims: process() moves them there (one copy)
}

/// An event placed at a division takes the point of the division's seat when the seat lies
/// near the division's point: within 150 km for a first-level division (its most populous PPLA,
/// else the national capital in it), within 15 km for a second-level one (its most populous
/// PPLA2). ACLED codes an event known only to its province or district at the provincial or
/// district capital (geo_precision as before); a seat farther out lies at the edge of its
/// division (Karachi in Sindh, Quetta in Balochistan; a district town at its district's
/// border), where the division's point is nearer most of it (docs/events.md, "Place").
void at_seat(PlaceMention& where, const geoparse::Geoparser& g) {
    constexpr double province_reach_m = 150e3, district_reach_m = 15e3;
    if (where.relative) return;
    const double reach = where.feature == "A.ADM2" ? district_reach_m : province_reach_m;
    if (geo::LatLon seat; g.seat_of(where, reach, seat)) {
        where.lat = seat.lat;
        where.lon = seat.lon;
    }
}

/// --explain's lines from `from` on in sentence order ("sentence N ..."): the cues the finder made
/// no event of are told before those the trigger checks kept or dropped.
void by_sentence(std::vector<std::string>& lines, std::size_t from) {
    const auto number = [](const std::string& l) {
        return l.rfind("sentence ", 0) == 0 ? std::strtoul(l.c_str() + 9, nullptr, 10) : 0UL;
    };
    std::stable_sort(lines.begin() + static_cast<std::ptrdiff_t>(from), lines.end(),
                     [&](const std::string& x, const std::string& y) { return number(x) < number(y); });
}

/// The document's incidents: the events of its cues, checked against its context, merged.
std::vector<Event> incidents(const Annotations& a, WordStream& ws, const Pipeline& pipeline, const DocContext& ctx,
                             Explanation& x) {
    split_at_datelines(ws, a.timexes);
    cut_sidebars(ws);
    const std::size_t first_note = x.lines.size();
    Founds found = find_events(a, ws, pipeline.lexicon(), x.detailed ? &x.lines : nullptr);
    check_triggers(found, a, ws, pipeline.lexicon(), ctx, &x);
    if (x.detailed) by_sentence(x.lines, first_note);
    ws = {}; // the merge reads the candidates alone: the words are freed before it makes the events
    return merge_events(std::move(found), a.doc_id, a.text);
}

/// What the triage decided: whether the document's events are wanted (its cues, not open news
/// or explained) and, when they are not, whether its places are (it states a distance).
struct Triage {
    bool go = false;     // places and dates are worth finding
    bool wanted = false; // and the event rules run
    DocContext ctx;
};

/// Step 3 of docs/events.md: may the document report an incident or state a distance, and is
/// it open news?
Triage triage(std::string_view text, const text::Segmented& seg, const WordStream& ws, const Pipeline& pipeline,
              Explanation& x) {
    Triage t;
    // Places and dates are most of the work; a document without a word that could start
    // an incident and without a stated distance gets neither (its result is the same: no
    // events, no claims). Most articles of a general news feed are such.
    const bool on = pipeline.options().triage;
    const bool cues = !on || may_report(ws, pipeline.lexicon());
    if (!cues && !geoparse::may_state_distance(text, seg)) return t;
    // Open news (docs/events.md): a document whose business or sports words outweigh its
    // conflict words reports no event; it needs no places or dates unless it states a
    // distance (or is explained).
    t.ctx = judge_document(ws, x.detailed);
    if (x.detailed) x.lines.push_back(describe(t.ctx));
    t.wanted = cues && (!t.ctx.open_news || x.detailed || !on);
    if (cues) x.verdict = t.ctx.open_news ? Verdict::open_news : Verdict::no_trigger_kept;
    t.go = t.wanted || geoparse::may_state_distance(text, seg);
    return t;
}

/// Step 4: the places (the geoparser, which frees the segmentation once its own tokens are
/// made from it), then the dates. One at a time, each stage's working memory freed before the
/// next (issue #15): the date tagger's tokens are not held beside the segmentation, nor the
/// geoparser's beside the date tagger's.
void places_and_dates(Annotations& a, text::Segmented&& seg, const std::vector<std::pair<std::string, int>>& group_votes,
                      const std::vector<std::pair<std::string, std::string>>& group_areas, const Pipeline& pipeline) {
    add_places(a, std::move(seg), group_votes, group_areas, pipeline); // (its last use: it is freed there)
    // The place mentions' block was sized for every mention the geoparser resolved (384
    // bytes each), the kept ones are held through the event rules and in the result: to
    // their number, now that the geoparser's own memory is freed (not at its peak).
    a.places.shrink_to_fit();
    a.timexes = timex::tag(a.text, a.dct);
}

} // namespace

Pipeline::Pipeline(const gazetteer::Index& index, Lexicon lexicon, PipelineOptions opts)
    : lexicon_(std::move(lexicon)), geoparser_(index), opts_(std::move(opts)) {}

DocumentResult process(const Document& doc, const Pipeline& pipeline) { return process(doc, pipeline, nullptr); }

namespace {

/// Steps 1 to 6 over one text, the document's or a section of a big one: words, triage,
/// places and dates, events; the claims are left in `a` (written with an error too).
void analyse(std::string_view text, const Dct& dct, const Document& doc, const Pipeline& pipeline, Explanation& x,
             Annotations& a, DocumentResult& r) {
    a.text = text;
    a.doc_id = doc.id;
    a.dct = dct;
    // One segmentation for the geoparser and the event rules.
    text::Segmented seg = text::segment(text);
    WordStream ws = make_words(text, seg);
    const Triage t = triage(text, seg, ws, pipeline, x);
    if (!t.go) return;
    std::vector<std::pair<std::string, std::string>> group_areas;
    const auto group_votes = pipeline.lexicon().group_country_votes(ws, &group_areas);
    // The words (~5 times the text) are not held through the geoparser and the date
    // tagger when the event rules do not need them (open news, no cue: most of a general
    // news feed), nor for a big text, whose words are made again after them from the
    // same text (the same words: a second segmentation costs less than holding them).
    const bool remake = t.wanted && text.size() >= pipeline.options().remake_words_bytes;
    if (!t.wanted || remake) ws = {};
    places_and_dates(a, std::move(seg), group_votes, group_areas, pipeline);
    if (remake) ws = make_words(text); // (a sentence's tokens at a time: issue #15)
    if (t.wanted) r.events = incidents(a, ws, pipeline, t.ctx, x);
    for (auto& e : r.events) {
        e.source = doc.source;
        e.url = doc.url;
        at_seat(e.location, pipeline.geoparser());
    }
}

/// Where a big text is cut into sections of about `size` bytes: at the last paragraph break
/// in the second half of each, else the last sentence end, else the last space, else a
/// character's start. One section (the whole text) when it is no bigger than `size` or `size`
/// is 0.
std::vector<std::size_t> section_starts(std::string_view text, std::size_t size) {
    std::vector<std::size_t> starts{0};
    if (size == 0) return starts;
    std::size_t pos = 0;
    while (text.size() - pos > size) {
        const std::size_t limit = pos + size, floor = pos + size / 2;
        const auto last = [&](std::string_view what) -> std::size_t {
            const std::size_t at = text.rfind(what, limit - what.size());
            return at != std::string_view::npos && at >= floor ? at + what.size() : 0;
        };
        std::size_t cut = last("\n\n");
        for (std::string_view end : {". ", "! ", "? ", ".\n"})
            if (!cut) cut = last(end);
        if (!cut) cut = last(" ");
        if (!cut) {
            cut = limit;
            while (cut > floor && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        }
        starts.push_back(cut);
        pos = cut;
    }
    return starts;
}

/// The offsets of a section's events and claims made the document's: `bytes` and `points`
/// (code points) before the section.
void shift(DocumentResult& part, std::size_t bytes, std::size_t points) {
    const auto place = [&](PlaceMention& pm) {
        if (pm.end == 0) return; // (none: a place with no mention in the text)
        pm.begin += bytes;
        pm.end += bytes;
    };
    for (auto& e : part.events) {
        e.evidence.start = evidence_offset(e.evidence.start + points);
        e.evidence.end = evidence_offset(e.evidence.end + points);
        e.evidence.begin_byte = evidence_offset(e.evidence.begin_byte + bytes);
        e.evidence.end_byte = evidence_offset(e.evidence.end_byte + bytes);
        place(e.location);
    }
    for (auto& c : part.claims) {
        c.begin += bytes;
        c.end += bytes;
        place(c.subject);
        place(c.anchor);
    }
}

/// Where a section starts in its document: bytes and code points before it.
struct SectionAt {
    std::size_t bytes = 0, points = 0;
};

/// A big document section by section (section_starts): each analysed alone, its working memory
/// freed before the next, its events and claims joined to `r` at the document's offsets and the
/// event ids numbered again over the document. `at` follows the section `a` holds.
void analyse_sections(std::string_view text, const std::vector<std::size_t>& starts, const Document& doc,
                      const Pipeline& pipeline, Explanation& x, Annotations& a, SectionAt& at, DocumentResult& r) {
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t to = k + 1 < starts.size() ? starts[k + 1] : text.size();
        const std::string_view section = text.substr(starts[k], to - starts[k]);
        a = {};
        at.bytes = starts[k];
        DocumentResult part;
        analyse(section, r.dct, doc, pipeline, x, a, part);
        part.claims = std::move(a.claims);
        a.claims.clear();
        shift(part, at.bytes, at.points);
        std::move(part.events.begin(), part.events.end(), std::back_inserter(r.events));
        std::move(part.claims.begin(), part.claims.end(), std::back_inserter(r.claims));
        at.points += text::code_point_count(section);
    }
    for (std::size_t n = 0; n < r.events.size(); ++n) r.events[n].event_id = doc.id + "-" + std::to_string(n + 1);
}

} // namespace

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
    SectionAt at; // (where the text `a` holds starts in the document)
    try {
        std::string_view text = doc.text;
        if (!text::is_valid_utf8(text)) {
            repaired = text::to_valid_utf8(text);
            text = repaired;
        }
        r.dct = timex::find_dct(pipeline.options().date, doc.date, text);
        // A big document (a corpus pasted into one, a dump without breaks) is read in sections:
        // the working memory is a section's, the time linear (issue #15, docs/robustness.md).
        const auto starts = section_starts(text, pipeline.options().section_bytes);
        if (starts.size() == 1) analyse(text, r.dct, doc, pipeline, x, a, r);
        else analyse_sections(text, starts, doc, pipeline, x, a, at, r);
        if (!r.events.empty()) x.verdict = Verdict::events;
        std::move(a.claims.begin(), a.claims.end(), std::back_inserter(r.claims));
    } catch (const std::exception& e) {
        DocumentResult left; // (the claims of the section that failed, at the document's offsets)
        left.claims = std::move(a.claims);
        shift(left, at.bytes, at.points);
        std::move(left.claims.begin(), left.claims.end(), std::back_inserter(r.claims));
        r.events.clear();
        r.error = doc.id + ": " + e.what();
        x.verdict = Verdict::failed;
    }
    return r;
}

} // namespace gt::events
