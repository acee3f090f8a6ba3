// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/editcontroller.h"

#include "core/colours.h"
#include "core/io/csv.h"

#include "core/commands/commands.h"
#include "core/project.h"
#include "ui/cases/casespanel.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/codebook/codedetails.h"
#include "ui/common/translations.h"
#include "ui/common/widgets.h"
#include "ui/documents/documenthistory.h"
#include "ui/documents/documentspanel.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/transcriptediting.h"
#include "ui/mainwindow/workbench.h"
#include "ui/questions/questionspanel.h"
#include "ui/textedit/replacedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>

#include <memory>

namespace situate {

EditController::EditController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    QMenu* edit = m_menu = window.menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (Project* p = m_window.project())
            p->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (Project* p = m_window.project())
            p->undoStack()->redo();
    });
    Workbench* bench = window.workbench();
    edit->addSeparator();
    edit->addAction(tr("&Find in document"), QKeySequence::Find, bench, &Workbench::showFindBar);
    edit->addAction(tr("&Search project"), QKeySequence(tr("Ctrl+Shift+F")), bench,
                    &Workbench::focusSearch);
    QAction* replace = edit->addAction(tr("Find and &Replace…"), QKeySequence(tr("Ctrl+H")), this,
                                       &EditController::showReplace);
    replace->setObjectName(QStringLiteral("replaceAction"));
    m_transcript = new TranscriptEditing(window, edit);
    QAction* history = edit->addAction(tr("Document &History…"), this, [this] { showHistory(0); });
    history->setObjectName(QStringLiteral("documentHistoryMenuAction"));
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    &EditController::showPreferences)
        ->setObjectName(QStringLiteral("preferencesAction"));
    connectPanels();
    applyPreferences();
}

void EditController::showReplace() {
    if (!m_window.project())
        return;
    if (!m_replace)
        m_replace = new ReplaceDialog(m_window);
    m_replace->showFor(m_window.workbench()->documentView()->documentId());
}

void EditController::showHistory(qint64 documentId) {
    if (!m_window.project())
        return;
    if (documentId == 0)
        documentId = m_window.workbench()->documentView()->documentId();
    if (documentId == 0)
        return m_window.showMessage(tr("Open a document to see the history of its text."));
    if (!m_history)
        m_history = new DocumentHistoryDialog(&m_window);
    m_history->showFor(m_window.project(), documentId);
}

void EditController::setProject(Project* project) {
    m_transcript->projectChanged();
    situate::UndoStack* stack = project->undoStack();
    auto updateUndo = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &situate::UndoStack::indexChanged, this, updateUndo);
    updateUndo();
}

void EditController::connectPanels() {
    Workbench* bench = m_window.workbench();
    DocumentsPanel* documents = bench->documentsPanel();
    connect(documents, &DocumentsPanel::removeRequested, this, &EditController::removeDocument);
    connect(documents, &DocumentsPanel::memoRequested, this, &EditController::editDocumentMemo);
    connect(documents, &DocumentsPanel::historyRequested, this, &EditController::showHistory);
    CodebookPanel* codebook = bench->codebookPanel();
    connect(codebook, &CodebookPanel::moveRequested, this, &EditController::moveCode);
    connect(codebook, &CodebookPanel::mergeIntoRequested, this, &EditController::mergeInto);
    connect(codebook, &CodebookPanel::newCodeRequested, this, &EditController::newCode);
    connect(codebook, &CodebookPanel::deleteRequested, this, &EditController::deleteCode);
    connect(codebook, &CodebookPanel::mergeRequested, this, &EditController::mergeCode);
    connect(codebook->details(), &CodeDetails::applyRequested, this,
            &EditController::applyCodeDetails);
    CasesPanel* cases = bench->casesPanel();
    connect(cases, &CasesPanel::attributeEdited, this, &EditController::editAttribute);
    connect(cases, &CasesPanel::addCaseRequested, this, &EditController::addCase);
    connect(cases, &CasesPanel::addAttributeRequested, this, &EditController::addAttribute);
    QuestionsPanel* questions = bench->questionsPanel();
    connect(questions, &QuestionsPanel::addRequested, this, &EditController::addQuestion);
    connect(questions, &QuestionsPanel::editRequested, this, &EditController::editQuestion);
}

