// Unit tests of the open-news filters (src/events/context.cpp, triggers.cpp; docs/events.md,
// "Open news"): each noise class of general news gives no event, and conflict sentences of the
// same shapes keep theirs. All sentences are written for these tests.
#include "events/context.hpp"
#include "events/extract.hpp"
#include "events/words.hpp"
#include "timex/tagger.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "test_events_helpers.hpp"

namespace {

// The same with the town "Kafr Tala" (a made-up name) injected as a place in Syria.
std::vector<Event> run_town(const std::string& text) {
    std::vector<PlaceMention> p;
    if (text.find("Kafr Tala") != std::string::npos)
        p.push_back(place(text, "Kafr Tala", "Kafr Tala", "SY", "SY.09", 35.6, 36.6));
    return run_checked(text, p);
}

// Which noise sentence gave an event (for the failure message).
std::vector<std::string> with_events(const std::vector<std::string>& sentences) {
    std::vector<std::string> out;
    for (const auto& s : sentences)
        if (!run_checked(s).empty()) out.push_back(s);
    return out;
}

// A class of noise sentences gives no event, and conflict sentences of the same shapes keep theirs.
void check_class(const std::vector<std::string>& none, const std::vector<std::string>& kept) {
    CHECK(with_events(none) == std::vector<std::string>{});
    for (const auto& t : kept) {
        INFO(t);
        CHECK(!run_town(t).empty());
    }
}

// Sentences at the town "Kafr Tala" that give no event (none) or one at least (kept).
void check_at_town(const std::vector<std::string>& none, const std::vector<std::string>& kept) {
    for (const auto& t : none) {
        INFO(t);
        CHECK(run_town(t).empty());
    }
    for (const auto& t : kept) {
        INFO(t);
        CHECK(!run_town(t).empty());
    }
}

} // namespace

TEST_CASE("open news: price, quantity and score moves are no territory taken", "[events][open]") {
    const std::vector<std::string> moves = {
        "Exports fell to 12.4 billion rupees in the first half.",
        "The yen was falling to 140.25 against the dollar in late trading.",
        "Copper fell to 2,950 dlrs a tonne on the London market.",
        "Its share of the market fell to 18 pct last year.",
        "The index fell to a record low of 1,204 points on Friday.",
        "Output has fallen to about 600,000 barrels a day.",
        "Gold fell to $1,210 an ounce.",
        "The Hawks fell to the Pistons in overtime on Saturday.",
        "Farm income fell to its lowest level in ten years.",
        "The club captured the league title for the third time.",
        "She took over as chief executive of the bank in May.",
        "The rand was falling to 15.3 to the dollar.",
    };
    CHECK(with_events(moves) == std::vector<std::string>{});
}

TEST_CASE("open news: names of companies, teams and products are no triggers", "[events][open]") {
    const std::vector<std::string> names = {
        "Exxon and Shell raised the price they pay for crude on Monday.",
        "Shell Oil Co said it would sell its chemicals unit.",
        "Raytheon Missiles and Electronics Co won an order for radar equipment.",
        "The Rockets beat the Spurs on Sunday night.",
        "The Houston Rockets signed a new coach.",
        "Thunder Bomb Records said it will release the album in June.",
        "Fighting Irish fans filled the stadium.",
    };
    CHECK(with_events(names) == std::vector<std::string>{});
}

TEST_CASE("open news: figures of speech and sport are no incidents", "[events][open]") {
    const std::vector<std::string> figures = {
        "The pension deficit is a time bomb for the city budget.",
        "The final was a title clash between two old rivals.",
        "Analysts expect an explosion of demand for personal computers.",
        "The airlines are locked in a fare war that has cut profits.",
        "The retailer swallowed a ticking time bomb when it bought the chain.",
        "The two brokers are in a takeover battle for the insurer.",
        "There was an explosion in sales of mobile phones this year.",
    };
    CHECK(with_events(figures) == std::vector<std::string>{});
}

TEST_CASE("open news: business and sports agreements are no Strategic developments", "[events][open]") {
    const std::vector<std::string> deals = {
        "Acme Corp signed a definitive agreement to acquire Widget Inc for 40 dlrs a share.",
        "The two clubs reached an agreement on the transfer of the striker.",
        "The union and the company reached agreement on a new wage contract.",
        "The bank signed an agreement with its creditors to reschedule the loan.",
        "Japan and the United States reached agreement on semiconductor prices.",
        "The brewer held talks with its shareholders on the merger.",
        "A commodities trader was arrested on charges of insider trading.",
        "Police arrested the company's former chairman on fraud charges.",
    };
    CHECK(with_events(deals) == std::vector<std::string>{});
}

TEST_CASE("open news: talks with a parliament's opposition are politics, with an armed opposition a conflict topic",
          "[events][open]") {
    // (in articles of politics: a line on the parliament's business before the talks)
    const std::string politics = "The president began consultations on Monday to form a new government after "
                                 "the coalition of five parties collapsed over a dispute about the date of the "
                                 "next general elections and the budget for the coming year. ";
    const std::vector<std::string> none = {
        politics + "Cossiga is due to meet former presidents before holding talks with party leaders, including "
                   "the opposition Communists and the junior coalition members.",
        politics + "The prime minister held talks with opposition party leaders on the budget in Rome.",
        politics + "The president held talks with opposition lawmakers on electoral reform in Lima.",
    };
    CHECK(with_events(none) == std::vector<std::string>{});
    const std::vector<std::string> kept = {
        "Government envoys held talks with the armed opposition on a ceasefire in Kafr Tala.",
        "The government held talks with the opposition in Kafr Tala on Monday.",
    };
    for (const auto& t : kept) {
        INFO(t);
        CHECK(!run_town(t).empty());
    }
}

TEST_CASE("open news: accidents, disasters and things that are not incidents", "[events][open]") {
    const std::vector<std::string> none = {
        "A bus crash on the coast road killed 14 passengers.",
        "An explosion at a coal mine killed nine miners on Tuesday.",
        "Twelve people drowned when the ferry capsized in a storm.",
        "The navy tested a new cruise missile over the sea.",
        "The company will deliver 40 missiles to the air force next year.",
        "The treaty would ban medium-range missiles from the continent.",
        "The trial of two men accused of last year's bombing of the station opened on Monday.",
        "The ministers warned that fighting could resume if the deadline passed.",
        "Officials said the cloud was not a nuclear blast.",
        "No clashes were reported during the election.",
        // a fire that kills, told as the subject: no attack
        "The fires which began on May 6 have killed 191 people.",
        "A blaze at the textile market in Dhaka killed five people on Sunday.",
        "Wildfires in the north of the country have killed 23 people since Friday.",
        "The fire at the fuel depot killed two workers, officials in Lagos said.",
    };
    CHECK(with_events(none) == std::vector<std::string>{});
    // gunfire and arson keep their events
    const std::vector<std::string> kept = {
        "Sniper fire killed two civilians in Kafr Tala on Monday.",
        "Gunmen set fire to houses in Kafr Tala, and the flames killed five people.",
        "The fire from army positions killed three protesters in Kafr Tala.",
    };
    for (const auto& t : kept) {
        INFO(t);
        CHECK(!run_town(t).empty());
    }
}

