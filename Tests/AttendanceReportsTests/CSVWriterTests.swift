import AttendanceReports
import AttendanceRules
import Testing

@Suite struct CSVWriterTests {
    @Test func fieldsAreQuotedOnlyWhenRFC4180RequiresIt() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("cr\ronly") == "\"cr\ronly\"")
        // "\r\n" is one Character in Swift; it must still be seen.
        #expect(CSVWriter.field("crlf\r\ninside") == "\"crlf\r\ninside\"")
        #expect(CSVWriter.field(.empty) == "")
    }

    @Test func recordsEndWithCRLFAndNoBareLineFeeds() {
        let table = CSVTable(header: ["A", "B"], rows: [["x", "y,z"], [.integer(1), .text("multi\nline")]])
        let text = CSVWriter().text(table)
        #expect(text == "A,B\r\nx,\"y,z\"\r\n1,\"multi\nline\"\r\n")
        // Outside quoted fields every LF is preceded by CR.
        let records = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(records.count == 5) // 3 records, one LF inside a quoted field, and the empty tail
    }

    @Test func bytesStartWithTheUTF8ByteOrderMark() {
        let table = CSVTable(header: ["Name"], rows: [["Siân"]])
        let bytes = CSVWriter().bytes(table)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes.dropFirst(3)) == Array("Name\r\nSiân\r\n".utf8))
        #expect(Array(CSVWriter(includesByteOrderMark: false).bytes(table).prefix(4)) == Array("Name".utf8))
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5", "'-5"),
        ("@cmd", "'@cmd"),
        ("\tcmd", "'\tcmd"),
        ("a=b", "a=b"),
        ("Smith-Jones", "Smith-Jones"),
        ("'quoted", "'quoted"),
    ])
    func textCellsStartingAFormulaAreDefended(input: String, expected: String) {
        #expect(CSVCell.text(input).rendered == expected)
    }

    @Test func defenceAndQuotingCombine() {
        #expect(CSVWriter.field(.text("=HYPERLINK(\"http://x\",\"y\")")) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVWriter.field(.text("\rcmd")) == "\"'\rcmd\"")
        #expect(CSVWriter.field(.text("-1+1,2")) == "\"'-1+1,2\"")
    }

    @Test func numbersAndDatesAreWrittenAsTheyAre() throws {
        #expect(CSVWriter.field(.integer(-5)) == "-5")
        #expect(CSVWriter.field(.decimal(-0.5)) == "-0.5")
        #expect(CSVWriter.field(.decimal(160)) == "160")
        #expect(CSVWriter.field(.decimal(0.25)) == "0.25")
        #expect(CSVWriter.field(.decimal(1.0 / 3.0)) == "0.3333")
        #expect(CSVWriter.field(.decimal(0.00001)) == "0")
        #expect(CSVWriter.field(.decimal(.nan)) == "")
        let day = try #require(CalendarDay(iso: "2026-03-01"))
        #expect(CSVWriter.field(.date(day)) == "2026-03-01")
    }

    @Test func welshAndChineseNamesRoundTripInUTF8() throws {
        let names = ["Siân Llŷr", "王小明", "Zoë O'Brien, Jr"]
        let table = CSVTable(header: ["Name"], rows: names.map { [.text($0)] })
        let bytes = CSVWriter().bytes(table)
        let decoded = try #require(String(validating: bytes.dropFirst(3), as: UTF8.self))
        #expect(Self.parse(decoded).map { $0[0] } == ["Name"] + names)
        // Byte-exact: "Siân" is S i 0xC3 0xA2 n.
        #expect(bytes.contains(0xC3) && Array("王".utf8) == [0xE7, 0x8E, 0x8B])
    }

    /// A minimal RFC 4180 reader for the round trip.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return records
    }
}
