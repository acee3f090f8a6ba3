// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/testprompter.h"
#include "ui/mainwindow/mainwindow.h"

#include <QSize>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace situate {
class Storage;
}

namespace situate::test {

/// Settings go to the test location (QStandardPaths' test mode) from the first window on.
struct TestSettings {
    TestSettings();
};

/// The demo project (7 CoPs, 46 codes, 178 codings by Aisha and Ben), built afresh in a
/// temporary folder and open in a real main window of `size`, shown offscreen, with a
/// TestPrompter that records every message and answers yes. `beforeOpening` sets the window
/// up before the project opens. Tests derive their fixture from it to add helpers.
class DemoWindow {
public:
    explicit DemoWindow(QSize size = QSize(1400, 900),
                        const std::function<void(MainWindow&)>& beforeOpening = {});

    TestSettings settings;
    QTemporaryDir dir;
    QString path; ///< the demo's file
    std::shared_ptr<TestPrompter> prompter;
    QStringList& messages; ///< every message the window showed
    MainWindow window;

    const Storage& storage() const;
    /// The id of the code at `path` ("Mechanisms/Psychological safety"); fails the test if
    /// there is none.
    qint64 codeId(const QString& path) const;
    /// Shows a dock through its menu action (`tocDock` -> `tocDockAction`), as a user would.
    void openDock(const char* dockName);
    /// The window's child of that object name and type; fails the test if there is none.
    template <typename T> T* find(const char* objectName) const {
        T* found = window.findChild<T*>(QLatin1String(objectName));
        REQUIRE(found);
        return found;
    }
};

/// The demo in a window of the screenshots' size (1600 x 1000) with its first coded document
/// open: where the view tests start.
struct DocumentWindow : DemoWindow {
    DocumentWindow();
};

/// Whether the file at `path` is XML whose first element is <svg> (what an SVG export writes).
bool looksLikeSvg(const QString& path);

} // namespace situate::test
