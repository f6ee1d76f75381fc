// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one
// slide per dated event. TimelineJS renders headline, text and group as HTML, so every string
// from an article is HTML-escaped here.
#include "io/html_map.hpp"
#include "io/writers_internal.hpp"

#include <ostream>
#include <set>

namespace gt::io {

namespace {

std::string prop(const FeatureJson& props, const char* key) {
    auto it = props.find(key);
    return it != props.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

/// {"year","month","day"} from an ISO date, as strings like the format's examples; `precision`
/// (ACLED time_precision) 3 drops the day, 4 the month too. Null when `d` is not a date.
FeatureJson tl_date(const std::string& d, int precision) {
    if (d.size() < 10 || !all_digits(d.substr(0, 4)) || !all_digits(d.substr(5, 2)) ||
        !all_digits(d.substr(8, 2)))
        return nullptr;
    FeatureJson o = FeatureJson::object();
    o["year"] = std::to_string(std::stoi(d.substr(0, 4)));
    if (precision <= 3) o["month"] = std::to_string(std::stoi(d.substr(5, 2)));
    if (precision <= 2) o["day"] = std::to_string(std::stoi(d.substr(8, 2)));
    return o;
}

/// TimelineJS uses unique_id in the page address and as an element id: letters, digits, - and _.
std::string safe_id(const std::string& id, std::set<std::string>& seen) {
    std::string s;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        s += ok ? c : '-';
    }
    if (s.empty()) s = "event";
    std::string unique = s;
    for (int n = 2; !seen.insert(unique).second; ++n)
        unique = s + "-" + std::to_string(n);
    return unique;
}

void para(std::string& html, const char* label, const std::string& value) {
    if (value.empty()) return;
    html += "<p>";
    if (label) html += std::string("<b>") + label + "</b> ";
    html += html_escape(value) + "</p>";
}

/// The slide's text: the evidence, actors, fatalities, place, source and link, HTML-escaped.
std::string slide_text(const FeatureJson& p, const std::string& place) {
    std::string html;
    para(html, nullptr, prop(p, "evidence"));
    std::string actors = prop(p, "actor1");
    if (!prop(p, "actor2").empty()) actors += (actors.empty() ? "" : " vs ") + prop(p, "actor2");
    para(html, "Actors:", actors);
    if (p.contains("fatalities") && p["fatalities"].is_number_integer())
        para(html, "Fatalities:", std::to_string(p["fatalities"].get<long long>()));
    if (!place.empty() && p.contains("latitude") && p["latitude"].is_number())
        para(html, "Place:",
             place + " (" + detail::format_fixed(p["latitude"].get<double>(), 4) + ", " +
                 detail::format_fixed(p["longitude"].get<double>(), 4) + ")");
    std::string source = prop(p, "source");
    const std::string url = prop(p, "url"), doc = prop(p, "doc_id");
    if (!doc.empty()) source += (source.empty() ? "" : ", ") + std::string("document ") + doc;
    para(html, "Source:", source);
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0)
        html += "<p><a href=\"" + html_escape(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
                html_escape(url) + "</a></p>";
    return html;
}

} // namespace

/// The slides so far: one per dated event feature.
struct TimelineJs::Slides {
    FeatureJson events = FeatureJson::array();
    std::set<std::string> ids, docs;
    std::size_t undated = 0;

    void add(const FeatureJson& f);
    void write(std::ostream& out, std::string_view title);
};

void TimelineJs::Slides::add(const FeatureJson& f) {
    if (!f.is_object() || !f.contains("properties") || !f["properties"].is_object()) return;
    const FeatureJson& p = f["properties"];
    if (prop(p, "feature_kind") != "event") return;
    const int precision =
        p.contains("time_precision") && p["time_precision"].is_number_integer() ? p["time_precision"].get<int>() : 1;
    const std::string date = prop(p, "event_date");
    std::string start = prop(p, "date_start"), end = prop(p, "date_end");
    if (precision != 2 || start.empty()) start = date;
    FeatureJson sd = tl_date(start, precision);
    if (sd.is_null()) {
        ++undated;
        return;
    }
    docs.insert(prop(p, "doc_id"));
    FeatureJson e = FeatureJson::object();
    e["unique_id"] = safe_id(prop(p, "event_id"), ids);
    e["start_date"] = std::move(sd);
    if (precision == 2 && !end.empty() && end != start) {
        FeatureJson ed = tl_date(end, precision);
        if (!ed.is_null()) e["end_date"] = std::move(ed);
    }
    const std::string type = prop(p, "event_type"), sub = prop(p, "sub_event_type");
    std::string place = prop(p, "location");
    if (place.empty()) place = prop(p, "location_text");
    std::string headline = sub.empty() ? (type.empty() ? "Event" : type) : sub;
    if (!place.empty()) headline += " \u2014 " + place;
    e["text"] = FeatureJson{{"headline", html_escape(headline)}, {"text", slide_text(p, place)}};
    if (!type.empty()) e["group"] = html_escape(type);
    events.push_back(std::move(e));
}

void TimelineJs::Slides::write(std::ostream& out, std::string_view title) {
    FeatureJson doc = FeatureJson::object();
    std::string summary = std::to_string(events.size()) + " dated event" + (events.size() == 1 ? "" : "s") +
                          " from " + std::to_string(docs.size()) + " document" + (docs.size() == 1 ? "" : "s");
    if (undated) summary += "; " + std::to_string(undated) + " undated left out";
    summary += ". Made by geotimeline " GEOTIMELINE_VERSION ".";
    doc["title"] =
        FeatureJson{{"text", {{"headline", html_escape(title)}, {"text", "<p>" + html_escape(summary) + "</p>"}}}};
    doc["events"] = std::move(events);
    events = FeatureJson::array();
    out << detail::dump(doc) << '\n';
}

TimelineJs::TimelineJs() : s_(std::make_unique<Slides>()) {}
TimelineJs::~TimelineJs() = default;
void TimelineJs::add(const FeatureJson& feature) { s_->add(feature); }
void TimelineJs::write(std::ostream& out, std::string_view title) { s_->write(out, title); }

void write_timelinejs(std::ostream& out, const FeatureJson& features, std::string_view title) {
    TimelineJs timeline;
    for (const FeatureJson& f : features.is_array() ? features : FeatureJson::array()) timeline.add(f);
    timeline.write(out, title);
}

} // namespace gt::io
