// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <limits>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::query)
};
} // namespace

namespace situate::query {

namespace {

enum class TokenKind { Word, Name, Number, Open, Close, Equals, End, Bad };

struct Token {
    TokenKind kind = TokenKind::End;
    QString text;   // a word as written, a name unescaped, a number's digits
    int column = 0; // 1-based, in code points
};

/// How a token reads in "found ..." of a message.
QString describe(const Token& t) {
    switch (t.kind) {
    case TokenKind::Word:
        return QStringLiteral("\"%1\"").arg(t.text);
    case TokenKind::Name:
        return Tr::tr("the name \"%1\"").arg(t.text);
    case TokenKind::Number:
        return Tr::tr("the number %1").arg(t.text);
    case TokenKind::Open:
        return QStringLiteral("\"(\"");
    case TokenKind::Close:
        return QStringLiteral("\")\"");
    case TokenKind::Equals:
        return QStringLiteral("\"=\"");
    case TokenKind::End:
        return Tr::tr("the end of the query");
    case TokenKind::Bad:
        return QStringLiteral("\"%1\"").arg(t.text);
    }
    return {};
}

bool isWordChar(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/// Splits the text into tokens; a name with no closing quote or a bad escape is an error.
Result<QVector<Token>> tokenize(const QString& text) {
    const QList<uint> cps = text.toUcs4();
    QVector<Token> out;
    qsizetype i = 0;
    const qsizetype n = cps.size();
    while (i < n) {
        const char32_t c = cps[i];
        const int column = int(i) + 1;
        if (QChar::isSpace(c)) {
            ++i;
        } else if (c == '(' || c == ')' || c == '=') {
            out << Token{c == '('   ? TokenKind::Open
                         : c == ')' ? TokenKind::Close
                                    : TokenKind::Equals,
                         QString(QChar(char16_t(c))), column};
            ++i;
        } else if (c == '"') {
            QString name;
            ++i;
            bool closed = false;
            while (i < n) {
                const char32_t d = cps[i];
                if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == '\\') {
                    if (i + 1 < n && (cps[i + 1] == '"' || cps[i + 1] == '\\')) {
                        name += QChar(char16_t(cps[i + 1]));
                        i += 2;
                        continue;
                    }
                    return Status::failure(
                        Tr::tr("column %1: expected \\\" or \\\\ after a backslash in "
                               "a name (a backslash only escapes a quote or itself)")
                            .arg(i + 1));
                }
                name += QString::fromUcs4(&d, 1);
                ++i;
            }
            if (!closed)
                return Status::failure(
                    Tr::tr("column %1: expected a closing \" for the name that starts "
                           "here, found the end of the query")
                        .arg(column));
            out << Token{TokenKind::Name, name, column};
        } else if (c >= '0' && c <= '9') {
            QString digits;
            while (i < n && cps[i] >= '0' && cps[i] <= '9')
                digits += QChar(char16_t(cps[i++]));
            out << Token{TokenKind::Number, digits, column};
        } else if (isWordChar(c)) {
            QString word;
            while (i < n && isWordChar(cps[i]))
                word += QChar(char16_t(cps[i++]));
            out << Token{TokenKind::Word, word, column};
        } else {
            out << Token{TokenKind::Bad, QString::fromUcs4(&c, 1), column};
            ++i;
        }
    }
    out << Token{TokenKind::End, {}, int(n) + 1};
    return out;
}

class Parser {
public:
    explicit Parser(QVector<Token> tokens)
        : m_tokens(std::move(tokens)) {}

