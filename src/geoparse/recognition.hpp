#pragma once
// The recogniser's shared state (docs/geoparse.md, "Recognition"): one pass over a document,
// its steps in recognise*.cpp. Internal to the geoparser.

#include "geoparse/keys.hpp"
#include "geoparse/lexicon.hpp"
#include "text/normalize.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace gt::geoparse::detail {

/// One recognition pass over a document: the state its steps share (a struct: its steps are
/// its methods, called in the order of recognise()).
struct Recognition {
    struct Pending {
        Span span;
        bool single_weak; // one token, not a country, division or large region
        bool small_ok;    // a large place, a dateline or all capitals
        bool needs_support = false; // one word by the loose key alone, not placed by the text
        bool needs_country = false; // found only joined or split otherwise (longest_respelt)
    };
    /// The longest name found from a token: its tokens [i, last], its key and what the
    /// gazetteer says of it.
    struct Candidate {
        std::size_t i = 0, last = 0, len = 0; // len in tokens; 0: none
        KeyInfo info;
        bool loose = false;   // found by the transliteration key only
        bool ezafe = false;   // found with its ezafe written "-e" (longest_ezafe)
        bool article = false; // opens with a lower-case Arabic article ("al-Bukamal")
        bool respelt = false; // found only joined or split otherwise (longest_respelt)
    };

    const Analysed& a;
    const gazetteer::Index& idx;
    const std::vector<Tok>& t;
    const std::size_t n;
    KeyMemo& memo;
    std::vector<std::uint8_t> person;            // tokens of a person's name
    std::unordered_set<std::string_view> people; // their names: bare uses are that person
    // The names found, in order: a deque, not a vector (a big document's records were held
    // up to twice over by the last doubling: issue #15).
    std::deque<Pending> found;
    char key[text::max_name_bytes + 8];   // the n-gram keys, back to back
    std::size_t key_lens[max_ngram] = {}; // the key's length after each word
    // The countries where the armed groups the text names operate (parse_document's hints):
    // named as where things are, for the names that need their country named
    const std::vector<std::string>* hints = nullptr;

    Recognition(const Analysed& an, const gazetteer::Index& ix)
        : a(an), idx(ix), t(an.toks), n(an.toks.size()), memo(key_memo()), person(n, 0) {}

    void mark_people();
    bool surname_at(std::size_t j) const;
    bool listed_surname_at(std::size_t j) const;
    bool lies_in(std::string_view inner, std::string_view outer) const;
    std::size_t name_after(std::size_t j, std::size_t limit, bool after_place) const;
    void mark_person(std::size_t b, std::size_t e);
    void remember_name(std::string_view nm);
    bool place_context(std::size_t i, std::size_t e);
    bool given_name_at(std::size_t i);
    void mark_given_names();
    void mark_place_surnames();
    void mark_name_suffixes();
    bool name_suffix(std::size_t j) const;
    bool body_goes_on(std::size_t j);
    bool hierarchy_slot(std::size_t i) const;
    bool in_list(std::size_t b, std::size_t e) const;
    void mark_kin();
    void hyphen_parts(std::size_t k);
    void add_hyphen_part(std::size_t k, std::size_t b, std::size_t e, std::string_view part, bool demonym,
                         bool modifier);
    void pair_parts(std::size_t k, std::size_t h, std::size_t sp);
    bool name_before_hyphen(std::size_t k, std::size_t h, std::size_t sp);
    std::size_t ngram_keys(std::size_t i, std::size_t* last_words);
    void longest_exact(Candidate& c, const std::size_t* last_words, std::size_t words);
    void longest_loose(Candidate& c, const std::size_t* last_words, std::size_t words);
    void longest_ezafe(Candidate& c, const std::size_t* last_words, std::size_t words);
    void longest_assimilated(Candidate& c, const std::size_t* last_words, std::size_t words);
    bool hierarchy_level(std::size_t i, std::size_t last) const;
    bool stated_settlement(std::size_t i, std::size_t last) const;
    bool respelt_key(Candidate& c, std::size_t last, std::string_view variant);
    void longest_respelt(Candidate& c);
    bool respelt_article(Candidate& c, std::string_view w);
    bool hyphen_article_name(std::size_t j) const;
    bool country_follows(const Span& s) const;
    bool respelt_supported(const Span& s, const std::vector<std::string_view>& named) const;
    std::vector<std::string_view> named_countries() const;
    bool date_word(std::size_t tok, std::size_t k) const;
    bool level_slot(std::size_t i, std::size_t last) const;
    Candidate longest(std::size_t i, bool article);
    bool abbreviation_dot(const Candidate& c) const;
    void compass_and_city(const Candidate& c, Span& s) const;
    std::size_t division_suffix(const Candidate& c, const Span& s) const;
    std::size_t facility_last(const Candidate& c) const;
    bool people_noun(const Candidate& c) const;
    Span span_of(const Candidate& c) const;
    void language_filters(const Candidate& c, const Span& s, bool& keep) const;
    bool address_position(std::size_t i) const;
    bool state_abbreviation_form(std::size_t i) const;
    void code_filters(const Candidate& c, const Span& s, bool& keep) const;
    bool code_as_word(std::size_t i) const;
    void surroundings_filters(const Candidate& c, bool& keep) const;
    void weak_filters(const Candidate& c, const Span& s, bool& keep);
    void weak_person_filters(const Candidate& c, const Span& s, bool& keep);
    bool party_next(std::size_t last) const;
    bool party_before(std::size_t first) const;
    bool name_word_after(const Candidate& c) const;
    bool listed_next(std::size_t last) const;
    bool noun_after(std::size_t last) const;
    bool loose_unplaced(const Candidate& c, const Span& s) const;
    bool transliteration_support() const;
    std::size_t longer_unknown(const Candidate& c, bool& keep);
    std::size_t unknown_division_name(const Candidate& c, std::string_view name_key) const;
    bool district_seat(std::string_view name_key) const;
    bool known_run(std::size_t b, std::size_t e) const;
    void name_filters(const Candidate& c, const Span& s, bool& keep);
    bool regnal_numeral_after(std::size_t last) const;
    bool capitalised_word_after(std::size_t last) const;
    bool head_of_longer_name(std::size_t i) const;
    bool institution_before_role(const Candidate& c) const;
    void demonym_filters(const Candidate& c, const Span& s, bool& keep) const;
    void accept(const Candidate& c, Span s, bool weak);
    bool after_border_with(std::size_t i) const;
    std::size_t judge(const Candidate& c);
    std::vector<Span> finish();
    /// Whether a record stays by the rules of people's names, transliteration support and the
    /// country of a respelt name (finish adds the sentence-initial weak names' rule).
    bool stays(const Pending& f, bool support, const std::vector<std::string_view>& named) const;
    void part_after_possessive(std::vector<Span>& out, Span& part) const;
    bool transliterated_town(std::string_view name) const;
};

// Whether token i goes on the second part of a hyphenated word before it (recognise_hyphens.cpp).
bool hyphen_continuation(const Analysed& a, std::size_t i);

} // namespace gt::geoparse::detail
