// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/frequency.h"
#include "core/codetree.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/maturity.h"
#include "core/project.h"
#include "core/query/savedqueries.h"
#include "tests/support/demoproject.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/documentview/documentview.h"
#include "ui/evaluation/evidencemodel.h"
#include "ui/evaluation/evidenceview.h"
#include "ui/evaluation/maturityview.h"
#include "ui/evaluation/tocdiagram.h"
#include "ui/evaluation/tocview.h"
#include "ui/mainwindow/analysisdockscontroller.h"
#include "ui/mainwindow/evaluationdockscontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;
using test::codingsInCase;
using test::looksLikeSvg;
using test::waitFor;

namespace {

/// The demo project open in a real main window at the screenshot size, messages captured.
struct Fixture : test::DocumentWindow {
    /// A picture of the window with the dock given most of the height, for looking at.
    void grab(const char* dockName, const QString& file) {
        // The code details' form is tall; without it the dock can take most of the height.
        auto* codebook = find<QDockWidget>("codebookDock");
        codebook->hide();
        window.resizeDocks({find<QDockWidget>(dockName)}, {700}, Qt::Vertical);
        QTest::qWait(50); // let layouts catch up before the picture
        window.grab().save(file);
        codebook->show();
    }
    /// The evidence dock shown and its matrix computed.
    EvidenceView* openEvidence() {
        openDock("evidenceDock");
        EvidenceView* view = window.evaluation()->evidenceView();
        waitFor([&] { return !view->isComputing() && view->model()->rowCount() > 0; });
        return view;
    }
    void undo() {
        QAction* undo = find<QAction>("undoAction");
        REQUIRE(undo->isEnabled());
        undo->trigger();
    }
};

} // namespace

TEST_CASE("evaluation ui: the theory of change shows each element's codes with their counts") {
    Fixture f;
    f.openDock("tocDock");
    TocView* view = f.window.evaluation()->tocView();
    auto* diagram = f.find<TocDiagram>("tocDiagram");
    waitFor([&] { return !view->isComputing() && !diagram->shownRows().isEmpty(); });

    // The boxes hold exactly the codes whose element they show, in codebook order; a code
    // that only heads sub-codes of its own element (no codings of its own) is left out.
    const CodeTree tree(f.storage().codes().value());
    const QHash<qint64, qint64> perCode = f.storage().codingCountsByCode().value();
    QVector<qint64> expected;
    for (TocElement e : tocChain()) {
        std::function<void(qint64)> visit = [&](qint64 parent) {
            for (qint64 id : tree.children(parent)) {
                const Code* c = tree.find(id);
                bool heading = perCode.value(id) == 0;
                if (heading) {
                    heading = false;
                    for (qint64 child : tree.children(id))
                        heading = heading || tree.find(child)->toc == c->toc;
                }
                if (c->toc == e && !heading)
                    expected << id;
                visit(id);
            }
        };
        visit(0);
    }
    QVector<qint64> shown;
    for (const TocDiagram::ShownRow& r : diagram->shownRows())
        shown << r.codeId;
    CHECK(shown == expected);
    // Spot checks against the demo codebook: "Mechanisms/Peer learning" sits in the
    // Mechanisms box and serves RQ2 and EQ3; the "Context" heading is not listed.
    const qint64 peer = f.codeId(QStringLiteral("Mechanisms/Peer learning"));
    bool found = false;
    for (const TocDiagram::ShownRow& r : diagram->shownRows()) {
        if (r.codeId == peer) {
            found = true;
            CHECK(tocElementName(r.element) == QStringLiteral("mechanism"));
            CHECK(r.questions == QStringList{QStringLiteral("RQ2"), QStringLiteral("EQ3")});
        }
    }
    CHECK(found);
    CHECK_FALSE(shown.contains(f.codeId(QStringLiteral("Context"))));

    // All CoPs: each count is the code's number of codings (sub-codes not included).
    qint64 sum = 0;
    for (const TocDiagram::ShownRow& r : diagram->shownRows()) {
        CHECK(r.count == perCode.value(r.codeId));
        sum += r.count;
    }
    CHECK(sum > 0);

    // One CoP: the counts follow the combo, and match both the frequency matrix and a count
    // straight from the codings. The CoP chosen is the one with the most codings.
    FrequencyRequest request;
    request.by = Dimension::Case;
    const auto matrix = frequencyMatrix(f.storage(), request);
    REQUIRE(matrix.ok());
    qsizetype best = 0;
    for (qsizetype c = 1; c < matrix->columns.size(); ++c)
        if (matrix->columnTotals[c].codings > matrix->columnTotals[best].codings)
            best = c;
    const qint64 caseId = matrix->columns[best].id;
    auto* combo = f.find<QComboBox>("tocCase");
    const int index = combo->findData(caseId);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype r = 0; r < matrix->rows.size(); ++r)
        rowOf.insert(matrix->rows[r].codeId, r);
    int differs = 0;
    for (const TocDiagram::ShownRow& r : diagram->shownRows()) {
        CHECK(r.count == matrix->cell(rowOf.value(r.codeId), best).codings);
        CHECK(r.count == codingsInCase(f.storage(), r.codeId, caseId));
        differs += r.count != perCode.value(r.codeId);
    }
    // The demo codes transcripts of several CoPs, so one CoP's counts are not all of them.
    CHECK(differs > 0);

    f.grab("tocDock", QStringLiteral("/tmp/toc.png"));

    // Clicking a code lists its extracts.
    const QRectF rect = diagram->codeRect(peer);
    REQUIRE_FALSE(rect.isEmpty());
    QTest::mouseClick(diagram, Qt::LeftButton, {}, rect.center().toPoint());
    auto* browser = f.window.analysis()->extractsBrowser();
    CHECK(f.find<QDockWidget>("extractsDock")->isVisible());
    CHECK(browser->query().codeIds == QVector<qint64>{peer});
    waitFor([&] { return !browser->isLoading(); });
}

