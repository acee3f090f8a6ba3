// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/maturityview.h"

#include "core/colours.h"
#include "core/commands/evaluationcommands.h"
#include "core/project.h"
#include "core/text.h"
#include "ui/common/widgets.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace situate {

namespace {

QColor levelColour(int level, int levels) {
    // From a pale to a deep teal, so higher maturity reads darker at a glance.
    const double t = levels > 1 ? double(level - 1) / double(levels - 1) : 1.0;
    const QColor pale(0xe6, 0xf2, 0xf1), deep(0x3e, 0x8e, 0x88);
    return QColor::fromRgbF(pale.redF() + t * (deep.redF() - pale.redF()),
                            pale.greenF() + t * (deep.greenF() - pale.greenF()),
                            pale.blueF() + t * (deep.blueF() - pale.blueF()));
}

QString coefficientText(const Coefficient& c) {
    return c.defined() ? QLocale().toString(*c.value, 'f', 2) : QStringLiteral("–");
}

} // namespace

MaturityView::MaturityView(QWidget* parent)
    : ProjectView(Follow::AtOnce, parent) {
    setObjectName(QStringLiteral("maturityView"));
    m_table = named<QTableWidget>(QStringLiteral("maturityTable"));
    m_table->setAccessibleName(tr("Maturity ratings by case and coder"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->setStyleSheet(QStringLiteral(
        "QTableWidget { gridline-color: #e3e6ea; }"
        "QHeaderView::section { background: #f7f8fa; color: #1f2328; border: none;"
        " border-right: 1px solid #e3e6ea; border-bottom: 1px solid #e3e6ea; padding: 3px 6px; }"));
    m_agreementLabel = named<QLabel>(QStringLiteral("maturityAgreement"));
    m_agreementLabel->setWordWrap(true);
    m_agreementLabel->setTextFormat(Qt::RichText);
    m_levelsTable = named<QTableWidget>(QStringLiteral("maturityLevels"));
    m_levelsTable->setAccessibleName(tr("Maturity levels"));
    m_levelsTable->setColumnCount(2);
    m_levelsTable->setHorizontalHeaderLabels({tr("Level"), tr("Descriptor")});
    m_levelsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_levelsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_levelsTable->verticalHeader()->hide();
    m_levelsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_levelsTable->setWordWrap(true);

    m_editorTitle = named<QLabel>(QStringLiteral("maturityEditorTitle"));
    m_editorTitle->setTextFormat(Qt::RichText);
    m_editorTitle->setWordWrap(true);
    m_level = choiceBox(QStringLiteral("maturityLevel"));
    m_descriptor = named<QLabel>(QStringLiteral("maturityDescriptor"));
    m_descriptor->setWordWrap(true);
    m_descriptor->setStyleSheet(QStringLiteral("color: #5a6270;"));
    m_rationale = named<QPlainTextEdit>(QStringLiteral("maturityRationale"));
    m_rationale->setAccessibleName(tr("Rationale of the rating"));
    m_evidenceLabel = new QLabel(tr("<b>Supporting codings</b>"));
    m_evidenceList = named<QListWidget>(QStringLiteral("maturityEvidence"));
    m_evidenceList->setAccessibleName(tr("Evidence for the rating"));
    m_evidenceList->setWordWrap(true);
    m_addCoding = namedButton(QStringLiteral("maturityAddCoding"), tr("Add selected coding"),
                              tr("Adds the coding selected in the document as evidence."));
    m_removeCoding = namedButton(QStringLiteral("maturityRemoveCoding"), tr("Remove"));
    m_save = namedButton(QStringLiteral("maturitySave"), tr("Save rating"));
    m_clear = namedButton(QStringLiteral("maturityClear"), tr("Clear"));

    auto* left = new QWidget;
    auto* leftLayout = flushLayout(left);
    leftLayout->addWidget(m_table, 3);
    leftLayout->addWidget(m_agreementLabel);
    leftLayout->addWidget(new QLabel(tr("<b>Maturity model</b>")));
    leftLayout->addWidget(m_levelsTable, 2);

    auto* editor = new QGroupBox(tr("Rating"));
    auto* form = new QVBoxLayout(editor);
    form->addWidget(m_editorTitle);
    form->addWidget(m_level);
    form->addWidget(m_descriptor);
    form->addWidget(new QLabel(tr("Rationale / reasoning:")));
    form->addWidget(m_rationale, 2);
    form->addWidget(m_evidenceLabel);
    form->addWidget(m_evidenceList, 2);
    auto* evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_addCoding);
    evidenceButtons->addWidget(m_removeCoding);
    evidenceButtons->addStretch(1);
    form->addLayout(evidenceButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    form->addLayout(buttons);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_refreshing)
            cellChanged();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        updateDescriptor();
        if (!m_refreshing) {
            m_edited = true;
            updateEnabled();
        }
    });
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing) {
            m_edited = true;
            updateEnabled();
        }
    });
    connect(m_addCoding, &QPushButton::clicked, this, [this] {
        if (Status s = addSelectedCoding(); !s)
            emit failed(s);
    });
    connect(m_removeCoding, &QPushButton::clicked, this, [this] {
        const int row = m_evidenceList->currentRow();
        if (row < 0 || row >= m_evidence.size())
            return;
        m_evidence.remove(row);
        m_edited = true;
        showEvidence();
    });
    connect(m_evidenceList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (!project())
            return;
        if (auto c = project()->storage().coding(item->data(Qt::UserRole).toLongLong()))
            emit openCoding(c->documentId, c->start, c->end);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = save(); !s)
            emit failed(s);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (Status s = clear(); !s)
            emit failed(s);
    });
    updateEnabled();
}

