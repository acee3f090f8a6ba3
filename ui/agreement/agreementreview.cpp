// SPDX-License-Identifier: GPL-3.0-or-later
// AgreementView's review of disagreements: listing those of the selected row, showing one
// beside its text and settling it in the consensus coder (the rest is agreementview.cpp).
#include "core/agreement/disagreementplaces.h"
#include "core/agreement/reconciliation.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "ui/agreement/agreementtable.h"
#include "ui/agreement/agreementviewstate.h"
#include "ui/agreement/disagreementlist.h"
#include "ui/agreement/disagreementview.h"

#include <QCheckBox>
#include <QLabel>
#include <QTreeWidget>

#include <algorithm>
#include <optional>

namespace situate {

void AgreementView::listDisagreementsFor(QTreeWidgetItem* row) {
    if (!row || !project() || !m->hasResult || !m->firstId || !m->secondId) {
        m_list->clearDisagreements();
        m_listTitle->setText(tr("<b>Disagreements</b>"));
        m_side->clear(m->hasResult && !m->secondId ? tr("A compared coder no longer exists.")
                                                   : QString());
        return;
    }
    const Storage& s = project()->storage();
    const QString code = row->data(0, AgreementTable::CodeRole).toString();
    const QString document = row->data(0, AgreementTable::DocumentRole).toString();
    const bool allCodes = code.isEmpty() || !m->result.request.group.isEmpty();
    // The places are in the table's order (documents, then codes, then place in the text),
    // so a row's are the places of its code and document, in the order they come.
    QVector<DisagreementPlace> list;
    if (allCodes && document.isEmpty()) {
        list = m->places.places; // shared, not copied
    } else {
        const auto codeId = allCodes ? std::optional<qint64>() : m_tree.idByPath(code);
        const auto docId =
            document.isEmpty() ? std::optional<qint64>() : s.documentIdByName(document);
        // A code or document renamed or removed since has nothing listed.
        const bool gone = (!allCodes && !codeId) || (!document.isEmpty() && !docId);
        for (const DisagreementPlace& p : m->places.places)
            if (!gone && (!codeId || p.codeId == *codeId) && (!docId || p.documentId == *docId))
                list << p;
    }
    const QString first = m->result.request.coders.value(0);
    const QString second = m->result.request.coders.value(1);
    const qsizetype n = list.size();
    m_list->setDisagreements(s, m_tree, std::move(list), first, second, consensusCoderName());
    m_listTitle->setText(tr("<b>Disagreements</b> <span style=\"color:%1\">%2 · %3 vs %4</span>")
                             .arg(greyText.name(),
                                  n == 0 ? tr("none here") : counted(n, tr("place"), tr("places")),
                                  first.toHtmlEscaped(), second.toHtmlEscaped()));
    showCurrentDisagreement();
}

void AgreementView::showCurrentDisagreement() {
    const DisagreementPlace* place = m_list->current();
    m->current.reset();
    if (!place || !project()) {
        m_side->clear(m_list->disagreements().isEmpty()
                          ? QString()
                          : tr("Select a disagreement to compare the two codings side by side."));
        return;
    }
    // The place with its codings, read now: the list holds only where each place is.
    const Storage& s = project()->storage();
    Result<Disagreement> full = disagreementAt(s, *place, m->firstId, m->secondId);
    if (!full) {
        m_side->clear(full.error());
        return;
    }
    m->current = full.take();
    DisagreementContext c;
    c.disagreement = *m->current;
    const Disagreement& d = c.disagreement;
    if (d.documentId != m->textOf) {
        m->textOf = d.documentId;
        m->text = s.documentText(d.documentId);
    }
    c.text = m->text;
    c.document = m_list->disagreementModel()
                     ->index(m_list->currentRow(), DisagreementModel::DocumentColumn)
                     .data()
                     .toString();
    c.code = m_tree.path(d.codeId);
    c.firstCoder = m->result.request.coders.value(0);
    c.secondCoder = m->result.request.coders.value(1);
    using Settled = DisagreementList::Settled;
    switch (m_list->currentSettled()) {
    case Settled::Nothing:
        c.consensus = tr("nothing of this code here yet (not settled, or settled as nothing)");
        break;
    case Settled::First:
        c.consensus = tr("%1's coding").arg(c.firstCoder);
        break;
    case Settled::Second:
        c.consensus = tr("%1's coding").arg(c.secondCoder);
        break;
    case Settled::Both:
        c.consensus = tr("both coders' codings");
        break;
    case Settled::Edited:
        c.consensus = tr("a coding that differs from both coders'");
        break;
    }
    if (c.firstCoder == consensusCoderName() || c.secondCoder == consensusCoderName())
        c.cannotSettle = tr("\"%1\" is one of the coders compared: compare two other coders "
                            "to settle their disagreements in it.")
                             .arg(consensusCoderName());
    m_side->showDisagreement(c);
}

void AgreementView::settle(ReconcileAction action) {
    if (!m->current || !project())
        return;
    const int row = m_list->currentRow();
    const Disagreement d = *m->current;
    const QString code = m_tree.find(d.codeId) ? m_tree.find(d.codeId)->name : QString();
    QString text;
    switch (action) {
    case ReconcileAction::AcceptFirst:
        text = tr("Accept %1's coding of %2").arg(m->result.request.coders.value(0), code);
        break;
    case ReconcileAction::AcceptSecond:
        text = tr("Accept %1's coding of %2").arg(m->result.request.coders.value(1), code);
        break;
    case ReconcileAction::KeepBoth:
        text = tr("Keep both codings of %1").arg(code);
        break;
    case ReconcileAction::DropBoth:
        text = tr("Drop both codings of %1").arg(code);
        break;
    }
    const Status st = project()->editKept(
        text, [d, action, consensusName = consensusCoderName()](Editor& e) -> Status {
            const Result<qint64> consensus = ensureCoder(e, consensusName);
            if (!consensus)
                return Status::from(consensus);
            return reconcile(e, d, action, *consensus);
        });
    if (!st) {
        showStatus(tr("Could not settle this disagreement: %1").arg(st.error()), true);
        return;
    }
    showStatus(tr("%1 (undo with Ctrl+Z).").arg(text));
    // The project's changed() signal has read the rows shown again, the same row selected.
    if (m_autoAdvance->isChecked() && row + 1 < m_list->disagreementModel()->rowCount())
        m_list->setCurrentRow(row + 1);
}

} // namespace situate