TEST_CASE("evaluation ui: the theory of change exports as SVG and PNG") {
    Fixture f;
    f.openDock("tocDock");
    TocView* view = f.window.evaluation()->tocView();
    waitFor([&] { return !view->isComputing() && !view->diagram()->shownRows().isEmpty(); });
    const QString svg = f.dir.filePath(QStringLiteral("toc.svg"));
    const QString png = f.dir.filePath(QStringLiteral("toc.png"));
    REQUIRE(view->saveSvg(svg).ok());
    REQUIRE(view->savePng(png).ok());
    CHECK(looksLikeSvg(svg));
    // The SVG carries the boxes' titles and the code names as text.
    const QByteArray bytes = test::readFile(svg);
    CHECK(bytes.contains("Mechanisms"));
    CHECK(bytes.contains("Peer learning"));
    for (const QString& made : {svg, png}) { // copies to look at
        const QString look = QStringLiteral("/tmp/toc-export.") + QFileInfo(made).suffix();
        QFile::remove(look);
        QFile::copy(made, look);
    }
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    // Laid out 1600 wide at twice the pixels.
    CHECK(image.width() == 3200);
    CHECK(image.height() > 400);
    // A place the diagram cannot write is an error, not a crash.
    CHECK_FALSE(view->savePng(f.dir.filePath(QStringLiteral("no/such/dir/toc.png"))).ok());
}

