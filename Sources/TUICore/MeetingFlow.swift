import AttendanceLetters
import AttendanceRules
import AttendanceStore

/// Schedule a meeting (`M` on the roster, or Enter on a trigger in "This week"): kind, date,
/// time, when and how notice is given, place and length. The policy's notice checks run on
/// every key against the organisation calendar of the person's nation and show PASS/FAIL
/// with their source and the earliest valid slot (F2 or Ctrl-E fills it in). Enter saves
/// only when every check passes or an override reason is given (it is recorded). After the
/// save the invitation letter is shown and an `.ics` invitation is written.
public struct MeetingFlow: Hashable, Sendable, FormFlow {
    var hints: [KeyHint] {
        if case .saved = phase { return FormFlowSupport.savedHints }
        return [KeyHint("Tab Enter", "next field"), KeyHint("^S", "save"), KeyHint("←→", "choose"), KeyHint("F2 ^E", "earliest valid slot"), KeyHint("Esc", "cancel")]
    }

    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing
    /// The checks for what is typed now (nil while a date or time cannot be read).
    public var report: MeetingCheckReport?
    /// Why the checks cannot run (a field not readable yet, the meeting before the notice).
    public var problem: String?
    /// The meeting saved, once the save is under way.
    public var savedMeetingId: String?
    /// The invitation saved with the meeting, or why none could be written.
    var savedLetter: LetterRecord?
    var letterProblem: String?
    /// The meeting being moved (`e` on the timeline), nil when booking a new one.
    public var rescheduling: String?

    var title: String { rescheduling == nil ? "Schedule a meeting" : "Move a meeting" }
    var active: ActiveFlow { .scheduleMeeting(self) }
    /// A move is not kept: restored, it would open as a new booking.
    var draftKind: String? { rescheduling == nil ? "meeting" : nil }
    var cancelMessage: String? { rescheduling == nil ? "Meeting not scheduled." : "Meeting not moved; nothing was changed." }

    /// The flow for employee `employeeId`, with `kind` preselected when the policy has it
    /// (else the recommended next step's stage when it is a meeting kind). Nil when the
    /// employee or their policy's meetings are missing.
    public init?(data: AppData, employeeId: String, kind: String? = nil, now: Int) {
        guard let employee = data.employee(employeeId), let policy = data.policy(for: employee), !policy.meetings.isEmpty else { return nil }
        self.employeeId = employeeId
        // The expected kind first, those not yet in order last (each says why, under the form).
        let kinds = employee.meetingKinds(policy: policy, expected: kind ?? data.evaluation(employeeId)?.nextStep.stage, on: data.today)
        let recommended = data.evaluation(employeeId)?.nextStep.stage
        let chosen = [kind, recommended].compactMap { $0 }.first { kinds.contains($0) } ?? kinds[0]
        let calendar = WorkingCalendar.organisation(nation: data.nation(for: employee), holidays: data.holidays)
        let proposed = calendar.nextWorkingDay(after: data.today)
        form = FormState(fields: [
            FormField(id: "kind", label: "Meeting", value: chosen, kind: .choice(kinds), help: "the policy's meeting kinds, the expected one first",
                      names: Dictionary(uniqueKeysWithValues: kinds.map { k in
                          (k, (policy.meeting(k)?.name ?? k) + (employee.unmetPrecondition(forMeeting: k, policy: policy, on: data.today) == nil ? "" : " · not yet"))
                      })),
            FormField(id: "date", label: "Date", value: proposed.ukDisplay, help: FormFlowSupport.dateHelp + " (F2: earliest valid)"),
            FormField(id: "time", label: "Time", value: "10:00", help: FormFlowSupport.timeHelp),
            FormField(id: "noticeDate", label: "Notice given on", value: data.today.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "noticeTime", label: "Notice given at", value: LocalDateTime(day: data.today, minuteOfDay: now).hhmm, help: FormFlowSupport.timeHelp),
            FormField(id: "delivery", label: "Delivered by", value: NoticeDelivery.hand.rawValue, kind: .choice(NoticeDelivery.allCases.map(\.rawValue)),
                      help: "when it counts as received follows the policy"),
            FormField(id: "place", label: "Place", value: Self.usualPlace(employee),
                      help: "a room and building, or a video link: formal invitations need a specific place"),
            FormField(id: "duration", label: "Length (minutes)", value: "60", help: "5 to 480"),
            FormField(id: "override", label: "Override reason", help: "only to book despite a failed check; recorded",
                      limit: TextRules.noteLimit),
        ])
        recheck(data)
    }

