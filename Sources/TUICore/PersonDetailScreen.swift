/// The PersonDetail screen (being built).
public enum PersonDetailScreen {
    public static let hints: [KeyHint] = []

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {}

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        buffer.drawBox(area, title: "PersonDetail (being built)")
    }

    static func status(_ state: AppState) -> String { "" }
}
