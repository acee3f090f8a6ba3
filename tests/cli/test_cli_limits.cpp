// SPDX-License-Identifier: GPL-3.0-or-later
// Resource limits: situate-cli runs under an address-space limit (RLIMIT_AS, set with util-linux
// `prlimit` on the child only) on inputs built to exhaust memory or time. Each must end with a
// clear message or a working result: never a crash, an out-of-memory abort or a hang. A limit
// the process hits shows up as a signal or a std::bad_alloc abort, which these tests reject.

#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <zlib.h>

using namespace situate;
using test::s;

// AddressSanitizer reserves terabytes of shadow memory up front, so an ASan build cannot start
// under a small RLIMIT_AS; the limit checks are skipped there (the ASan run still checks the
// inputs for memory errors through the other tests).
#if defined(__SANITIZE_ADDRESS__)
#define SITUATE_LIMITS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SITUATE_LIMITS_ASAN 1
#endif
#endif

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

struct Limited {
    bool finished = false; // false: still running after the timeout, i.e. a hang
    bool crashed = false;  // killed by a signal (SIGSEGV, SIGABRT from bad_alloc, SIGKILL)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs situate-cli under `prlimit --as=BYTES`. The timeout only detects hangs: it is far above
/// any run time seen, so it never judges speed.
Limited runLimited(qint64 addressSpace, const QStringList& args) {
    QProcess p;
    p.start(s("prlimit"), QStringList{QStringLiteral("--as=%1").arg(addressSpace), s("--"),
                                      QString::fromUtf8(SITUATE_CLI_PATH)} +
                              args);
    Limited r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start prlimit";
        return r;
    }
    p.closeWriteChannel();
    r.finished = p.waitForFinished(240000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10000);
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// False (with a warning) in an ASan build, where an address-space limit cannot be set.
bool addressLimitsApply() {
#ifdef SITUATE_LIMITS_ASAN
    WARN("ASan build: an address-space limit cannot be set, check skipped");
    return false;
#else
    return true;
#endif
}

/// A new empty project in `dir`, made by the CLI.
QString emptyProject(const QTemporaryDir& dir) {
    const QString project = dir.filePath(s("p.situate"));
    REQUIRE(test::runCli({s("new"), project}).exitCode == 0);
    return project;
}

/// A clean refusal: exit code 1 and a message on stderr naming the file and the problem.
void requireRefused(const Limited& r, const char* fileName, const char* problem) {
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.finished);
    REQUIRE_FALSE(r.crashed);
    REQUIRE(r.exitCode == 1);
    CHECK(r.err.contains(fileName));
    CHECK(r.err.toLower().contains(QByteArray(problem).toLower()));
}

void requireOk(const Limited& r) {
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.finished);
    REQUIRE_FALSE(r.crashed);
    REQUIRE(r.exitCode == 0);
}

qint64 documentCount(const QString& project) {
    const auto r = test::runCli({s("stats"), project, s("--format"), s("json")});
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object().value(s("documents")).toInteger(-1);
}

/// One zip entry: `head`, then `fill` copies of `fillByte`, then `tail`.
struct Entry {
    QByteArray name;
    QByteArray head;
    qint64 fill = 0;
    char fillByte = ' ';
    QByteArray tail;
    quint32 claimedSize = 0; // the size the headers state; 0: the true size
};

