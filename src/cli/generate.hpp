#pragma once
// `geotimeline generate WHAT` (hidden; run at build time): the man pages, the bash/zsh/fish
// completions and the option tables of docs/reference.md, all made from the CLI11 apps that the
// command list (commands.cpp) builds, so that none of them can disagree with --help.

#include <CLI/CLI.hpp>

#include <map>
#include <string>
#include <vector>

namespace gt::cli {

/// The CLI11 app of every command and group, by path ("extract", "gazetteer", "gazetteer lookup").
using Apps = std::map<std::string, CLI::App*>;

/// Runs `geotimeline generate ARGS...` (args: the words after "generate"); returns the exit code.
///   man DIR            geotimeline.1 and geotimeline-PATH.1 (one per command) into DIR
///   completions DIR    geotimeline (bash), _geotimeline (zsh), geotimeline.fish into DIR
///   complete-bash      the bash completion script on stdout (likewise complete-zsh, complete-fish)
///   options-md PATH    the Markdown table of the command's options (docs/reference.md)
int generate(const std::vector<std::string>& args, const Apps& apps);

} // namespace gt::cli
