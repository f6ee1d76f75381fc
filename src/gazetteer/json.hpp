#pragma once
// The JSON object of a gazetteer entry, as every command prints it
// (docs/reference.md, "Place objects").
#include "gazetteer/index.hpp"

#include <nlohmann/json.hpp>

namespace gt::gazetteer {
nlohmann::ordered_json place_json(const Index& idx, std::uint32_t entry);
/// One human-readable line: "Deir ez-Zor (SY, Deir ez-Zor) P.PPLA 35.33588,40.14084 pop 242565 [geonames:170794]".
std::string place_line(const Index& idx, std::uint32_t entry);
} // namespace gt::gazetteer
