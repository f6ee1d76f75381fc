#pragma once
// Readers of documents: JSONL (one JSON object per line) and plain text files.
// io/ knows only core/ types (and text/'s UTF-8 helpers).
//
// JSONL line: {"id", "date": "YYYY-MM-DD"|null, "text", "title"?, "source"?, "url"?}
// ("dct" is accepted when "date" is absent). A line that is not such an object yields an
// error naming the file and the line; reading goes on with the next line.

#include "core/document.hpp"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

namespace gt::io {

class JsonlReader {
  public:
    /// Reads from `in`; `name` is used in error messages and Document::input.
    JsonlReader(std::istream& in, std::string name);

    /// Reads the next non-blank line. Returns false at the end of the input. Otherwise
    /// either fills `doc` and leaves `error` empty, or sets `error` ("FILE:LINE: what").
    /// Bytes that are not valid UTF-8 inside the line are repaired (text::to_valid_utf8).
    bool next(Document& doc, std::string& error);

    /// 1-based number of the line last read.
    std::size_t line() const noexcept { return line_; }

    /// Bytes taken from the stream so far (line ends included): the position in the input
    /// without asking the stream (tellg costs a system call on a file).
    std::uint64_t bytes_read() const noexcept { return consumed_; }

    /// Lines longer than `n` bytes are not kept in memory: the rest of such a line is skipped
    /// and next() reports it as an error. Default: no limit.
    void set_max_line_bytes(std::size_t n) noexcept { max_line_ = n; }

  private:
    std::istream& in_;
    std::string name_;
    std::string buf_;
    std::size_t line_ = 0;
    std::uint64_t consumed_ = 0;
    std::size_t max_line_ = static_cast<std::size_t>(-1);
};

/// Parses one JSONL line into `doc`; returns an empty string or the reason it failed.
std::string parse_document_line(const std::string& line, Document& doc);

/// Reads a whole text file ("-": standard input) as raw bytes into doc.text (not repaired:
/// the caller decides how to treat invalid UTF-8). Throws gt::InputError when unreadable.
Document read_text_document(const std::string& path);

} // namespace gt::io
