// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refitext.h"

#include <QRegularExpression>
#include <QUuid>

namespace situate::refi {

namespace {

// The namespace of the GUIDs Situate derives (UUID version 5), fixed so exports repeat.
const QUuid derivedNamespace(QStringLiteral("{3f6b9d52-1c84-4e0a-9b7d-53495455a001}"));

struct Label {
    QLatin1String text;
    int field; // 1 inclusion, 2 exclusion, 3 example, 4 ToC element
};
const Label labels[] = {{QLatin1String("Inclusion:"), 1},
                        {QLatin1String("Exclusion:"), 2},
                        {QLatin1String("Example:"), 3},
                        {QLatin1String("Theory of change:"), 4}};

void appendParagraph(QString* field, const QString& paragraph) {
    if (paragraph.isEmpty())
        return;
    *field = field->isEmpty() ? paragraph : *field + QLatin1String("\n\n") + paragraph;
}

} // namespace

QString cleanGuid(const QString& guid) {
    const QUuid uuid = QUuid::fromString(guid.trimmed());
    if (uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

QString derivedGuid(const QString& guid, QLatin1String purpose) {
    return QUuid::createUuidV5(derivedNamespace, (guid + QLatin1Char(':') + purpose).toUtf8())
        .toString(QUuid::WithoutBraces);
}

QString cleanColour(const QString& colour) {
    static const QRegularExpression six(QStringLiteral("^#?([0-9A-Fa-f]{6})$"));
    static const QRegularExpression three(
        QStringLiteral("^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$"));
    const QString c = colour.trimmed();
    if (const auto m = six.match(c); m.hasMatch())
        return QLatin1Char('#') + m.captured(1).toLower();
    if (const auto m = three.match(c); m.hasMatch()) {
        QString out(QStringLiteral("#"));
        for (int i = 1; i <= 3; ++i)
            out += m.captured(i).repeated(2).toLower();
        return out;
    }
    return {};
}

QString refiColour(const QString& colour) {
    const QString c = cleanColour(colour);
    return c.isEmpty() ? QString() : c.toUpper();
}

QString codeDescription(const Code& code) {
    QString out = code.definition.trimmed();
    appendParagraph(&out, code.inclusion.isEmpty()
                              ? QString()
                              : QStringLiteral("Inclusion: ") + code.inclusion.trimmed());
    appendParagraph(&out, code.exclusion.isEmpty()
                              ? QString()
                              : QStringLiteral("Exclusion: ") + code.exclusion.trimmed());
    appendParagraph(&out, code.example.isEmpty()
                              ? QString()
                              : QStringLiteral("Example: ") + code.example.trimmed());
    if (code.toc != TocElement::None)
        appendParagraph(&out, QStringLiteral("Theory of change: ") + tocElementName(code.toc));
    return out;
}

void readCodeDescription(const QString& description, Code* code) {
    QString text = description;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString* fields[] = {&code->definition, &code->inclusion, &code->exclusion, &code->example};
    for (QString* f : fields)
        f->clear();
    code->toc = TocElement::None;
    // Paragraphs before the first label are the definition; an unlabelled paragraph after
    // a label continues that label's field, so criteria may hold paragraphs of their own.
    int current = 0;
    const QStringList paragraphs = text.split(QLatin1String("\n\n"));
    for (const QString& paragraph : paragraphs) {
        const QString p = paragraph.trimmed();
        int field = -1;
        QString rest;
        for (const Label& l : labels) {
            if (p.startsWith(l.text, Qt::CaseInsensitive)) {
                field = l.field;
                rest = p.mid(l.text.size()).trimmed();
                break;
            }
        }
        if (field == 4) {
            TocElement toc = TocElement::None;
            if (parseTocElement(rest.toLower(), &toc)) {
                code->toc = toc;
                continue;
            }
            field = -1; // not one of ours: keep the paragraph as text
        }
        if (field > 0) {
            current = field;
            appendParagraph(fields[current], rest);
        } else {
            appendParagraph(fields[current], p);
        }
    }
}

CodeNameParts splitCodeName(const QString& name, bool flat) {
    CodeNameParts parts;
    QString n = name;
    n.replace(QLatin1String("::"), QLatin1String("\n"));
    n.replace(QLatin1Char('\\'), QLatin1Char('\n'));
    if (flat) {
        n.replace(QLatin1Char('/'), QLatin1Char('\n'));
    } else if (n.contains(QLatin1Char('/'))) {
        // Situate keeps "/" for paths; U+2215 looks the same and keeps the name readable.
        n.replace(QLatin1Char('/'), QChar(0x2215));
        parts.slashReplaced = true;
    }
    const QStringList levels = n.split(QLatin1Char('\n'));
    for (const QString& level : levels) {
        const QString l = collapseSpace(level);
        if (!l.isEmpty())
            parts.levels.append(l);
    }
    return parts;
}

QString collapseSpace(QStringView text) {
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString questionSetName(const ResearchQuestion& q) {
    return q.title.isEmpty() ? q.code : q.code + QLatin1String(": ") + q.title;
}

void readQuestionSetName(const QString& name, const QStringList& takenCodes, QString* code,
                         QString* title) {
    const QString n = collapseSpace(name);
    const qsizetype colon = n.indexOf(QLatin1String(": "));
    if (colon > 0) {
        const QString head = n.left(colon);
        if (head.size() <= 16 && !head.contains(QLatin1Char(' ')) &&
            !takenCodes.contains(head, Qt::CaseInsensitive)) {
            *code = head;
            *title = n.mid(colon + 2).trimmed();
            return;
        }
    }
    *code = n;
    title->clear();
}

QString choicesDescription(const QStringList& choices) {
    return QStringLiteral("Choices:\n") + choices.join(QLatin1Char('\n'));
}

QStringList readChoicesDescription(const QString& description) {
    QString text = description;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!text.trimmed().startsWith(QLatin1String("Choices:"), Qt::CaseInsensitive))
        return {};
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    lines.removeFirst();
    QStringList choices;
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            choices.append(line.trimmed());
    }
    return choices;
}

} // namespace situate::refi
