// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The coding-query language (core/query/README.md): text in, a tree of operands and
// operators out, or a message naming the column and what was expected there. Names are
// resolved later, by the evaluator, against the project.

#include "core/result.h"

#include <QString>

#include <memory>

namespace situate::query {

/// What a node of a parsed query is.
enum class NodeKind {
    Code,       // code "PATH" [by "CODER"]
    Tree,       // tree "PATH" [by "CODER"]: the code and every code below it
    Speaker,    // speaker "NAME"
    Document,   // document "NAME"
    Case,       // case "NAME"
    Attribute,  // attribute "NAME" = "VALUE"
    All,        // all
    Or,         // X or Y
    And,        // X and Y
    AndNot,     // X and not Y
    Near,       // X near N Y
    InTurn,     // X in turn Y
    InParagraph // X in paragraph Y
};

/// One node: an operand (name, coder or value set) or an operator over `left` and `right`.
struct Node {
    NodeKind kind = NodeKind::All;
    QString name;     // code path, speaker, document, case or attribute name
    QString coder;    // code/tree: `by "CODER"`, empty for any coder
    QString value;    // attribute value
    qint64 words = 0; // near N
    int column = 0;   // where the node's first word starts (1-based, in code points)
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
};
using NodePtr = std::shared_ptr<const Node>;

/// Parses a query. A syntax error reads "column C: expected WHAT, found WHAT" (C counts code
/// points from 1).
Result<NodePtr> parse(const QString& text);

} // namespace situate::query
