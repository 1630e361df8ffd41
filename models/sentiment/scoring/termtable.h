// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace seance {

// The first eight bytes of a key, zero-padded. The tables compare it before they compare key bytes, and
// it is the whole input of the hash for keys of up to eight bytes.
inline std::uint64_t termHead(std::string_view key) noexcept
{
    const char* p = key.data();
    const std::size_t n = key.size();
    std::uint64_t head = 0;
    if (n >= 8) {
        std::memcpy(&head, p, 8);
    } else if (n >= 4) {
        // Two overlapping loads; the overlap ORs a byte with itself.
        std::uint32_t low;
        std::uint32_t high;
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + n - 4, 4);
        head = low | (static_cast<std::uint64_t>(high) << ((n - 4) * 8));
    } else {
        for (std::size_t i = 0; i < n; ++i)
            head |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    return head;
}

// termHead() for a key that is followed by at least eight readable bytes (the tokenizer's key buffer
// guarantees that): one load and a mask instead of termHead()'s branches on the length.
inline std::uint64_t termHeadReadingPast(const char* p, std::size_t n) noexcept
{
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return n >= 8 ? word : word & ((std::uint64_t{1} << (8 * n)) - 1);
}

// A short-string hash. Most lexicon keys and most words of a post have at most eight bytes: their hash is
// a few multiplies of the zero-padded head. Longer keys are read eight bytes at a time, the tail as two
// overlapping loads rather than a variable-length memcpy, which compilers turn into a library call.
// head must be termHead(key); callers that know it pass it, so that a word's bytes are read once.
inline std::uint64_t hashTerm(std::string_view key, std::uint64_t head) noexcept
{
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t k2 = 0xBF58476D1CE4E5B9ull;
    std::size_t n = key.size();
    std::uint64_t h = k1 ^ (n * k2);
    if (n <= 8) {
        h = (h ^ head) * k2;
        h ^= h >> 29;
        h *= k1;
        return h ^ (h >> 32);
    }
    const auto load32 = [](const char* at) {
        std::uint32_t w;
        std::memcpy(&w, at, 4);
        return static_cast<std::uint64_t>(w);
    };
    const char* p = key.data();
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * k2;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    std::uint64_t w = 0;
    if (n >= 4) {
        w = load32(p) | (load32(p + n - 4) << 32);
    } else if (n > 0) {
        w = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
            static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
            static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    h = (h ^ w ^ n) * k2;
    h ^= h >> 29;
    h *= k1;
    return h ^ (h >> 32);
}

inline std::uint64_t hashTerm(std::string_view key) noexcept
{
    return hashTerm(key, key.size() <= 8 ? termHead(key) : 0);
}

// An open-addressing hash map from byte strings to Value with linear probing. Keys live in one arena,
// so a lookup touches the slot array, one entry and the key bytes, and never allocates. Insertion order
// is kept for iteration. Copyable; a const table is safe to read from any number of threads.
template <typename Value> class TermTable
{
public:
    struct Entry
    {
        std::uint64_t head = 0; // the first eight key bytes, zero-padded: most keys compare without the arena
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        Value value{};
    };

    std::size_t size() const noexcept { return m_entries.size(); }
    bool empty() const noexcept { return m_entries.empty(); }

    const Value* find(std::string_view key) const noexcept { return find(key, hashTerm(key)); }
    const Value* find(std::string_view key, std::uint64_t hash) const noexcept
    {
        return find(key, hash, termHead(key));
    }
    // head is termHead(key).
    const Value* find(std::string_view key, std::uint64_t hash, std::uint64_t head) const noexcept
    {
        if (m_slots.empty())
            return nullptr;
        const std::uint32_t tag = tagOf(hash);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot slot = m_slots[i];
            if (slot.tag == 0)
                return nullptr;
            if (slot.tag == tag) {
                const Entry& entry = m_entries[slot.index];
                if (entry.length == key.size() && entry.head == head &&
                    (key.size() <= 8 ||
                     std::memcmp(m_arena.data() + entry.offset + 8, key.data() + 8, key.size() - 8) == 0))
                    return &entry.value;
            }
        }
    }

    // find() for the scorer's loop over words, where about half the words are not in the table: returns
    // a default-constructed value rather than null for a missing key, so that callers read its fields
    // without testing the pointer, and settles the usual case (a key of at most eight bytes whose first
    // slot is its own or empty) with one branch that does not depend on whether the key is there.
    const Value& findOrDefault(std::string_view key) const noexcept
    {
        return findOrDefault(key, hashTerm(key), termHead(key));
    }
    const Value& findOrDefault(std::string_view key, std::uint64_t hash, std::uint64_t head) const noexcept
    {
        if (m_slots.empty())
            return m_default;
        const std::uint32_t tag = tagOf(hash);
        const std::size_t mask = m_slots.size() - 1;
        const Slot slot = m_slots[hash & mask];
        // An empty slot has index 0, which names a real entry: loading it is harmless and cheaper than a branch.
        const Entry& entry = m_entries[slot.index];
        const bool match = (slot.tag == tag) & (entry.length == key.size()) & (entry.head == head);
        if ((key.size() <= 8) & (match | (slot.tag == 0)))
            return match ? entry.value : m_default;
        const Value* found = find(key, hash, head);
        return found ? *found : m_default;
    }

    // Returns the value for key, inserting a default-constructed one first when it is missing.
    Value& operator[](std::string_view key)
    {
        const std::uint64_t hash = hashTerm(key);
        if (Value* existing = const_cast<Value*>(find(key, hash)))
            return *existing;
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 64 : m_slots.size() * 2);
        m_entries.push_back(
            {termHead(key), static_cast<std::uint32_t>(m_arena.size()), static_cast<std::uint32_t>(key.size()), {}});
        m_arena.append(key);
        insertSlot(hash, static_cast<std::uint32_t>(m_entries.size() - 1));
        return m_entries.back().value;
    }

    // Gives the table at least slotsPerEntry slots per entry (rounded up to a power of two). A sparser
    // table answers more lookups at the first slot, where findOrDefault() needs no further branch.
    void spread(std::size_t slotsPerEntry)
    {
        std::size_t slotCount = m_slots.empty() ? 64 : m_slots.size();
        while (slotCount < m_entries.size() * slotsPerEntry)
            slotCount *= 2;
        if (slotCount != m_slots.size())
            rehash(slotCount);
    }

    std::string_view keyOf(const Entry& entry) const noexcept
    {
        return std::string_view(m_arena.data() + entry.offset, entry.length);
    }

    // Calls f(key, value) for every entry in insertion order.
    template <typename F> void forEach(F&& f) const
    {
        for (const Entry& entry : m_entries)
            f(keyOf(entry), entry.value);
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0; // 0 marks an empty slot
        std::uint32_t index = 0;
    };

    static std::uint32_t tagOf(std::uint64_t hash) noexcept { return static_cast<std::uint32_t>(hash >> 32) | 1u; }

    void insertSlot(std::uint64_t hash, std::uint32_t index) noexcept
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].tag != 0)
            i = (i + 1) & mask;
        m_slots[i] = {tagOf(hash), index};
    }

    void rehash(std::size_t slotCount)
    {
        m_slots.assign(slotCount, Slot{});
        for (std::uint32_t i = 0; i < m_entries.size(); ++i)
            insertSlot(hashTerm(keyOf(m_entries[i])), i);
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::string m_arena;
    Value m_default{};
};

} // namespace seance
