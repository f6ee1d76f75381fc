#pragma once
// The actor and event-cue lexicons (lexicon/actors.tsv, lexicon/events.tsv; lexicon/README.md),
// compiled into hash tables keyed by the first lemmatised word of each alias or cue.

#include "core/shared_str.hpp"
#include "events/words.hpp"
#include "text/word_map.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gt::events {

/// A phrase of the lexicon as lemmatised parts; "*" is a gap of up to three words and
/// "{demonym}" stands for a demonym mention found by the geoparser.
struct Pattern {
    std::vector<std::string> parts;
    std::vector<std::string> exact; // for case-sensitive entries: the words as written
    std::vector<std::string> forms; // the normalised words before lemmatising
    std::vector<std::uint32_t> hashes; // text::WordSet::hash of each part: most words differ by it
    bool case_sensitive = false;
    std::uint32_t caps = 0; // cs: bit k, part k written in capitals (a part in lower case matches any case)
    bool exact_form = false; // flag ex: the words as written, not lemmatised ("hamas" is no "Hama")
};

/// A row of the lexicon's indexes by a pattern's word (the first; a template's second): the
/// entry, and the hash of the pattern's next part when that is a word (not a gap "*"). Most
/// rows whose word a text's word is fail on the next one: told here without reading their
/// patterns (Lexicon::match_actor, match_cues ...).
struct IndexRow {
    std::uint32_t entry = 0;
    std::uint32_t next_hash = 0;
    bool has_next = false;
};

struct ActorEntry {
    Pattern pattern;
    std::string alias;   // as written in the lexicon
    std::string name;    // canonical; "{country}" in templates
    SharedStr kind;      // "state forces", "rebel group", ... (shared by the actors named)
    int inter = 0;       // ACLED inter code
    SharedStr country;   // ISO alpha-2 or empty
    std::vector<std::string> only_in; // flag in=CC,CC: only in documents about these countries
    std::vector<std::string> operates; // column countries: where the group operates (ISO alpha-2)
    // column countries' "CC:Division": the first-level divisions of a country where the group
    // is most active ("UA:Donetsk" for the OSCE SMM's reports of fire), in the row's order
    std::vector<std::pair<std::string, std::string>> areas;
    bool is_template = false;
    // flag where: the words say where the text is, not who acts ("the OSCE SMM", "IEBC
    // officials", "Pokot herders"): a hint of its countries only, never an actor
    bool where_only = false;
};

enum CueFlag : unsigned {
    cue_territory = 1,
    cue_civilian = 2,
    cue_weak = 4,
    cue_diplomacy = 8,
    // M: how a demonstration went ("tear gas", "threw stones"): it retypes the protest or riot
    // told in its sentence or the two before (demonstrations.hpp), and is nothing without one
    cue_modifier = 16,
    // N: words that contain a cue but tell no event ("protest letter", "a riot of colour"): the
    // longest match wins, so the shorter cue inside is not read
    cue_none = 32,
    // H: only as one hyphenated word ("shoot-out", "sit-in": the noun, an incident), where the
    // same words written apart are a weak verb ("shot out of the gate", "sit in the car"); it
    // takes the place of the other cues of its words when it matches
    cue_joined = 64,
};

/// What a word names as the target of violence (lexicon/targets.tsv): people who bear no arms
/// ("man", "trader", "journalist"), a place where such people live, travel or gather
/// ("village", "market", "bus"), an armed target ("soldiers", "checkpoint", "positions") or
/// goods ("motorbikes", "livestock").
enum class Target : std::uint8_t { none, unarmed, civilian_place, armed, goods };

/// What a word does in a list of victims (lexicon/victims.tsv, victims.hpp), as bits: a word
/// before a count that leaves it whole ("at least"), a word that ends the noun phrase of a
/// victim ("in", "were"), a counted thing that is no person ("km", "cows"), a plural noun
/// without -s ("men"), a group that holds the ones named after it ("civilians"), a part of
/// such a group ("children"), a word of the wounded or taken ("injured"), a word after which a
/// subject list may start ("while", "when").
enum VictimRole : unsigned {
    victim_modifier = 1,
    victim_end = 2,
    victim_thing = 4,
    victim_plural = 8,
    victim_group = 16,
    victim_part = 32,
    victim_hurt = 64,
    victim_boundary = 128,
};

struct CueEntry {
    Pattern pattern;
    std::string cue; // as written in the lexicon
    SharedStr event_type, sub_event_type, cameo; // (shared by the events of the cue)
    double weight = 0.5;
    unsigned flags = 0;
};

/// A match of a pattern: words [begin, end) of the stream.
struct PhraseMatch {
    std::size_t begin = 0, end = 0;
    std::uint32_t entry = 0;
};

class Lexicon {
  public:
    /// Parses the two TSV texts; `actors_name`/`events_name` name them in errors
    /// (DataError "FILE:LINE: what").
    static Lexicon parse(std::string_view actors_tsv, std::string_view events_tsv,
                         const std::string& actors_name = "actors.tsv",
                         const std::string& events_name = "events.tsv");
    /// Reads DIR/actors.tsv and DIR/events.tsv; DataError when missing or malformed.
    static Lexicon load(const std::string& dir);
    /// The first directory holds the default lexicon (both files); each further one adds its
    /// actors.tsv and/or events.tsv to it (a user's own lexicon: lexicon/README.md).
    static Lexicon load(const std::vector<std::string>& dirs);
    /// Adds the rows of DIR/actors.tsv and DIR/events.tsv (either may be absent, not both).
    void extend(const std::string& dir);
    /// Adds rows; later rows win over earlier ones with the same words.
    void add_actors(std::string_view tsv, const std::string& name);
    void add_cues(std::string_view tsv, const std::string& name);
    /// Adds rows of targets.tsv (word, kind: unarmed, place, armed, goods); a later row wins.
    void add_targets(std::string_view tsv, const std::string& name);
    /// Adds rows of victims.tsv (word, role: modifier, end, thing, plural, group, part, hurt,
    /// boundary); the roles of a word add up.
    void add_victim_words(std::string_view tsv, const std::string& name);
    /// Whether the word (by its normalised form) has the role in lists of victims.
    bool victim_word(const Word& w, VictimRole role) const noexcept {
        const unsigned* r = victim_words_.find(w.norm, w.norm.hash());
        return r && (*r & role) != 0;
    }
    /// What the word names as a target of violence (by its normalised form).
    Target target(const Word& w) const noexcept {
        if (w.punct) return Target::none;
        const Target* t = targets_.find(w.norm, w.norm.hash());
        return t ? *t : Target::none;
    }

