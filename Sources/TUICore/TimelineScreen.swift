import AttendanceRules

/// The stage timeline of the roster's selected person: absences, triggers hit with the score,
/// meetings, outcomes, warnings from issue to lapse, review periods and appeals on a time axis
/// with today marked, and the item under the cursor explained in a pane below.
public enum TimelineScreen {
    public static let hints: [KeyHint] = [
        KeyHint("←→ l", "item"),
        KeyHint("↑↓ k j", "lane / scroll"),
        KeyHint("Tab", "pane"),
        KeyHint("Enter", "person"),
        KeyHint("PgUp PgDn", "scroll the detail"),
        KeyHint("g G", "first, last (or top, bottom)"),
        KeyHint("t", "back to what matters now"),
        KeyHint("e x h", "correct, void, history of the item"),
    ]

    /// Rows of the axis box: its border, month labels, the tick line and one row per lane.
    static let axisBoxHeight = 2 + 2 + TimelineLane.allCases.count
    /// Columns for the lane names at the left of the axis.
    static let laneLabelWidth = 9

    // MARK: - Reducer

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        guard let model = timeline(state) else { return }
        var t = resolved(state.timeline, model)
        t.cache = model.cache
        let count = model.items.count
        let detailRect = layout(area(state)).detail
        let page = max(1, ScrollPane.textHeight(detailRect) - 1)
        func select(_ index: Int) {
            let clamped = max(0, min(index, count - 1))
            if clamped != t.selected {
                t.selected = clamped
                t.detailScroll = 0
            } else if count > 0 {
                state.message = index < 0 ? "This is the first item." : index >= count ? "This is the last item." : nil
            }
        }
        switch key {
        case .tab, .backTab:
            t.focus = t.focus == .axis ? .detail : .axis
        case .left:
            select(t.selected - 1)
        case .right, .character("l"):
            select(t.selected + 1)
        case .up, .character("k"):
            if t.focus == .detail { t.detailScroll -= 1 } else if let i = model.index(movingLane: -1, from: t.selected) { select(i) }
        case .down, .character("j"):
            if t.focus == .detail { t.detailScroll += 1 } else if let i = model.index(movingLane: 1, from: t.selected) { select(i) }
        case .pageUp:
            t.detailScroll -= page
        case .pageDown:
            t.detailScroll += page
        case .home, .character("g"):
            if t.focus == .detail { t.detailScroll = 0 } else { select(0) }
        case .end, .character("G"):
            if t.focus == .detail { t.detailScroll = Int.max / 2 } else { select(count - 1) }
        case .character("t"):
            select(model.defaultIndex)
        case .enter:
            state.screen = .personDetail
        default:
            break
        }
        let lines = detailLines(model, index: t.selected, width: ScrollPane.textWidth(detailRect))
        t.detailScroll = max(0, min(t.detailScroll, ScrollPane.maxScroll(lines: lines.count, height: ScrollPane.textHeight(detailRect))))
        state.timeline = t
    }

    /// The timeline state for `model`'s person: as stored when it is theirs, else starting at
    /// their default item; the selection clamped to the items.
    static func resolved(_ stored: TimelineState, _ model: TimelineModel) -> TimelineState {
        var t = stored
        if t.personId != model.summary.employee.id {
            t.personId = model.summary.employee.id
            t.selected = model.defaultIndex
            t.detailScroll = 0
        }
        t.selected = max(0, min(t.selected, model.items.count - 1))
        return t
    }

    /// The timeline of the roster's selected person, from the cache when it is still valid.
    static func timeline(_ state: AppState) -> TimelineModel? {
        guard let row = state.selectedRow else { return nil }
        return TimelineModel(data: state.data, id: row.id, cache: state.timeline.cache)
    }

    // MARK: - Layout

    /// The screen area `AppView` gives the screen.
    static func area(_ state: AppState) -> Rect { Rect(x: 0, y: 1, width: state.width, height: state.height - 3) }

    /// The axis box on top, the detail pane below.
    static func layout(_ area: Rect) -> (axis: Rect, detail: Rect) {
        let axisHeight = min(area.height, axisBoxHeight)
        return (Rect(x: area.x, y: area.y, width: area.width, height: axisHeight),
                Rect(x: area.x, y: area.y + axisHeight, width: area.width, height: area.height - axisHeight))
    }

    // MARK: - Status

    static func status(_ state: AppState) -> String {
        guard let row = state.selectedRow else { return "Nobody selected: pick someone on the roster." }
        guard let model = timeline(state) else { return "\(row.name): no policy loaded for them." }
        guard !model.items.isEmpty else { return "\(row.name): nothing recorded in the last \(TimelineModel.monthsBack) months." }
        let t = resolved(state.timeline, model)
        let item = model.items[t.selected]
        return "\(t.selected + 1)/\(model.items.count) · \(item.lane.itemName): \(item.title)"
    }

    // MARK: - Drawing

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        guard let model = timeline(state) else {
            buffer.drawBox(area, title: "Stage timeline")
            buffer.put("Nobody selected: pick someone on the roster (1).", x: area.x + 2, y: area.y + 1, style: .dim, maxX: area.maxX - 1)
            return
        }
        let t = resolved(state.timeline, model)
        let (axisRect, detailRect) = layout(area)
        let today = model.summary.today
        let title = "\(t.focus == .axis ? "▶ " : "")Stage timeline · \(model.summary.employee.name) · ▼ today \(today.ukDisplay)"
            + " · \(monthYear(model.rangeStart))–\(monthYear(model.rangeEnd))"
        buffer.drawBox(axisRect, title: title, style: t.focus == .axis ? .bold : .plain)
        drawAxis(model, selected: model.items.isEmpty ? nil : t.selected, into: &buffer, inner: axisRect.inset(1))

        let lines = detailLines(model, index: t.selected, width: ScrollPane.textWidth(detailRect))
        let detailTitle = model.items.isEmpty ? "Detail"
            : "Item \(t.selected + 1) of \(model.items.count) · \(model.items[t.selected].lane.title)"
        ScrollPane.draw(lines, title: detailTitle, scroll: t.detailScroll, focused: t.focus == .detail, into: &buffer, rect: detailRect)
    }

    static func monthYear(_ day: CalendarDay) -> String { "\(monthName(day.month)) \(day.year)" }

    static func monthName(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(1, min(12, month)) - 1]
    }

    /// Month labels, the tick line with today's ▼, and the lanes.
    static func drawAxis(_ model: TimelineModel, selected: Int?, into buffer: inout ScreenBuffer, inner: Rect) {
        guard inner.height >= 2 else { return }
        let axisX = inner.x + 1 + laneLabelWidth + 1
        let width = inner.maxX - 1 - axisX
        guard width > 4 else { return }
        func x(_ day: CalendarDay) -> Int { axisX + model.column(of: day, width: width) }

        // Month labels: every month when there is room, else every 2, 3, 6 or 12 months;
        // January shows the year.
        var months: [CalendarDay] = []
        var month = CalendarDay(year: model.rangeStart.year, month: model.rangeStart.month, day: 1) ?? model.rangeStart
        while month <= model.rangeEnd {
            months.append(month)
            month = month.adding(months: 1)
        }
        let perMonth = Double(width) / Double(max(1, months.count))
        let step = [1, 2, 3, 6, 12].first { Double($0) * perMonth >= 5 } ?? 12
        buffer.put(String(repeating: "─", count: width), x: axisX, y: inner.y + 1, style: .dim)
        var free = axisX
        for m in months where (m.month - 1) % step == 0 {
            let mx = x(m)
            let label = m.month == 1 ? String(m.year) : monthName(m.month)
            guard mx >= free, mx + TextWidth.of(label) <= axisX + width else { continue }
            buffer.put(label, x: mx, y: inner.y, style: m.month == 1 ? .bold : .plain)
            buffer.put("┬", x: mx, y: inner.y + 1, style: .dim)
            free = mx + TextWidth.of(label) + 1
        }
        let todayX = x(model.summary.today)
        buffer.put("▼", x: todayX, y: inner.y + 1, style: Style(foreground: .red, attributes: .bold))

        let selectedItem = selected.flatMap { model.items.indices.contains($0) ? model.items[$0] : nil }
        for lane in TimelineLane.allCases {
            let y = inner.y + 2 + lane.rawValue
            guard y < inner.maxY else { break }
            let isCurrentLane = selectedItem?.lane == lane
            buffer.put(TextWidth.pad(lane.title, to: laneLabelWidth), x: inner.x + 1, y: y, style: isCurrentLane ? .bold : .dim)
            var occupied = Array(repeating: false, count: width)
            let laneItems = model.items.indices.filter { model.items[$0].lane == lane }
            // Leave under sickness, bars under points, the selection on top.
            let order = laneItems.filter { $0 != selected }.sorted { a, b in
                let ia = model.items[a], ib = model.items[b]
                let ka = (ia.glyph == TimelineModel.sicknessGlyph ? 1 : 0) + (ia.isBar ? 0 : 2)
                let kb = (ib.glyph == TimelineModel.sicknessGlyph ? 1 : 0) + (ib.isBar ? 0 : 2)
                return (ka, a) < (kb, b)
            } + laneItems.filter { $0 == selected }
            for index in order {
                let item = model.items[index]
                let c0 = model.column(of: item.start, width: width)
                let c1 = max(c0, model.column(of: item.last, width: width))
                let isSelected = index == selected
                let style = isSelected ? item.style.with(.reverse) : item.style
                if item.isBar {
                    for c in c0...c1 { buffer.put(item.glyph, x: axisX + c, y: y, style: style) }
                    if let cap = item.endCap, c1 > c0 { buffer.put(cap, x: axisX + c1, y: y, style: style) }
                } else {
                    buffer.put(item.glyph, x: axisX + c0, y: y, style: style)
                }
                for c in c0...c1 { occupied[c] = true }
            }
            // Labels where there is room: the selection's first, then current items, then the latest.
            let labelled = laneItems.filter { !model.items[$0].label.isEmpty }.sorted { a, b in
                let ia = model.items[a], ib = model.items[b]
                return (a == selected ? 0 : 1, ia.active ? 0 : 1, -ia.start.dayNumber) < (b == selected ? 0 : 1, ib.active ? 0 : 1, -ib.start.dayNumber)
            }
            for index in labelled {
                let item = model.items[index]
                let c0 = model.column(of: item.start, width: width)
                let c1 = max(c0, model.column(of: item.last, width: width))
                let w = TextWidth.of(item.label)
                func isFree(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < 0 || $0 >= width || !occupied[$0] } }
                var at: Int?
                if c1 + 2 + w <= width, isFree((c1 + 1)..<(c1 + 3 + w)) {
                    at = c1 + 2
                } else if c0 - 1 - w >= 0, isFree((c0 - 2 - w)..<c0) {
                    at = c0 - 1 - w
                }
                guard let at else { continue }
                let labelStyle = index == selected ? item.style.with(.reverse) : Style(foreground: item.style.foreground, attributes: item.style.attributes.intersection(.dim))
                buffer.put(item.label, x: axisX + at, y: y, style: labelStyle)
                for c in max(0, at - 1)..<min(width, at + w + 1) { occupied[c] = true }
            }
            let todayColumn = todayX - axisX
            if !occupied[todayColumn] { buffer.put("┊", x: todayX, y: y, style: Style(foreground: .red, attributes: .dim)) }
        }
    }

    /// The detail pane's lines for item `index`.
    static func detailLines(_ model: TimelineModel, index: Int, width: Int) -> [PaneLine] {
        guard model.items.indices.contains(index) else {
            return PaneLine.paragraph("Nothing recorded for \(model.summary.employee.name) in the last \(TimelineModel.monthsBack) months: no absences, meetings or stages.",
                                      width: width, style: .dim)
        }
        let item = model.items[index]
        var lines = PaneLine.paragraph("\(item.glyph) \(item.title)", width: width, style: .bold)
        for paragraph in item.details {
            lines += PaneLine.paragraph(paragraph, width: width, lead: "• ")
        }
        return lines
    }
}