TEST_CASE("open news: a weapon held, installed or feared is no incident, even with an armed actor",
          "[events][open]") {
    const std::vector<std::string> none = {
        "Iranian forces have installed new anti-ship missiles along the coast.",
        "The Indian navy commissioned two guided missile destroyers on Monday.",
        "Ethiopian troops brought the border towns within artillery range.",
        "The Pakistani army now has rockets with a range of 300 km.",
        "Officials said Hezbollah fighters keep their rockets in tunnels.",
        "Iranian forces have set up land-based launching sites for anti-ship missiles.",
        "Iranian forces test-fired new missiles in the strait on Sunday.",
        "The Indian army ordered shoulder-fired missiles and submarine-launched rockets.",
        "The Syrian army has a missile capable of hitting most areas of the region.",
        "A Delta rocket carrying a weather satellite exploded after liftoff in Florida.",
        "An Atlas rocket launching a communications satellite was destroyed over the ocean.",
        "Eight minutes after the blast-off the launcher placed its payload in orbit.",
        "General Electric has received a 42.7 mln dlr contract for work on engines for Sea Hawk and CV "
        "helicopters, the Army said.",
        "The Indian air force ordered 36 fighter jets from Dassault on Friday.",
        "The sale of 66 warplanes to Taiwan was approved by the State Department.",
        "Shell is a subsidiary of the Royal Dutch/Shell Group, police in Lyon said.",
        "France doubts the deal while Moscow keeps an edge in conventional forces and chemical weapons.",
        "The treaty bans the production of chemical weapons in Brazil and Argentina.",
        "The Syrian army still holds chemical weapons in depots near Homs, inspectors said.",
    };
    const std::vector<std::string> used = {
        "Iranian gunboats hit a tanker with a missile near Kafr Tala.",
        "Rebel positions near Kafr Tala came under heavy artillery barrages on Monday.",
        "Troops in Kafr Tala were under assault from rockets and mortars overnight.",
        "A rocket attack on Kafr Tala killed three civilians.",
        "Warplanes fired missiles at Kafr Tala on Sunday.",
        "Two gunmen on a motorcycle dropped a grenade in front of a clinic in Kafr Tala.",
        "Police used smoke bombs to clear the square in Kafr Tala.",
        "Monitors recorded 21 explosions involving artillery near Kafr Tala.",
        "A bomb blast at the military academy in Kafr Tala killed one guard.",
        "An explosive device was placed under a car in Kafr Tala.",
        "Repeated bombings of the pipeline near Kafr Tala cut the flow of crude.",
        "Policemen suffered casualties from a Taliban-planted bomb in Kafr Tala.",
        "A hand grenade was thrown by militants at the police station in Kafr Tala.",
        "Government forces used chemical weapons on Kafr Tala, witnesses said.",
        "A chemical attack on Kafr Tala killed dozens on Tuesday.",
        "Helicopters bought from Russia attacked rebel positions near Kafr Tala.",
        "Jets delivered last year bombed Kafr Tala on Sunday, killing four.",
    };
    check_class(none, used);
}

TEST_CASE("open news: a clash avoided, a riot rumoured are no incidents",
          "[events][open]") {
    const std::vector<std::string> none = {
        "The research ship kept to Turkish waters, avoiding a potential clash with the Greek navy.",
        "Police in Kuala Lumpur denied rumours of race riots on Sunday.",
        "Diplomats see little prospect of clashes between the two navies in the Gulf.",
        "Both armies averted a possible battle on the Indian border.",
    };
    const std::vector<std::string> incidents = {
        "Despite rumours of a truce, troops fought rebels in Kafr Tala on Monday.",
        "Rioters burned shops in Kafr Tala on Sunday after rumours spread on social media.",
        "Rebels attacked an army post in Kafr Tala, killing two soldiers.",
    };
    check_class(none, incidents);
}

TEST_CASE("open news: a paper, deal or decision executed or blasted, an explosion in rents are no incidents",
          "[events][open]") {
    const std::vector<std::string> none = {
        "Blockbuster Distribution Corp said it executed two additional area licenses in Texas.",
        "The two governments executed the agreement in Nairobi on Monday.",
        "In a scathing report, the panel blasted the policy of the security council staff.",
        "The board executed the merger documents in Delaware.",
        "Opposition leaders blasted the decision of the army chief on Tuesday.",
        "In a scathing report on Friday, the panel blasted the conduct of the council staff.",
        "Farmers' unions blasted the handling of the crisis by the ministry in Lagos.",
        "The senator blasted the leadership of the agency in Manila.",
        "An explosion in rents in Sao Paulo has thrown thousands of families onto the streets.",
    };
    const std::vector<std::string> incidents = {
        "Rebels executed two aid workers in Kafr Tala on Monday.",
        "An assassination was conducted in the Kafr Tala area.",
        "Protesters clashed with police over the deal in Kafr Tala.",
        "Militants executed a village chief near Kafr Tala after a ruling of their court.",
        "An explosion in the market of Kafr Tala killed three people.",
    };
    check_class(none, incidents);
}

TEST_CASE("open news: deaths and explosions in an article about an accident are no incidents",
          "[events][open]") {
    const std::vector<std::string> none = {
        "A car ferry capsized off Zeebrugge in a storm on Friday. Officials said 32 of the 543 passengers "
        "and crew were confirmed dead and 160 were missing.",
        "The Soviet Union carried out an underground nuclear test on Thursday. Western monitors said the "
        "explosion was at 0200 gmt.",
        "An earthquake and landslides hit the Napo province of Ecuador on Thursday. We fear that up to 300 people died "
        "in Napo, the governor said.",
        "Fire swept through a flax factory in Harbin on Monday. The newspaper said the explosion destroyed "
        "four buildings and killed 45 workers.",
    };
    const std::vector<std::string> incidents = {
        "Gunmen attacked a bus near Kafr Tala during a storm on Friday. Officials said 12 of the passengers "
        "were confirmed dead and the fire destroyed the bus.",
        "Rebels shelled the refinery in Kafr Tala on Friday, starting a fire. The explosion killed two "
        "workers, the governor said.",
    };
    check_class(none, incidents);
}