    Result<NodePtr> parseAll() {
        Result<NodePtr> e = parseOr();
        if (!e)
            return e;
        if (peek().kind != TokenKind::End)
            return expected(QStringLiteral("\"and\", \"or\", \"near\", \"in\" or the end of the "
                                           "query"));
        return e;
    }

private:
    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& take() { return m_tokens[m_pos++]; }
    bool atWord(const char* word) const {
        return peek().kind == TokenKind::Word &&
               peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    Status expected(const QString& what) const {
        return Status::failure(Tr::tr("column %1: expected %2, found %3")
                                   .arg(peek().column)
                                   .arg(what, describe(peek())));
    }

    static NodePtr binary(NodeKind kind, NodePtr left, NodePtr right, qint64 words = 0) {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->column = left->column;
        n->words = words;
        n->left = std::move(left);
        n->right = std::move(right);
        return n;
    }

    // or_expr := and_expr ("or" and_expr)*
    Result<NodePtr> parseOr() {
        Result<NodePtr> left = parseAnd();
        if (!left)
            return left;
        NodePtr acc = *left;
        while (atWord("or")) {
            take();
            Result<NodePtr> right = parseAnd();
            if (!right)
                return right;
            acc = binary(NodeKind::Or, acc, *right);
        }
        return acc;
    }

    // and_expr := context_expr (("and" | "and" "not") context_expr)*
    Result<NodePtr> parseAnd() {
        Result<NodePtr> left = parseContext();
        if (!left)
            return left;
        NodePtr acc = *left;
        while (atWord("and")) {
            take();
            NodeKind kind = NodeKind::And;
            if (atWord("not")) {
                take();
                kind = NodeKind::AndNot;
            }
            Result<NodePtr> right = parseContext();
            if (!right)
                return right;
            acc = binary(kind, acc, *right);
        }
        return acc;
    }

    // context_expr := operand (("near" N | "in" "turn" | "in" "paragraph") operand)*
    Result<NodePtr> parseContext() {
        Result<NodePtr> left = parseOperand();
        if (!left)
            return left;
        NodePtr acc = *left;
        for (;;) {
            NodeKind kind;
            qint64 words = 0;
            if (atWord("near")) {
                take();
                if (peek().kind != TokenKind::Number)
                    return expected(Tr::tr("a whole number of words after \"near\""));
                bool ok = false;
                words = take().text.toLongLong(&ok);
                if (!ok)
                    return Status::failure(Tr::tr("column %1: expected a number of words up to %2")
                                               .arg(m_tokens[m_pos - 1].column)
                                               .arg(std::numeric_limits<qint64>::max()));
                kind = NodeKind::Near;
            } else if (atWord("in")) {
                take();
                if (atWord("turn"))
                    kind = NodeKind::InTurn;
                else if (atWord("paragraph"))
                    kind = NodeKind::InParagraph;
                else
                    return expected(QStringLiteral("\"turn\" or \"paragraph\" after \"in\""));
                take();
            } else {
                return acc;
            }
            Result<NodePtr> right = parseOperand();
            if (!right)
                return right;
            acc = binary(kind, acc, *right, words);
        }
    }

    Result<QString> name(const QString& after) {
        if (peek().kind != TokenKind::Name)
            return Status(expected(Tr::tr("a quoted name after \"%1\"").arg(after)));
        return take().text;
    }

    // operand := "(" or_expr ")" | code NAME [by NAME] | tree NAME [by NAME] | speaker NAME
    //          | document NAME | case NAME | attribute NAME "=" NAME | all
    Result<NodePtr> parseOperand() {
        const Token& t = peek();
        auto n = std::make_shared<Node>();
        n->column = t.column;
        if (t.kind == TokenKind::Open) {
            take();
            Result<NodePtr> inner = parseOr();
            if (!inner)
                return inner;
            if (peek().kind != TokenKind::Close)
                return expected(QStringLiteral("\")\" or an operator"));
            take();
            return inner;
        }
        static const QHash<QString, NodeKind> operands = {
            {QStringLiteral("code"), NodeKind::Code},
            {QStringLiteral("tree"), NodeKind::Tree},
            {QStringLiteral("speaker"), NodeKind::Speaker},
            {QStringLiteral("document"), NodeKind::Document},
            {QStringLiteral("case"), NodeKind::Case},
            {QStringLiteral("attribute"), NodeKind::Attribute},
            {QStringLiteral("all"), NodeKind::All}};
        if (t.kind != TokenKind::Word || !operands.contains(t.text.toLower()))
            return expected(QStringLiteral("code, tree, speaker, document, case, attribute, "
                                           "all or \"(\""));
        const QString word = take().text.toLower();
        n->kind = operands.value(word);
        if (n->kind == NodeKind::All)
            return NodePtr(n);
        Result<QString> first = name(word);
        if (!first)
            return Status::from(first);
        n->name = *first;
        if ((n->kind == NodeKind::Code || n->kind == NodeKind::Tree) && atWord("by")) {
            take();
            Result<QString> coder = name(QStringLiteral("by"));
            if (!coder)
                return Status::from(coder);
            n->coder = *coder;
        } else if (n->kind == NodeKind::Attribute) {
            if (peek().kind != TokenKind::Equals)
                return expected(QStringLiteral("\"=\" after the attribute's name"));
            take();
            Result<QString> value = name(QStringLiteral("="));
            if (!value)
                return Status::from(value);
            n->value = *value;
        }
        return NodePtr(n);
    }

    QVector<Token> m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

Result<NodePtr> parse(const QString& text) {
    Result<QVector<Token>> tokens = tokenize(text);
    if (!tokens)
        return Status::from(tokens);
    return Parser(std::move(*tokens)).parseAll();
}

} // namespace situate::query
