#include "batch/output_lock.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gt::batch {

namespace {

/// What the holder wrote into the lock file ("pid 1234 on node7"), or "".
std::string holder(int fd) {
    char buf[256];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return {};
    std::string s(buf, static_cast<std::size_t>(n));
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20) c = ' '; // no terminal control from the file
    return s;
}

} // namespace

std::string lock_path(const std::string& output) { return output + ".lock"; }

OutputLock::OutputLock(const std::string& output) : path_(lock_path(output)) {
    // A lock file removed by its holder between our open and our flock is a stale inode: the
    // holder's successor locks a new file at the same name. Lock the file the name holds.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0) {
            const int err = errno;
            throw OutputError("cannot create the lock file '" + path_ + "' of '" + output + "': " +
                              std::strerror(err) +
                              (err == ELOOP ? " (it is a symbolic link: remove it)"
                                            : "; check that the directory exists and is writable"));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int err = errno;
            const std::string who = holder(fd);
            ::close(fd);
            if (err == EWOULDBLOCK)
                throw UsageError("another run is writing '" + output + "' (" +
                                 (who.empty() ? std::string("it holds '") + path_ + "'"
                                              : who + ", holding '" + path_ + "'") +
                                 "); wait for it to finish or stop it, then rerun with --resume: "
                                 "two runs on one output would destroy it");
            throw OutputError("cannot lock '" + path_ + "': " + std::strerror(err));
        }
        struct stat by_fd {}, by_name {};
        if (::fstat(fd, &by_fd) == 0 && ::lstat(path_.c_str(), &by_name) == 0 &&
            by_fd.st_dev == by_name.st_dev && by_fd.st_ino == by_name.st_ino) {
            fd_ = fd;
            char host[128] = "?";
            ::gethostname(host, sizeof host - 1);
            const std::string me = "pid " + std::to_string(::getpid()) + " on " + host + "\n";
            if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, me.data(), me.size(), 0) < 0) {
                // who holds it is only for the message of a second run
            }
            return;
        }
        ::close(fd); // removed or replaced meanwhile: take the new one
    }
    throw OutputError("cannot lock '" + path_ + "': it keeps being replaced");
}

OutputLock::~OutputLock() {
    if (fd_ < 0) return;
    ::unlink(path_.c_str()); // while still holding it: a waiting run then sees a new inode
    ::close(fd_);
}

} // namespace gt::batch
