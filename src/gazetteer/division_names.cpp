// Division names without their generic word: "Cabo Delgado Province" is also indexed as
// "Cabo Delgado", "Wilayat Nizwa" as "Nizwa", "Amphoe Mueang Chiang Mai" as "Mueang Chiang
// Mai" (names.hpp: division_name_core). A name that is also the main name of a place or
// division outside the division ("Lake County" / Lake, Mississippi; "Orange County" / Orange,
// France) is added for lookups with a type word only ("Bam Province", kind_core: the Iranian
// town keeps "Bam"); places inside the division named like it ("Afrin District" / Afrin) are no reason
// (lookup ranks the division just below them), nor is a place elsewhere that a province of
// 500,000 or more dwarfs ("Province of Laguna" / Laguna, Brazil; see dwarfs).
#include "gazetteer/build_model.hpp"

#include "gazetteer/names.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <ostream>
#include <unordered_map>

namespace gt::gazetteer::build {

namespace {

bool is_division(const BuildEntry& e) { return e.fclass == 'A' && (e.fcode == "ADM1" || e.fcode == "ADM2"); }

// Whether `other` lies outside division `d` (another country, first- or second-level area).
bool outside(const BuildEntry& other, const BuildEntry& d) {
    if (other.country != d.country) return true;
    if (other.admin1 != d.admin1) return true;
    return d.fcode == "ADM2" && other.admin2 != d.admin2;
}

// "Province de l'Oudalan": the elided article becomes a word of its own ("de l oudalan"), so
// that the core is "oudalan" (normalisation drops apostrophes, which would give "loudalan").
std::string split_elisions(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        out.push_back(raw[i]);
        char c = static_cast<char>(raw[i] | 0x20);
        bool word_start = i == 0 || raw[i - 1] == ' ';
        if (!word_start || (c != 'l' && c != 'd') || i + 1 >= raw.size()) continue;
        if (raw[i + 1] == '\'') {
            out.push_back(' ');
            ++i;
        } else if (raw.substr(i + 1, 3) == "\xE2\x80\x99") {
            out.push_back(' ');
            i += 3;
        }
    }
    return out;
}

// "Province of Laguna", "Cavite Province": the generic word is "province" (or "provincia").
bool is_province_name(std::string_view norm) {
    for (std::string_view w : {std::string_view("province"), std::string_view("provincia")}) {
        auto at = norm.find(w);
        if (at != std::string_view::npos && (at == 0 || norm[at - 1] == ' ') &&
            (at + w.size() == norm.size() || norm[at + w.size()] == ' '))
            return true;
    }
    return false;
}

// A province of 500,000 people or more is what its bare name means rather than a place of
// under a fifth of its people elsewhere ("Laguna": the Philippine province of 3 million, not
// Laguna in Brazil, a town and its municipality); a first-level division or country of that
// name elsewhere always clashes.
bool dwarfs(const BuildEntry& d, const BuildEntry& other, bool province) {
    if (!province || d.population < 500000 || other.fcode == "ADM1" || other.fcode.rfind("PCL", 0) == 0)
        return false;
    return other.population * 5 < d.population;
}

} // namespace

void add_division_cores(Model& m) {
    struct Core {
        std::size_t division;
        std::string key;
        bool province; // the name's generic word is "province"
    };
    std::vector<Core> cores;
    std::unordered_map<std::string, std::vector<std::size_t>> named; // core key -> entries named so
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        const BuildEntry& e = m.entries[i];
        if (!is_division(e)) continue;
        for (const NameRef& n : e.names) {
            if (n.kind != format::kind_name && n.kind != format::kind_qualified) continue;
            std::string norm = text::normalize_name(split_elisions(n.text));
            std::string_view core = division_name_core(norm);
            if (core.empty()) continue;
            cores.push_back({i, std::string(core), is_province_name(norm)});
            named.emplace(std::string(core), std::vector<std::size_t>{});
        }
    }
    if (cores.empty()) return;
    // the main names (GeoNames name and ASCII name) of every entry that has one of the cores
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        const BuildEntry& e = m.entries[i];
        for (std::size_t k = 0; k < e.names.size() && k < 2; ++k) {
            if (e.names[k].kind != format::kind_name) continue;
            auto it = named.find(text::normalize_name(e.names[k].text));
            if (it != named.end() && (it->second.empty() || it->second.back() != i)) it->second.push_back(i);
        }
    }
    std::size_t added = 0;
    for (const Core& c : cores) {
        BuildEntry& d = m.entries[c.division];
        const auto& others = named[c.key];
        bool clash = std::any_of(others.begin(), others.end(), [&](std::size_t o) {
            return o != c.division && outside(m.entries[o], d) && !dwarfs(d, m.entries[o], c.province);
        });
        std::size_t before = d.names.size();
        d.add_name(c.key, clash ? format::kind_core : format::kind_name);
        added += d.names.size() - before;
    }
    if (!m.quiet()) m.log() << added << " division names indexed without their generic word\n";
}

} // namespace gt::gazetteer::build
