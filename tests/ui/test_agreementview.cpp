// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/reconciliation.h"
#include "core/codetree.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/demoproject.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "ui/agreement/agreementtable.h"
#include "ui/agreement/agreementview.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <memory>

using namespace situate;

namespace {

/// The demo project opened as the main window would, shown in an agreement view.
struct Fixture : test::TestSettings, test::DemoProject {
    AgreementView view; // after the project, so it goes first

    Fixture() {
        view.resize(1400, 900);
        view.show();
        view.setProject(project.get());
    }

    template <typename T> T* find(const char* name) {
        T* w = view.findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    AgreementTable* table() { return find<AgreementTable>("agreementTable"); }
    QTableView* list() { return find<QTableView>("agreementDisagreements"); }
    int rows() { return list()->model()->rowCount(); }
    QString cell(int row, int column) {
        return list()->model()->index(row, column).data().toString();
    }
    int currentRow() { return list()->currentIndex().row(); }
    /// Clicks a place in the disagreement list, scrolled into view first.
    void selectPlace(int row) {
        const QModelIndex index = list()->model()->index(row, 0);
        REQUIRE(index.isValid());
        list()->scrollTo(index);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                          list()->visualRect(index).center());
        REQUIRE(currentRow() == row);
    }
    qint64 coderId(const QString& name) const { return storage().coderIdByName(name).value_or(0); }
    qint64 codeId(const QString& path) const {
        return CodeTree(storage().codes().value()).idByPath(path).value_or(0);
    }

    void tickCoder(const QString& name) {
        auto* coders = find<QListWidget>("agreementCoders");
        const auto items = coders->findItems(name, Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        // A click on the row's text, not on the small box, ticks it.
        QTest::mouseClick(coders->viewport(), Qt::LeftButton, {},
                          coders->visualItemRect(items.first()).center());
        REQUIRE(items.first()->checkState() == Qt::Checked);
    }
    void chooseUnit(const QString& text) {
        auto* unit = find<QComboBox>("agreementUnit");
        const int i = unit->findText(text);
        REQUIRE(i >= 0);
        unit->setCurrentIndex(i);
    }
    /// Presses Compute and waits for the computation to finish.
    void computeAndWait() {
        QSignalSpy spy(&view, &AgreementView::computed);
        auto* compute = find<QPushButton>("agreementCompute");
        REQUIRE(compute->isEnabled());
        QTest::mouseClick(compute, Qt::LeftButton);
        // Until the worker's result arrives through the event loop, the view shows it is busy.
        if (spy.isEmpty()) {
            CHECK(find<QProgressBar>("agreementBusy")->isVisible());
            CHECK(find<QPushButton>("agreementCancel")->isEnabled());
            REQUIRE(spy.wait(120000));
        }
        CHECK_FALSE(view.isComputing());
        CHECK_FALSE(find<QProgressBar>("agreementBusy")->isVisible());
        CHECK_FALSE(find<QPushButton>("agreementCancel")->isEnabled());
    }
    AgreementResult expected(AgreementUnit unit, const QString& group = {}) const {
        AgreementRequest r;
        r.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
        r.unit = unit;
        r.group = group;
        auto result = computeAgreement(storage(), r);
        REQUIRE(result.ok());
        return result.take();
    }
    void selectRow(QTreeWidget* tree, QTreeWidgetItem* item) {
        REQUIRE(item);
        if (item->parent())
            item->parent()->setExpanded(true);
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(item).center());
        REQUIRE(tree->currentItem() == item);
    }
    QVector<Span> consensusSpans(const Disagreement& d) const {
        QVector<Span> out;
        const qint64 consensus = coderId(AgreementView::consensusCoderName());
        for (const Coding& c : storage().codings(d.documentId).value())
            if (consensus && c.coderId == consensus && c.codeId == d.codeId)
                out.append({c.start, c.end});
        return mergedSpans(out);
    }
};

QString count(qint64 n) {
    return QLocale().toString(n);
}
QString fixed(const Coefficient& c, int decimals) {
    return c.defined() ? QLocale().toString(*c.value, 'f', decimals)
                       : AgreementTable::undefinedMark();
}

QVector<Span> spansOf(const QVector<Coding>& codings) {
    QVector<Span> out;
    for (const Coding& c : codings)
        out.append({c.start, c.end});
    return mergedSpans(out);
}

/// The table row shows exactly the numbers computeAgreement gives for the same request.
void checkSpanRow(AgreementTable* table, QTreeWidgetItem* item, const AgreementResult& result,
                  const SpanRow& row) {
    REQUIRE(item);
    const SpanCoefficients k = result.coefficients(row);
    const auto cell = [&](const char* key) {
        const int c = table->column(QLatin1String(key));
        REQUIRE(c > 0);
        return item->text(c);
    };
    CHECK(cell("n") == count(row.characters.n()));
    CHECK(cell("both") == count(row.characters.both));
    CHECK(cell("only_first") == count(row.characters.onlyFirst));
    CHECK(cell("only_second") == count(row.characters.onlySecond));
    CHECK(cell("neither") == count(row.characters.neither));
    CHECK(cell("percent_agreement") == fixed(k.percentAgreement, 1));
    CHECK(cell("cohen_kappa") == fixed(k.cohenKappa, 3));
    CHECK(cell("krippendorff_alpha") == fixed(k.krippendorffAlpha, 3));
}

/// A code's row for one document, the code unfolded first as a user would (its rows per
/// document are made then).
QTreeWidgetItem* documentItem(QTreeWidgetItem* codeRow, const QString& document) {
    if (codeRow)
        codeRow->setExpanded(true);
    for (int i = 0; codeRow && i < codeRow->childCount(); ++i)
        if (codeRow->child(i)->data(0, AgreementTable::DocumentRole).toString() == document)
            return codeRow->child(i);
    return nullptr;
}

/// What `write` exports to `path`, read back as CSV; fails the test if either step fails.
template <typename Write> csv::Table exportedCsv(const QString& path, Write write) {
    REQUIRE(write(path).ok());
    auto table = csv::readFile(path);
    REQUIRE(table.ok());
    return *table;
}

} // namespace

