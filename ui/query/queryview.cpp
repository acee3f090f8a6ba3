// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/query/queryview.h"

#include "core/io/csv.h"
#include "core/project.h"
#include "core/query/querycode.h"
#include "core/query/queryevaluator.h"
#include "core/query/querynames.h"
#include "core/query/savedqueries.h"
#include "ui/analysis/codecombobox.h"
#include "ui/common/widgets.h"
#include "ui/evaluation/counted.h"
#include "ui/query/queryexpressionedit.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

namespace {

// The runs listed in the table; the counts and exports hold every one.
constexpr int kListed = 2000;

enum class Operand { Code, Tree, Coder, Speaker, Document, Case, Attribute };

QString operandWord(Operand o) {
    switch (o) {
    case Operand::Code:
        return QStringLiteral("code");
    case Operand::Tree:
        return QStringLiteral("tree");
    case Operand::Coder:
        return QStringLiteral("by");
    case Operand::Speaker:
        return QStringLiteral("speaker");
    case Operand::Document:
        return QStringLiteral("document");
    case Operand::Case:
        return QStringLiteral("case");
    case Operand::Attribute:
        return QStringLiteral("attribute");
    }
    return {};
}

/// Runs the query on what `loaded` holds, reading through `s` only what it lacks (the
/// codings of a code not asked for before, say); `loaded` keeps what was read for the next run.
Result<QueryAnswer> readAnswer(const Storage& s, const std::shared_ptr<query::QueryData>& loaded,
                               const QString& text, query::Unit unit) {
    struct Unbind { // the connection is the worker's: forget it when done
        query::QueryData& data;
        ~Unbind() { data.unbind(); }
    } unbind{*loaded};
    Result<query::QueryResult> result = query::runQuery(s, loaded, text, unit);
    if (!result)
        return Status::from(result);
    QueryAnswer a;
    a.query = text;
    a.counts = result->counts();
    a.rows = query::runRows(*result);
    for (const query::RunRow& row : a.rows)
        a.documentIds << result->data->documents()[row.position].id;
    a.runs.name = text;
    const QVector<DocumentInfo>& documents = result->data->documents();
    for (qsizetype d = 0; d < documents.size(); ++d) {
        if (!result->runs[std::size_t(d)].empty())
            a.runs.runs.insert(documents[d].id, result->runs[std::size_t(d)]);
    }
    FrequencyRequest byCase;
    Result<FrequencyMatrix> perCase = runsFrequencyMatrix(s, byCase, {a.runs});
    if (!perCase)
        return Status::from(perCase);
    a.perCase = perCase.take();
    return a;
}

QTableWidget* table(const QString& objectName, const QStringList& headers) {
    auto* t = named<QTableWidget>(objectName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* number(qint64 n) {
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QueryView::QueryView(QWidget* parent)
    : ProjectView(Follow::AfterPause, parent)
    , m_job(
          this, [this] { launch(); },
          [this](Result<QueryAnswer> result, bool) { finished(std::move(result)); }) {
    setObjectName(QStringLiteral("queryView"));
    m_kind = choiceBox(QStringLiteral("queryOperandKind"),
                       {{tr("Code"), int(Operand::Code)},
                        {tr("Code and sub-codes"), int(Operand::Tree)},
                        {tr("Coder (by)"), int(Operand::Coder)},
                        {tr("Speaker"), int(Operand::Speaker)},
                        {tr("Document"), int(Operand::Document)},
                        {tr("Case"), int(Operand::Case)},
                        {tr("Attribute"), int(Operand::Attribute)}});
    m_name = choiceBox(QStringLiteral("queryOperandName"));
    m_name->setMinimumContentsLength(18);
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_name->setAccessibleName(tr("Name to insert"));
    auto* insert = namedButton(QStringLiteral("queryInsert"), tr("Insert"),
                               tr("Insert the operand at the cursor"));
    m_expression = named<QueryExpressionEdit>(QStringLiteral("queryExpression"));
    m_expression->setPlaceholderText(
        tr("e.g. code \"Mechanisms\" near 10 code \"Outcomes\" and speaker \"P1\""));
    m_expression->setAccessibleName(tr("Query"));
    m_unit =
        choiceBox(QStringLiteral("queryUnit"), {{tr("Runs"), int(query::Unit::Run)},
                                                {tr("Turns"), int(query::Unit::Turn)},
                                                {tr("Paragraphs"), int(query::Unit::Paragraph)},
                                                {tr("Documents"), int(query::Unit::Document)}});
    m_unit->setAccessibleName(tr("Widen each run to"));
    auto* run = namedButton(QStringLiteral("queryRun"), tr("Run"), tr("Run the query (Enter)"));
    m_status = statusLabel(QStringLiteral("queryStatus"));
    m_status->setWordWrap(true);
    m_busy = busyBar(QStringLiteral("queryBusy"));

    auto* operators = new QHBoxLayout;
    const QList<std::pair<QString, QString>> ops = {
        {QStringLiteral("and"), QStringLiteral(" and ")},
        {QStringLiteral("or"), QStringLiteral(" or ")},
        {QStringLiteral("and not"), QStringLiteral(" and not ")},
        {QStringLiteral("near"), QStringLiteral(" near 10 ")},
        {QStringLiteral("in turn"), QStringLiteral(" in turn ")},
        {QStringLiteral("in paragraph"), QStringLiteral(" in paragraph ")},
        {QStringLiteral("( )"), QStringLiteral("()")}};
    for (const auto& [label, text] : ops) {
        auto* b = namedButton(QStringLiteral("queryOperator_") + QString(label)
                                                                     .remove(QLatin1Char(' '))
                                                                     .remove(QLatin1Char('('))
                                                                     .remove(QLatin1Char(')')),
                              label, tr("Insert \"%1\" at the cursor").arg(text.trimmed()));
        if (label == QLatin1String("( )"))
            b->setObjectName(QStringLiteral("queryOperator_parentheses"));
        const QString inserted = text;
        connect(b, &QPushButton::clicked, this, [this, inserted] { insertText(inserted); });
        operators->addWidget(b);
    }
    operators->addStretch();

    m_runs = table(QStringLiteral("queryRuns"),
                   {tr("Document"), tr("Case"), tr("Start"), tr("End"), tr("Text")});
    m_perCase = table(QStringLiteral("queryPerCase"),
                      {tr("Case"), tr("Runs"), tr("Documents"), tr("Characters")});

    m_saved = choiceBox(QStringLiteral("querySaved"));
    m_saved->setAccessibleName(tr("Saved queries"));
    m_saveName = named<QLineEdit>(QStringLiteral("querySaveName"));
    m_saveName->setPlaceholderText(tr("Name to save as"));
    m_saveName->setAccessibleName(tr("Name to save as"));
    auto* save = namedButton(QStringLiteral("querySave"), tr("Save"),
                             tr("Keep this query in the project under the name"));
    m_code = new CodeComboBox;
    m_code->setObjectName(QStringLiteral("queryCode"));
    m_code->setAccessibleName(tr("Code to code the result with"));
    m_codeButton = namedButton(QStringLiteral("queryAutoCode"), tr("Code result"),
                               tr("Code every run of the result with the chosen code, as the "
                                  "current coder (one undoable step)"));
    m_export = namedButton(QStringLiteral("queryExport"), tr("Export CSV…"));
    m_extracts = namedButton(QStringLiteral("queryOpenExtracts"), tr("Open in extracts browser"),
                             tr("The codings that share a character with the result"));

    m_evidence = namedButton(QStringLiteral("queryOpenEvidence"), tr("Open in evidence matrix"),
                             tr("The saved queries as rows of the evidence matrix"));

    auto* layout = new QVBoxLayout(this);
    auto* build = new QHBoxLayout;
    build->addWidget(m_kind);
    build->addWidget(m_name, 1);
    build->addWidget(insert);
    layout->addLayout(build);
    layout->addLayout(operators);
    auto* line = new QHBoxLayout;
    line->addWidget(m_expression, 1);
    line->addWidget(m_unit);
    line->addWidget(run);
    layout->addLayout(line);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    auto* results = new QHBoxLayout;
    results->addWidget(m_runs, 3);
    results->addWidget(m_perCase, 2);
    layout->addLayout(results, 1);
    auto* actions = new QGridLayout;
    actions->addWidget(new QLabel(tr("Saved:")), 0, 0);
    actions->addWidget(m_saved, 0, 1);
    actions->addWidget(m_saveName, 0, 2);
    actions->addWidget(save, 0, 3);
    actions->addWidget(new QLabel(tr("Code with:")), 1, 0);
    actions->addWidget(m_code, 1, 1, 1, 2);
    actions->addWidget(m_codeButton, 1, 3);
    actions->addWidget(m_export, 0, 4);
    actions->addWidget(m_extracts, 1, 4);
    actions->addWidget(m_evidence, 1, 5);
    actions->setColumnStretch(1, 1);
    actions->setColumnStretch(2, 1);
    layout->addLayout(actions);

    m_words = new QStringListModel(this);
    m_completer = new QCompleter(m_words, this);
    m_completer->setWidget(m_expression);
    m_expression->setCompleter(m_completer);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("queryCompletions"));
    connect(m_expression, &QueryExpressionEdit::textEdited, this, [this] { complete(); });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &QueryView::takeCompletion);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { fillNames(); });
    connect(insert, &QPushButton::clicked, this, &QueryView::insertOperand);
    connect(run, &QPushButton::clicked, this, [this] { runQuery(m_expression->text()); });
    connect(m_expression, &QueryExpressionEdit::returnPressed, this,
            [this] { runQuery(m_expression->text()); });
    connect(m_runs, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_answer || row >= m_answer->rows.size())
            return;
        const query::RunRow& r = m_answer->rows[row];
        emit showRangeRequested(m_answer->documentIds[row], r.start, r.end);
    });
    connect(save, &QPushButton::clicked, this, [this] { saveQuery(); });
    connect(m_saved, &QComboBox::activated, this, [this] { loadSaved(); });
    connect(m_codeButton, &QPushButton::clicked, this, [this] { autoCode(); });
    connect(m_export, &QPushButton::clicked, this, &QueryView::exportRequested);
    connect(m_extracts, &QPushButton::clicked, this, [this] { openExtracts(); });
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        // The matrix shows saved queries: this one must be one of them.
        bool saved = false;
        if (m_answer && project()) {
            if (const auto all = query::savedQueries(project()->storage()))
                saved = std::any_of(all->cbegin(), all->cend(), [this](const query::SavedQuery& q) {
                    return q.query == m_answer->query;
                });
        }
        if (!saved) {
            m_status->setText(tr("Save the query first: the evidence matrix shows saved queries "
                                 "as its rows."));
            m_saveName->setFocus();
            return;
        }
        emit evidenceRequested();
    });
    finished(Status::failure(QString()));
}

