# SPDX-License-Identifier: GPL-3.0-or-later
# File > Restore backup: the list of a project's automatic backups.
target_sources(situate_ui PRIVATE
    backup/backupdialog.h backup/backupdialog.cpp
)