TEST_CASE("evaluation ui: a code's element and questions change from the diagram, undoably") {
    Fixture f;
    f.openDock("tocDock");
    TocView* view = f.window.evaluation()->tocView();
    auto* diagram = view->diagram();
    waitFor([&] { return !view->isComputing() && !diagram->shownRows().isEmpty(); });
    const qint64 peer = f.codeId(QStringLiteral("Mechanisms/Peer learning"));
    const auto elementShown = [&] {
        for (const TocDiagram::ShownRow& r : diagram->shownRows())
            if (r.codeId == peer)
                return tocElementName(r.element);
        return QString();
    };
    const int steps = f.window.project()->undoStack()->count();

    std::unique_ptr<QMenu> menu(view->codeMenu(peer, nullptr));
    auto* toOutput = menu->findChild<QAction*>(QStringLiteral("tocElement_output"));
    REQUIRE(toOutput);
    CHECK_FALSE(toOutput->isChecked());
    CHECK(menu->findChild<QAction*>(QStringLiteral("tocElement_mechanism"))->isChecked());
    toOutput->trigger();
    CHECK(tocElementName(f.storage().code(peer)->toc) == QStringLiteral("output"));
    CHECK(f.window.project()->undoStack()->count() == steps + 1);
    waitFor([&] { return elementShown() == QStringLiteral("output"); });

    f.undo();
    CHECK(tocElementName(f.storage().code(peer)->toc) == QStringLiteral("mechanism"));
    waitFor([&] { return elementShown() == QStringLiteral("mechanism"); });

    // Questions: EQ3 is linked; unticking it unlinks, ticking EQ1 links, each one step.
    menu.reset(view->codeMenu(peer, nullptr));
    auto* eq3 = menu->findChild<QAction*>(QStringLiteral("tocQuestion_EQ3"));
    auto* eq1 = menu->findChild<QAction*>(QStringLiteral("tocQuestion_EQ1"));
    REQUIRE(eq3);
    REQUIRE(eq1);
    CHECK(eq3->isChecked());
    CHECK_FALSE(eq1->isChecked());
    const qint64 eq3Id = *f.storage().questionIdByCode(QStringLiteral("EQ3"));
    const qint64 eq1Id = *f.storage().questionIdByCode(QStringLiteral("EQ1"));
    eq3->trigger();
    CHECK_FALSE(f.storage().codeQuestionLinkId(peer, eq3Id).has_value());
    eq1->trigger();
    CHECK(f.storage().codeQuestionLinkId(peer, eq1Id).has_value());
    CHECK(f.window.project()->undoStack()->count() == steps + 2);
    waitFor([&] {
        const TocSnapshot::Code* c = diagram->snapshot().find(peer);
        return c && c->questions == QStringList{QStringLiteral("RQ2"), QStringLiteral("EQ1")};
    });
    f.undo();
    CHECK_FALSE(f.storage().codeQuestionLinkId(peer, eq1Id).has_value());
    f.undo();
    CHECK(f.storage().codeQuestionLinkId(peer, eq3Id).has_value());
    CHECK(f.messages.isEmpty());
}

