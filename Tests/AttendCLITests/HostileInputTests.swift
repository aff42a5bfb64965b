#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// Issue 11 from the command line: output that cannot be written, hostile text, damaged and
/// hostile store files. Each case failed (a trap, exit 0 with output lost, a raw escape, a
/// followed link) before its fix.
@Suite struct HostileInputTests {
    static func newStore() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("attend-hostile-\(UUID().uuidString)").path
        let run = try AttendCLITests.attend(["init", "--store", dir, "--today", "2026-11-20"])
        #expect(run.status == 0, "\(run.err)")
        #expect(try AttendCLITests.attend(["employee", "add", "--id", "e1", "--name", "Ann", "--store", dir]).status == 0)
        return dir
    }

    /// Runs attend with standard output (or error) going to `/dev/full`; returns the status
    /// and what reached the other stream.
    static func attendToFull(_ arguments: [String], stderrToFull: Bool = false) throws -> (status: Int32, other: String) {
        let process = Process()
        process.executableURL = AttendCLITests.binary()
        process.arguments = arguments
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let other = Pipe()
        if stderrToFull {
            process.standardError = full
            process.standardOutput = other
        } else {
            process.standardOutput = full
            process.standardError = other
        }
        try process.run()
        let data = other.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [["employee", "list"], ["validate"], ["triggers"], ["export", "csv", "--what", "absences"], ["employee", "show", "e1"]])
    func outputThatCannotBeWrittenIsAnErrorNeverATrapOrASilentSuccess(_ command: [String]) throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let run = try Self.attendToFull(command + ["--store", store])
        #expect(run.status == 74, "\(command): \(run.status) \(run.other)")
        #expect(run.other.contains("the output could not be written"))
        #expect(run.other.contains("nothing was saved"))
    }

    @Test func aSaveWhoseOutputCannotBeWrittenSaysItWasSaved() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let run = try Self.attendToFull(["contact", "add", "--employee", "e1", "--store", store, "--today", "2026-11-20"])
        #expect(run.status == 74)
        #expect(run.other.contains("the change was saved (employee e1, revision 2)"), "\(run.other)")
    }

    @Test func anErrorWithStandardErrorOnAFullDiskIsStillExitTwo() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attendToFull(["employee", "show", "nobody", "--store", store], stderrToFull: true).status == 2)
        #expect(try Self.attendToFull(["employee", "show", "e1", "--store", store], stderrToFull: true).status == 0)
    }

    @Test func aNameWithATerminalEscapeIsRefusedAndAStoredOneIsShownNotSent() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let refused = try AttendCLITests.attend(["employee", "add", "--id", "e2", "--name", "Bob\u{1B}]0;PWNED\u{7}", "--store", store])
        #expect(refused.status == 2)
        #expect(refused.err.contains("--name") && refused.err.contains("control character"))
        #expect(!refused.err.contains("\u{1B}"))
        // A hand-edited file with the escape in it: every output shows it as text.
        let path = "\(store)/employees/e1.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"name\" : \"Ann\"", with: "\"name\" : \"Ann\\u001b]0;PWNED\\u0007\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        for command in [["employee", "list"], ["employee", "show", "e1"], ["triggers"]] {
            let run = try AttendCLITests.attend(command + ["--store", store])
            #expect(run.status == 0 || run.status == 1, "\(command): \(run.err)")
            #expect(!run.out.contains("\u{1B}") && !run.out.contains("\u{7}"), "\(command)")
        }
        #expect(try AttendCLITests.attend(["employee", "list", "--store", store]).out.contains("Ann\\e]0;PWNED\\u{7}"))
    }

    @Test func storedTextBreakingTheRulesIsNamedByValidateAndKeepsTablesAligned() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try AttendCLITests.attend(["employee", "add", "--id", "e2", "--name", "Bea", "--store", store]).status == 0)
        #expect(try AttendCLITests.attend(["employee", "add", "--id", "e3", "--name", "王小明", "--store", store]).status == 0)
        // Hand-edited: an escape in one name, a 20,000-character name in another.
        for (id, from, to) in [("e1", "Ann", "Ann\\u001b]0;PWNED\\u0007"), ("e2", "Bea", String(repeating: "B", count: 20_000))] {
            let path = "\(store)/employees/\(id).json"
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"name\" : \"\(from)\"", with: "\"name\" : \"\(to)\"")
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }
        let validate = try AttendCLITests.attend(["validate", "--store", store])
        #expect(validate.status == 1)
        #expect(validate.out.contains("employees/e1.json: name holds a control character (U+001B at position 4)"), "\(validate.out)")
        #expect(validate.out.contains("employees/e2.json: name is 20000 characters long; at most 200 are allowed"), "\(validate.out)")
        #expect(validate.out.count < 2_000, "validate repeats the long value")
        // Every row's STATUS column starts where the header's does, and no row is 20,000 wide.
        let list = try AttendCLITests.attend(["employee", "list", "--store", store])
        let lines = list.out.split(separator: "\n").map(String.init)
        func statusColumn(_ line: String, _ word: String) -> Int? {
            guard let range = line.range(of: word) else { return nil }
            return line[..<range.lowerBound].unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0xA4CF) ? 2 : 1) }
        }
        let header = try #require(lines.first.flatMap { statusColumn($0, "STATUS") })
        for line in lines.dropFirst() { #expect(statusColumn(line, "at work") == header, "\(line)") }
        #expect(lines.allSatisfy { $0.count < 150 })
        #expect(list.out.contains("…"))
    }

    /// A full disk, as a file-size limit makes it (`ulimit -f`, SIGXFSZ ignored: every write past
    /// 4 KiB fails): the save is refused, the file is byte for byte as it was, no temporary file
    /// is left, and the message says that nothing changed.
    @Test func aSaveOnAFullDiskChangesNothingAndSaysSo() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let note = String(repeating: "a long private note. ", count: 160)
        let path = "\(store)/employees/e1.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 4; trap '' XFSZ; exec \"$0\" \"$@\"", AttendCLITests.binary().path,
                             "contact", "add", "--employee", "e1", "--note", note, "--store", store]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(message)")
        #expect(message.contains("employees/e1.json") && message.contains("unchanged"), "\(message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(store)/employees") == ["e1.json"])
        // With room again, the same command saves.
        #expect(try AttendCLITests.attend(["contact", "add", "--employee", "e1", "--note", note, "--store", store]).status == 0)
    }

    /// Found by the fuzzer (seed 42): an unknown, huge policy id in organisation.json made
    /// `triggers` refuse without naming the file, repeating the whole value.
    @Test func anUnknownPolicyIsNamedWithTheFileThatSetsItAndQuotedShort() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = "\(store)/organisation.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let policy = try #require(text.range(of: #""policy" : "[^"]*""#, options: .regularExpression))
        try text.replacingCharacters(in: policy, with: "\"policy\" : \"\(String(repeating: "p", count: 100_000))\"").write(toFile: path, atomically: false, encoding: .utf8)
        for command in [["triggers"], ["employee", "show", "e1"], ["export", "csv", "--what", "triggers"]] {
            let run = try AttendCLITests.attend(command + ["--store", store])
            #expect(run.status == 2, "\(command)")
            #expect(run.err.contains("organisation.json: policy 'pppp") && run.err.contains("(100000 characters)"), "\(command): \(run.err.prefix(300))")
            #expect(run.err.count < 600, "\(command) repeats the value")
        }
    }

    @Test func aNameOverItsLimitIsRefusedQuotingOnlyItsStart() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let run = try AttendCLITests.attend(["employee", "add", "--id", "e2", "--name", String(repeating: "x", count: 131_000), "--store", store])
        #expect(run.status == 2)
        #expect(run.err.contains("at most 200"))
        #expect(run.err.count < 400)
        #expect(!FileManager.default.fileExists(atPath: "\(store)/employees/e2.json"))
    }

    @Test(arguments: ["9223372036854775807", "-4", "1e38"])
    func aRevisionOutOfRangeIsDamageAndNoSaveTraps(_ revision: String) throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = "\(store)/employees/e1.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"revision\" : 1,\n  \"schemaVersion\"", with: "\"revision\" : \(revision),\n  \"schemaVersion\"")
        #expect(text.contains(revision))
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let validate = try AttendCLITests.attend(["validate", "--store", store])
        #expect(validate.status == 1)
        #expect(validate.out.contains("field 'revision'"), "\(validate.out)")
        let save = try AttendCLITests.attend(["contact", "add", "--employee", "e1", "--store", store, "--today", "2026-11-20"])
        #expect(save.status == 2, "\(save.err)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func aKeyGivenTwiceIsDamageNamingTheKey() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = "\(store)/employees/e1.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"name\" : \"Ann\"", with: "\"name\" : \"Ann\", \"name\" : \"Someone else\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let run = try AttendCLITests.attend(["validate", "--store", store])
        #expect(run.status == 1)
        #expect(run.out.contains("employees/e1.json: key 'name' appears twice"), "\(run.out)")
    }

    @Test func aLockThatIsALinkIsNeverFollowed() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let outside = "\(store)-outside"
        try? FileManager.default.removeItem(atPath: "\(store)/.lock")
        try FileManager.default.createSymbolicLink(atPath: "\(store)/.lock", withDestinationPath: outside)
        let run = try AttendCLITests.attend(["contact", "add", "--employee", "e1", "--store", store, "--today", "2026-11-20"])
        #expect(run.status == 2)
        #expect(run.err.contains("symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: outside))
    }

    @Test func aFIFOInPlaceOfAnEmployeeFileIsReportedAsOneWithoutHanging() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        try FileManager.default.removeItem(atPath: "\(store)/employees/e1.json")
        #expect(mkfifo("\(store)/employees/e1.json", 0o600) == 0)
        let run = try AttendCLITests.attend(["validate", "--store", store])
        #expect(run.status == 1)
        #expect(run.out.contains("employees/e1.json: is a FIFO"), "\(run.out)")
    }

    @Test func loosenedPermissionsAreTightenedOnOpenAndSaidOnce() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        for (path, mode) in [(store, 0o777), ("\(store)/employees", 0o777), ("\(store)/organisation.json", 0o666), ("\(store)/employees/e1.json", 0o666)] {
            #expect(chmod(path, mode_t(mode)) == 0)
        }
        let first = try AttendCLITests.attend(["employee", "list", "--store", store])
        #expect(first.err.contains("tightened permissions on 4 items"), "\(first.err)")
        for (path, mode) in [(store, 0o700), ("\(store)/employees", 0o700), ("\(store)/organisation.json", 0o600), ("\(store)/employees/e1.json", 0o600)] {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
        }
        #expect(!(try AttendCLITests.attend(["employee", "list", "--store", store])).err.contains("tightened"))
    }

    @Test func anExportNeverReplacesADeviceOrFIFO() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let fifo = "\(store)-export.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let run = try AttendCLITests.attend(["export", "csv", "--what", "absences", "--output", fifo, "--store", store])
        #expect(run.status == 2)
        #expect(run.err.contains("FIFO"), "\(run.err)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func aCallYearsBeforeTheAbsenceIsRefused() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let run = try AttendCLITests.attend(["sickness", "call", "--employee", "e1", "--first-day", "2026-11-20",
                                             "--received", "2020-01-01T08:00", "--store", store, "--today", "2026-11-20"])
        #expect(run.status == 2)
        #expect(run.err.contains("--received") && run.err.contains("2026-11-19T00:00 or later"))
        let evening = try AttendCLITests.attend(["sickness", "call", "--employee", "e1", "--first-day", "2026-11-20",
                                                 "--received", "2026-11-19T21:00", "--store", store, "--today", "2026-11-20"])
        #expect(evening.status == 0, "\(evening.err)")
    }
}
