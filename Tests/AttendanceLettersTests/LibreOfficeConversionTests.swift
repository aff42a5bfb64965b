import AttendanceLetters
import Foundation
import Testing
import TestSupport

/// A generated DOCX opens in LibreOffice: converted to PDF by the real `soffice` (Debian's
/// libreoffice-writer-nogui) and read back with `pdftotext` (poppler-utils), both installed
/// by .ci/run, it shows the employee's name, the meeting date in UK form and the sentence
/// on being accompanied.
@Suite struct LibreOfficeConversionTests {
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test(.timeLimit(.minutes(5)))
    func aGeneratedDocxConvertsToAPdfThatReadsAsTheLetter() throws {
        let policy = ShippedFixtures.policy("newcastle-2016")
        let letter = try LetterWriter(templates: LetterFixtures.templates(for: policy.id))
            .write(LetterFixtures.request(.invitation, policy: policy, meeting: "mt-stage1"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attend-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("invitation.docx")
        try DOCXPackage.data(letter.document, stamp: Date(timeIntervalSince1970: 1_796_000_000)).write(to: docx)

        // A profile of its own, so the test never touches (or waits on) a user's LibreOffice.
        let profile = folder.appendingPathComponent("profile")
        let converted = try Self.run("soffice", ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
                                                 "--convert-to", "pdf", "--outdir", folder.path, docx.path],
                                     environment: ["HOME": folder.path])
        let pdf = folder.appendingPathComponent("invitation.pdf")
        try #require(converted.status == 0 && FileManager.default.fileExists(atPath: pdf.path),
                     "soffice converted the DOCX (install libreoffice-writer-nogui): \(converted.output)")
        let read = try Self.run("pdftotext", ["-layout", pdf.path, "-"])
        try #require(read.status == 0, "pdftotext read the PDF (install poppler-utils): \(read.output)")
        let text = read.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Dear Mohammed Iqbal,"), "\(text)")
        #expect(text.contains("Tuesday 8 December 2026"), "\(text)")
        #expect(text.contains("You have the right to be accompanied by a trade union representative or a work colleague"), "\(text)")
        #expect(text.contains("Siân Llewelyn"), "the signature, with its Welsh circumflex, survives")
    }
}
