# SPDX-License-Identifier: GPL-3.0-or-later
# The coding query dock.
target_sources(situate_ui PRIVATE
    query/queryview.h query/queryview.cpp
    query/queryexpressionedit.h query/queryexpressionedit.cpp
)
