import Foundation
import ZIPFoundation

/// A letter as a Word document (ECMA-376 WordprocessingML, the `.docx` Word and LibreOffice
/// open): the smallest standard package, a ZIP (ZIPFoundation) of content types, package
/// relationships, core properties, the document, its styles and one bullet list. A4 pages,
/// Arial 11 pt; headings are Word's own "Heading 1" style so they read as headings.
public enum DOCXPackage {
    /// The package's bytes. `stamp` dates the ZIP entries and the core properties, so the same
    /// letter gives the same bytes.
    public static func data(_ document: LetterDocument, stamp: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts(document, created: stamp) {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The package's parts in order, path and XML.
    static func parts(_ document: LetterDocument, created: Date) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(title: document.title, created: created)),
            ("word/document.xml", body(document)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
        ]
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = declaration + #"""
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\#
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\#
    <Default Extension="xml" ContentType="application/xml"/>\#
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\#
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\#
    <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\#
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\#
    </Types>
    """#

    static let packageRelationships = declaration + #"""
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\#
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\#
    </Relationships>
    """#

    static let documentRelationships = declaration + #"""
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\#
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\#
    </Relationships>
    """#

    static func coreProperties(title: String, created: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: created)
        return declaration + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(escaped(title))</dc:title><dc:creator>attend</dc:creator>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created></cp:coreProperties>"#
    }

    static let styles = declaration + #"""
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\#
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>\#
    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\#
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\#
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\#
    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\#
    <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\#
    <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style>\#
    </w:styles>
    """#

    static let numbering = declaration + #"""
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\#
    <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\#
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\#
    <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\#
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\#
    </w:numbering>
    """#

    /// `word/document.xml`: a paragraph per block; a paragraph's lines are one run with breaks.
    static func body(_ document: LetterDocument) -> String {
        var xml = declaration + #"<w:document xmlns:w="\#(main)"><w:body>"#
        for block in document.blocks {
            switch block {
            case .heading(let text):
                xml += #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>\#(run([text]))</w:p>"#
            case .bullet(let text):
                xml += #"<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\#(run([text]))</w:p>"#
            case .paragraph(let lines):
                xml += "<w:p>\(run(lines))</w:p>"
            }
        }
        // A4 with 2.54 cm margins.
        xml += #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>"#
        return xml + "</w:body></w:document>"
    }

    static func run(_ lines: [String]) -> String {
        "<w:r>" + lines.map { #"<w:t xml:space="preserve">\#(escaped($0))</w:t>"# }.joined(separator: "<w:br/>") + "</w:r>"
    }

    /// Text made safe for XML 1.0: the five entities escaped, and the control characters XML
    /// cannot hold (a hostile name could carry one) replaced by a space.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
                if allowed, v != 0x9, v != 0xA, v != 0xD { out.unicodeScalars.append(scalar) } else { out += " " }
            }
        }
        return out
    }
}
