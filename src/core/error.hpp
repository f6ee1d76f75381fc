#pragma once
// Typed errors and the exit codes they map to (docs/reference.md, "Exit codes").
// core/ includes nothing of ours.

#include <stdexcept>
#include <string>

namespace gt {

enum ExitCode : int {
    exit_ok = 0,
    exit_input_failed = 1, // some input could not be read or a name was not found
    exit_usage = 2,        // bad command line
    exit_data = 3,         // the gazetteer index or another data file is missing or unusable
    exit_output = 4,       // an output file could not be written
};

/// Base of every error the tool reports to the user; what() is the whole message.
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& what, int code = exit_input_failed)
        : std::runtime_error(what), code_(code) {}
    int exit_code() const noexcept { return code_; }

  private:
    int code_;
};

/// An input file or document could not be read.
struct InputError : Error {
    explicit InputError(const std::string& what) : Error(what, exit_input_failed) {}
};
/// The command line does not make sense.
struct UsageError : Error {
    explicit UsageError(const std::string& what) : Error(what, exit_usage) {}
};
/// A data file the tool needs (gazetteer index, lexicon) is missing, truncated or foreign.
struct DataError : Error {
    explicit DataError(const std::string& what) : Error(what, exit_data) {}
};
/// An output could not be written.
struct OutputError : Error {
    explicit OutputError(const std::string& what) : Error(what, exit_output) {}
};

} // namespace gt
