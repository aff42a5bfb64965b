import AttendanceStore
import Foundation
import TUICore

/// The unsaved form kept in the store folder (`draft.json`, 0600, replaced atomically): written
/// whenever what is typed changes, so a crash, a kill or a lost terminal keeps it, and removed
/// once the form is saved or closed. The next start offers it (`D`).
struct KeptDraft {
    let path: String
    /// The draft found when the UI opened, if any (left on disk until it is resumed or replaced).
    let taken: FlowDraft?
    /// What the file holds now.
    private var written: FlowDraft?

    init(path: String) {
        self.path = path
        let data = try? DurableFile.readFile(path, file: "draft.json", limit: 1 << 20)
        taken = data.flatMap { try? JSONDecoder().decode(FlowDraft.self, from: $0) }
        written = taken
    }

    /// Makes the file hold `draft` (none: removes it). Nothing is written when it already does,
    /// except that `durably` forces the last write of a session to reach the disk.
    mutating func keep(_ draft: FlowDraft?, durably: Bool) {
        guard draft != written || (durably && draft != nil) else { return }
        if let draft, let bytes = try? JSONEncoder().encode(draft) {
            // A draft that cannot be written leaves the last one; the form on screen is unchanged.
            guard (try? DurableFile.write(bytes, to: path, durable: durably)) != nil else { return }
        } else {
            unlink(path)
        }
        written = draft
    }
}
