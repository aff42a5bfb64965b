import AttendanceRules
import AttendanceStore

/// The readable text of a subject access export: every record, private text included, in
/// plain sections a person can read without knowing attend.
enum SubjectReport {
    static func text(_ e: EmployeeDocument, organisation: String, team: String?, manager: String?, today: CalendarDay) -> String {
        var lines: [String] = []
        func section(_ title: String, _ items: [String]) {
            lines.append("")
            lines.append(title)
            lines.append(String(repeating: "-", count: title.count))
            lines += items.isEmpty ? ["None recorded."] : items
        }
        lines.append("Attendance records held about \(e.name) (\(e.id))")
        lines.append("\(organisation); produced \(today.ukDisplay) for a subject access request. Confidential.")
        section("About you", [
            "Team: \(team ?? "-"); manager: \(manager ?? "-")",
            "Works: \(e.pattern.sortedDays.map(\.id).joined(separator: ", ")); FTE \(e.fte)",
            "Started: \(e.startDate?.ukDisplay ?? "-"); left: \(e.leftOn?.ukDisplay ?? "-"); e-mail: \(e.email ?? "-")",
        ])
        section("Absences", e.absences.sorted { $0.start < $1.start }.map { a in
            var text = "\(a.id): \(a.type.label), \(a.start.ukDisplay) to \(a.end?.ukDisplay ?? "ongoing")"
            if let r = a.reason { text += "; reason category \(r.rawValue)" }
            if let r = a.related { text += "; \(r.label)" }
            if a.certificate != .none { text += "; certificate \(a.certificate.rawValue)" }
            if let d = a.hrDecision { text += "; HR decided it \(d.counts ? "counts" : "does not count") (\(d.decidedBy), \(d.decidedOn.ukDisplay))\(d.note.map { ": \($0)" } ?? "")" }
            return text
        })
        section("Sickness calls", e.sicknessCalls.map { c in
            "\(c.id): \(c.receivedAt.ukDisplay) by \(c.via.rawValue)\(c.caller.map { " from \($0)" } ?? "")\(c.note.map { "; note: \($0)" } ?? "")\(c.flags.isEmpty ? "" : "; flags: \(c.flags.joined(separator: "; "))")"
        })
        section("Contacts during absence", e.contacts.map { "\($0.id): \($0.on.ukDisplay), by \($0.by), \($0.via.rawValue)\($0.note.map { "; note: \($0)" } ?? "")" })
        section("Fit notes", e.fitNotes.map { "\($0.id): \($0.from.ukDisplay) to \($0.to.ukDisplay), received \($0.received.ukDisplay)\($0.mayBeFit ? ", may be fit" : "")\($0.adjustments.map { "; adjustments: \($0)" } ?? "")" })
        section("Self-certificates", e.selfCertificates.map { "\($0.id): for \($0.absenceId), received \($0.received.ukDisplay)" })
        section("Return-to-work interviews", e.interviews.flatMap { i -> [String] in
            ["\(i.id): for \(i.absenceId), \(i.heldOn.ukDisplay), \(i.status.rawValue)\(i.signedOffBy.map { ", signed off by \($0)" } ?? "")"]
                + i.answers.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
                + i.agreedActions.map { "  agreed action: \($0)" }
        })
        section("Meetings", e.meetings.map { "\($0.id): \($0.kind) at \($0.at.ukDisplay), \($0.place)\($0.cancelled ? " (cancelled)" : "")\($0.outcome.map { " (\($0.rawValue))" } ?? "")" })
        section("Stage outcomes and warnings", e.stages.map { s in
            "\(s.id): \(s.stage) \(s.outcome.rawValue) on \(s.decidedOn.ukDisplay)\(s.warning != nil ? ", warning" : "")\(s.appeal.map { "; appeal lodged \($0.lodged.ukDisplay)\($0.result.map { ", \($0)" } ?? "")" } ?? "")\(s.warningWithdrawn.map { "; warning withdrawn \($0.on.ukDisplay): \($0.reason)" } ?? "")"
        })
        section("Occupational health referrals", e.ohReferrals.map { "\($0.id): \($0.referredOn.ukDisplay) by \($0.by) for \($0.absenceId)\($0.note.map { "; note: \($0)" } ?? "")" })
        section("Records withdrawn (voided)", e.voided.map { "\($0.kind.label) \($0.record.id), voided \($0.on.ukDisplay) by \($0.by): \($0.reason)" })
        section("Changes made to these records", e.history.map { h in
            "\(h.at.prefix(16).replacingOccurrences(of: "T", with: " ")) UTC, \(h.actor): \(h.summary)\(h.reason.map { " (reason: \($0))" } ?? "")"
        })
        return lines.joined(separator: "\n") + "\n"
    }
}
