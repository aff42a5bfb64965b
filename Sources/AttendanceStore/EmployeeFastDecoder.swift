import AttendanceRules
import Foundation

/// A fast reader for employee documents in the form this attend writes them.
///
/// Opening a large store is mostly decoding employee files, and `JSONDecoder` spends most of
/// that time in generic container machinery. This reader walks the bytes once and builds the
/// document directly through the types' own initialisers. It is deliberately strict: it gives
/// up (returns nil) on anything it is not sure of - a key it does not know, a repeated key, a
/// `\u` surrogate escape, a number in an unusual form, a value a type refuses, trailing bytes -
/// and the caller then decodes with `JSONDecoder`, which either gives the same document or
/// the precise error naming the field. So it never has to explain a problem, only to agree
/// with `JSONDecoder` on every document it accepts; debug builds check that on every load.
///
/// When a field is added to a stored type, a document holding it has a key this reader does
/// not know, so it falls back to `JSONDecoder` (correct, only slower) until the field is
/// added here as well.
enum EmployeeFastDecoder {
    /// The document, or nil when `JSONDecoder` must decide.
    static func decode(_ data: Data) -> EmployeeDocument? {
        data.withUnsafeBytes { raw -> EmployeeDocument? in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            do throws(Bail) {
                let document = try employee(&reader)
                reader.skipSpace()
                return reader.atEnd ? document : nil
            } catch {
                return nil
            }
        }
    }

    // MARK: - Documents

