/// The PersonYear screen (being built).
public enum PersonYearScreen {
    public static let hints: [KeyHint] = []

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {}

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        buffer.drawBox(area, title: "PersonYear (being built)")
    }

    static func status(_ state: AppState) -> String { "" }
}