TEST_CASE("open news: a later arrest in an article of business and police work is the same crime's",
          "[events][open]") {
    // the offence is named once; the next sentences' arrests name none, and the article's
    // conflict words are all police and arrests
    const std::vector<std::string> none = {
        "Police arrested four industrialists in Dhaka for defaulting on bank loans. Metropolitan police told "
        "reporters the four arrested, put under detention, owed nearly 50 mln taka. Police said more arrests "
        "of bank defaulters would follow.",
        "Police in Cosenza arrested the president of the company on fraud charges. The bank said its loans to "
        "the company were worth 90 billion lire. Five managers were arrested last night, police said.",
        "Police arrested two brokers in New York on insider trading charges. A total of 19 people were "
        "arrested in the investigation, eight of them at one brokerage firm, police said. Shares fell.",
    };
    const std::vector<std::string> kept = {
        "Police arrested four opposition activists in Kafr Tala. The bank said the loans were worth 50 mln "
        "dollars. Police said more arrests would follow.",
        "Troops clashed with militants in Kafr Tala, killing five, and rebels shelled the market. Soldiers "
        "arrested twelve people in Kafr Tala after the fighting, the army said; shares and bonds fell.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: an arrest told in words of business is a business crime, in a digest of war stories too",
          "[events][open]") {
    // a wire digest: stories of war, then one of a company's scandal whose arrest sentence speaks
    // of exchange, dollars, shares or a bank
    const std::string war = "Iraq said its troops repulsed an Iranian offensive near Basra, killing thousands. Rebels "
                            "shelled the army post and clashed with soldiers in the north.\n     - - - -\n    ";
    const std::vector<std::string> none = {
        war + "BRUNSWICK - A former chief of foreign exchange at Volkswagen has been arrested in connection "
              "with a scandal which may have cost the carmaker millions of dollars, the prosecutor said.",
        war + "MILAN - The former treasurer of the bank was arrested over losses on currency futures worth 200 "
              "mln dlrs, magistrates said.",
        war + "TOKYO - Two traders were arrested over the sale of shares in the company, police said.",
    };
    const std::vector<std::string> kept = {
        // a political target, or forces arresting, with words of business beside them
        war + "KAFR TALA - Police arrested the opposition leader over a loan of 50 mln dollars from the state bank.",
        war + "KAFR TALA - Soldiers arrested twelve people after the fighting; shares and bonds fell.",
        war + "KAFR TALA - Police arrested 40 protesters in Kafr Tala on Monday.",
    };
    const auto arrests = [](const std::string& t) {
        const auto ev = run_town(t);
        return std::count_if(ev.begin(), ev.end(), [](const Event& e) { return e.sub_event_type == "Arrests"; });
    };
    for (const auto& t : none) {
        INFO(t);
        CHECK(arrests(t) == 0);
        CHECK(!run_town(t).empty()); // (the war stories keep theirs)
    }
    for (const auto& t : kept) {
        INFO(t);
        CHECK(arrests(t) == 1);
    }
}

TEST_CASE("open news: company and bank officials arrested for a crime are no political arrest",
          "[events][open]") {
    const std::vector<std::string> none = {
        "Eight banking officials were arrested on embezzlement charges in Rome.",
        "Police arrested four industrialists for failing to repay bank loans in Dhaka.",
        "The former head of the currency department was arrested on fraud charges in Hamburg.",
        "Two company officials were arrested for stealing computer technology in Tokyo.",
        "A member of the board was arrested for drug dealing in New York.",
        "Brooks was charged with cruelty and negligent homicide, was arrested Saturday, and is held on a bond in Slidell.",
        "A man who stood in the dock of Belfast Magistrates' Court on 15 burglary charges was arrested in north Belfast.",
        "The mixed martial arts fighter was arrested in Brooklyn and charged with assault and criminal mischief.",
    };
    const std::vector<std::string> political = {
        "Police arrested the mayor of Kafr Tala and two party officials on Monday.",
        "Security forces arrested a senior official of the rebel movement in Kafr Tala.",
        "Troops arrested the leader of the opposition in Kafr Tala on charges of fraud.",
        "The Deputy Chief Justice was arrested in Kafr Tala on corruption and tax evasion charges.",
        "Police arrested 12 members of the youth wing in Kafr Tala.",
    };
    check_class(none, political);
}

TEST_CASE("open news: ships, dams, plants and tests failing are no incidents", "[events][open]") {
    const std::vector<std::string> none = {
        "At least 30 people died when a car ferry struck a pier off the coast of Bangladesh.",
        "Seventeen people were killed after a dam burst following heavy rains in Peru.",
        "An explosion at the oil refinery near Houston injured five workers.",
        "An explosion tore through a fertiliser factory near Lagos, killing 12 people.",
        "The blast was the second underground nuclear test this year.",
        "Two of the patients died of the illness in a hospital in Manila.",
        "A tremor left 400 people dead or missing in the Andes.",
        "The explosion and fire, in which one worker was killed, hit the hydrocracker on Sunday.",
        "Forest fires swept the north-east of China in May. The fires which began on May 6 have killed 191 "
        "people.",
        "Some tanks were empty when an explosion started the fire at the depot near Lyon.",
    };
    const std::vector<std::string> attacks = {
        "Militants bombed a factory in Kafr Tala, killing four workers.",
        "A car bomb exploded outside the refinery in Kafr Tala.",
        "Gunmen killed five patients at a clinic in Kafr Tala.",
        "Rebels blew up a dam near Kafr Tala on Monday.",
        "Gunmen set fire to a bus in Kafr Tala, killing three passengers.",
        "A bomb explosion and fire destroyed the police station in Kafr Tala.",
        "Assailants attacked a base in Kafr Tala. At least 10 people were killed while houses were set on "
        "fire in the incident.",
        "Gunmen attacked the hamlet of Kafr Tala. Three people were killed, and the hamlet was burned.",
        "Assailants abducted a farmer in Kafr Tala. The farmer was killed during a rescue attempt.",
        "Assailants fired shells at a hangar in Kafr Tala. Sixty people were killed when the building caught "
        "fire.",
        "Soldiers at a checkpoint in Kafr Tala opened fire at a man on Monday.",
    };
    check_class(none, attacks);
    // a government that reports deaths in an accident is no armed actor of them
    check_at_town({"Faulty repairs caused the crash of a Boeing 747 near Kafr Tala which killed 520 people, "
                   "the Syrian government said.",
                   "The ferry capsized off Kafr Tala and 30 people drowned, the Syrian government said."},
                  {"Syrian government forces killed 20 people in Kafr Tala, the Syrian government said."});
    // a plant is no bomb planted (the two share a stem)
    check_at_town({"At least 2,000 people were killed when gas from a pesticide plant enveloped Kafr Tala.",
                   "An explosion at the fertiliser plant in Kafr Tala killed two workers, the factory said."},
                  {"Rebels planted a bomb at the power plant in Kafr Tala, killing two workers."});
}

TEST_CASE("open news: a storm of the weather, a strike of workers, an idle air force are no attacks", "[events][open]") {
    // the noun "storm" is the weather's, the verb a storming; the bare "strike" with words of
    // labour and none of an attack from the air is a walkout (ACLED codes no labour strike)
    const std::vector<std::string> none = {
        "The storm, which lashed the coast and three provinces of Vietnam, left two people dead.",
        "Severe sand storms across Chad delayed the withdrawal of the Libyan force from the oasis.",
        "A tropical storm hit the Philippines on Monday, killing 12 people.",
    };
    const std::vector<std::string> attacks = {
        "Troops stormed Kafr Tala on Monday, killing five rebels.",
        "Gunmen storm a hotel in Kafr Tala, killing four guards.",
        "Rebels were killed in the storming of the army post in Kafr Tala.",
        "An air strike hit a market in Kafr Tala on Monday, killing 12 people.",
        "Warplanes carried out strikes on Kafr Tala, killing four workers.",
        "Drone strikes killed three militants near Kafr Tala.",
    };
    check_class(none, attacks);
    // an air force named with no act of attack is a deployment, not an air strike
    check_at_town({"Newspapers reported that the Syrian army, navy and air force had been moved to Kafr Tala.",
                   "The Syrian air force was placed on alert in Kafr Tala as tension rose."}, {});
    check_class({"Greek newspapers reported that the army, navy and air force had been moved to the islands."},
                {"The air force targeted a rebel convoy near Kafr Tala on Monday.",
                 "Syrian air force jets struck rebel positions in Kafr Tala.",
                 "Rebels were killed near Kafr Tala by troops supported by the air force."});
    // (at a town the text names, with the police who keep order)
    check_at_town({"Witnesses in Kafr Tala saw more police on the streets after the city experienced "
                   "the biggest wave of strikes in years.",
                   "The strikes broke out in Kafr Tala three months after the wage talks failed.",
                   "Riot police were deployed in Kafr Tala as the strikes by miners spread.",
                   "Dockers in Kafr Tala went on strike over pay, halting shipments, police said.",
                   "A general strike called by the unions paralysed Kafr Tala, police said."}, {});
    // a walkout named as such at the word is one whatever else the sentence says (a coalition of
    // unions, the army on the streets): its kind before it, "on strike", "strike action", a
    // strike called or declared
    {
        // (the march is a protest of its own; the strike is no air strike)
        const auto ev = run_town("Residents of Kafr Tala marched in protest against fuel prices amid the "
                                 "call for general strike by the National Coalition against High Cost of "
                                 "Living.");
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type == "Protests");
    }
    check_at_town({"Prisoners in Kafr Tala began a hunger strike, the army said.",
                   "Teachers in Kafr Tala have been on strike since the army took power.",
                   "The union called a nationwide strike after troops killed two miners in Kafr Tala.",
                   "Unions in Kafr Tala declared a two-day strike as soldiers patrolled the streets.",
                   "Dock workers threatened strike action in Kafr Tala as the coalition government fell."},
                  {"An Israeli strike on Kafr Tala killed four people on Monday.",
                   "The army began strikes on Kafr Tala on Monday, killing six militants.",
                   "Coalition warplanes carried out a strike on Kafr Tala, killing 12 people.",
                   "A drone strike on a car in Kafr Tala killed three militants."});
}

TEST_CASE("open news: to demonstrate what one can do is no demonstration", "[events][open]") {
    // "demonstrate" followed by its, how, what, whether, his, her, our (lexicon N rows): to show
    check_at_town({"The government had to take some action in Kafr Tala to demonstrate its authority.",
                   "The navy wanted to demonstrate how fast its new ships could sail from Kafr Tala.",
                   "The general said the exercise in Kafr Tala would demonstrate what the army could do.",
                   "The test at Kafr Tala will demonstrate whether the missile works.",
                   "The president went to Kafr Tala to demonstrate his commitment to the peace process.",
                   "We came to Kafr Tala to demonstrate our resolve to the world."},
                  {"Thousands demonstrated in Kafr Tala against the government on Monday.",
                   "Farmers demonstrated their anger in Kafr Tala over fuel prices.",
                   "Students demonstrated outside the university in Kafr Tala."});
}

