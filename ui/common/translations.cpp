// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/translations.h"

#include "core/agreement/coefficients.h"
#include "core/evaluation/evidencematrix.h"
#include "ui/common/widgets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace situate {

namespace {

const QStringList kTranslated = {QStringLiteral("fr"), QStringLiteral("de")};

QTranslator* loaded(const QString& file, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

// Core's titles of the theory-of-change elements, for lupdate to find.
[[maybe_unused]] constexpr const char* kTocTitles[] = {
    QT_TRANSLATE_NOOP("situate::TocElement", "None"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Context"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Inputs"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Activities"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Mechanisms"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Outputs"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Outcomes"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Impact"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Assumptions"),
    QT_TRANSLATE_NOOP("situate::TocElement", "Enablers and barriers")};

} // namespace

QString tocElementText(TocElement e) {
    return QCoreApplication::translate("situate::TocElement",
                                       tocElementTitle(e).toUtf8().constData());
}

QString coefficientReasonText(const QString& reason) {
    const QByteArray source = reason.toUtf8();
    const QString same = QCoreApplication::translate(reason::context, source.constData());
    if (same != reason)
        return same;
    // A reason with numbers: found by its pattern, whose translation gets the same numbers.
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const char* pattern : reason::withNumbers) {
            QString rx = QRegularExpression::escape(QString::fromLatin1(pattern));
            rx.replace(QRegularExpression(QStringLiteral("\\\\%\\d")), QStringLiteral("(\\d+)"));
            list << QRegularExpression(QRegularExpression::anchoredPattern(rx));
        }
        return list;
    }();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch m = patterns[i].match(reason);
        if (!m.hasMatch())
            continue;
        QString text = QCoreApplication::translate(reason::context, reason::withNumbers[i]);
        for (int c = 1; c <= m.lastCapturedIndex(); ++c)
            text = text.arg(m.captured(c));
        return text;
    }
    return reason;
}

QString effectiveLanguage(const QString& language) {
    QString code = language;
    if (code.isEmpty()) {
        // The first user-interface language only: a second one the user also reads is not
        // a reason to leave English.
        const QStringList ui = QLocale::system().uiLanguages();
        code = QLocale::languageToCode(QLocale(ui.value(0, QLocale::system().name())).language());
    }
    return kTranslated.contains(code) ? code : QStringLiteral("en");
}

QList<QTranslator*> installTranslations(const QString& language) {
    const QString code = effectiveLanguage(language);
    if (!language.isEmpty()) {
        // A language chosen in Preferences brings its numbers and dates too.
        const QLocale system = QLocale::system();
        QLocale::setDefault(QLocale::languageToCode(system.language()) == code ? system
                                                                               : QLocale(code));
    }
    QList<QTranslator*> installed;
    if (code == QStringLiteral("en"))
        return installed;
    for (QTranslator* t : {loaded(QStringLiteral("situate_") + code, QStringLiteral(":/i18n")),
                           loaded(QStringLiteral("qtbase_") + code,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))})
        if (t)
            installed << t;
    return installed;
}

QList<QTranslator*> installTranslationsFromSettings() {
    return installTranslations(QSettings().value(QLatin1String(kLanguageSetting)).toString());
}

QComboBox* languageChoiceBox() {
    // Each language is named in itself, so that a user lost in a language finds their own.
    QComboBox* box = choiceBox(
        QStringLiteral("languageChoice"),
        {{QCoreApplication::translate("situate::Preferences", "System language"), QString()},
         {QStringLiteral("English"), QStringLiteral("en")},
         {QStringLiteral("Français"), QStringLiteral("fr")},
         {QStringLiteral("Deutsch"), QStringLiteral("de")}});
    const QString current = QSettings().value(QLatin1String(kLanguageSetting)).toString();
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace situate