void MaturityView::projectReplaced() {
    m_edited = false;
    // Opening a project reads the ratings only for a table someone is looking at.
    if (project())
        refreshNow();
    else
        refresh();
}

QString MaturityView::levelText(int level) const {
    for (const MaturityLevel& l : m_levels)
        if (l.level == level)
            return QStringLiteral("%1 · %2").arg(level).arg(l.name);
    return QString::number(level);
}

void MaturityView::refresh() {
    Result<QVector<Case>> cases =
        project() ? project()->storage().cases() : Result<QVector<Case>>(QVector<Case>());
    Result<QVector<Coder>> coders =
        project() ? project()->storage().coders() : Result<QVector<Coder>>(QVector<Coder>());
    if (!cases || !coders) {
        // What is shown stays until the project can be read again.
        emit failed(cases ? Status::from(coders) : Status::from(cases));
        return;
    }
    m_refreshing = true;
    const int keepRow = m_table->currentRow();
    const int keepColumn = m_table->currentColumn();
    m_cases.clear();
    m_coders.clear();
    m_levels.clear();
    m_ratings.clear();
    m_consensus.clear();
    m_agreement = {};
    if (project()) {
        const Storage& s = project()->storage();
        m_cases = cases.take();
        m_coders = coders.take();
        std::sort(m_coders.begin(), m_coders.end(),
                  [](const Coder& a, const Coder& b) { return a.name < b.name; });
        m_levels = maturityLevels(s);
        m_ratings = maturityRatings(s);
        m_consensus = consensusRatings(s);
        if (auto a = ratingAgreement(s))
            m_agreement = a.take();
    }

    m_table->clear();
    m_table->setRowCount(int(m_cases.size()));
    m_table->setColumnCount(int(m_coders.size()) + 1);
    QStringList headers;
    for (const Coder& c : m_coders)
        headers << c.name;
    headers << tr("Consensus");
    m_table->setHorizontalHeaderLabels(headers);
    QStringList caseNames;
    for (const Case& c : m_cases)
        caseNames << c.name;
    m_table->setVerticalHeaderLabels(caseNames);
    const int n = int(m_levels.size());
    auto put = [&](int row, int column, int level, const QString& why) {
        auto* item = new QTableWidgetItem(level > 0 ? levelText(level) : tr("not rated"));
        item->setData(Qt::UserRole, level);
        if (level > 0) {
            const QColor bg = levelColour(level, n);
            item->setBackground(bg);
            item->setForeground(readableTextOn(bg));
            item->setToolTip(why.isEmpty() ? levelText(level) : why);
        } else {
            item->setForeground(QColor(0xa0, 0xa6, 0xb0));
        }
        if (column == int(m_coders.size())) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_table->setItem(row, column, item);
    };
    for (int r = 0; r < m_cases.size(); ++r) {
        for (int c = 0; c < m_coders.size(); ++c) {
            int level = 0;
            QString why;
            for (const MaturityRating& rating : m_ratings)
                if (rating.caseId == m_cases[r].id && rating.coderId == m_coders[c].id) {
                    level = rating.level;
                    why = rating.rationale;
                }
            put(r, c, level, why);
        }
        int level = 0;
        QString why;
        for (const ConsensusRating& c : m_consensus)
            if (c.caseId == m_cases[r].id) {
                level = c.level;
                why = c.reasoning;
            }
        put(r, int(m_coders.size()), level, why);
    }

    m_levelsTable->setRowCount(n);
    for (int i = 0; i < n; ++i) {
        auto* name = new QTableWidgetItem(levelText(m_levels[i].level));
        name->setBackground(levelColour(m_levels[i].level, n));
        name->setForeground(readableTextOn(levelColour(m_levels[i].level, n)));
        m_levelsTable->setItem(i, 0, name);
        m_levelsTable->setItem(i, 1, new QTableWidgetItem(m_levels[i].descriptor));
    }
    m_levelsTable->resizeRowsToContents();

    const QString sep = QStringLiteral(" &nbsp;·&nbsp; ");
    if (m_levels.isEmpty()) {
        m_agreementLabel->setText(tr("<i>The project has no maturity model yet.</i>"));
    } else if (m_agreement.coders.size() < 2) {
        m_agreementLabel->setText(tr("<b>Agreement</b>: needs ratings by at least two coders."));
    } else {
        QString text = tr("<b>Agreement</b> of %1: ").arg(m_agreement.coders.join(tr(" and ")));
        text += tr("ordinal Krippendorff's α %1")
                    .arg(coefficientText(m_agreement.krippendorffAlphaOrdinal));
        if (m_agreement.coders.size() == 2)
            text += sep + tr("weighted κ linear %1, quadratic %2")
                              .arg(coefficientText(m_agreement.weightedKappaLinear),
                                   coefficientText(m_agreement.weightedKappaQuadratic));
        text += sep + tr("%1 of %2 rated CoPs identical")
                          .arg(m_agreement.exactAgreements)
                          .arg(m_agreement.complete);
        m_agreementLabel->setText(text);
    }

    {
        const QSignalBlocker block(m_level);
        m_level->clear();
        for (const MaturityLevel& l : m_levels)
            m_level->addItem(levelText(l.level), l.level);
    }
    if (keepRow >= 0 && keepRow < m_table->rowCount() && keepColumn >= 0 &&
        keepColumn < m_table->columnCount())
        m_table->setCurrentCell(keepRow, keepColumn);
    m_refreshing = false;
    if (!m_edited)
        loadEditor();
    updateEnabled();
}