    /// The flow moving meeting `meetingId` (`e` on the timeline, issue 12): its fields filled
    /// in, new notice from now, the checks run again against the new time and the person's
    /// nation; at the employee's request the policy's rearrangement rule too (e.g. CAF-MTG-2).
    public init?(data: AppData, employeeId: String, rescheduling meetingId: String, now: Int) {
        guard let employee = data.employee(employeeId), let meeting = employee.meetings.first(where: { $0.id == meetingId }),
              meeting.rescheduleProblem == nil, employee.problem(finding: .meeting, id: meetingId) == nil else { return nil }
        self.employeeId = employeeId
        rescheduling = meetingId
        form = FormState(fields: [
            FormField(id: "kind", label: "Meeting", value: meeting.kind, kind: .choice([meeting.kind]), help: "a moved meeting keeps its kind"),
            FormField(id: "date", label: "Date", value: meeting.at.day.ukDisplay, help: FormFlowSupport.dateHelp + " (F2: earliest valid)"),
            FormField(id: "time", label: "Time", value: meeting.at.hhmm, help: FormFlowSupport.timeHelp),
            FormField(id: "noticeDate", label: "New notice on", value: data.today.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "noticeTime", label: "New notice at", value: LocalDateTime(day: data.today, minuteOfDay: now).hhmm, help: FormFlowSupport.timeHelp),
            FormField(id: "delivery", label: "Delivered by", value: meeting.delivery.rawValue, kind: .choice(NoticeDelivery.allCases.map(\.rawValue)),
                      help: "when it counts as received follows the policy"),
            FormField(id: "place", label: "Place", value: meeting.place, help: "a room and building, or a video link"),
            FormField(id: "duration", label: "Length (minutes)", value: String(meeting.durationMinutes), help: "5 to 480"),
            FormField(id: "requested", label: "Employee asked", value: "no", kind: .choice(["no", "yes"]),
                      help: "yes: put off at the employee's request (the policy's rearrangement rule applies)"),
            FormField(id: "override", label: "Override reason", help: "only to move it despite a failed check; recorded", limit: TextRules.noteLimit),
            FormField(id: "reason", label: "Why move it", help: "kept in the history, e.g. the room is not free", limit: TextRules.noteLimit),
        ])
        recheck(data)
    }

    // MARK: - Checks

    /// The meeting and notice times typed, when readable.
    func times() -> (meeting: LocalDateTime, notice: LocalDateTime)? {
        guard let day = FormFlowSupport.day(form.value("date")), let minute = FormFlowSupport.minute(form.value("time")),
              let noticeDay = FormFlowSupport.day(form.value("noticeDate")), let noticeMinute = FormFlowSupport.minute(form.value("noticeTime"))
        else { return nil }
        return (LocalDateTime(day: day, minuteOfDay: minute), LocalDateTime(day: noticeDay, minuteOfDay: noticeMinute))
    }

    /// Where this person's latest meeting with a specific place was held: the usual room, offered
    /// as the default; blank when there is none ("To be confirmed" fails the place check, D-62).
    static func usualPlace(_ employee: EmployeeDocument?) -> String {
        employee?.meetings.filter { MeetingScheduler.isSpecificPlace($0.place) }.max { $0.at < $1.at }?.place ?? ""
    }

    /// The checks' input: the return date is the latest return, the absence start the open sickness.
    static func input(_ employee: EmployeeDocument, meeting: LocalDateTime, notice: LocalDateTime, delivery: NoticeDelivery,
                      place: String? = nil, originalMeeting: CalendarDay? = nil) -> MeetingCheckInput {
        let latestReturn = employee.absences.filter { $0.type == .sickness }.compactMap(\.end).max()?.next
        return MeetingCheckInput(noticeGiven: notice, meeting: meeting, delivery: delivery, returned: latestReturn,
                                 originalMeeting: originalMeeting, absenceStart: employee.openSickness?.start, place: place)
    }

    /// The original day, when a meeting is moved at the employee's request (the rearrangement rule).
    func originalMeeting(_ employee: EmployeeDocument) -> CalendarDay? {
        guard let rescheduling, form.value("requested") == "yes" else { return nil }
        return employee.meetings.first { $0.id == rescheduling }?.at.day
    }

    static func scheduler(_ data: AppData, _ employee: EmployeeDocument) -> MeetingScheduler? {
        guard let policy = data.policy(for: employee) else { return nil }
        return MeetingScheduler(policy: policy, calendar: .organisation(nation: data.nation(for: employee), holidays: data.holidays))
    }

