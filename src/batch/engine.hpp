#pragma once
// The parallel core of the batch engine (docs/batch.md, "Parallel, in order"): documents are
// handed between threads by chunks, not one by one. Each of the N threads (the caller's thread
// is one of them) takes the next chunk from the source (one thread at a time), processes and
// renders its documents, and puts the chunk in a reorder buffer; whichever thread completes
// the chunk that is next in input order writes it and every following one already done. No
// thread waits for work handed over by another: the only waits are a thread that is too far
// ahead of the writing (the bound on memory) and the mutexes around reading and the buffer.
// With one job nothing is handed over at all.

#include "batch/runner.hpp"
#include "batch/source.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace gt::batch {

/// One document of a processed chunk.
struct DoneDocument {
    /// The result. When the chunk is rendered, only its position, id and error are kept
    /// (events and the rest are dropped on the worker thread).
    DocumentResult result;
    std::size_t events = 0; // the result's number of events (also when dropped)
    std::size_t end = 0;    // the end of its rendering in DoneChunk::bytes
};

struct DoneChunk {
    std::vector<DoneDocument> documents; // in input order
    std::string bytes;                   // the renderings of the documents, one after another
};

struct ChunkLimits {
    std::size_t bytes = 64 * 1024; // a chunk is closed when its documents hold this much text,
    std::size_t documents = 64;    // or when it has this many documents,
    /// or when this says the next document cannot be read without waiting for input (standard
    /// input in filter mode: the documents read so far are not held back). Empty: never.
    std::function<bool()> ready;
};

/// The next document to process (shard and resume filters applied), with its seq; false at the end.
using ReadFn = std::function<bool(Item& item, std::size_t& seq)>;
/// Renders a result into the bytes the output gets for it (appends to `out`).
using RenderFn = std::function<void(const DocumentResult& result, std::string& out)>;
/// Receives the chunks in input order, one at a time (never two threads at once).
using WriteFn = std::function<void(DoneChunk& chunk)>;

/// Runs read → process (+ render, when `render` is set) → write on `jobs` threads, chunk by
/// chunk. At most 2 × jobs + 2 chunks are read and not yet written. An exception of `read`
/// or `write` stops the run and is rethrown here; one of `process` fails its document only.
void run_chunks(unsigned jobs, const ChunkLimits& limits, const ReadFn& read,
                const ProcessFn& process, const RenderFn& render, const WriteFn& write);

} // namespace gt::batch
