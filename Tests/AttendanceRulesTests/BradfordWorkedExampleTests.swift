import AttendanceRules
import Testing

/// Every Bradford worked example in the NUL16 seed (catalogue 1.5.1) and the derived boundary cases.
@Suite struct BradfordWorkedExampleTests {
    static let asOf = "2026-11-20"

    /// (catalogue id, spell lengths in calendar days, expected score, expected Stage triggers hit)
    static let seedExamples: [(String, [Int], Double, [String])] = [
        ("BFX-1 [002:942] 4 absences, 10 days (the seed's '= 60' is a typo for 160)", [4, 2, 2, 2], 160, ["bradford-150"]),
        ("BFX-2 [002:946] 5 absences, 20 days", [4, 4, 4, 4, 4], 500, ["bradford-150", "bradford-500"]),
        ("BFX-3 [002:1208] 4 absences, 10 days", [1, 1, 4, 4], 160, ["bradford-150"]),
        ("BFX-4 [002:1208] 5 absences, 6 days: exactly 150", [2, 1, 1, 1, 1], 150, ["bradford-150"]),
        ("BFX-5 [002:1209] 5 absences, 20 days", [8, 3, 3, 3, 3], 500, ["bradford-150", "bradford-500"]),
        ("BFX-6 [002:1209] 7 absences, 11 days", [5, 1, 1, 1, 1, 1, 1], 539, ["bradford-150", "bradford-500"]),
        ("BFX-7 [002:1237] one absence of 4 days and three of 2 days", [4, 2, 2, 2], 160, ["bradford-150"]),
        ("BFX-8 [002:1248] 4 absences, 10 days", [3, 3, 2, 2], 160, ["bradford-150"]),
        ("BFX-9 [002:1248] 5 absences, 6 days", [1, 1, 1, 1, 2], 150, ["bradford-150"]),
        ("BFX-10 [002:1250] 5 absences, 20 days", [2, 2, 2, 2, 12], 500, ["bradford-150", "bradford-500"]),
        ("BFX-11 [002:1250] 7 absences, 11 days", [2, 2, 2, 2, 1, 1, 1], 539, ["bradford-150", "bradford-500"]),
    ]

    @Test(arguments: seedExamples)
    func seedWorkedExampleScoresAsTheSeedSays(example: (String, [Int], Double, [String])) {
        let (_, lengths, score, hit) = example
        let employee = Fixtures.employee(Fixtures.spells(lengths, endingBefore: Fixtures.day(Self.asOf)))
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: Self.asOf)
        #expect(result.figures.occasions == lengths.count)
        #expect(result.figures.calendarDays == lengths.reduce(0, +))
        #expect(result.figures.bradford == score)
        #expect(result.triggersHit.filter { $0.hasPrefix("bradford") } == hit)
    }

    @Test func seedExampleStatedAsSixtyIsReallyOneHundredAndSixty() {
        // [002:942] "4 absences totalling 10 days = 60 (4 x 10 x 4 = 160)": the bracketed arithmetic is right.
        let employee = Fixtures.employee(Fixtures.spells([3, 3, 3, 1], endingBefore: Fixtures.day(Self.asOf)))
        let score = Fixtures.evaluate("newcastle-2016", employee, asOf: Self.asOf).figures.bradford
        #expect(score == 160)
        #expect(score != 60)
    }

    /// Derived boundary cases D-1 ... D-12: (N, D, score, highest Bradford trigger hit or nil).
    static let derived: [(Int, Int, Double, String?)] = [
        (1, 149, 149, nil), (1, 150, 150, "bradford-150"), (2, 37, 148, nil), (2, 38, 152, "bradford-150"),
        (3, 16, 144, nil), (3, 17, 153, "bradford-150"), (6, 13, 468, "bradford-150"), (6, 14, 504, "bradford-500"),
        (7, 17, 833, "bradford-500"), (5, 35, 875, "bradford-875"), (7, 18, 882, "bradford-875"), (10, 10, 1000, "bradford-875"),
    ]

    @Test(arguments: derived)
    func derivedBoundaryCaseLandsInTheRightBand(example: (Int, Int, Double, String?)) {
        let (n, d, score, highest) = example
        let lengths = [d - (n - 1)] + Array(repeating: 1, count: n - 1)
        let employee = Fixtures.employee(Fixtures.spells(lengths, endingBefore: Fixtures.day(Self.asOf)))
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: Self.asOf)
        #expect(result.figures.bradford == score)
        #expect(result.triggersHit.filter { $0.hasPrefix("bradford") }.last == highest)
    }

    @Test func fridayAndMondayRecordsAreOneSpellOfFourCalendarDays() {
        // D-13 with AMB-04's default: records separated only by a weekend merge; N = 1, D = 4.
        let employee = Fixtures.employee([Fixtures.sick("2026-10-16", "2026-10-16"), Fixtures.sick("2026-10-19", "2026-10-19")])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 1)
        #expect(result.figures.calendarDays == 4)
        #expect(result.figures.workingDays == 2)
        #expect(result.figures.bradford == 4)
    }
}
