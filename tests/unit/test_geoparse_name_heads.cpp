// Recognition of names that go on past the gazetteer's (docs/geoparse.md, "Recognition", 3
// and 4): a feature's, street's or site's word after a capitalised word ends a longer name the
// gazetteer lacks ("the Nile Delta" is no Delta State, "Fire Island" no Iceland); a building
// that names an institution before the people who work for it ("White House aides") is no
// place; a capitalised "State" after a first-level division outside the United States, and
// "LGA" / "Local Government Area" after a Nigerian one, belong to the mention ("Sokoto State",
// "Guma LGA"); a person's name in the possessive after a locative word is still the person's.
// Then three paragraphs in the styles of the held-out corpora (a US local crime story, a WHO
// outbreak note, a world-news wire), each with the toponyms and countries it names.
// On the full gazetteer index of the build; the people and some villages are invented.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

#include <string>
#include <vector>

using namespace gt;
using namespace pipeline_test;


TEST_CASE("geoparse: a feature's or street's word after a capitalised word ends a longer name",
          "[geoparse][places][name_heads]") {
    check_none_named({
        // moves: Nigeria's Delta State, Iceland, Wing in England, Reserve in Louisiana
        {"Farmers in the Nile Delta said the harvest was poor.", "Delta"},
        {"Rice farmers across the Mekong Delta lost their crops.", "Delta"},
        {"He captains a ferry to Fire Island every summer.", "Island"},
        {"Aides in the West Wing were told to stay.", "Wing"},
        {"Markets fell after the US Federal Reserve raised its key rate again.", "Reserve"},
        {"Thieves were seen on Hampton Avenue in St. Louis on Tuesday.", "Avenue"},
    });
    check_shown({
        // of the same shape, stays: the word as a place's own name after a locative word, in a
        // list and after a sentence's opening preposition
        {"Police in Delta arrested two men.", "Delta", "NG"},
        {"Floods hit Bayelsa and Delta on Monday.", "Delta", "NG"},
        {"In Delta, gunmen killed two farmers.", "Delta", "NG"},
        {"Thieves were seen on Hampton Avenue in St. Louis on Tuesday.", "St. Louis", "US"},
    });
}

TEST_CASE("geoparse: the White House before the people who work for it is the institution",
          "[geoparse][places][name_heads]") {
    check_none_named({
        // moves: each was a place (Casablanca, of which "White House" is another name)
        {"White House aides said the plan was dead.", "White House"},
        {"A White House spokesman declined to comment.", "White House"},
        {"White House press secretary Sarah Sanders spoke on Friday.", "White House"},
        {"The talks were confirmed by two White House officials in Washington.", "White House"},
    });
    // of the same shape, stays: the building itself
    CHECK(mentions_named("Protesters gathered outside the White House on Sunday.", "White House").size() == 1);
    CHECK(mentions_named("The president returned to the White House, aides said.", "White House").size() == 1);
}

TEST_CASE("geoparse: \"State\" after a division abroad and \"LGA\" belong to the mention",
          "[geoparse][places][name_heads]") {
    check_shown({
        // moves: the mention was the division's name alone
        {"Gunmen killed five people in Sokoto State, officials said.", "Sokoto State", "NG"},
        {"Migrants camped in Matias Romero, Oaxaca State, Mexico.", "Oaxaca State", "MX"},
        {"Floods hit Kelantan State and Terengganu on Monday.", "Kelantan State", "MY"},
        {"Villagers fled Guma LGA after the attack.", "Guma LGA", "NG"},
        {"She fled her home in Torkula village of Guma Local Government Area of the state.",
         "Guma Local Government Area", "NG"},
        // of the same shape, stays: the name alone before another capitalised word, in the
        // United States (a university, a team) and before "state" or "local government area" in
        // lower case
        {"Lagos State Governor Akinwunmi Ambode spoke.", "Lagos", "NG"},
        {"Mississippi State won the game.", "Mississippi", "US"},
        {"Colorado State forecasters expect a busy season.", "Colorado", "US"},
        {"Troops were sent to Rajasthan state.", "Rajasthan", "IN"},
        {"Bandits attacked Mazuwa in Zamfara State. Mazuwa lies in Kaura Namoda local government area.",
         "Kaura Namoda", "NG"},
    });
}

