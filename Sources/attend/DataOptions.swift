import AttendanceData
import AttendanceRules
import ArgumentParser
import Foundation

/// Where the rules' data comes from: the shipped files, plus newer official bank-holiday files.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("bank-holidays"),
            help: ArgumentHelp("A newer official GOV.UK bank-holidays.json; wins over the shipped copy for the years it covers (repeatable; also $ATTEND_BANK_HOLIDAYS).", valueName: "file"))
    var bankHolidayFiles: [String] = []

    @Option(name: .customLong("policy-dir"),
            help: ArgumentHelp("A folder of your own policy profiles (*.json); a profile with a shipped id replaces the shipped one (also $ATTEND_POLICY_DIR).", valueName: "dir"))
    var policyDirectory: String?

    @Option(name: .customLong("letters-dir"),
            help: ArgumentHelp("A folder of your own letter templates (<kind>.mustache, letterhead.mustache, signature.mustache; or in a <policy-id>/ folder for one policy); each replaces the shipped one of its name (also $ATTEND_LETTERS_DIR).", valueName: "dir"))
    var lettersDirectory: String?

    /// The bank-holiday calendar: shipped file, then $ATTEND_BANK_HOLIDAYS, then --bank-holidays files.
    func holidays() throws -> BankHolidayCalendar {
        var files: [(sourceName: String, data: Data)] = []
        do {
            files.append((sourceName: "data/bank-holidays.json", data: try ShippedData.bankHolidaysJSON()))
        } catch {
            throw BadInput("\(error)")
        }
        var paths: [String] = []
        if let env = ProcessInfo.processInfo.environment["ATTEND_BANK_HOLIDAYS"], !env.isEmpty { paths.append(env) }
        paths.append(contentsOf: bankHolidayFiles)
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BadInput("cannot read bank-holiday file \(path): no such readable file; give the path of an official GOV.UK bank-holidays.json")
            }
            files.append((sourceName: path, data: data))
        }
        do {
            return try BankHolidayCalendar(files: files)
        } catch {
            throw BadInput("\(error)")
        }
    }

    /// The shipped policy profiles, then those in --policy-dir or $ATTEND_POLICY_DIR (which
    /// replace a shipped profile with the same id).
    func policies() throws -> [PolicyProfile] {
        var files: [(name: String, data: Data)]
        do {
            files = try ShippedData.policyFiles()
        } catch {
            throw BadInput("\(error)")
        }
        let directory = policyDirectory ?? ProcessInfo.processInfo.environment["ATTEND_POLICY_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        var own: [(name: String, data: Data)] = []
        if let directory {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
            } catch {
                throw BadInput("cannot read the policy folder \(directory): it must be a readable folder of *.json profiles")
            }
            for name in names {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw BadInput("cannot read policy file \(path)")
                }
                own.append((name: path, data: data))
            }
        }
        do {
            let shipped = try PolicyLoader.loadAll(files)
            let mine = try PolicyLoader.loadAll(own)
            return shipped.filter { s in !mine.contains { $0.id == s.id } } + mine
        } catch let error as PolicyFileErrors {
            throw BadInput("policy files cannot be used:\n\(error)")
        }
    }

    /// The policy with this id, or bad input naming the ids there are.
    func policy(_ id: String) throws -> PolicyProfile {
        let all = try policies()
        guard let found = all.first(where: { $0.id == id }) else {
            throw BadInput("unknown policy '\(id)'; expected one of \(all.map(\.id).joined(separator: ", "))")
        }
        return found
    }
}
