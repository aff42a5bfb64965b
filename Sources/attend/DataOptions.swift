import AttendanceData
import AttendanceRules
import ArgumentParser
import Foundation

/// Where the rules' data comes from: the shipped files, plus newer official bank-holiday files.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("bank-holidays"),
            help: ArgumentHelp("A newer official GOV.UK bank-holidays.json; wins over the shipped copy for the years it covers (repeatable; also $ATTEND_BANK_HOLIDAYS).", valueName: "file"))
    var bankHolidayFiles: [String] = []

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

    /// Every shipped policy profile.
    func policies() throws -> [PolicyProfile] {
        do {
            return try PolicyLoader.loadAll(ShippedData.policyFiles())
        } catch let error as PolicyFileErrors {
            throw BadInput("policy files cannot be used:\n\(error)")
        } catch {
            throw BadInput("\(error)")
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