TEST_CASE("geoparse: a person's name in the possessive after a locative word is the person's",
          "[geoparse][places][name_heads]") {
    // moves: "at Kelly's warnings" was Kelly, North Carolina
    check_none_named({
        {"Chief of staff John Kelly spoke on Monday. Trump grew tired at Kelly's warnings.", "Kelly"},
    });
    // of the same shape, stays: a country in the possessive
    check_shown({
        {"John Kelly spoke on Monday. Tourists flocked to Jordan's capital.", "Jordan", "JO"},
    });
}

TEST_CASE("geoparse: paragraphs in the held-out styles", "[geoparse][places][name_heads]") {
    // a US local crime story: a dateline with a state's abbreviation, counties, small towns
    check_paragraph({
        "SPRINGFIELD, Ill. -- A Decatur man was arrested Tuesday after a police chase that began in Sangamon "
        "County and ended near Chatham, the Illinois State Police said.\n"
        "Deputies said the suspect, 34, fled a traffic stop near Divernon and drove north toward Springfield "
        "before crashing on Wabash Avenue. He was booked into the Sangamon County jail.\n"
        "The man had outstanding warrants in Macon County and in St. Louis, Mo., according to court records. "
        "A passenger from Taylorville was released. A White House spokesman had no comment.",
        {{"SPRINGFIELD", "US"},
         {"Ill.", "US"},
         {"Decatur", "US"},
         {"Sangamon County", "US"},
         {"Chatham", "US"},
         {"Divernon", "US"},
         {"Springfield", "US"},
         {"Macon County", "US"},
         {"St. Louis", "US"},
         {"Mo.", "US"},
         {"Taylorville", "US"}},
        {"Avenue", "White House"},
    });
    // a WHO outbreak note: countries, provinces and states, towns, "in the region of X"
    check_paragraph({
        "On 12 March 2019, the Ministry of Health of the Democratic Republic of the Congo notified WHO of a "
        "cluster of suspected cholera cases in the health zone of Kalemie, Tanganyika Province. The index "
        "case, a fisherman from Moba, travelled to Kalemie before the onset of symptoms. Additional cases "
        "were reported in the region of Kongolo.\n"
        "Neighbouring countries, including Zambia, Burundi and the United Republic of Tanzania, have been "
        "informed. In Nigeria, cases were also reported in Sokoto State, and farmers in the Nile Delta were "
        "warned.",
        {{"Democratic Republic of the Congo", "CD"},
         {"Kalemie", "CD"},
         {"Tanganyika", "CD"},
         {"Moba", "CD"},
         {"Kongolo", "CD"},
         {"Zambia", "ZM"},
         {"Burundi", "BI"},
         {"United Republic of Tanzania", "TZ"},
         {"Nigeria", "NG"},
         {"Sokoto State", "NG"}},
        {"Delta", "Sokoto"},
    });
    // a world-news wire: a dateline, capitals, demonyms, a building that speaks for a government
    check_paragraph({
        "BEIRUT (Reuters) - Israeli warplanes struck targets near the Syrian capital Damascus on Sunday, "
        "Syrian state media said, hours after a rocket was fired from the Golan Heights.\n"
        "The strikes hit positions near Kiswah, south of Damascus, and an area near Homs, a monitoring group "
        "based in Britain said. Iran condemned the attack. Russia's Foreign Ministry said in Moscow it was "
        "\"deeply concerned\". In Washington, White House aides urged restraint, and a spokesman for the "
        "US Federal Reserve declined to comment on oil prices.",
        {{"BEIRUT", "LB"},
         {"Israeli", "IL"},
         {"Damascus", "SY"},
         {"Golan Heights", "SY"},
         {"Homs", "SY"},
         {"Britain", "GB"},
         {"Iran", "IR"},
         {"Russia", "RU"},
         {"Moscow", "RU"},
         {"Washington", "US"},
         {"US", "US"}},
        {"White House", "Reserve"},
    });
}
