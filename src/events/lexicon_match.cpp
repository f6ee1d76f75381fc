// The matching half of the lexicons (lexicon.hpp): a pattern against the words, the actors,
// templates and cues that start at a word (each row filtered first by the hash of the word after
// it), and the countries the document's armed groups vote for. lexicon.cpp reads the files.
#include "events/lexicon.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace gt::events {

namespace {

// The most words a "*" in a pattern stands for.
constexpr std::size_t max_gap = 3;

bool is_article(text::Interned s) {
    switch (s.size()) {
    case 1: return s[0] == 'a';
    case 2: return s[0] == 'a' && s[1] == 'n';
    case 3: return s[0] == 't' && s[1] == 'h' && s[2] == 'e';
    default: return false;
    }
}

/// The same characters, compared in line: the words are short, and equal when their hashes are.
bool same_chars(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

bool part_matches(const Pattern& p, std::size_t k, const Word& w) {
    const text::Interned stem = w.stem();
    if (stem.hash() != p.hashes[k] || !same_chars(stem, p.parts[k])) return false;
    if (p.case_sensitive && k < 32 && (p.caps >> k & 1u) && !w.all_caps) return false;
    return !p.exact_form || w.norm == p.forms[k];
}

// The word a row's next part must be (Lexicon::IndexRow): the first after word i that is no
// article, as match_pattern steps (none at a punctuation mark or the limit). Unknown when
// word i is itself an article: match_pattern skips it, and the rows are not filtered.
struct NextWord {
    bool known = false, any = false;
    std::uint32_t hash = 0; // its stem's
};
NextWord next_word(const std::vector<Word>& w, std::size_t i, std::size_t limit) {
    NextWord nx;
    if (is_article(w[i].norm)) return nx;
    nx.known = true;
    std::size_t j = i + 1;
    while (j < limit && !w[j].punct && is_article(w[j].norm)) ++j;
    if (j < limit && !w[j].punct) {
        nx.any = true;
        nx.hash = w[j].stem().hash();
    }
    return nx;
}

} // namespace

/// Whether the row may match where the next word is `nx` (false: match_pattern returns 0).
static bool may_match(const IndexRow& r, const NextWord& nx) {
    return !r.has_next || !nx.known || (nx.any && nx.hash == r.next_hash);
}

std::size_t match_pattern(const Pattern& p, std::size_t from, const std::vector<Word>& w, std::size_t i,
                          std::size_t limit) {
    std::size_t k = from;
    while (k < p.parts.size()) {
        if (p.parts[k].size() == 1 && p.parts[k][0] == '*') {
            // Try the rest after 0..max_gap words (shortest gap first).
            std::size_t skipped = 0;
            for (std::size_t j = i; j <= limit; ++j) {
                if (std::size_t e = match_pattern(p, k + 1, w, j, limit)) return e;
                if (j == limit || (w[j].punct && !digit_separator(w, j))) return 0;
                if (!w[j].punct && !is_article(w[j].norm) && ++skipped > max_gap) return 0;
            }
            return 0;
        }
        while (i < limit && !w[i].punct && is_article(w[i].norm)) ++i;
        if (i >= limit || w[i].punct || !part_matches(p, k, w[i])) return 0;
        ++i;
        ++k;
    }
    return i;
}

PhraseMatch Lexicon::match_actor(const std::vector<Word>& w, std::size_t i, std::size_t limit,
                                 const std::string& doc_country) const {
    PhraseMatch best;
    bool best_local = false;
    const auto* first = actor_first_.find(w[i].stem(), w[i].stem().hash());
    if (!first) return best;
    const NextWord nx = next_word(w, i, limit);
    for (const IndexRow& row : *first) {
        if (!may_match(row, nx)) continue;
        const std::uint32_t idx = row.entry;
        const auto& only = actors_[idx].only_in;
        bool local = !only.empty();
        if (local && std::find(only.begin(), only.end(), doc_country) == only.end()) continue;
        std::size_t e = match_pattern(actors_[idx].pattern, 0, w, i, limit);
        // longest; on a tie a row for the document's country, then a later row (a user's)
        if (e && (e > best.end || (e == best.end && local >= best_local))) {
            best = {i, e, idx};
            best_local = local;
        }
    }
    return best;
}

PhraseMatch Lexicon::match_template(const std::vector<Word>& w, std::size_t i, std::size_t limit) const {
    PhraseMatch best;
    if (i >= limit) return best;
    const auto* first = template_second_.find(w[i].stem(), w[i].stem().hash());
    if (!first) return best;
    const NextWord nx = next_word(w, i, limit);
    for (const IndexRow& row : *first) {
        if (!may_match(row, nx)) continue;
        std::size_t e = match_pattern(actors_[row.entry].pattern, 1, w, i, limit);
        if (e && e >= best.end) best = {i, e, row.entry};
    }
    return best;
}

void Lexicon::match_cues(const std::vector<Word>& w, std::size_t i, std::size_t limit,
                         std::vector<PhraseMatch>& out) const {
    const auto* first = cue_first_.find(w[i].stem(), w[i].stem().hash());
    if (!first) return;
    std::size_t before = out.size();
    std::vector<std::size_t> joined_ends; // where an H row matched one hyphenated word
    const NextWord nx = next_word(w, i, limit);
    for (const IndexRow& row : *first) {
        if (!may_match(row, nx)) continue;
        const std::uint32_t idx = row.entry;
        std::size_t e = match_pattern(cues_[idx].pattern, 0, w, i, limit);
        if (!e) continue;
        if (cues_[idx].flags & cue_joined) {
            if (e < i + 2 || !same_token(w[i], w[e - 1])) continue;
            joined_ends.push_back(e);
        }
        out.push_back({i, e, idx});
    }
    // the hyphenated noun stands for its words: the weak verb's cue of the same words is not read
    auto beside_joined = [&](const PhraseMatch& m) {
        return !(cues_[m.entry].flags & cue_joined) &&
               std::find(joined_ends.begin(), joined_ends.end(), m.end) != joined_ends.end();
    };
    if (!joined_ends.empty())
        out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(), beside_joined),
                  out.end());
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                     [](const PhraseMatch& x, const PhraseMatch& y) { return x.end > y.end; });
}

