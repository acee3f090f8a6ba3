// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/projectview.h"

#include "core/project.h"

#include <QProgressBar>

namespace situate {

ProjectView::ProjectView(Follow follow, QWidget* parent)
    : QWidget(parent)
    , m_follow(follow) {
    m_pause.setSingleShot(true);
    m_pause.setInterval(400);
    connect(&m_pause, &QTimer::timeout, this, &ProjectView::refreshNow);
}

void ProjectView::setProject(Project* project) {
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_pause.stop();
    m_stale = false;
    if (project)
        connect(project, &Project::changed, this, &ProjectView::projectChanged);
    projectReplaced();
}

Project* ProjectView::project() const {
    return m_project;
}

void ProjectView::projectChanged() {
    projectEdited();
    if (!isVisible())
        markStale(); // a dock hidden or tabbed away hides the view inside it
    else if (m_follow == Follow::AtOnce)
        refresh();
    else
        m_pause.start();
}

void ProjectView::refreshNow() {
    m_pause.stop();
    // Hidden again while the changes went on: a large project's recount would be wasted.
    if (!isVisible()) {
        markStale();
        return;
    }
    m_stale = false;
    refresh();
}

void ProjectView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

QProgressBar* busyBar(const QString& objectName, int height) {
    auto* bar = new QProgressBar;
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setMaximumHeight(height);
    bar->setTextVisible(false);
    bar->setVisible(false);
    return bar;
}

} // namespace situate