    const std::vector<ActorEntry>& actors() const noexcept { return actors_; }
    const std::vector<CueEntry>& cues() const noexcept { return cues_; }

    /// The longest actor alias starting at word i (templates excluded), or end == 0; `doc_country`
    /// (ISO alpha-2, may be empty) selects the rows flagged in=CC, which win over the others.
    PhraseMatch match_actor(const std::vector<Word>& w, std::size_t i, std::size_t limit,
                            const std::string& doc_country = {}) const;
    /// The countries of the armed groups named in the text, each once, in order of first
    /// mention: a row's countries of operation (column countries: JNIM in Mali, Burkina Faso
    /// and Niger), else the country of a rebel group or militia (no in=CC row, whose country
    /// depends on the document's): where a text names no place the gazetteer knows, "presumed
    /// JNIM militants" or "Al Shabaab" still say where it is.
    std::vector<std::string> group_countries(const WordStream& ws) const;
    /// The same countries with their votes, in half votes: each mention of a group votes once
    /// for each of its countries, a vote and a half for its first, the one it is most active
    /// in, twice for a state force's own country ("JNIM ... Koglweogo": BF 6, ML 2, NE 2); in
    /// order of first mention.
    /// `areas`, when given, receives the first-level divisions those groups are most active in
    /// (column countries' "CC:Division"), each once, the first mentioned group's first.
    std::vector<std::pair<std::string, int>>
    group_country_votes(const WordStream& ws,
                        std::vector<std::pair<std::string, std::string>>* areas = nullptr) const;
    /// The longest template ("{demonym} army") whose words follow a demonym ending before
    /// word i, matching words [i, ...); end == 0 when none.
    PhraseMatch match_template(const std::vector<Word>& w, std::size_t i, std::size_t limit) const;
    /// Cue matches starting at word i (every entry that matches; longest first).
    void match_cues(const std::vector<Word>& w, std::size_t i, std::size_t limit,
                    std::vector<PhraseMatch>& out) const;
    /// Whether some cue starts with this word's stem (match_cues finds nothing at a word that
    /// does not).
    bool may_start_cue(const Word& w) const noexcept {
        return !w.punct && cue_first_.find(w.stem(), w.stem().hash()) != nullptr;
    }

    const std::string& dir() const noexcept { return dir_; }

    /// An actor name with the years of the regime when the lexicon names the same forces with
    /// them ("Military Forces of Ukraine" -> "Military Forces of Ukraine (2019-)"), else `name`.
    const std::string& with_years(const std::string& name) const;
    /// The country's name in actor names (rows "{country}": ACLED's "Turkey" for the gazetteer's
    /// "Türkiye"), else `gazetteer_name`.
    const std::string& country_name(const std::string& cc, const std::string& gazetteer_name) const;

  private:
    std::vector<ActorEntry> actors_;
    std::vector<CueEntry> cues_;
    static IndexRow index_row(const Pattern& p, std::size_t k, std::uint32_t entry);
    text::WordMap<std::vector<IndexRow>> actor_first_, template_second_, cue_first_;
    text::WordMap<std::vector<IndexRow>> group_first_; // the rows group_countries reads
    text::WordMap<Target> targets_;
    text::WordMap<unsigned> victim_words_; // VictimRole bits
    std::vector<std::pair<std::string, std::string>> dated_; // name without years -> with years
    std::vector<std::pair<std::string, std::string>> country_names_; // ISO alpha-2 -> name
    std::string dir_;
};

/// Matches `p` from part `from` against words starting at i (not past `limit`); returns the
/// index after the match or 0. Articles in the text are skipped unless the pattern has them.
std::size_t match_pattern(const Pattern& p, std::size_t from, const std::vector<Word>& w, std::size_t i,
                          std::size_t limit);

/// Where the lexicons are looked for: $GEOTIMELINE_LEXICON_DIR, <binary dir>/lexicon,
/// <binary dir>/../share/geotimeline/lexicon, <install_datadir>/lexicon, then the source
/// tree's lexicon/ (for running from a build directory).
std::vector<std::string> lexicon_search_path(const std::string& install_datadir);

/// The first directory on the search path holding actors.tsv (or `explicit_dir` when given);
/// DataError listing every place looked at when none.
std::string find_lexicon_dir(const std::string& explicit_dir, const std::string& install_datadir);

/// The lexicon directories to load: the default one (the first directory of the installed or
/// source-tree search path holding both files), then the user's additions: `user_dir`
/// (--lexicon) and $GEOTIMELINE_LEXICON_DIR, each holding actors.tsv and/or events.tsv. With no
/// default lexicon installed, a user directory holding both files is the default. DataError
/// listing every place looked at when there is no default.
std::vector<std::string> lexicon_dirs(const std::string& user_dir, const std::string& install_datadir);

} // namespace gt::events
