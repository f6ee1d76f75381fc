#include "io/fd_output.hpp"

#include "core/write_all.hpp"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace gt::io {

FdOutput::FdOutput(int fd, std::size_t buffer_bytes)
    : fd_(fd), buffer_(std::make_unique_for_overwrite<char[]>(buffer_bytes ? buffer_bytes : 1)),
      capacity_(buffer_bytes ? buffer_bytes : 1) {
    setp(buffer_.get(), buffer_.get() + capacity_);
}

FdOutput::~FdOutput() {
    if (fd_ >= 0) ::close(fd_);
}

bool FdOutput::write_out(const char* p, std::size_t n) {
    if (error_) {
        errno = error_;
        return false;
    }
    error_ = write_all(fd_, p, n);
    errno = error_;
    return error_ == 0;
}

bool FdOutput::drain() {
    const auto n = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_.get(), buffer_.get() + capacity_);
    if (n > 0) return write_out(buffer_.get(), n);
    if (error_) errno = error_;
    return error_ == 0;
}

FdOutput::int_type FdOutput::overflow(int_type c) {
    if (fd_ < 0 || !drain()) return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

std::streamsize FdOutput::xsputn(const char* s, std::streamsize n) {
    if (fd_ < 0 || n <= 0) return 0;
    const auto size = static_cast<std::size_t>(n);
    const auto room = static_cast<std::size_t>(epptr() - pptr());
    if (size <= room) {
        std::memcpy(pptr(), s, size);
        pbump(static_cast<int>(size));
        return n;
    }
    if (!drain()) return 0;
    if (size >= capacity_) return write_out(s, size) ? n : 0; // large: straight through
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
}

int FdOutput::sync() { return fd_ >= 0 && drain() ? 0 : -1; }

bool FdOutput::close() {
    if (fd_ < 0) return error_ == 0;
    bool ok = drain();
    int err = ok ? 0 : errno;
    if (::close(fd_) != 0 && ok) {
        ok = false;
        err = errno;
    }
    fd_ = -1;
    if (!ok) errno = err;
    return ok;
}

} // namespace gt::io
