import AttendanceRules
import Testing

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 31, 32, 33, 1_000])
    func resultsKeepTheInputOrderWhateverTheNumberOfChunks(count: Int) {
        let input = Array(0..<count)
        #expect(ConcurrentMap.map(input, chunkSize: 32) { $0 * 3 } == input.map { $0 * 3 })
    }

    @Test func aChunkSizeBelowOneStillMapsEveryElement() {
        #expect(ConcurrentMap.map([1, 2, 3], chunkSize: 0) { $0 + 1 } == [2, 3, 4])
    }
}
