#pragma once
// The documents of a batch run, read one by one in a stable order: the inputs as given;
// a directory's files recursively, sorted by path (hidden files and directories and binary
// files skipped); JSONL files line by line; "-" standard input, and pipes, FIFOs and devices
// named as files (JSONL when the first non-blank character is '{', else one text document).
// Inputs are never seeked. Unreadable documents are items with an error, not exceptions.

#include "core/document.hpp"
#include "io/fd_input.hpp"
#include "io/jsonl_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace gt::batch {

struct InputFile {
    std::string path;     // "-" for standard input
    std::string id;       // the id of a text document when its file name is not unique in the run
    bool jsonl = false;   // one document per line
    std::uint64_t size = 0;
    std::int64_t mtime = 0; // seconds since the epoch (0 for stdin and missing files)
};

/// Expands files and directories. Files skipped in directories (binary) are counted in
/// `skipped`. A path that does not exist is kept: reading it gives an error item.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, std::size_t& skipped);

/// What a directory run left out.
struct Skipped {
    std::size_t binary = 0;            // files with NUL bytes (images, archives)
    std::size_t outputs = 0;           // this tool's output formats and the run's own files
    std::vector<std::string> dangling; // symbolic links to nothing (reported by name)
};

/// As above; in directories also skips the files of this tool's output formats (GeoJSON, CSV,
/// HTML, the GIS formats, lock files, journals `*.partial.jsonl`) and the files `own` (the
/// run's output, journal, lock and errors file, by device and inode), and reports symbolic
/// links whose target does not exist.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, Skipped& skipped,
                                     const std::vector<std::string>& own);

struct Item {
    Document doc;        // input and line always set; id when known
    std::string error;   // non-empty: the document cannot be read (why, without FILE:LINE)
    std::string warning; // non-empty: read, with nothing to find in it (an empty text): why
    std::uint64_t bytes = 0;
};

class DocumentSource {
  public:
    DocumentSource(std::vector<InputFile> files, std::size_t max_doc_bytes, std::string default_date);
    ~DocumentSource();
    /// The next document or unreadable item; false at the end.
    bool next(Item& item);

    /// Whether next() can go on without waiting for input: true for files; for standard input,
    /// whether a complete non-blank line is already buffered (false when that is not known).
    /// The engine hands a chunk on when it is false (filter mode: no output waits for input).
    bool next_ready() const noexcept;

    /// JSONL lines longer than this are skipped without being read into memory: 4 × the
    /// document limit, room for JSON escapes ("\u0627" for 2 bytes) and the other fields.
    std::size_t max_line_bytes() const noexcept {
        return max_bytes_ > static_cast<std::size_t>(-1) / 8 ? static_cast<std::size_t>(-1) - 1 : max_bytes_ * 4;
    }

  private:
    /// Standard input: read through a 256 KB buffer of its own (std::cin synchronised with C
    /// stdio takes one character at a time), or std::cin itself when its buffer was replaced.
    std::istream& stdin_stream();
    /// Opens the input file `f`: starts its JSONL reader (false), or fills `item` with its text
    /// document or the reason it cannot be read (true).
    bool open_file(const InputFile& f, Item& item);
    __attribute__((noinline)) void read_stdin_text(std::string lead, Item& item);

    std::vector<InputFile> files_;
    std::size_t max_bytes_;
    std::string date_;
    std::size_t next_file_ = 0;
    std::unique_ptr<io::FdInput> file_;          // the JSONL file being read
    std::unique_ptr<std::istream> file_stream_;  // on file_ (declared after it: goes first)
    std::unique_ptr<io::JsonlReader> reader_;
    std::string reader_name_;
    std::unique_ptr<io::FdInput> stdin_buffer_;
    std::unique_ptr<std::istream> stdin_own_;
    std::istream* stdin_ = nullptr;
    bool reading_stdin_ = false;
    std::uint64_t last_pos_ = 0; // reader_->bytes_read() after the last document
};

/// Why raw bytes cannot be a text document ("contains NUL bytes", mostly undecodable), or ""
/// with `repaired` set to valid UTF-8 (Windows-1252 stray bytes repaired).
std::string text_problem(const std::string& raw, std::string& repaired);

} // namespace gt::batch