TEST_CASE("agreement view: coders ticked by clicking, computed off the GUI thread, the same "
          "numbers as computeAgreement") {
    Fixture f;
    CHECK_FALSE(f.find<QPushButton>("agreementCompute")->isEnabled()); // no coders ticked yet
    CHECK_FALSE(f.view.exportTable(f.dir.filePath(QStringLiteral("early.csv"))).ok());
    f.tickCoder(QStringLiteral("Aisha"));
    f.tickCoder(QStringLiteral("Ben"));
    f.computeAndWait();

    const AgreementResult expected = f.expected(AgreementUnit::Character);
    AgreementTable* table = f.table();
    REQUIRE(table->topLevelItemCount() == expected.codeRows.size() + 1);
    checkSpanRow(table, table->codeItem(QString()), expected, expected.overall);
    for (const SpanRow& row : expected.codeRows)
        checkSpanRow(table, table->codeItem(expected.codeName(row)), expected, row);
    for (const SpanRow& row : expected.rows)
        checkSpanRow(
            table,
            documentItem(table->codeItem(expected.codeName(row)), expected.documentName(row)),
            expected, row);

    // One cell checked by hand, from the demo's codings of Psychological safety in
    // duty-of-candour-1-sponsor: a = both 181, b = only Aisha 97, c = only Ben 277,
    // d = neither 6696, n = 7251. Agreement (181 + 6696) / 7251 = 94.84%. Cohen's kappa
    // 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)) = 2(1211976 - 26869) / (278*6793 + 458*6973)
    // = 2370214 / 5082088 = 0.4664.
    QTreeWidgetItem* safety =
        documentItem(table->codeItem(QStringLiteral("Mechanisms/Psychological safety")),
                     QStringLiteral("duty-of-candour-1-sponsor"));
    REQUIRE(safety);
    CHECK(safety->text(table->column(QStringLiteral("both"))) == count(181));
    CHECK(safety->text(table->column(QStringLiteral("only_first"))) == count(97));
    CHECK(safety->text(table->column(QStringLiteral("only_second"))) == count(277));
    CHECK(safety->text(table->column(QStringLiteral("neither"))) == count(6696));
    CHECK(safety->text(table->column(QStringLiteral("percent_agreement"))) ==
          QLocale().toString(94.8, 'f', 1));
    CHECK(safety->data(table->column(QStringLiteral("cohen_kappa")), AgreementTable::ValueRole)
              .toDouble() == Approx(2370214.0 / 5082088.0));
    CHECK(safety->text(table->column(QStringLiteral("cohen_kappa"))) ==
          QLocale().toString(0.466, 'f', 3));

    // Headers explain themselves and name the coders.
    const int kappa = table->column(QStringLiteral("cohen_kappa"));
    CHECK(table->headerItem()->toolTip(kappa).contains(QStringLiteral("chance")));
    CHECK(table->headerItem()->text(table->column(QStringLiteral("only_first"))) ==
          QStringLiteral("Only Aisha"));
    CHECK(f.find<QLabel>("agreementSummary")->text().contains(QStringLiteral("Aisha")));
}

