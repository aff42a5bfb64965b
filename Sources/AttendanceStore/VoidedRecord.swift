import AttendanceRules

/// A record withdrawn with a reason (issue 12). It leaves its list, so nothing counts it any
/// more (figures, triggers, duties, exports, the screens), and stays here, whole, with who
/// voided it, when and why, so the record of what was once entered is never lost.
public struct VoidedRecord: Codable, Hashable, Sendable {
    public let record: VoidedPayload
    public let reason: String
    public let by: String
    /// The day it was voided.
    public let on: CalendarDay
    /// The record whose void carried this one with it (an absence's call, fit notes ...), if any.
    public let with: String?

    public var kind: RecordKind { record.kind }

    public init(record: VoidedPayload, reason: String, by: String, on: CalendarDay, with: String? = nil) {
        self.record = record
        self.reason = reason
        self.by = by
        self.on = on
        self.with = with
    }

    enum CodingKeys: String, CodingKey { case kind, record, reason, by, on, with }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reason = try c.decode(String.self, forKey: .reason)
        by = try c.decode(String.self, forKey: .by)
        on = try c.decode(CalendarDay.self, forKey: .on)
        with = try c.decodeIfPresent(String.self, forKey: .with)
        switch try c.decode(RecordKind.self, forKey: .kind) {
        case .absence: record = .absence(try c.decode(AbsenceRecord.self, forKey: .record))
        case .sicknessCall: record = .sicknessCall(try c.decode(SicknessCall.self, forKey: .record))
        case .contact: record = .contact(try c.decode(ContactRecord.self, forKey: .record))
        case .fitNote: record = .fitNote(try c.decode(FitNoteRecord.self, forKey: .record))
        case .selfCertificate: record = .selfCertificate(try c.decode(SelfCertificateRecord.self, forKey: .record))
        case .interview: record = .interview(try c.decode(RTWInterview.self, forKey: .record))
        case .meeting: record = .meeting(try c.decode(MeetingRecord.self, forKey: .record))
        case .stage: record = .stage(try c.decode(StageRecord.self, forKey: .record))
        case .ohReferral: record = .ohReferral(try c.decode(OHReferral.self, forKey: .record))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(reason, forKey: .reason)
        try c.encode(by, forKey: .by)
        try c.encode(on, forKey: .on)
        try c.encodeIfPresent(with, forKey: .with)
        switch record {
        case .absence(let r): try c.encode(r, forKey: .record)
        case .sicknessCall(let r): try c.encode(r, forKey: .record)
        case .contact(let r): try c.encode(r, forKey: .record)
        case .fitNote(let r): try c.encode(r, forKey: .record)
        case .selfCertificate(let r): try c.encode(r, forKey: .record)
        case .interview(let r): try c.encode(r, forKey: .record)
        case .meeting(let r): try c.encode(r, forKey: .record)
        case .stage(let r): try c.encode(r, forKey: .record)
        case .ohReferral(let r): try c.encode(r, forKey: .record)
        }
    }
}
