// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

namespace situate {

void MainWindow::createBackupActions() {}

} // namespace situate
