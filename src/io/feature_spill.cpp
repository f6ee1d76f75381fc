#include "io/feature_spill.hpp"

#include "core/error.hpp"
#include "io/spool.hpp"

#include <algorithm>
#include <cstring>

namespace gt::io::detail {

namespace {

bool before(const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();
    return a < b;
}

/// A string as a record of the spool: its size (8 bytes), then its bytes.
void put_string(Spool& spool, std::string_view s) {
    const std::uint64_t n = s.size();
    spool.append(std::string_view(reinterpret_cast<const char*>(&n), sizeof n));
    spool.append(s);
}

// Reads one run of the spool back, string by string, through a small buffer.
class RunReader {
  public:
    RunReader(Spool& spool, std::uint64_t begin, std::uint64_t end) : spool_(&spool), pos_(begin), end_(end) {}
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
        const std::uint64_t want = std::min<std::uint64_t>(std::uint64_t{1} << 16, end_ - pos_);
        if (want == 0)
            throw OutputError("the temporary file that sorts the GeoJSON features ends inside a record");
        spool_->read({pos_, want}, buf_);
        pos_ += want;
        at_ = 0;
    }
    Spool* spool_;
    std::uint64_t pos_, end_;
    std::string buf_;
    std::size_t at_ = 0;
};

} // namespace

FeatureSpill::FeatureSpill(std::size_t budget) : budget_(budget) {}

FeatureSpill::~FeatureSpill() = default;

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

void FeatureSpill::spill() {
    if (!spool_) spool_ = std::make_unique<Spool>("sorts the GeoJSON features");
    std::stable_sort(events_.begin(), events_.end(), [](const Item& a, const Item& b) { return before(a.date, b.date); });
    std::uint64_t begin = spool_->size();
    for (const Item& it : events_) {
        put_string(*spool_, it.date);
        put_string(*spool_, it.feature);
    }
    if (spool_->size() > begin) runs_.emplace_back(begin, spool_->size());
    begin = spool_->size();
    for (const std::string& c : claims_) put_string(*spool_, c);
    if (spool_->size() > begin) claim_runs_.emplace_back(begin, spool_->size());
    events_.clear();
    events_.shrink_to_fit();
    claims_.clear();
    claims_.shrink_to_fit();
    held_ = 0;
}

void FeatureSpill::drain(const std::function<void(std::string_view)>& put) {
    if (!spool_) { // under the budget: one stable sort in memory
        std::stable_sort(events_.begin(), events_.end(), [](const Item& a, const Item& b) { return before(a.date, b.date); });
        for (const Item& it : events_) put(it.feature);
        for (const std::string& c : claims_) put(c);
    } else {
        spill();
        merge_runs(put);
        spool_.reset();
        runs_.clear();
        claim_runs_.clear();
    }
    events_.clear();
    claims_.clear();
    held_ = 0;
}

// k-way merge of the runs; equal dates from the earlier run first (the runs are in document
// order), so the order is that of one stable sort; then the claims in document order.
void FeatureSpill::merge_runs(const std::function<void(std::string_view)>& put) {
    struct Head {
        RunReader reader;
        std::string date, feature;
        bool live = false;
    };
    std::vector<Head> heads;
    heads.reserve(runs_.size());
    for (const auto& [b, e] : runs_) {
        heads.push_back({RunReader(*spool_, b, e), {}, {}, false});
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
        for (RunReader r(*spool_, b, e); r.next(c);) put(c);
}

} // namespace gt::io::detail
