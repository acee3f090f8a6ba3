// SPDX-License-Identifier: GPL-3.0-or-later
// Codebook, case, question and document edits of the main window, each one undo step.
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/commands.h"
#include "core/project.h"
#include "core/text.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/documentview/documentview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <memory>

namespace situate {

void MainWindow::newCode(qint64 parentId) {
    if (!m_project)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New code"),
        parentId ? tr("Name of the new sub-code of %1:").arg(m_tree.path(parentId)) : tr("Name:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto id = std::make_shared<qint64>(0);
    Status s = m_project->editKept(tr("New code \"%1\"").arg(name.trimmed()),
                                   [id, name, parentId](Editor& e) {
                                       Code c;
                                       c.name = name;
                                       c.parentId = parentId;
                                       Result<qint64> r = createCode(e, c);
                                       *id = r ? *r : 0;
                                       return Status::from(r);
                                   });
    if (!s)
        return showFailure(s);
    m_codebook->setCurrentCode(*id);
}

void MainWindow::deleteCode(qint64 codeId) {
    if (!m_project || !m_tree.find(codeId))
        return;
    const QString path = m_tree.path(codeId);
    Status s = m_project->editKept(tr("Delete code \"%1\"").arg(path), [codeId](Editor& e) {
        return situate::deleteCode(e, codeId, false);
    });
    if (s)
        return;
    // Kept (sent and judged when the server is back), gone, refused, not connected, ...: shown
    // as it is. Only the refusal to delete codings unasked (kind Other) is a question.
    if (s.kind() != ErrorKind::Other)
        return showFailure(s);
    // It has codings: ask, then delete with them (undo brings them all back).
    if (!confirm(s.error() + QLatin1Char('\n') + tr("Delete it anyway? (Undo restores it.)")))
        return;
    s = m_project->editKept(tr("Delete code \"%1\"").arg(path),
                            [codeId](Editor& e) { return situate::deleteCode(e, codeId, true); });
    if (!s)
        showFailure(s);
}

void MainWindow::mergeCode(qint64 codeId) {
    if (!m_project)
        return;
    QStringList paths;
    QVector<qint64> ids;
    for (const Code& c : m_tree.codes()) {
        if (c.id == codeId || m_tree.isAncestor(codeId, c.id))
            continue;
        paths << m_tree.path(c.id);
        ids << c.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge code"),
                                                 tr("Merge \"%1\" into:").arg(m_tree.path(codeId)),
                                                 paths, 0, false, &ok);
    if (!ok)
        return;
    const qint64 target = ids.value(paths.indexOf(chosen));
    Status s = m_project->editKept(
        tr("Merge \"%1\" into \"%2\"").arg(m_tree.path(codeId), chosen),
        [codeId, target](Editor& e) { return situate::mergeCode(e, codeId, target); });
    if (!s)
        showFailure(s);
}

void MainWindow::moveCode(qint64 codeId, qint64 parentId) {
    if (!m_project)
        return;
    Status s = m_project->editKept(
        tr("Move code \"%1\"").arg(m_tree.path(codeId)),
        [codeId, parentId](Editor& e) { return situate::moveCode(e, codeId, parentId); });
    if (!s)
        showFailure(s);
}

void MainWindow::applyCodeDetails(const Code& code, const QVector<qint64>& questionIds) {
    if (!m_project)
        return;
    const Result<QHash<qint64, QVector<qint64>>> links = m_project->storage().codeQuestionLinks();
    if (!links)
        return showReadFailure(Status::from(links));
    const QVector<qint64> before = links->value(code.id);
    Status s = m_project->editKept(
        tr("Edit code \"%1\"").arg(code.name), [code, before, questionIds](Editor& e) -> Status {
            if (Status st = updateCode(e, code); !st)
                return st;
            for (qint64 q : before) {
                if (!questionIds.contains(q))
                    if (Status st = unlinkCodeFromQuestion(e, code.id, q); !st)
                        return st;
            }
            for (qint64 q : questionIds) {
                if (Status st = linkCodeToQuestion(e, code.id, q); !st)
                    return st;
            }
            return {};
        });
    if (!s)
        showFailure(s);
}

void MainWindow::editAttribute(qint64 attributeId, qint64 ownerId, const QString& value) {
    if (!m_project)
        return;
    Status s = m_project->editKept(tr("Set attribute"), [attributeId, ownerId, value](Editor& e) {
        return setAttributeValue(e, attributeId, ownerId, value);
    });
    if (!s) {
        showFailure(s);
        refresh(); // put the stored value back in the table
    }
}

void MainWindow::addCase() {
    if (!m_project)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add case"), tr("Case name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Status s = m_project->editKept(tr("Add case \"%1\"").arg(name.trimmed()),
                                   [name](Editor& e) { return Status::from(ensureCase(e, name)); });
    if (!s)
        showFailure(s);
}

void MainWindow::addAttribute(AttributeScope scope) {
    if (!m_project)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add attribute"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit;
    auto* type = new QComboBox;
    for (const char* t : {"text", "number", "date", "choice"})
        type->addItem(QString::fromLatin1(t));
    form->addRow(tr("Name"), name);
    form->addRow(tr("Type"), type);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    AttributeType t = AttributeType::Text;
    parseAttributeType(type->currentText(), &t);
    Status s = m_project->editKept(tr("Add attribute \"%1\"").arg(name->text().trimmed()),
                                   [scope, attribute = name->text(), t](Editor& e) {
                                       return Status::from(ensureAttribute(e, scope, attribute, t));
                                   });
    if (!s)
        showFailure(s);
}

namespace {

bool questionDialog(QWidget* parent, ResearchQuestion* q) {
    QDialog dialog(parent);
    dialog.setWindowTitle(q->id ? QObject::tr("Edit research question")
                                : QObject::tr("Add research question"));
    auto* form = new QFormLayout(&dialog);
    auto* code = new QLineEdit(q->code);
    code->setPlaceholderText(QObject::tr("e.g. RQ3"));
    auto* title = new QLineEdit(q->title);
    auto* text = new QPlainTextEdit(q->text);
    form->addRow(QObject::tr("Code"), code);
    form->addRow(QObject::tr("Short title"), title);
    form->addRow(QObject::tr("Question"), text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || code->text().trimmed().isEmpty())
        return false;
    q->code = code->text().trimmed();
    q->title = title->text();
    q->text = text->toPlainText();
    return true;
}

} // namespace

void MainWindow::addQuestion() {
    if (!m_project)
        return;
    ResearchQuestion q;
    if (!questionDialog(this, &q))
        return;
    Status s = m_project->editKept(tr("Add research question %1").arg(q.code), [q](Editor& e) {
        return Status::from(ensureQuestion(e, q.code, q.title, q.text));
    });
    if (!s)
        showFailure(s);
}

void MainWindow::editQuestion(qint64 questionId) {
    if (!m_project)
        return;
    const Result<QVector<ResearchQuestion>> questions = m_project->storage().researchQuestions();
    if (!questions)
        return showReadFailure(Status::from(questions));
    for (ResearchQuestion q : *questions) {
        if (q.id != questionId)
            continue;
        if (!questionDialog(this, &q))
            return;
        Status s = m_project->editKept(tr("Edit research question %1").arg(q.code),
                                       [q](Editor& e) { return updateQuestion(e, q); });
        if (!s)
            showFailure(s);
        return;
    }
}

void MainWindow::removeDocument(qint64 documentId) {
    if (!m_project)
        return;
    const auto doc = m_project->storage().document(documentId);
    if (!doc)
        return;
    Status s = m_project->editKept(tr("Remove \"%1\"").arg(doc->name), [documentId](Editor& e) {
        return situate::removeDocument(e, documentId, false);
    });
    if (s)
        return;
    if (s.kind() != ErrorKind::Other) // kept, gone, refused, ...: see deleteCode
        return showFailure(s);
    if (!confirm(s.error() + QLatin1Char('\n') + tr("Remove it anyway? (Undo restores it.)")))
        return;
    s = m_project->editKept(tr("Remove \"%1\"").arg(doc->name), [documentId](Editor& e) {
        return situate::removeDocument(e, documentId, true);
    });
    if (!s)
        showFailure(s);
}

void MainWindow::editDocumentMemo(qint64 documentId) {
    if (!m_project)
        return;
    const auto memo = m_project->storage().memo(MemoOwner::Document, documentId);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Document memo"), tr("Memo:"),
                                                        memo ? memo->text : QString(), &ok);
    if (!ok)
        return;
    Status s = m_project->editKept(tr("Edit document memo"), [documentId, text](Editor& e) {
        return setMemo(e, MemoOwner::Document, documentId, text);
    });
    if (!s)
        showFailure(s);
}

void MainWindow::editCodingMemoDialog(qint64 codingId) {
    if (!m_project)
        return;
    const auto coding = m_project->storage().coding(codingId);
    if (!coding)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Coding memo"), tr("Memo:"), coding->memo, &ok);
    if (!ok)
        return;
    if (Status s = setCodingMemo(codingId, text); !s)
        showFailure(s);
}

void MainWindow::resizeCodingDialog(qint64 codingId) {
    if (!m_project)
        return;
    const auto coding = m_project->storage().coding(codingId);
    const auto doc = coding ? m_project->storage().document(coding->documentId) : std::nullopt;
    if (!coding || !doc)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Resize coding"));
    auto* form = new QFormLayout(&dialog);
    auto* start = new QSpinBox;
    auto* end = new QSpinBox;
    start->setRange(0, static_cast<int>(doc->length));
    end->setRange(0, static_cast<int>(doc->length));
    start->setValue(static_cast<int>(coding->start));
    end->setValue(static_cast<int>(coding->end));
    auto* preview = new QLabel;
    preview->setWordWrap(true);
    preview->setMinimumWidth(420);
    const OffsetMap map(doc->text);
    auto update = [&] {
        preview->setText(map.slice(doc->text, start->value(), end->value()).left(400));
    };
    update();
    connect(start, &QSpinBox::valueChanged, &dialog, update);
    connect(end, &QSpinBox::valueChanged, &dialog, update);
    form->addRow(tr("Start"), start);
    form->addRow(tr("End"), end);
    form->addRow(preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = resizeCoding(codingId, start->value(), end->value()); !s)
        showFailure(s);
}

} // namespace situate
