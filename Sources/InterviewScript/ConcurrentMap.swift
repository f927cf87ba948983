import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core, with the results in the array's order: for parsing or reading many
    /// scripts, stories, sessions or transcripts at once.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each index is written by one iteration only.
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: count) { index in
            shared[index] = transform(self[index])
        }
        return results.map { $0! }
    }
}
