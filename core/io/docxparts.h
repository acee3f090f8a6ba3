// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixed parts of a .docx package that DocxDocument writes around its body: content
// types, relationships, styles, settings and core properties (internal to core/io/).

#include <QByteArray>
#include <QString>

namespace situate::docx {

inline constexpr char wordNs[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr char relNs[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray contentTypesXml();
QByteArray packageRelsXml();
/// The document's relationships: styles, settings and `images` PNGs named imageN.png with
/// the ids "rIdImageN" (N from 1).
QByteArray documentRelsXml(int images);
/// Normal, Title, Subtitle, heading 1-3, Quote, caption, toc 1-3 and Table Grid, under the
/// names Word gives its built-in styles.
QByteArray stylesXml();
QByteArray settingsXml();
QByteArray corePropertiesXml(const QString& title);

} // namespace situate::docx