void MaturityView::selectCell(int row, int column) {
    m_table->setCurrentCell(row, column);
}

void MaturityView::cellChanged() {
    m_edited = false;
    loadEditor();
}

void MaturityView::loadEditor() {
    m_refreshing = true;
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    m_evidence.clear();
    QString text;
    int level = 0;
    if (row < 0 || column < 0 || row >= m_cases.size()) {
        m_editorTitle->setText(tr("Select a CoP and a coder (or the consensus) to rate."));
    } else if (column == consensusColumn()) {
        m_editorTitle->setText(
            tr("<b>Consensus for %1</b>").arg(m_cases[row].name.toHtmlEscaped()));
        for (const ConsensusRating& c : m_consensus)
            if (c.caseId == m_cases[row].id) {
                level = c.level;
                text = c.reasoning;
            }
    } else {
        m_editorTitle->setText(
            tr("<b>%1's rating of %2</b>")
                .arg(m_coders[column].name.toHtmlEscaped(), m_cases[row].name.toHtmlEscaped()));
        for (const MaturityRating& r : m_ratings)
            if (r.caseId == m_cases[row].id && r.coderId == m_coders[column].id) {
                level = r.level;
                text = r.rationale;
                m_evidence = r.codingIds;
            }
    }
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    m_rationale->setPlainText(text);
    m_save->setText(column == consensusColumn() ? tr("Record consensus") : tr("Save rating"));
    m_refreshing = false;
    m_edited = false;
    updateDescriptor();
    showEvidence();
    updateEnabled();
}