TEST_CASE("open news: an arrest asked for, demanded or lifted is no arrest made", "[events][open]") {
    // lexicon N rows: ask for, call for, demand, seek, urge, a warrant for an arrest; a house
    // arrest lifted, ended, or someone freed from it
    check_at_town({"Investigating magistrates in Kafr Tala asked for his arrest, the prosecutor said.",
                   "The opposition in Kafr Tala called for the arrest of the minister.",
                   "Lawyers in Kafr Tala sought the arrest of the former governor.",
                   "A judge in Kafr Tala issued a warrant for the arrest of the mayor.",
                   "The radio said the government would lift the house arrest of the dissident in Kafr Tala.",
                   "The opposition leader in Kafr Tala was freed from house arrest on Monday."},
                  {"Police arrested 12 opposition activists in Kafr Tala.",
                   "Police in Kafr Tala arrested the mayor after a judge issued a warrant for his arrest.",
                   "The opposition leader was placed under house arrest in Kafr Tala.",
                   "Protesters in Kafr Tala demanded money and police arrested three of them.",
                   "Gunmen in Kafr Tala sought refuge in a mosque and troops arrested them."});
}

TEST_CASE("open news: conflict sentences of the same shapes keep their events", "[events][open]") {
    struct Case {
        std::string text, type;
    };
    const std::vector<Case> cases = {
        {"Rebels captured the town of Kafr Tala on Monday.", "Battles"},
        {"The town of Kafr Tala fell to the rebels on Tuesday.", "Battles"},
        {"Troops took control of the airport of Kafr Tala on Monday.", "Battles"},
        {"Rebels took over the town of Kafr Tala on Monday.", "Battles"},
        // (trucks seized by armed men are property taken: ACLED's Looting/property destruction)
        {"Militants seized three trucks near Kafr Tala.", "Strategic developments"},
        {"A bomb exploded in the market of Kafr Tala, killing 5 people.", "Explosions/Remote violence"},
        {"Warplanes fired missiles at Kafr Tala on Sunday.", "Explosions/Remote violence"},
        {"Government forces shelled Kafr Tala on Monday.", "Explosions/Remote violence"},
        {"An Improvised Explosive Device exploded near Kafr Tala, killing two soldiers.",
         "Explosions/Remote violence"},
        {"Gunmen killed a judge in Kafr Tala on Monday.", ""},
        {"The army and the rebels signed a ceasefire agreement in Kafr Tala.", "Strategic developments"},
        {"Police arrested 12 opposition activists in Kafr Tala.", "Strategic developments"},
        {"Talks on a ceasefire were held in Kafr Tala on Monday.", "Strategic developments"},
        {"Shells fell on Kafr Tala, killing a woman.", "Explosions/Remote violence"},
        // headlines run into the text: capitalised cue words next to conflict words or before
        // "on" + a place are no names
        {"Posted on Monday by the desk Dozens Killed in Coalition Airstrikes on Kafr Tala after a day of raids.",
         "Explosions/Remote violence"},
        {"Tags Syria Missile Attack on Kafr Tala killed 7 people on Monday night.", "Explosions/Remote violence"},
        // a name is no cue, but the deaths its sentence counts are reported
        {"A farmer killed two commanders of the Patriotic Liberation Front near Kafr Tala.", "Battles"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ev = run_town(c.text);
        REQUIRE(!ev.empty());
        if (!c.type.empty()) CHECK(ev[0].event_type == c.type);
    }
}

TEST_CASE("open news: the document's context", "[events][open]") {
    const std::string business =
        "Acme Corp said its net profit rose 12 pct in the third quarter on higher sales. The company "
        "said shares of its oil unit rose after the war between Iran and Iraq lifted crude prices. "
        "Analysts expect earnings to grow next year, and the dividend was raised to 20 cts a share.";
    auto bc = judge_document(make_words(business));
    CHECK(bc.open_news);
    CHECK(!bc.conflict_report);
    // a business article that mentions a war in passing yields nothing, even a sentence that
    // would be an event in a conflict report
    const std::string passing = business + " Iraqi warplanes attacked a tanker in the Gulf on Monday.";
    CHECK(run_checked(passing).empty());

    const std::string conflict =
        "Iraqi warplanes attacked a tanker in the Gulf on Monday, shipping sources said. The attack "
        "killed two crew members and wounded three. Iranian gunboats fired at another ship on Sunday, "
        "and the war at sea has driven oil prices up.";
    auto cc = judge_document(make_words(conflict));
    CHECK(!cc.open_news);
    CHECK(cc.conflict_report);
    CHECK(!run_checked(conflict).empty());

    // a short note: one conflict word in every 30 words is a conflict report
    auto note = judge_document(make_words("The bodies of two men were found with gunshot wounds."));
    CHECK(note.conflict_report);
    // a run of business words counts once: "the US dollar exchange rate" is one topic
    auto protest = judge_document(
        make_words("Protesters angry at the high US dollar exchange rate blocked the main road."));
    CHECK(!protest.open_news);
}

TEST_CASE("open news: the context counts the words of each list once", "[events][open]") {
    // judge_document reads five lists (conflict, business, policing, justice, armed context)
    // in one lookup a word: each list's words counted as that list alone would count them
    struct Case {
        const char* text;
        int conflict, policing, justice, armed, business;
        const char* words;
    };
    const Case cases[] = {
        // "arrested" a conflict and a policing word; "court", "charged", "prosecutors" justice
        {"Police arrested two protesters after the court charged them; prosecutors said troops were not involved.",
         4, 2, 3, 2, 0, "+police +arrested +protesters +troops"},
        // "Shell" no conflict word, but its stem is an armed context's ("shelling"); "exchange
        // rate" after "dollar" one run of business words
        {"Shell said its shares rose 3 pct as crude oil futures and the dollar exchange rate fell.", 0, 0, 0, 1, 5,
         "-shares -pct -crude -futures -dollar"},
        // a company's suffix after a capitalised name, "Inc" in the same run
        {"Acme Holdings Inc reported a profit, and the shelling of Donetsk went on.", 1, 0, 0, 1, 2,
         "-holdings -profit +shelling"},
        {"Detectives said the jury convicted the gang of the homicide; a militia burned tyres in Lagos.", 4, 0, 4, 2, 0,
         "+gang +militia +burned +tyres"},
        // words of another language count for nothing; an all-capitals "IED" counts
        {"Les manifestants ont été dispersés à Dakar; the IED killed a soldier and wounded civilians.", 5, 0, 0, 1, 0,
         "+ied +killed +soldier +wounded +civilians"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const DocContext ctx = judge_document(make_words(c.text), true);
        CHECK(ctx.conflict == c.conflict);
        CHECK(ctx.policing == c.policing);
        CHECK(ctx.justice == c.justice);
        CHECK(ctx.armed == c.armed);
        CHECK(ctx.business == c.business);
        CHECK(ctx.words == c.words);
    }
}

TEST_CASE("open news: --explain says why each trigger was kept or dropped", "[events][open]") {
    Explanation ex;
    ex.detailed = true;
    auto ev = run_checked("Exports fell to 12.4 billion rupees. Rebels captured the town of Kafr Tala.",
                          {place("Exports fell to 12.4 billion rupees. Rebels captured the town of Kafr Tala.",
                                 "Kafr Tala", "Kafr Tala", "SY", "SY.09", 35.6, 36.6)},
                          &ex);
    REQUIRE(ev.size() == 1);
    REQUIRE(ex.lines.size() == 2);
    CHECK(ex.lines[0].find("\"fell to\"") != std::string::npos);
    CHECK(ex.lines[0].find("dropped: a number, price, score or quantity follows") != std::string::npos);
    CHECK(ex.lines[1].find("\"captured\"") != std::string::npos);
    CHECK(ex.lines[1].find("kept: ") != std::string::npos);
}

TEST_CASE("open news: what talks or a meeting were about is no incident", "[events][open]") {
    // the fighting or the protests discussed are no battle and no protest (a talks cue may
    // still make its Strategic development)
    const std::vector<std::string> topics = {
        "The two ministers discussed the fight against Boko Haram in Kafr Tala on Monday.",
        "Officials held talks on the clashes in Kafr Tala on Sunday.",
        "The cabinet debated the protests in Kafr Tala on Tuesday.",
        "Army chiefs were briefed on the offensive against the Taliban in Kafr Tala on Friday.",
    };
    for (const auto& t : topics) {
        INFO(t);
        for (const auto& e : run_town(t)) CHECK(e.event_type == "Strategic developments");
    }
    // the same words reporting the incident itself
    auto ev = run_town("Troops fought Boko Haram fighters in Kafr Tala on Monday after talks broke down.");
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == "Battles");
    ev = run_town("Clashes broke out in Kafr Tala on Sunday during a meeting of rival clans.");
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type != "Strategic developments");
}