TEST_CASE("agreement view: an undefined value reads as the undefined mark with its reason") {
    Fixture f;
    f.tickCoder(QStringLiteral("Aisha"));
    f.tickCoder(QStringLiteral("Ben"));
    f.computeAndWait();
    const AgreementResult expected = f.expected(AgreementUnit::Character);
    // A (document, code) pair neither coder coded: every character is "neither", so chance
    // agreement is 1 and kappa is undefined.
    const auto undefinedRow =
        std::find_if(expected.rows.cbegin(), expected.rows.cend(), [&](const SpanRow& r) {
            return !expected.coefficients(r).cohenKappa.defined();
        });
    REQUIRE(undefinedRow != expected.rows.cend());
    CHECK(undefinedRow->characters.neither == undefinedRow->characters.n());
    AgreementTable* table = f.table();
    QTreeWidgetItem* item = documentItem(table->codeItem(expected.codeName(*undefinedRow)),
                                         expected.documentName(*undefinedRow));
    REQUIRE(item);
    const int kappa = table->column(QStringLiteral("cohen_kappa"));
    CHECK(item->text(kappa) == QStringLiteral("undefined"));
    CHECK(item->toolTip(kappa) == expected.coefficients(*undefinedRow).cohenKappa.undefinedReason);
    CHECK_FALSE(item->toolTip(kappa).isEmpty());
    CHECK(item->font(kappa).italic());
    CHECK_FALSE(item->data(kappa, AgreementTable::ValueRole).isValid());
    // Percent agreement is defined there (100%) and shown as a number.
    CHECK(item->text(table->column(QStringLiteral("percent_agreement"))) ==
          QLocale().toString(100.0, 'f', 1));
}