    static func employee(_ r: inout Reader) throws(Bail) -> EmployeeDocument {
        var seen = Seen()
        var schemaVersion: Int?, revision: Int?, id: String?, name: String?, fte: Double?
        var teamId: String?, managerId: String?, policy: String?, nation: Nation?, startDate: CalendarDay?, startTime: String?
        var pattern: WorkingPattern?
        var absences: [AbsenceRecord]?, calls: [SicknessCall]?, contacts: [ContactRecord]?, fitNotes: [FitNoteRecord]?
        var interviews: [RTWInterview]?, meetings: [MeetingRecord]?, stages: [StageRecord]?, ohReferrals: [OHReferral]?
        var history: [ChangeRecord]?
        var selfCertificates: [SelfCertificateRecord]?, voided: Int?, leftOn: CalendarDay?, email: String?
        var letters: [LetterRecord]?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "schemaVersion": try seen.mark(0); schemaVersion = try r.int()
            case "revision": try seen.mark(1); revision = try r.int()
            case "id": try seen.mark(2); id = try r.string()
            case "name": try seen.mark(3); name = try r.string()
            case "teamId": try seen.mark(4); teamId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "managerId": try seen.mark(5); managerId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "pattern": try seen.mark(6); pattern = try workingPattern(&r)
            case "nation": try seen.mark(7); nation = try r.optional { (r: inout Reader) throws(Bail) in try r.enumeration(Nation.self) }
            case "policy": try seen.mark(8); policy = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "fte": try seen.mark(9); fte = try r.double()
            case "startDate": try seen.mark(10); startDate = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "startTime": try seen.mark(18); startTime = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "absences": try seen.mark(11); absences = try r.array(absence)
            case "sicknessCalls": try seen.mark(12); calls = try r.array(sicknessCall)
            case "contacts": try seen.mark(13); contacts = try r.array(contact)
            case "fitNotes": try seen.mark(14); fitNotes = try r.array(fitNote)
            case "interviews": try seen.mark(15); interviews = try r.array(interview)
            case "meetings": try seen.mark(16); meetings = try r.array(meeting)
            case "stages": try seen.mark(17); stages = try r.array(stage)
            case "ohReferrals": try seen.mark(19); ohReferrals = try r.array(ohReferral)
            case "history": try seen.mark(20); history = try r.array(change)
            case "selfCertificates": try seen.mark(21); selfCertificates = try r.array(selfCertificate)
            // Voided records are rare and of every kind: any there leave the document to JSONDecoder.
            case "voided": try seen.mark(22); voided = try r.array { (r: inout Reader) throws(Bail) -> Int in throw Bail() }.count
            case "leftOn": try seen.mark(23); leftOn = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "email": try seen.mark(24); email = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "letters": try seen.mark(25); letters = try r.array(letter)
            default: throw Bail()
            }
        }
        guard var schemaVersion, let revision, let id, let name, let fte, let pattern, let absences, let calls,
              let contacts, let fitNotes, let interviews, let meetings, let stages else { throw Bail() }
        // Schema 2 is schema 3 without the referral list (`StoreMigration.employeeV2toV3` adds
        // it empty), and schema 3 is schema 4 without the history (`withEmptyHistory`). Doing
        // those steps here keeps an older store as quick to open as a new one (through
        // JSONSerialization it took 7 s at 5,000 employees) until each file is saved again;
        // debug builds check the result against the migration.
        // A newer schema is never read as this one (the slow path reports it).
        guard schemaVersion <= EmployeeDocument.currentSchemaVersion else { throw Bail() }
        let referrals: [OHReferral]
        if let ohReferrals {
            guard schemaVersion >= 3 else { throw Bail() }
            referrals = ohReferrals
        } else if schemaVersion == 2 {
            referrals = []
        } else {
            throw Bail()
        }
        let changes: [ChangeRecord]
        if let history {
            guard schemaVersion >= 4 else { throw Bail() }
            changes = history
        } else if schemaVersion == 2 || schemaVersion == 3 {
            changes = []
        } else {
            throw Bail()
        }
        // Schema 5's lists are in every schema 5 document and in no older one (which gets them
        // empty, as `employeeV4toV5` does); `leftOn` and `email` are new in 5 too.
        if schemaVersion >= 5 {
            guard selfCertificates != nil, voided == 0 else { throw Bail() }
        } else if selfCertificates != nil || voided != nil || leftOn != nil || email != nil {
            throw Bail()
        }
        // Schema 7's letters are in every schema 7 document and in no older one (`employeeV6toV7`).
        if schemaVersion >= 7 {
            guard letters != nil else { throw Bail() }
        } else if letters != nil {
            throw Bail()
        }
        schemaVersion = EmployeeDocument.currentSchemaVersion
        var document = EmployeeDocument(id: id, name: name, teamId: teamId, managerId: managerId, pattern: pattern,
                                        nation: nation, policy: policy, fte: fte, startDate: startDate)
        document.schemaVersion = schemaVersion
        document.revision = revision
        document.startTime = startTime
        document.absences = absences
        document.sicknessCalls = calls
        document.contacts = contacts
        document.fitNotes = fitNotes
        document.interviews = interviews
        document.meetings = meetings
        document.stages = stages
        document.ohReferrals = referrals
        document.history = changes
        document.selfCertificates = selfCertificates ?? []
        document.leftOn = leftOn
        document.email = email
        document.letters = letters ?? []
        return document
    }

    static func workingPattern(_ r: inout Reader) throws(Bail) -> WorkingPattern {
        var seen = Seen()
        var days: Set<Weekday>?, hoursPerDay: Double?, hoursByDay: [Weekday: Double] = [:], worksBankHolidays = false
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "days":
                try seen.mark(0)
                var set = Set<Weekday>()
                for text in try r.array({ (r: inout Reader) throws(Bail) in try r.string() }) {
                    guard let weekday = Weekday(id: text), set.insert(weekday).inserted else { throw Bail() }
                }
                days = set
            case "hoursPerDay": try seen.mark(1); hoursPerDay = try r.double()
            case "hoursByDay":
                try seen.mark(2)
                if r.null() { break }
                try r.dictionary { (r: inout Reader, day: String) throws(Bail) in
                    guard let weekday = Weekday(id: day), hoursByDay[weekday] == nil else { throw Bail() }
                    hoursByDay[weekday] = try r.double()
                }
            case "worksBankHolidays":
                try seen.mark(3)
                worksBankHolidays = try r.optional { (r: inout Reader) throws(Bail) in try r.bool() } ?? false
            default: throw Bail()
            }
        }
        guard let days, let hoursPerDay,
              let pattern = try? WorkingPattern(days: days, hoursPerDay: hoursPerDay, hoursByWeekday: hoursByDay,
                                                worksBankHolidays: worksBankHolidays) else { throw Bail() }
        return pattern
    }

    static func absence(_ r: inout Reader) throws(Bail) -> AbsenceRecord {
        var seen = Seen()
        var id: String?, type: AbsenceType?, start: CalendarDay?, end: CalendarDay?, certificate: CertificateKind?
        var firstFraction: Double?, lastFraction: Double?, related: RelatedCategory?, reason: ReasonCategory?
        var fitNoteFrom: CalendarDay?, hrDecision: HRDecision?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "type": try seen.mark(1); type = try r.enumeration(AbsenceType.self)
            case "start": try seen.mark(2); start = try r.day()
            case "end": try seen.mark(3); end = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "firstDayWorkedFraction": try seen.mark(4); firstFraction = try r.optional { (r: inout Reader) throws(Bail) in try r.double() }
            case "lastDayWorkedFraction": try seen.mark(5); lastFraction = try r.optional { (r: inout Reader) throws(Bail) in try r.double() }
            case "related": try seen.mark(6); related = try r.optional { (r: inout Reader) throws(Bail) in try r.enumeration(RelatedCategory.self) }
            case "reason": try seen.mark(7); reason = try r.optional { (r: inout Reader) throws(Bail) in try r.enumeration(ReasonCategory.self) }
            case "certificate": try seen.mark(8); certificate = try r.enumeration(CertificateKind.self)
            case "fitNoteFrom": try seen.mark(9); fitNoteFrom = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "hrDecision": try seen.mark(10); hrDecision = try r.optional(decision)
            default: throw Bail()
            }
        }
        guard let id, let type, let start, let certificate else { throw Bail() }
        return AbsenceRecord(id: id, type: type, start: start, end: end, firstDayWorkedFraction: firstFraction,
                             lastDayWorkedFraction: lastFraction, related: related, reason: reason,
                             certificate: certificate, fitNoteFrom: fitNoteFrom, hrDecision: hrDecision)
    }

    static func decision(_ r: inout Reader) throws(Bail) -> HRDecision {
        var seen = Seen()
        var counts: Bool?, decidedBy: String?, decidedOn: CalendarDay?, note: String?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "counts": try seen.mark(0); counts = try r.bool()
            case "decidedBy": try seen.mark(1); decidedBy = try r.string()
            case "decidedOn": try seen.mark(2); decidedOn = try r.day()
            case "note": try seen.mark(3); note = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            default: throw Bail()
            }
        }
        guard let counts, let decidedBy, let decidedOn else { throw Bail() }
        return HRDecision(counts: counts, decidedBy: decidedBy, decidedOn: decidedOn, note: note)
    }

    static func sicknessCall(_ r: inout Reader) throws(Bail) -> SicknessCall {
        var seen = Seen()
        var id: String?, absenceId: String?, receivedAt: LocalDateTime?, via: CallChannel?, caller: String?
        var reason: ReasonCategory?, note: String?, expectedReturn: CalendarDay?, flags: [String]?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "absenceId": try seen.mark(1); absenceId = try r.string()
            case "receivedAt": try seen.mark(2); receivedAt = try r.dateTime()
            case "via": try seen.mark(3); via = try r.enumeration(CallChannel.self)
            case "caller": try seen.mark(4); caller = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "reason": try seen.mark(5); reason = try r.optional { (r: inout Reader) throws(Bail) in try r.enumeration(ReasonCategory.self) }
            case "note": try seen.mark(6); note = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "expectedReturn": try seen.mark(7); expectedReturn = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "flags": try seen.mark(8); flags = try r.array { (r: inout Reader) throws(Bail) in try r.string() }
            default: throw Bail()
            }
        }
        guard let id, let absenceId, let receivedAt, let via, let flags else { throw Bail() }
        return SicknessCall(id: id, absenceId: absenceId, receivedAt: receivedAt, via: via, caller: caller,
                            reason: reason, note: note, expectedReturn: expectedReturn, flags: flags)
    }

    static func contact(_ r: inout Reader) throws(Bail) -> ContactRecord {
        var seen = Seen()
        var id: String?, absenceId: String?, on: CalendarDay?, by: String?, via: CallChannel?, note: String?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "absenceId": try seen.mark(1); absenceId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "on": try seen.mark(2); on = try r.day()
            case "by": try seen.mark(3); by = try r.string()
            case "via": try seen.mark(4); via = try r.enumeration(CallChannel.self)
            case "note": try seen.mark(5); note = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            default: throw Bail()
            }
        }
        guard let id, let on, let by, let via else { throw Bail() }
        return ContactRecord(id: id, absenceId: absenceId, on: on, by: by, via: via, note: note)
    }

    static func fitNote(_ r: inout Reader) throws(Bail) -> FitNoteRecord {
        var seen = Seen()
        var id: String?, absenceId: String?, from: CalendarDay?, to: CalendarDay?, received: CalendarDay?
        var mayBeFit: Bool?, adjustments: String?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "absenceId": try seen.mark(1); absenceId = try r.string()
            case "from": try seen.mark(2); from = try r.day()
            case "to": try seen.mark(3); to = try r.day()
            case "received": try seen.mark(4); received = try r.day()
            case "mayBeFit": try seen.mark(5); mayBeFit = try r.bool()
            case "adjustments": try seen.mark(6); adjustments = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            default: throw Bail()
            }
        }
        guard let id, let absenceId, let from, let to, let received, let mayBeFit else { throw Bail() }
        return FitNoteRecord(id: id, absenceId: absenceId, from: from, to: to, received: received,
                             mayBeFit: mayBeFit, adjustments: adjustments)
    }

    static func change(_ r: inout Reader) throws(Bail) -> ChangeRecord {
        var seen = Seen()
        var revision: Int?, at: String?, actor: String?, action: String?, summary: String?, reason: String?, changes: [FieldChange]?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "revision": try seen.mark(0); revision = try r.int()
            case "at": try seen.mark(1); at = try r.string()
            case "actor": try seen.mark(2); actor = try r.string()
            case "action": try seen.mark(3); action = try r.string()
            case "summary": try seen.mark(4); summary = try r.string()
            case "reason": try seen.mark(5); reason = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "changes": try seen.mark(6); changes = try r.optional { (r: inout Reader) throws(Bail) in try r.array(fieldChange) }
            default: throw Bail()
            }
        }
        guard let revision, let at, let actor, let action, let summary else { throw Bail() }
        return ChangeRecord(revision: revision, at: at, actor: actor, action: action, summary: summary, reason: reason, changes: changes)
    }

    static func selfCertificate(_ r: inout Reader) throws(Bail) -> SelfCertificateRecord {
        var seen = Seen()
        var id: String?, absenceId: String?, received: CalendarDay?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "absenceId": try seen.mark(1); absenceId = try r.string()
            case "received": try seen.mark(2); received = try r.day()
            default: throw Bail()
            }
        }
        guard let id, let absenceId, let received else { throw Bail() }
        return SelfCertificateRecord(id: id, absenceId: absenceId, received: received)
    }

    static func letter(_ r: inout Reader) throws(Bail) -> LetterRecord {
        var seen = Seen()
        var id: String?, kind: String?, title: String?, writtenOn: CalendarDay?, writtenBy: String?
        var meetingId: String?, outcomeId: String?, interviewId: String?, delivery: NoticeDelivery?, receivedOn: CalendarDay?
        var text: String?, checklist: [String]?, includesPrivate: Bool?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "kind": try seen.mark(1); kind = try r.string()
            case "title": try seen.mark(2); title = try r.string()
            case "writtenOn": try seen.mark(3); writtenOn = try r.day()
            case "writtenBy": try seen.mark(4); writtenBy = try r.string()
            case "meetingId": try seen.mark(5); meetingId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "outcomeId": try seen.mark(6); outcomeId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "interviewId": try seen.mark(7); interviewId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "delivery": try seen.mark(8); delivery = try r.enumeration(NoticeDelivery.self)
            case "receivedOn": try seen.mark(9); receivedOn = try r.day()
            case "text": try seen.mark(10); text = try r.string()
            case "checklist": try seen.mark(11); checklist = try r.array { (r: inout Reader) throws(Bail) in try r.string() }
            case "includesPrivate": try seen.mark(12); includesPrivate = try r.bool()
            default: throw Bail()
            }
        }
        guard let id, let kind, let title, let writtenOn, let writtenBy, let delivery, let receivedOn, let text, let checklist,
              let includesPrivate else { throw Bail() }
        return LetterRecord(id: id, kind: kind, title: title, writtenOn: writtenOn, writtenBy: writtenBy, meetingId: meetingId,
                            outcomeId: outcomeId, interviewId: interviewId, delivery: delivery, receivedOn: receivedOn,
                            text: text, checklist: checklist, includesPrivate: includesPrivate)
    }

    static func fieldChange(_ r: inout Reader) throws(Bail) -> FieldChange {
        var seen = Seen()
        var record: String?, field: String?, from: String?, to: String?, isPrivate: Bool?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "record": try seen.mark(0); record = try r.string()
            case "field": try seen.mark(1); field = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "from": try seen.mark(2); from = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "to": try seen.mark(3); to = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "private": try seen.mark(4); isPrivate = try r.optional { (r: inout Reader) throws(Bail) in try r.bool() }
            default: throw Bail()
            }
        }
        guard let record else { throw Bail() }
        // `private: false` is never written; a file saying so is left to JSONDecoder to agree.
        if isPrivate == false || (isPrivate == true && (from != nil || to != nil)) { throw Bail() }
        return FieldChange(record: record, field: field, from: from, to: to, isPrivate: isPrivate == true)
    }

    static func ohReferral(_ r: inout Reader) throws(Bail) -> OHReferral {
        var seen = Seen()
        var id: String?, absenceId: String?, referredOn: CalendarDay?, by: String?, note: String?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "absenceId": try seen.mark(1); absenceId = try r.string()
            case "referredOn": try seen.mark(2); referredOn = try r.day()
            case "by": try seen.mark(3); by = try r.string()
            case "note": try seen.mark(4); note = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            default: throw Bail()
            }
        }
        guard let id, let absenceId, let referredOn, let by else { throw Bail() }
        return OHReferral(id: id, absenceId: absenceId, referredOn: referredOn, by: by, note: note)
    }

    static func interview(_ r: inout Reader) throws(Bail) -> RTWInterview {
        var seen = Seen()
        var id: String?, absenceId: String?, status: InterviewStatus?, heldOn: CalendarDay?
        var answers: [String: String]?, agreedActions: [String]?, signedOffBy: String?, signedOffOn: CalendarDay?, acknowledged: Bool?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "absenceId": try seen.mark(1); absenceId = try r.string()
            case "status": try seen.mark(2); status = try r.enumeration(InterviewStatus.self)
            case "heldOn": try seen.mark(3); heldOn = try r.day()
            case "answers":
                try seen.mark(4)
                var map: [String: String] = [:]
                try r.dictionary { (r: inout Reader, prompt: String) throws(Bail) in
                    guard map[prompt] == nil else { throw Bail() }
                    map[prompt] = try r.string()
                }
                answers = map
            case "agreedActions": try seen.mark(5); agreedActions = try r.array { (r: inout Reader) throws(Bail) in try r.string() }
            case "signedOffBy": try seen.mark(6); signedOffBy = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "signedOffOn": try seen.mark(7); signedOffOn = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "employeeAcknowledged": try seen.mark(8); acknowledged = try r.optional { (r: inout Reader) throws(Bail) in try r.bool() }
            default: throw Bail()
            }
        }
        guard let id, let absenceId, let status, let heldOn, let answers, let agreedActions else { throw Bail() }
        return RTWInterview(id: id, absenceId: absenceId, heldOn: heldOn, status: status, answers: answers,
                            agreedActions: agreedActions, signedOffBy: signedOffBy, signedOffOn: signedOffOn, employeeAcknowledged: acknowledged)
    }

    static func meeting(_ r: inout Reader) throws(Bail) -> MeetingRecord {
        var seen = Seen()
        var id: String?, kind: String?, at: LocalDateTime?, duration: Int?, place: String?, noticeGiven: LocalDateTime?
        var delivery: NoticeDelivery?, overrideReason: String?, sequence: Int?, cancelled: Bool?, outcome: MeetingOutcome?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "kind": try seen.mark(1); kind = try r.string()
            case "at": try seen.mark(2); at = try r.dateTime()
            case "durationMinutes": try seen.mark(3); duration = try r.int()
            case "place": try seen.mark(4); place = try r.string()
            case "noticeGiven": try seen.mark(5); noticeGiven = try r.dateTime()
            case "delivery": try seen.mark(6); delivery = try r.enumeration(NoticeDelivery.self)
            case "overrideReason": try seen.mark(7); overrideReason = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "sequence": try seen.mark(8); sequence = try r.int()
            case "cancelled": try seen.mark(9); cancelled = try r.bool()
            case "outcome": try seen.mark(10); outcome = try r.optional { (r: inout Reader) throws(Bail) in try r.enumeration(MeetingOutcome.self) }
            default: throw Bail()
            }
        }
        guard let id, let kind, let at, let duration, let place, let noticeGiven, let delivery, let sequence,
              let cancelled else { throw Bail() }
        return MeetingRecord(id: id, kind: kind, at: at, durationMinutes: duration, place: place, noticeGiven: noticeGiven,
                             delivery: delivery, overrideReason: overrideReason, sequence: sequence, cancelled: cancelled, outcome: outcome)
    }

    static func stage(_ r: inout Reader) throws(Bail) -> StageRecord {
        var seen = Seen()
        var id: String?, stage: String?, decidedOn: CalendarDay?, outcome: StageOutcomeKind?, meetingId: String?
        var warning: WarningRecord?, reviewPeriodEnd: CalendarDay?, appeal: AppealRecord?, withdrawn: WarningWithdrawal?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "stage": try seen.mark(1); stage = try r.string()
            case "decidedOn": try seen.mark(2); decidedOn = try r.day()
            case "outcome": try seen.mark(3); outcome = try r.enumeration(StageOutcomeKind.self)
            case "meetingId": try seen.mark(4); meetingId = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            case "warning": try seen.mark(5); warning = try r.optional(warningRecord)
            case "reviewPeriodEnd": try seen.mark(6); reviewPeriodEnd = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "appeal": try seen.mark(7); appeal = try r.optional(appealRecord)
            case "warningWithdrawn": try seen.mark(8); withdrawn = try r.optional(warningWithdrawal)
            default: throw Bail()
            }
        }
        guard let id, let stage, let decidedOn, let outcome else { throw Bail() }
        return StageRecord(id: id, stage: stage, decidedOn: decidedOn, outcome: outcome, meetingId: meetingId,
                           warning: warning, reviewPeriodEnd: reviewPeriodEnd, appeal: appeal, warningWithdrawn: withdrawn)
    }

    static func warningWithdrawal(_ r: inout Reader) throws(Bail) -> WarningWithdrawal {
        var seen = Seen()
        var on: CalendarDay?, by: String?, reason: String?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "on": try seen.mark(0); on = try r.day()
            case "by": try seen.mark(1); by = try r.string()
            case "reason": try seen.mark(2); reason = try r.string()
            default: throw Bail()
            }
        }
        guard let on, let by, let reason else { throw Bail() }
        return WarningWithdrawal(on: on, by: by, reason: reason)
    }

    static func warningRecord(_ r: inout Reader) throws(Bail) -> WarningRecord {
        var seen = Seen()
        var stage: String?, issued: CalendarDay?, scoreAtIssue: Double?, validity: Period?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "stage": try seen.mark(0); stage = try r.string()
            case "issued": try seen.mark(1); issued = try r.day()
            case "scoreAtIssue": try seen.mark(2); scoreAtIssue = try r.optional { (r: inout Reader) throws(Bail) in try r.double() }
            case "validity": try seen.mark(3); validity = try r.optional(period)
            default: throw Bail()
            }
        }
        guard let stage, let issued else { throw Bail() }
        return WarningRecord(stage: stage, issued: issued, scoreAtIssue: scoreAtIssue, validity: validity)
    }

    static func period(_ r: inout Reader) throws(Bail) -> Period {
        var seen = Seen()
        var amount: Int?, unit: PeriodUnit?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "amount": try seen.mark(0); amount = try r.int()
            case "unit": try seen.mark(1); unit = try r.enumeration(PeriodUnit.self)
            default: throw Bail()
            }
        }
        guard let amount, let unit else { throw Bail() }
        return Period(amount, unit)
    }

    static func appealRecord(_ r: inout Reader) throws(Bail) -> AppealRecord {
        var seen = Seen()
        var lodged: CalendarDay?, heard: CalendarDay?, result: String?
        try r.object { (r: inout Reader, key: Key) throws(Bail) in
            switch key {
            case "lodged": try seen.mark(0); lodged = try r.day()
            case "heard": try seen.mark(1); heard = try r.optional { (r: inout Reader) throws(Bail) in try r.day() }
            case "result": try seen.mark(2); result = try r.optional { (r: inout Reader) throws(Bail) in try r.string() }
            default: throw Bail()
            }
        }
        guard let lodged else { throw Bail() }
        return AppealRecord(lodged: lodged, heard: heard, result: result)
    }

    // MARK: - Reading JSON

    /// Give up: let `JSONDecoder` decide.
    struct Bail: Error {}

    /// The keys already met in one object (a repeated key gives up).
    struct Seen {
        private var bits: UInt32 = 0

        mutating func mark(_ bit: Int) throws(Bail) {
            let mask: UInt32 = 1 << UInt32(bit)
            guard bits & mask == 0 else { throw Bail() }
            bits |= mask
        }
    }

    /// An object key as the bytes in the file, matched against literals without building a
    /// String (`case "id":` compares bytes). Keys attend writes need no escapes; a key with
    /// one gives up.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            Key(bytes: UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)).matches(key)
        }

        /// Whether both hold the same bytes.
        func matches(_ other: Key) -> Bool {
            guard bytes.count == other.bytes.count else { return false }
            guard let mine = bytes.baseAddress, let theirs = other.bytes.baseAddress else { return true }
            return memcmp(mine, theirs, bytes.count) == 0
        }
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        /// The next byte after any white space (not consumed), or nil at the end.
        mutating func peek() -> UInt8? {
            skipSpace()
            return index < bytes.count ? bytes[index] : nil
        }

        mutating func expect(_ byte: UInt8) throws(Bail) {
            guard peek() == byte else { throw Bail() }
            index += 1
        }

        /// Consumes `literal` when it comes next.
        mutating func take(_ literal: StaticString) -> Bool {
            skipSpace()
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let start = literal.utf8Start
            for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
            index += count
            return true
        }

        /// Consumes `null` when it comes next.
        mutating func null() -> Bool { take("null") }

        /// nil for `null`, else the value.
        mutating func optional<T>(_ value: (inout Reader) throws(Bail) -> T) throws(Bail) -> T? {
            if null() { return nil }
            return try value(&self)
        }

        /// Calls `body` with each key of an object with fixed field names, positioned at its value.
        mutating func object(_ body: (inout Reader, Key) throws(Bail) -> Void) throws(Bail) {
            try members({ (r: inout Reader) throws(Bail) in try r.key() }, body)
        }

        /// Calls `body` with each key of a JSON object used as a dictionary (keys are data and
        /// may hold escapes), positioned at its value.
        mutating func dictionary(_ body: (inout Reader, String) throws(Bail) -> Void) throws(Bail) {
            try members({ (r: inout Reader) throws(Bail) in try r.string() }, body)
        }

        mutating func members<K>(_ readKey: (inout Reader) throws(Bail) -> K, _ body: (inout Reader, K) throws(Bail) -> Void) throws(Bail) {
            try expect(UInt8(ascii: "{"))
            if peek() == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                let key = try readKey(&self)
                try expect(UInt8(ascii: ":"))
                try body(&self, key)
                switch peek() {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"): index += 1; return
                default: throw Bail()
                }
            }
        }

        mutating func array<T>(_ element: (inout Reader) throws(Bail) -> T) throws(Bail) -> [T] {
            try expect(UInt8(ascii: "["))
            var out: [T] = []
            if peek() == UInt8(ascii: "]") {
                index += 1
                return out
            }
            while true {
                out.append(try element(&self))
                switch peek() {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"):
                    index += 1
                    // Appending doubles the capacity; a store keeps these arrays for as long as
                    // it is open, so a long one is copied to its exact size (up to a third less memory).
                    return out.capacity - out.count > 8 ? out.withUnsafeBufferPointer { Array($0) } : out
                default: throw Bail()
                }
            }
        }

        mutating func bool() throws(Bail) -> Bool {
            if take("true") { return true }
            if take("false") { return false }
            throw Bail()
        }

        /// An object key: a string without escapes or control characters.
        mutating func key() throws(Bail) -> Key {
            try expect(UInt8(ascii: "\""))
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 || byte == UInt8(ascii: "\\") { throw Bail() }
                index += 1
            }
            guard index < bytes.count else { throw Bail() }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
            index += 1
            return Key(bytes: raw)
        }

        mutating func string() throws(Bail) -> String {
            try expect(UInt8(ascii: "\""))
            let start = index
            var escaped = false
            var ascii = true
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { throw Bail() }
                if byte >= 0x80 { ascii = false }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    index += 2
                } else {
                    index += 1
                }
            }
            guard index < bytes.count else { throw Bail() }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
            index += 1
            if escaped { return try Self.unescape(raw) }
            // ASCII is valid UTF-8 as it stands.
            return ascii ? String(decoding: raw, as: UTF8.self) : try Self.text(raw)
        }

        /// Valid UTF-8 as a String. Decoding repairs invalid bytes, so the text is valid
        /// exactly when its bytes are the ones given.
        static func text(_ raw: UnsafeBufferPointer<UInt8>) throws(Bail) -> String {
            let text = String(decoding: raw, as: UTF8.self)
            guard text.utf8.elementsEqual(raw) else { throw Bail() }
            return text
        }

        /// The text of a string with escapes.
        static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(Bail) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var i = 0
            while i < raw.count {
                let byte = raw[i]
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    i += 1
                    continue
                }
                guard i + 1 < raw.count else { throw Bail() }
                if let simple = JSONEscape.simple(raw[i + 1]) {
                    out.append(simple)
                    i += 2
                    continue
                }
                // `\u`: only scalars outside the surrogate range; a pair goes to JSONDecoder.
                guard raw[i + 1] == UInt8(ascii: "u"), i + 5 < raw.count, let value = JSONEscape.hex4(raw[(i + 2)...(i + 5)]),
                      let scalar = Unicode.Scalar(value) else { throw Bail() }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += 6
            }
            return try out.withUnsafeBufferPointer { (buffer) throws(Bail) -> String in try text(buffer) }
        }

        /// The bytes of a number (not yet checked against the JSON grammar).
        mutating func numberBytes() throws(Bail) -> UnsafeBufferPointer<UInt8> {
            skipSpace()
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                     UInt8(ascii: "e"), UInt8(ascii: "E"):
                    index += 1
                default:
                    guard index > start else { throw Bail() }
                    return UnsafeBufferPointer(rebasing: bytes[start..<index])
                }
            }
            throw Bail()
        }

        /// A whole number written as digits, optionally negative, without a leading zero.
        mutating func int() throws(Bail) -> Int {
            let raw = try numberBytes()
            var i = 0
            let negative = raw[0] == UInt8(ascii: "-")
            if negative { i = 1 }
            guard i < raw.count, raw[i] != UInt8(ascii: "0") || raw.count == i + 1 else { throw Bail() }
            var value = 0
            while i < raw.count {
                let byte = raw[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw Bail() }
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                guard !overflow1, !overflow2 else { throw Bail() }
                value = sum
                i += 1
            }
            return negative ? -value : value
        }

        /// A JSON number as a Double.
        mutating func double() throws(Bail) -> Double {
            let raw = try numberBytes()
            guard Self.isJSONNumber(raw), let value = Double(String(decoding: raw, as: UTF8.self)), value.isFinite else {
                throw Bail()
            }
            return value
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
        static func isJSONNumber(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
            var i = 0
            func digits() -> Int {
                let start = i
                while i < raw.count, raw[i] >= UInt8(ascii: "0"), raw[i] <= UInt8(ascii: "9") { i += 1 }
                return i - start
            }
            if i < raw.count, raw[i] == UInt8(ascii: "-") { i += 1 }
            let leading = i
            let whole = digits()
            guard whole > 0, whole == 1 || raw[leading] != UInt8(ascii: "0") else { return false }
            if i < raw.count, raw[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() > 0 else { return false }
            }
            if i < raw.count, raw[i] == UInt8(ascii: "e") || raw[i] == UInt8(ascii: "E") {
                i += 1
                if i < raw.count, raw[i] == UInt8(ascii: "+") || raw[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { return false }
            }
            return i == raw.count
        }

        /// One of the type's raw values, matched on the bytes (no String built); a value
        /// written with escapes gives up.
        mutating func enumeration<T: PolicyEnum>(_ type: T.Type) throws(Bail) -> T {
            let raw = try key()
            for value in T.allCases {
                var text = value.rawValue
                if text.withUTF8({ Key(bytes: $0).matches(raw) }) { return value }
            }
            throw Bail()
        }

        /// `"YYYY-MM-DD"`, a real date.
        mutating func day() throws(Bail) -> CalendarDay {
            try expect(UInt8(ascii: "\""))
            let day = try dayDigits()
            try expect(UInt8(ascii: "\""))
            return day
        }

        /// `"YYYY-MM-DDTHH:MM"`, a real date and time.
        mutating func dateTime() throws(Bail) -> LocalDateTime {
            try expect(UInt8(ascii: "\""))
            let day = try dayDigits()
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "T"), bytes[index + 3] == UInt8(ascii: ":"),
                  let hour = twoDigits(at: index + 1), let minute = twoDigits(at: index + 4),
                  let value = LocalDateTime(day: day, hour: hour, minute: minute) else { throw Bail() }
            index += 6
            try expect(UInt8(ascii: "\""))
            return value
        }

        /// `YYYY-MM-DD` at the current position (no quotes), consumed.
        mutating func dayDigits() throws(Bail) -> CalendarDay {
            guard index + 10 <= bytes.count, bytes[index + 4] == UInt8(ascii: "-"), bytes[index + 7] == UInt8(ascii: "-"),
                  let high = twoDigits(at: index), let low = twoDigits(at: index + 2),
                  let month = twoDigits(at: index + 5), let dayOfMonth = twoDigits(at: index + 8),
                  let day = CalendarDay(year: high * 100 + low, month: month, day: dayOfMonth) else { throw Bail() }
            index += 10
            return day
        }

        func twoDigits(at position: Int) -> Int? {
            let tens = bytes[position], units = bytes[position + 1]
            guard tens >= UInt8(ascii: "0"), tens <= UInt8(ascii: "9"), units >= UInt8(ascii: "0"), units <= UInt8(ascii: "9") else {
                return nil
            }
            return Int(tens - UInt8(ascii: "0")) * 10 + Int(units - UInt8(ascii: "0"))
        }
    }
}
