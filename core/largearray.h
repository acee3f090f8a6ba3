// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A growable array of plain records in memory from platform::allocateLarge: the agreement's
// tables of hundreds of thousands of rows, made once in a run, which in a QVector took a page
// fault per 4 KiB of their first write.

#include "core/platform.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace situate {

/// Sizes and indexes are qsizetype, as in QVector; the records are copied as bytes.
template <typename T> class LargeArray {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    LargeArray() = default;
    LargeArray(const LargeArray& other) { copyFrom(other); }
    LargeArray(LargeArray&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0)) {}
    LargeArray& operator=(const LargeArray& other) {
        if (this != &other) {
            m_size = 0;
            copyFrom(other);
        }
        return *this;
    }
    LargeArray& operator=(LargeArray&& other) noexcept {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        return *this;
    }
    ~LargeArray() { platform::freeLarge(m_data, bytes(m_capacity)); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    T* data() { return m_data; }
    const T* data() const { return m_data; }
    const T* constData() const { return m_data; }
    T& operator[](qsizetype i) {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[i];
    }
    const T& operator[](qsizetype i) const {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[i];
    }
    T* begin() { return m_data; }
    T* end() { return m_data + m_size; }
    const T* begin() const { return m_data; }
    const T* end() const { return m_data + m_size; }
    const T* cbegin() const { return m_data; }
    const T* cend() const { return m_data + m_size; }

    void reserve(qsizetype capacity) {
        if (capacity > m_capacity)
            reallocate(capacity);
    }
    void append(const T& value) {
        if (m_size == m_capacity) {
            const T copy = value; // `value` may be in the memory given back
            reallocate(std::max<qsizetype>(64, m_capacity * 2));
            m_data[m_size++] = copy;
        } else {
            m_data[m_size++] = value;
        }
    }
    /// New records are default-constructed.
    void resize(qsizetype size) {
        reserve(size);
        for (qsizetype i = m_size; i < size; ++i)
            new (m_data + i) T();
        m_size = size;
    }
    /// New records keep the bytes where they are, zeros in memory not used before: for a
    /// caller that writes each of them next (from several threads, each its own).
    void resizeForOverwrite(qsizetype size) {
        reserve(size);
        m_size = size;
    }
    void clear() { m_size = 0; }

private:
    static std::size_t bytes(qsizetype count) { return std::size_t(count) * sizeof(T); }

    void reallocate(qsizetype capacity) {
        T* fresh = static_cast<T*>(platform::allocateLarge(bytes(capacity)));
        if (!fresh)
            qBadAlloc();
        if (m_size > 0)
            std::memcpy(static_cast<void*>(fresh), m_data, bytes(m_size));
        platform::freeLarge(m_data, bytes(m_capacity));
        m_data = fresh;
        m_capacity = capacity;
    }

    void copyFrom(const LargeArray& other) {
        reserve(other.m_size);
        if (other.m_size > 0)
            std::memcpy(static_cast<void*>(m_data), other.m_data, bytes(other.m_size));
        m_size = other.m_size;
    }

    T* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace situate