    /// Runs the checks for what is typed now; marks unreadable dates and times beside the field.
    public mutating func recheck(_ data: AppData) {
        report = nil
        problem = nil
        for id in ["date", "noticeDate"] {
            let text = form.value(id)
            form.setError(id, text.count >= 8 && FormFlowSupport.day(text) == nil ? "not a date; type dd/mm/yyyy" : nil)
        }
        for id in ["time", "noticeTime"] {
            let text = form.value(id)
            form.setError(id, text.count >= 5 && FormFlowSupport.minute(text) == nil ? FormFlowSupport.timeError : nil)
        }
        guard let employee = data.employee(employeeId), let scheduler = Self.scheduler(data, employee) else {
            problem = "This employee is no longer in the store."
            return
        }
        guard let (meeting, notice) = times() else {
            problem = "Type the date and time of the meeting and of the notice to see the checks."
            return
        }
        guard meeting > notice else {
            problem = "The meeting must be after the notice is given."
            return
        }
        let delivery = NoticeDelivery(rawValue: form.value("delivery")) ?? .hand
        do {
            report = try scheduler.check(kind: form.value("kind"), Self.input(employee, meeting: meeting, notice: notice, delivery: delivery,
                                                                              place: form.value("place"), originalMeeting: originalMeeting(employee)))
        } catch {
            problem = error.message
        }
    }

    /// The earliest valid slot for the kind, notice and delivery typed (whatever the meeting date).
    func earliestValid(_ data: AppData) -> LocalDateTime? {
        if let report { return report.earliestValid }
        guard let employee = data.employee(employeeId), let scheduler = Self.scheduler(data, employee),
              let noticeDay = FormFlowSupport.day(form.value("noticeDate")), let noticeMinute = FormFlowSupport.minute(form.value("noticeTime"))
        else { return nil }
        let notice = LocalDateTime(day: noticeDay, minuteOfDay: noticeMinute)
        let far = LocalDateTime(day: noticeDay.adding(days: 366), minuteOfDay: 600)
        let delivery = NoticeDelivery(rawValue: form.value("delivery")) ?? .hand
        return (try? scheduler.check(kind: form.value("kind"), Self.input(employee, meeting: far, notice: notice, delivery: delivery, place: form.value("place"))))?.earliestValid
    }

    /// Fills the date and time with the earliest valid slot.
    mutating func fillEarliest(_ state: inout AppState) {
        guard let slot = earliestValid(state.data) else {
            state.message = "No valid slot: an upper limit of the policy has passed (book with an override reason)."
            return
        }
        if let i = form.fields.firstIndex(where: { $0.id == "date" }) { form.fields[i].value = slot.day.ukDisplay }
        if let i = form.fields.firstIndex(where: { $0.id == "time" }) { form.fields[i].value = slot.hhmm }
        recheck(state.data)
        state.message = "Earliest valid slot: \(slot.day.weekday.name) \(slot.ukDisplay)."
    }

    // MARK: - Keys

    /// F2 or Ctrl-E fills in the earliest valid slot.
    mutating func ownKey(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect]? {
        guard key == .function(2) || key == .control("e") else { return nil }
        fillEarliest(&state)
        return []
    }

    /// The checks run again on every edit.
    mutating func edited(_ state: inout AppState) { recheck(state.data) }

