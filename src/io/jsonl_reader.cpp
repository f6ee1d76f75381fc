#include "io/jsonl_reader.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace gt::io {

namespace {

// A string field, or empty when absent or null; numbers are printed (ids are often numeric).
std::string get_string(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    if (it->is_number()) return it->dump();
    throw std::invalid_argument(std::string("field \"") + key + "\" is not a string");
}

} // namespace

std::string parse_document_line(const std::string& line, Document& doc) {
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." → keep the tail
        if (auto pos = what.find("column"); pos != std::string::npos) what = what.substr(pos);
        return "not JSON (" + what + ")";
    }
    if (!obj.is_object()) return "not a JSON object";
    try {
        doc = Document{};
        doc.id = get_string(obj, "id");
        doc.date = get_string(obj, "date");
        if (doc.date.empty()) doc.date = get_string(obj, "dct");
        doc.title = get_string(obj, "title");
        doc.source = get_string(obj, "source");
        doc.url = get_string(obj, "url");
        auto it = obj.find("text");
        if (it == obj.end() || !it->is_string()) return "no \"text\" string";
        doc.text = it->get<std::string>();
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

JsonlReader::JsonlReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

bool JsonlReader::next(Document& doc, std::string& error) {
    error.clear();
    while (std::getline(in_, buf_)) {
        ++line_;
        if (!buf_.empty() && buf_.back() == '\r') buf_.pop_back();
        if (buf_.find_first_not_of(" \t") == std::string::npos) continue;
        std::string why = parse_document_line(buf_, doc);
        doc.input = name_;
        doc.line = line_;
        if (!why.empty()) error = name_ + ":" + std::to_string(line_) + ": " + why;
        return true;
    }
    return false;
}

Document read_text_document(const std::string& path) {
    Document doc;
    doc.input = path;
    if (path == "-") {
        doc.id = "-";
        doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return doc;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    if (f.bad()) throw InputError(path + ": read error");
    doc.text = std::move(ss).str();
    auto slash = path.find_last_of('/');
    doc.id = slash == std::string::npos ? path : path.substr(slash + 1);
    return doc;
}

} // namespace gt::io
