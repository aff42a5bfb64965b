import AttendanceLetters
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import ZIPFoundation

/// The DOCX is a valid Open Packaging Conventions package: content types for every part,
/// relationships whose targets exist, and well-formed XML throughout.
@Suite struct DOCXPackageTests {
    static func letter() throws -> LetterDocument {
        let policy = ShippedFixtures.policy("newcastle-2016")
        var person = LetterFixtures.employee(policy: policy)
        person.name = "Siôn <Ap> Rhys & \"Co\" 李小龙\u{0007}"
        return try LetterWriter(templates: LetterFixtures.templates(for: policy.id))
            .write(LetterFixtures.request(.invitation, policy: policy, employee: person, meeting: "mt-stage1")).document
    }

    static func entries(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = bytes
        }
        return out
    }

    final class WellFormed: NSObject, XMLParserDelegate, @unchecked Sendable {
        var elements: [(name: String, attributes: [String: String])] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append((name, attributes))
        }
    }

    static func parse(_ data: Data) -> (ok: Bool, elements: [(name: String, attributes: [String: String])]) {
        let parser = XMLParser(data: data)
        let delegate = WellFormed()
        parser.delegate = delegate
        return (parser.parse(), delegate.elements)
    }

    @Test func theDocxHasContentTypesRelationshipsAndWellFormedParts() throws {
        let data = try DOCXPackage.data(try Self.letter(), stamp: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(data.prefix(2) == Data("PK".utf8), "a ZIP")
        let parts = try Self.entries(data)
        for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            #expect(parts[required] != nil, "\(required) is in the package")
        }
        for (path, bytes) in parts {
            #expect(Self.parse(bytes).ok, "\(path) is well-formed XML")
        }
        // Every part but the content types and relationships has a content type.
        let types = Self.parse(try #require(parts["[Content_Types].xml"])).elements
        let overrides = Set(types.filter { $0.name == "Override" }.compactMap { $0.attributes["PartName"] })
        let defaults = Set(types.filter { $0.name == "Default" }.compactMap { $0.attributes["Extension"] })
        for path in parts.keys where path != "[Content_Types].xml" {
            let ext = String(path.split(separator: ".").last ?? "")
            #expect(overrides.contains("/" + path) || defaults.contains(ext), "\(path) has a content type")
        }
        #expect(overrides.contains("/word/document.xml"))
        // Every relationship's target is a part of the package.
        for (relsPath, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
            for rel in Self.parse(try #require(parts[relsPath])).elements where rel.name == "Relationship" {
                let target = base + (rel.attributes["Target"] ?? "")
                #expect(parts[target] != nil, "\(relsPath) points at \(target), which is in the package")
            }
        }
    }

    @Test func theDocumentHoldsTheLettersHeadingsParagraphsAndEscapedText() throws {
        let parts = try Self.entries(try DOCXPackage.data(try Self.letter(), stamp: Date(timeIntervalSince1970: 0)))
        let body = try #require(parts["word/document.xml"])
        let elements = Self.parse(body).elements
        #expect(elements.contains { $0.name == "w:pStyle" && $0.attributes["w:val"] == "Heading1" }, "headings use Word's Heading 1")
        #expect(elements.filter { $0.name == "w:p" }.count > 8, "a paragraph per block")
        let xml = String(decoding: body, as: UTF8.self)
        #expect(xml.contains("Siôn &lt;Ap&gt; Rhys &amp; &quot;Co&quot; 李小龙 "), "names are escaped, and a control character becomes a space")
        #expect(xml.contains("w:pgSz w:w=\"11906\" w:h=\"16838\""), "A4")
    }

    @Test func theSameLetterGivesTheSameBytes() throws {
        let stamp = Date(timeIntervalSince1970: 1_796_000_000)
        #expect(try DOCXPackage.data(try Self.letter(), stamp: stamp) == DOCXPackage.data(try Self.letter(), stamp: stamp))
    }
}