void MaturityView::showEvidence() {
    m_evidenceList->clear();
    if (!project())
        return;
    const Storage& s = project()->storage();
    const Result<QVector<Code>> codes = s.codes();
    if (!codes) {
        emit failed(Status::from(codes));
        return;
    }
    QHash<qint64, QString> codeNames;
    for (const Code& c : *codes)
        codeNames.insert(c.id, c.name);
    for (qint64 id : m_evidence) {
        const std::optional<Coding> c = s.coding(id);
        QString label;
        if (!c) {
            label = tr("(coding %1 no longer exists)").arg(id);
        } else {
            const QString doc =
                s.documentNameAndLength(c->documentId).value_or(std::pair<QString, qint64>()).first;
            const QString whole = s.documentText(c->documentId);
            QString text = OffsetMap(whole).slice(whole, c->start, c->end).simplified();
            if (text.size() > 160)
                text = text.left(157) + QStringLiteral("…");
            label = QStringLiteral("%1 · %2\n“%3”").arg(doc, codeNames.value(c->codeId), text);
        }
        auto* item = new QListWidgetItem(label);
        item->setData(Qt::UserRole, id);
        m_evidenceList->addItem(item);
    }
    updateEnabled();
}

void MaturityView::updateDescriptor() {
    const int level = m_level->currentData().toInt();
    for (const MaturityLevel& l : m_levels)
        if (l.level == level)
            m_descriptor->setText(l.descriptor);
    if (m_levels.isEmpty())
        m_descriptor->clear();
}

void MaturityView::updateEnabled() {
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    const bool cell =
        project() && row >= 0 && column >= 0 && row < m_cases.size() && !m_levels.isEmpty();
    const bool rating = cell && column < consensusColumn();
    const bool stored = cell && m_table->item(row, column) &&
                        m_table->item(row, column)->data(Qt::UserRole).toInt() > 0;
    m_level->setEnabled(cell);
    m_rationale->setEnabled(cell);
    m_evidenceList->setEnabled(rating);
    m_evidenceLabel->setEnabled(rating);
    m_addCoding->setEnabled(rating);
    m_removeCoding->setEnabled(rating && !m_evidence.isEmpty());
    m_save->setEnabled(cell && (m_edited || !stored));
    m_clear->setEnabled(stored);
}

Status MaturityView::addSelectedCoding() {
    const qint64 id = m_codingSource ? m_codingSource() : 0;
    if (id == 0)
        return Status::failure(tr("Select a coding in the document first."));
    if (!m_evidence.contains(id)) {
        m_evidence << id;
        std::sort(m_evidence.begin(), m_evidence.end());
        m_edited = true;
    }
    showEvidence();
    return {};
}

Status MaturityView::save() {
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    if (!project() || row < 0 || column < 0 || row >= m_cases.size())
        return Status::failure(tr("Select a CoP and a coder first."));
    const int level = m_level->currentData().toInt();
    const QString text = m_rationale->toPlainText().trimmed();
    const Case cop = m_cases[row];
    Status s;
    if (column == consensusColumn()) {
        s = project()->editKept(
            tr("Consensus maturity of %1").arg(cop.name),
            [cop, level, text](Editor& e) { return setConsensusRating(e, cop.id, level, text); });
    } else {
        const Coder coder = m_coders[column];
        const QVector<qint64> evidence = m_evidence;
        s = project()->editKept(tr("%1's maturity rating of %2").arg(coder.name, cop.name),
                                [cop, coder, level, text, evidence](Editor& e) -> Status {
                                    Result<qint64> id =
                                        setMaturityRating(e, cop.id, coder.id, level, text);
                                    if (!id)
                                        return Status::from(id);
                                    return setRatingEvidence(e, *id, evidence);
                                });
    }
    if (s) {
        m_edited = false;
        loadEditor();
    }
    return s;
}

Status MaturityView::clear() {
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    if (!project() || row < 0 || column < 0 || row >= m_cases.size())
        return Status::failure(tr("Select a CoP and a coder first."));
    const Case cop = m_cases[row];
    Status s;
    if (column == consensusColumn())
        s = project()->editKept(tr("Clear consensus maturity of %1").arg(cop.name),
                                [cop](Editor& e) { return clearConsensusRating(e, cop.id); });
    else
        s = project()->editKept(
            tr("Clear %1's maturity rating of %2").arg(m_coders[column].name, cop.name),
            [cop, coderId = m_coders[column].id](Editor& e) {
                return clearMaturityRating(e, cop.id, coderId);
            });
    if (s) {
        m_edited = false;
        loadEditor();
    }
    return s;
}

} // namespace situate
