// The document-level conflict context of open news (docs/events.md, "Open news"): conflict
// words against business, finance and sports words. The word lists are written as plain words
// and matched by their stems (words.hpp), like the lexicons.
#include "events/context.hpp"

#include "events/context_words.hpp"
#include "text/word_map.hpp"

#include <algorithm>
#include <cstdint>

#include <string>
#include <vector>

namespace gt::events {

namespace detail {

StemSet::StemSet(std::initializer_list<std::string_view> words) {
    stems_.reserve(words.size());
    for (auto w : words) stems_.push_back(stem(w));
    set_ = text::WordSet(stems_.begin(), stems_.end());
}

// Armed conflict, violence against people, protest and unrest.
const StemSet& conflict_words() {
    static const StemSet s = {
        "troops", "soldier", "army", "armed", "rebel", "guerrilla", "militant", "militia", "militiamen",
        "gunman", "gunmen", "insurgent", "insurgency", "terrorist", "terrorism", "jihadist", "fighter",
        "military", "paramilitary", "commando", "warplane", "gunboat", "warship", "artillery", "shelling",
        "shelled", "airstrike", "bombing", "bombed", "bomber", "killed", "wounded", "injured", "casualties",
        "civilian", "attack", "attacked", "offensive", "ceasefire", "truce", "clash", "clashed", "fighting",
        "fought", "hostage", "kidnapped", "abducted", "war", "invasion", "occupied", "massacre",
        "assassinated", "explosive", "grenade", "mortar", "gunfire", "shot", "police", "protest",
        "protester", "demonstrator", "demonstration", "demonstrating", "riot", "rioter", "ambush", "raid",
        "bodies", "detonated", "weapon", "rifle", "siege", "besieged", "captured", "seized", "liberated",
        "recaptured", "sniper", "landmine", "curfew", "coup", "uprising", "separatist", "junta",
        "activist", "opposition", "arrested", "detained", "refugee", "displaced", "molotov", "looted",
        "torched", "assault", "assaulted", "beaten", "stabbed", "lynched", "murdered",
        "violence", "violent", "unrest", "security", "forces", "frontline", "shelter", "hostilities",
        "blockade", "checkpoint", "gunshot", "wounds", "torture", "victim", "hijacked", "arson",
        "abduction", "kidnapping", "ied", "rebellion", "explosion", "blast", "projectile", "injuries",
        "dead", "died", "fatalities", "gang", "burning", "tyres", "tires", "stones", "roadblock",
        "handcuffed", "mutilated", "slit"};
    return s;
}

// Business, finance, markets and sports (matched only when not written capitalised: the
// "League" of a party's name and a "Bank" of a place are names).
const StemSet& business_words() {
    static const StemSet s = {
        "pct", "percent", "dlrs", "dollar", "mln", "billion", "cts", "shares", "stock", "company",
        "profit", "revenue", "earnings", "quarter", "dividend", "sales", "price", "market", "trading",
        "trader", "exports", "imports", "tonnes", "barrels", "bpd", "crude", "futures", "bonds", "loan",
        "debt", "interest", "rate", "merger", "acquisition", "acquire", "stake", "subsidiary", "investor",
        "analyst", "economy", "economic", "inflation", "yen", "francs", "sterling", "currency",
        "shareholder", "fiscal", "deficit", "surplus", "gdp", "output", "production", "commodity",
        "wheat", "grain", "sugar", "coffee", "cocoa", "game", "season", "team", "coach", "league",
        "championship", "tournament", "scored", "goals", "player", "playoff", "olympic",
        "medal", "net", "shr", "qtr", "revs", "avg", "contract", "firm", "banking", "securities",
        "investment", "takeover", "customers", "consumer", "retail", "wholesale", "tender", "bid",
        "offering", "brokerage", "exchange", "treasury", "bills", "reserves", "growth"};
    return s;
}

// Company and corporate suffixes: a capitalised name ending so is a company.
const text::WordSet& company_suffixes() {
    static const text::WordSet s = {"inc", "corp", "co", "ltd", "plc", "corporation", "company", "group",
                                    "industries", "systems", "holdings", "bancorp", "llc", "ag", "nv"};
    return s;
}

bool sport_fighter(const std::vector<Word>& w, std::size_t i) {
    static const text::WordSet sport = {"arts", "mma", "ufc", "cage", "prize", "kickboxing", "sumo", "boxing"};
    return (w[i].norm == "fighter" || w[i].norm == "fighters") && i > 0 && !w[i].opens &&
           in(sport, w[i - 1]);
}

} // namespace detail

using namespace detail;

namespace {

// The conflict words of police work: an article of crime and arrests has only these ("police
// said King was arrested on charges of robbery").
const StemSet& policing_words() {
    static const StemSet s = {"police", "policeman", "policemen", "arrest", "arrested", "arresting", "arrests",
                              "detain", "detained", "detaining", "detention", "custody", "jail", "jailed"};
    return s;
}

// The words of a criminal case, from the charge to the verdict.
const StemSet& justice_words() {
    static const StemSet s = {"charged", "court", "courtroom", "prosecutor", "prosecutors", "detective",
                              "detectives", "homicide", "felony", "misdemeanor", "misdemeanour", "bail",
                              "indicted", "indictment", "arraigned", "jury", "convicted", "sentenced",
                              "magistrate", "magistrates", "plea", "pleaded", "lawsuit", "manslaughter",
                              "investigators", "coroner", "inquest"};
    return s;
}

// Words of armed conflict, of a crowd or of a political case: a story with any of them is no
// mere crime story.
const StemSet& armed_context_words() {
    static const StemSet s = {"troops", "soldier", "soldiers", "army", "military", "militant", "militants",
                              "rebel", "rebels", "insurgent", "insurgents", "militia", "militias", "jihadist",
                              "jihadists", "terrorist", "terrorists", "terrorism", "war", "airstrike",
                              "airstrikes", "shelling", "guerrilla", "guerrillas", "gunmen", "gang", "gangs",
                              "cartel", "cartels", "protest", "protests", "protesters", "demonstrators", "rally", "rallies",
                              "demonstration", "riot", "riots", "rioters", "clashes", "bomb", "bombing",
                              "explosion", "kidnappers", "bandits", "vigilantes", "lynched", "mob",
                              // and the marks of organised killing ("prosecutors said the bodies of
                              // five men were found": the cartels' violence ACLED codes)
                              "bodies", "hitmen", "sicarios", "massacre", "ambush", "ambushed", "beheaded",
                              "dismembered", "narco",
                              // and people of a political case
                              "journalist", "journalists", "activist", "activists", "opposition",
                              "dissident", "dissidents", "blogger", "bloggers", "spy", "espionage"};
    return s;
}

// "Criminal" naming a case, not a group ("charged with criminal mischief", "a criminal
// investigation"; "criminal gangs" and "criminal activities" are no case).
bool criminal_case(const std::vector<Word>& w, std::size_t i) {
    static const text::WordSet cases = {"mischief", "damage", "charge", "charges", "case", "cases",
                                        "trespass", "complaint", "investigation", "proceedings", "negligence",
                                        "record", "court", "conviction", "inquiry", "probe"};
    return w[i].norm == "criminal" && i + 1 < w.size() && !w[i + 1].opens && in(cases, w[i + 1]);
}

// The lists judge_document reads, one bit each, looked up once a word: a stem of the five
// lists is in `of` with the bits of the lists that hold it (five lookups a word were 2% of a
// run of FA-KES and 3% of one of Reuters-21578).
struct ContextLists {
    // (special: the words read further, "criminal" before a case and a sport's "fighter")
    enum : std::uint8_t { conflict = 1, business = 2, policing = 4, justice = 8, armed = 16, special = 32 };
    text::WordMap<std::uint8_t> of;

