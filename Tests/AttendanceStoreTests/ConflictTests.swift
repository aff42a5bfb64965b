#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceRules
import AttendanceStore
import Foundation
import Testing

@Suite struct ConflictTests {
    @Test func theSecondOfTwoSavesFromTheSameRevisionIsRefusedAndTheFirstIsKept() async throws {
        try await withStore { store in
            var first = try store.loadEmployee("e2")
            var second = try store.loadEmployee("e2")
            first.name = "Saved First"
            second.name = "Saved Second"
            try store.save(first, actor: "terminal-1", action: "employee edit", summary: "renamed")
            let afterFirst = try store.bytes("employees/e2.json")

            let error = #expect(throws: StoreError.self) {
                try store.save(second, actor: "terminal-2", action: "employee edit", summary: "renamed")
            }
            #expect(error == .conflict(file: "employees/e2.json", expected: 1, found: 2))
            #expect(error?.description.contains("changed by another attend") == true)
            #expect(error?.description.contains("nothing was written") == true)

            #expect(try store.bytes("employees/e2.json") == afterFirst)
            let stored = try store.loadEmployee("e2")
            #expect(stored.name == "Saved First")
            #expect(stored.revision == 2)
            // The refused save is not in the history.
            #expect(stored.history.map(\.actor) == ["tester", "terminal-1"])
        }
    }

    @Test func addingAnEmployeeWhoseIdIsTakenIsRefused() async throws {
        try await withStore { store in
            let before = try store.bytes("employees/e2.json")
            #expect(throws: StoreError.conflict(file: "employees/e2.json", expected: 0, found: 1)) {
                try store.save(StoreFixtures.plainEmployee("e2", name: "Someone Else"), actor: "tester",
                               action: "employee add", summary: "added e2")
            }
            #expect(try store.bytes("employees/e2.json") == before)
        }
    }

    @Test func savingAnEmployeeWhoseFileWasDeletedIsRefused() async throws {
        try await withStore { store in
            let employee = try store.loadEmployee("e2")
            try FileManager.default.removeItem(atPath: store.path("employees/e2.json"))
            #expect(throws: StoreError.conflict(file: "employees/e2.json", expected: 1, found: 0)) {
                try store.save(employee, actor: "tester", action: "employee edit", summary: "edit")
            }
            #expect(!FileManager.default.fileExists(atPath: store.path("employees/e2.json")))
        }
    }

    @Test func theOrganisationHasTheSameRevisionCheck() async throws {
        try await withStore { store in
            var first = try store.load().organisation
            var second = first
            first.name = "First Name"
            second.name = "Second Name"
            try store.save(first, actor: "tester", action: "organisation edit", summary: "renamed")
            #expect(throws: StoreError.conflict(file: "organisation.json", expected: 1, found: 2)) {
                try store.save(second, actor: "tester", action: "organisation edit", summary: "renamed")
            }
            #expect(try store.load().organisation.name == "First Name")
        }
    }

    /// Eight writers, each with its own `FileStore`, append 25 absences each to one employee,
    /// reloading and retrying whenever another got in first. None may be lost.
    @Test func concurrentWritersNeverLoseAnUpdate() async throws {
        try await withStore(employees: [StoreFixtures.plainEmployee("e1")]) { store in
            let writers = 8
            let perWriter = 25
            let root = store.root
            let saves = Locked(0)
            let failures = Locked<[String]>([])
            await runOnThreads(writers) { writer in
                let mine = FileStore(root: root)
                var done = 0
                var attempts = 0
                while done < perWriter && attempts < 10_000 {
                    attempts += 1
                    do {
                        var employee = try mine.loadEmployee("e1")
                        // Distinct days per writer and append, so the absences never overlap.
                        let day = StoreFixtures.day("2020-01-01").adding(days: writer * 1000 + done)
                        employee.absences.append(AbsenceRecord(id: "w\(writer)-\(done)", type: .sickness, start: day, end: day))
                        try mine.save(employee, actor: "writer-\(writer)", action: "absence add", summary: "w\(writer)-\(done)")
                        saves.withValue { $0 += 1 }
                        done += 1
                    } catch StoreError.conflict {
                        continue  // another writer saved first: load again and retry
                    } catch {
                        failures.withValue { $0.append("writer \(writer): \(error)") }
                        return
                    }
                }
            }
            #expect(failures.withValue { $0 }.isEmpty)

            let final = try store.loadEmployee("e1")
            let expected = Set((0..<writers).flatMap { w in (0..<perWriter).map { "w\(w)-\($0)" } })
            #expect(final.absences.count == writers * perWriter)
            #expect(Set(final.absences.map(\.id)) == expected)
            let successful = saves.withValue { $0 }
            #expect(successful == writers * perWriter)
            #expect(final.revision == 1 + successful)
            // Every landed revision has exactly one record, and no record claims more.
            #expect(final.history.map(\.revision) == Array(1...(1 + successful)))
        }
    }

    /// `flock` locks belong to an open file description, and every save opens the lock file
    /// itself, so a lock held through any other descriptor (another process, or another
    /// thread of this one) holds a save back until it is released.
    @Test func aSaveWaitsWhileAnotherHolderHasTheLock() async throws {
        try await withStore { store in
            let fd = open(store.path(".lock"), O_RDWR | O_CLOEXEC)
            try #require(fd >= 0)
            defer { close(fd) }
            try #require(flock(fd, LOCK_EX) == 0)

            let finished = Locked(false)
            let employee = try store.loadEmployee("e2")
            let root = store.root
            let saver = Thread {
                _ = try? FileStore(root: root).save(employee, actor: "tester", action: "touch", summary: "waited")
                finished.withValue { $0 = true }
            }
            saver.start()
            try await Task.sleep(for: .milliseconds(300))
            #expect(!finished.withValue { $0 }, "the save went ahead while the lock was held")
            #expect(try store.loadEmployee("e2").revision == 1)

            flock(fd, LOCK_UN)
            var waited = 0
            while !finished.withValue({ $0 }) && waited < 200 {
                try await Task.sleep(for: .milliseconds(25))
                waited += 1
            }
            #expect(finished.withValue { $0 })
            #expect(try store.loadEmployee("e2").revision == 2)
        }
    }
}