TEST_CASE("agreement view: selecting a row lists its disagreements, accept first settles one "
          "in the consensus coder as one undoable step") {
    Fixture f;
    f.tickCoder(QStringLiteral("Aisha"));
    f.tickCoder(QStringLiteral("Ben"));
    f.computeAndWait();
    const AgreementResult expected = f.expected(AgreementUnit::Character);
    const qint64 aisha = f.coderId(QStringLiteral("Aisha"));
    const qint64 ben = f.coderId(QStringLiteral("Ben"));
    QVector<qint64> docs;
    for (const QString& name : expected.documents)
        docs << *f.storage().documentIdByName(name);

    // The overall row is selected after computing: every disagreement of the comparison.
    qsizetype all = 0;
    for (const Disagreement& d : listAllDisagreements(f.storage(), aisha, ben).value())
        all += docs.contains(d.documentId) ? 1 : 0;
    CHECK(f.rows() == all);

    const QString path = QStringLiteral("Mechanisms/Psychological safety");
    const qint64 code = f.codeId(path);
    QVector<Disagreement> mine;
    for (qint64 doc : docs)
        mine << listDisagreements(f.storage(), doc, code, aisha, ben).value();
    REQUIRE(mine.size() >= 2);
    f.selectRow(f.table(), f.table()->codeItem(path));
    REQUIRE(f.rows() == mine.size());
    CHECK(f.list()->isColumnHidden(1)); // one code: no code column

    // One document of that code: only its disagreements.
    const QString doc = QStringLiteral("duty-of-candour-1-sponsor");
    const auto inDoc =
        listDisagreements(f.storage(), *f.storage().documentIdByName(doc), code, aisha, ben)
            .value();
    f.selectRow(f.table(), documentItem(f.table()->codeItem(path), doc));
    REQUIRE(f.rows() == inDoc.size());

    // Pick a place where both coded with different extents, each coding characters the other
    // did not (so "accept first", "keep both" and "drop both" all differ), and show its code.
    QVector<Disagreement> candidates;
    for (const Disagreement& x : listAllDisagreements(f.storage(), aisha, ben).value())
        if (docs.contains(x.documentId) && x.characters.onlyFirst > 0 &&
            x.characters.onlySecond > 0)
            candidates << x;
    REQUIRE_FALSE(candidates.isEmpty());
    const Disagreement d = candidates.first();
    CHECK(d.kind == Disagreement::Kind::Overlapping);
    const QString reviewed = CodeTree(f.storage().codes().value()).path(d.codeId);
    f.selectRow(f.table(), f.table()->codeItem(reviewed));
    QVector<Disagreement> ofCode;
    for (qint64 doc : docs)
        ofCode << listDisagreements(f.storage(), doc, d.codeId, aisha, ben).value();
    REQUIRE(f.rows() == ofCode.size());
    const auto at = std::find_if(ofCode.cbegin(), ofCode.cend(), [&](const Disagreement& x) {
        return x.documentId == d.documentId && x.span == d.span;
    });
    REQUIRE(at != ofCode.cend());
    const int row = static_cast<int>(at - ofCode.cbegin());
    f.selectPlace(row);
    CHECK(f.cell(f.currentRow(), 3) == QStringLiteral("—"));
    auto* firstText = f.find<QWidget>("agreementFirstText");
    CHECK(firstText->isVisible());
    CHECK(f.view.grab().save(QStringLiteral("/tmp/agreementview.png")));

    // Show in document asks the main window for exactly this range.
    QSignalSpy show(&f.view, &AgreementView::showRangeRequested);
    QTest::mouseClick(f.find<QPushButton>("agreementShowInDocument"), Qt::LeftButton);
    REQUIRE(show.size() == 1);
    CHECK(show.first().at(0).toLongLong() == d.documentId);
    CHECK(show.first().at(1).toLongLong() == d.span.start);
    CHECK(show.first().at(2).toLongLong() == d.span.end);

    const qint64 codingsBefore = f.storage().stats().codings;
    const int undoBefore = f.project->undoStack()->count();
    CHECK_FALSE(f.storage().coderIdByName(AgreementView::consensusCoderName()));
    QTest::mouseClick(f.find<QPushButton>("agreementAcceptFirst"), Qt::LeftButton);
    // One step that created the consensus coder and gave it exactly Aisha's ranges here.
    CHECK(f.project->undoStack()->count() == undoBefore + 1);
    CHECK(f.project->undoStack()->undoText().contains(QStringLiteral("Aisha")));
    REQUIRE(f.storage().coderIdByName(AgreementView::consensusCoderName()));
    const QVector<Span> firstRanges = spansOf(d.first);
    CHECK(f.consensusSpans(d) == firstRanges);
    CHECK(f.storage().stats().codings == codingsBefore + firstRanges.size());
    // The list was refreshed: the row shows what the consensus took, and the next is selected.
    CHECK(f.cell(row, 3) == QStringLiteral("✓ Aisha"));
    if (row + 1 < f.rows())
        CHECK(f.currentRow() == row + 1);

    // Keep both then drop both on the same place: each replaces the consensus coding there.
    f.selectPlace(row);
    QTest::mouseClick(f.find<QPushButton>("agreementKeepBoth"), Qt::LeftButton);
    CHECK(f.consensusSpans(d) == spansOf(d.first + d.second));
    CHECK(f.cell(row, 3) == QStringLiteral("✓ both"));
    f.selectPlace(row);
    QTest::mouseClick(f.find<QPushButton>("agreementDropBoth"), Qt::LeftButton);
    CHECK(f.consensusSpans(d).isEmpty());
    CHECK(f.project->undoStack()->count() == undoBefore + 3);

    // Undo all three: the consensus coder and its codings are gone, the two coders untouched.
    f.project->undoStack()->undo();
    CHECK(f.consensusSpans(d) == spansOf(d.first + d.second));
    f.project->undoStack()->undo();
    CHECK(f.consensusSpans(d) == firstRanges);
    f.project->undoStack()->undo();
    CHECK_FALSE(f.storage().coderIdByName(AgreementView::consensusCoderName()));
    CHECK(f.storage().stats().codings == codingsBefore);
    CHECK(f.cell(row, 3) == QStringLiteral("—"));
    CHECK(f.rows() == ofCode.size());
}