void putLe(QByteArray& out, quint64 value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

/// Writes a zip (deflated entries, no zip64) byte by byte, streaming the fill through zlib a
/// MiB at a time so the test never holds the inflated data. Headers may claim a smaller size
/// than the entry inflates to, as a hostile archive would.
QString writeZip(const QString& path, const QList<Entry>& entries) {
    QByteArray zip;
    QByteArray central;
    for (const Entry& e : entries) {
        z_stream z{};
        REQUIRE(deflateInit2(&z, 1, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
        QByteArray data;
        uLong crc = crc32(0, nullptr, 0);
        qint64 size = 0;
        QByteArray out(1 << 16, Qt::Uninitialized);
        auto feed = [&](const QByteArray& chunk, bool last) {
            crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.constData()), uInt(chunk.size()));
            size += chunk.size();
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.constData()));
            z.avail_in = uInt(chunk.size());
            int rc = Z_OK;
            do {
                z.next_out = reinterpret_cast<Bytef*>(out.data());
                z.avail_out = uInt(out.size());
                rc = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
                data.append(out.constData(), out.size() - qsizetype(z.avail_out));
            } while (z.avail_out == 0 || (last && rc != Z_STREAM_END));
        };
        feed(e.head, false);
        const QByteArray block(MiB, e.fillByte);
        for (qint64 left = e.fill; left > 0; left -= MiB)
            feed(left >= MiB ? block : block.left(left), false);
        feed(e.tail, true);
        deflateEnd(&z);
        const quint32 stated = e.claimedSize ? e.claimedSize : quint32(size);
        const qint64 offset = zip.size();
        QByteArray local;
        putLe(local, 0x04034b50, 4);
        putLe(local, 20, 2); // version needed
        putLe(local, 0, 2);  // flags
        putLe(local, 8, 2);  // deflate
        putLe(local, 0, 4);  // time, date
        putLe(local, crc, 4);
        putLe(local, quint64(data.size()), 4);
        putLe(local, stated, 4);
        putLe(local, quint64(e.name.size()), 2);
        putLe(local, 0, 2);
        zip += local + e.name + data;
        putLe(central, 0x02014b50, 4);
        putLe(central, 20, 2); // version made by
        central += local.mid(4, 26);
        putLe(central, 0, 2); // comment length
        putLe(central, 0, 2); // disk
        putLe(central, 0, 2); // internal attributes
        putLe(central, 0, 4); // external attributes
        putLe(central, quint64(offset), 4);
        central += e.name;
    }
    const qint64 centralOffset = zip.size();
    zip += central;
    putLe(zip, 0x06054b50, 4);
    putLe(zip, 0, 4);
    putLe(zip, quint64(entries.size()), 2);
    putLe(zip, quint64(entries.size()), 2);
    putLe(zip, quint64(central.size()), 4);
    putLe(zip, quint64(centralOffset), 4);
    putLe(zip, 0, 2);
    return test::writeFile(path, zip);
}

} // namespace

