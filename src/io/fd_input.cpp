#include "io/fd_input.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gt::io {

FdInput::FdInput(int fd, bool owned) : fd_(fd), owned_(owned), buffer_(std::make_unique<char[]>(kBufferBytes)) {
    setg(buffer_.get(), buffer_.get(), buffer_.get());
}

FdInput::~FdInput() {
    if (owned_ && fd_ >= 0) ::close(fd_);
}

std::unique_ptr<FdInput> FdInput::open(const std::string& path) {
    int fd;
    do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
    auto in = std::make_unique<FdInput>(fd, true);
    struct stat st {};
    in->regular_ = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    return in;
}

int FdInput::first_nonblank() {
    for (std::size_t k = 1; k <= kBufferBytes; ++k) {
        const std::string_view s = peek(k); // reads only when the k-th byte is not buffered yet
        if (s.size() < k) return -1;
        const char c = s[k - 1];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return static_cast<unsigned char>(c);
    }
    return -1;
}

std::size_t FdInput::fill() {
    if (eof_ || failed_) return 0;
    char* end = egptr();
    const std::size_t room = static_cast<std::size_t>(buffer_.get() + kBufferBytes - end);
    for (;;) {
        const ssize_t n = ::read(fd_, end, room);
        if (n > 0) {
            setg(eback(), gptr(), end + n);
            return static_cast<std::size_t>(n);
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) failed_ = true;
        else eof_ = true;
        return 0;
    }
}

FdInput::int_type FdInput::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    setg(buffer_.get(), buffer_.get(), buffer_.get());
    return fill() ? traits_type::to_int_type(*gptr()) : traits_type::eof();
}

std::string_view FdInput::peek(std::size_t n) {
    n = std::min(n, kBufferBytes);
    auto have = [&] { return static_cast<std::size_t>(egptr() - gptr()); };
    if (have() < n && gptr() + n > buffer_.get() + kBufferBytes) { // no room after: move to the start
        const std::size_t k = have();
        std::memmove(buffer_.get(), gptr(), k);
        setg(buffer_.get(), buffer_.get(), buffer_.get() + k);
    }
    while (have() < n && fill() > 0) {
    }
    return {gptr(), std::min(have(), n)};
}

bool FdInput::has_line() const noexcept {
    bool text = false;
    for (const char* p = gptr(); p != egptr(); ++p) {
        if (*p == '\n') {
            if (text) return true;
        } else if (*p != ' ' && *p != '\t' && *p != '\r') {
            text = true;
        }
    }
    return false;
}

bool FdInput::read_rest(std::string& out, std::size_t max) {
    const std::size_t limit = max == static_cast<std::size_t>(-1) ? max : max + 1;
    std::size_t taken = 0;
    for (;;) {
        const std::size_t k = std::min(static_cast<std::size_t>(egptr() - gptr()), limit - taken);
        out.append(gptr(), k);
        gbump(static_cast<int>(k));
        taken += k;
        if (taken == limit) return false; // max + 1 bytes: more than max
        if (underflow() == traits_type::eof()) return true;
    }
}

} // namespace gt::io
