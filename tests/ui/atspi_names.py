#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks the running application's accessibility tree through AT-SPI and fails on every
control a keyboard can reach (or a button, box, text, list, tree, table or menu item) that
has no accessible name.

    atspi_names.py SITUATE SITUATE_CLI

Builds the demo with SITUATE_CLI, then re-runs itself under an Xvfb of its own (-displayfd) with a private
D-Bus session (dbus-run-session), where the accessibility bus is started on demand, runs
SITUATE on the demo with the analysis and evaluation docks opened from the View menu, and
walks its tree with pyatspi. Without a tool it skips (exit 77) with a message, or fails
when CI is set. Every wait is bounded; the whole run is limited to 90 seconds (about 10 s on an idle machine).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
TOTAL_SECONDS = 90
# The roles of controls, named as pyatspi names them (Role.getName()).
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "list", "list box", "tree",
    "tree table", "table", "menu item", "check menu item", "radio menu item", "page tab",
    "tool bar", "menu",
}
# Parts of a control that say their content, not a name: an empty cell is right to be empty.
PARTS = {"table cell", "list item", "tree item", "table column header", "table row header",
         "column header", "row header", "scroll bar"}
# Dock actions of the View menu opened before the walk (their objectName's menu text).
DOCK_MENU_ITEMS = ["Frequency matrix", "Chart", "Coded extracts", "Inter-coder agreement",
                   "Theory of change", "Evidence matrix", "Maturity ratings"]


def missing_tools():
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if not shutil.which(tool)]
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        missing.append("python3-pyatspi")
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        missing.append("at-spi2-core")
    return missing


NOT_SEEN = 3  # the inner run's exit code when the application never reached the bus


def outer(situate, cli):
    missing = missing_tools()
    if missing:
        message = "needs " + ", ".join(missing) + " (apt-get install " + " ".join(missing) + ")"
        if os.environ.get("CI"):
            print("FAIL: " + message)
            return 1
        print("SKIP: " + message)
        return SKIP
    with tempfile.TemporaryDirectory(prefix="situate-a11y-") as home:
        demo = os.path.join(home, "demo.situate")
        subprocess.run([cli, "demo", demo], check=True, stdout=subprocess.DEVNULL, timeout=30)
        env = dict(os.environ)
        # Settings, the session bus's files and Qt's caches stay in the throwaway folder.
        env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                    "XDG_DATA_HOME": os.path.join(home, "data"),
                    "XDG_CACHE_HOME": os.path.join(home, "cache"),
                    "XDG_RUNTIME_DIR": home})
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        # Once more when the application never showed on the bus (a busy machine, a bus that
        # came up late): that is the session failing, not a control without a name.
        result = run_once(env, situate, demo)
        if result == NOT_SEEN:
            result = run_once(env, situate, demo)
        if result == NOT_SEEN:
            print("FAIL: situate did not appear on the accessibility bus, twice")
            return 1
        return result


def run_once(env, situate, demo):
    # Xvfb picks a free display itself and says which (-displayfd): two runs at once, or a
    # display left behind by another program, never collide as `xvfb-run -a` can.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1600x1000x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            display = numbers.readline().strip()
        if not display:
            print("FAIL: Xvfb did not start")
            return 1
        env["DISPLAY"] = ":" + display
        command = ["dbus-run-session", "--", "/usr/bin/python3", os.path.abspath(__file__),
                   "--inner", situate, demo]
        try:
            return subprocess.run(command, env=env, timeout=TOTAL_SECONDS).returncode
        except subprocess.TimeoutExpired:
            print("FAIL: the accessibility walk took longer than %d s" % TOTAL_SECONDS)
            return 1
    finally:
        server.terminate()
        server.wait(timeout=10)


