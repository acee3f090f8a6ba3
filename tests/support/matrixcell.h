// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding a cell of the frequency matrix by what it counts rather than by its position.

#include "ui/analysis/matrixmodel.h"

#include <QModelIndex>
#include <QString>

#include <catch2/catch.hpp>

namespace situate::test {

/// The matrix cell of the code `codeId` in the column keyed `columnKey` ("Medicines safety");
/// fails the test if the matrix has no such row or column.
inline QModelIndex matrixCell(const MatrixModel& model, qint64 codeId, const QString& columnKey) {
    REQUIRE(model.frequency());
    int row = -1;
    for (int r = 0; r < model.codeRows(); ++r)
        if (model.frequency()->rows[r].codeId == codeId)
            row = r;
    REQUIRE(row >= 0);
    int column = -1;
    for (int c = 0; c < model.bodyColumns(); ++c)
        if (model.frequency()->columns[c].key == columnKey)
            column = c;
    REQUIRE(column >= 0);
    return model.index(row, column);
}

} // namespace situate::test
