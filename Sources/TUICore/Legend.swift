/// What each glyph on a screen means, for the help box (`?`): every glyph a screen draws has
/// its meaning here or in the screen's own legend line.
enum Legend {
    static func lines(for screen: ScreenID) -> [String] {
        let days = "Days: S sickness, A annual leave, L other leave, s a l a part day, \(CalendarGlyphs.holiday) bank holiday "
            + "(also inside a spell of leave), \(CalendarGlyphs.dayOff) not working; a line joins the days of one absence."
        switch screen {
        case .teamCalendar:
            return ["What the glyphs mean", days, "S3 A5 L1: working days of each in the month; !2: days behind a pattern to discuss."]
        case .personYear:
            return ["What the glyphs mean", days,
                    "\(CalendarGlyphs.windowStart) the first day of the policy's rolling window; bold S a day behind a pattern to discuss.",
                    "Beside each month, S3 A5 L1: working days of sickness, annual and other leave; !2: days behind a pattern."]
        case .timeline:
            return ["What the glyphs mean",
                    "\(TimelineModel.sicknessGlyph) sickness, \(TimelineModel.leaveGlyph) leave; ▲ a trigger reached (B150: Bradford 150); "
                        + "◆ a meeting (◇ cancelled); ● a stage outcome; ━ a live warning to its lapse ┫ (─ lapsed, ┤ its end); "
                        + "═ a review period; ╌ an appeal; ┊ and ▼ today."]
        case .roster:
            return ["Badges: [B150] [B500] Bradford points reached, [LT] long-term absence, [HR] HR advice needed first; "
                    + "others are the trigger's id."]
        case .reports:
            return ["What the glyphs mean",
                    "A bar is the team's absence rate against the highest team's (the rate is printed beside it); "
                        + "the trend is one character a month, ▁ low to █ the team's highest month; "
                        + "in the weekday map ░ ▒ ▓ █ shade the count printed in each cell."]
        case .personDetail, .weekly:
            return []
        }
    }
}
