#include "io/feature_spill.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace gt::io::detail {

namespace {

bool before(const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();
    return a < b;
}

[[noreturn]] void fail(const std::string& what) {
    throw OutputError("cannot " + what + " the temporary file that sorts the GeoJSON features: " +
                      std::strerror(errno) + " (set TMPDIR to a directory with room)");
}

void put_u64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

// Reads one run of the temporary file back, record by record, through a small buffer.
class RunReader {
  public:
    RunReader(int fd, std::uint64_t begin, std::uint64_t end) : fd_(fd), pos_(begin), end_(end) {}
    // Reads the next string of the run into `s`; false at the run's end.
    bool next(std::string& s) {
        if (pos_ >= end_ && at_ == buf_.size()) return false;
        std::uint64_t n = 0;
        read(reinterpret_cast<char*>(&n), sizeof n);
        s.resize(n);
        read(s.data(), n);
        return true;
    }

  private:
    void read(char* dst, std::uint64_t n) {
        while (n > 0) {
            if (at_ == buf_.size()) refill();
            std::size_t k = static_cast<std::size_t>(std::min<std::uint64_t>(n, buf_.size() - at_));
            std::memcpy(dst, buf_.data() + at_, k);
            at_ += k;
            dst += k;
            n -= k;
        }
    }
    void refill() {
        std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(std::uint64_t{1} << 16, end_ - pos_));
        if (want == 0) {
            errno = EIO;
            fail("read back");
        }
        buf_.resize(want);
        std::size_t got = 0;
        while (got < want) {
            ssize_t r = ::pread(fd_, buf_.data() + got, want - got, static_cast<off_t>(pos_ + got));
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) {
                if (r == 0) errno = EIO;
                fail("read back");
            }
            got += static_cast<std::size_t>(r);
        }
        pos_ += want;
        at_ = 0;
    }
    int fd_;
    std::uint64_t pos_, end_;
    std::string buf_;
    std::size_t at_ = 0;
};

} // namespace

FeatureSpill::~FeatureSpill() {
    if (fd_ >= 0) ::close(fd_);
}

void FeatureSpill::add_event(std::string date, std::string feature) {
    held_ += date.size() + feature.size() + sizeof(Item);
    events_.push_back({std::move(date), std::move(feature)});
    if (held_ > budget_) spill();
}

void FeatureSpill::add_claim(std::string feature) {
    held_ += feature.size() + sizeof(std::string);
    claims_.push_back(std::move(feature));
    if (held_ > budget_) spill();
}

void FeatureSpill::open_file() {
    const char* dir = std::getenv("TMPDIR");
    std::string path = std::string(dir && *dir ? dir : "/tmp") + "/geotimeline-geojson-XXXXXX";
    fd_ = ::mkstemp(path.data());
    if (fd_ < 0) fail("create");
    ::unlink(path.c_str()); // gone when closed, whatever happens to the run
}

void FeatureSpill::write(const void* p, std::size_t n) {
    const char* c = static_cast<const char*>(p);
    while (n > 0) {
        ssize_t r = ::write(fd_, c, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) fail("write");
        c += r;
        n -= static_cast<std::size_t>(r);
        size_ += static_cast<std::uint64_t>(r);
    }
}

void FeatureSpill::spill() {
    if (fd_ < 0) open_file();
    std::stable_sort(events_.begin(), events_.end(), [](const Item& a, const Item& b) { return before(a.date, b.date); });
    auto flush_run = [&](auto& runs, auto&& each) {
        std::uint64_t begin = size_;
        out_.clear();
        each();
        write(out_.data(), out_.size());
        if (size_ > begin) runs.emplace_back(begin, size_);
    };
    flush_run(runs_, [&] {
        for (const Item& it : events_) {
            put_u64(out_, it.date.size());
            out_ += it.date;
            put_u64(out_, it.feature.size());
            out_ += it.feature;
            if (out_.size() > (std::size_t{1} << 20)) {
                write(out_.data(), out_.size());
                out_.clear();
            }
        }
    });
    flush_run(claim_runs_, [&] {
        for (const std::string& c : claims_) {
            put_u64(out_, c.size());
            out_ += c;
        }
    });
    events_.clear();
    events_.shrink_to_fit();
    claims_.clear();
    claims_.shrink_to_fit();
    out_.clear();
    out_.shrink_to_fit();
    held_ = 0;
}

void FeatureSpill::drain(const std::function<void(std::string_view)>& put) {
    if (fd_ < 0) { // under the budget: one stable sort in memory
        std::stable_sort(events_.begin(), events_.end(), [](const Item& a, const Item& b) { return before(a.date, b.date); });
        for (const Item& it : events_) put(it.feature);
        for (const std::string& c : claims_) put(c);
    } else {
        spill();
        // k-way merge of the runs; equal dates from the earlier run first (the runs are in
        // document order), so the order is that of one stable sort
        struct Head {
            RunReader reader;
            std::string date, feature;
            bool live = false;
        };
        std::vector<Head> heads;
        heads.reserve(runs_.size());
        for (const auto& [b, e] : runs_) {
            heads.push_back({RunReader(fd_, b, e), {}, {}, false});
            Head& h = heads.back();
            h.live = h.reader.next(h.date) && h.reader.next(h.feature);
        }
        for (;;) {
            Head* best = nullptr;
            for (Head& h : heads)
                if (h.live && (!best || before(h.date, best->date))) best = &h;
            if (!best) break;
            put(best->feature);
            best->live = best->reader.next(best->date) && best->reader.next(best->feature);
        }
        std::string c;
        for (const auto& [b, e] : claim_runs_)
            for (RunReader r(fd_, b, e); r.next(c);) put(c);
        ::close(fd_);
        fd_ = -1;
        runs_.clear();
        claim_runs_.clear();
        size_ = 0;
    }
    events_.clear();
    claims_.clear();
    held_ = 0;
}

} // namespace gt::io::detail
