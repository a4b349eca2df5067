// The target that compiles qt_headers.h once for every test (tests/CMakeLists.txt).
