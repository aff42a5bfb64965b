import Foundation

/// Elapsed wall time in milliseconds, for `attend bench`.
struct Stopwatch {
    private var start = DispatchTime.now().uptimeNanoseconds
    private var lapStart = DispatchTime.now().uptimeNanoseconds

    /// Milliseconds since the last lap (or reset), starting a new lap.
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { lapStart = now }
        return Double(now - lapStart) / 1e6
    }

    /// Milliseconds since the last reset.
    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }

    mutating func reset() {
        start = DispatchTime.now().uptimeNanoseconds
        lapStart = start
    }
}