TEST_CASE("evaluation ui: the evidence matrix shows core's cells, gaps and extracts") {
    Fixture f;
    EvidenceView* view = f.openEvidence();
    EvidenceModel* model = view->model();

    // Research questions x CoPs, as core builds it, cell by cell, plus a Total column.
    const auto expected = evidenceMatrix(f.storage(), EvidenceRequest{});
    REQUIRE(expected.ok());
    REQUIRE(model->rowCount() == expected->rows.size());
    REQUIRE(model->columnCount() == expected->columns.size() + 1);
    CHECK(expected->rows.size() == 6);    // RQ1, RQ2, EQ1-EQ4
    CHECK(expected->columns.size() == 7); // the seven CoPs
    int gaps = 0, filled = 0;
    for (int r = 0; r < expected->rows.size(); ++r) {
        for (int c = 0; c < expected->columns.size(); ++c) {
            const EvidenceCell& cell = expected->cell(r, c);
            const QModelIndex i = model->index(r, c);
            CHECK(i.data(EvidenceModel::CodingsRole).toLongLong() == cell.codings);
            CHECK(i.data(EvidenceModel::DocumentsRole).toLongLong() == cell.documents);
            CHECK(i.data(EvidenceModel::GapRole).toBool() == (cell.codings == 0));
            (cell.codings == 0 ? gaps : filled) += 1;
        }
        CHECK(model->index(r, int(expected->columns.size()))
                  .data(EvidenceModel::CodingsRole)
                  .toLongLong() == expected->rowTotals[r].codings);
    }
    // The demo codes 4 of its 14 transcripts, so some CoPs have no evidence at all: gaps.
    CHECK(gaps > 0);
    CHECK(filled > 0);

    // Independently of core: a question's cell counts the codings of its linked codes in the
    // CoP's documents (no roll-up by default).
    const QHash<qint64, QVector<qint64>> links = f.storage().codeQuestionLinks().value();
    for (int r = 0; r < expected->rows.size(); ++r) {
        for (int c = 0; c < expected->columns.size(); ++c) {
            const QVector<qint64> docs =
                f.storage().documentsOfCase(expected->columns[c].id).value();
            qint64 n = 0;
            for (const Coding& coding : f.storage().allCodings().value())
                n += links.value(coding.codeId).contains(expected->rows[r].id) &&
                     docs.contains(coding.documentId);
            CHECK(model->index(r, c).data(EvidenceModel::CodingsRole).toLongLong() == n);
        }
    }

    // The fullest cell lists exactly its codings.
    int bestRow = 0, bestColumn = 0;
    for (int r = 0; r < expected->rows.size(); ++r)
        for (int c = 0; c < expected->columns.size(); ++c)
            if (expected->cell(r, c).codings > expected->cell(bestRow, bestColumn).codings) {
                bestRow = r;
                bestColumn = c;
            }
    view->selectCell(bestRow, bestColumn);
    waitFor([&] { return !view->isLoadingExtracts() && !view->listedExtracts().isEmpty(); });
    QSet<qint64> listed;
    for (const Extract& x : view->listedExtracts())
        listed.insert(x.codingId);
    const QVector<qint64> ids = expected->cell(bestRow, bestColumn).codingIds;
    CHECK(listed == QSet<qint64>(ids.begin(), ids.end()));
    CHECK(f.find<QListWidget>("evidenceExtracts")->count() == ids.size());

    // Rows by ToC element: the same rows as core's.
    auto* rows = f.find<QComboBox>("evidenceRows");
    rows->setCurrentIndex(rows->findData(int(EvidenceRowKind::TocElement)));
    waitFor([&] {
        return !view->isComputing() && view->shownRequest().rows == EvidenceRowKind::TocElement;
    });
    EvidenceRequest byToc;
    byToc.rows = EvidenceRowKind::TocElement;
    const auto toc = evidenceMatrix(f.storage(), byToc);
    REQUIRE(toc.ok());
    REQUIRE(model->rowCount() == toc->rows.size());
    for (int r = 0; r < toc->rows.size(); ++r) {
        CHECK(model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString() == toc->rows[r].label);
        for (int c = 0; c < toc->columns.size(); ++c)
            CHECK(model->index(r, c).data(EvidenceModel::CodingsRole).toLongLong() ==
                  toc->cell(r, c).codings);
    }
    f.grab("evidenceDock", QStringLiteral("/tmp/evidence-toc.png"));

    // Columns by a case attribute (the demo's "maturity_self_assessed"): one column per value.
    const auto attribute =
        f.storage().attributeByName(AttributeScope::Case, QStringLiteral("maturity_self_assessed"));
    REQUIRE(attribute);
    auto* columns = f.find<QComboBox>("evidenceColumns");
    columns->setCurrentIndex(columns->findData(attribute->id));
    waitFor([&] {
        return !view->isComputing() &&
               view->shownRequest().columns == EvidenceColumnKind::Attribute;
    });
    EvidenceRequest byValue = byToc;
    byValue.columns = EvidenceColumnKind::Attribute;
    byValue.attributeId = attribute->id;
    const auto values = evidenceMatrix(f.storage(), byValue);
    REQUIRE(values.ok());
    REQUIRE(model->columnCount() == values->columns.size() + 1);
    for (int c = 0; c < values->columns.size(); ++c)
        CHECK(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() ==
              values->columns[c].label);
    for (int r = 0; r < values->rows.size(); ++r)
        for (int c = 0; c < values->columns.size(); ++c) {
            CHECK(model->index(r, c).data(EvidenceModel::CodingsRole).toLongLong() ==
                  values->cell(r, c).codings);
            CHECK(model->index(r, c).data(EvidenceModel::CasesRole).toLongLong() ==
                  values->cell(r, c).cases);
        }
}

