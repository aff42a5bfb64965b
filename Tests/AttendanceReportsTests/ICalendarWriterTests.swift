import AttendanceReports
import AttendanceRules
import AttendanceStore
import Testing

@Suite struct ICalendarWriterTests {
    typealias F = ReportFixtures

    /// 2026-06-01T08:30:15Z.
    static let stamp = UTCTimestamp(secondsSince1970: 1_780_302_615)

    func calendar(_ employees: [EmployeeDocument], meetingId: String? = nil, onOrAfter: String? = nil) throws -> String {
        let invitations = try MeetingExport(organisation: F.organisation, policies: [F.policy])
            .invitations(for: employees, meetingId: meetingId, onOrAfter: onOrAfter.map(F.day))
        return ICalendarWriter(stamp: Self.stamp).calendar(invitations)
    }

    /// The physical lines (CRLF-separated), without the empty tail.
    func physicalLines(_ text: String) -> [String] {
        var lines = text.components(separatedByCRLF: ())
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The content lines with folding undone.
    func unfolded(_ text: String) -> [String] {
        var out: [String] = []
        for line in physicalLines(text) {
            if line.unicodeScalars.first == " " { out[out.count - 1] += String(line.unicodeScalars.dropFirst()) } else { out.append(line) }
        }
        return out
    }

    @Test func calendarHasTheRequiredPropertiesAndStableIds() throws {
        let lines = unfolded(try calendar([F.sian()]))
        #expect(Array(lines.prefix(5)) == ["BEGIN:VCALENDAR", "PRODID:-//attend//attend export ics//EN", "VERSION:2.0",
                                            "CALSCALE:GREGORIAN", "METHOD:REQUEST"])
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("UID:mt1-e1@attend"))
        #expect(lines.contains("UID:mt2-e1@attend"))
        #expect(lines.filter { $0 == "DTSTAMP:20260601T083015Z" }.count == 2)
        #expect(lines.contains("SEQUENCE:2"))
        #expect(lines.contains("SEQUENCE:1"))
        #expect(lines.contains("SUMMARY:Stage 1 formal meeting — Siân Llŷr"))
        #expect(lines.contains("LOCATION:Room 2\\, Civic Centre\\; floor 1"))
    }

    @Test func timesAreLocalWithTheLondonZoneInBSTAndGMT() throws {
        let lines = unfolded(try calendar([F.sian()]))
        // 15 June 2026 is in BST, 12 January 2026 in GMT: both are written as wall-clock times.
        #expect(lines.contains("DTSTART;TZID=Europe/London:20260615T100000"))
        #expect(lines.contains("DTEND;TZID=Europe/London:20260615T110000"))
        #expect(lines.contains("DTSTART;TZID=Europe/London:20260112T143000"))
        #expect(lines.contains("DTEND;TZID=Europe/London:20260112T151500"))
        #expect(UKClock.offsetMinutes(at: F.time("2026-06-15T10:00")) == 60)
        #expect(UKClock.offsetMinutes(at: F.time("2026-01-12T14:30")) == 0)
        // The VTIMEZONE says so too.
        let zone = Array(lines.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" })
        #expect(zone.contains("TZID:Europe/London"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        #expect(zone.contains("TZNAME:BST") && zone.contains("TZNAME:GMT"))
        // Its onsets are real last Sundays.
        #expect(UKClock.lastSunday(year: 1981, month: 3) == F.day("1981-03-29"))
        #expect(UKClock.lastSunday(year: 1996, month: 10) == F.day("1996-10-27"))
    }

    @Test func aMeetingOverTheClockChangeEndsAtTheRightWallClockTime() {
        let meeting = MeetingRecord(id: "late", kind: "stage1", at: F.time("2026-03-29T00:30"), durationMinutes: 120,
                                    place: "Night shift office", noticeGiven: F.time("2026-03-20T09:00"), delivery: .hand)
        let invitation = MeetingInvitation(employee: F.sian(), meeting: meeting, policy: F.policy)
        // 00:30 GMT + 2 hours elapsed = 02:30 UTC = 03:30 BST.
        #expect(ICalendarWriter(stamp: Self.stamp).event(invitation).contains("DTEND;TZID=Europe/London:20260329T033000"))
    }

    @Test func noMedicalDetailEvenWhenTheCallHasANoteAndAReason() throws {
        let text = try calendar([F.sian(), F.wang()])
        for secret in F.secrets { #expect(!text.contains(secret), "\(secret) leaked") }
        let unfoldedText = unfolded(text).joined(separator: "\n")
        for reason in ReasonCategory.allCases { #expect(!unfoldedText.contains(reason.rawValue), "reason \(reason) leaked") }
        for related in RelatedCategory.allCases {
            #expect(!unfoldedText.contains(related.rawValue) && !unfoldedText.contains(related.label), "\(related) leaked")
        }
        #expect(!unfoldedText.lowercased().contains("sick"))
    }

    @Test func descriptionStatesPurposeAndTheRightToBeAccompanied() throws {
        let lines = unfolded(try calendar([F.sian()], meetingId: "mt1"))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(description.contains("Purpose: Stage 1 formal meeting\\, to talk with Siân Llŷr about their attendance"))
        #expect(description.contains("\\nRight to be accompanied: The employee may be accompanied by a trade union representative or a work colleague."))
        #expect(lines.contains("CLASS:CONFIDENTIAL"))
        #expect(lines.contains("STATUS:CONFIRMED"))
    }

    @Test func cancelledMeetingsSayCancelled() throws {
        let lines = unfolded(try calendar([F.sian()], meetingId: "mt2"))
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.contains("SEQUENCE:1"))
        #expect(lines.first { $0.hasPrefix("DESCRIPTION:") }?.hasPrefix("DESCRIPTION:This meeting has been cancelled.") == true)
    }

    @Test func linesAreFoldedAt75OctetsWithoutSplittingACharacter() throws {
        var wang = F.wang()
        wang.name = String(repeating: "王小明", count: 12) + " Siân Llŷr"
        let text = try calendar([wang])
        #expect(!text.isEmpty)
        var sawFold = false
        for line in physicalLines(text) {
            let bytes = Array(line.utf8)
            #expect(bytes.count <= 75, "line of \(bytes.count) octets: \(line)")
            // Each physical line is valid UTF-8 on its own: no character was cut in two.
            #expect(String(validating: bytes, as: UTF8.self) != nil)
            if line.hasPrefix(" ") { sawFold = true }
        }
        #expect(sawFold)
        #expect(unfolded(text).contains("SUMMARY:asm-unknown-kind — \(wang.name)"))
    }

    @Test func foldingKeepsShortLinesAndBreaksLongOnesAtScalarBoundaries() {
        #expect(ICalendarWriter.fold("SHORT:x") == "SHORT:x\r\n")
        let exact = "X:" + String(repeating: "a", count: 73)
        #expect(ICalendarWriter.fold(exact) == exact + "\r\n")
        // 74 octets of ASCII, then "é" (2 octets) cannot fit in the 75th: it moves down whole.
        let line = "X:" + String(repeating: "a", count: 72) + "é"
        #expect(ICalendarWriter.fold(line) == "X:" + String(repeating: "a", count: 72) + "\r\n é\r\n")
    }

    @Test func textIsEscaped() {
        #expect(ICalendarWriter.escapeText("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
        #expect(ICalendarWriter.escapeText("tab\there\u{7}bell") == "tab\there" + "bell")
    }

    @Test func everyLineEndsWithCRLF() throws {
        let text = try calendar([F.sian(), F.wang()])
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            #expect(index > 0 && scalars[index - 1] == "\r")
        }
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func filtersAndAnEmptyCalendar() throws {
        let later = unfolded(try calendar([F.sian(), F.wang()], onOrAfter: "2026-02-01"))
        #expect(later.filter { $0.hasPrefix("UID:") } == ["UID:mt1-e1@attend", "UID:mt9-e2@attend"])
        // A meeting kind the policy does not list: named by its id, accompaniment not stated.
        #expect(later.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("the policy does not state one") })

        let empty = unfolded(try calendar([F.sian()], onOrAfter: "2027-01-01"))
        #expect(!empty.contains("BEGIN:VEVENT"))
        #expect(empty.first == "BEGIN:VCALENDAR" && empty.last == "END:VCALENDAR")
        #expect(empty.contains("BEGIN:VTIMEZONE"))

        #expect(throws: ExportError.noSuchMeeting(id: "mt9")) { try calendar([F.sian()], meetingId: "mt9") }
    }

    @Test func timestampsAreWrittenInUTC() {
        #expect(UTCTimestamp(secondsSince1970: 0).iCalendarUTC == "19700101T000000Z")
        #expect(UTCTimestamp(startOf: F.day("2026-03-29")).iCalendarUTC == "20260329T000000Z")
        #expect(Self.stamp.iCalendarUTC == "20260601T083015Z")
    }
}

extension String {
    /// Splits on CRLF only (a lone LF or CR stays in the piece).
    func components(separatedByCRLF: Void) -> [String] {
        var pieces: [String] = []
        var current = ""
        var scalars = Array(unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                pieces.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        pieces.append(current)
        return pieces
    }
}
