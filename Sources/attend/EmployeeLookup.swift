import AttendanceStore
import Foundation

/// Finds the employee a command names: by id, by name (case and accents ignored), or by the
/// start of an id, a name or a word of the name when only one person matches. Otherwise the
/// message suggests the closest ids and names, so `employee show mohammed` finds Mohammed
/// Iqbal and a typo suggests who was meant.
enum EmployeeLookup {
    enum Found {
        case one(EmployeeDocument)
        case several([EmployeeDocument])
        case none(suggestions: [EmployeeDocument])
    }

    static func find(_ text: String, in employees: [EmployeeDocument]) -> Found {
        if let exact = employees.first(where: { $0.id == text }) { return .one(exact) }
        let needle = fold(text)
        guard !needle.isEmpty else { return .none(suggestions: []) }
        let byName = employees.filter { fold($0.name) == needle || fold($0.id) == needle }
        if byName.count == 1 { return .one(byName[0]) }
        if byName.count > 1 { return .several(byName) }
        let prefixed = employees.filter { e in
            fold(e.id).hasPrefix(needle) || fold(e.name).hasPrefix(needle)
                || fold(e.name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(needle) }
        }
        if prefixed.count == 1 { return .one(prefixed[0]) }
        if prefixed.count > 1 { return .several(prefixed) }
        let ranked = employees.map { e in (e, min(distance(needle, fold(e.id)), distance(needle, fold(e.name)))) }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        return .none(suggestions: ranked.prefix(5).map(\.0))
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }

    /// Levenshtein distance over characters (names are short: at most `TextRules.nameLimit`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.prefix(TextRules.nameLimit)), b = Array(b.prefix(TextRules.nameLimit))
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
