#include "events/lexicon.hpp"

#include "core/error.hpp"
#include "core/paths.hpp"
#include "text/normalize.hpp"
#include "text/word_set.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace fs = std::filesystem;

namespace gt::events {

namespace {

// A row that says where its group is: one with countries of operation, or a rebel group or
// militia with a country; never an in=CC row (whose country is the document's). Its countries
// are hints for the geoparser.
bool names_group_country(const ActorEntry& e) {
    if (!e.only_in.empty()) return false;
    if (!e.operates.empty() || e.where_only) return true;
    // (a state force named by its own name, "LNA", "Tatmadaw", not a template filled with the
    // document's country, "police": its state's army or police acts at home)
    return (e.kind == "rebel group" || e.kind == "political militia" || e.kind == "identity militia" ||
            e.kind == "state forces") &&
           e.country.size() == 2 && !e.is_template;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> f;
    std::size_t p = 0;
    while (true) {
        std::size_t q = line.find('\t', p);
        if (q == std::string_view::npos) {
            f.push_back(line.substr(p));
            break;
        }
        f.push_back(line.substr(p, q - p));
        p = q + 1;
    }
    for (auto& s : f) {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    }
    return f;
}

/// Lemmatised parts of a lexicon phrase; "*" and "{demonym}" are kept as they are.
Pattern compile(std::string_view phrase, bool case_sensitive) {
    Pattern p;
    p.case_sensitive = case_sensitive;
    std::size_t i = 0;
    while (i < phrase.size()) {
        std::size_t j = phrase.find(' ', i);
        if (j == std::string_view::npos) j = phrase.size();
        std::string_view word = phrase.substr(i, j - i);
        i = j + 1;
        if (word.empty()) continue;
        if (word == "*" || word == "{demonym}") {
            p.parts.emplace_back(word);
            p.hashes.push_back(static_cast<std::uint32_t>(text::WordSet::hash(word)));
            p.exact.emplace_back(word);
            p.forms.emplace_back(word);
            continue;
        }
        std::string norm = text::normalize_name(word);
        std::size_t a = 0;
        while (a < norm.size()) {
            std::size_t b = norm.find(' ', a);
            if (b == std::string::npos) b = norm.size();
            std::string part = norm.substr(a, b - a);
            if (!part.empty() && part != "the" && part != "a" && part != "an") {
                p.parts.push_back(stem(part));
                p.hashes.push_back(static_cast<std::uint32_t>(text::WordSet::hash(p.parts.back())));
                if (p.parts.size() <= 32 && std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                    p.caps |= std::uint32_t{1} << (p.parts.size() - 1);
                p.exact.emplace_back(word);
                p.forms.push_back(part);
            }
            a = b + 1;
        }
    }
    return p;
}

std::string error_at(const std::string& name, std::size_t line, const std::string& what) {
    return name + ":" + std::to_string(line) + ": " + what + " (see lexicon/README.md for the columns)";
}

// The fields of a comma-separated list ("ML,BF,NE"), in order.
std::vector<std::string> comma_fields(std::string_view list) {
    std::vector<std::string> out;
    while (!list.empty()) {
        auto comma = list.find(',');
        out.emplace_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    return out;
}

// Column countries: ISO alpha-2 codes separated by commas ("ML,BF,NE"), a code followed by
// ":" and a first-level division of that country where the group is most active
// ("UA:Donetsk,UA:Luhansk"): its country counts once, the divisions go to `areas`.
std::vector<std::string> country_list(std::string_view col, const std::string& name, std::size_t n,
                                      std::vector<std::pair<std::string, std::string>>& areas) {
    std::vector<std::string> out;
    for (std::string cc : comma_fields(col)) {
        std::string area;
        if (auto colon = cc.find(':'); colon != std::string::npos) {
            area = cc.substr(colon + 1);
            cc.resize(colon);
            if (area.empty())
                throw DataError(error_at(name, n, "a division after '" + cc + ":' is missing (UA:Donetsk)"));
        }
        if (cc.size() != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
            throw DataError(error_at(
                name, n, "countries must be ISO alpha-2 codes separated by commas (ML,BF,NE; UA:Donetsk), not '" + cc + "'"));
        if (std::find(out.begin(), out.end(), cc) == out.end()) out.push_back(cc);
        if (!area.empty()) areas.emplace_back(cc, std::move(area));
    }
    return out;
}

template <class F>
void for_lines(std::string_view tsv, F&& f) {
    std::size_t p = 0, n = 0;
    while (p < tsv.size()) {
        std::size_t q = tsv.find('\n', p);
        if (q == std::string_view::npos) q = tsv.size();
        std::string_view line = tsv.substr(p, q - p);
        p = q + 1;
        ++n;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::size_t k = line.find_first_not_of(" \t");
        if (k == std::string_view::npos || line[k] == '#') continue;
        f(line, n);
    }
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path.string() + ": cannot read the lexicon file");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// "Military Forces of Ukraine (2019-)" -> "Military Forces of Ukraine": the regime's years
/// when they end the name, else the name unchanged.
std::string without_years(const std::string& name) {
    auto open = name.rfind(" (");
    if (open == std::string::npos || name.back() != ')') return name;
    std::string_view in(name);
    in = in.substr(open + 2, in.size() - open - 3);
    auto digits = [](std::string_view x) {
        return x.size() == 4 && std::all_of(x.begin(), x.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    auto dash = in.find('-');
    if (dash == std::string_view::npos || !digits(in.substr(0, dash))) return name;
    auto rest = in.substr(dash + 1);
    if (!rest.empty() && !digits(rest)) return name;
    return name.substr(0, open);
}

} // namespace

IndexRow Lexicon::index_row(const Pattern& p, std::size_t k, std::uint32_t entry) {
    IndexRow r{entry};
    if (k + 1 < p.parts.size() && p.parts[k] != "*" && p.parts[k + 1] != "*") {
        r.has_next = true;
        r.next_hash = p.hashes[k + 1];
    }
    return r;
}

void Lexicon::add_actors(std::string_view tsv, const std::string& name) {
    for_lines(tsv, [&](std::string_view line, std::size_t n) {
        auto f = split_tabs(line);
        if (f.size() < 4 || f[0].empty() || f[1].empty())
            throw DataError(error_at(name, n, "expected alias, canonical name, kind, inter, country, flags"));
        if (f[0] == "{country}") { // a country's name in actor names: {country} NAME _ _ CC
            if (f.size() < 5 || f[4].size() != 2)
                throw DataError(error_at(name, n, "a {country} row needs the name and the ISO code"));
            std::string cc(f[4]);
            auto it = std::find_if(country_names_.begin(), country_names_.end(),
                                   [&](const auto& c) { return c.first == cc; });
            if (it == country_names_.end()) country_names_.emplace_back(cc, std::string(f[1]));
            else it->second = std::string(f[1]);
            return;
        }
        ActorEntry e;
        e.alias = std::string(f[0]);
        e.name = std::string(f[1]);
        e.kind = std::string(f[2]);
        char* endp = nullptr;
        std::string inter(f[3]);
        e.inter = static_cast<int>(std::strtol(inter.c_str(), &endp, 10));
        if (inter.empty() || *endp || e.inter < 1 || e.inter > 8)
            throw DataError(error_at(name, n, "inter must be an ACLED inter code 1..8, not '" + inter + "'"));
        if (f.size() > 4) e.country = std::string(f[4]);
        bool cs = false, ex = false;
        if (f.size() > 5) {
            std::string_view flags = f[5];
            while (!flags.empty()) {
                auto sp = flags.find_first_of(" ;");
                std::string_view flag = flags.substr(0, sp);
                flags = sp == std::string_view::npos ? std::string_view() : flags.substr(sp + 1);
                if (flag.empty()) continue;
                if (flag == "cs") cs = true;
                else if (flag == "ex") ex = true;
                else if (flag == "where") e.where_only = true;
                else if (flag.rfind("in=", 0) == 0 && flag.size() > 3) {
                    auto ccs = comma_fields(flag.substr(3));
                    e.only_in.insert(e.only_in.end(), ccs.begin(), ccs.end());
                } else
                    throw DataError(
                        error_at(name, n, "unknown flag '" + std::string(flag) + "' (cs, ex, where, in=CC,CC)"));
            }
        }
        if (f.size() > 6) e.operates = country_list(f[6], name, n, e.areas);
        if (e.where_only && e.country.size() != 2 && e.operates.empty())
            throw DataError(error_at(name, n, "a row flagged where needs a country or countries"));
        e.pattern = compile(f[0], cs);
        e.pattern.exact_form = ex;
        if (e.pattern.parts.empty()) throw DataError(error_at(name, n, "empty alias"));
        e.is_template = e.pattern.parts[0] == "{demonym}";
        auto idx = static_cast<std::uint32_t>(actors_.size());
        if (e.is_template) {
            if (e.pattern.parts.size() < 2)
                throw DataError(error_at(name, n, "a {demonym} template needs words after it"));
            template_second_[e.pattern.parts[1]].push_back(index_row(e.pattern, 1, idx));
        } else {
            if (!e.where_only) actor_first_[e.pattern.parts[0]].push_back(index_row(e.pattern, 0, idx));
            if (names_group_country(e)) group_first_[e.pattern.parts[0]].push_back(index_row(e.pattern, 0, idx));
        }
        if (!e.is_template) {
            std::string plain = without_years(e.name);
            if (plain != e.name) {
                auto it = std::find_if(dated_.begin(), dated_.end(),
                                       [&](const auto& d) { return d.first == plain; });
                if (it == dated_.end()) dated_.emplace_back(std::move(plain), e.name);
                else it->second = e.name; // a later row (a user's) wins
            }
        }
        actors_.push_back(std::move(e));
    });
}

void Lexicon::add_cues(std::string_view tsv, const std::string& name) {
    for_lines(tsv, [&](std::string_view line, std::size_t n) {
        auto f = split_tabs(line);
        if (f.size() < 5 || f[0].empty() || f[1].empty() || f[2].empty())
            throw DataError(error_at(name, n, "expected cue, event_type, sub_event_type, cameo, weight, flags"));
        CueEntry e;
        e.cue = std::string(f[0]);
        e.event_type = std::string(f[1]);
        e.sub_event_type = std::string(f[2]);
        e.cameo = std::string(f[3]);
        std::string wt(f[4]);
        char* endp = nullptr;
        e.weight = std::strtod(wt.c_str(), &endp);
        if (wt.empty() || *endp || e.weight <= 0 || e.weight > 1)
            throw DataError(error_at(name, n, "weight must be a number in (0, 1], not '" + wt + "'"));
        if (f.size() > 5) {
            for (char c : f[5]) {
                switch (c) {
                case 'T': e.flags |= cue_territory; break;
                case 'C': e.flags |= cue_civilian; break;
                case 'W': e.flags |= cue_weak; break;
                case 'D': e.flags |= cue_diplomacy; break;
                case 'M': e.flags |= cue_modifier; break;
                case 'N': e.flags |= cue_none; break;
                case 'H': e.flags |= cue_joined; break;
                default: throw DataError(error_at(name, n, std::string("unknown flag '") + c + "'"));
                }
            }
        }
        bool cs = e.cue.size() > 1 && std::all_of(e.cue.begin(), e.cue.end(), [](char c) {
                      return (c >= 'A' && c <= 'Z') || c == ' ';
                  });
        e.pattern = compile(f[0], cs);
        if (e.pattern.parts.empty() || e.pattern.parts[0] == "*")
            throw DataError(error_at(name, n, "a cue must start with a word"));
        cue_first_[e.pattern.parts[0]].push_back(index_row(e.pattern, 0, static_cast<std::uint32_t>(cues_.size())));
        cues_.push_back(std::move(e));
    });
}

void Lexicon::add_targets(std::string_view tsv, const std::string& name) {
    for_lines(tsv, [&](std::string_view line, std::size_t n) {
        auto f = split_tabs(line);
        if (f.size() < 2 || f[0].empty())
            throw DataError(error_at(name, n, "expected word, kind (unarmed, place, armed, goods)"));
        Target t = f[1] == "unarmed" ? Target::unarmed
                   : f[1] == "place" ? Target::civilian_place
                   : f[1] == "armed" ? Target::armed
                   : f[1] == "goods" ? Target::goods
                                     : Target::none;
        if (t == Target::none)
            throw DataError(error_at(name, n, "kind must be unarmed, place, armed or goods, not '" +
                                                  std::string(f[1]) + "'"));
        for (const auto& word : compile(f[0], false).forms) targets_[word] = t;
    });
}

void Lexicon::add_victim_words(std::string_view tsv, const std::string& name) {
    static constexpr std::pair<std::string_view, VictimRole> roles[] = {
        {"modifier", victim_modifier}, {"end", victim_end},   {"thing", victim_thing}, {"plural", victim_plural},
        {"group", victim_group},       {"part", victim_part}, {"hurt", victim_hurt},   {"boundary", victim_boundary}};
    for_lines(tsv, [&](std::string_view line, std::size_t n) {
        auto f = split_tabs(line);
        if (f.size() < 2 || f[0].empty())
            throw DataError(error_at(name, n, "expected word, role (modifier, end, thing, plural, group, part, hurt, boundary)"));
        unsigned bit = 0;
        for (const auto& [role, b] : roles)
            if (f[1] == role) bit = b;
        if (bit == 0)
            throw DataError(error_at(name, n, "role must be modifier, end, thing, plural, group, part, hurt or boundary, not '" +
                                                  std::string(f[1]) + "'"));
        for (const auto& word : compile(f[0], false).forms) victim_words_[word] |= bit;
    });
}

Lexicon Lexicon::parse(std::string_view actors_tsv, std::string_view events_tsv, const std::string& actors_name,
                       const std::string& events_name) {
    Lexicon lx;
    lx.add_actors(actors_tsv, actors_name);
    lx.add_cues(events_tsv, events_name);
    if (lx.actors_.empty()) throw DataError(actors_name + ": no actors (see lexicon/README.md)");
    if (lx.cues_.empty()) throw DataError(events_name + ": no event cues (see lexicon/README.md)");
    return lx;
}

Lexicon Lexicon::load(const std::string& dir) {
    fs::path d(dir);
    auto a = d / "actors.tsv", e = d / "events.tsv";
    std::error_code ec;
    if (!fs::exists(a, ec) || !fs::exists(e, ec))
        throw DataError(dir + ": no actors.tsv and events.tsv here; set GEOTIMELINE_LEXICON_DIR to the "
                              "lexicon/ directory of the source tree or reinstall");
    Lexicon lx = parse(slurp(a), slurp(e), a.string(), e.string());
    auto t = d / "targets.tsv";
    if (fs::exists(t, ec)) lx.add_targets(slurp(t), t.string());
    if (auto v = d / "victims.tsv"; fs::exists(v, ec)) lx.add_victim_words(slurp(v), v.string());
    lx.dir_ = dir;
    return lx;
}

Lexicon Lexicon::load(const std::vector<std::string>& dirs) {
    if (dirs.empty()) throw DataError("no lexicon directory given");
    Lexicon lx = load(dirs.front());
    for (std::size_t k = 1; k < dirs.size(); ++k) lx.extend(dirs[k]);
    return lx;
}

void Lexicon::extend(const std::string& dir) {
    fs::path d(dir);
    auto a = d / "actors.tsv", e = d / "events.tsv";
    std::error_code ec;
    bool has_a = fs::exists(a, ec), has_e = fs::exists(e, ec);
    if (!has_a && !has_e)
        throw DataError(dir + ": neither actors.tsv nor events.tsv here (a user lexicon adds rows in these "
                              "files to the default ones; see lexicon/README.md)");
    if (has_a) add_actors(slurp(a), a.string());
    if (has_e) add_cues(slurp(e), e.string());
    if (auto t = d / "targets.tsv"; fs::exists(t, ec)) add_targets(slurp(t), t.string());
    if (auto v = d / "victims.tsv"; fs::exists(v, ec)) add_victim_words(slurp(v), v.string());
    dir_ += ";" + dir;
}

const std::string& Lexicon::country_name(const std::string& cc, const std::string& gazetteer_name) const {
    for (const auto& [code, name] : country_names_)
        if (code == cc) return name;
    return gazetteer_name;
}

const std::string& Lexicon::with_years(const std::string& name) const {
    for (const auto& [plain, dated] : dated_)
        if (plain == name) return dated;
    return name;
}

std::vector<std::string> lexicon_search_path(const std::string& install_datadir) {
    std::vector<std::string> paths;
    if (const char* p = std::getenv("GEOTIMELINE_LEXICON_DIR"); p && *p) paths.emplace_back(p);
    if (const fs::path exe = executable_dir(); !exe.empty()) {
        paths.push_back((exe / "lexicon").string());
        paths.push_back((exe.parent_path() / "share" / "geotimeline" / "lexicon").string());
    }
    if (!install_datadir.empty()) paths.push_back((fs::path(install_datadir) / "lexicon").string());
    // The source tree (CMake passes its absolute path): lets a build directory run anywhere.
    paths.emplace_back(GEOTIMELINE_SOURCE_LEXICON_DIR);
    return paths;
}

std::string find_lexicon_dir(const std::string& explicit_dir, const std::string& install_datadir) {
    if (!explicit_dir.empty()) return explicit_dir;
    auto paths = lexicon_search_path(install_datadir);
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::exists(fs::path(p) / "actors.tsv", ec) && fs::exists(fs::path(p) / "events.tsv", ec)) return p;
    }
    std::string where;
    for (const auto& p : paths) where += "\n  " + p;
    throw DataError("no lexicon directory (actors.tsv, events.tsv) found; looked in:" + where +
                    "\nSet GEOTIMELINE_LEXICON_DIR to the lexicon/ directory of the source tree, or install "
                    "with cmake --install");
}

std::vector<std::string> lexicon_dirs(const std::string& user_dir, const std::string& install_datadir) {
    std::vector<std::string> user;
    if (!user_dir.empty()) user.push_back(user_dir);
    if (const char* p = std::getenv("GEOTIMELINE_LEXICON_DIR"); p && *p) user.emplace_back(p);
    auto both = [](const std::string& d) {
        std::error_code ec;
        return fs::exists(fs::path(d) / "actors.tsv", ec) && fs::exists(fs::path(d) / "events.tsv", ec);
    };
    auto same = [](const std::string& x, const std::string& y) {
        std::error_code ec;
        return fs::equivalent(fs::path(x), fs::path(y), ec);
    };
    std::vector<std::string> defaults;
    if (const fs::path exe = executable_dir(); !exe.empty()) {
        defaults.push_back((exe / "lexicon").string());
        defaults.push_back((exe.parent_path() / "share" / "geotimeline" / "lexicon").string());
    }
    if (!install_datadir.empty()) defaults.push_back((fs::path(install_datadir) / "lexicon").string());
    defaults.emplace_back(GEOTIMELINE_SOURCE_LEXICON_DIR);
    std::vector<std::string> out;
    for (const auto& d : defaults)
        if (both(d)) {
            out.push_back(d);
            break;
        }
    if (out.empty()) // no default installed: a user directory holding both files stands for it
        for (const auto& d : user)
            if (both(d)) {
                out.push_back(d);
                break;
            }
    if (out.empty()) {
        std::string where;
        for (const auto& p : defaults) where += "\n  " + p;
        for (const auto& p : user) where += "\n  " + p;
        throw DataError("no lexicon directory (actors.tsv, events.tsv) found; looked in:" + where +
                        "\nSet GEOTIMELINE_LEXICON_DIR to the lexicon/ directory of the source tree, or install "
                        "with cmake --install");
    }
    for (const auto& d : user) {
        bool dup = false;
        for (const auto& o : out) dup = dup || same(o, d);
        if (!dup) out.push_back(d);
    }
    return out;
}

} // namespace gt::events