TEST_CASE("evaluation ui: a cell's summary is saved as one undo step and undone") {
    Fixture f;
    EvidenceView* view = f.openEvidence();
    EvidenceModel* model = view->model();
    const auto initial = evidenceSummaries(f.storage());
    REQUIRE(initial.ok());
    const int steps = f.window.project()->undoStack()->count();

    // The demo ships some summaries; take the first cell without one (gaps can hold one too:
    // "nothing here, because ...").
    int row = -1, column = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        for (int c = 0; c + 1 < model->columnCount() && row < 0; ++c)
            if (model->index(r, c).data(EvidenceModel::SummaryRole).toString().isEmpty()) {
                row = r;
                column = c;
            }
    REQUIRE(row >= 0);
    CHECK(initial->size() > 0);
    view->selectCell(row, column);
    auto* editor = f.find<QPlainTextEdit>("evidenceSummary");
    auto* save = f.find<QPushButton>("evidenceSaveSummary");
    CHECK_FALSE(save->isEnabled());
    const QString text = QStringLiteral("Members describe the monthly huddle as the engine.");
    editor->setPlainText(text);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(f.messages.isEmpty());
    CHECK(f.window.project()->undoStack()->count() == steps + 1);
    auto stored = evidenceSummaries(f.storage());
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == initial->size() + 1);
    bool found = false;
    for (const EvidenceSummary& x : *stored)
        if (x.row == model->matrix().rows[row].ref &&
            x.column == model->matrix().columns[column].ref) {
            found = true;
            CHECK(x.text == text);
        }
    CHECK(found);
    // The matrix recounts and shows the summary in its cell; the selection stays put.
    waitFor([&] {
        return !view->isComputing() &&
               model->index(row, column).data(EvidenceModel::SummaryRole).toString() == text;
    });
    CHECK(f.find<QTableView>("evidenceTable")->currentIndex() == model->index(row, column));
    f.grab("evidenceDock", QStringLiteral("/tmp/evidence-summary.png"));

    f.undo();
    CHECK(evidenceSummaries(f.storage())->size() == initial->size());
    waitFor([&] {
        return !view->isComputing() &&
               model->index(row, column).data(EvidenceModel::SummaryRole).toString().isEmpty();
    });
    CHECK(editor->toPlainText().isEmpty());
}

