// A stand-in for geotimeline-ogr.so from another build: the right entry point, a foreign
// interface version. The loader must refuse it with a clear error (tests/cli/plugin.tests.cmake).
#include "io/ogr_plugin_abi.h"

namespace {
const gt_ogr_api kApi = {999u, sizeof(gt_ogr_api), nullptr, nullptr, nullptr, nullptr, nullptr};
} // namespace

extern "C" __attribute__((visibility("default"))) const gt_ogr_api* geotimeline_ogr_plugin_v1() {
    return &kApi;
}