TEST_CASE("agreement view: exports write the agreement table and the disagreement list") {
    Fixture f;
    f.tickCoder(QStringLiteral("Aisha"));
    f.tickCoder(QStringLiteral("Ben"));
    f.computeAndWait();
    const AgreementResult expected = f.expected(AgreementUnit::Character);

    const csv::Table table = exportedCsv(f.dir.filePath(QStringLiteral("agreement.csv")),
                                         [&](const QString& p) { return f.view.exportTable(p); });
    CHECK(table.header.join(QLatin1Char(',')) ==
          QStringLiteral("scope,document,code,n,both,only_first,only_second,neither,"
                         "percent_agreement,cohen_kappa,krippendorff_alpha,notes"));
    CHECK(table.rows.size() == expected.rows.size() + expected.codeRows.size() + 1);

    const QString path = QStringLiteral("Mechanisms/Psychological safety");
    f.selectRow(f.table(), f.table()->codeItem(path));
    const int listed = f.rows();
    REQUIRE(listed > 0);
    const csv::Table list =
        exportedCsv(f.dir.filePath(QStringLiteral("disagreements.csv")),
                    [&](const QString& p) { return f.view.exportDisagreements(p); });
    CHECK(list.header.join(QLatin1Char(',')) ==
          QStringLiteral("document,code,kind,start,end,both,only_first,only_second,first_coder,"
                         "first_ranges,second_coder,second_ranges,text"));
    REQUIRE(list.rows.size() == listed);
    for (qsizetype r = 0; r < list.rows.size(); ++r) {
        CHECK(list.cell(r, list.column(QStringLiteral("code"))) == path);
        CHECK(list.cell(r, list.column(QStringLiteral("first_coder"))) == QStringLiteral("Aisha"));
    }
    // A path the file cannot be written to fails with a message, no crash.
    const Status bad = f.view.exportTable(f.dir.filePath(QStringLiteral("missing/dir/x.csv")));
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(bad.error().isEmpty());
}