def find_application(pyatspi, pid, seconds):
    """The application of process `pid` in the AT-SPI desktop, once its window is there."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.25)
    return None


def walk(node, depth=0, shown_only=None):
    """The node and everything under it; with `shown_only` (pyatspi), not below a node that
    is not showing (a closed menu, a dock behind another), which keeps a walk short."""
    yield node
    if depth > 60:
        return
    try:
        if shown_only and depth > 0 and not node.getState().contains(shown_only.STATE_SHOWING):
            return
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child, depth + 1, shown_only)


def dock_items(app):
    """The Analysis and Evaluation menus' items that show and raise each dock (the View
    menu's toggles of the same names are left alone)."""
    items = []
    for node in walk(app):
        try:
            if node.getRoleName() != "menu item":
                continue
            if node.name.replace("&", "") not in DOCK_MENU_ITEMS:
                continue
            if node.parent.parent.name.replace("&", "") not in ("Analysis", "Evaluation"):
                continue
            items.append(node)
        except Exception:
            continue
    return items


def press(node):
    """Triggers a menu item through its AT-SPI action, as a screen reader user would."""
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in ("click", "press", "trigger"):
            action.doAction(i)
            return True
    return False


def unnamed_controls(pyatspi, app, menus):
    """How many shown controls there are, and a line for each without a name; with `menus`,
    the closed menus' items too."""
    checked = 0
    unnamed = set()
    for node in walk(app, shown_only=None if menus else pyatspi):
        try:
            role = node.getRoleName()
            states = node.getState()
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            showing = states.contains(pyatspi.STATE_SHOWING)
        except Exception:
            continue
        in_menu = menus and role.endswith("menu item")
        if not (showing or in_menu) or not (focusable or role in CONTROL_ROLES):
            continue
        if role in ("separator", "filler", "panel", "frame", "label") or role in PARTS:
            continue
        if role == "page tab list" and not any(
                c is not None and c.getRoleName() == "page tab" for c in node):
            # A tab bar is named by its current tab (Qt's QAccessibleTabBar); the window
            # keeps an empty one for dock areas whose tabs are gone, with nothing to name.
            continue
        checked += 1
        if not (node.name or "").strip():
            unnamed.add(describe(node))
    return checked, unnamed


def describe(node):
    """The node's role, id (Qt's objectName path, where AT-SPI has it) and its parents."""
    try:
        ident = node.get_accessible_id() or ""
    except Exception:
        ident = ""
    path = ["[%s]" % ident] if ident else []
    try:
        if node.childCount:
            path.append("{%s}" % ", ".join(repr(c.name) for c in node if c is not None))
    except Exception:
        pass
    n = node
    while n is not None and len(path) < 7:
        try:
            label = n.name or ""
            path.append("%s%s" % (n.getRoleName(), (' "%s"' % label) if label else ""))
            n = n.parent
        except Exception:
            break
    return " < ".join(path)


def inner(situate, demo):
    import pyatspi
    env = dict(os.environ)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env["QT_ACCESSIBILITY"] = "1"
    # Its own window, never handed to a Situate the user has running (single instance).
    env["SITUATE_NO_SINGLE_INSTANCE"] = "1"
    env["NO_AT_BRIDGE"] = "0"
    app_process = subprocess.Popen([situate, demo], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    try:
        app = find_application(pyatspi, app_process.pid, 45)
        if app is None:
            print("situate did not appear on the accessibility bus within 45 s")
            return NOT_SEEN
        # The workbench first, then each dock raised in turn (tabbed docks show one at a time).
        checked, unnamed = unnamed_controls(pyatspi, app, menus=True)
        opened = 0
        for item in dock_items(app):
            if press(item):
                opened += 1
                time.sleep(0.3)  # the dock's first read
                more, missing = unnamed_controls(pyatspi, app, menus=False)
                checked += more
                unnamed |= missing
        print("raised %d docks, checked %d controls (once per view)" % (opened, checked))
        if opened != len(DOCK_MENU_ITEMS):
            print("FAIL: found %d of the docks' menu items %s" % (opened, DOCK_MENU_ITEMS))
            return 1
        if checked < 50:
            print("FAIL: only %d controls found: the tree was not read" % checked)
            return 1
        if unnamed:
            print("FAIL: %d controls without an accessible name:" % len(unnamed))
            for line in sorted(set(unnamed)):
                print("  " + line)
            return 1
        print("every control has a name")
        return 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--inner":
        sys.exit(inner(sys.argv[2], sys.argv[3]))
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(outer(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])))
