// Chunked hand-offs of the batch engine (engine.hpp): every thread reads, processes and writes.
#include "batch/engine.hpp"

#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

namespace gt::batch {

namespace {

struct Chunk {
    std::size_t index = 0;                           // position in input order
    std::vector<std::pair<std::size_t, Item>> items; // seq and document
};

class Engine {
  public:
    Engine(unsigned jobs, const ChunkLimits& limits, const ReadFn& read, const ProcessFn& process,
           const RenderFn& render, const WriteFn& write)
        : limits_(limits), capacity_(std::size_t{2} * jobs + 2), read_(read), process_(process),
          render_(render), write_(write) {}

    /// One thread's loop: take a chunk, process it, deliver it; until the input ends.
    void work() {
        try {
            Chunk chunk;
            while (take(chunk))
                deliver(chunk.index, process(chunk));
        } catch (...) { // out of memory while rendering or buffering: stop the run
            fail(std::current_exception());
        }
    }

    void rethrow() const {
        if (error_) std::rethrow_exception(error_);
    }

  private:
    void fail(std::exception_ptr e) {
        std::lock_guard lock(out_m_);
        if (!error_) error_ = e;
        abort_ = true;
        space_.notify_all();
    }

    /// The next chunk from the source, one thread at a time; false at the end or on abort.
    bool take(Chunk& chunk) {
        std::lock_guard read_lock(read_m_);
        if (ended_) return false;
        {
            // Not too far ahead of the writing: memory stays bounded whatever is slow.
            std::unique_lock lock(out_m_);
            if (!abort_ && next_index_ - next_write_ >= capacity_) {
                waiting_ = true;
                space_.wait(lock, [&] { return abort_ || next_index_ - next_write_ < capacity_; });
                waiting_ = false;
            }
            if (abort_) return false;
        }
        chunk.items.clear();
        try {
            std::size_t bytes = 0, seq = 0;
            Item item;
            while (chunk.items.size() < limits_.documents && bytes < limits_.bytes) {
                if (!read_(item, seq)) {
                    ended_ = true;
                    break;
                }
                bytes += item.doc.text.size();
                chunk.items.emplace_back(seq, std::move(item));
                if (limits_.ready && !limits_.ready()) break;
            }
        } catch (...) {
            ended_ = true;
            fail(std::current_exception());
            return false;
        }
        if (chunk.items.empty()) return false;
        chunk.index = next_index_++; // only this thread changes it (under read_m_)
        return true;
    }

    DoneChunk process(Chunk& chunk) {
        DoneChunk done;
        done.bytes = spare_bytes();
        done.documents.reserve(chunk.items.size());
        for (auto& [seq, item] : chunk.items) {
            DocumentResult r;
            if (item.error.empty()) {
                try {
                    r = process_(item.doc);
                } catch (const std::exception& e) {
                    r = DocumentResult{};
                    r.error = std::string("processing failed: ") + e.what();
                } catch (...) {
                    r = DocumentResult{};
                    r.error = "processing failed";
                }
                if (r.doc_id.empty()) r.doc_id = item.doc.id;
                r.warning = std::move(item.warning);
            } else {
                r.doc_id = item.doc.id;
                r.error = std::move(item.error);
            }
            r.input = std::move(item.doc.input);
            r.line = item.doc.line;
            r.seq = seq;
            item = Item{}; // the text is not needed any more
            DoneDocument d;
            d.events = r.events.size();
            if (render_) {
                render_(r, done.bytes);
                d.result.doc_id = std::move(r.doc_id);
                d.result.input = std::move(r.input);
                d.result.line = r.line;
                d.result.error = std::move(r.error);
                d.result.warning = std::move(r.warning);
                d.result.seq = r.seq;
            } else {
                d.result = std::move(r);
            }
            d.end = done.bytes.size();
            done.documents.push_back(std::move(d));
        }
        return done;
    }

    /// Puts a processed chunk in the reorder buffer; the thread that finds the next chunk in
    /// input order there writes it, and the following ones, unless another thread is writing.
    void deliver(std::size_t index, DoneChunk&& chunk) {
        {
            std::lock_guard lock(out_m_);
            if (abort_) return;
            done_.emplace(index, std::move(chunk));
            if (writing_ || index != next_write_) return;
            writing_ = true;
        }
        for (;;) {
            DoneChunk next;
            {
                std::lock_guard lock(out_m_);
                auto it = done_.find(next_write_);
                if (abort_ || it == done_.end()) {
                    writing_ = false;
                    return;
                }
                next = std::move(it->second);
                done_.erase(it);
                ++next_write_;
                if (waiting_) space_.notify_one(); // only the reading thread ever waits
            }
            try {
                write_(next);
            } catch (...) {
                fail(std::current_exception());
            }
            keep_bytes(std::move(next.bytes));
        }
    }

    // A written chunk's byte buffer, kept for a chunk to come to render into: freed, the
    // renderings of a chunk (hundreds of KB) at the top of the heap went back to the system and
    // were taken again page by page for the next chunk (minor faults, pages zeroed). At most as
    // many as chunks in flight, none over spare_cap.
    static constexpr std::size_t spare_cap = std::size_t{4} << 20;
    std::string spare_bytes() {
        std::lock_guard lock(out_m_);
        if (spare_.empty()) return {};
        std::string b = std::move(spare_.back());
        spare_.pop_back();
        return b;
    }
    void keep_bytes(std::string&& b) {
        if (b.capacity() > spare_cap) return;
        b.clear();
        std::lock_guard lock(out_m_);
        if (spare_.size() < capacity_) spare_.push_back(std::move(b));
    }

    const ChunkLimits limits_;
    const std::size_t capacity_;
    const ReadFn& read_;
    const ProcessFn& process_;
    const RenderFn& render_;
    const WriteFn& write_;

    std::mutex read_m_; // the source; taken before out_m_, never while holding it
    bool ended_ = false;

    std::mutex out_m_; // the reorder buffer and the counters below
    std::condition_variable space_;
    std::map<std::size_t, DoneChunk> done_;
    std::size_t next_index_ = 0, next_write_ = 0;
    bool writing_ = false, waiting_ = false, abort_ = false;
    std::exception_ptr error_;
    std::vector<std::string> spare_; // byte buffers of written chunks (spare_bytes)
};

} // namespace

void run_chunks(unsigned jobs, const ChunkLimits& limits, const ReadFn& read,
                const ProcessFn& process, const RenderFn& render, const WriteFn& write) {
    if (jobs == 0) jobs = 1;
    Engine engine(jobs, limits, read, process, render, write);
    std::vector<std::thread> helpers;
    helpers.reserve(jobs - 1);
    try {
        for (unsigned i = 1; i < jobs; ++i)
            helpers.emplace_back([&engine] { engine.work(); });
    } catch (...) {
        // Fewer threads than asked (resources): the ones started and this one do the work.
    }
    engine.work();
    for (std::thread& t : helpers)
        t.join();
    engine.rethrow();
}

} // namespace gt::batch
