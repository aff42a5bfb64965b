import Foundation

/// Reads and validates policy profiles from the bytes of their JSON files.
///
/// A malformed or inconsistent file is refused with every problem found, each naming the
/// file, the field and what is allowed; nothing half-loaded is returned.
public enum PolicyLoader {
    /// Decodes and validates one profile; throws `PolicyFileErrors` listing every problem.
    public static func load(_ data: Data, file: String) throws -> PolicyProfile {
        let profile: PolicyProfile
        do {
            profile = try JSONDecoder().decode(PolicyProfile.self, from: data)
        } catch let error as DecodingError {
            throw PolicyFileErrors(errors: [describe(error, file: file)])
        }
        let problems = unknownFields(in: data, profile: profile, file: file) + validate(profile, file: file)
        if !problems.isEmpty { throw PolicyFileErrors(errors: problems) }
        return profile
    }

    /// Loads several files; ids must be unique across them.
    public static func loadAll(_ files: [(name: String, data: Data)]) throws -> [PolicyProfile] {
        var profiles: [PolicyProfile] = []
        var errors: [PolicyFileError] = []
        for file in files {
            do {
                let profile = try load(file.data, file: file.name)
                if profiles.contains(where: { $0.id == profile.id }) {
                    errors.append(PolicyFileError(file: file.name, field: "id", problem: "id '\(profile.id)' is already used by another policy file; ids must be unique"))
                } else {
                    profiles.append(profile)
                }
            } catch let error as PolicyFileErrors {
                errors.append(contentsOf: error.errors)
            }
        }
        if !errors.isEmpty { throw PolicyFileErrors(errors: errors) }
        return profiles
    }