TEST_CASE("evaluation ui: maturity ratings are rated, compared and agreed, each undoable") {
    Fixture f;
    f.openDock("maturityDock");
    MaturityView* view = f.window.evaluation()->maturityView();
    auto* table = f.find<QTableWidget>("maturityTable");
    auto* levels = f.find<QTableWidget>("maturityLevels");
    const QVector<MaturityLevel> model = maturityLevels(f.storage());
    REQUIRE(model.size() == 5); // the reference case's five levels ship with the demo
    REQUIRE(levels->rowCount() == 5);
    CHECK(levels->item(0, 1)->text() == model[0].descriptor);
    const QVector<Case> cases = f.storage().cases().value();
    REQUIRE(table->rowCount() == cases.size());
    // Columns: coders by name, then the consensus.
    REQUIRE(table->columnCount() == f.storage().coders().value().size() + 1);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Aisha"));
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Ben"));
    const int aisha = 0, ben = 1, consensus = view->consensusColumn();
    // The demo's coders rated every CoP; take the first CoP without a consensus yet.
    int row = -1;
    for (int r = 0; r < cases.size() && row < 0; ++r) {
        bool agreed = false;
        for (const ConsensusRating& c : consensusRatings(f.storage()))
            agreed = agreed || c.caseId == cases[r].id;
        if (!agreed)
            row = r;
    }
    REQUIRE(row >= 0);
    const qint64 caseId = cases[row].id;
    const auto ratingOf = [&](const QString& coder) -> std::optional<MaturityRating> {
        for (const MaturityRating& m : maturityRatings(f.storage()))
            if (m.caseId == caseId && m.coderName == coder)
                return m;
        return std::nullopt;
    };
    const std::optional<MaturityRating> before = ratingOf(QStringLiteral("Aisha"));
    const std::optional<MaturityRating> benBefore = ratingOf(QStringLiteral("Ben"));
    REQUIRE(before);
    REQUIRE(benBefore);
    const int steps = f.window.project()->undoStack()->count();

    // The editor shows Aisha's stored rating.
    view->selectCell(row, aisha);
    auto* level = f.find<QComboBox>("maturityLevel");
    auto* rationale = f.find<QPlainTextEdit>("maturityRationale");
    CHECK(level->currentData().toInt() == before->level);
    CHECK(rationale->toPlainText() == before->rationale);
    CHECK(view->editorEvidence() == before->codingIds);
    CHECK(table->item(row, aisha)->data(Qt::UserRole).toInt() == before->level);

    // She changes it to another level, with a new rationale and the coding selected in the
    // document as further evidence: one undo step.
    const int newLevel = before->level == 5 ? 4 : before->level + 1;
    const QVector<Coding> codings =
        f.storage().codings(f.window.documentView()->documentId()).value();
    REQUIRE_FALSE(codings.isEmpty());
    qint64 extra = 0;
    for (const Coding& c : codings)
        if (!before->codingIds.contains(c.id) && extra == 0)
            extra = c.id;
    REQUIRE(extra != 0);
    f.window.documentView()->selectCoding(extra);
    level->setCurrentIndex(level->findData(newLevel));
    CHECK(f.find<QLabel>("maturityDescriptor")->text() == model[newLevel - 1].descriptor);
    rationale->setPlainText(QStringLiteral("Joint projects, and first signs of spread."));
    QTest::mouseClick(f.find<QPushButton>("maturityAddCoding"), Qt::LeftButton);
    CHECK(view->editorEvidence().contains(extra));
    QTest::mouseClick(f.find<QPushButton>("maturitySave"), Qt::LeftButton);
    CHECK(f.messages.isEmpty());
    CHECK(f.window.project()->undoStack()->count() == steps + 1);
    REQUIRE(ratingOf(QStringLiteral("Aisha")));
    CHECK(ratingOf(QStringLiteral("Aisha"))->level == newLevel);
    CHECK(ratingOf(QStringLiteral("Aisha"))->rationale ==
          QStringLiteral("Joint projects, and first signs of spread."));
    QVector<qint64> evidence = before->codingIds;
    evidence << extra;
    std::sort(evidence.begin(), evidence.end());
    CHECK(ratingOf(QStringLiteral("Aisha"))->codingIds == evidence);
    CHECK(table->item(row, aisha)->data(Qt::UserRole).toInt() == newLevel);

    // Ben's rating changes too; the agreement shown is core's for the ratings now stored.
    view->selectCell(row, ben);
    level->setCurrentIndex(level->findData(newLevel));
    QTest::mouseClick(f.find<QPushButton>("maturitySave"), Qt::LeftButton);
    CHECK(ratingOf(QStringLiteral("Ben"))->level == newLevel);
    const auto agreement = ratingAgreement(f.storage());
    REQUIRE(agreement.ok());
    CHECK(view->agreement().exactAgreements == agreement->exactAgreements);
    const QString label = f.find<QLabel>("maturityAgreement")->text();
    CHECK(label.contains(QStringLiteral("Krippendorff")));
    REQUIRE(agreement->krippendorffAlphaOrdinal.defined());
    CHECK(label.contains(QLocale().toString(*agreement->krippendorffAlphaOrdinal.value, 'f', 2)));
    REQUIRE(agreement->weightedKappaLinear.defined());
    CHECK(label.contains(QLocale().toString(*agreement->weightedKappaLinear.value, 'f', 2)));

    // The consensus, with its reasoning.
    view->selectCell(row, consensus);
    CHECK(f.find<QPushButton>("maturitySave")->text() == QStringLiteral("Record consensus"));
    level->setCurrentIndex(level->findData(newLevel));
    rationale->setPlainText(QStringLiteral("Spread is planned, not yet seen."));
    QTest::mouseClick(f.find<QPushButton>("maturitySave"), Qt::LeftButton);
    CHECK(f.window.project()->undoStack()->count() == steps + 3);
    bool agreed = false;
    for (const ConsensusRating& c : consensusRatings(f.storage()))
        if (c.caseId == caseId) {
            agreed = true;
            CHECK(c.level == newLevel);
            CHECK(c.reasoning == QStringLiteral("Spread is planned, not yet seen."));
        }
    CHECK(agreed);
    CHECK(table->item(row, consensus)->data(Qt::UserRole).toInt() == newLevel);
    f.grab("maturityDock", QStringLiteral("/tmp/maturity.png"));

    // Undo takes them back one at a time.
    f.undo();
    for (const ConsensusRating& c : consensusRatings(f.storage()))
        CHECK(c.caseId != caseId);
    CHECK(table->item(row, consensus)->data(Qt::UserRole).toInt() == 0);
    f.undo();
    CHECK(ratingOf(QStringLiteral("Ben"))->level == benBefore->level);
    f.undo();
    CHECK(ratingOf(QStringLiteral("Aisha"))->level == before->level);
    CHECK(ratingOf(QStringLiteral("Aisha"))->rationale == before->rationale);
    CHECK(ratingOf(QStringLiteral("Aisha"))->codingIds == before->codingIds);
    CHECK(table->item(row, aisha)->data(Qt::UserRole).toInt() == before->level);
}

