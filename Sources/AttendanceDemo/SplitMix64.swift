/// A small deterministic random number generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The demo uses its own bounded draws instead of the standard library's `random(in:using:)`,
/// whose algorithm is not promised to stay the same between Swift releases: the same seed
/// must give the same demo store on every build.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, uniformly (rejection sampling, no modulo bias).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return range.lowerBound &+ Int(truncatingIfNeeded: next()) }
        let limit = UInt64.max - (UInt64.max % span)
        var value = next()
        while value >= limit { value = next() }
        return range.lowerBound + Int(value % span)
    }

    /// True with probability `p` (0 ... 1).
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// A seed for one named stream, so that one employee's draws do not shift when another
    /// employee is added (FNV-1a of the name mixed with the seed).
    static func seed(_ seed: UInt64, stream name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: seed ^ hash)
        return mixer.next()
    }
}
