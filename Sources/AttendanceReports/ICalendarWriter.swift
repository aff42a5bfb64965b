import AttendanceRules

/// Writes meeting invitations as an RFC 5545 calendar (iTIP `METHOD:REQUEST`, RFC 5546).
///
/// - Times are UK wall-clock times with `TZID=Europe/London`, and the calendar carries its
///   own VTIMEZONE, so a client that does not know the zone (or knows an old version of it)
///   still places a March meeting in GMT and a June one in BST.
/// - Every VEVENT has a stable UID and a SEQUENCE, so re-exporting after a change updates
///   the invitee's event, and a cancelled meeting (STATUS:CANCELLED) removes it.
/// - Lines end CRLF and are folded at 75 octets without splitting a UTF-8 character; TEXT
///   values escape backslash, semicolon, comma and newlines (RFC 5545 §3.1, §3.3.11).
/// - Events are CLASS:CONFIDENTIAL: they are about a person's attendance.
///
/// ORGANIZER (the manager) and ATTENDEE (the employee) are written when the store holds both
/// e-mail addresses, as RFC 5546 asks of a REQUEST or CANCEL. Without them nothing is
/// invented (a made-up address would send replies nowhere): the file is then a plain event
/// that clients import, and update or remove by UID and SEQUENCE (D-80).
public struct ICalendarWriter: Sendable {
    /// The PRODID: who made the calendar (RFC 5545 §3.7.3).
    public static let productId = "-//attend//attend export ics//EN"
    /// The zone every DTSTART and DTEND is given in.
    public static let timeZoneId = "Europe/London"
    /// The longest content line in octets, CRLF excluded (RFC 5545 §3.1).
    public static let maximumLineOctets = 75

    /// DTSTAMP for every event: when the calendar was made, passed in for reproducibility.
    public let stamp: UTCTimestamp

    /// A writer stamping events with `stamp`.
    public init(stamp: UTCTimestamp) { self.stamp = stamp }

    /// The whole calendar: header, the Europe/London VTIMEZONE, one VEVENT per invitation.
    /// With no invitations it is still a valid calendar (the VTIMEZONE is its component).
    /// The method is CANCEL when every invitation is cancelled, else REQUEST (unless given).
    public func calendar(_ invitations: [MeetingInvitation], method: ICalendarMethod? = nil) -> String {
        let chosen = method ?? (!invitations.isEmpty && invitations.allSatisfy(\.cancelled) ? .cancel : .request)
        var lines = [
            "BEGIN:VCALENDAR", "PRODID:\(Self.productId)", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:\(chosen.rawValue)",
        ]
        lines += Self.londonTimeZone
        for invitation in invitations { lines += event(invitation) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined()
    }

    /// The calendar as UTF-8 bytes (no byte order mark: RFC 5545 text is plain UTF-8).
    public func bytes(_ invitations: [MeetingInvitation]) -> [UInt8] { Array(calendar(invitations).utf8) }

    /// One VEVENT's unfolded content lines.
    public func event(_ invitation: MeetingInvitation) -> [String] {
        let zone = "TZID=\(Self.timeZoneId)"
        var people: [String] = []
        if let organizer = invitation.organizer, let attendee = invitation.attendee {
            people.append("ORGANIZER;CN=\(organizer.commonName):mailto:\(organizer.email)")
            people.append("ATTENDEE;CN=\(attendee.commonName);ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:\(attendee.email)")
        }
        return [
            "BEGIN:VEVENT",
            "UID:\(Self.escapeText(invitation.uid))",
            "DTSTAMP:\(stamp.iCalendarUTC)",
            "SEQUENCE:\(max(0, invitation.sequence))",
        ] + people + [
            "DTSTART;\(zone):\(Self.localDateTime(invitation.start))",
            "DTEND;\(zone):\(Self.localDateTime(invitation.end))",
            "SUMMARY:\(Self.escapeText(invitation.summary))",
            "LOCATION:\(Self.escapeText(invitation.place))",
            "DESCRIPTION:\(Self.escapeText(invitation.details))",
            "CLASS:CONFIDENTIAL",
            "STATUS:\(invitation.cancelled ? "CANCELLED" : "CONFIRMED")",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    }

    /// Europe/London: GMT in winter, BST from 01:00 GMT on the last Sunday of March to 02:00
    /// BST on the last Sunday of October, the rules `UKClock` applies (Summer Time Order
    /// 2002). The DTSTARTs are the first changes under today's rules (March 1981 and October
    /// 1996), given in the local time in force before each change, as §3.6.5 requires.
    public static let londonTimeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:\(timeZoneId)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// Folds one unfolded content line: at most 75 octets per physical line, continuation
    /// lines starting with a space (which counts towards their 75), every line ending CRLF.
    /// Breaks fall between Unicode scalars, so a multi-byte UTF-8 character is never split.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > maximumLineOctets {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }

    /// RFC 5545 TEXT escaping: backslash, semicolon and comma are backslash-escaped, a line
    /// break (CRLF, LF or CR) becomes `\n`, and other control characters, which TEXT does not
    /// allow, are dropped (a tab is kept).
    public static func escapeText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A local date-time in RFC 5545 form, e.g. `20260315T100000`.
    public static func localDateTime(_ time: LocalDateTime) -> String {
        "\(basicDate(time.day))T\(twoDigits(time.hour))\(twoDigits(time.minute))00"
    }

    /// `YYYYMMDD`.
    static func basicDate(_ day: CalendarDay) -> String { String(day.iso.filter { $0 != "-" }) }

    /// A number from 0 to 99 as two digits.
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
