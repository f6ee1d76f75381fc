#pragma once
// Input from a file descriptor through a buffer of its own, without ever seeking: regular files,
// FIFOs, pipes, standard input and devices are read the same way (docs/robustness.md, "Pipes
// and FIFOs"). The first bytes are sniffed in the buffer (peek), never by reading and seeking
// back, which fails silently on a pipe.

#include <cstddef>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>

namespace gt::io {

class FdInput final : public std::streambuf {
  public:
    static constexpr std::size_t kBufferBytes = 256 * 1024;

    /// Reads `fd`; closes it at the end when `owned`.
    FdInput(int fd, bool owned);
    ~FdInput() override;
    FdInput(const FdInput&) = delete;
    FdInput& operator=(const FdInput&) = delete;

    /// Opens `path` for reading (a FIFO: waits for its writer). Throws gt::InputError naming the
    /// file and the system's reason.
    static std::unique_ptr<FdInput> open(const std::string& path);

    /// The next `n` bytes (fewer at the end of the input), read as needed, not consumed.
    std::string_view peek(std::size_t n);
    /// The first byte that is not a space, tab or line end, read as far as needed and not
    /// consumed; -1 at the end of the input (or after a buffer of blanks).
    int first_nonblank();
    /// Consumes `n` bytes of those peek() returned.
    void skip(std::size_t n) noexcept { gbump(static_cast<int>(n)); }

    /// A regular file (not a pipe, a FIFO, a socket or a device), as open() found it.
    bool regular() const noexcept { return regular_; }
    /// A read(2) failed (the stream then saw the end of the input).
    bool failed() const noexcept { return failed_; }
    /// A complete line with a non-blank character is in the buffer.
    bool has_line() const noexcept;

    /// Appends the rest of the input to `out`, at most `max` bytes plus one: returns false when
    /// there was more than `max` (`out` then holds max + 1 bytes; the rest is not read).
    bool read_rest(std::string& out, std::size_t max);

  protected:
    int_type underflow() override;

  private:
    /// Reads once into the buffer after its egptr(); returns the bytes read (0: end or error).
    std::size_t fill();

    int fd_;
    bool owned_;
    bool failed_ = false, eof_ = false, regular_ = false;
    std::unique_ptr<char[]> buffer_;
};

} // namespace gt::io
