/// A lookup table from 64-bit hashes to small integers: open addressing with linear probing,
/// the key itself as its hash (keys here are already well-mixed FNV-1a or SplitMix values), so a
/// lookup is a few loads and compares, with no hasher and no allocation.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so a real key of 0 is stored as 1 (a harmless collision).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        let k = Self.stored(key)
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[slot]
                if found == k { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// Sets `key` to `value` (replacing an earlier value).
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = k
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != 0 { set(key, oldValues[index]) }
    }
}

extension HashTable {
    /// A set of hashes (the values are unused).
    init<S: Sequence>(set keys: S) where S.Element == UInt64 {
        self.init()
        for key in keys { set(key, 0) }
    }
}

/// A set of hashes that empties in constant time (a new generation), for the features of one
/// sentence after another without clearing or allocating: each slot remembers the generation
/// that filled it. A class over raw storage, so an insert checks no array's uniqueness or bounds.
final class ReusableHashSet {
    private var keys: UnsafeMutablePointer<UInt64>
    private var stamps: UnsafeMutablePointer<UInt32>
    private var size = 256
    private var mask = 255
    private var generation: UInt32 = 1

    init() {
        (keys, stamps) = Self.storage(size)
    }

    /// Zeroed keys and stamps for `size` slots.
    private static func storage(_ size: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt32>) {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: size), stamps = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        stamps.initialize(repeating: 0, count: size)
        return (keys, stamps)
    }

    deinit {
        keys.deallocate()
        stamps.deallocate()
    }

    /// Empties the set, making room for `expected` keys.
    func removeAll(expecting expected: Int) {
        if expected * 2 > size {
            while size < expected * 2 { size <<= 1 }
            keys.deallocate()
            stamps.deallocate()
            (keys, stamps) = Self.storage(size)
            mask = size - 1
            generation = 1
            return
        }
        generation &+= 1
        if generation == 0 {
            stamps.update(repeating: 0, count: size)
            generation = 1
        }
    }

    /// Adds `key`; returns whether it was new. At most `expected` keys between two `removeAll`s.
    @inline(__always)
    func insert(_ key: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while stamps[slot] == generation {
            if keys[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        stamps[slot] = generation
        keys[slot] = key
        return true
    }
}
