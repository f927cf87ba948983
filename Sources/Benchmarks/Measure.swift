import Foundation

/// Timing helpers: a monotonic clock, medians and percentiles.
enum Measure {
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try work()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// CPU time this thread has used, in seconds: unlike wall time, it does not count the time
    /// other processes take the core away, so it stays meaningful on a busy machine.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    /// Wall-clock seconds of one run of `binary` with `arguments`, its home folder set to `home`,
    /// no colour, and nothing on standard input or output.
    static func command(_ binary: URL, _ arguments: [String], home: URL) throws -> Double {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["MOCKLOOP_HOME": home.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        process.waitUntilExit()
        return Date().timeIntervalSince(start)
    }
}

/// One line of the results table.
struct Figure {
    let name: String
    let value: String
    let target: String
    let met: Bool?
}
