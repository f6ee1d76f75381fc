#include "text/segment.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {
std::vector<std::string> sentences(std::string_view text) {
    auto s = gt::text::segment(text);
    std::vector<std::string> out;
    for (const auto& x : s.sentences) out.emplace_back(text.substr(x.begin, x.end - x.begin));
    return out;
}
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : gt::text::tokenize(text)) out.emplace_back(t.text(text));
    return out;
}
} // namespace

TEST_CASE("tokens keep inner hyphens, apostrophes and dotted initials", "[text][segment]") {
    CHECK(words("Deir ez-Zor's siege, U.S.-led") ==
          std::vector<std::string>{"Deir", "ez-Zor's", "siege", ",", "U.S.", "-", "led"});
    CHECK(words("the U.S. said.") == std::vector<std::string>{"the", "U.S.", "said", "."});
    CHECK(words("3.5 km, (140km)") == std::vector<std::string>{"3.5", "km", ",", "(", "140km", ")"});
    CHECK(words("Ma\xE2\x80\x99" "arrat al-Nu\xE2\x80\x99" "man") ==
          std::vector<std::string>{"Ma\xE2\x80\x99" "arrat", "al-Nu\xE2\x80\x99" "man"});
    auto t = gt::text::tokenize("GENEVA Damascus isis");
    REQUIRE(t.size() == 3);
    CHECK(t[0].all_caps);
    CHECK(t[0].capitalised);
    CHECK(t[1].capitalised);
    CHECK_FALSE(t[1].all_caps);
    CHECK_FALSE(t[2].capitalised);
}

TEST_CASE("sentences split on final punctuation, not after abbreviations", "[text][segment]") {
    CHECK(sentences("Gen. Smith arrived. He said so! Then left?") ==
          std::vector<std::string>{"Gen. Smith arrived.", "He said so!", "Then left?"});
    CHECK(sentences("George W. Bush spoke on Jan. 5 in Washington. Later, more.") ==
          std::vector<std::string>{"George W. Bush spoke on Jan. 5 in Washington.", "Later, more."});
    CHECK(sentences("\"We won,\" he said. \"Fine.\" It ended.") ==
          std::vector<std::string>{"\"We won,\" he said.", "\"Fine.\"", "It ended."});
    CHECK(sentences("It cost 3.5 million. Done") == std::vector<std::string>{"It cost 3.5 million.", "Done"});
}

TEST_CASE("headlines and datelines are sentences of their own", "[text][segment]") {
    std::string text = "date 2017-09-09\n19:34 GMT +3 09 September 2017\n\n"
                       "Syrian Troops End Siege of Deir ez-Zor\n\n"
                       "Syrian army units broke the\nsiege of the city. The talks were held.";
    CHECK(sentences(text) == std::vector<std::string>{"date 2017-09-09", "19:34 GMT +3 09 September 2017",
                                                      "Syrian Troops End Siege of Deir ez-Zor",
                                                      "Syrian army units broke the\nsiege of the city.",
                                                      "The talks were held."});
}

TEST_CASE("a hard-wrapped line that ends in a comma or semicolon goes on on the next line", "[text][segment]") {
    // wire copy wrapped at a fixed width: the comma or semicolon at the end of a line is inside
    // the sentence, whatever the next line starts with
    CHECK(sentences("France has doubts so long as Moscow keeps an edge in rockets,\nconventional forces and "
                    "chemical weapons. Talks go on.") ==
          std::vector<std::string>{"France has doubts so long as Moscow keeps an edge in rockets,\nconventional "
                                   "forces and chemical weapons.",
                                   "Talks go on."});
    CHECK(sentences("A Baghdad communique said an Iranian brigade,\nbacked by tanks, launched the attack.") ==
          std::vector<std::string>{"A Baghdad communique said an Iranian brigade,\nbacked by tanks, launched the attack."});
    CHECK(sentences("The convoy left Goma;\nRebels later attacked it near Rutshuru.") ==
          std::vector<std::string>{"The convoy left Goma;\nRebels later attacked it near Rutshuru."});
    CHECK(sentences("Reporting by Paris bureau,\nEditing by Ed Smith,\nMore to come.") ==
          std::vector<std::string>{"Reporting by Paris bureau,\nEditing by Ed Smith,\nMore to come."});
    // a line without any final punctuation still ends its sentence (a headline)
    CHECK(sentences("Rebels Seize Town in North\nRebels seized the town on Monday.") ==
          std::vector<std::string>{"Rebels Seize Town in North", "Rebels seized the town on Monday."});
}

TEST_CASE("segmenting never crashes on odd bytes", "[text][segment]") {
    std::string junk = "\xFF\xFE abc \xC3 . \xE2\x80 ?\n\n\n!!! ...";
    auto s = gt::text::segment(junk);
    for (const auto& x : s.sentences) {
        CHECK(x.begin <= x.end);
        CHECK(x.end <= junk.size());
    }
    CHECK(gt::text::segment("").sentences.empty());
}
