// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/commands/common.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <memory>

#if SITUATE_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

using detail::newUuid;
using detail::nowIso;

namespace {

// Calls `add` with the UTF-8 of the text a piece at a time: a 100 MB transcript is not copied
// whole again only to be hashed. Pieces never split a surrogate pair, so the bytes are exactly
// the text's toUtf8() (a QStringEncoder differs from it on an unpaired surrogate).
template <typename Add> void forEachUtf8Piece(QStringView text, Add add) {
    constexpr qsizetype piece = 1 << 16;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype n = qMin(piece, text.size() - at);
        if (at + n < text.size() && text.at(at + n - 1).isHighSurrogate())
            --n;
        add(QByteArrayView(text.mid(at, n).toUtf8()));
        at += n;
    }
}

#if SITUATE_HAVE_OPENSSL
// OpenSSL's SHA-256 uses the processor's SHA instructions: 0.04 s for an import's 60 MB,
// where Qt's portable code took 0.28 s, a tenth of the whole import. Empty if it failed.
QByteArray opensslSha256(QStringView text) {
    const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    bool ok = ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) == 1;
    forEachUtf8Piece(text, [&](QByteArrayView bytes) {
        ok = ok && EVP_DigestUpdate(ctx.get(), bytes.data(), size_t(bytes.size())) == 1;
    });
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!ok || EVP_DigestFinal_ex(ctx.get(), digest, &size) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(size));
}
#endif

} // namespace

QString contentHashOfUtf8(QByteArrayView utf8) {
#if SITUATE_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(utf8.data(), size_t(utf8.size()), digest, &size, EVP_sha256(), nullptr) == 1)
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex());
#endif
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
}

QString contentHash(const QString& normalisedText) {
#if SITUATE_HAVE_OPENSSL
    if (const QByteArray digest = opensslSha256(normalisedText); !digest.isEmpty())
        return QString::fromLatin1(digest.toHex());
#endif
    QCryptographicHash hash(QCryptographicHash::Sha256);
    forEachUtf8Piece(normalisedText, [&](QByteArrayView bytes) { hash.addData(bytes); });
    return QString::fromLatin1(hash.result().toHex());
}

Result<qint64> addDocument(Editor& e, const NewDocument& doc) {
    return addDocument(e, doc, contentHash(doc.text));
}

Result<qint64> addDocument(Editor& e, const NewDocument& doc, const QString& hash) {
    return addDocument(e, doc, hash, codePointCount(doc.text));
}

Result<qint64> addDocument(Editor& e, const NewDocument& doc, const QString& hash, qint64 length) {
    using R = Result<qint64>;
    const QString name = doc.name.trimmed();
    if (name.isEmpty())
        return R::failure(Tr::tr("a document needs a name"), ErrorKind::Invalid);
    if (e.storage().documentIdByName(name))
        return R::failure(Tr::tr("a document named \"%1\" already exists").arg(name));
    if (auto existing = e.storage().documentIdByHash(hash)) {
        const auto other = e.storage().document(*existing);
        return R::failure(Tr::tr("%1 has the same text as the document \"%2\" already "
                                 "in the project; not imported twice")
                              .arg(doc.originalName.isEmpty() ? name : doc.originalName,
                                   other ? other->name : QString()));
    }
    R id =
        e.insert(QStringLiteral("documents"), {{QStringLiteral("uuid"), newUuid()},
                                               {QStringLiteral("name"), name},
                                               {QStringLiteral("original_name"), doc.originalName},
                                               {QStringLiteral("format"), doc.format},
                                               {QStringLiteral("imported_at"), nowIso()},
                                               {QStringLiteral("content_hash"), hash},
                                               {QStringLiteral("text"), doc.text},
                                               {QStringLiteral("length"), length}});
    if (!id)
        return id;
    // The turns in one block (Editor::insertMany): 150 a transcript, 150,000 in a large
    // import, were a QVariantMap and a Qt bind per value each.
    static const QStringList turnColumns{
        QStringLiteral("document_id"),   QStringLiteral("speaker"),
        QStringLiteral("start"),         QStringLiteral("end"),
        QStringLiteral("time_start_ms"), QStringLiteral("time_end_ms")};
    QVariantList turns;
    turns.reserve(doc.turns.size() * turnColumns.size());
    for (const SpeakerTurn& t : doc.turns) {
        if (t.start < 0 || t.end < t.start || t.end > length)
            return R::failure(Tr::tr("a speaker turn lies outside the text"), ErrorKind::Invalid);
        turns << *id << t.speaker << t.start << t.end
              << (t.timeStartMs >= 0 ? QVariant(t.timeStartMs) : QVariant())
              << (t.timeEndMs >= 0 ? QVariant(t.timeEndMs) : QVariant());
    }
    if (Status s = e.insertMany(QStringLiteral("speaker_turns"), turnColumns, std::move(turns)); !s)
        return s;
    return id;
}

Status removeDocument(Editor& e, qint64 documentId, bool force) {
    const auto doc = e.storage().document(documentId);
    if (!doc)
        return Status::failure(Tr::tr("that document no longer exists"), ErrorKind::NotFound);
    const qint64 n = e.storage().codingCount(QStringLiteral("document_id"), documentId);
    if (n > 0 && !force)
        return Status::failure(Tr::tr("\"%1\" has %2 coding(s); removing it removes them "
                                      "too (confirm, or use --force)")
                                   .arg(doc->name)
                                   .arg(n));
    return e.remove(QStringLiteral("documents"), documentId);
}

Status renameDocument(Editor& e, qint64 documentId, const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Status::failure(Tr::tr("a document needs a name"), ErrorKind::Invalid);
    if (auto other = e.storage().documentIdByName(n); other && *other != documentId)
        return Status::failure(Tr::tr("a document named \"%1\" already exists").arg(n));
    return e.update(QStringLiteral("documents"), documentId, {{QStringLiteral("name"), n}});
}

namespace {

// The document_cases row linking the two; 0 when they are not linked.
Result<qint64> caseLink(Editor& e, qint64 documentId, qint64 caseId) {
    Result<QVector<Row>> links = e.storage().readRowsWhere(
        QStringLiteral("document_cases"), QStringLiteral("document_id"), documentId);
    if (!links)
        return Status::from(links);
    for (const Row& r : *links) {
        if (r.values.value(QStringLiteral("case_id")).toLongLong() == caseId)
            return r.id();
    }
    return qint64(0);
}

} // namespace

Status assignDocumentToCase(Editor& e, qint64 documentId, qint64 caseId) {
    const Result<qint64> link = caseLink(e, documentId, caseId);
    if (!link || *link != 0)
        return Status::from(link);
    return Status::from(
        e.insert(QStringLiteral("document_cases"), {{QStringLiteral("document_id"), documentId},
                                                    {QStringLiteral("case_id"), caseId}}));
}

Status unassignDocumentFromCase(Editor& e, qint64 documentId, qint64 caseId) {
    const Result<qint64> link = caseLink(e, documentId, caseId);
    if (!link || *link == 0)
        return Status::from(link);
    return e.remove(QStringLiteral("document_cases"), *link);
}

} // namespace situate
