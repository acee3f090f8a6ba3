// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: bytes written at a cursor into room kept ahead in a
// QByteArray. A row of an agreement table is a dozen or more small pieces; appending each to
// a QByteArray (insert, its checks, a strlen for every literal) was a sixth of writing the
// JSON of 200,000 rows.

#include "core/agreement/decimal.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace situate {

class ByteCursor {
public:
    /// Writes after what `out` holds; `out` gets its final size when the cursor ends.
    explicit ByteCursor(QByteArray& out)
        : m_out(out) {
        const qsizetype at = out.size();
        out.resize(std::max<qsizetype>(at + 4096, out.capacity()));
        m_base = out.data();
        m_p = m_base + at;
        m_end = m_base + out.size();
    }
    ~ByteCursor() { m_out.resize(m_p - m_base); }
    ByteCursor(const ByteCursor&) = delete;
    ByteCursor& operator=(const ByteCursor&) = delete;

    void put(const char* s, qsizetype n) {
        std::memcpy(room(n), s, size_t(n));
        m_p += n;
    }
    void put(const QByteArray& bytes) { put(bytes.constData(), bytes.size()); }
    /// A string literal, without its terminating zero.
    template <size_t N> void put(const char (&literal)[N]) { put(literal, qsizetype(N - 1)); }
    void put(char c) { *room(1) = c, ++m_p; }
    void putInteger(qint64 n) { m_p = decimal::putInteger(room(24), n); }

private:
    char* room(qsizetype n) {
        if (m_end - m_p < n) {
            const qsizetype at = m_p - m_base;
            m_out.resize(std::max(at + n, 2 * m_out.size()));
            m_base = m_out.data();
            m_p = m_base + at;
            m_end = m_base + m_out.size();
        }
        return m_p;
    }

    QByteArray& m_out;
    char* m_base;
    char* m_p;
    char* m_end;
};

} // namespace situate
