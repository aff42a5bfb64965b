import AttendanceRules

/// The glyphs and styles the calendars share, and their legend.
///
/// Meaning is carried twice, by glyph and by colour: S sickness (red), A annual leave
/// (green), L other leave (cyan), lower case for a part day, H a bank holiday, · a day the
/// person does not work. Weekends and bank holidays are dim (shaded); days of a counted
/// spell with a pattern hint are bold; a line joins the days of one absence or spell.
public enum CalendarGlyphs {
    /// The glyph for a bank holiday with no absence on it.
    public static let holiday = "H"
    /// The glyph for a day the person does not work (weekend, or not in their pattern).
    public static let dayOff = "·"
    /// Joins the days of one absence or spell.
    public static let connector = "─"
    /// Divides the weeks of the team calendar (after each Sunday).
    public static let weekDivider = "│"
    /// Marks the first day of the rolling window in the year view.
    public static let windowStart = "▸"

    /// The glyph and style of a day.
    public static func cell(_ info: DayInfo) -> (glyph: String, style: Style) {
        var glyph = " "
        var style = Style.plain
        // A bank holiday inside a spell of leave is a bank holiday (no leave is taken on it);
        // inside sickness it stays sickness, which counts calendar days.
        if let kind = info.kind, !(kind != .sickness && info.holiday != nil) {
            glyph = kind.glyph(partDay: info.isPartDay)
            style = Style(foreground: kind.color)
            if !info.hints.isEmpty { style = style.with(.bold) }
        } else if info.holiday != nil {
            glyph = holiday
            style = Style(foreground: .yellow)
        } else if !info.isWorkingDay {
            glyph = dayOff
        }
        if info.isShaded { style = style.with(.dim) }
        return (glyph, style)
    }

    /// The style of the line joining two days of an absence.
    public static func connectorStyle(_ info: DayInfo) -> Style {
        Style(foreground: info.kind?.color ?? DayKind.sickness.color)
    }

    /// "S3 A5 L1 !2": working days of sickness, annual leave and other leave from `from`
    /// through `through`, then the days with a pattern hint; zeros left out, "-" for none.
    static func drawCounts(_ days: PersonDays, from: CalendarDay, through: CalendarDay, hinted: Int = 0,
                           into buffer: inout ScreenBuffer, x: Int, y: Int, maxX: Int) {
        var cx = x
        for kind in [DayKind.sickness, .annualLeave, .otherLeave] {
            let count = days.workingDays(of: kind, from: from, through: through)
            guard count > 0 else { continue }
            cx = buffer.put("\(kind.glyph(partDay: false))\(count) ", x: cx, y: y, style: Style(foreground: kind.color), maxX: maxX)
        }
        if hinted > 0 { cx = buffer.put("!\(hinted)", x: cx, y: y, style: Style(foreground: .yellow, attributes: .bold), maxX: maxX) }
        if cx == x { buffer.put("-", x: x, y: y, style: .dim, maxX: maxX) }
    }

    /// One legend entry: a glyph in its style, then what it means.
    struct Entry {
        let glyph: String
        let style: Style
        let long: String
        let short: String
    }

    static let entries: [Entry] = [
        Entry(glyph: "S", style: Style(foreground: .red), long: "sickness", short: "sick"),
        Entry(glyph: "A", style: Style(foreground: .green), long: "annual leave", short: "annual"),
        Entry(glyph: "L", style: Style(foreground: .cyan), long: "other leave", short: "other"),
        Entry(glyph: "s a l", style: .plain, long: "part day", short: "part"),
        Entry(glyph: holiday, style: Style(foreground: .yellow, attributes: .dim), long: "bank holiday", short: "holiday"),
        Entry(glyph: dayOff, style: .dim, long: "not working", short: "off"),
    ]

    /// An entry a screen adds after the standard ones: glyph, style, long and short wording.
    typealias Extra = (glyph: String, style: Style, long: String, short: String)

    /// Draws the legend on one line from `x`: the standard entries, then `extra`, in the
    /// longest wording that fits, dropping extras from the end when even the short one does not.
    static func drawLegend(into buffer: inout ScreenBuffer, x: Int, y: Int, maxX: Int, extra: [Extra] = []) {
        typealias Item = (glyph: String, style: Style, text: String)
        func width(_ items: [Item]) -> Int {
            items.reduce(0) { $0 + TextWidth.of($1.glyph) + 1 + TextWidth.of($1.text) + 2 } - 2
        }
        let long = entries.map { Item($0.glyph, $0.style, $0.long) }
        let short = entries.map { Item($0.glyph, $0.style, $0.short) }
        var candidates: [[Item]] = []
        for n in stride(from: extra.count, through: 0, by: -1) {
            let extraLong = extra.prefix(n).map { Item($0.glyph, $0.style, $0.long) }
            let extraShort = extra.prefix(n).map { Item($0.glyph, $0.style, $0.short) }
            candidates += [long + extraLong, short + extraLong, short + extraShort]
        }
        let items = candidates.first { width($0) <= maxX - x } ?? short
        var cx = x
        for item in items {
            cx = buffer.put(item.glyph, x: cx, y: y, style: item.style, maxX: maxX)
            cx = buffer.put(" \(item.text)  ", x: cx, y: y, style: .dim, maxX: maxX)
        }
    }
}
