// The JSONL document line written straight into a string: the same bytes as
// dump(jsonl_document(doc)) (tests/unit/test_writers.cpp compares them) without building a
// JSON tree per document. Strings are escaped as nlohmann::json escapes them; a string that is
// not valid UTF-8 and every floating-point number go through nlohmann itself, so replacement
// characters and number formatting cannot drift from the tree writer.
#include "io/writers_internal.hpp"

#include "text/utf8.hpp"

#include <charconv>

namespace gt::io::detail {

namespace {

class LineWriter {
  public:
    explicit LineWriter(std::string& out) : out_(out) {}

    // Objects and arrays: open/close and the commas between members.
    void open(char c) {
        comma();
        out_ += c;
        first_ = true;
    }
    void close(char c) {
        out_ += c;
        first_ = false;
    }
    LineWriter& key(std::string_view k) {
        comma();
        out_ += '"';
        out_.append(k); // keys are plain ASCII literals
        out_ += "\":";
        first_ = true; // the value that follows takes no comma
        return *this;
    }

    void null() { put("null"); }
    void str(std::string_view s) {
        comma();
        escaped(s);
    }
    void str_or_null(std::string_view s) { s.empty() ? null() : str(s); }
    void integer(long long v) {
        comma();
        char buf[24];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        (void)ec;
        out_.append(buf, end);
    }
    void unsigned_integer(unsigned long long v) {
        comma();
        char buf[24];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        (void)ec;
        out_.append(buf, end);
    }
    void int_or_null(long long v, bool known) { known ? integer(v) : null(); }
    void number(double v) { put(dump(Json(v))); }
    void json(const Json& j) { put(dump(j)); }

  private:
    void comma() {
        if (!first_) out_ += ',';
        first_ = false;
    }
    void put(std::string_view raw) {
        comma();
        out_.append(raw);
    }
    void escaped(std::string_view s) {
        if (!text::is_valid_utf8(s)) { // nlohmann's replacement of the invalid bytes
            out_.append(dump(Json(std::string(s))));
            return;
        }
        out_ += '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out_.append(s.data() + run, i - run);
            run = i + 1;
            switch (c) {
            case '"':
                out_ += "\\\"";
                break;
            case '\\':
                out_ += "\\\\";
                break;
            case '\b':
                out_ += "\\b";
                break;
            case '\f':
                out_ += "\\f";
                break;
            case '\n':
                out_ += "\\n";
                break;
            case '\r':
                out_ += "\\r";
                break;
            case '\t':
                out_ += "\\t";
                break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 0xF];
            }
            }
        }
        out_.append(s.data() + run, s.size() - run);
        out_ += '"';
    }

    std::string& out_;
    bool first_ = true;
};

void location(LineWriter& w, const PlaceMention& p) {
    if (!p.resolved) return w.null();
    w.open('{');
    w.key("name").str_or_null(p.name);
    w.key("geonameid").int_or_null(p.geonameid, p.geonameid != 0);
    w.key("lat").number(round_to(p.lat, 6));
    w.key("lon").number(round_to(p.lon, 6));
    w.key("country").str_or_null(p.country);
    w.key("admin1").str_or_null(p.admin1);
    w.key("admin1_code").str_or_null(p.admin1_code);
    w.key("geo_precision").integer(static_cast<int>(p.precision));
    w.key("place_id").str_or_null(p.id);
    w.key("country_name").str_or_null(p.country_name);
    w.key("feature").str_or_null(p.feature);
    w.key("text").str_or_null(p.text);
    w.close('}');
}

void event(LineWriter& w, const Event& e) {
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
    location(w, e.location);
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

} // namespace

void append_jsonl_document(std::string& out, const DocumentResult& doc) {
    LineWriter w(out);
    w.open('{');
    w.key("id").str(doc.doc_id);
    w.key("dct").str_or_null(doc.dct.value);
    w.key("dct_source").str(doc.dct.source);
    w.key("events").open('[');
    for (const Event& e : doc.events)
        event(w, e);
    w.close(']');
    w.key("claims").open('[');
    for (const SpatialClaim& c : doc.claims)
        w.json(claim_json(c)); // rare: the tree writer
    w.close(']');
    if (!doc.error.empty()) w.key("error").str(doc.error);
    if (doc.seq != static_cast<std::size_t>(-1)) {
        w.key("seq").unsigned_integer(doc.seq);
        w.key("input").str(doc.input);
        w.key("line").int_or_null(static_cast<long long>(doc.line), doc.line != 0);
    }
    w.close('}');
}

} // namespace gt::io::detail
