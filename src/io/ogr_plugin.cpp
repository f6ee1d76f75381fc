// Finding and loading the GIS plugin with dlopen(): see ogr_plugin.hpp and docs/architecture.md,
// "The GIS plugin".
#include "io/ogr_plugin.hpp"

#include "core/error.hpp"
#include "core/paths.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include <dlfcn.h>

#ifndef GEOTIMELINE_PLUGIN_RELDIR // <bindir> → <libdir>/geotimeline (src/CMakeLists.txt)
#define GEOTIMELINE_PLUGIN_RELDIR "../lib/geotimeline"
#endif
#ifndef GEOTIMELINE_INSTALL_PLUGINDIR // the absolute install directory
#define GEOTIMELINE_INSTALL_PLUGINDIR ""
#endif

namespace gt::io::detail {

namespace {

namespace fs = std::filesystem;

/// `dir`/`file`, absolute: dlopen() searches the library path for a name without a slash
/// ("./x.so" normalised is "x.so"), and the error names absolute files.
std::string join(const std::string& dir, const char* file) {
    std::error_code ec;
    fs::path p = fs::path(dir) / file;
    if (fs::path a = fs::absolute(p, ec); !ec) p = a;
    return p.lexically_normal().string();
}

/// Tries one file: the plugin's table, or nullptr with the reason in `why`.
const gt_ogr_api* try_load(const std::string& path, std::string& why) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        why = "not found";
        return nullptr;
    }
    dlerror(); // clear
    // RTLD_NOW: a missing symbol (a GDAL other than the one the plugin was built with) fails
    // here, with dlerror(), not in the middle of writing. RTLD_LOCAL: GDAL's symbols stay out
    // of the global scope.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* e = dlerror();
        why = e ? e : "dlopen failed";
        return nullptr;
    }
    dlerror();
    void* sym = dlsym(handle, GT_OGR_ENTRY_NAME);
    if (!sym) {
        const char* e = dlerror();
        why = std::string("no entry point " GT_OGR_ENTRY_NAME " (") + (e ? e : "dlsym failed") +
              "): not a geotimeline GIS plugin of this version";
        dlclose(handle);
        return nullptr;
    }
    gt_ogr_entry_fn entry = nullptr;
    static_assert(sizeof entry == sizeof sym);
    std::memcpy(&entry, &sym, sizeof entry); // object pointer → function pointer (POSIX)
    const gt_ogr_api* api = entry();
    if (!api || api->abi_version != GT_OGR_ABI_VERSION || api->struct_size < sizeof(gt_ogr_api)) {
        why = "interface version " + (api ? std::to_string(api->abi_version) : std::string("?")) +
              ", this geotimeline needs " + std::to_string(GT_OGR_ABI_VERSION) +
              ": the plugin comes from another geotimeline build";
        dlclose(handle);
        return nullptr;
    }
    return api; // never unloaded: GDAL registers process-wide state
}

std::mutex mutex;
const gt_ogr_api* loaded = nullptr;

} // namespace

std::vector<std::string> ogr_plugin_candidates() {
    std::vector<std::string> out;
    if (const char* dir = std::getenv("GEOTIMELINE_PLUGIN_DIR"); dir && *dir) {
        out.push_back(join(dir, GT_OGR_PLUGIN_FILE));
        return out;
    }
    auto add = [&](const std::string& p) {
        for (const std::string& q : out)
            if (q == p) return;
        out.push_back(p);
    };
    if (const std::string exe = gt::executable_dir().string(); !exe.empty()) {
        add(join(exe, GT_OGR_PLUGIN_FILE));
        add(join((fs::path(exe) / GEOTIMELINE_PLUGIN_RELDIR).string(), GT_OGR_PLUGIN_FILE));
    }
    if (*GEOTIMELINE_INSTALL_PLUGINDIR)
        add(join(GEOTIMELINE_INSTALL_PLUGINDIR, GT_OGR_PLUGIN_FILE));
    return out;
}

const gt_ogr_api& ogr_plugin(const std::string& what) {
    std::lock_guard lock(mutex);
    if (loaded) return *loaded;
    std::string tried;
    for (const std::string& path : ogr_plugin_candidates()) {
        std::string why;
        if (const gt_ogr_api* api = try_load(path, why)) {
            loaded = api;
            return *loaded;
        }
        tried += (tried.empty() ? " " : "; ") + path + " (" + why + ")";
    }
    const char* env = std::getenv("GEOTIMELINE_PLUGIN_DIR");
    throw OutputError(
        what +
        " is written through GDAL by the plugin " GT_OGR_PLUGIN_FILE
        ", which could not be loaded; tried" +
        tried +
        (env && *env ? ". GEOTIMELINE_PLUGIN_DIR is set: point it at the directory that holds "
                       "the plugin, or unset it to search beside the executable"
                     : ". Install the plugin beside the executable or in <prefix>/<libdir>/"
                       "geotimeline/ (cmake --install does), or set GEOTIMELINE_PLUGIN_DIR to its "
                       "directory; the other formats (geojson, csv, jsonl...) need no plugin"));
}

void throw_ogr_error(const gt_ogr_error& err) {
    const std::string message(err.message, strnlen(err.message, sizeof err.message));
    if (err.code == GT_OGR_USAGE) throw UsageError(message);
    throw OutputError(message.empty() ? std::string("the GIS output failed") : message);
}

} // namespace gt::io::detail
