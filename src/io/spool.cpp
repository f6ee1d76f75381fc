#include "io/spool.hpp"

#include "core/error.hpp"
#include "core/write_all.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace gt::io {

namespace {
constexpr std::size_t kSpoolBuffer = std::size_t{1} << 20;
}

Spool::Spool(std::string what) : what_(std::move(what)) {}

Spool::~Spool() {
    if (fd_ >= 0) ::close(fd_);
}

void Spool::fail(const char* verb) const {
    throw OutputError(std::string("cannot ") + verb + " the temporary file that " + what_ + ": " +
                      std::strerror(errno) + " (set TMPDIR to a directory with room)");
}

Spool::Ref Spool::append(std::string_view bytes) {
    const Ref ref{size(), bytes.size()};
    pending_.append(bytes);
    if (pending_.size() >= kSpoolBuffer) flush();
    return ref;
}

void Spool::flush() {
    if (pending_.empty()) return;
    if (fd_ < 0) {
        const char* dir = std::getenv("TMPDIR");
        std::string path = std::string(dir && *dir ? dir : "/tmp") + "/geotimeline-spool-XXXXXX";
        fd_ = ::mkstemp(path.data());
        if (fd_ < 0) fail("create");
        ::unlink(path.c_str()); // gone when closed, whatever happens to the run
    }
    std::size_t written = 0;
    const int err = write_all(fd_, pending_.data(), pending_.size(), &written);
    size_ += written;
    if (err) {
        errno = err;
        fail("write");
    }
    pending_.clear();
}

void Spool::read(Ref ref, std::string& out) {
    out.resize(static_cast<std::size_t>(ref.size));
    if (ref.offset >= size_) { // still in the buffer
        std::memcpy(out.data(), pending_.data() + (ref.offset - size_), out.size());
        return;
    }
    flush();
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t r = ::pread(fd_, out.data() + done, out.size() - done,
                                  static_cast<off_t>(ref.offset + done));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (r == 0) errno = EIO;
            fail("read back");
        }
        done += static_cast<std::size_t>(r);
    }
}

} // namespace gt::io
