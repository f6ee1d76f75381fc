#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[]) {
    // The GIS writers live in the plugin geotimeline-ogr.so beside build/geotimeline, not beside
    // this binary (build/tests): point the loader at it unless the caller chose another one.
    ::setenv("GEOTIMELINE_PLUGIN_DIR", GT_PLUGIN_DIR, 0);
    return Catch::Session().run(argc, argv);
}
