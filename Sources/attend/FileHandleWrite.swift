import Foundation

extension FileHandle {
    /// Writes a UTF-8 string (for one-line warnings on standard error).
    func write(_ text: String) { write(Data(text.utf8)) }
}
