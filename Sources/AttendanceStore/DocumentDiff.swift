import Foundation

/// What a save changed in an employee document, field by field, for its history entry
/// (issue 12). Works on the stored JSON of the two versions, so every record type and every
/// field (present and future) is covered without a list to keep in step; records are matched
/// by id within their list. Private free text (`note`, `adjustments`, interview `answers` and
/// `agreedActions`) is recorded as changed, never with its words.
enum DocumentDiff {
    /// The lists of records, with the name a record of each is given in the history.
    /// Letters (schema 7) are kept as written and never voided (`kind` nil): a new one is
    /// recorded by its id, never with its text, which may hold private notes.
    static let lists: [(key: String, name: String, kind: RecordKind?)] = [
        ("absences", "absence", .absence), ("sicknessCalls", "sickness call", .sicknessCall), ("contacts", "contact", .contact),
        ("fitNotes", "fit note", .fitNote), ("selfCertificates", "self-certificate", .selfCertificate),
        ("interviews", "interview", .interview), ("meetings", "meeting", .meeting), ("stages", "stage record", .stage),
        ("ohReferrals", "referral", .ohReferral), ("letters", "letter", nil),
    ]
    /// Not part of what the user changed: the store's own bookkeeping.
    static let bookkeeping: Set<String> = ["history", "revision", "schemaVersion", "voided"]

    static func isPrivate(_ path: [String]) -> Bool {
        path.contains("note") || path.contains("adjustments") || path.first == "answers" || path.first == "agreedActions" || path.first == "text"
    }

    /// The changes from `old` (nil: a new document) to `new`, both as the store encodes them.
    static func changes(from old: Data?, to new: Data) -> [FieldChange] {
        guard let after = JSONValueParser.parse(new)?.members else { return [] }
        guard let old, let before = JSONValueParser.parse(old)?.members else { return [] }
        var out: [FieldChange] = []
        // The person's own fields.
        let own = Set(before.keys).union(after.keys).subtracting(bookkeeping).subtracting(lists.map(\.key))
        for key in own.sorted() {
            compare(before[key], after[key], record: "employee", path: [key], into: &out)
        }
        // Records voided in this save leave their list: say "voided", not "removed".
        let voidedBefore = Set((before["voided"]?.items ?? []).compactMap(voidKey))
        let voidedNow = Set((after["voided"]?.items ?? []).compactMap(voidKey)).subtracting(voidedBefore)
        for (key, name, kind) in lists {
            let was = keyed(before[key]), now = keyed(after[key])
            for id in was.keys.sorted() where now[id] == nil {
                if let kind, voidedNow.contains("\(kind.rawValue) \(id)") {
                    out.append(FieldChange(record: "\(name) \(id)", field: "voided", from: "no", to: "yes"))
                } else {
                    out.append(FieldChange(record: "\(name) \(id)", field: nil, from: id, to: nil))
                }
            }
            for id in now.keys.sorted() {
                guard let previous = was[id] else {
                    out.append(FieldChange(record: "\(name) \(id)", field: nil, from: nil, to: id))
                    continue
                }
                compare(previous, now[id], record: "\(name) \(id)", path: [], into: &out)
            }
        }
        // A voided record brought back (an undo) is "voided: yes → no" where it reappears.
        let restored = voidedBefore.subtracting((after["voided"]?.items ?? []).compactMap(voidKey))
        for key in restored.sorted() {
            out.append(FieldChange(record: key.replacingOccurrences(of: "-", with: " "), field: "voided", from: "yes", to: "no"))
        }
        return out
    }

    /// A list's records by id.
    static func keyed(_ value: JSONValue?) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for item in value?.items ?? [] {
            if case .string(let id)? = item.members?["id"] { out[id] = item }
        }
        return out
    }

    static func voidKey(_ value: JSONValue) -> String? {
        guard let members = value.members, case .string(let kind)? = members["kind"],
              case .string(let id)? = members["record"]?.members?["id"] else { return nil }
        return "\(kind) \(id)"
    }

    /// Compares two values at `path`, descending into objects; lists of scalars and other
    /// lists are compared whole.
    static func compare(_ a: JSONValue?, _ b: JSONValue?, record: String, path: [String], into out: inout [FieldChange]) {
        if a == b { return }
        // Interview answers: one private change per prompt answered or changed.
        if path == ["answers"] {
            let left = a?.members ?? [:], right = b?.members ?? [:]
            for key in Set(left.keys).union(right.keys).sorted() where left[key] != right[key] {
                out.append(FieldChange(record: record, field: "answers.\(key)", from: nil, to: nil, isPrivate: true))
            }
            return
        }
        // An object added or removed (an HR decision recorded or withdrawn) is compared with an
        // empty one, field by field, so a private field inside it is never written out whole.
        let left = a?.members ?? (b?.members != nil && (a == nil || a == .null) ? [:] : nil)
        let right = b?.members ?? (a?.members != nil && (b == nil || b == .null) ? [:] : nil)
        if let left, let right {
            for key in Set(left.keys).union(right.keys).sorted() where key != "id" {
                compare(left[key], right[key], record: record, path: path + [key], into: &out)
            }
            return
        }
        out.append(FieldChange(record: record, field: path.joined(separator: "."), from: a?.text, to: b?.text, isPrivate: isPrivate(path)))
    }
}
