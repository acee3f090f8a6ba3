// SPDX-License-Identifier: GPL-3.0-or-later
// AgreementView's review of disagreements: listing those of the selected row, showing one
// beside its text and settling it in the consensus coder (the rest is agreementview.cpp).
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
    const QStringList codePaths = allCodes ? m->result.codes : QStringList{code};
    const QStringList docNames = document.isEmpty() ? m->result.documents : QStringList{document};
    QVector<qint64> codes, docs;
    for (const QString& p : codePaths)
        if (auto id = m_tree.idByPath(p))
            codes << *id;
    for (const QString& n : docNames)
        if (auto id = s.documentIdByName(n))
            docs << *id;
    const Result<QVector<DocumentInfo>> all = s.documents();
    if (!all)
        return showStatus(all.error(), true); // the list stays until it can be read
    QVector<Disagreement> list;
    // One pass over the whole project beats a query per (document, code) when there are many.
    if (docs.size() * codes.size() > all->size()) {
        const Result<QVector<Disagreement>> every =
            listAllDisagreements(s, m->firstId, m->secondId);
        if (!every)
            return showStatus(every.error(), true);
        for (const Disagreement& d : *every)
            if (docs.contains(d.documentId) && codes.contains(d.codeId))
                list << d;
    } else {
        for (qint64 doc : docs)
            for (qint64 c : codes) {
                Result<QVector<Disagreement>> here =
                    listDisagreements(s, doc, c, m->firstId, m->secondId);
                if (!here)
                    return showStatus(here.error(), true);
                list << here.take();
            }
    }
    // In the table's order: documents, then codes, then place in the text.
    std::stable_sort(list.begin(), list.end(), [&](const Disagreement& a, const Disagreement& b) {
        const auto da = docs.indexOf(a.documentId);
        const auto db = docs.indexOf(b.documentId);
        if (da != db)
            return da < db;
        const auto ca = codes.indexOf(a.codeId);
        const auto cb = codes.indexOf(b.codeId);
        return ca != cb ? ca < cb : a.span.start < b.span.start;
    });
    const QString first = m->result.request.coders.value(0);
    const QString second = m->result.request.coders.value(1);
    const qsizetype n = list.size();
    if (Status st = m_list->setDisagreements(s, m_tree, std::move(list), first, second,
                                             consensusCoderName());
        !st)
        return showStatus(st.error(), true);
    m_listTitle->setText(tr("<b>Disagreements</b> <span style=\"color:%1\">%2 · %3 vs %4</span>")
                             .arg(greyText.name(),
                                  n == 0 ? tr("none here") : counted(n, tr("place"), tr("places")),
                                  first.toHtmlEscaped(), second.toHtmlEscaped()));
    showCurrentDisagreement();
}

void AgreementView::showCurrentDisagreement() {
    const Disagreement* current = m_list->current();
    if (!current || !project()) {
        m_side->clear(m_list->disagreements().isEmpty()
                          ? QString()
                          : tr("Select a disagreement to compare the two codings side by side."));
        return;
    }
    const Storage& s = project()->storage();
    DisagreementContext c;
    c.disagreement = *current;
    const Disagreement& d = c.disagreement;
    if (d.documentId != m->textOf) {
        m->textOf = d.documentId;
        m->text = s.documentText(d.documentId);
    }
    c.text = m->text;
    c.document = m_list->currentItem()->text(DisagreementList::DocumentColumn);
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
    if (!m_list->current() || !project())
        return;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const Disagreement d = *m_list->current();
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
    // The project's changed() signal has rebuilt the list with the same row selected.
    if (m_autoAdvance->isChecked() && row + 1 < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row + 1));
}

} // namespace situate
