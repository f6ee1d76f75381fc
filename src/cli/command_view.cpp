// geotimeline view: a self-contained HTML map (or TimelineJS3 JSON) of the events of a GeoJSON
// file (docs/reference.md, "## view"; docs/guide.md shows the page). The help text says the same.
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "core/error.hpp"
#include "io/html_map.hpp"
#include "io/writers.hpp"

#include <string>

namespace gt::cli {

namespace {

constexpr const char* kHelp =
    "Make one self-contained HTML file from the events of a GeoJSON file written by 'geotimeline\n"
    "extract' (a FeatureCollection, or GeoJSONSeq: one Feature per line; '-' reads standard "
    "input).\n"
    "The page works offline and fetches nothing: Leaflet, the world basemap (Natural Earth "
    "country\n"
    "shapes from world-atlas) and the events are embedded, and its Content-Security-Policy "
    "forbids\n"
    "every request. It shows the events as markers coloured by event type (legend), a popup per\n"
    "event (date, type and sub-type, actors, fatalities, evidence sentence, source and document "
    "id),\n"
    "the spatial claims as lines coloured by verdict, a list of the events beside the map (click:\n"
    "zoom to the event) and a time slider with play/pause. The slider shows every event up to its\n"
    "date (cumulative, the default) or only those of the last N days (window); events without a\n"
    "date are always shown. Every string from an article is shown as text, never run as HTML.\n"
    "--format timelinejs writes TimelineJS3 JSON instead (one slide per dated event).\n"
    "The format is --format, else the extension of -o (.html, .htm: html; .json: timelinejs), "
    "else\n"
    "html. Files are written atomically (a temporary file renamed at the end).\n"
    "Exit codes: 0 ok, 1 the input cannot be read, 2 usage, 3 this build has no web assets\n"
    "(run scripts/fetch-web-assets and rebuild), 4 output failed. See docs/reference.md.";

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class ViewCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.description(kHelp);
        app.add_option("EVENTS", input_,
                       "GeoJSON (or GeoJSONSeq) file of events, '-' for standard input")
            ->required();
        app.add_option("-o,--output", output_, "Output file (default: standard output)");
        app.add_option("--format", format_,
                       "html or timelinejs (default: from -o's extension, else html)");
        app.add_option("--title", title_,
                       "Title of the page or timeline (default: the input file name)");
    }

    int run() override {
        io::Format fmt = io::Format::html;
        if (!format_.empty()) {
            fmt = io::parse_format(format_);
            if (fmt != io::Format::html && fmt != io::Format::timelinejs)
                throw UsageError("view: --format '" + format_ +
                                 "' is not html or timelinejs; use 'extract' for "
                                 "the other formats");
        } else if (ends_with(output_, ".json") || ends_with(output_, ".JSON")) {
            fmt = io::Format::timelinejs;
        }
        std::string title = title_;
        if (title.empty()) {
            const auto slash = input_.find_last_of('/');
            title = input_ == "-"
                        ? std::string("geotimeline events")
                        : "geotimeline: " +
                              (slash == std::string::npos ? input_ : input_.substr(slash + 1));
        }
        const io::FeatureJson features = io::read_features(input_);
        io::OutputFile out(output_);
        if (fmt == io::Format::html)
            io::write_html_map(out.stream(), features, title);
        else
            io::write_timelinejs(out.stream(), features, title);
        out.commit();
        return exit_ok;
    }

  private:
    std::string input_, output_, format_, title_;
};

} // namespace

std::unique_ptr<Command> make_view() {
    return std::make_unique<ViewCommand>();
}

} // namespace gt::cli
