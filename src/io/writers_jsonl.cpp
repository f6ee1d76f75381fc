// The JSONL document line written straight into a string (io::JsonOut): the same bytes as
// dump(jsonl_document(doc)) (tests/unit/test_writers.cpp compares them) without building a
// JSON tree per document.
#include "io/json_out.hpp"
#include "io/writers_internal.hpp"

namespace gt::io::detail {

namespace {

void event(JsonOut& w, const Event& e) {
    w.open('{');
    w.key("event_id").str(e.event_id);
    w.key("event_type").str(e.event_type);
    w.key("sub_event_type").str(e.sub_event_type);
    w.key("cameo").str(e.cameo);
    w.key("date").str_or_null(event_date(e.date));
    w.key("date_start").str_or_null(event_date(e.date_start));
    w.key("date_end").str_or_null(event_date(e.date_end));
    w.key("time_precision").integer(static_cast<int>(e.time_precision));
    w.key("actor1").str(e.actor1.name);
    w.key("actor2").str(e.actor2.name);
    w.key("fatalities").int_or_null(e.fatalities, e.fatalities >= 0);
    w.key("location");
    write_location(w, e.location);
    w.key("evidence").open('{');
    w.key("start").unsigned_integer(e.evidence.start);
    w.key("end").unsigned_integer(e.evidence.end);
    w.key("text").str(e.evidence.text);
    w.close('}');
    w.key("confidence").number(round_to(e.confidence, 3));
    w.key("trigger").str(e.trigger);
    w.key("date_text").str(e.date_text);
    w.key("actor1_kind").str(e.actor1.kind);
    w.key("inter1").int_or_null(e.actor1.inter, e.actor1.inter > 0);
    w.key("assoc_actor_1").str(e.assoc_actor1);
    w.key("actor2_kind").str(e.actor2.kind);
    w.key("inter2").int_or_null(e.actor2.inter, e.actor2.inter > 0);
    w.key("assoc_actor_2").str(e.assoc_actor2);
    w.key("location_text").str(e.location.text);
    w.key("source").str(e.source);
    w.key("url").str(e.url);
    w.key("notes").str(e.notes);
    w.key("doc_ids").open('[');
    for (const auto& id : e.doc_ids)
        w.str(id);
    w.close(']');
    w.close('}');
}

/// The document's line written into `out`; `done` is called after each event and each claim
/// (a measuring pass empties `out` there).
template <class Done>
void write_document(std::string& out, const DocumentResult& doc, Done done) {
    JsonOut w(out);
    w.open('{');
    w.key("id").str(doc.doc_id);
    w.key("dct").str_or_null(doc.dct.value);
    w.key("dct_source").str(doc.dct.source);
    w.key("events").open('[');
    for (const Event& e : doc.events) {
        event(w, e);
        done();
    }
    w.close(']');
    w.key("claims").open('[');
    for (const SpatialClaim& c : doc.claims) {
        write_claim(w, c);
        done();
    }
    w.close(']');
    if (!doc.error.empty()) w.key("error").str(doc.error);
    if (doc.seq != static_cast<std::size_t>(-1)) {
        w.key("seq").unsigned_integer(doc.seq);
        w.key("input").str(doc.input);
        w.key("line").int_or_null(static_cast<long long>(doc.line), doc.line != 0);
    }
    w.close('}');
}

} // namespace

void append_jsonl_document(std::string& out, const DocumentResult& doc) {
    if (doc.events.size() + doc.claims.size() >= jsonl_measured_records) {
        // A big document's line (~3 times its text for a long news story) is measured first,
        // a record at a time, and its block allocated once at its size: a doubling copied
        // the line's first half into a block twice its size, the peak of the document's
        // memory (issue #15).
        std::string piece;
        std::size_t n = 0;
        write_document(piece, doc, [&] {
            n += piece.size();
            piece.clear();
        });
        out.reserve(out.size() + n + piece.size() + 1); // (+ the line's newline)
    }
    write_document(out, doc, [] {});
}

} // namespace gt::io::detail