QueryView::~QueryView() = default;

void QueryView::projectReplaced() {
    m_loaded.reset();
    m_answer.reset();
    m_running.clear();
    finished(Status::failure(QString()));
    refreshNow();
}

void QueryView::projectEdited() {
    m_loaded.reset(); // what it read may have changed: the next run reads it again
}

void QueryView::refresh() {
    fillNames();
    // Rerun on change: the shown result follows edits, undo and other clients.
    if (m_answer || !m_running.isEmpty())
        m_job.start();
}

void QueryView::fillNames() {
    if (!project())
        return;
    const Result<query::QueryNames> names = query::queryNames(project()->storage());
    if (!names) {
        m_status->setText(tr("Could not read the project's names: %1").arg(names.error()));
        return;
    }
    // Completion while typing: the language's words and every name, quoted as written.
    QStringList words = {
        QStringLiteral("code"),      QStringLiteral("tree"),     QStringLiteral("by"),
        QStringLiteral("speaker"),   QStringLiteral("document"), QStringLiteral("case"),
        QStringLiteral("attribute"), QStringLiteral("all"),      QStringLiteral("and"),
        QStringLiteral("or"),        QStringLiteral("not"),      QStringLiteral("near"),
        QStringLiteral("in"),        QStringLiteral("turn"),     QStringLiteral("paragraph")};
    for (const QStringList* l : {&names->codes, &names->coders, &names->speakers, &names->documents,
                                 &names->cases, &names->attributes})
        for (const QString& n : *l)
            words << query::quoted(n);
    words.removeDuplicates();
    m_words->setStringList(words);
    QStringList list;
    switch (Operand(m_kind->currentData().toInt())) {
    case Operand::Code:
    case Operand::Tree:
        list = names->codes;
        break;
    case Operand::Coder:
        list = names->coders;
        break;
    case Operand::Speaker:
        list = names->speakers;
        break;
    case Operand::Document:
        list = names->documents;
        break;
    case Operand::Case:
        list = names->cases;
        break;
    case Operand::Attribute:
        list = names->attributes;
        break;
    }
    const QString current = m_name->currentText();
    m_name->clear();
    m_name->addItems(list);
    m_name->setCurrentIndex(std::max<int>(0, int(list.indexOf(current))));
    m_code->setTree(names->tree);
    const qint64 code = m_code->currentCodeId();
    m_code->setCurrentCodeId(code);
    const Result<QVector<query::SavedQuery>> saved = query::savedQueries(project()->storage());
    const QString chosen = m_saved->currentText();
    m_saved->clear();
    if (saved) {
        for (const query::SavedQuery& q : *saved)
            m_saved->addItem(q.name, q.query);
    }
    m_saved->setCurrentIndex(std::max<int>(0, m_saved->findText(chosen)));
}