void EditController::newCode(qint64 parentId) {
    if (!project())
        return;
    const CodeTree& tree = m_window.workbench()->tree();
    bool ok = false;
    const QString name = QInputDialog::getText(
        &m_window, tr("New code"),
        parentId ? tr("Name of the new sub-code of %1:").arg(tree.path(parentId)) : tr("Name:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto id = std::make_shared<qint64>(0);
    if (!m_window.edit(tr("New code \"%1\"").arg(name.trimmed()),
                       [id, name, parentId, colour = newCodeColour(tree)](Editor& e) {
                           Code c;
                           c.name = name;
                           c.parentId = parentId;
                           c.colour = colour;
                           Result<qint64> r = createCode(e, c);
                           *id = r ? *r : 0;
                           return Status::from(r);
                       }))
        return;
    m_window.workbench()->codebookPanel()->setCurrentCode(*id);
}

void EditController::deleteCode(qint64 codeId) {
    if (!project() || !m_window.workbench()->tree().find(codeId))
        return;
    const CodeTree& tree = m_window.workbench()->tree();
    editAskingToForce(tr("Delete code \"%1\"").arg(tree.path(codeId)),
                      tr("Delete it anyway? (Undo restores it.)"), [codeId](Editor& e, bool force) {
                          return situate::deleteCode(e, codeId, force);
                      });
}

void EditController::mergeCode(qint64 codeId) {
    if (!project())
        return;
    const CodeTree& tree = m_window.workbench()->tree();
    QStringList paths;
    QVector<qint64> ids;
    for (const Code& c : tree.codes()) {
        if (c.id == codeId || tree.isAncestor(codeId, c.id))
            continue;
        paths << tree.path(c.id);
        ids << c.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(&m_window, tr("Merge code"),
                                                 tr("Merge \"%1\" into:").arg(tree.path(codeId)),
                                                 paths, 0, false, &ok);
    if (!ok)
        return;
    const qint64 target = ids.value(paths.indexOf(chosen));
    m_window.edit(tr("Merge \"%1\" into \"%2\"").arg(tree.path(codeId), chosen),
                  [codeId, target](Editor& e) { return situate::mergeCode(e, codeId, target); });
}

void EditController::mergeInto(qint64 codeId, qint64 targetId) {
    const CodeTree& tree = m_window.workbench()->tree();
    m_window.edit(
        tr("Merge \"%1\" into \"%2\"").arg(tree.path(codeId), tree.path(targetId)),
        [codeId, targetId](Editor& e) { return situate::mergeCode(e, codeId, targetId); });
}

void EditController::moveCode(qint64 codeId, qint64 parentId) {
    const CodeTree& tree = m_window.workbench()->tree();
    m_window.edit(tr("Move code \"%1\"").arg(tree.path(codeId)),
                  [codeId, parentId](Editor& e) { return situate::moveCode(e, codeId, parentId); });
}

void EditController::applyCodeDetails(const Code& code, const QVector<qint64>& questionIds) {
    if (!project())
        return;
    const Result<QHash<qint64, QVector<qint64>>> links = project()->storage().codeQuestionLinks();
    if (!links)
        return m_window.showReadFailure(Status::from(links));
    const QVector<qint64> before = links->value(code.id);
    m_window.edit(tr("Edit code \"%1\"").arg(code.name),
                  [code, before, questionIds](Editor& e) -> Status {
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
}

void EditController::editAttribute(qint64 attributeId, qint64 ownerId, const QString& value) {
    if (!project())
        return;
    Status s = project()->editKept(tr("Set attribute"), [attributeId, ownerId, value](Editor& e) {
        return setAttributeValue(e, attributeId, ownerId, value);
    });
    if (!s) {
        m_window.showFailure(s);
        m_window.refresh(); // put the stored value back in the table
    }
}

void EditController::addCase() {
    if (!project())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(&m_window, tr("Add case"), tr("Case name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Status s = project()->editKept(tr("Add case \"%1\"").arg(name.trimmed()),
                                   [name](Editor& e) { return Status::from(ensureCase(e, name)); });
    if (!s)
        m_window.showFailure(s);
}

void EditController::addAttribute(AttributeScope scope) {
    if (!project())
        return;
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Add attribute"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit;
    auto* type = new QComboBox;
    for (const char* t : {"text", "number", "date", "choice"})
        type->addItem(QString::fromLatin1(t));
    form->addRow(tr("Name"), name);
    form->addRow(tr("Type"), type);
    if (!execForm(dialog, form) || name->text().trimmed().isEmpty())
        return;
    AttributeType t = AttributeType::Text;
    parseAttributeType(type->currentText(), &t);
    m_window.edit(tr("Add attribute \"%1\"").arg(name->text().trimmed()),
                  [scope, attribute = name->text(), t](Editor& e) {
                      return Status::from(ensureAttribute(e, scope, attribute, t));
                  });
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
    if (!execForm(dialog, form) || code->text().trimmed().isEmpty())
        return false;
    q->code = code->text().trimmed();
    q->title = title->text();
    q->text = text->toPlainText();
    return true;
}

} // namespace

void EditController::addQuestion() {
    if (!project())
        return;
    ResearchQuestion q;
    if (!questionDialog(&m_window, &q))
        return;
    m_window.edit(tr("Add research question %1").arg(q.code), [q](Editor& e) {
        return Status::from(ensureQuestion(e, q.code, q.title, q.text));
    });
}

void EditController::editQuestion(qint64 questionId) {
    if (!project())
        return;
    const Result<QVector<ResearchQuestion>> questions = project()->storage().researchQuestions();
    if (!questions)
        return m_window.showReadFailure(Status::from(questions));
    for (ResearchQuestion q : *questions) {
        if (q.id != questionId)
            continue;
        if (!questionDialog(&m_window, &q))
            return;
        Status s = project()->editKept(tr("Edit research question %1").arg(q.code),
                                       [q](Editor& e) { return updateQuestion(e, q); });
        if (!s)
            m_window.showFailure(s);
        return;
    }
}

void EditController::removeDocument(qint64 documentId) {
    if (!project())
        return;
    const auto doc = project()->storage().document(documentId);
    if (!doc)
        return;
    editAskingToForce(tr("Remove \"%1\"").arg(doc->name),
                      tr("Remove it anyway? (Undo restores it.)"),
                      [documentId](Editor& e, bool force) {
                          return situate::removeDocument(e, documentId, force);
                      });
}

void EditController::editAskingToForce(const QString& text, const QString& question,
                                       const std::function<Status(Editor&, bool force)>& edit) {
    Status s = project()->editKept(text, [edit](Editor& e) { return edit(e, false); });
    if (s)
        return;
    // Kept (sent and judged when the server is back), gone, refused, not connected, ...: shown
    // as it is. Only the refusal to take codings with it unasked (kind Other) is a question.
    if (s.kind() != ErrorKind::Other)
        return m_window.showFailure(s);
    if (m_window.confirm(s.error() + QLatin1Char('\n') + question))
        m_window.edit(text, [edit](Editor& e) { return edit(e, true); });
}

void EditController::editDocumentMemo(qint64 documentId) {
    if (!project())
        return;
    const auto memo = project()->storage().memo(MemoOwner::Document, documentId);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(&m_window, tr("Document memo"), tr("Memo:"),
                                                        memo ? memo->text : QString(), &ok);
    if (!ok)
        return;
    m_window.edit(tr("Edit document memo"), [documentId, text](Editor& e) {
        return setMemo(e, MemoOwner::Document, documentId, text);
    });
}

void EditController::showPreferences() {
    DocumentView* view = m_window.documentView();
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* family = new QFontComboBox;
    auto* size = new QSpinBox;
    size->setRange(7, 32);
    QSettings settings;
    family->setCurrentFont(
        QFont(settings.value(QStringLiteral("view/fontFamily"), view->font().family()).toString()));
    size->setValue(settings.value(QStringLiteral("view/fontSize"), 11).toInt());
    // Spreadsheets in locales whose decimal sign is a comma (French, German, Dutch, ...)
    // expect semicolons between the columns of a CSV file.
    QComboBox* separator =
        choiceBox(QStringLiteral("csvSeparatorChoice"),
                  {{tr("Comma"), QStringLiteral(",")},
                   {tr("Semicolon (spreadsheets in French, German, Dutch and other locales)"),
                    QStringLiteral(";")},
                   {tr("Tab"), QStringLiteral("\t")}});
    separator->setCurrentIndex(
        std::max(0, separator->findData(settings.value(QStringLiteral("export/csvSeparator"),
                                                       QStringLiteral(",")))));
    separator->setAccessibleName(tr("Separator in exported CSV files"));
    form->addRow(tr("Transcript font"), family);
    form->addRow(tr("Font size"), size);
    form->addRow(tr("CSV separator"), separator);
    QComboBox* language = languageChoiceBox();
    form->addRow(tr("Language"), language);
    QLabel* languageNote = statusLabel(QStringLiteral("languageNote"));
    languageNote->setText(tr("A new language shows when Situate is next started."));
    form->addRow(QString(), languageNote);
    if (!execForm(dialog, form))
        return;
    settings.setValue(QStringLiteral("view/fontFamily"), family->currentFont().family());
    settings.setValue(QStringLiteral("view/fontSize"), size->value());
    settings.setValue(QStringLiteral("export/csvSeparator"), separator->currentData());
    settings.setValue(QLatin1String(kLanguageSetting), language->currentData());
    applyPreferences();
}

void EditController::applyPreferences() {
    // The theme follows the system palette; only the reading font is Situate's own.
    DocumentView* view = m_window.documentView();
    QSettings settings;
    QFont f = view->font();
    const QString family = settings.value(QStringLiteral("view/fontFamily")).toString();
    if (!family.isEmpty())
        f.setFamily(family);
    f.setPointSize(settings.value(QStringLiteral("view/fontSize"), 11).toInt());
    view->setFont(f);
    const char separator =
        csv::separatorNamed(settings.value(QStringLiteral("export/csvSeparator")).toString());
    csv::setSeparator(separator != 0 ? separator : ',');
}

Project* EditController::project() const {
    return m_window.project();
}

} // namespace situate
