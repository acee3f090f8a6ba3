#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# manpage.sh HELP_PROGRAM TEMPLATE OUTPUT VERSION DATE
# Writes a man page from TEMPLATE, putting the commands and notes of `HELP_PROGRAM --help`
# in place of @COMMANDS@ and @NOTES@, so the page lists every command the program has.
# The help text's command usages are indented by two spaces and their summaries by six; the
# lines after the list are notes. Everything is escaped for troff.
set -eu
program="$1" template="$2" output="$3" version="$4" date="$5"
help="$output.help"
"$program" --help > "$help"
awk -v helpfile="$help" -v version="$version" -v date="$date" '
function esc(s) {
    gsub(/\\/, "\\e", s)
    gsub(/-/, "\\-", s)
    if (s ~ /^[.\047]/) s = "\\&" s
    return s
}
BEGIN {
    state = 0 # 0 before the list, 1 in it, 2 notes after it
    while ((getline line < helpfile) > 0) {
        if (state == 0) { if (line == "Commands:") state = 1; continue }
        if (state == 1 && line == "") { state = 2; continue }
        if (state == 1 && line ~ /^      /) { sub(/^ +/, "", line); commands = commands esc(line) "\n" }
        else if (state == 1 && line ~ /^  /) { sub(/^ +/, "", line); commands = commands ".TP\n\\fB" esc(line) "\\fR\n" }
        else if (state == 2 && line != "") notes = notes ".PP\n" esc(line) "\n"
    }
    if (commands == "") { print "manpage.sh: no commands in the help text" > "/dev/stderr"; exit 1 }
}
{
    gsub(/@VERSION@/, version); gsub(/@DATE@/, date)
    if ($0 == "@COMMANDS@") printf "%s", commands
    else if ($0 == "@NOTES@") printf "%s", notes
    else print
}' "$template" > "$output"
rm -f "$help"