    /// Validates; saves when every check passes or an override reason is given.
    mutating func save(_ state: inout AppState) -> [AppEffect] {
        recheck(state.data)
        guard var employee = state.data.employee(employeeId) else {
            state.message = "This employee is no longer in the store."
            return []
        }
        if FormFlowSupport.day(form.value("date")) == nil { form.setError("date", "not a date; type dd/mm/yyyy") }
        if FormFlowSupport.minute(form.value("time")) == nil { form.setError("time", FormFlowSupport.timeError) }
        if FormFlowSupport.day(form.value("noticeDate")) == nil { form.setError("noticeDate", "not a date; type dd/mm/yyyy") }
        if FormFlowSupport.minute(form.value("noticeTime")) == nil { form.setError("noticeTime", FormFlowSupport.timeError) }
        let duration = Int(form.value("duration"))
        if duration.map({ !(5...480).contains($0) }) ?? true { form.setError("duration", "minutes from 5 to 480") }
        if form.value("place").isEmpty { form.setError("place", "say where the meeting is held") }
        if let (meeting, notice) = times(), meeting <= notice { form.setError("date", "the meeting must be after the notice") }
        guard !form.hasErrors, let duration, let (meeting, notice) = times(), let report else {
            if let problem, !form.hasErrors { state.message = problem }
            return []
        }
        let override = form.value("override")
        if !report.ok && override.isEmpty {
            form.setError("override", "a notice check fails: move to the earliest valid slot (F2) or give a reason")
            state.message = "\(rescheduling == nil ? "Not scheduled" : "Not moved"): \(report.checks.filter { !$0.ok }.map(\.rule).joined(separator: "; "))"
            return []
        }
        let delivery = NoticeDelivery(rawValue: form.value("delivery")) ?? .hand
        if let rescheduling, let index = employee.meetings.firstIndex(where: { $0.id == rescheduling }) {
            let reason = form.value("reason").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else {
                form.setError("reason", "say why it moves (it is kept in the history)")
                return []
            }
            let old = employee.meetings[index]
            employee.meetings[index] = old.moved(to: meeting, notice: notice, delivery: delivery, place: form.value("place"), durationMinutes: duration,
                                                 overrideReason: report.ok ? nil : override, atEmployeeRequest: originalMeeting(employee) != nil)
            savedMeetingId = old.id
            phase = .saving
            let request = originalMeeting(employee) == nil ? "" : " at the employee's request"
            let letter = addInvitation(to: &employee, meetingId: old.id, kind: old.kind, notice: notice, delivery: delivery, data: state.data)
            return [.correct(employee, action: "meeting.reschedule", summary: "\(old.id) moved from \(old.at.iso) to \(meeting.iso)\(request)\(letter)", reason: reason)]
        }
        let id = Self.newId("m", existing: employee.meetings.map(\.id))
        let record = MeetingRecord(id: id, kind: report.kind, at: meeting, durationMinutes: duration, place: form.value("place"),
                                   noticeGiven: notice, delivery: delivery, overrideReason: report.ok ? nil : override)
        employee.meetings.append(record)
        savedMeetingId = id
        phase = .saving
        let letter = addInvitation(to: &employee, meetingId: id, kind: report.kind, notice: notice, delivery: delivery, data: state.data)
        return [.save(employee, action: "meeting.schedule", summary: "\(report.kind) at \(meeting.iso) (\(id))\(report.ok ? "" : " despite a failed check")\(letter)")]
    }

    /// Adds the invitation letter (dated the day notice is given) to the document being saved,
    /// so the meeting and its letter land together; returns the history summary's addition.
    mutating func addInvitation(to employee: inout EmployeeDocument, meetingId: String, kind: String, notice: LocalDateTime,
                                delivery: NoticeDelivery, data: AppData) -> String {
        guard let policy = data.policy(for: employee) else { return "" }
        let drafted = LetterDrafting.adding(LetterKind.invitation(forMeetingKind: kind, policy: policy), to: employee, data: data,
                                            meetingId: meetingId, date: notice.day, delivery: delivery)
        employee = drafted.document
        savedLetter = drafted.letter
        letterProblem = drafted.problem
        return drafted.letter.map { "; \($0.id) \($0.kind)" } ?? ""
    }

    /// A new id with a prefix, unique within a list (as the CLI makes them).
    static func newId(_ prefix: String, existing: [String]) -> String {
        var n = existing.count + 1
        while existing.contains("\(prefix)-\(n)") { n += 1 }
        return "\(prefix)-\(n)"
    }

    /// After the save: the letter in the panel, and the `.ics` invitation to write.
    mutating func didSave(_ data: AppData) -> [AppEffect] {
        guard let id = savedMeetingId, let employee = data.employee(employeeId), let policy = data.policy(for: employee),
              let meeting = employee.meetings.first(where: { $0.id == id }) else {
            phase = .saved(["The meeting was saved, but it could not be read back to write the invitation."])
            return []
        }
        let path = InvitationLetter.path(meetingId: id, employeeId: employee.id)
        let done = rescheduling == nil ? "Scheduled" : "Moved"
        var lines = ["\(done) \(policy.meeting(meeting.kind)?.name ?? meeting.kind) (\(id)); calendar \(rescheduling == nil ? "invitation" : "update (SEQUENCE \(meeting.sequence))") written to \(path)."]
        if let reason = meeting.overrideReason { lines.append("Booked despite a failed check; reason recorded: \(reason)") }
        let letter = savedLetter.flatMap { kept in employee.letters.first { $0.id == kept.id } }
        lines += LetterDrafting.savedLines(letter, problem: letterProblem, employeeId: employee.id)
        phase = .saved(lines)
        var effects: [AppEffect] = [.writeFile(path: path, contents: InvitationLetter.iCalendar(employee: employee, meeting: meeting, policy: policy, today: data.today,
                                                                                                organisation: data.organisation))]
        if let letter { effects.append(.writeLetter(employeeId: employee.id, letter: letter)) }
        return effects
    }