    ContextLists() {
        static const StemSet specials = {"criminal", "fighter", "fighters"};
        const std::pair<const StemSet*, std::uint8_t> lists[] = {
            {&conflict_words(), conflict}, {&business_words(), business}, {&policing_words(), policing},
            {&justice_words(), justice},   {&armed_context_words(), armed}, {&specials, special}};
        for (const auto& [set, bit] : lists)
            for (const std::string& st : set->stems())
                if (st.size() >= 3) of[st] |= bit; // (StemSet::has: three letters or more)
    }
    /// The bits of the lists that hold the word's stem (StemSet::has of each).
    std::uint8_t bits(const Word& x) const noexcept {
        const text::Interned st = x.stem();
        if (st.size() < 3) return 0;
        const std::uint8_t* b = of.find(st, st.hash());
        return b ? *b : 0;
    }
};

const ContextLists& context_lists() {
    static const ContextLists l;
    return l;
}

} // namespace

DocContext judge_document(const WordStream& ws, bool list) {
    DocContext c;
    const auto& w = ws.words;
    const auto& lists = context_lists();
    const auto& suffix = company_suffixes();
    // a story of a combat sport: its fighters are sportsmen ("several other fighters including
    // rival Khabib Nurmagomedov" after "mixed martial arts fighter Conor McGregor"): counted
    // as conflict words as they come, moved to sport at the end when one is a sport's
    bool sport = false;
    int fighters = 0;
    std::size_t last_business = static_cast<std::size_t>(-2);
    for (std::size_t i = 0; i < w.size(); ++i) {
        const Word& x = w[i];
        if (x.punct || x.number) continue;
        ++c.words_total;
        const std::uint8_t bits = lists.bits(x);
        const bool special = (bits & ContextLists::special) != 0;
        const bool fighter = special && (x.norm == "fighter" || x.norm == "fighters");
        if ((bits & ContextLists::justice) || (special && criminal_case(w, i))) ++c.justice;
        if (bits & ContextLists::armed) ++c.armed;
        if (fighter) {
            ++fighters;
            sport = sport || sport_fighter(w, i);
        }
        const bool opens = i == 0 || x.opens; // "Exports fell ..."
        char kind = 0;
        if ((bits & ContextLists::conflict) && !(x.capitalised && x.norm == "shell")) kind = '+';
        else if ((!x.capitalised || opens) && !x.all_caps && (bits & ContextLists::business)) kind = '-';
        else if ((x.capitalised || x.all_caps) && i > 0 && w[i - 1].capitalised && in(suffix, x)) kind = '-';
        if (!kind) continue;
        // a run of business words is one ("the dollar exchange rate", "crude oil futures")
        if (kind == '-' && i > 0 && last_business == i - 1) {
            last_business = i;
            continue;
        }
        if (kind == '-') last_business = i;
        ++(kind == '+' ? c.conflict : c.business);
        if (kind == '+' && (bits & ContextLists::policing)) ++c.policing;
        if (list) {
            if (!c.words.empty()) c.words += ' ';
            c.words += kind;
            c.words += x.norm;
        }
    }
    if (sport) { // (fighters are never business words: none was merged into a run of them)
        c.conflict -= fighters;
        c.business += fighters;
        // (the list marks them as sport too: "+fighter" at a word's start becomes "-fighter")
        for (std::size_t at = 0, end = 0; list && at < c.words.size(); at = end + 1) {
            end = std::min(c.words.find(' ', at), c.words.size());
            const std::string_view word = std::string_view(c.words).substr(at, end - at);
            if (word == "+fighter" || word == "+fighters") c.words[at] = '-';
        }
    }
    // Business and sports words twice as many as conflict words, three at least: an article of
    // business or sport, whatever war or strike it names in passing.
    c.open_news = c.business >= 3 && c.business > 2 * c.conflict;
    // A conflict report: more conflict than business words, and four of them or one in every
    // 30 words (a short note: "the bodies of two men were found with gunshot wounds").
    c.conflict_report = c.conflict > c.business && (c.conflict >= 4 || c.conflict * 30 >= c.words_total);
    c.crime_news = c.justice >= 2 && c.armed == 0;
    return c;
}

std::string describe(const DocContext& ctx) {
    std::string s = "context: " + std::to_string(ctx.conflict) + " conflict words, " +
                    std::to_string(ctx.business) + " business/sports words: ";
    if (ctx.open_news) s += "open news (business or sports outweigh conflict 2 to 1): no event";
    else if (ctx.conflict_report) s += "a conflict report";
    else s += "neither: each trigger must be supported by its sentence";
    if (ctx.crime_news) s += "; a crime story (" + std::to_string(ctx.justice) + " words of a criminal case, none of armed conflict)";
    if (!ctx.words.empty()) s += " [" + ctx.words + "]";
    return s;
}

} // namespace gt::events
