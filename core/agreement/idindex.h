// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: ids of documents, codes or coders turned into their positions in
// a list, looked up once per coding (a million times for a large project), so a plain array
// when the ids are dense, as the engines' row ids are, and a hash otherwise.

#include <QHash>
#include <QVector>

#include <algorithm>
#include <vector>

namespace situate {

/// The position of each id in `ids` (the first when repeated); -1 for an id not in the list.
class IdIndex {
public:
    explicit IdIndex(const QVector<qint64>& ids) {
        if (ids.isEmpty())
            return;
        const auto [lo, hi] = std::minmax_element(ids.cbegin(), ids.cend());
        m_min = *lo;
        // An array of up to 16 slots per id (and a few thousand at least) costs less than the
        // hash it replaces.
        // Unsigned, so ids far apart wrap instead of overflowing.
        const quint64 span = quint64(*hi) - quint64(*lo) + 1;
        m_dense = span > 0 && span <= quint64(16 * ids.size() + 4096);
        if (m_dense)
            m_slots.assign(static_cast<size_t>(span), -1);
        for (qsizetype i = ids.size() - 1; i >= 0; --i) {
            if (m_dense)
                m_slots[static_cast<size_t>(quint64(ids[i]) - quint64(m_min))] =
                    static_cast<int>(i);
            else
                m_hash.insert(ids[i], static_cast<int>(i));
        }
    }
    int operator()(qint64 id) const {
        if (!m_dense)
            return m_hash.value(id, -1);
        const quint64 slot = quint64(id) - quint64(m_min);
        return slot < m_slots.size() ? m_slots[static_cast<size_t>(slot)] : -1;
    }

private:
    qint64 m_min = 0;
    bool m_dense = false;
    std::vector<int> m_slots;
    QHash<qint64, int> m_hash;
};

/// The index of the `id` members of `items` (documents, codes), in their order.
template <typename T> IdIndex indexOfIds(const QVector<T>& items) {
    QVector<qint64> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids << item.id;
    return IdIndex(ids);
}

} // namespace situate
