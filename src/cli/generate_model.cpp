// The commands' options as the generators see them (generate_model.hpp).
#include "cli/generate_model.hpp"

#include "cli/command.hpp"

#include <algorithm>
#include <cctype>

namespace gt::cli::gen {

namespace {

bool mentions(std::string text, const std::string& word) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text.find(word) != std::string::npos;
}

// The values a description lists before its first '(': "html or timelinejs (default: ...)",
// "geojson, csv, ... or shp (default ...)": lower-case words only, else none.
std::vector<std::string> listed_values(const std::string& help) {
    std::string head = help.substr(0, help.find('('));
    std::vector<std::string> words;
    std::string w;
    for (std::size_t i = 0; i <= head.size(); ++i) {
        const char c = i < head.size() ? head[i] : ' ';
        if (c == ' ' || c == ',') {
            if (!w.empty() && w != "or") words.push_back(w);
            w.clear();
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            w += c;
        } else {
            return {};
        }
    }
    return words.size() >= 2 ? words : std::vector<std::string>{};
}

void set_completion(Opt& o) {
    if (o.positional) {
        if (mentions(o.help, "file") || mentions(o.help, "director")) o.complete = Complete::file;
        return;
    }
    if (o.value == "FILE") o.complete = Complete::file;
    else if (o.value == "DIR") o.complete = Complete::dir;
    else if (o.value == "FORMAT" && !(o.words = listed_values(o.help)).empty()) o.complete = Complete::words;
}

} // namespace

std::vector<Opt> options_of(const CLI::App& app) {
    std::vector<Opt> opts, args;
    for (const CLI::Option* co : app.get_options()) {
        Opt o;
        o.help = co->get_description();
        o.positional = co->get_positional() && co->get_lnames().empty() && co->get_snames().empty();
        o.required = co->get_required();
        o.many = co->get_items_expected_max() > 1;
        if (o.positional) {
            o.names.push_back(co->get_name());
        } else {
            for (const auto& s : co->get_snames()) o.names.push_back("-" + s);
            for (const auto& l : co->get_lnames()) o.names.push_back("--" + l);
            if (co->get_type_size() != 0) o.value = co->get_type_name();
        }
        set_completion(o);
        (o.positional ? args : opts).push_back(std::move(o));
    }
    opts.insert(opts.end(), args.begin(), args.end());
    return opts;
}

std::string usage_line(const std::string& path, const std::vector<Opt>& opts) {
    std::string line = "geotimeline " + path + " [OPTIONS]";
    for (const auto& o : opts) {
        if (!o.positional) continue;
        const std::string arg = o.names.front() + (o.many ? "..." : "");
        line += " " + (o.required ? arg : "[" + arg + "]");
    }
    return line;
}

std::vector<std::string> next_words(const std::string& prefix) {
    std::vector<std::string> words;
    for (const auto& c : commands()) {
        std::string path = c.path;
        if (!prefix.empty()) {
            if (path.rfind(prefix + " ", 0) != 0) continue;
            path = path.substr(prefix.size() + 1);
        }
        std::string word = path.substr(0, path.find(' '));
        if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
    }
    return words;
}

std::string short_help(const std::string& help) {
    std::size_t end = std::min(help.find(" ("), help.find("; "));
    return help.substr(0, end);
}

} // namespace gt::cli::gen
