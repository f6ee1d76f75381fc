#pragma once
// The command line's own words: "did you mean" suggestions, numeric validators with clear
// messages, the short top-level help, the version, and CLI11's parse errors rewritten as
// "geotimeline: WHAT; WHAT TO DO" (docs/reference.md, "Exit codes").

#include "io/writers.hpp"

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace gt::cli {

/// Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
/// neighbouring characters each count 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a typo (or `word` is a prefix
/// of exactly one candidate); empty when none is.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// Validator: a whole number from `min` to `max` ("--jobs: '-3' is not a whole number >= 1").
CLI::Validator whole_number(long long min, long long max = -1);
/// Validator: a decimal number from `min` to `max`, `what` naming it in the message.
CLI::Validator decimal_in(double min, double max, const std::string& what);

/// Names the values of a command's options in its help ("-o,--output FILE", "--limit N") instead of
/// CLI11's C++ types ("TEXT", "INT"); positionals show their name only.
void name_option_values(CLI::App& sub);

/// The output format of extract and merge: io::choose_format, but the human summary (table) when
/// neither --format nor --ogr-driver is given and standard output is a terminal.
io::Format output_format(const std::string& format, const std::string& ogr_driver, const std::string& output);

/// Throws OutputError when the folder an output file `output` goes into does not exist (or is no
/// folder): said before any work, instead of a failure to create a lock or temporary file.
void check_output_folder(const std::string& output);

/// The short top-level help: one line per command.
void print_top_help(std::ostream& out);
/// "geotimeline X.Y.Z" and the gazetteer index a command would use.
void print_version(std::ostream& out);

/// The command line with the options of `sub` that follow '--' moved before it: '--' is written
/// before negative numbers (which need none), and `near -- -33.9 18.4 --limit 2` means --limit.
/// `args` as is when a word after '--' looks like an option the command does not have and is no
/// number ("-notes.txt": '--' then means what POSIX says, everything after it is an argument).
std::vector<std::string> options_before_dashes(const std::vector<std::string>& args, const CLI::App* sub);

/// The message of a CLI11 parse error in `command` ("extract", "gazetteer lookup"): the cause
/// and what to do, without the "geotimeline: " prefix. `sub` is the command's CLI11 app (its
/// options are the candidates of "did you mean"); `args` the command line after the program.
std::string describe_parse_error(const CLI::ParseError& e, const std::string& command,
                                 const CLI::App* sub, const std::vector<std::string>& args);

} // namespace gt::cli