TEST_CASE("limits: zip entries that inflate past the limit are refused under a 512 MiB limit") {
    if (!addressLimitsApply())
        return;
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    // 640 MiB of inflated XML behind headers that claim 1000 bytes: a reader that trusted the
    // header, or inflated the whole entry, would need more address space than the process has.
    const qint64 fill = 640 * MiB;

    SECTION(".docx") {
        const QString docx = writeZip(
            dir.filePath(s("bomb.docx")),
            {Entry{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>", 0, ' ', {}, 0},
             Entry{"word/document.xml",
                   "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                   "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>",
                   fill, 'a', "</w:t></w:r></w:p></w:body></w:document>", 1000}});
        requireRefused(runLimited(512 * MiB, {s("import"), project, docx}), "bomb.docx", "MB");
        CHECK(documentCount(project) == 0);
    }
    SECTION(".qdpx") {
        const QString qdpx =
            writeZip(dir.filePath(s("bomb.qdpx")),
                     {Entry{"project.qde",
                            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project "
                            "xmlns=\"urn:QDA-XML:project:1:0\" name=\"bomb\"><Description>",
                            fill, 'a', "</Description></Project>", 1000}});
        requireRefused(runLimited(512 * MiB, {s("qdpx"), s("import"), project, qdpx}), "bomb.qdpx",
                       "MB");
        CHECK(documentCount(project) == 0);
    }
}

TEST_CASE("limits: nesting a hundred thousand levels deep is refused without a stack overflow") {
    if (!addressLimitsApply())
        return;
    // Far past the 256-level limit: a recursive reader would run out of its 8 MiB stack here
    // before any depth check fired, so this shows the readers are iterative up to the limit.
    constexpr int depth = 100000;
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    QByteArray open;
    QByteArray close;
    for (int i = 0; i < depth; ++i) {
        open += "<w:r>";
        close += "</w:r>";
    }
    const QString docx = writeZip(
        dir.filePath(s("deep.docx")),
        {Entry{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>", 0, ' ', {}, 0},
         Entry{"word/document.xml",
               "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
               "wordprocessingml/2006/main\"><w:body><w:p>" +
                   open + "<w:t>x</w:t>" + close + "</w:p></w:body></w:document>",
               0,
               ' ',
               {},
               0}});
    const QByteArray qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project "
                           "xmlns=\"urn:QDA-XML:project:1:0\" name=\"deep\">" +
                           QByteArray("<Description>").repeated(depth) + "x" +
                           QByteArray("</Description>").repeated(depth) + "</Project>";
    const QString qdeFile = test::writeFile(dir.filePath(s("deep.qde")), qde);
    const QString rtf =
        test::writeFile(dir.filePath(s("deep.rtf")), "{\\rtf1\\ansi " + QByteArray(depth, '{') +
                                                         "x" + QByteArray(depth, '}') + "}");

    requireRefused(runLimited(GiB, {s("import"), project, docx}), "deep.docx", "deep");
    requireRefused(runLimited(GiB, {s("import"), project, rtf}), "deep.rtf", "deep");
    requireRefused(runLimited(GiB, {s("qdpx"), s("import"), project, qdeFile}), "deep.qde", "deep");
    CHECK(documentCount(project) == 0);
}

TEST_CASE("limits: a 1 GB file is refused before it is read") {
    if (!addressLimitsApply())
        return;
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    // Sparse: a gigabyte of zeros that takes no disk. Under a 512 MiB address-space limit the
    // file cannot even be mapped whole, so only a check of its size before reading passes.
    for (const char* name : {"huge.txt", "huge.docx", "huge.qdpx", "huge.csv"}) {
        const QString path = dir.filePath(s(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(GiB));
        f.close();
        const QString suffix = QFileInfo(path).suffix();
        QStringList args;
        if (suffix == QLatin1String("qdpx"))
            args = {s("qdpx"), s("import"), project, path};
        else if (suffix == QLatin1String("csv"))
            args = {s("codings"), s("import"), project, path};
        else
            args = {s("import"), project, path};
        INFO(name);
        // Every reader states the size and its limit ("1024 MB ... 256 MB" or "512 MB").
        requireRefused(runLimited(512 * MiB, args), name, "MB");
        QFile::remove(path);
    }
    CHECK(documentCount(project) == 0);
}

TEST_CASE("limits: a 100 MB transcript imports or is refused cleanly under 768 MiB") {
    if (!addressLimitsApply())
        return;
    QTemporaryDir dir;
    const QString project = emptyProject(dir);
    // 100,000,000 bytes of ASCII: 2,000,000 speaker turns of 50 characters, exactly at the
    // limit of 100,000,000 code points a document may hold. Without a limit it imports (about
    // 1.6 GB peak RSS, see tests/RELIABILITY.md); under 768 MiB it may run out, and must then
    // say so and leave the project as it was.
    const QByteArray line = "Respondent: we met every week and shared the data\n";
    REQUIRE(line.size() == 50);
    const QString big = test::writeFile(dir.filePath(s("big.txt")), line.repeated(2000000));
    const Limited r = runLimited(768 * MiB, {s("import"), project, big});
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.finished);
    REQUIRE_FALSE(r.crashed);
    REQUIRE((r.exitCode == 0 || r.exitCode == 1));
    if (r.exitCode == 1)
        CHECK(r.err.contains("big.txt: "));
    CHECK(documentCount(project) == (r.exitCode == 0 ? 1 : 0));
    const auto check = test::runCli({s("check"), project});
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == "ok");
    QFile::remove(big);

    // 100 MiB is 104,857,600 characters: over the limit, refused with the limit stated.
    const QString bigger =
        test::writeFile(dir.filePath(s("bigger.txt")), QByteArray(100 * MiB, 'a'));
    requireRefused(runLimited(768 * MiB, {s("import"), project, bigger}), "bigger.txt",
                   "100,000,000");
}

namespace {

/// A project with one 10,000-character document "long" (one line, so no extract's text holds
/// a line break) and the first `rows` codings of the pattern below, imported through the CLI.
/// Row i codes C<i % 50> on [k % 9990, k % 9990 + 1 + k / 9990) with k = i / 50: for a million
/// rows k runs to 19,999, so each code gets 20,000 distinct ranges (no duplicate is skipped).
QString millionProject(const QTemporaryDir& dir, int rows) {
    const QString project = emptyProject(dir);
    const QString doc = test::writeFile(
        dir.filePath(s("long.txt")), QByteArray("Respondent: we met every week. ").repeated(322) +
                                         QByteArray(10000 - 31 * 322, 'x'));
    REQUIRE(QFileInfo(doc).size() == 10000);
    REQUIRE(test::runCli({s("import"), project, doc}).exitCode == 0);
    QByteArray sheet = "document,coder,code,start,end\n";
    sheet.reserve(24 * qsizetype(rows) + 32);
    for (int i = 0; i < rows; ++i) {
        const int k = i / 50;
        const int start = k % 9990;
        sheet += "long,A,C" + QByteArray::number(i % 50).rightJustified(2, '0') + ',' +
                 QByteArray::number(start) + ',' + QByteArray::number(start + 1 + k / 9990) + '\n';
    }
    const QString csv = test::writeFile(dir.filePath(s("codings.csv")), sheet);
    const Limited imported =
        runLimited(GiB + GiB / 2, {s("codings"), s("import"), project, csv, s("--create-codes")});
    requireOk(imported);
    CHECK(imported.out.contains(QByteArray::number(rows) +
                                " coding(s) imported, 0 duplicate(s) skipped"));
    return project;
}

/// Counts, extracts and checks a project holding the million codings of millionProject.
void requireMillionCounted(const QString& project, const QTemporaryDir& dir) {
    const qint64 limit = GiB + GiB / 2;
    const Limited freq = runLimited(limit, {s("freq"), project, s("--by"), s("document"),
                                            s("--format"), s("csv"), s("--no-bom")});
    requireOk(freq);
    // 50 code rows; each has 1,000,000 / 50 = 20,000 codings in the one document and in total.
    CHECK(freq.out.count("20000,20000") == 50);

    const QString extracts = dir.filePath(s("extracts.csv"));
    requireOk(runLimited(limit, {s("extracts"), project, s("--format"), s("csv"), s("--output"),
                                 extracts, s("--no-bom")}));
    QFile f(extracts);
    REQUIRE(f.open(QIODevice::ReadOnly));
    qint64 records = 0;
    while (!f.atEnd())
        records += f.readLine().endsWith("\r\n") ? 1 : 0;
    CHECK(records == 1000001); // the header and one record per coding

    const Limited check = runLimited(limit, {s("check"), project});
    requireOk(check);
    CHECK(check.out.trimmed() == "ok");
}

} // namespace

TEST_CASE("limits: a document with a million codings counts, extracts and checks under 1.5 GiB") {
#ifdef SITUATE_LIMITS_ASAN
    WARN("ASan build: an address-space limit cannot be set, and a million codings is too slow "
         "there; check skipped");
    return;
#endif
    QTemporaryDir dir;
    // The first 50 codings (one per code, which creates the codes and the coder) come in through
    // the CLI; the other 999,950 follow the same pattern, written with the sqlite3 shell
    // because `codings import` takes about a millisecond a row (a million rows: some twenty
    // minutes; the hidden test below does it that way, see tests/RELIABILITY.md).
    const QString project = millionProject(dir, 50);
    const auto r = test::runProcess(
        s("sqlite3"),
        {project, s("WITH RECURSIVE n(i) AS (SELECT 50 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "999999) "
                    "INSERT INTO codings(uuid, document_id, code_id, coder_id, start, end, "
                    "created, modified) "
                    "SELECT CAST(printf('%016d', i) AS BLOB), s.document_id, "
                    "(SELECT id FROM codes WHERE name = printf('C%02d', i % 50)), s.coder_id, "
                    "(i / 50) % 9990, (i / 50) % 9990 + 1 + (i / 50) / 9990, s.created, "
                    "s.modified FROM n, (SELECT * FROM codings LIMIT 1) AS s; "
                    "SELECT count(*) FROM codings;")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.trimmed() == "1000000");
    requireMillionCounted(project, dir);
}

TEST_CASE("limits: a million codings imported through the CLI (slow, run by hand)", "[.slow]") {
    QTemporaryDir dir;
    requireMillionCounted(millionProject(dir, 1000000), dir);
}
