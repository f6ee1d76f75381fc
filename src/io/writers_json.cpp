// GeoJSON (RFC 7946), GeoJSONSeq (RFC 8142) and JSONL writers.
#include "io/writers.hpp"
#include "io/writers_internal.hpp"
#include "io/feature_spill.hpp"

#include <algorithm>
#include <ostream>
#include <vector>

namespace gt::io::detail {

namespace {

/// One FeatureCollection, written at end(): events sorted by date (stable: document order,
/// then event order; events without a date last), then the spatial claims in document order.
/// The features wait in a FeatureSpill: past 64 MB of them, sorted runs in a temporary file.
class GeoJsonWriter final : public EventWriter {
  public:
    explicit GeoJsonWriter(std::ostream& out) : out_(out) {}

    void document(const DocumentResult& doc) override {
        for (const Event& e : doc.events) spill_.add_event(event_date(e.date), dump(event_feature(e)));
        for (std::size_t i = 0; i < doc.claims.size(); ++i)
            spill_.add_claim(dump(claim_feature(doc.claims[i], doc.doc_id, i)));
    }

    void end() override {
        if (ended_) return;
        ended_ = true;
        out_ << "{\"type\":\"FeatureCollection\",\"features\":[";
        bool first = true;
        spill_.drain([&](std::string_view feature) {
            out_ << (first ? "\n" : ",\n") << feature;
            first = false;
        });
        out_ << "\n]}\n";
        flush_and_check(out_);
    }

  private:
    std::ostream& out_;
    FeatureSpill spill_;
    bool ended_ = false;
};

/// RFC 8142: every feature is RS (0x1E), the JSON text, LF; flushed after each document.
class GeoJsonSeqWriter final : public EventWriter {
  public:
    explicit GeoJsonSeqWriter(std::ostream& out) : out_(out) {}

    void document(const DocumentResult& doc) override {
        line_.clear();
        append_geojsonseq(doc, line_);
        out_ << line_;
        flush_and_check(out_);
    }

    void end() override { flush_and_check(out_); }

  private:
    std::ostream& out_;
    std::string line_;
};

/// One line per document, flushed after each.
class JsonlWriter final : public EventWriter {
  public:
    explicit JsonlWriter(std::ostream& out) : out_(out) {}

    void document(const DocumentResult& doc) override {
        line_.clear();
        append_jsonl(doc, line_);
        out_ << line_;
        flush_and_check(out_);
    }

    void end() override { flush_and_check(out_); }

  private:
    std::ostream& out_;
    std::string line_; // reused: one allocation for the run
};

} // namespace

void append_geojsonseq(const DocumentResult& doc, std::string& out) {
    for (const Event& e : doc.events) {
        out += '\x1e';
        out += dump(event_feature(e));
        out += '\n';
    }
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
        out += '\x1e';
        out += dump(claim_feature(doc.claims[i], doc.doc_id, i));
        out += '\n';
    }
}

void append_jsonl(const DocumentResult& doc, std::string& out) {
    append_jsonl_document(out, doc); // the bytes of dump(jsonl_document(doc)), without the tree
    out += '\n';
}

std::unique_ptr<EventWriter> make_geojson_writer(std::ostream& out) { return std::make_unique<GeoJsonWriter>(out); }
std::unique_ptr<EventWriter> make_geojsonseq_writer(std::ostream& out) {
    return std::make_unique<GeoJsonSeqWriter>(out);
}
std::unique_ptr<EventWriter> make_jsonl_writer(std::ostream& out) { return std::make_unique<JsonlWriter>(out); }

} // namespace gt::io::detail
