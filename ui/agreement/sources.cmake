# SPDX-License-Identifier: GPL-3.0-or-later
# The agreement view: choose coders and unit, read the coefficients, review and reconcile.
target_sources(situate_ui PRIVATE
    agreement/agreementview.h agreement/agreementview.cpp agreement/agreementviewstate.h
    agreement/agreementreview.cpp
    agreement/agreementchoices.h agreement/agreementchoices.cpp
    agreement/agreementtable.h agreement/agreementtable.cpp
    agreement/disagreementlist.h agreement/disagreementlist.cpp
    agreement/disagreementmodel.h agreement/disagreementmodel.cpp
    agreement/disagreementview.h agreement/disagreementview.cpp
)
