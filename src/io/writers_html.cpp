// The self-contained HTML map: Leaflet, topojson-client, the world-atlas country shapes and the
// page's own script and style are embedded in the binary (web_assets.hpp) and written inline,
// the events as columns in a <script type="application/json"> block and plain-text blocks
// (writers_html_columns.cpp); a Content-Security-Policy
// meta tag forbids every fetch. The page builds its DOM with textContent only (src/io/web/map.js).
#include "core/error.hpp"
#include "io/feature_spill.hpp"
#include "io/html_map.hpp"
#include "io/web_assets.hpp"
#include "io/writers.hpp"
#include "io/writers_internal.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <ostream>
#include <vector>

namespace gt::io {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string script_json(const FeatureJson& j) {
    return script_safe(detail::dump(j));
}

std::string script_safe(std::string_view s) {
    // Outside strings JSON has none of these characters, so escaping them everywhere keeps it
    // valid JSON; inside <script> none can end the element or open a comment.
    std::string out;
    out.reserve(s.size() + 64);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
                 (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
            out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            out += c;
    }
    return out;
}

namespace {

constexpr const char* kCsp =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

std::string_view need(std::string_view name) {
    std::string_view a = web::asset(name);
    if (a.empty())
        throw DataError(
            "the HTML map needs the web asset '" + std::string(name) +
            "', which this build does not have: run scripts/fetch-web-assets, then rebuild");
    return a;
}

} // namespace

void write_html_map(std::ostream& out, const FeatureJson& features, std::string_view title) {
    write_html_map(out, MapData(features), title);
}

void write_html_map(std::ostream& out, const MapData& data, std::string_view title) {
    const std::string_view leaflet_js = need("leaflet.js"), leaflet_css = need("leaflet.css"),
                           topojson_js = need("topojson-client.min.js"),
                           countries = need("countries-50m.json"), map_js = need("map.js"),
                           map_css = need("map.css");
    FeatureJson head = FeatureJson::object();
    const std::string valid_title = text::to_valid_utf8(title); // a --title in another encoding
    head["title"] = valid_title;
    head["generator"] = "geotimeline " GEOTIMELINE_VERSION;
    const std::string t = html_escape(valid_title);
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << kCsp << "\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"geotimeline " GEOTIMELINE_VERSION "\">\n"
        << "<title>" << t << "</title>\n"
        << "<style>\n"
        << leaflet_css << "\n</style>\n<style>\n"
        << map_css << "\n</style>\n</head>\n<body>\n"
        << "<header><h1 id=\"gt-title\">" << t << "</h1><span id=\"gt-summary\"></span></header>\n"
        << "<main><div id=\"gt-map\" role=\"region\" aria-label=\"Map of the events\"></div>\n"
        << "<aside id=\"gt-side\"><ol id=\"gt-list\" aria-label=\"Events\"></ol></aside></main>\n"
        << "<footer id=\"gt-time\">\n"
        << "<button type=\"button\" id=\"gt-play\" aria-label=\"Play\">&#9654; Play</button>\n"
        << "<input type=\"range\" id=\"gt-slider\" min=\"0\" max=\"0\" value=\"0\" step=\"1\" "
           "aria-label=\"Date\">\n"
        << "<output id=\"gt-date\"></output>\n"
        << "<label>Show <select id=\"gt-mode\"><option value=\"cumulative\">every event up to the "
           "date</option>"
        << "<option value=\"window\">the events of the last</option></select></label>\n"
        << "<label id=\"gt-window-label\"><input type=\"number\" id=\"gt-window\" min=\"1\" "
           "value=\"7\"> days</label>\n"
        << "<span id=\"gt-count\" aria-live=\"polite\"></span>\n</footer>\n";
    data.write_data(out, head);
    out << "<script type=\"application/json\" id=\"gt-basemap\">" << countries << "</script>\n"
        << "<script>\n"
        << leaflet_js << "\n</script>\n<script>\n"
        << topojson_js << "\n</script>\n"
        << "<script>\n"
        << map_js << "\n</script>\n";
    // After the page's script: it draws the map before the parser reaches them.
    data.write_lazy_blocks(out);
    out << "</body>\n</html>\n";
}

namespace detail {

namespace {

/// Collects the features like the GeoJSON writer (events sorted by date, stable, undated last;
/// then the claims; a FeatureSpill past its budget) and writes the page, or the TimelineJS JSON,
/// at end(), its columns (or slides) built a feature at a time.
class FeaturePageWriter final : public EventWriter {
  public:
    FeaturePageWriter(std::ostream& out, bool html) : out_(out), html_(html) {}

    void document(const DocumentResult& doc) override {
        for (const Event& e : doc.events)
            spill_.add_event(event_date(e.date), dump(event_feature(e)));
        for (std::size_t i = 0; i < doc.claims.size(); ++i)
            spill_.add_claim(dump(claim_feature(doc.claims[i], doc.doc_id, i)));
    }

    void end() override {
        if (ended_) return;
        ended_ = true;
        if (html_) {
            MapData data;
            spill_.drain([&](std::string_view f) { data.add(Json::parse(f)); });
            write_html_map(out_, data, "geotimeline events");
        } else {
            TimelineJs timeline;
            spill_.drain([&](std::string_view f) { timeline.add(Json::parse(f)); });
            timeline.write(out_, "geotimeline events");
        }
        flush_and_check(out_);
    }

  private:
    std::ostream& out_;
    bool html_;
    FeatureSpill spill_;
    bool ended_ = false;
};

} // namespace

std::unique_ptr<EventWriter> make_html_writer(std::ostream& out) {
    return std::make_unique<FeaturePageWriter>(out, true);
}
std::unique_ptr<EventWriter> make_timelinejs_writer(std::ostream& out) {
    return std::make_unique<FeaturePageWriter>(out, false);
}

} // namespace detail

} // namespace gt::io
