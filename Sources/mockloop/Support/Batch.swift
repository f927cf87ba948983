import Foundation

/// Maps over items on every core, keeping their order.
enum Batch {
    static func map<T, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] where T: Sendable {
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            shared[index] = transform(items[index])
        }
        return results.map { $0! }
    }
}
