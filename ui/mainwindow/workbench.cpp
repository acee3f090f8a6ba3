// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's panels read from the open project: the codebook, documents, cases,
// questions, coder boxes and the codings drawn. A read that fails leaves what was shown in
// place and says why (on a server whose connection is gone, the banner says it); it never
// shows an empty project instead.
#include "ui/mainwindow/mainwindow.h"

#include "core/project.h"
#include "ui/cases/casespanel.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/documents/documentspanel.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcounts.h"
#include "ui/questions/questionspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalBlocker>

#include <algorithm>

namespace situate {

void MainWindow::showReadFailure(const Status& failure) {
    // A lost connection is the banner's to tell (once, not a dialog for every read); the
    // panels keep what they showed until the project is connected again and refreshed.
    if (failure.kind() == ErrorKind::ConnectionLost && m_project &&
        (!m_project->isConnected() || m_project->checkConnectionAfterFailure(failure.error())))
        return;
    showFailure(failure);
}

void MainWindow::loadSettingsForProject() {
    QSettings settings;
    m_quickKeys.clear();
    const Result<CodeTree> tree = CodeTree::read(m_project->storage());
    if (!tree)
        showReadFailure(Status::from(tree));
    for (int k = 1; tree && k <= 9; ++k) {
        const QString uuid =
            settings.value(projectKey(QStringLiteral("quickKey%1").arg(k))).toString();
        for (const Code& c : tree->codes()) {
            if (!uuid.isEmpty() && c.uuid == uuid)
                m_quickKeys.insert(k, c.id);
        }
    }
    QString coder = settings.value(projectKey(QStringLiteral("coder"))).toString();
    if (coder.isEmpty()) {
        const Result<QVector<Coder>> coders = m_project->storage().coders();
        if (!coders)
            showReadFailure(Status::from(coders));
        else if (!coders->isEmpty())
            coder = coders->first().name;
    }
    if (coder.isEmpty())
        coder = qEnvironmentVariable("USER", QStringLiteral("Coder"));
    m_coder = coder;
    m_blind = settings.value(projectKey(QStringLiteral("blind")), false).toBool();
    m_shown = Shown::All;
    const QSignalBlocker block(m_blindBox);
    m_blindBox->setChecked(m_blind);
}

QVector<qint64> MainWindow::shownCoderIds() const {
    if (!m_project)
        return {};
    const Storage& s = m_project->storage();
    auto idOf = [&s](const QString& name) {
        return s.coderIdByName(name).value_or(-1);
    };
    if (m_blind || m_shown == Shown::Mine)
        return {idOf(m_coder)};
    if (m_shown == Shown::OneCoder)
        return {idOf(m_shownCoder)};
    return {};
}

void MainWindow::refresh() {
    if (!m_project || m_refreshing)
        return;
    const Storage& s = m_project->storage();
    // What several panels share, read before any of them changes.
    Result<CodeTree> tree = CodeTree::read(s);
    if (!tree)
        return showReadFailure(Status::from(tree));
    const Result<QVector<ResearchQuestion>> questions = s.researchQuestions();
    if (!questions)
        return showReadFailure(Status::from(questions));
    const Result<QHash<qint64, QVector<qint64>>> links = s.codeQuestionLinks();
    if (!links)
        return showReadFailure(Status::from(links));
    m_refreshing = true;
    m_tree = tree.take();
    const QVector<qint64> shown = shownCoderIds();
    // Until a large project's counts arrive from the worker the columns stay blank.
    const bool counted = m_counts->ensure(shown);
    static const QHash<qint64, qint64> none;
    m_codebook->setCodebook(m_tree, counted ? m_counts->byCode() : none, m_quickKeys, *questions,
                            *links);
    Status st = m_documents->setDocuments(s, counted ? m_counts->byDocument() : none);
    m_documents->setCurrentDocument(m_view->documentId());
    if (st)
        st = m_cases->setData(s);
    m_questions->setData(*questions, *links, m_tree);
    if (st)
        st = refreshCoderBoxes();
    if (m_view->documentId() != 0 && !s.documentNameAndLength(m_view->documentId()))
        m_view->clearDocument();
    refreshCodings();
    rebuildRecentMenu();
    updateTitle();
    m_refreshing = false;
    if (!st)
        showReadFailure(st);
}

Status MainWindow::refreshCoderBoxes() {
    const Result<QVector<Coder>> coders = m_project->storage().coders();
    if (!coders)
        return Status::from(coders);
    const QSignalBlocker b1(m_coderBox), b2(m_shownBox);
    m_coderBox->clear();
    QStringList names;
    for (const Coder& c : *coders)
        names << c.name;
    if (!names.contains(m_coder))
        names.prepend(m_coder);
    m_coderBox->addItems(names);
    m_coderBox->setCurrentText(m_coder);
    m_shownBox->clear();
    m_shownBox->addItem(tr("All coders"), static_cast<int>(Shown::All));
    m_shownBox->addItem(tr("My codings"), static_cast<int>(Shown::Mine));
    for (const Coder& c : *coders)
        m_shownBox->addItem(c.name, static_cast<int>(Shown::OneCoder));
    m_shownBox->setCurrentIndex(m_shown == Shown::OneCoder ? m_shownBox->findText(m_shownCoder)
                                                           : static_cast<int>(m_shown));
    m_shownBox->setEnabled(!m_blind);
    return {};
}

void MainWindow::refreshAfterCodingEdit() {
    if (!m_project || m_refreshing)
        return;
    if (!m_counts->ensure(shownCoderIds())) {
        refresh(); // the counts are on their way; ready() refreshes again
        return;
    }
    m_codebook->setCounts(m_counts->byCode());
    m_documents->setCounts(m_counts->byDocument());
    if (Status st = refreshCoderBoxes(); !st)
        showReadFailure(st);
    refreshCodings();
}

void MainWindow::refreshCodings() {
    if (!m_project || m_view->documentId() == 0)
        return;
    const Storage& s = m_project->storage();
    const Result<QVector<Coder>> coderList = s.coders();
    if (!coderList)
        return showReadFailure(Status::from(coderList));
    Result<QVector<Coding>> read = s.codingsForView(m_view->documentId());
    if (!read)
        return showReadFailure(Status::from(read));
    QHash<qint64, QString> names;
    QHash<qint64, QColor> colours;
    for (const Code& c : m_tree.codes()) {
        names.insert(c.id, c.name);
        if (!c.colour.isEmpty())
            colours.insert(c.id, QColor(c.colour));
    }
    QHash<qint64, QString> coders;
    for (const Coder& c : *coderList)
        coders.insert(c.id, c.name);
    m_view->setCodeLook(names, colours);
    m_view->setCoderNames(coders);
    const QVector<qint64> shown = shownCoderIds();
    QVector<Coding> codings = read.take();
    if (!shown.isEmpty())
        codings.erase(std::remove_if(codings.begin(), codings.end(),
                                     [&](const Coding& c) { return !shown.contains(c.coderId); }),
                      codings.end());
    m_view->setCodings(codings);
}

void MainWindow::showDocument(qint64 documentId) {
    if (!m_project)
        return;
    if (documentId == m_view->documentId())
        return;
    saveReadingPosition();
    const auto doc = m_project->storage().document(documentId);
    if (!doc)
        return;
    m_view->showDocument(*doc);
    m_documents->setCurrentDocument(documentId);
    refreshCodings();
}

void MainWindow::openFirstCodedDocument() {
    if (!m_project)
        return;
    const Result<QHash<qint64, qint64>> counts = m_project->storage().codingCountsByDocument();
    if (!counts)
        return showReadFailure(Status::from(counts));
    const Result<QVector<DocumentInfo>> docs = m_project->storage().documents();
    if (!docs)
        return showReadFailure(Status::from(docs));
    for (const DocumentInfo& d : *docs) {
        if (counts->value(d.id) > 0) {
            showDocument(d.id);
            // Show the definition of the first code used there, as a reader would click it.
            const QVector<Coding> codings = m_view->codings();
            if (!codings.isEmpty() && m_codebook->currentCode() == 0)
                m_codebook->setCurrentCode(codings.first().codeId);
            return;
        }
    }
    if (!docs->isEmpty())
        showDocument(docs->first().id);
}

} // namespace situate
