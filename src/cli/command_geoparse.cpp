// geotimeline geoparse: the places of a text, resolved with the whole document in view, plus the
// spatial statements it makes (docs/geoparse.md explains the rules and the output).
#include "cli/command.hpp"
#include "cli/commands_list.hpp"
#include "cli/gazetteer_option.hpp"
#include "core/error.hpp"
#include "geoparse/geoparser.hpp"
#include "io/json_out.hpp"
#include "io/jsonl_reader.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

namespace gt::cli {

namespace {

std::string flat(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

// Text output: one line per place, then "relative" lines, then "claim" lines.
void append_place_lines(std::string& out, std::string_view text,
                        const std::vector<PlaceMention>& places) {
    text::OffsetMap map(text);
    char buf[256];
    for (const auto& m : places) {
        std::snprintf(buf, sizeof buf, " %s %.5f,%.5f score %.2f precision %d", m.feature.c_str(),
                      m.lat, m.lon, m.score, static_cast<int>(m.precision));
        // offsets asked in increasing order (the map walks forward)
        std::size_t cb = map.to_code_points(m.begin);
        std::size_t ce = map.to_code_points(m.end);
        out += std::to_string(cb) + "\t" + std::to_string(ce) + "\t" + flat(m.text) + "\t-> " +
               m.name + " (" + m.country + (m.admin1.empty() ? "" : ", ") + m.admin1 + ")" + buf +
               " [" + m.id + "]" + (m.demonym ? " demonym" : "") +
               (m.embedded ? " embedded" : "") + "\n";
    }
}

void append_relative_lines(std::string& out, std::string_view text,
                           const std::vector<PlaceMention>& rel) {
    text::OffsetMap map(text);
    char buf[256];
    for (const auto& m : rel) {
        std::snprintf(buf, sizeof buf, "%.1f km %s of", m.offset_km,
                      m.offset_bearing_deg >= 0 && m.offset_km > 0
                          ? std::string(geo::compass16(m.offset_bearing_deg)).c_str()
                          : "near");
        char pt[96];
        std::snprintf(pt, sizeof pt, " -> %.5f,%.5f precision %d", m.lat, m.lon,
                      static_cast<int>(m.precision));
        std::size_t cb = map.to_code_points(m.begin);
        std::size_t ce = map.to_code_points(m.end);
        out += "relative\t" + std::to_string(cb) + "\t" + std::to_string(ce) + "\t" +
               flat(m.text) + "\t" + (m.offset_km > 0 ? std::string(buf) : std::string("near")) +
               " " + m.name + pt + "\n";
    }
}

void append_claim_lines(std::string& out, const std::vector<SpatialClaim>& claims) {
    char buf[256];
    for (const auto& c : claims) {
        std::snprintf(buf, sizeof buf,
                      "stated %.1f km %s, geodesic %.1f km bearing %.0f° (%s), error %+.1f%%: %s",
                      c.stated_km,
                      c.stated_bearing_deg >= 0 ? c.stated_direction.c_str() : "(no direction)",
                      c.geodesic_km, c.bearing_deg, c.direction.c_str(), c.distance_error_pct,
                      c.verdict.c_str());
        out += "claim\t" + c.subject.name + " from " + c.anchor.name + ": " + buf + "\t" + c.text +
               "\n";
    }
}

void append_text_lines(std::string& out, std::string_view text,
                       const std::vector<PlaceMention>& places,
                       const std::vector<PlaceMention>& rel,
                       const std::vector<SpatialClaim>& claims) {
    append_place_lines(out, text, places);
    append_relative_lines(out, text, rel);
    append_claim_lines(out, claims);
}

class GeoparseCommand : public Command {
  public:
    void setup(CLI::App& app) override {
        app.add_option("FILE", file_, "Text file to read ('-': standard input)");
        app.add_option("--jsonl", jsonl_,
                       "JSONL documents {\"id\",\"text\"}, one per line ('-': stdin)");
        app.add_flag("--gold-spans", gold_,
                     "With --jsonl: resolve the spans of each line's \"toponyms\"");
        app.add_flag("--json", json_, "Write one JSON object instead of text");
        app.add_flag("--no-demonyms", no_demonyms_,
                     "Leave out adjectives and demonyms (\"Syrian\")");
        add_gazetteer_option(app, gazetteer_);
    }

    int run() override {
        if (file_.empty() == jsonl_.empty())
            throw UsageError(
                "geoparse: give either FILE or --jsonl FILE; see 'geotimeline geoparse --help'");
        if (gold_ && jsonl_.empty()) throw UsageError("geoparse: --gold-spans needs --jsonl FILE");
        gazetteer::Index idx = open_gazetteer(gazetteer_);
        geoparse::Options opts;
        opts.demonyms = !no_demonyms_;
        geoparse::Geoparser gp(idx, opts);
        return jsonl_.empty() ? run_text(gp) : run_jsonl(gp);
    }

  private:
    int run_text(const geoparse::Geoparser& gp) {
        Document doc = io::read_text_document(file_);
        bool repaired = false;
        doc.text = text::to_valid_utf8(doc.text, &repaired);
        if (repaired) std::cerr << "geotimeline: " << file_ << ": invalid UTF-8 repaired\n";
        auto places = gp.parse(doc.text);
        auto rel = gp.relative_places(doc.text, places);
        auto claims = gp.spatial_claims(doc.text, places);
        std::string out;
        if (json_)
            io::append_geoparse_document(out, doc.id, doc.text, places, rel, claims);
        else
            append_text_lines(out, doc.text, places, rel, claims);
        std::cout << out << std::flush;
        if (!std::cout) throw OutputError("geoparse: cannot write the output");
        return exit_ok;
    }

    // The "toponyms" spans of a line, converted to bytes; returns an error or "".
    static std::string gold_spans(const std::string& line, const std::string& text,
                                  std::vector<std::pair<std::size_t, std::size_t>>& spans) {
        spans.clear();
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) return "not a JSON object";
        auto it = j.find("toponyms");
        if (it == j.end() || !it->is_array())
            return "no \"toponyms\" array (needed by --gold-spans)";
        std::size_t ncp = text::code_point_count(text);
        text::OffsetMap map(text);
        std::size_t k = 0;
        for (const auto& t : *it) {
            ++k;
            if (!t.is_object() || !t.contains("start") || !t.contains("end") ||
                !t["start"].is_number_unsigned() || !t["end"].is_number_unsigned())
                return "toponym " + std::to_string(k) + " has no integer \"start\" and \"end\"";
            auto s = t["start"].get<std::size_t>(), e = t["end"].get<std::size_t>();
            if (s > e || e > ncp)
                return "toponym " + std::to_string(k) + " span " + std::to_string(s) + ".." +
                       std::to_string(e) + " is outside the text (" + std::to_string(ncp) +
                       " code points)";
            std::size_t bs = map.to_bytes(s);
            std::size_t be = map.to_bytes(e);
            spans.emplace_back(bs, be);
        }
        return {};
    }

    int run_jsonl(const geoparse::Geoparser& gp) {
        std::ifstream f;
        std::istream* in = &std::cin;
        if (jsonl_ != "-") {
            f.open(jsonl_, std::ios::binary);
            if (!f) throw InputError(jsonl_ + ": cannot open");
            in = &f;
        }
        std::string line, out, err;
        out.reserve(1 << 20);
        Document doc;
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        std::size_t lineno = 0;
        int failed = 0;
        while (std::getline(*in, line)) {
            ++lineno;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            err = io::parse_document_line(line, doc);
            if (err.empty() && !text::is_valid_utf8(doc.text)) err = "\"text\" is not valid UTF-8";
            if (err.empty() && gold_) err = gold_spans(line, doc.text, spans);
            if (!err.empty()) {
                ++failed;
                err = jsonl_ + ":" + std::to_string(lineno) + ": " + err;
                std::cerr << "geotimeline: " << err << '\n';
                io::append_error_line(out, lineno, err, "places");
            } else {
                auto places = gold_ ? gp.resolve_spans(doc.text, spans) : gp.parse(doc.text);
                io::append_geoparse_line(out, doc.id, doc.text, places);
            }
            if (out.size() > (1 << 20)) {
                std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
                out.clear();
            }
        }
        std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
        std::cout.flush();
        if (!std::cout) throw OutputError("geoparse: cannot write the output");
        if (in->bad()) throw InputError(jsonl_ + ": read error");
        if (failed) {
            std::cerr << "geotimeline: " << jsonl_ << ": " << failed
                      << " line(s) could not be read\n";
            return exit_input_failed;
        }
        return exit_ok;
    }

    std::string file_, jsonl_, gazetteer_;
    bool json_ = false, gold_ = false, no_demonyms_ = false;
};

} // namespace

std::unique_ptr<Command> make_geoparse() {
    return std::make_unique<GeoparseCommand>();
}

} // namespace gt::cli
