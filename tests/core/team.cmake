# SPDX-License-Identifier: GPL-3.0-or-later
# Team projects: the storage, analysis and search tests on SQLite and on PostgreSQL
# (SITUATE_TEST_PG, see tests/pg/cluster), publish and clone, row-level security, how
# codings read from the server are parsed, a lost connection, what a URL may say, two
# clients of one project (announcements, undo, conflicting saves), two clients creating
# the same thing at once, and what a permanent pseudonymisation leaves in the server's files.
situate_add_test(test_team_storage test_team_storage.cpp test_team_roles.cpp
    test_team_reads.cpp test_team_connection.cpp test_team_urls.cpp test_team_races.cpp
    test_team_textedits.cpp test_team_erase.cpp test_team_keyquotes.cpp test_team_clients.cpp
    otherclient.h
    LIBS Qt6::Sql)
