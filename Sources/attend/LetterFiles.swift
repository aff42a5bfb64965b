import AttendanceLetters
import AttendanceStore
import Foundation

/// Writes a kept letter's copies into the store folder, or the local folder of a database store (`letters/<employee>/<id>.docx` and `.txt`,
/// 0600), for the command line and the terminal UI alike. The record is already saved, so a
/// failure here loses nothing: the message says so and how to write the files again.
enum LetterFiles {
    /// The paths written, or what went wrong.
    /// `folder` is the store folder, or for a database this machine's folder of its files.
    static func write(_ record: LetterRecord, employeeId: String, folder: String) -> (paths: [String], problem: String?) {
        let store = FileStore(root: folder)
        var paths: [String] = []
        for format in LetterFormat.allCases {
            do {
                let data = try LetterKeeping.file(record, format: format)
                paths.append(try store.writeLetterFile(data, employeeId: employeeId, letter: record, format: format.fileExtension))
            } catch {
                return (paths, "the letter is kept in the record, but its \(format.rawValue) copy could not be written (\(error)); write it again with `attend letter show --employee \(employeeId) --letter \(record.id) --output FILE`")
            }
        }
        return (paths, nil)
    }
}
