// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AgreementView's state, shared by agreementview.cpp (choices, computing, the table) and
// agreementreview.cpp (reviewing and settling disagreements); internal to ui/agreement/.

#include "core/agreement/agreementanalysis.h"
#include "core/agreement/disagreementplaces.h"
#include "core/result.h"
#include "ui/agreement/agreementview.h"
#include "ui/common/viewjob.h"

#include <QByteArray>
#include <QColor>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLocale>
#include <QString>

#include <optional>

namespace situate {

inline const QColor greyText(0x7a, 0x80, 0x8a);

/// "1 document", "4 documents": the untranslated "%n document(s)" reads badly in a report.
inline QString counted(qsizetype n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

/// What the worker hands back: the table and every disagreement place, from one read.
struct AgreementComputation {
    AgreementResult result;
    DisagreementPlaces places;
};

struct AgreementView::State {
    explicit State(AgreementView* view)
        : job(
              view, [view] { view->startWorker(); },
              [view](Result<AgreementComputation> result, bool cancelled) {
                  view->finished(std::move(result), cancelled);
              })
        , recheck(
              view, [view] { view->startRecheck(); },
              [view](Result<DisagreementPlaces> places, bool cancelled) {
                  view->rechecked(std::move(places), cancelled);
              }) {}

    bool hasResult = false;
    AgreementResult result;
    qint64 firstId = 0;
    qint64 secondId = 0;
    DisagreementPlaces places;           // as last read (the list follows the project)
    QByteArray codingsHash;              // the compared codings when the result was computed
    QByteArray pathsHash;                // the code paths then
    std::optional<Disagreement> current; // the selected place with its codings
    bool stale = false;
    bool hinting = false; // the status shows what is missing from the choices
    qint64 textOf = 0;    // document whose text `text` holds
    QString text;

    QElapsedTimer clock;
    ViewJob<AgreementComputation> job;
    ViewJob<DisagreementPlaces> recheck;
    QFutureWatcher<Result<qsizetype>> exporting; // the disagreements, to exportPath
    QString exportPath;
};

} // namespace situate
