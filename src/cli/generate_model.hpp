#pragma once
// What the generators of generate.cpp read from a command's CLI11 app: its arguments and
// options in the order of --help, with value names and how to complete their values.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace gt::cli::gen {

/// How a value is completed in a shell.
enum class Complete { none, file, dir, words };

struct Opt {
    std::vector<std::string> names; // "-o", "--output"; for an argument its name ("INPUT")
    std::string value;              // "FILE", "N"; empty for a flag
    std::string help;               // the description --help shows
    bool positional = false;
    bool required = false;
    bool many = false;              // takes any number of values ("INPUT...")
    Complete complete = Complete::none;
    std::vector<std::string> words; // Complete::words: the values ("geojson", "csv", ...)
};

/// The options (first, --help among them) and then the arguments of `app`, as --help lists them.
std::vector<Opt> options_of(const CLI::App& app);

/// "geotimeline extract [OPTIONS] INPUT..." (arguments in brackets when optional).
std::string usage_line(const std::string& path, const std::vector<Opt>& opts);

/// The words that may follow `prefix` on the command line ("" for the first word).
std::vector<std::string> next_words(const std::string& prefix);

/// The text before the first " (" or "; " of a description: short enough for a completion menu.
std::string short_help(const std::string& help);

} // namespace gt::cli::gen
