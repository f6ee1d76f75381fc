// Discourse rules of the event finder (see discourse.hpp).
#include "events/discourse.hpp"

namespace gt::events::detail {

namespace {

const text::WordSet& government_verbs() {
    static const text::WordSet s = {
        "accused",    "accuses",   "accuse",    "blamed",   "blames",    "denied",    "denies",
        "deny",       "denounced", "denounces", "said",     "says",      "say",       "announced",
        "announces",  "demanded",  "demands",   "insisted", "insists",   "warned",    "warns",
        "rejected",   "rejects",   "promised",  "promises", "promise",   "vowed",     "vows",
        "threatened", "threatens", "responded", "refused",  "refuses",   "condemned", "condemns",
        "urged",      "urges",     "wants",     "wanted",   "agreed",    "agrees",    "claims",
        "claimed",    "maintains", "argued",    "argues",   "backs",     "backed",    "supports",
        "supported",  "defended",  "defends",   "hopes",    "considers", "sees",      "welcomed",
        "welcomes"};
    return s;
}

// What may stand between a capital and its verb: "Moscow has repeatedly demanded".
const text::WordSet& auxiliaries() {
    static const text::WordSet s = {"has",      "have", "had",     "also", "repeatedly",
                                    "again",    "long", "already", "now",  "quickly",
                                    "strongly", "will", "would"};
    return s;
}

// Verbs whose object is a government when it is a capital: "accused Moscow of".
const text::WordSet& verbs_on_governments() {
    static const text::WordSet s = {"accused", "accusing", "accuse",     "blamed",     "blaming",
                                    "urged",   "urging",   "warned",     "warning",    "condemned",
                                    "pressed", "pressing", "criticised", "criticized", "told",
                                    "called",  "asked",    "backing",    "supporting"};
    return s;
}

const text::WordSet& government_nouns() {
    static const text::WordSet s = {"forces",   "government",  "regime",        "troops", "ally",
                                    "allies",   "authorities", "officials",     "backed", "army",
                                    "military", "leadership",  "administration"};
    return s;
}

const text::WordSet& causatives() {
    static const text::WordSet s = {"leading", "led",      "prompting", "prompted",
                                    "forcing", "forced",   "pushing",   "pushed",
                                    "causing", "allowing", "urging",    "pressing"};
    return s;
}

bool is_capital(const PlaceMention& pm) {
    return pm.resolved && !pm.demonym && pm.feature == "P.PPLC";
}

} // namespace

void mark_capital_governments(const Annotations& a, const std::vector<Word>& w,
                              const std::vector<int>& place_at, std::vector<char>& place_is_actor) {
    std::size_t n = w.size();
    for (std::size_t i = 0; i < n; ++i) {
        int p = place_at[i];
        if (p < 0 || (i > 0 && place_at[i - 1] == p)) continue;
        const auto& pm = a.places[static_cast<std::size_t>(p)];
        if (!is_capital(pm)) continue;
        // word k exists and is in the capital's sentence
        auto here = [&](std::size_t k) { return k < n && (k < i ? same_sentence(w, k, i) : same_sentence(w, i, k)); };
        const bool before = i > 0 && here(i - 1);
        std::size_t after = i;
        while (after < n && place_at[after] == p)
            ++after;
        bool gov = false;
        // "accused Damascus", "Washington accused Moscow"
        if (before && in(verbs_on_governments(), w[i - 1])) gov = true;
        std::size_t j = after;
        // "Moscow and Damascus deny": a second capital between the first and its verb
        if (j + 1 < n && w[j].norm == "and" && place_at[j + 1] >= 0 &&
            is_capital(a.places[static_cast<std::size_t>(place_at[j + 1])])) {
            int q = place_at[j + 1];
            j += 1;
            while (j < n && place_at[j] == q)
                ++j;
        }
        if (here(j) && in(government_nouns(), w[j])) gov = true;
        // "leading (to) Damascus to bomb", "prompting Moscow to": the capital acts
        if (j < n && w[j].norm == "to" && before) {
            std::size_t k = w[i - 1].norm == "to" && i > 1 ? i - 2 : i - 1;
            if (in(causatives(), w[k])) gov = true;
        }
        for (int k = 0; k < 3 && here(j) && in(auxiliaries(), w[j]); ++k)
            ++j;
        // "a source in Damascus said": where the speaker is, not who speaks
        bool located =
            before && (w[i - 1].norm == "in" || w[i - 1].norm == "at" || w[i - 1].norm == "from");
        if (!located && here(j) && in(government_verbs(), w[j])) gov = true;
        if (gov) place_is_actor[static_cast<std::size_t>(p)] = 1;
    }
}

bool campaign_tally(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    static const text::WordSet campaign = {"battle",    "offensive", "campaign",   "war",
                                           "conflict",  "siege",     "uprising",   "revolt",
                                           "operation", "crisis",    "insurgency", "bombardment"};
    static const text::WordSet toll_verbs = {"killed", "left", "claimed", "cost"};
    for (std::size_t i = first; i + 1 < last; ++i) {
        if (w[i].norm != "has" && w[i].norm != "have") continue;
        std::size_t j = i + 1;
        if (j + 1 < last && (w[j].norm == "already" || w[j].norm == "so" || w[j].norm == "now"))
            ++j;
        if (!in(toll_verbs, w[j])) continue;
        for (std::size_t k = i > first + 8 ? i - 8 : first; k < i; ++k)
            if (in(campaign, w[k])) return true;
    }
    return false;
}

bool habitual(const std::vector<Word>& w, std::size_t first, std::size_t last) {
    static const text::WordSet adverbs = {"regularly", "routinely",    "frequently", "often",
                                          "usually",   "periodically", "habitually"};
    for (std::size_t i = first; i < last; ++i)
        if (in(adverbs, w[i])) return true;
    return false;
}

int place_of_count(const Annotations& a, const std::vector<Word>& w,
                   const std::vector<int>& place_at, const std::vector<char>& place_is_actor,
                   std::size_t count_word, std::size_t last) {
    for (std::size_t j = count_word + 1; j + 1 < last && j <= count_word + 4; ++j) {
        if (w[j].punct || place_at[j] >= 0) return -1;
        if (w[j].norm != "in") continue;
        int p = place_at[j + 1];
        if (p < 0 || place_is_actor[static_cast<std::size_t>(p)]) return -1;
        const auto& pm = a.places[static_cast<std::size_t>(p)];
        if (!pm.resolved || pm.demonym || is_country(pm) || pm.admin1_code.empty()) return -1;
        return p;
    }
    return -1;
}

bool refers_back(const std::vector<Word>& w, std::size_t first, const CueHit& cue) {
    if (cue.begin <= first) return false;
    const std::string_view d = w[cue.begin - 1].norm;
    if (d == "same" || d == "those") return true;
    if (d != "that") return false;
    // "said that attacks ...": "that" opens a reported clause, it does not point back
    if (cue.begin >= first + 2) {
        const std::string_view v = w[cue.begin - 2].norm;
        if (v == "said" || v == "says" || v == "claimed" || v == "reported" || v == "added" ||
            v == "warned" || v == "so" || v == "such")
            return false;
    }
    return true;
}

void place_from_elaboration(Founds& out, const std::string& incident_country) {
    std::vector<char> elaborated(out.size(), 0);
    for (std::size_t k = out.size(); k-- > 0;) {
        Found& f = out[k];
        if (!f.place_fallback || !is_violent(f.event.event_type)) continue;
        for (std::size_t g = k + 1; g < out.size() && out[g].sentence <= f.sentence + 3; ++g) {
            const Found& e = out[g];
            if (e.sentence == f.sentence || e.event.event_type != f.event.event_type) continue;
            if (e.place_fallback && !elaborated[g]) continue;
            const auto& loc = e.place.get();
            if (!loc.resolved || is_country(loc) ||
                (!incident_country.empty() && loc.country != incident_country))
                continue;
            f.place = e.place;
            if (loc.precision == GeoPrecision::town) f.place.edit().precision = GeoPrecision::near_town;
            elaborated[k] = 1;
            break;
        }
    }
}

} // namespace gt::events::detail
