// SPDX-License-Identifier: GPL-3.0-or-later
// The disagreement list on a generated project of thousands of places, in the real main
// window: every place counted, only the rows in view read, a row deep in the list the same
// place as the core's list at that index, and the jump to it in the document.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/disagreementplaces.h"
#include "core/generate/generator.h"
#include "core/project.h"
#include "core/text.h"
#include "tests/support/demowindow.h"
#include "ui/agreement/agreementview.h"
#include "ui/agreement/disagreementlist.h"
#include "ui/documentview/documentview.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

/// A generated study (two coders, Aisha and Ben) open in a real main window, the agreement
/// dock shown, the two coders compared.
struct Fixture : test::DemoWindow {
    Fixture() {
        const GenerateOptions o{.documents = 12,
                                .words = 4000,
                                .codes = 12,
                                .codings = 12000,
                                .coders = 2,
                                .seed = 1,
                                .txtDir = {},
                                .docxDir = {}};
        generated = dir.filePath(QStringLiteral("generated.situate"));
        REQUIRE(generateProject(generated, o).ok());
        REQUIRE(window.openProject(generated));
        openDock("agreementDock");
        auto* coders = find<QListWidget>("agreementCoders");
        for (const char* name : {"Aisha", "Ben"}) {
            const auto items = coders->findItems(QLatin1String(name), Qt::MatchExactly);
            REQUIRE(items.size() == 1);
            QTest::mouseClick(coders->viewport(), Qt::LeftButton, {},
                              coders->visualItemRect(items.first()).center());
        }
        auto* view = find<AgreementView>("agreementView");
        QSignalSpy computed(view, &AgreementView::computed);
        QTest::mouseClick(find<QPushButton>("agreementCompute"), Qt::LeftButton);
        REQUIRE((!computed.isEmpty() || computed.wait(120000)));
    }
    DisagreementList* list() const { return find<DisagreementList>("agreementDisagreements"); }

    QString generated;
};

} // namespace

TEST_CASE("agreement list: every place counted, rows read only in view, a deep row the "
          "core's place, and the jump to it") {
    Fixture f;
    const Storage& s = f.window.project()->storage();
    AgreementRequest r;
    r.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
    const AgreementResult result = computeAgreement(s, r).value();
    const QVector<DisagreementPlace> places = listDisagreementPlaces(s, result).value().places;
    REQUIRE(places.size() > 2000);

    // The overall row is selected: every place is a row, and the heading says how many.
    DisagreementList* list = f.list();
    DisagreementModel* model = list->disagreementModel();
    REQUIRE(model->rowCount() == places.size());
    CHECK(f.find<QLabel>("agreementListTitle")
              ->text()
              .contains(QLocale().toString(places.size()) + QStringLiteral(" places")));
    // Once painted, only the pages in view were read, not the list.
    REQUIRE(list->isVisible());
    list->viewport()->repaint();
    CHECK(model->rowsRead() > 0);
    CHECK(model->rowsRead() < 500);

    // Scrolled three quarters down: the row there shows the core's place at that index.
    const int deep = static_cast<int>(places.size() * 3 / 4);
    const DisagreementPlace& p = places[deep];
    const QModelIndex index = model->index(deep, 0);
    list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    QApplication::processEvents();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    REQUIRE(list->currentRow() == deep);
    CHECK(*list->current() == p);
    CHECK(model->rowsRead() < 1000);
    const auto cell = [&](int column) {
        return model->index(deep, column).data().toString();
    };
    const QString text = s.documentText(p.documentId);
    CHECK(s.documentIdByName(cell(DisagreementModel::DocumentColumn)) == p.documentId);
    CHECK(cell(DisagreementModel::PassageColumn) ==
          OffsetMap(text).slice(text, p.span.start, p.span.end).simplified().left(200));
    CHECK(cell(DisagreementModel::ConsensusColumn) == QStringLiteral("—"));

    // Show in document opens it in the workbench with exactly that passage selected.
    QTest::mouseClick(f.find<QPushButton>("agreementShowInDocument"), Qt::LeftButton);
    DocumentView* document = f.window.documentView();
    CHECK(document->documentId() == p.documentId);
    CHECK(document->selectedRange() == std::make_pair(p.span.start, p.span.end));
}
