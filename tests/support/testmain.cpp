// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef SITUATE_TEST_GUI
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

#include <cstdlib>

int main(int argc, char** argv) {
    // Without this a test binary cannot start headless, and Catch2 discovery would
    // silently register no tests.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApp app(argc, argv);
    return Catch::Session().run(argc, argv);
}
