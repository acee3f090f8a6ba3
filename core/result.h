// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace situate {

/// What kind of failure a message reports, for the few callers that act on it rather than
/// only show it; most failures are Other.
enum class ErrorKind {
    Other,
    /// The server's grants or row-level security do not let this login make the change.
    Refused,
    /// Another client changed the same rows at the same moment (a unique key taken just
    /// before, a serialization failure, a deadlock): nothing was saved, and running the whole
    /// change again from the start, reading afresh, can succeed.
    Conflict,
    /// The connection to the server was lost.
    ConnectionLost,
    /// The server wants a password it was not given, or not this one.
    Authentication,
};

/// Carries either a value or a user-readable error message: core's one error convention.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(QString message, ErrorKind kind = ErrorKind::Other) {
        Result r;
        r.m_error = std::move(message);
        r.m_kind = kind;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorKind kind() const { return m_kind; }

    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T take() { return std::move(*m_value); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

/// A Result with no value: success, or a user-readable error message.
class Status {
public:
    Status() = default;
    static Status failure(QString message, ErrorKind kind = ErrorKind::Other) {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        s.m_kind = kind;
        return s;
    }
    template <typename T> static Status from(const Result<T>& r) {
        return r.ok() ? Status() : failure(r.error(), r.kind());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorKind kind() const { return m_kind; }

private:
    bool m_failed = false;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

} // namespace situate
