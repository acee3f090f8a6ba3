// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small projects for the analysis tests, built through the real API, with every count
// worked out by hand in test_analysis.cpp.

#include "core/project.h"
#include "tests/support/catchqt.h"

#include <QHash>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace situate::test {

/// The counting project. Texts (code points; lines are paragraphs):
///   alpha (case A):    "aaaaaaaaaa\nbbbbbbbbbb\ncccccccccc\n"  paragraphs [0,10) [11,21) [22,32)
///                      turns [0,21) [22,33)
///   beta (cases A, B): "dddddddddd\neeeeeeeeee\n"              paragraphs [0,10) [11,21)
///                      turns [0,22)
///   gamma (no case):   "ffffffffff\ngggggggggg"                paragraphs [0,10) [11,21), no turns
/// Codes P, P/C1, P/C2, Q; questions RQ1 <- P, RQ2 <- P/C1, RQ3 <- Q; coders Aisha, Ben.
/// Codings (k1..k12):
///   alpha: k1 C1 Aisha [0,5)   k2 C1 Aisha [3,8)   k3 C1 Ben [1,4)   k4 C2 Aisha [6,15)
///          k5 Q Ben [12,20)    k6 P Aisha [22,30)
///   beta:  k7 C1 Ben [0,10)    k8 Q Aisha [2,4)    k9 Q Aisha [5,7)  k10 C2 Ben [11,21)
///   gamma: k11 C1 Aisha [0,10) k12 Q Ben [10,15)
/// Attributes: case "region" (choice North/South/East): A North, B North;
///             case "wave": A 2016; document "wave": alpha 1, beta 2, gamma 1.
struct CountingProject {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QHash<QString, qint64> ids; // "alpha", "A", "P/C1", "RQ1", "Aisha", "k1", ...
    const Storage& storage() const { return project->storage(); }
};
std::unique_ptr<CountingProject> makeCountingProject();

/// The export project: one document, "<script>alert(1)</script> notes", with text
/// "Siân said 😀 \"yes\", ok\n=SUM(A1)\n" (31 code points; the emoji is code point 10),
/// in case "Sepsis"; code "Mechanisms/Peer learning" linked to RQ1; coder Aisha; case
/// attribute "role" = lead and document attribute "role" = "-member".
///   e1 [10,18) "😀 \"yes\","  memo "+plus"
///   e2 [22,30) "=SUM(A1)"    memo ""
///   e3 [0,4)   "Siân"        memo "<script>alert('memo')</script>\nline two"
std::unique_ptr<CountingProject> makeExportProject();

} // namespace situate::test
