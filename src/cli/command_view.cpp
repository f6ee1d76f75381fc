// geotimeline view: a self-contained HTML map (or TimelineJS3 JSON) of the events of a GeoJSON
// file (docs/reference.md, "## view"; docs/guide.md shows the page).
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "core/error.hpp"
#include "io/html_map.hpp"
#include "io/writers.hpp"

#include <string>

#include <sys/stat.h>

namespace gt::cli {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool has_extension(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    return dot != std::string::npos && dot + 1 < path.size() &&
           (slash == std::string::npos ? dot > 0 : dot > slash + 1);
}

/// An existing file that is not a regular file (/dev/stdout, a FIFO): its name says nothing.
bool special_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

class ViewCommand : public Command {
  public:
    void setup(CLI::App& app) override {
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
        } else if (!output_.empty() && output_ != "-" &&
                   io::format_from_extension(output_, io::Format::jsonl) != io::Format::html &&
                   has_extension(output_) && !special_file(output_)) {
            // v.pdf would get HTML under a name that says otherwise.
            throw UsageError("view: -o '" + output_ +
                             "': unknown output extension; use .html or .htm (the map) or .json "
                             "(TimelineJS), or give --format html|timelinejs");
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
