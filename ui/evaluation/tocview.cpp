// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/tocview.h"

#include "core/commands/commands.h"
#include "core/evaluation/evidencematrix.h"
#include "core/project.h"
#include "ui/common/imageexport.h"
#include "ui/common/translations.h"
#include "ui/common/widgets.h"
#include "ui/evaluation/tocdiagram.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace situate {

namespace {
// Exports are laid out at one width, whatever the dock's size, so reports look alike.
constexpr int exportWidth = 1600;
} // namespace

TocView::TocView(QWidget* parent)
    : ProjectView(Follow::AfterPause, parent)
    , m_job(
          this, [this] { launch(); },
          [this](Result<TocSnapshot> result, bool) { finished(std::move(result)); }) {
    setObjectName(QStringLiteral("tocView"));
    m_case = choiceBox(QStringLiteral("tocCase"));
    m_case->setMinimumContentsLength(22);
    m_saveSvg = namedButton(QStringLiteral("tocSaveSvg"), tr("SVG…"),
                            tr("Save the diagram as scalable vector graphics, for reports."));
    m_savePng = namedButton(QStringLiteral("tocSavePng"), tr("PNG…"));
    m_busy = busyBar(QStringLiteral("tocBusy"));
    m_status = statusLabel(QStringLiteral("tocStatus"));
    m_diagram = new TocDiagram;
    m_scroll = named<QScrollArea>(QStringLiteral("tocScroll"));
    m_scroll->setWidget(m_diagram);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Counts for:")));
    head->addWidget(m_case);
    head->addWidget(m_status, 1);
    head->addWidget(m_saveSvg);
    head->addWidget(m_savePng);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_busy);
    layout->addWidget(m_scroll, 1);

    connect(m_case, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_diagram->setCaseIndex(index - 1); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(m_savePng, &QPushButton::clicked, this, [this] { exportDialog(false); });
    connect(m_diagram, &TocDiagram::codeClicked, this, &TocView::extractsRequested);
    connect(m_diagram, &TocDiagram::codeMenuRequested, this,
            [this](qint64 codeId, const QPoint& at) {
                QMenu* menu = codeMenu(codeId, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(at);
            });
    m_saveSvg->setEnabled(false);
    m_savePng->setEnabled(false);
}

void TocView::projectReplaced() {
    m_diagram->setSnapshot({});
    reloadCases();
    // Counted now if someone is looking, else when the view is shown.
    if (project())
        refresh();
}

void TocView::refresh() {
    if (!project())
        return;
    if (!isVisible())
        return markStale();
    m_job.start();
}

void TocView::launch() {
    if (!project())
        return finished(Status::failure(tr("No project is open.")));
    m_computing = true;
    m_busy->setVisible(true);
    m_status->setText(tr("Counting…"));
    m_job.run(*project(),
              [](const Storage& s, const std::atomic_bool&) { return readTocSnapshot(s); });
}

void TocView::finished(Result<TocSnapshot> result) {
    m_computing = false;
    m_busy->setVisible(false);
    if (!project())
        return;
    if (!result) {
        m_status->setText(tr("Could not count: %1").arg(result.error()));
    } else {
        const qint64 keep = currentCase();
        m_diagram->setSnapshot(result.take());
        reloadCases();
        setCase(keep);
        m_status->setText(tr("Click a code for its extracts; right-click to change it."));
    }
    m_saveSvg->setEnabled(result.ok());
    m_savePng->setEnabled(result.ok());
    emit computed();
}

void TocView::reloadCases() {
    const QSignalBlocker block(m_case);
    m_case->clear();
    m_case->addItem(tr("All CoPs"), qint64(0));
    for (const TocSnapshot::CaseRef& c : m_diagram->snapshot().cases)
        m_case->addItem(c.name, c.id);
}

void TocView::setCase(qint64 caseId) {
    const int i = std::max(0, m_case->findData(caseId));
    if (i == m_case->currentIndex())
        m_diagram->setCaseIndex(i - 1);
    m_case->setCurrentIndex(i);
}

qint64 TocView::currentCase() const {
    return m_case->currentData().toLongLong();
}

Status TocView::saveSvg(const QString& path) const {
    if (m_diagram->snapshot().chain.isEmpty())
        return Status::failure(tr("There is no diagram to save yet."));
    return situate::saveSvg(
        path, m_diagram->sizeForWidth(exportWidth), tr("Theory of change"),
        [this](QPainter& p, const QSize&) { m_diagram->render(&p, exportWidth); });
}

Status TocView::savePng(const QString& path) const {
    if (m_diagram->snapshot().chain.isEmpty())
        return Status::failure(tr("There is no diagram to save yet."));
    return situate::savePng(
        path, m_diagram->sizeForWidth(exportWidth),
        [this](QPainter& p, const QSize&) { m_diagram->render(&p, exportWidth); });
}

void TocView::exportDialog(bool svg) {
    if (!project())
        return;
    saveImageDialog(
        this, m_status, tr("theory of change"),
        QFileInfo(project()->path()).dir().filePath(project()->name() + QStringLiteral("-toc")),
        svg, [this, svg](const QString& path) { return svg ? saveSvg(path) : savePng(path); });
}

Status TocView::setCodeElement(qint64 codeId, TocElement element) {
    if (!project())
        return Status::failure(tr("No project is open."));
    std::optional<Code> code = project()->storage().code(codeId);
    if (!code)
        return Status::failure(tr("The code no longer exists."));
    if (code->toc == element)
        return {};
    code->toc = element;
    return project()->editKept(tr("Set theory-of-change element of \"%1\"").arg(code->name),
                               [c = *code](Editor& e) { return updateCode(e, c); });
}

Status TocView::setQuestionLink(qint64 codeId, qint64 questionId, bool linked) {
    if (!project())
        return Status::failure(tr("No project is open."));
    const std::optional<Code> code = project()->storage().code(codeId);
    if (!code)
        return Status::failure(tr("The code no longer exists."));
    const bool now = project()->storage().codeQuestionLinkId(codeId, questionId).has_value();
    if (now == linked)
        return {};
    const Result<QVector<ResearchQuestion>> questions = project()->storage().researchQuestions();
    if (!questions)
        return Status::from(questions);
    QString question;
    for (const ResearchQuestion& q : *questions)
        if (q.id == questionId)
            question = q.code;
    const QString text = linked ? tr("Link \"%1\" to %2").arg(code->name, question)
                                : tr("Unlink \"%1\" from %2").arg(code->name, question);
    return project()->editKept(text, [linked, codeId, questionId](Editor& e) {
        return linked ? linkCodeToQuestion(e, codeId, questionId)
                      : unlinkCodeFromQuestion(e, codeId, questionId);
    });
}

QMenu* TocView::codeMenu(qint64 codeId, QWidget* parent) {
    auto* menu = named<QMenu>(QStringLiteral("tocCodeMenu"), parent);
    if (!project())
        return menu;
    const std::optional<Code> code = project()->storage().code(codeId);
    if (!code)
        return menu;
    QAction* extracts = menu->addAction(tr("Show extracts"), this,
                                        [this, codeId] { emit extractsRequested(codeId); });
    extracts->setObjectName(QStringLiteral("tocShowExtracts"));
    menu->addSeparator();
    QMenu* elements = menu->addMenu(tr("Theory-of-change element"));
    elements->setObjectName(QStringLiteral("tocElementMenu"));
    auto* group = new QActionGroup(elements);
    QVector<TocElement> all = {TocElement::None};
    all += tocChain();
    for (TocElement e : all) {
        QAction* a = elements->addAction(e == TocElement::None ? tr("(none)") : tocElementText(e));
        a->setObjectName(QStringLiteral("tocElement_") +
                         (e == TocElement::None ? QStringLiteral("none") : tocElementName(e)));
        a->setCheckable(true);
        a->setChecked(code->toc == e);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, codeId, e] {
            if (Status s = setCodeElement(codeId, e); !s)
                emit failed(s);
        });
    }
    QMenu* questions = menu->addMenu(tr("Research questions"));
    questions->setObjectName(QStringLiteral("tocQuestionMenu"));
    const Result<QHash<qint64, QVector<qint64>>> links = project()->storage().codeQuestionLinks();
    const Result<QVector<ResearchQuestion>> allQuestions =
        links ? project()->storage().researchQuestions()
              : Result<QVector<ResearchQuestion>>(Status::from(links));
    if (!allQuestions) // the menu offers no questions rather than wrong ticks
        emit failed(Status::from(allQuestions));
    const QVector<qint64> linked = links ? links->value(codeId) : QVector<qint64>();
    for (const ResearchQuestion& q : allQuestions ? *allQuestions : QVector<ResearchQuestion>()) {
        QAction* a = questions->addAction(
            q.title.isEmpty() ? q.code : QStringLiteral("%1 · %2").arg(q.code, q.title));
        a->setObjectName(QStringLiteral("tocQuestion_") + q.code);
        a->setCheckable(true);
        a->setChecked(linked.contains(q.id));
        connect(a, &QAction::toggled, this, [this, codeId, id = q.id](bool on) {
            if (Status s = setQuestionLink(codeId, id, on); !s)
                emit failed(s);
        });
    }
    questions->setEnabled(!questions->isEmpty());
    return menu;
}

} // namespace situate
