#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileStore {
    /// `letters/<employee>`: the written-out letters of one employee (files 0600, folders 0700).
    public func letterFolder(employeeId: String) -> String { "\(root)/\(LetterRecord.folder(employeeId: employeeId))" }

    /// Writes one file of a letter (`<letter id>.docx`, `.txt`) atomically and returns its path.
    /// The letter's record is in the employee's document; these files are its copies to open,
    /// print or attach, and can be written again from the record at any time.
    @discardableResult
    public func writeLetterFile(_ data: Data, employeeId: String, letter: LetterRecord, format: String) throws(StoreError) -> String {
        try Self.checkEmployeeId(employeeId)
        guard FileStore.idProblem(letter.id) == nil, ["docx", "txt"].contains(format) else {
            throw .invalid("letter id \(TextRules.quoted(letter.id)) or format \(format) cannot name a file")
        }
        try DurableFile.makeDirectory("\(root)/letters")
        try DurableFile.makeDirectory(letterFolder(employeeId: employeeId))
        let path = "\(root)/\(letter.path(employeeId: employeeId, format: format))"
        try DurableFile.write(data, to: path)
        return path
    }

    /// Removes an erased employee's written-out letters (their records went with the document).
    /// Only attend's own files are removed; anything else in the folder is left, and named.
    func eraseLetterFiles(employeeId: String) -> [String] {
        let folder = letterFolder(employeeId: employeeId)
        guard FileKind.of(folder) == .directory, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var left: [String] = []
        for name in names {
            let path = "\(folder)/\(name)"
            if (name.hasSuffix(".docx") || name.hasSuffix(".txt")), FileKind.of(path) == .regular, unlink(path) == 0 { continue }
            left.append(name)
        }
        if left.isEmpty { rmdir(folder) }
        DurableFile.syncDirectory("\(root)/letters")
        return left
    }
}
