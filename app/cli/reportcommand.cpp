// SPDX-License-Identifier: GPL-3.0-or-later
// The `report` command's description, shared by situate-cli (which hands the command to the
// report program) and situate-report (which draws it).
#include "app/cli/clicommands.h"

namespace situate::cli {

Command reportCommand(std::function<int(const Args&)> run) {
    return Command{
        QStringLiteral("report"),
        QStringLiteral(
            "report PROJECT --output FILE.html|FILE.pdf|FILE.docx [--rq CODE] [--case NAME] "
            "[--extracts N] [--rollup] [--title TEXT]"),
        QStringLiteral("The evaluation report: per research question its codes, the evidence by "
                       "case with the analysts' summaries, frequencies and a chart by case, up to "
                       "N extracts per code (default 3); the maturity ratings with their "
                       "agreement and consensus; appendices with the codebook and the coders' "
                       "character-level agreement. PDF is A4 with page numbers; Word (.docx) uses "
                       "Word's built-in styles, a contents field and real tables, and adds a "
                       "methods appendix."),
        {QStringLiteral("rollup")},
        1,
        std::move(run)};
}

} // namespace situate::cli