    public static func describe(_ error: DecodingError, file: String) -> PolicyFileError {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            let field = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return PolicyFileError(file: file, field: field, problem: "is missing; this field is required")
        case .typeMismatch(let type, let context):
            return PolicyFileError(file: file, field: path(context.codingPath), problem: "has the wrong type; expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return PolicyFileError(file: file, field: path(context.codingPath), problem: "is null; expected \(typeName(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return PolicyFileError(file: file, field: "", problem: "is not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))")
            }
            return PolicyFileError(file: file, field: path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return PolicyFileError(file: file, field: "", problem: "cannot be read: \(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Int.self { return "a whole number" }
        if type == Double.self { return "a number" }
        if type == Bool.self { return "true or false" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "an object (\(name))"
    }

    /// Fields the format does not have (a misspelt key would otherwise be silently ignored).
    ///
    /// The decoded profile is encoded again; any non-null key in the file that does not come
    /// back is one the format does not know.
    static func unknownFields(in data: Data, profile: PolicyProfile, file: String) -> [PolicyFileError] {
        let encoder = JSONEncoder()
        guard let original = try? JSONSerialization.jsonObject(with: data),
              let roundTrip = try? JSONSerialization.jsonObject(with: encoder.encode(profile)) else { return [] }
        var errors: [PolicyFileError] = []
        func walk(_ a: Any, _ b: Any, _ path: String) {
            if let objA = a as? [String: Any], let objB = b as? [String: Any] {
                for key in objA.keys.sorted() {
                    let field = path.isEmpty ? key : "\(path).\(key)"
                    guard let valueA = objA[key], !(valueA is NSNull) else { continue }
                    if let valueB = objB[key] {
                        walk(valueA, valueB, field)
                    } else {
                        errors.append(PolicyFileError(file: file, field: field, problem: "is not a field of the policy format here (check the spelling; the fields are listed in docs/policy-format.md)"))
                    }
                }
            } else if let arrA = a as? [Any], let arrB = b as? [Any] {
                for (index, pair) in zip(arrA, arrB).enumerated() { walk(pair.0, pair.1, "\(path)[\(index)]") }
            }
        }
        walk(original, roundTrip, "")
        return errors
    }

    /// Cross-field checks the JSON shape cannot express: references, ranges and units.
    public static func validate(_ p: PolicyProfile, file: String) -> [PolicyFileError] {
        var errors: [PolicyFileError] = []
        func fail(_ field: String, _ problem: String) { errors.append(PolicyFileError(file: file, field: field, problem: problem)) }

        if p.formatVersion > PolicyProfile.supportedFormatVersion {
            fail("formatVersion", "\(p.formatVersion) is newer than this attend reads (\(PolicyProfile.supportedFormatVersion)); upgrade attend")
        } else if p.formatVersion < 1 {
            fail("formatVersion", "\(p.formatVersion) is not allowed; expected \(PolicyProfile.supportedFormatVersion)")
        }
        if p.id.isEmpty || !p.id.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }) || !p.id.allSatisfy(\.isASCII) {
            fail("id", "'\(p.id)' is not allowed; expected lower-case letters, digits and hyphens")
        }
        if p.window.length.amount <= 0 || ![.months, .weeks, .calendarDays, .years].contains(p.window.length.unit) {
            fail("window.length", "expected a positive number of months, weeks, years or calendar days")
        }
        let part = p.counting.partDay.threshold
        if !(part > 0 && part <= 1) { fail("counting.partDay.threshold", "\(part) is out of range; expected a fraction above 0 and at most 1") }
        var seenCategories = Set<RelatedCategory>()
        for (i, rule) in p.counting.exclusions.enumerated() where !seenCategories.insert(rule.category).inserted {
            fail("counting.exclusions[\(i)].category", "'\(rule.category.rawValue)' is listed twice; list each category once")
        }
        if let b = p.bradford, ![.calendarDays, .workingDays].contains(b.dayUnit) {
            fail("bradford.dayUnit", "'\(b.dayUnit.rawValue)' is not allowed; expected calendarDays or workingDays")
        }

        var triggerIds = Set<String>()
        for (i, t) in p.triggers.enumerated() {
            if t.id.isEmpty { fail("triggers[\(i)].id", "is empty; give each trigger a stable id") }
            if !triggerIds.insert(t.id).inserted { fail("triggers[\(i)].id", "'\(t.id)' is used twice; trigger ids must be unique") }
            if !(t.value > 0) { fail("triggers[\(i)].value", "\(t.value) is not allowed; expected a positive number") }
            if t.metric == .bradford && p.bradford == nil {
                fail("triggers[\(i)].metric", "'bradford' needs a 'bradford' section in the profile")
            }
        }

        var stageIds: [String] = []
        for (i, s) in p.stages.enumerated() {
            if stageIds.contains(s.id) { fail("stages[\(i)].id", "'\(s.id)' is used twice; stage ids must be unique") }
            for (j, t) in s.triggeredBy.enumerated() where !triggerIds.contains(t) {
                fail("stages[\(i)].triggeredBy[\(j)]", "'\(t)' is not a trigger of this policy; expected one of \(p.triggers.map(\.id).joined(separator: ", "))")
            }
            if let entry = s.entry, !stageIds.contains(entry.requiresLiveWarningFrom) {
                fail("stages[\(i)].entry.requiresLiveWarningFrom", "'\(entry.requiresLiveWarningFrom)' is not an earlier stage; expected one of \(stageIds.joined(separator: ", "))")
            }
            if let entry = s.entry, let gap = entry.minimumScoreRiseSinceWarning, gap < 0 {
                fail("stages[\(i)].entry.minimumScoreRiseSinceWarning", "\(gap) is negative; expected zero or more")
            }
            if let v = s.warning?.validity, v.amount <= 0 || [.hours, .workingDays].contains(v.unit) {
                fail("stages[\(i)].warning.validity", "expected a positive number of months, weeks, years or calendar days")
            }
            if let r = s.reviewPeriod, let lo = r.minimum, let hi = r.maximum, lo.unit == hi.unit, lo.amount > hi.amount {
                fail("stages[\(i)].reviewPeriod", "minimum \(lo.text) is longer than maximum \(hi.text)")
            }
            stageIds.append(s.id)
        }
        for (i, r) in p.repeatRules.enumerated() {
            if !stageIds.contains(r.stage) { fail("repeatRules[\(i)].stage", "'\(r.stage)' is not a stage; expected one of \(stageIds.joined(separator: ", "))") }
            if !stageIds.contains(r.escalateTo) { fail("repeatRules[\(i)].escalateTo", "'\(r.escalateTo)' is not a stage; expected one of \(stageIds.joined(separator: ", "))") }
            if r.count < 1 { fail("repeatRules[\(i)].count", "\(r.count) is not allowed; expected 1 or more") }
        }
        if let oh = p.occupationalHealth {
            for (j, t) in oh.atTriggers.enumerated() where !triggerIds.contains(t) {
                fail("occupationalHealth.atTriggers[\(j)]", "'\(t)' is not a trigger of this policy")
            }
            if let a = oh.afterSpell, a.amount <= 0 || a.unit == .hours { fail("occupationalHealth.afterSpell", "expected a positive period in days, weeks or months") }
        }
        if let sc = p.certification.selfCertificate {
            if sc.fromCalendarDays < 1 { fail("certification.selfCertificate.fromCalendarDays", "expected 1 or more") }
            if !["onReturn", "asap"].contains(sc.due) { fail("certification.selfCertificate.due", "'\(sc.due)' is not allowed; expected onReturn or asap") }
        }
        if let fn = p.certification.fitNote, let due = fn.dueByCalendarDay, due <= fn.requiredAfterCalendarDays {
            fail("certification.fitNote.dueByCalendarDay", "\(due) is not after requiredAfterCalendarDays (\(fn.requiredAfterCalendarDays)); a fit note cannot be due before it is needed")
        }
        if let n = p.notification {
            if n.deadline == .afterStart && n.minutes == nil { fail("notification.minutes", "is missing; 'afterStart' needs minutes") }
            if n.deadline == .clockTime && n.time.flatMap(Self.minuteOfDay) == nil { fail("notification.time", "expected HH:MM for a clockTime deadline") }
            let allowed = ["phone", "proxy", "text", "email"]
            for (j, c) in n.channels.enumerated() where !allowed.contains(c) {
                fail("notification.channels[\(j)]", "'\(c)' is not allowed; expected one of \(allowed.joined(separator: ", "))")
            }
        }
        if let leave = p.sickDuringAnnualLeave, !["fitNote", "selfCertificateOrFitNote"].contains(leave.evidence) {
            fail("sickDuringAnnualLeave.evidence", "'\(leave.evidence)' is not allowed; expected fitNote or selfCertificateOrFitNote")
        }
        if !["must", "should"].contains(p.returnToWork.strength) { fail("returnToWork.strength", "'\(p.returnToWork.strength)' is not allowed; expected must or should") }
        var promptIds = Set<String>()
        for (i, prompt) in p.returnToWork.prompts.enumerated() where !promptIds.insert(prompt.id).inserted {
            fail("returnToWork.prompts[\(i)].id", "'\(prompt.id)' is used twice; prompt ids must be unique")
        }
        var kinds = Set<String>()
        for (i, m) in p.meetings.enumerated() {
            if !kinds.insert(m.kind).inserted { fail("meetings[\(i)].kind", "'\(m.kind)' is used twice; meeting kinds must be unique") }
            for (j, c) in m.checks.enumerated() {
                if c.type != .meetingOnReturnDay, c.type != .placeGiven, (c.amount ?? -1) < 0 {
                    fail("meetings[\(i)].checks[\(j)].amount", "is missing or negative; '\(c.type.rawValue)' needs a whole number of zero or more")
                }
                if !["must", "should"].contains(c.strength) {
                    fail("meetings[\(i)].checks[\(j)].strength", "'\(c.strength)' is not allowed; expected must or should")
                }
            }
        }
        for (i, s) in p.stages.enumerated() {
            guard let appeal = s.appeal else { continue }
            let appealKinds = p.meetings.filter { m in
                m.checks.contains { $0.type == .appealWithinWorkingDaysOfOutcomeReceived || $0.type == .appealWithinWorkingDaysOfOutcomeIssued }
            }.map(\.kind)
            if !appealKinds.contains(appeal.meetingKind) {
                fail("stages[\(i)].appeal.meetingKind", "'\(appeal.meetingKind)' is not a meeting kind with an appeal deadline check; expected one of \(appealKinds.isEmpty ? "(none: add a meeting with an appealWithinWorkingDaysOfOutcomeReceived or …Issued check)" : appealKinds.joined(separator: ", "))")
            }
        }
        let d = p.noticeDelivery
        for (name, rule) in [("hand", d.hand), ("email", d.email), ("post", d.post)] {
            if rule.addWorkingDays < 0 { fail("noticeDelivery.\(name).addWorkingDays", "expected 0 or more") }
            if let cut = rule.cutOff, minuteOfDay(cut) == nil { fail("noticeDelivery.\(name).cutOff", "'\(cut)' is not a time; expected HH:MM") }
        }
        if let a = minuteOfDay(d.meetingDayStart), let b = minuteOfDay(d.meetingDayEnd) {
            if a >= b { fail("noticeDelivery.meetingDayEnd", "must be later than meetingDayStart") }
        } else {
            fail("noticeDelivery.meetingDayStart", "expected HH:MM times for meetingDayStart and meetingDayEnd")
        }
        if let lt = p.longTerm {
            for (i, m) in lt.milestones.enumerated() where !["by", "at", "from"].contains(m.kind) {
                fail("longTerm.milestones[\(i)].kind", "'\(m.kind)' is not allowed; expected by, at or from")
            }
        }
        return errors
    }

    /// Minutes since midnight of an `HH:MM` string.
    public static func minuteOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }
}
