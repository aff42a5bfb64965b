import AttendanceRules
import AttendanceStore
import Foundation

/// A written letter as the store keeps it: the record saved with the employee's document (so
/// the letter and its history entry land in one write) and the files it is written out to.
public enum LetterKeeping {
    /// The next letter id for a document: `letter-N`, unique among its letters.
    public static func newId(_ document: EmployeeDocument) -> String {
        let existing = Set(document.letters.map(\.id))
        var n = document.letters.count + 1
        while existing.contains("letter-\(n)") { n += 1 }
        return "letter-\(n)"
    }

    /// The record of `letter`, written for `request` by `actor`.
    public static func record(_ letter: WrittenLetter, request: LetterRequest, id: String, actor: String) -> LetterRecord {
        LetterRecord(id: id, kind: request.kind.rawValue, title: letter.content.title, writtenOn: request.date, writtenBy: actor,
                     meetingId: letter.content.meetingId, outcomeId: letter.content.outcomeId, interviewId: letter.content.interviewId,
                     delivery: request.delivery, receivedOn: letter.content.receivedOn, text: letter.document.markedText,
                     checklist: letter.content.checklist.map(\.line), includesPrivate: letter.content.includesPrivate)
    }

    /// `document` with the letter added, and the history summary to save it with (ids and
    /// kinds only: never the letter's text).
    public static func adding(_ record: LetterRecord, to document: EmployeeDocument) -> (document: EmployeeDocument, summary: String) {
        var next = document
        next.letters.append(record)
        return (next, "\(record.id) \(record.kind)\(record.about.map { " for \($0)" } ?? "") dated \(record.writtenOn.iso)")
    }

    /// The letter as it was written, read back from its record.
    public static func document(_ record: LetterRecord) -> LetterDocument { LetterDocument(title: record.title, text: record.text) }

    /// The bytes of the letter in a format: `docx` or `txt`.
    public static func file(_ record: LetterRecord, format: LetterFormat) throws -> Data {
        let document = document(record)
        switch format {
        case .docx: return try DOCXPackage.data(document, stamp: Date(timeIntervalSince1970: Double(record.writtenOn.dayNumber) * 86_400 + 43_200))
        case .text: return Data(document.plainText.utf8)
        }
    }

    /// The manager's checklist as text (never sent to the employee).
    public static func checklistText(_ record: LetterRecord) -> String {
        "Checklist for the manager: \(record.title) (\(record.id), \(record.writtenOn.ukDisplay))\n"
            + record.checklist.map { "  \($0)" }.joined(separator: "\n") + "\n"
    }
}
