/// Finds a key repeated within one JSON object, which `JSONDecoder` accepts silently (the
/// last one wins), so a hand-edited or hostile file could hide a value from a reader of it.
///
/// It walks the bytes once without recursion (a deeply nested file cannot overflow the stack)
/// and compares keys after unescaping (`"a"` and `"\u0061"` are the same key). It only looks
/// for duplicates: a document that is not JSON is left to the decoder, which explains it.
public enum JSONDuplicateKeys {
    /// The path of the first repeated key, e.g. `absences[2].start`, or nil.
    public static func first(in bytes: some Collection<UInt8>) -> String? {
        let data = Array(bytes)
        var frames: [Frame] = []
        var i = 0
        while i < data.count {
            let byte = data[i]
            switch byte {
            case UInt8(ascii: "{"):
                frames.append(Frame(isObject: true))
                i += 1
            case UInt8(ascii: "["):
                frames.append(Frame(isObject: false))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !frames.isEmpty { frames.removeLast() }
                i += 1
            case UInt8(ascii: ","):
                if let last = frames.indices.last {
                    if frames[last].isObject { frames[last].expectingKey = true } else { frames[last].index += 1 }
                }
                i += 1
            case UInt8(ascii: "\""):
                guard let (text, next) = string(data, from: i) else { return nil }
                i = next
                if let last = frames.indices.last, frames[last].isObject, frames[last].expectingKey {
                    frames[last].expectingKey = false
                    frames[last].key = text
                    if !frames[last].keys.insert(text).inserted { return path(frames) }
                }
            default:
                i += 1
            }
        }
        return nil
    }

    struct Frame {
        let isObject: Bool
        var expectingKey = true
        var keys: Set<String> = []
        var key = ""
        var index = 0

        init(isObject: Bool) { self.isObject = isObject }
    }

    static func path(_ frames: [Frame]) -> String {
        var out = ""
        for frame in frames {
            if frame.isObject {
                out += out.isEmpty ? frame.key : ".\(frame.key)"
            } else {
                out += "[\(frame.index)]"
            }
        }
        return out
    }

    /// The unescaped string starting at the quote at `start`, and the index after its closing
    /// quote; nil when it is cut short or malformed.
    static func string(_ data: [UInt8], from start: Int) -> (String, Int)? {
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        var i = start + 1
        func flush() {
            if !raw.isEmpty {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll()
            }
        }
        while i < data.count {
            let byte = data[i]
            if byte == UInt8(ascii: "\"") {
                flush()
                return (String(scalars), i + 1)
            }
            if byte != UInt8(ascii: "\\") {
                raw.append(byte)
                i += 1
                continue
            }
            flush()
            guard i + 1 < data.count else { return nil }
            let escaped = data[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "u"):
                guard var unit = hex4(data, at: i) else { return nil }
                i += 4
                if (0xD800...0xDBFF).contains(unit), i + 6 <= data.count, data[i] == UInt8(ascii: "\\"), data[i + 1] == UInt8(ascii: "u"),
                   let low = hex4(data, at: i + 2), (0xDC00...0xDFFF).contains(low) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            default: scalars.append(Unicode.Scalar(escaped))
            }
        }
        return nil
    }

    static func hex4(_ data: [UInt8], at i: Int) -> UInt32? {
        guard i >= 0, i + 4 <= data.count else { return nil }
        return JSONEscape.hex4(data[i..<(i + 4)])
    }
}