QAbstractItemView* QueryView::completions() const {
    return m_completer->popup();
}

QString QueryView::wordAtCursor() const {
    const QString text = m_expression->text().left(m_expression->cursorPosition());
    // Inside an open quote the word is the quoted name so far, else what follows a space or
    // a parenthesis.
    int quotes = 0;
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\')) {
            ++i;
        } else if (text[i] == QLatin1Char('"')) {
            if (++quotes % 2 == 1)
                open = i;
        }
    }
    if (quotes % 2 == 1)
        return text.mid(open);
    qsizetype start = text.size();
    while (start > 0 && !text[start - 1].isSpace() && text[start - 1] != QLatin1Char('(') &&
           text[start - 1] != QLatin1Char(')'))
        --start;
    return text.mid(start);
}

void QueryView::complete() {
    const QString word = wordAtCursor();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void QueryView::takeCompletion(const QString& completion) {
    const qsizetype length = wordAtCursor().size();
    const int cursor = m_expression->cursorPosition();
    QString text = m_expression->text();
    text.replace(cursor - length, length, completion);
    m_expression->setText(text);
    m_expression->setCursorPosition(int(cursor - length + completion.size()));
}

void QueryView::insertText(const QString& text) {
    m_expression->insert(text);
    if (text == QLatin1String("()"))
        m_expression->moveCursor(QTextCursor::Left);
    m_expression->setFocus();
}

void QueryView::insertOperand() {
    const auto kind = Operand(m_kind->currentData().toInt());
    if (m_name->currentText().isEmpty())
        return;
    QString text = operandWord(kind) + QLatin1Char(' ') + query::quoted(m_name->currentText());
    if (kind == Operand::Attribute)
        text += QStringLiteral(" = \"\"");
    // `by "CODER"` follows the code or tree operand before it, a space between.
    const QString before = m_expression->text().left(m_expression->cursorPosition());
    if (kind == Operand::Coder && !before.isEmpty() && !before.back().isSpace())
        text.prepend(QLatin1Char(' '));
    insertText(text);
}

void QueryView::runQuery(const QString& text) {
    m_expression->setText(text);
    m_running = text.trimmed();
    if (m_running.isEmpty()) {
        m_status->setText(tr("Write a query, or build one from the names and operators above."));
        return;
    }
    m_job.start();
}

void QueryView::launch() {
    if (!project())
        return finished(Status::failure(tr("No project is open.")));
    m_busy->setVisible(true);
    m_status->setText(tr("Running…"));
    const QString text = m_running;
    const auto unit = query::Unit(m_unit->currentData().toInt());
    if (!m_loaded)
        m_loaded = std::make_shared<query::QueryData>();
    m_job.run(*project(),
              [text, unit, loaded = m_loaded](const Storage& s, const std::atomic_bool&) {
                  return readAnswer(s, loaded, text, unit);
              });
}

void QueryView::finished(Result<QueryAnswer> result) {
    m_busy->setVisible(false);
    if (m_loaded && !m_loaded->failure())
        m_loaded.reset(); // a read failed: what it holds is not to be trusted
    m_expression->clearError();
    const bool ok = result.ok();
    m_codeButton->setEnabled(ok);
    m_export->setEnabled(ok);
    m_extracts->setEnabled(ok);
    m_evidence->setEnabled(ok);
    if (!ok) {
        m_answer.reset();
        m_runs->setRowCount(0);
        m_perCase->setRowCount(0);
        if (!result.error().isEmpty()) {
            showError(result.error());
        } else {
            m_status->setText(
                tr("Write a query, or build one from the names and operators above."));
        }
        emit answered();
        return;
    }
    m_answer = result.take();
    const QueryAnswer& a = *m_answer;
    const QLocale locale;
    m_status->setText(tr("%1 in %2 of %3, %4%5")
                          .arg(counted(a.counts.runs, tr("run"), tr("runs")),
                               counted(a.counts.documents, tr("document"), tr("documents")),
                               counted(a.counts.cases, tr("case"), tr("cases")),
                               counted(a.counts.characters, tr("character"), tr("characters")),
                               a.rows.size() > kListed
                                   ? tr(" (the first %1 listed)").arg(locale.toString(kListed))
                                   : QString()));
    const int listed = int(std::min<qsizetype>(a.rows.size(), kListed));
    m_runs->setRowCount(listed);
    for (int r = 0; r < listed; ++r) {
        const query::RunRow& row = a.rows[r];
        m_runs->setItem(r, 0, new QTableWidgetItem(row.document));
        m_runs->setItem(r, 1, new QTableWidgetItem(row.cases.join(QStringLiteral("; "))));
        m_runs->setItem(r, 2, number(row.start));
        m_runs->setItem(r, 3, number(row.end));
        m_runs->setItem(
            r, 4,
            new QTableWidgetItem(QString(row.text).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    }
    const FrequencyMatrix& m = a.perCase;
    m_perCase->setRowCount(int(m.columns.size()));
    for (int c = 0; c < m.columns.size(); ++c) {
        const MatrixCell& cell = m.rows.isEmpty() ? MatrixCell{} : m.cell(0, c);
        m_perCase->setItem(c, 0, new QTableWidgetItem(m.columns[c].key));
        m_perCase->setItem(c, 1, number(cell.codings));
        m_perCase->setItem(c, 2, number(cell.documents));
        m_perCase->setItem(c, 3, number(cell.characters));
    }
    m_runs->resizeColumnsToContents();
    m_perCase->resizeColumnsToContents();
    emit answered();
}

void QueryView::showError(const QString& error) {
    m_status->setText(tr("The query cannot run: %1").arg(error));
    // An error that names its column: the wrong part underlined, the cursor after it.
    const auto [start, end] = queryErrorSpan(m_expression->text(), error);
    if (end > start) {
        m_expression->markError(start, end);
        m_expression->setCursorPosition(end);
    }
}

void QueryView::saveQuery() {
    const QString name = m_saveName->text().trimmed();
    const QString text = m_expression->text().trimmed();
    if (!project())
        return;
    if (name.isEmpty()) {
        m_status->setText(tr("Give the query a name to save it under."));
        m_saveName->setFocus();
        return;
    }
    const Status st = project()->edit(tr("Save query %1").arg(name),
                                      [&](Editor& e) { return query::saveQuery(e, name, text); });
    m_status->setText(st ? tr("Saved as \"%1\".").arg(name)
                         : tr("Could not save the query: %1").arg(st.error()));
}

void QueryView::loadSaved() {
    if (m_saved->currentIndex() < 0)
        return;
    m_saveName->setText(m_saved->currentText());
    runQuery(m_saved->currentData().toString());
}

void QueryView::autoCode() {
    if (!project() || !m_answer)
        return;
    const qint64 codeId = m_code->currentCodeId();
    const Result<CodeTree> tree = CodeTree::read(project()->storage());
    if (codeId <= 0 || !tree) {
        m_status->setText(tr("Choose the code to code the result with."));
        return;
    }
    const QString coder = m_coder ? m_coder() : QString();
    if (coder.isEmpty()) {
        m_status->setText(tr("Choose who codes (Coding as) first."));
        return;
    }
    const QString path = tree->path(codeId);
    const auto unit = query::Unit(m_unit->currentData().toInt());
    const QString text = m_answer->query;
    const Result<query::CodeReport> report = project()->editFor<query::CodeReport>(
        tr("Code query result with %1").arg(path),
        [&](Editor& e) { return query::codeQuery(e, text, unit, path, coder); });
    m_status->setText(report ? tr("Coded %1 runs with %2 (%3 already were).")
                                   .arg(QLocale().toString(report->added), path,
                                        QLocale().toString(report->already))
                             : tr("Could not code the result: %1").arg(report.error()));
}

void QueryView::openExtracts() {
    if (!m_answer)
        return;
    ExtractQuery q;
    q.within = std::make_shared<QHash<qint64, std::vector<Interval>>>(m_answer->runs.runs);
    emit extractsRequested(q, tr("query: %1").arg(m_answer->query));
}

Status QueryView::exportCsv(const QString& path) const {
    if (!m_answer)
        return Status::failure(tr("Run a query first."));
    return csv::saveFile(path, query::rowsCsv(m_answer->rows));
}

} // namespace situate
