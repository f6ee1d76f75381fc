#pragma once
// One run per output at a time (docs/batch.md, "One run per output"): an exclusive flock(2) on
// OUTPUT.lock, beside the output, held for the whole run. A second run on the same output (a
// requeued Slurm task while the first still runs, the same command typed twice) fails at once
// with UsageError naming the output and the run holding it, before it touches the output or
// the journal.

#include <string>

namespace gt::batch {

class OutputLock {
  public:
    /// Takes the lock of `output` (OUTPUT.lock, created with O_CREAT|O_NOFOLLOW; a symlink
    /// there is refused). Throws UsageError when another run holds it, OutputError when the
    /// lock file cannot be made.
    explicit OutputLock(const std::string& output);
    /// Removes the lock file and releases the lock.
    ~OutputLock();
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;

    const std::string& path() const noexcept { return path_; }

  private:
    std::string path_;
    int fd_ = -1;
};

/// The lock file of an output: OUTPUT.lock.
std::string lock_path(const std::string& output);

} // namespace gt::batch