TEST_CASE("open news: a fight in the list of what was discussed, or named as a campaign, is no incident",
          "[events][open]") {
    // the list after the word of talking ("an array of issues on X, including ...") and the
    // campaign after a word of achievement, effort or help ("success in the fight against")
    const std::vector<std::string> topics = {
        "Moscow and Paris had discussed an array of issues on Kafr Tala, including the anti-Daesh fight, "
        "safe zones and aid to civilians.",
        "The ministers discussed several issues, including the fight against Al-Shabaab in Kafr Tala, and trade.",
        "Delegates debated a range of topics such as the war against the Taliban near Kafr Tala on Monday.",
        "The two sides praised recent military success in the fight against Daesh in Kafr Tala.",
        "He thanked Nigeria for its role in the fight against Boko Haram around Kafr Tala.",
        "They agreed to deepen cooperation in the struggle against Al-Shabaab in Kafr Tala.",
    };
    for (const auto& t : topics) {
        INFO(t);
        for (const auto& e : run_town(t)) CHECK(e.event_type == "Strategic developments");
    }
    // the list ends at a clause of its own, and a fight told as fought is an incident
    for (const char* t : {"They discussed the truce, but the fight against Daesh went on in Kafr Tala on Monday.",
                          "Troops fought Al-Shabaab fighters in Kafr Tala on Monday, including a fight near the market.",
                          "Army units won a fight against Daesh fighters in Kafr Tala on Monday."}) {
        INFO(t);
        auto ev = run_town(t);
        REQUIRE(!ev.empty());
        CHECK(ev[0].event_type == "Battles");
    }
}

TEST_CASE("open news: a comparison is no riot", "[events][open]") {
    // students are a crowd (lexicon/actors.tsv), a fight of theirs a riot: not when it is likened
    CHECK(run_town("The feuding in Kafr Tala was similar to an eraser fight among students.").empty());
    auto ev = run_town("Students from two colleges clashed in Kafr Tala on Sunday.");
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == "Riots");
    CHECK(ev[0].sub_event_type == "Mob violence");
}

TEST_CASE("open news: a crowd or strategic development negated, prevented or planned is no event",
          "[events][open]") {
    // a negation or a modal reaches over "no sign of", "any outbreaks of", "further reports of"
    const std::vector<std::string> none = {
        "Police and troops patrolled Kafr Tala on Monday to prevent any outbreaks of rioting.",
        "There was no sign of troops or police reinforcements in Kafr Tala on Monday.",
        "No arrests had been made in Kafr Tala by Sunday.",
        "Police did not arrest anyone in Kafr Tala on Sunday.",
        "The unions threatened to stage a protest in Kafr Tala next week.",
        "There were no further reports of protests in Kafr Tala on Tuesday.",
        // a condition (until, unless, if) is no act told
        "He will not negotiate until the government recognises their rights and withdraws its troops from Kafr Tala.",
        "The rebels will keep fighting unless the army withdraws its troops from Kafr Tala.",
        "Traders said they would protest in Kafr Tala if the taxes were raised.",
    };
    for (const auto& t : none) {
        INFO(t);
        CHECK(run_town(t).empty());
    }
    // the same shapes when it happened
    const std::vector<std::pair<std::string, std::string>> some = {
        {"Rioting broke out in Kafr Tala on Monday as youths burned tyres.", "Riots"},
        {"Police arrested five opposition activists in Kafr Tala on Sunday.", "Strategic developments"},
        {"The unions staged a protest in Kafr Tala on Tuesday.", "Protests"},
        {"Police arrested five activists in Kafr Tala on Sunday who had protested until midnight.",
         "Strategic developments"},
    };
    for (const auto& [t, type] : some) {
        INFO(t);
        auto ev = run_town(t);
        REQUIRE(!ev.empty());
        CHECK(ev[0].event_type == type);
    }
}

TEST_CASE("open news: a negation or a modal of a relative clause does not reach the act after it",
          "[events][open]") {
    // two past forms side by side end the relative clause ("who could not be identified fired"):
    // the negation is the clause's, the act is told
    const std::vector<std::string> told = {
        "Rebels who could not be identified fired rockets at Kafr Tala on Monday.",
        "Gunmen who were not identified fired on protesters in Kafr Tala.",
        "Soldiers who had never been paid looted shops in Kafr Tala on Sunday.",
        "Militants who would not be named attacked an army post in Kafr Tala.",
    };
    // the same words when the negation is the act's own
    const std::vector<std::string> negated = {
        "Rebels did not fire rockets at Kafr Tala on Monday.",
        "Gunmen have not attacked Kafr Tala since the truce was signed.",
        "Soldiers never looted shops in Kafr Tala, the army said.",
    };
    for (const auto& t : told) {
        INFO(t);
        CHECK(!run_town(t).empty());
    }
    for (const auto& t : negated) {
        INFO(t);
        CHECK(run_town(t).empty());
    }
}

TEST_CASE("open news: a party of guests is no political target, and how the detained are held is no arrest",
          "[events][open]") {
    const std::vector<std::string> none = {
        // drug arrests at a party drug laboratory, a birthday party: ordinary crime
        "The National Bureau of Investigation arrested two men during a buy-bust transaction in Kafr Tala, "
        "while three others were arrested inside a condo unit used as a party drug laboratory.",
        "Police arrested six guests at a birthday party in Kafr Tala after a neighbour complained about drugs.",
        // the conditions of detention in a report of war, no arrest told
        "Many of the refugees are victims of war, murder and police violence in their home countries, and "
        "some were displaced twice. There, people are detained in overcrowded cells, with poor access to "
        "hygiene and no access to healthcare, in Kafr Tala.",
        "Refugees who fled the wars in their countries, with dead relatives and wounded children, say the "
        "police are the worst. Migrants are detained in overcrowded camps in Kafr Tala with little food, the "
        "charity said.",
    };
    const std::vector<std::string> kept = {
        "Police arrested ten members of the opposition party in Kafr Tala on Sunday for drug possession.",
        "Security forces arrested the Baath Party official in Kafr Tala after a drug raid.",
        "Police arrested party members in Kafr Tala on charges of drug smuggling.",
        "Hundreds of protesters were detained in police cells in Kafr Tala on Monday.",
        "Forty protesters are detained in Kafr Tala on Monday after the rally.",
    };
    check_at_town(none, kept);
}

TEST_CASE("open news: a rumoured or denied act is none, and deaths its sentence counts are another act's",
          "[events][open]") {
    const std::vector<std::string> none = {
        "Police denied rumours of race riots in Kafr Tala on Sunday.",
        "Officials dismissed rumors of clashes in Kafr Tala.",
        "The army denied shelling Kafr Tala on Monday.",
    };
    for (const auto& t : none) {
        INFO(t);
        CHECK(run_town(t).empty());
    }
    // the deaths belong to the sentence's other act: it stays, the rumoured riot goes
    const std::vector<std::string> other = {
        "Police denied rumours of race riots in Kafr Tala after an armed man killed one person in an attack "
        "on two petrol stations.",
        "Officials denied rumours of riots in Kafr Tala after gunmen attacked a bank and killed two guards.",
    };
    for (const auto& t : other) {
        INFO(t);
        auto ev = run_town(t);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].event_type != "Riots");
        CHECK(ev[0].fatalities > 0);
    }
    // told, not rumoured: the riot with its deaths
    auto ev = run_town("Race riots in Kafr Tala killed one person on Sunday, police said.");
    REQUIRE(!ev.empty());
    CHECK(ev[0].event_type == "Riots");
}

