#pragma once
// Writing all of a buffer to a file descriptor: the one loop of every writer that writes with
// write(2) (io::FdOutput, io::Spool, the batch journal, the gazetteer index writer): a call
// interrupted by a signal (EINTR) is made again, a short write goes on with the rest, and a
// write that cannot go on is an error with the system's reason (write(2) returning 0 for a
// regular file means no room: ENOSPC), for the message ("No space left on device").

#include <cerrno>
#include <cstddef>

#include <unistd.h>

namespace gt {

/// Writes the `n` bytes at `p` to `fd`. Returns 0 when all are written, else the errno of the
/// failure (ENOSPC for a write that wrote nothing); `written`, when given, counts the bytes
/// written, also before a failure.
inline int write_all(int fd, const void* p, std::size_t n, std::size_t* written = nullptr) noexcept {
    const char* c = static_cast<const char*>(p);
    std::size_t done = 0;
    int err = 0;
    while (done < n) {
        const ssize_t w = ::write(fd, c + done, n - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            err = w < 0 ? errno : ENOSPC;
            break;
        }
        done += static_cast<std::size_t>(w);
    }
    if (written) *written = done;
    return err;
}

} // namespace gt
