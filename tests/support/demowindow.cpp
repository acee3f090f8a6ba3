// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/demowindow.h"

#include "core/demo/demobuilder.h"
#include "core/project.h"
#include "tests/support/demoproject.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace situate::test {

TestSettings::TestSettings() {
    QStandardPaths::setTestModeEnabled(true);
}

DemoWindow::DemoWindow(QSize size, const std::function<void(MainWindow&)>& beforeOpening)
    : path(dir.filePath(QStringLiteral("demo.situate")))
    , prompter(std::make_shared<TestPrompter>())
    , messages(prompter->messages)
    , window(prompter) {
    REQUIRE(buildDemoProject(path).ok());
    window.resize(size);
    if (beforeOpening)
        beforeOpening(window);
    REQUIRE(window.openProject(path));
    window.show();
}

DocumentWindow::DocumentWindow()
    : DemoWindow(QSize(1600, 1000)) {
    window.openFirstCodedDocument();
}

const Storage& DemoWindow::storage() const {
    return window.project()->storage();
}

qint64 DemoWindow::codeId(const QString& codePath) const {
    return codeIdByPath(storage(), codePath);
}

void DemoWindow::openDock(const char* dockName) {
    find<QAction>((QByteArray(dockName) + "Action").constData())->trigger();
    REQUIRE(find<QDockWidget>(dockName)->widget()->isVisible());
}

bool looksLikeSvg(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == QLatin1String("svg") && !xml.hasError();
    }
    return false;
}

} // namespace situate::test
