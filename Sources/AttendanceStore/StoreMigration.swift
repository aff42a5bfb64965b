import Foundation

/// Brings documents written by an older attend up to the current schema, one step at a time.
/// A migrated document is written in the current schema the next time it is saved.
enum StoreMigration {
    /// Migrates an employee document from `version` to the current schema.
    static func migrateEmployee(_ data: Data, from version: Int, file: String) throws(StoreError) -> Data {
        guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .damaged(file: file, problem: "is not a JSON object")
        }
        var step = version
        if step == 1 {
            object = try employeeV1toV2(object, file: file)
            step = 2
        }
        if step == 2 {
            object = employeeV2toV3(object)
            step = 3
        }
        if step == 3 {
            object = withEmptyHistory(object)
            step = 4
        }
        if step == 4 {
            object = employeeV4toV5(object)
            step = 5
        }
        // Schema 6 adds only optional fields (an interview's `employeeAcknowledged`).
        if step == 5 { step = 6 }
        if step == 6 {
            object = employeeV6toV7(object)
            step = 7
        }
        object["schemaVersion"] = step
        do {
            return try JSONSerialization.data(withJSONObject: object)
        } catch {
            throw .damaged(file: file, problem: "cannot be migrated: \(error)")
        }
    }

    /// Schema 1 (the first draft layout) kept the working pattern as two top-level fields,
    /// `workingDays` and `hoursPerDay`, and had no fit notes, meetings or stages. Schema 2
    /// nests them as `pattern` and always writes the lists.
    static func employeeV1toV2(_ v1: [String: Any], file: String) throws(StoreError) -> [String: Any] {
        var v2 = v1
        let days = v1["workingDays"] as? [String] ?? ["mon", "tue", "wed", "thu", "fri"]
        let hours = (v1["hoursPerDay"] as? NSNumber)?.doubleValue ?? 7.5
        v2["pattern"] = ["days": days, "hoursPerDay": hours]
        v2.removeValue(forKey: "workingDays")
        v2.removeValue(forKey: "hoursPerDay")
        for key in ["absences", "sicknessCalls", "contacts", "fitNotes", "interviews", "meetings", "stages"] where v2[key] == nil {
            v2[key] = [Any]()
        }
        if v2["fte"] == nil { v2["fte"] = 1.0 }
        return v2
    }

    /// Migrates the organisation document from `version` to the current schema.
    static func migrateOrganisation(_ data: Data, from version: Int, file: String) throws(StoreError) -> Data {
        guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .damaged(file: file, problem: "is not a JSON object")
        }
        if version == 1 { object = withEmptyHistory(object) }
        object["schemaVersion"] = OrganisationDocument.currentSchemaVersion
        do {
            return try JSONSerialization.data(withJSONObject: object)
        } catch {
            throw .damaged(file: file, problem: "cannot be migrated: \(error)")
        }
    }

    /// Employee schema 3 and organisation schema 1 kept no history in the document; their
    /// changes were appended to `audit.jsonl`, which stays as the record of them, so the
    /// document's own history starts empty.
    static func withEmptyHistory(_ object: [String: Any]) -> [String: Any] {
        var next = object
        if next["history"] == nil { next["history"] = [Any]() }
        return next
    }

    /// Schema 2 had no occupational health referrals. Schema 3 always writes the
    /// `ohReferrals` list; a document from before it has made none, so the list starts empty.
    static func employeeV2toV3(_ v2: [String: Any]) -> [String: Any] {
        var v3 = v2
        if v3["ohReferrals"] == nil { v3["ohReferrals"] = [Any]() }
        return v3
    }

    /// Schema 4 had no self-certificate records and nothing voided (neither could be recorded);
    /// schema 5 always writes both lists, so they start empty.
    static func employeeV4toV5(_ v4: [String: Any]) -> [String: Any] {
        var v5 = v4
        for key in ["selfCertificates", "voided"] where v5[key] == nil { v5[key] = [Any]() }
        return v5
    }

    /// Schema 6 kept no letters (none were written); schema 7 always writes the list.
    static func employeeV6toV7(_ v6: [String: Any]) -> [String: Any] {
        var v7 = v6
        if v7["letters"] == nil { v7["letters"] = [Any]() }
        return v7
    }
}
