import AttendanceStore
import Foundation
import TUICore

/// The unsaved forms kept in the store folder (`draft.json`, 0600, replaced atomically): written
/// whenever what is typed changes, so a crash, a kill or a lost terminal keeps them, and
/// emptied as each is saved or resumed. The next start offers them (`D`). A file from an
/// earlier attend holding one draft (an object, not a list) is read as a list of one.
struct KeptDrafts {
    let path: String
    /// The drafts found when the UI opened (left on disk until resumed or replaced).
    let taken: [FlowDraft]
    /// What the file holds now.
    private var written: [FlowDraft]

    init(path: String) {
        self.path = path
        let data = try? DurableFile.readFile(path, file: "draft.json", limit: 1 << 20)
        taken = data.flatMap { bytes in
            (try? JSONDecoder().decode([FlowDraft].self, from: bytes)) ?? (try? JSONDecoder().decode(FlowDraft.self, from: bytes)).map { [$0] }
        } ?? []
        written = taken
    }

    /// Makes the file hold `drafts` (none: removes it). Nothing is written when it already
    /// does, except that `durably` forces the last write of a session to reach the disk.
    mutating func keep(_ drafts: [FlowDraft], durably: Bool) {
        guard drafts != written || (durably && !drafts.isEmpty) else { return }
        if !drafts.isEmpty, let bytes = try? JSONEncoder().encode(drafts) {
            // Drafts that cannot be written leave the last ones; the form on screen is unchanged.
            guard (try? DurableFile.write(bytes, to: path, durable: durably)) != nil else { return }
        } else if drafts.isEmpty {
            unlink(path)
        }
        written = drafts
    }
}