TEST_CASE("open news: acts over a continent with no count are a kind of news, no incident", "[events][open]") {
    auto at = [](const std::string& text, const std::string& mention, const std::string& feature) {
        return run_checked(text, {place(text, mention, mention, feature == "L.CONT" ? "" : "FR", "", 48.7, 9.1, feature)});
    };
    const std::vector<std::pair<std::string, std::string>> none = {
        {"A decline in traffic following terrorist attacks in Europe cut the airline's profit.", "Europe"},
        {"Insurers raised premiums after bombings in Africa by armed groups, the company said.", "Africa"},
        {"Tourism fell after militant attacks in Asia, the ministry said.", "Asia"},
    };
    for (const auto& [t, m] : none) {
        INFO(t);
        CHECK(at(t, m, "L.CONT").empty());
    }
    // a count, or a place of a country: an incident
    CHECK(!at("Terrorist attacks in Europe killed 12 people on Sunday.", "Europe", "L.CONT").empty());
    CHECK(!at("Terrorist attacks in Lyon cut the airline's traffic in March.", "Lyon", "P.PPLA").empty());
}

TEST_CASE("open news: weapons acquired, held or weighed are no attack", "[events][open][reu2]") {
    // a word of acquisition before the weapon and no use after it; a use weighed ("about
    // using"); the participle of a weapon's kind ("the weapons previously used"); what it reaches
    const std::vector<std::string> none = {
        "Iran has acquired Chinese-made anti-ship missiles which pose a greater threat to shipping, officials said.",
        "Pakistani officials said the Indian army had equipped itself with new anti-ship missiles.",
        "The Nigerian army plans to buy a new anti-aircraft missile to protect its troops from attack helicopters.",
        "Officials in Seoul said the army had obtained rockets more powerful than the weapons previously used.",
        "Tankers would sail out of range of those rockets, but within striking distance of the coast, officials said.",
        "The new frigates should make the Sri Lankan navy think twice about using the missiles, diplomats said.",
    };
    const std::vector<std::string> used = {
        "Rebels who had acquired new rockets fired them at Kafr Tala on Monday.",
        "Militants used missiles bought abroad to hit an army post in Kafr Tala.",
        "An Iranian gunboat fired missiles at a tanker off Kafr Tala.",
        "Missiles now used by the rebels hit the army base in Kafr Tala.",
        "Troops equipped with rockets attacked rebel positions in Kafr Tala.",
    };
    check_class(none, used);
}

TEST_CASE("open news: a strike or boycott in protest with no one gathering is no protest", "[events][open][reu2]") {
    // ACLED codes events, not the absence of action: a stay-away strike, a stoppage or a boycott
    const std::vector<std::string> none = {
        "Unions are planning a week of state-wide strikes, starting next Tuesday, to protest against cuts in "
        "workers' compensation.",
        "The industrial action at the ports is part of a week of action called by the labour council to protest "
        "changes to the pension laws.",
        "About 300 dockers in Antwerp stopped work this afternoon in an unofficial protest at the slow pace of "
        "the wage talks.",
        "Taiwan boycotted the annual meeting of the bank last year to protest against a decision to change its name.",
        "Miners at the Kolar colliery had struck to protest the dismissal of two colleagues.",
        "Opposition parties in Lagos are boycotting the vote in protest at the new electoral law.",
    };
    const std::vector<std::string> gathered = {
        "Striking teachers marched through Kafr Tala to protest unpaid salaries.",
        "Workers on strike gathered outside the governor's office in Kafr Tala to protest the layoffs.",
        "Dockers in Kafr Tala stopped work and blocked the port road in protest at the wage cuts.",
        "Students boycotted classes and held a rally in Kafr Tala to protest the fee rise.",
        "Striking shipyard workers clashed with police in Kafr Tala in a protest against job losses.",
        "Thousands of farmers protested in Kafr Tala against high interest rates.",
        // the protest is an act of its own, beside the strike
        "Members of the health workers' union staged a protest and went on strike in Kafr Tala.",
        "Dozens protested in Kafr Tala against the government, calling for an election boycott.",
        "Union members went on strike and took part in a motorcade to Kafr Tala to protest for their rights.",
    };
    check_class(none, gathered);
}

TEST_CASE("open news: deaths summed over a year, a count of the detained are no incident", "[events][open][reu2]") {
    const std::vector<std::string> none = {
        "Some 278 people died in land disputes last year, the church commission said.",
        "About 90 people died in disputes over grazing land in northern Kenya this year, the report said.",
        "The government said the number of people it was detaining without trial had dropped to 1,500.",
        "Officials in Colombo said the number of people arrested under the emergency laws had risen to 3,000.",
    };
    const std::vector<std::string> incidents = {
        "Gunmen killed 12 people in Kafr Tala last week.",
        "Gunmen killed 40 villagers in Kafr Tala last year, the army said on Monday.",
        "A number of protesters were arrested in Kafr Tala on Monday.",
        "Police arrested 40 opposition supporters in Kafr Tala, bringing the number of detainees to 300.",
    };
    check_class(none, incidents);
}

TEST_CASE("open news: deaths in the weather or among a sickness's survivors are no incident", "[events][open][reu2]") {
    const std::vector<std::string> none = {
        "Hailstorms and strong winds in southern China killed two people and injured 20, a newspaper reported.",
        "One died, but the three survivors showed some improvement, the doctor said.",
        "A blizzard in eastern Turkey killed 14 people, officials said.",
        "Twenty-seven people were killed when an airliner flew into power lines and tumbled to the ground in an "
        "explosive ball of fire, officials in Medan said.",
    };
    const std::vector<std::string> incidents = {
        "Gunmen killed two people in Kafr Tala and the survivors were taken to hospital.",
        "Rebels attacked Kafr Tala in strong winds, killing four soldiers.",
        "A bomb planted on the airliner exploded over Kafr Tala, killing 27 people.",
        "Twenty-seven people were killed in Kafr Tala when an explosive device went off in a bus.",
    };
    check_class(none, incidents);
}

TEST_CASE("open news: airspace infringed, who fighters are, a clash foreseen are no incidents", "[events][open][reu2]") {
    const std::vector<std::string> none = {
        "Greece accused Turkish warplanes of infringing the Athens flight information region on Monday.",
        "Pakistan said Indian fighter jets violated its airspace over Kashmir.",
        "Profits from the arms sales were diverted to contra rebels fighting the leftist Nicaraguan government.",
        "An attack on Iran will certainly be the beginning of an extensive clash in the Gulf, the minister said.",
        "More warships run little risk of sparking a direct military clash with Iran, diplomats said.",
    };
    const std::vector<std::string> incidents = {
        "Syrian warplanes violated the truce and bombed Kafr Tala, killing five people.",
        "Warplanes that entered the airspace struck rebel positions in Kafr Tala.",
        "Rebels fighting the government in Kafr Tala killed three soldiers.",
        "Rebels fought the army in Kafr Tala on Monday.",
        "The arrest of the leader sparked clashes in Kafr Tala on Monday.",
        "Police fired tear gas, triggering clashes with protesters in Kafr Tala.",
    };
    check_class(none, incidents);
}

TEST_CASE("open news: arrests for crime in an article of police work alone are no political arrest",
          "[events][open][reu2]") {
    // a conflict report made only of police and arrest words is crime news: four other conflict
    // words are needed before an arrest for a crime counts there
    auto arrests = [](const std::string& text) {
        int n = 0;
        for (const auto& e : run_town(text)) n += e.sub_event_type == "Arrests";
        return n;
    };
    for (const char* t : {"Police in Miami arrested the team's coach on charges of robbery and cocaine possession. "
                          "Police said he was arrested for stealing a car after a dispute over a fare.",
                          "Police mounted a hunt for defaulters on bank loans, arresting four industrialists. "
                          "Police said two bank managers were arrested for fraud.",
                          "The company president was arrested for fraud last night, police said. "
                          "Police arrested five managers on embezzlement charges and police detained a trader "
                          "for insider dealing."}) {
        INFO(t);
        CHECK(arrests(t) == 0);
    }
    for (const char* t : {"Police arrested three men on robbery charges in Kafr Tala after rebels attacked the town. "
                          "Troops and militants clashed and two soldiers were killed, police said.",
                          "Police arrested 12 opposition activists in Kafr Tala on fraud charges.",
                          "Security forces arrested four managers of the telecom company in Kafr Tala. Police said "
                          "the company is owned by a businessman. The arrests followed a police raid.",
                          "Police said 25 union members and executives were detained in Kafr Tala. Police arrested "
                          "them at the rally and police detained 40 more."}) {
        INFO(t);
        CHECK(arrests(t) > 0);
    }
}

