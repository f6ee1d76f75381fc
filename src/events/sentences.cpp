// Sentence edits made before the event rules run (docs/events.md): a headline cut from the lead
// at the byline's date, and "Related" sidebars cut off. Declared in extract.hpp.
#include "events/extract.hpp"

#include <utility>
#include <vector>

namespace gt::events {

void split_at_datelines(WordStream& ws, const std::vector<TimeExpr>& timexes) {
    const auto& w = ws.words;
    std::vector<SentenceSpan> out;
    out.reserve(ws.sentences.size());
    std::size_t t = 0;
    for (const auto& s : ws.sentences) {
        std::uint32_t start = s.first;
        while (t < timexes.size() && timexes[t].begin < s.begin) ++t;
        // (timexes are by offset: the word of the next one is at or after this one's, so one
        // walk over the sentence's words serves them all)
        std::size_t i = start;
        for (std::size_t u = t; u < timexes.size() && timexes[u].begin < s.end; ++u) {
            const auto& tx = timexes[u];
            // a full date ("Thursday 14 Jul 2016") after a capitalised word ("Monitor AFP",
            // "Reuters") and followed by text: the byline between a headline and the lead
            if (tx.type != TimexType::Date || tx.relative || tx.value.size() != 10 || tx.end >= s.end) continue;
            while (i < s.last && w[i].begin < tx.begin) ++i;
            if (i <= start + 3 || i >= s.last || w[i].begin != tx.begin) continue;
            if (!(w[i - 1].capitalised || w[i - 1].all_caps) || w[i - 1].punct) continue;
            out.push_back({w[start].begin, w[i - 1].end(), start, static_cast<std::uint32_t>(i)});
            start = static_cast<std::uint32_t>(i);
        }
        if (start == s.first) out.push_back(s);
        else out.push_back({w[start].begin, s.end, start, s.last});
    }
    ws.sentences = std::move(out);
}

void cut_sidebars(WordStream& ws) {
    const auto& w = ws.words;
    for (auto& s : ws.sentences)
        for (std::size_t i = s.first; i + 1 < s.last; ++i)
            if (w[i].capitalised && w[i].norm == "related" && !w[i + 1].punct &&
                (w[i + 1].capitalised || w[i + 1].all_caps || w[i + 1].number)) {
                s.last = static_cast<std::uint32_t>(i);
                s.end = i > s.first ? w[i - 1].end() : s.begin;
                break;
            }
}

} // namespace gt::events