    // MARK: - Drawing

    /// What the manager should know before booking: what needs HR first, a kind whose
    /// preconditions the records do not show, and a meeting of this kind already booked.
    func cautions(_ state: AppState) -> [String] {
        guard let employee = state.data.employee(employeeId), let policy = state.data.policy(for: employee) else { return [] }
        var out = (state.data.evaluation(employeeId)?.nextStep.hrAdviceFirst ?? []).map { "⚠ HR first: \($0)" }
        let kind = form.value("kind")
        let name = policy.meeting(kind)?.name ?? kind
        if let unmet = employee.unmetPrecondition(forMeeting: kind, policy: policy, on: state.data.today) { out.append("⚠ \(name) \(unmet)") }
        if rescheduling == nil, let booked = employee.bookedMeeting(kind: kind, from: state.data.today) {
            out.append("⚠ Already booked: \(name) on \(booked.at.ukDisplay) (\(booked.id)); e on the timeline moves it")
        }
        return out
    }

    /// The check lines shown under the form, wrapped to `width`; `compact` (a small terminal)
    /// keeps one line for each check, the earliest slot and the right to be accompanied.
    func checkLines(_ state: AppState, width: Int, compact: Bool = false) -> [(String, Style)] {
        var out: [(String, Style)] = []
        func add(_ text: String, _ style: Style, indent: String = "    ") {
            if compact { out.append((TextWidth.truncate(text, to: width), style)); return }
            for line in TextWrap.wrap(text, width: width, indent: indent) { out.append((line, style)) }
        }
        if let problem { add(problem, .dim) }
        if let report {
            if !compact { add("Notice received \(report.noticeReceived.ukDisplay) (\(report.deliveryRule))", .dim) }
            for check in report.checks {
                add("\(check.ok ? "PASS" : "FAIL") \(check.rule) [\(check.source)]",
                    check.ok ? Style(foreground: .green, attributes: .bold) : Style(foreground: .red, attributes: .bold), indent: "     ")
                if !compact { add("     actual: \(check.actual); required: \(check.required)", .plain, indent: "     ") }
            }
            for skipped in report.skipped {
                add("SKIP \(skipped.rule) [\(skipped.source)]: needs \(skipped.needs.replacingOccurrences(of: "--", with: "")), not recorded", .dim, indent: "     ")
            }
            if report.checks.isEmpty && report.skipped.isEmpty { add("No notice rule for this meeting in the policy.", .dim) }
        }
        if let slot = earliestValid(state.data) {
            add("Earliest valid: \(slot.day.weekday.name) \(slot.ukDisplay) (F2 or Ctrl-E fills it in)", .bold)
        } else if report != nil {
            add("Earliest valid: none (a time limit of the policy has passed)", Style(foreground: .red, attributes: .bold))
        }
        if let employee = state.data.employee(employeeId), let policy = state.data.policy(for: employee) {
            if let companion = policy.meeting(form.value("kind"))?.accompaniment {
                add("Right to be accompanied: \(companion.text) (\(companion.source))", .plain)
            } else {
                add("Right to be accompanied: the policy states none for this meeting.", .dim)
            }
        }
        return out
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        if case .saved(let lines) = phase {
            FormFlowSupport.drawSaved(lines, into: &buffer, area: area)
            return
        }
        // Small terminals: no intro line, so the checks keep their room.
        let compact = area.height < 24
        // What needs care comes first, at any size; the general line only when there is room.
        let warnings = cautions(state)
        let intro = warnings.isEmpty && !compact ? [rescheduling.map { "Move meeting \($0): the notice checks run again; calendars update the same event." }
            ?? "Notice checks run as you type; the invitation holds no medical detail."] : warnings
        FormFlowSupport.draw(form: form, phase: phase, intro: intro, into: &buffer, area: area, keepsDraft: rescheduling == nil)
        var y = area.y + (intro.isEmpty ? 0 : intro.count + 1) + form.height(width: area.width - 2) + (compact ? 1 : 2)
        for (line, style) in checkLines(state, width: area.width - 2, compact: compact) where y < area.maxY {
            buffer.put(line, x: area.x + 1, y: y, style: style, maxX: area.maxX)
            y += 1
        }
    }
}
