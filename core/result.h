// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace situate {

/// What kind of failure a message reports, so that code which acts on a failure decides by
/// its kind and never by its words (messages are for people, and change). Most failures
/// that only get shown are Other.
enum class ErrorKind {
    Other,
    /// Bad input: a malformed sheet or file, a value out of range, an unknown option value.
    Invalid,
    /// No such document, code, case, coder, row, … (or it was removed meanwhile).
    NotFound,
    /// A file could not be read or written.
    Io,
    /// An edit that could not reach the server and is kept, to be sent when the connection
    /// is back (Project::editKept): not a failure to stop for.
    Kept,
    /// The server's grants or row-level security do not let this login make the change.
    Refused,
    /// What the user acted on changed since it was shown (a transcript edited by another
    /// team member after the coder selected a passage): running it again would only fail
    /// again; the view must show the new state first.
    Stale,
    /// Another client changed the same rows at the same moment (a unique key taken just
    /// before, a serialization failure, a deadlock): nothing was saved, and running the whole
    /// change again from the start, reading afresh, can succeed.
    Conflict,
    /// The connection to the server was lost.
    ConnectionLost,
    /// The server wants a password it was not given, or not this one.
    Authentication,
};

template <typename T> class Result;

/// Success, or a user-readable error message with its kind: core's one error convention
/// (Result<T> is the same with a value).
class [[nodiscard]] Status {
public:
    Status() = default;
    static Status failure(QString message, ErrorKind kind = ErrorKind::Other) {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        s.m_kind = kind;
        return s;
    }
    /// A result without its value: success, or its failure (message and kind).
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

/// Carries either a value or a user-readable error message with its kind.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    /// A failed status as a failed result with the same message and kind, so a failure is
    /// passed on with `return st;` (and a failed Result<U> with `return Status::from(r);`).
    /// The status must be a failure: a success has no value to give.
    Result(const Status& failed)
        : m_error(failed.error())
        , m_kind(failed.kind()) {
        Q_ASSERT_X(!failed.ok(), "Result(const Status&)", "a successful status has no value");
        if (failed.ok())
            m_error = QStringLiteral("internal error: a success was passed on as a failure");
    }
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

    // The value of a successful result. On a temporary (`*storage.codes()`, `for (… :
    // *storage.codes())`) they give the value itself, moved out, so nothing dangles.
    // value() of a failure throws std::bad_optional_access; the others must not be asked.
    T& value() & { return m_value.value(); }
    const T& value() const& { return m_value.value(); }
    T value() && { return std::move(m_value).value(); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    T take() { return std::move(*m_value); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

/// For a run of reads: moves a successful result's value into `into` and returns true, or
/// keeps its failure in *failed and returns false, as in
/// `if (!takeValue(s.codes(), codes, &st) || !takeValue(s.cases(), cases, &st)) return st;`.
template <typename T> bool takeValue(Result<T> r, T& into, Status* failed) {
    if (!r) {
        *failed = Status::from(r);
        return false;
    }
    into = r.take();
    return true;
}

} // namespace situate