TEST_CASE("evaluation ui: saved queries as evidence rows, their cells' extracts and no summary") {
    Fixture f;
    EvidenceView* view = f.openEvidence();
    EvidenceModel* model = view->model();
    const QString text = QStringLiteral("tree \"Enablers and barriers\" in turn tree \"Outcomes\"");
    REQUIRE(f.window.project()
                ->edit(QStringLiteral("Save query"),
                       [&](Editor& e) {
                           return query::saveQuery(e, QStringLiteral("barriers by outcomes"), text);
                       })
                .ok());
    auto* rows = f.find<QComboBox>("evidenceRows");
    rows->setCurrentIndex(rows->findData(int(EvidenceRowKind::Query)));
    waitFor([&] {
        return !view->isComputing() && view->shownRequest().rows == EvidenceRowKind::Query;
    });

    EvidenceRequest byQuery;
    byQuery.rows = EvidenceRowKind::Query;
    byQuery.queries = query::savedQueryRuns(f.storage()).value();
    const auto expected = evidenceMatrix(f.storage(), byQuery);
    REQUIRE(expected.ok());
    REQUIRE(model->rowCount() == 1);
    CHECK(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString() ==
          QStringLiteral("barriers by outcomes"));
    int best = 0;
    for (int c = 0; c < expected->columns.size(); ++c) {
        CHECK(model->index(0, c).data(EvidenceModel::CodingsRole).toLongLong() ==
              expected->cell(0, c).codings);
        if (expected->cell(0, c).codings > expected->cell(0, best).codings)
            best = c;
    }
    REQUIRE(expected->cell(0, best).codings > 0);

    // The fullest cell lists exactly the codings that share a character with the result there;
    // a query row keeps no summary, so the editor is off.
    view->selectCell(0, best);
    waitFor([&] { return !view->isLoadingExtracts() && !view->listedExtracts().isEmpty(); });
    QSet<qint64> listed;
    for (const Extract& x : view->listedExtracts())
        listed.insert(x.codingId);
    const QVector<qint64> ids = expected->cell(0, best).codingIds;
    CHECK(listed == QSet<qint64>(ids.begin(), ids.end()));
    CHECK_FALSE(f.find<QPlainTextEdit>("evidenceSummary")->isEnabled());
    f.grab("evidenceDock", QStringLiteral("/tmp/evidence-queries.png"));
}
