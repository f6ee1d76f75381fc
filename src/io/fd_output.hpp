#pragma once
// Output to a file descriptor the caller opened (with O_EXCL | O_NOFOLLOW: core/exclusive_file.hpp)
// through a buffer of its own. Unlike std::ofstream it can write to a descriptor, keeps the
// system's reason of a failed write in errno for the message (ENOSPC: "No space left on
// device"), and is closed with its result checked.

#include <cstddef>
#include <memory>
#include <streambuf>

namespace gt::io {

class FdOutput final : public std::streambuf {
  public:
    /// Writes to `fd` (owned: closed at the end) through a buffer of `buffer_bytes`.
    FdOutput(int fd, std::size_t buffer_bytes);
    ~FdOutput() override;
    FdOutput(const FdOutput&) = delete;
    FdOutput& operator=(const FdOutput&) = delete;

    int fd() const noexcept { return fd_; }
    /// The errno of the first failed write (0: none): the stream's later flushes do not write
    /// again, so this is the system's reason of a failed output.
    int error() const noexcept { return error_; }
    /// Writes what is buffered and closes the descriptor: false (errno set) when either fails or
    /// a write failed before.
    bool close();

  protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

  private:
    bool drain();
    bool write_out(const char* p, std::size_t n);

    int fd_;
    int error_ = 0; // errno of the first failed write
    std::unique_ptr<char[]> buffer_;
    std::size_t capacity_;
};

} // namespace gt::io