std::vector<std::string> Lexicon::group_countries(const WordStream& ws) const {
    std::vector<std::string> out;
    for (auto& [cc, votes] : group_country_votes(ws)) out.push_back(std::move(cc));
    return out;
}

std::vector<std::pair<std::string, int>>
Lexicon::group_country_votes(const WordStream& ws, std::vector<std::pair<std::string, std::string>>* areas) const {
    std::vector<std::pair<std::string, int>> out;
    const auto& w = ws.words;
    for (const auto& s : ws.sentences) {
        for (std::size_t i = s.first; i < s.last;) {
            // only the group rows (group_first_): most words start none, and the others are
            // matched against those rows alone
            const auto* first = w[i].punct ? nullptr : group_first_.find(w[i].stem(), w[i].stem().hash());
            std::size_t end = 0;
            std::uint32_t entry = 0;
            if (first) {
                const NextWord nx = next_word(w, i, s.last);
                for (const IndexRow& row : *first) {
                    if (!may_match(row, nx)) continue;
                    if (std::size_t e = match_pattern(actors_[row.entry].pattern, 0, w, i, s.last); e > end) {
                        end = e;
                        entry = row.entry;
                    }
                }
            }
            if (!end) {
                ++i;
                continue;
            }
            const ActorEntry& g = actors_[entry];
            // (in half votes: a whole vote each, a vote and a half for the group's first
            // country, the one it is most active in, so that of two groups active in the same
            // countries the text's own order of them weighs: "Katiba Macina or Ansaroul Islam
            // (JNIM)" is in Burkina Faso, where two of the three are most active)
            auto vote = [&](const std::string& cc, int halves) {
                auto it = std::find_if(out.begin(), out.end(), [&](const auto& v) { return v.first == cc; });
                if (it == out.end()) out.emplace_back(cc, halves);
                else it->second += halves;
            };
            // (a state force named as such is as strong as its country's name: two votes)
            if (g.operates.empty()) vote(g.country, g.kind == "state forces" ? 4 : 2);
            for (std::size_t k = 0; k < g.operates.size(); ++k) vote(g.operates[k], k == 0 ? 3 : 2);
            if (areas)
                for (const auto& area : g.areas)
                    if (std::find(areas->begin(), areas->end(), area) == areas->end()) areas->push_back(area);
            i = end;
        }
    }
    return out;
}

} // namespace gt::events
