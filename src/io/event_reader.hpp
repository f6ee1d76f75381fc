#pragma once
// Reader of `extract --format jsonl` output: one JSONL line → one DocumentResult, the inverse
// of the JSONL writer (writers.hpp) over every key it writes (docs/reference.md, "JSONL").
// Used by the batch engine's journal (--resume) and by `geotimeline merge`.

#include "core/event.hpp"

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace gt::io {

/// Parses one JSONL document line into `out` (replacing it); returns "" or why it is not a
/// document line of our JSONL output. Places and time expressions are not in the format:
/// `places` and `timexes` stay empty.
std::string parse_result_line(std::string_view line, DocumentResult& out);

/// Reads document lines one by one; blank lines are skipped.
class ResultReader {
  public:
    /// `name` is used in error messages.
    ResultReader(std::istream& in, std::string name);
    /// Returns false at the end; throws gt::InputError "NAME:LINE: why" for a line that is not
    /// a document line.
    bool next(DocumentResult& out);
    std::size_t line() const noexcept { return line_; }
    /// The text of the last document line read (without its line end).
    std::string_view text() const noexcept { return buf_; }

  private:
    std::istream& in_;
    std::string name_, buf_;
    std::size_t line_ = 0;
};

} // namespace gt::io