TEST_CASE("agreement view: segment and categorical units show their own coefficients") {
    Fixture f;
    f.tickCoder(QStringLiteral("Aisha"));
    f.tickCoder(QStringLiteral("Ben"));

    f.chooseUnit(QStringLiteral("Segment"));
    f.computeAndWait();
    const AgreementResult segments = f.expected(AgreementUnit::Segment);
    AgreementTable* table = f.table();
    CHECK(table->column(QStringLiteral("cohen_kappa")) == -1);
    const int bp = table->column(QStringLiteral("brennan_prediger_kappa"));
    REQUIRE(bp > 0);
    for (const SpanRow& row : segments.codeRows) {
        QTreeWidgetItem* item = table->codeItem(segments.codeName(row));
        const SpanCoefficients k = segments.coefficients(row);
        REQUIRE(item);
        CHECK(item->text(table->column(QStringLiteral("agreements"))) ==
              count(row.segments.agreements));
        CHECK(item->text(bp) == fixed(k.brennanPredigerKappa, 3));
        CHECK(item->text(table->column(QStringLiteral("percent_agreement"))) ==
              fixed(k.percentAgreement, 1));
    }
    CHECK(table->codeItem(QString())->text(bp) ==
          fixed(segments.coefficients(segments.overall).brennanPredigerKappa, 3));

    // Paragraphs valued by the maturity group (its five levels, ordinal).
    f.chooseUnit(QStringLiteral("Paragraph"));
    auto* group = f.find<QComboBox>("agreementGroup");
    REQUIRE(group->isEnabled());
    group->setCurrentIndex(group->findData(QStringLiteral("Maturity")));
    REQUIRE(group->currentIndex() > 0);
    f.computeAndWait();
    const AgreementResult levels = f.expected(AgreementUnit::Paragraph, QStringLiteral("Maturity"));
    REQUIRE(levels.categorical.size() == 1);
    const CategoricalRow& c = levels.categorical.first();
    REQUIRE(table->topLevelItemCount() == 1);
    QTreeWidgetItem* item = table->topLevelItem(0);
    CHECK(item->text(table->column(QStringLiteral("n_units"))) == count(c.units));
    CHECK(item->text(table->column(QStringLiteral("n_pairable"))) == count(c.pairable));
    CHECK(item->text(table->column(QStringLiteral("cohen_kappa"))) == fixed(c.cohenKappa, 3));
    CHECK(item->text(table->column(QStringLiteral("scott_pi"))) == fixed(c.scottPi, 3));
    CHECK(item->text(table->column(QStringLiteral("fleiss_kappa"))) == fixed(c.fleissKappa, 3));
    CHECK(item->text(table->column(QStringLiteral("krippendorff_alpha"))) ==
          fixed(c.krippendorffAlpha, 3));
    const int ci = table->column(QStringLiteral("alpha_ci95"));
    if (c.alphaCi95.defined())
        CHECK(item->text(ci).contains(QLocale().toString(*c.alphaCi95.low, 'f', 3)));
    else
        CHECK(item->text(ci) == AgreementTable::undefinedMark());
}

TEST_CASE("agreement view: cancel drops the running computation and the view stays usable") {
    Fixture f;
    f.tickCoder(QStringLiteral("Aisha"));
    f.tickCoder(QStringLiteral("Ben"));
    QSignalSpy spy(&f.view, &AgreementView::computed);
    f.view.compute();
    // click() rather than a simulated mouse click, which would run the event loop and could
    // deliver the finished computation before Cancel is pressed.
    f.find<QPushButton>("agreementCancel")->click();
    REQUIRE((!spy.isEmpty() || spy.wait(120000)));
    CHECK(f.find<QLabel>("agreementStatus")->text() == QStringLiteral("Cancelled."));
    CHECK(f.table()->topLevelItemCount() == 0);
    f.computeAndWait();
    CHECK(f.table()->topLevelItemCount() > 0);

    // No project: nothing to compute, said so, and no crash.
    f.view.setProject(nullptr);
    CHECK(f.table()->topLevelItemCount() == 0);
    QSignalSpy again(&f.view, &AgreementView::computed);
    f.view.compute();
    CHECK(again.size() == 1);
    CHECK_FALSE(f.find<QLabel>("agreementStatus")->text().isEmpty());
}
