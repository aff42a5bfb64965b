import AttendanceData
import AttendanceLetters
import Foundation

extension DataOptions {
    /// HR's letters folder: --letters-dir, else $ATTEND_LETTERS_DIR; nil for the shipped templates only.
    var lettersFolder: String? {
        lettersDirectory ?? ProcessInfo.processInfo.environment["ATTEND_LETTERS_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The templates for one policy: HR's own (by name, from their folder for the policy, then
    /// its top) over the shipped ones (`data/letters/<policy-id>/`, then `data/letters/default/`).
    func letterTemplates(for policyId: String) throws -> LetterTemplates {
        if let folder = lettersFolder {
            let ids = Set(try policies().map(\.id))
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
                var isFolder: ObjCBool = false
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue, !ids.contains(name) {
                    throw BadInput("\(path) is a folder in --letters-dir, but '\(name)' is not a policy id; a folder there is named after the policy it is for: one of \(ids.sorted().joined(separator: ", "))")
                }
            }
        }
        return try Self.letterTemplates(for: policyId, folder: lettersFolder)
    }

    /// The templates for one policy with HR's `folder` (nil: the shipped ones only).
    static func letterTemplates(for policyId: String, folder: String?) throws -> LetterTemplates {
        let shipped: [LetterTemplateFile]
        do {
            shipped = try ShippedData.letterTemplateFiles().map { LetterTemplateFile(set: $0.set, name: $0.name, file: $0.file, text: $0.text) }
        } catch {
            throw BadInput("\(error)")
        }
        return LetterTemplates.forPolicy(policyId, shipped: shipped, own: try ownLetterTemplates(for: policyId, folder: folder))
    }

    /// The `.mustache` files of HR's folder: at its top and in the policy's own folder.
    static func ownLetterTemplates(for policyId: String, folder: String?) throws -> [LetterTemplateFile] {
        guard let folder else { return [] }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw BadInput("--letters-dir \(folder) is not a folder; give a folder of letter templates (see docs/letters.md)")
        }
        var out: [LetterTemplateFile] = []
        for (set, path) in [("", folder), (policyId, (folder as NSString).appendingPathComponent(policyId))] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            for name in names.sorted() where name.hasSuffix(".mustache") {
                let file = (path as NSString).appendingPathComponent(name)
                let templateName = String(name.dropLast(".mustache".count))
                guard LetterTemplates.allNames.contains(templateName) else {
                    throw BadInput("\(file): '\(templateName)' is not a letter template name; expected one of \(LetterTemplates.allNames.joined(separator: ", ")) (.mustache)")
                }
                guard let data = FileManager.default.contents(atPath: file), data.count <= 256 * 1024 else {
                    throw BadInput("cannot read letter template \(file): it must be a readable text file of at most 256 KB")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw BadInput("\(file) is not UTF-8 text; save the template as UTF-8")
                }
                out.append(LetterTemplateFile(set: set, name: templateName, file: file, text: text))
            }
        }
        return out
    }
}
