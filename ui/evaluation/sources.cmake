# SPDX-License-Identifier: GPL-3.0-or-later
# Evaluation views: the theory of change, the evidence matrix, maturity ratings and the report.
target_sources(situate_ui PRIVATE
    evaluation/tocsnapshot.h evaluation/tocsnapshot.cpp
    evaluation/tocdiagram.h evaluation/tocdiagram.cpp
    evaluation/tocview.h evaluation/tocview.cpp
    evaluation/evidencemodel.h evaluation/evidencemodel.cpp
    evaluation/evidencedelegate.h evaluation/evidencedelegate.cpp
    evaluation/evidenceview.h evaluation/evidenceview.cpp
    evaluation/maturityview.h evaluation/maturityview.cpp
    evaluation/reportdialog.h evaluation/reportdialog.cpp
    evaluation/reportexporter.h evaluation/reportexporter.cpp
)