TEST_CASE("open news: a person told by age arrested by police is crime news", "[events][open]") {
    // crime reporting tells the arrested by age; the police arrest, no political or armed target
    const std::vector<std::string> none = {
        "Indian police have arrested a 46-year-old man for keeping his mother's body in a freezer in Kolkata.",
        "A 23-year-old woman was arrested by police in Leeds after the car hit a wall.",
        "Police in Nairobi arrested a 34-year-old teacher over the death of a pupil.",
    };
    const std::vector<std::string> kept = {
        // forces arresting, a political or armed target
        "Israeli forces arrested a 17-year-old boy in Kafr Tala on Monday.",
        "Police arrested a 25-year-old militant in Kafr Tala.",
        "Police arrested a 30-year-old journalist in Kafr Tala after the rally.",
        "Troops detained a 40-year-old farmer in Kafr Tala.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: an arrest in a story of police work alone is no political arrest", "[events][open]") {
    // no offence told, but every conflict word is police work and none is of armed conflict, a
    // crowd or a political case: the arrest of a crime story, which ACLED does not code
    const std::vector<std::string> none = {
        "Police said the man pointed his gun at an officer and the police dog took him to the ground. "
        "He was arrested and taken to hospital with minor injuries, police said.",
        "Nuiry, 53, was arrested Thursday at Kendale Lakes Elementary School, police said. Police found a "
        "weapon in his car and he was taken into custody.",
        "Police in Pune arrested two men after a quarrel at a wedding left a guest injured. Police said "
        "both were detained overnight.",
        "Police detained a 34-year-old man in Perth after a disturbance at a shopping centre. He was taken "
        "into custody and police said he would appear before a magistrate.",
    };
    const std::vector<std::string> kept = {
        // a crowd's rally, forces making the arrest, a political target
        "Police arrested 27 youths armed with crude weapons who were planning to disrupt a rally in Kafr Tala.",
        "Police forces detained five people who gathered in Kafr Tala to mark May Day despite the curfew.",
        "Regime security forces arrested four managers and technicians of Syriatel Telecom in Kafr Tala.",
        "Police arrested 15 opposition activists in Kafr Tala on Monday, police said.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: a state force that only reports an accident is no armed actor of it", "[events][open]") {
    // the navy, army or police is the source ("a navy spokesman said"), not a party: deaths at
    // sea, on a road or in a mine with no word of violence are an accident
    const std::vector<std::string> none = {
        "The motor vessel Stefan sank off the coast early today and one of its eight crew members was "
        "killed, a Spanish navy spokesman said.",
        "Two people were killed when the bus overturned near Mombasa, a police spokeswoman said.",
        "Three climbers were killed in an avalanche near Gilgit, a police spokesman said.",
        // or named after "according to"
        "The pre-dawn explosion ripped the wooden elevator open, according to a dispatcher at the Algona "
        "Police Department.",
        "An explosion at the refinery near Mombasa injured four workers, according to police.",
        "Two people died when the ferry capsized off Gilgit, according to navy sources.",
    };
    const std::vector<std::string> kept = {
        "Soldiers killed eight rebels in Kafr Tala, an army spokesman said.",
        "Gunmen killed two people in Kafr Tala, a police spokesman said.",
        "Rebels attacked an army post in Kafr Tala, killing three soldiers, military sources said.",
        "Gunmen killed two people in Kafr Tala, according to police.",
        "A bomb exploded at a police post in Kafr Tala, killing three officers, according to army sources.",
        "Police shot dead two robbers in Kafr Tala, according to witnesses.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: a state's diplomatic protest is no crowd's protest", "[events][open]") {
    const std::vector<std::string> none = {
        "This caused protest from Brussels, where the Commission guards the independence of its members.",
        "Cyprus has protested to the United Nations over airspace violations by Turkish jets.",
        "The protest came as NATO ambassadors met in emergency session in Brussels.",
        "Nigeria lodged a formal protest with Cameroon over the border incident.",
        "The ministry handed the Danish envoy a protest note on Monday.",
    };
    const std::vector<std::string> kept = {
        "Hundreds of students protested outside the US embassy in Kafr Tala on Monday.",
        "NASA supporters in Kafr Tala marched to the IEBC offices to demand the resignation of officials.",
        "The killing caused protests from Kafr Tala residents, who blocked the main road.",
        "Demonstrations were held in Kafr Tala after claims that a woman representative hopeful rigged nominations.",
        "Teachers protested to the governor in Kafr Tala over unpaid salaries.",
        "Protesters marched from Kafr Tala on Monday, chanting slogans against the governor.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: showing, sitting, a project executed, aircraft of rescue and 'one case' are no incidents",
          "[events][open]") {
    const std::vector<std::string> none = {
        // "demonstrate" with an object, or passive with "by": showing
        "The advertisers' efforts demonstrate the influence the students in Florida have amassed.",
        "This was also demonstrated by our decision in Ljubljana, different from most EU states.",
        "It was explained to Rome how important it was to demonstrate solidarity.",
        "The new model demonstrates how far the carmaker in Seoul has come.",
        // someone sitting
        "The shattered glass struck the child while he sat in the car's back seat in Beverly Hills.",
        // a project, plan or agreement executed
        "The projects have been executed by Pakistan Army engineers in collaboration with the government.",
        "The agreement was executed in Nairobi by both ministers.",
        // aircraft of rescue or transport
        "The bodies were recovered after a search supported by a search and rescue helicopter from St Athan.",
        "An air ambulance helicopter flew the injured climbers to hospital in Innsbruck.",
        // a number of occasions, a pet
        "In one case, a 10-month-old French bulldog died after his container was put in an overhead bin.",
        // the police as the source of an accident's report
        "The glass struck the child, the Beverly Hills Police Department said in a statement.",
    };
    const std::vector<std::string> kept = {
        "Thousands demonstrated in Kafr Tala on Monday against the new law.",
        "Farmers demonstrated the next day outside the governor's office in Kafr Tala.",
        "Hundreds of farmers sat in the road outside the town hall of Kafr Tala.",
        "Two aid workers were executed by militants in Kafr Tala.",
        "Army helicopters fired rockets at a village near Kafr Tala during the search for the rebels.",
        "In one attack, gunmen killed three villagers in Kafr Tala.",
        "Police shot dead two suspected rebels in Kafr Tala, a police spokesman said.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: a crime story with no armed, crowd or political word makes no event", "[events][open]") {
    // two words of a criminal case or more (charged, court, detectives, prosecutors, homicide,
    // bail ...) and none of armed conflict, of a crowd or of a political case: ordinary crime,
    // which ACLED does not code
    const std::vector<std::string> none = {
        "A South Side man has been charged with murder in the stabbing death of a software CEO, according to "
        "Chicago police. Bassett was arrested on Wednesday after detectives identified him.",
        "A 55-year-old man was arrested after police say child pornography was found in a storage locker in "
        "Severn. He appeared in court on Friday and was denied bail.",
        "The fighter was charged with assault and criminal mischief after a melee in Brooklyn, and a court "
        "appearance is set for Friday. He threw a barricade at a bus.",
        "Detectives traced the suspects' vehicle and arrested a man and a woman in Lemay. Prosecutors charged "
        "them with stealing meat from a grocery store.",
    };
    const std::vector<std::string> kept = {
        "Prosecutors said the bodies of five men were found in Kafr Tala. The court ordered an inquiry.",
        "Militants attacked a police post in Kafr Tala on Monday. A court later charged two men.",
        "Police arrested a journalist in Kafr Tala. Prosecutors charged him with sedition in court.",
        "Gunmen shot dead two villagers in Kafr Tala. Police charged a suspect in court.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: a theft, damage or an attacker's blow in a crime story are the crime's", "[events][open]") {
    // the story's suspect is no armed group and a theft no looting of conflict: with a place
    // known, so that the police are a state's force and the record would otherwise stand
    const std::vector<std::string> none = {
        "According to Kafr Tala police, overnight on January 28 the suspects were caught on camera at a "
        "restaurant in Kafr Tala stealing brisket from an outside smoker which they damaged in the process. "
        "Detectives said the two suspects were charged with theft and their bail is set at $20,000.",
        "A man allegedly attacked a car the boy was in. On Wednesday, a man jumped on top of the car and "
        "smashed the windows while the boy was inside the car in Kafr Tala. According to the police "
        "department, the glass struck the child. The actress was outside the vehicle in Kafr Tala at the "
        "time of the attack but a friend was in the car with the boy and was hit with a can by the "
        "attacker. The suspect was arrested for felony child endangerment and vandalism and is being held "
        "on $100,000 bail.",
    };
    const std::vector<std::string> kept = {
        "Gunmen looted shops in Kafr Tala on Sunday. A court charged two suspects on Monday.",
        "Bandits attacked a car in Kafr Tala and killed the driver. The court charged two men.",
        "Rioters damaged three shops in Kafr Tala on Sunday. Magistrates charged ten of them.",
    };
    check_at_town(none, kept);
}

TEST_CASE("open news: the fighters of a combat sport are sportsmen, and a criminal case is justice's word", "[events][open]") {
    // a story that calls someone a fighter of a sport (mixed martial arts, UFC, MMA, boxing,
    // kickboxing, cage, prize, sumo) counts its fighters as sport, not armed men; "criminal"
    // before a case (mischief, damage, charges, investigation) is a word of a criminal case
    const std::vector<std::string> none = {
        "Mixed martial arts fighter Conor Brady has been arrested and charged with assault and criminal "
        "mischief after he allegedly went on a rampage after a press conference at the arena in Kafr Tala. "
        "Social media accounts captured video of him throwing a guardrail at a bus carrying several other "
        "fighters. Another fighter had minor injuries.",
        "UFC fighter Ivan Petrov was arrested in Kafr Tala after a brawl at a hotel and faces criminal "
        "charges of assault. Two other fighters were injured, police said, and a criminal investigation "
        "is under way.",
        "Kickboxing fighter Samir Haddad was arrested in Kafr Tala and charged with criminal damage after "
        "he smashed the windows of a car. His fighters' gym said he had been attacked first.",
    };
    const std::vector<std::string> kept = {
        "Islamic State fighters attacked an army post in Kafr Tala and were charged in absentia by a court. "
        "Criminal charges against five fighters were filed.",
        "A former boxing fighter who joined the rebels was killed in clashes with the army in Kafr Tala. "
        "Rebel fighters said a criminal investigation was pointless.",
        "Police killed a drug suspect in a raid in Kafr Tala while serving an arrest warrant on drug charges. "
        "Police said he was involved in other criminal activities.",
    };
    check_at_town(none, kept);
}

TEST_CASE("open news: a weapon that could strike or was not fired is not used", "[events][open]") {
    // a modal before the verb of use (could, can, would, will, might, may) or a negation (not,
    // never, none, no) within its clause: what the weapon could do or did not do
    const std::vector<std::string> none = {
        "Missiles now used by Iran had only a fraction of the explosive power of the Styx and could sink a "
        "supertanker only with a lucky hit, the paper said.",
        "None of the new missiles had been fired yet, it added.",
        "The rockets can strike targets 300 km away, the ministry said.",
        "Analysts said the new mortars would easily hit the border towns.",
        "The missiles have never been fired in combat, officials in Seoul said.",
        "Such shells will not hit anything beyond the river, the general told reporters.",
    };
    const std::vector<std::string> kept = {
        "Rebels fired rockets at Kafr Tala on Monday that could not be intercepted.",
        "Missiles fired by the rebels hit a market in Kafr Tala and could not be intercepted.",
        "Shells landed on Kafr Tala on Sunday, and the army said more would hit the town.",
        "Rockets that can strike targets 300 km away hit Kafr Tala on Monday.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: a criticism 'blasted it as' is a figure of speech, and types no other record",
          "[events][open]") {
    const std::vector<std::string> none = {
        "Hogg blasted it as an insincere effort in Kafr Tala on Monday.",
        "The governor slammed the plan as reckless at a meeting in Kafr Tala.",
        "Lawyers attacked the ruling as unconstitutional in Kafr Tala on Sunday.",
    };
    const std::vector<std::string> kept = {
        "Gunmen attacked the convoy as it passed Kafr Tala on Monday.",
        "Rebels attacked a school being used as a base in Kafr Tala.",
        "The blast struck Kafr Tala as a group of youths celebrated a wedding, killing 6.",
    };
    check_at_town(none, kept);
    // the figure of speech gives no type to deaths told without a cue of their own
    auto ev = run_town("Hogg blasted it as an insincere effort. Survivors of a school shooting in Kafr Tala where "
                       "17 people died spoke on Monday.");
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].event_type != "Explosions/Remote violence");
    CHECK(ev[0].fatalities == 17);
}

TEST_CASE("open news: a kind of threat named in a list is no incident", "[events][open]") {
    const std::vector<std::string> none = {
        "There are other emerging national security threats such as herdsmen/farmers clashes and armed "
        "banditry in Kafr Tala which need to be dealt with.",
        "The governor of Kafr Tala listed challenges such as kidnappings and cattle rustling.",
        "Residents of Kafr Tala face problems such as bombings and extortion, the report said.",
    };
    const std::vector<std::string> kept = {
        "Threats of violence grew after clashes between herders and farmers in Kafr Tala killed 4 people.",
        "Armed men carried out attacks such as the ambush in Kafr Tala on Monday.",
        "Security threats such as clashes in Kafr Tala killed 12 people last week.",
    };
    check_at_town(none, kept);
}

TEST_CASE("open news: officials who clashed with each other did not fight", "[events][open]") {
    const std::vector<std::string> none = {
        "Kelly also has clashed with Trump's son-in-law and adviser Jared Kushner, who lost his clearance.",
        "The finance minister clashed with the central bank governor over interest rates in Ankara.",
        "The coach clashed with the club's owner over transfers in Milan.",
        "Ramaphosa clashed repeatedly with Zuma over the cabinet reshuffle.",
    };
    // a government, its administration or cabinet in politics, at a known place
    const std::vector<std::string> politics = {
        "The mayor of Kafr Tala clashed with the government over the budget on Monday.",
        "The governor has clashed with the administration over federal funds for Kafr Tala.",
        "The president clashed with his cabinet over the reform, aides in Kafr Tala said.",
    };
    for (const auto& t : politics) {
        INFO(t);
        CHECK(run_town(t).empty());
    }
    const std::vector<std::string> kept = {
        "Villagers in Kafr Tala clashed with government troops on Monday.",
        "Gunmen clashed with government forces in Kafr Tala.",
        "On 2 May, JaS clashed with Hamza Division near the crossing in Kafr Tala.",
        "Gunmen clashed with police in Kafr Tala on Monday.",
        "Villagers clashed with herders near Kafr Tala, leaving two dead.",
        "Rebels clashed with the Sultan Murad Brigade in Kafr Tala.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: bodies found in deaths the text calls unexplained or natural are no attack", "[events][open]") {
    const std::vector<std::string> none = {
        "Police are investigating after two bodies were found on a coastal path near New Quay. The deaths are "
        "being treated as unexplained.",
        "The body of a hiker was found near Keswick on Sunday. Police said there was no foul play.",
        "Two bodies were found in a flat in Leeds; police said the deaths were not suspicious.",
    };
    const std::vector<std::string> kept = {
        "The bodies of three men were found with gunshot wounds in Kafr Tala. The deaths remain unexplained.",
        "Two bodies were found in Kafr Tala after militants raided the village.",
    };
    check_class(none, kept);
}

TEST_CASE("open news: drones that struck a target are an air strike, what a verb of striking strikes in a "
          "figure is none",
          "[events][open]") {
    // "Ukrainian drones struck an oil refinery" is no refinery fire (a drone that struck is a
    // weapon); "struck a chord", "struck a deal" are figures of speech
    check_at_town({"The drone struck a chord with viewers at the air show in Kafr Tala.",
                   "The drone makers struck a deal in Kafr Tala on Monday.",
                   "The exhibition of drones struck a balance between art and science, critics in Kafr Tala said."},
                  {"Ukrainian drones struck an oil refinery in Kafr Tala overnight, the governor said.",
                   "A drone struck a car in Kafr Tala on Sunday, killing two people.",
                   "Drones struck a power plant in Kafr Tala on Monday."});
}
