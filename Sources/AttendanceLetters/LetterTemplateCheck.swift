import Foundation

/// Checks a letter template before the engine renders it: every tag names a field of its
/// letter kind (`LetterFields`) or a known partial, sections close in order, and none of the
/// Mustache features attend does not support (delimiter changes, pragmas, blocks, parents,
/// lambdas' transforms) is used. A plain Mustache engine renders an unknown name as nothing,
/// so a misspelt `{{meeting.venue}}` would silently leave a gap in a letter; here it is refused,
/// naming the line.
public enum LetterTemplateCheck {
    /// The problems of `text` (the file `file`); empty when it may be used. `partials` are the
    /// partial templates it may include; a partial itself may include none (`allowPartials`).
    public static func problems(in text: String, file: String, fields: [String: LetterField],
                                partials: Set<String>, allowPartials: Bool = true) -> [LetterTemplateProblem] {
        var problems: [LetterTemplateProblem] = []
        // Open sections, innermost last: the name as written, its line, and the fields its
        // body sees first (nil: the same fields as outside; `.` is a text in a texts list).
        var open: [(name: String, line: Int, scope: [String: LetterField]?, iterates: Bool)] = []
        let chars = Array(text)
        var i = 0
        var line = 1
        func fail(_ at: Int, _ message: String) { problems.append(LetterTemplateProblem(file: file, line: at, problem: message)) }

        func resolve(_ name: String) -> LetterField? {
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard let first = parts.first, !parts.contains(where: \.isEmpty) else { return nil }
            let scopes = open.compactMap(\.scope).reversed() + [fields]
            for scope in scopes {
                guard var field = scope[first] else { continue }
                for part in parts.dropFirst() {
                    guard let next = field.children?[part] else { return nil }
                    field = next
                }
                return field
            }
            return nil
        }
        func allowedHere() -> String {
            var names: [String] = []
            if let inner = open.last(where: { $0.scope != nil })?.scope {
                names += inner.keys.sorted()
            }
            for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
                if let children = field.children {
                    names += children.keys.sorted().map { "\(key).\($0)" }
                } else {
                    names.append(key)
                }
            }
            return names.joined(separator: ", ")
        }

        while i < chars.count {
            if chars[i] == "\n" { line += 1; i += 1; continue }
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else { i += 1; continue }
            let tagLine = line
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            var j = i + (triple ? 3 : 2)
            let close: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var inner = ""
            var closed = false
            while j < chars.count {
                if chars[j] == close[0], j + close.count <= chars.count, Array(chars[j..<(j + close.count)]) == close {
                    closed = true
                    break
                }
                if chars[j] == "\n" { line += 1 }
                inner.append(chars[j])
                j += 1
            }
            guard closed else {
                fail(tagLine, "a tag opened with \(triple ? "{{{" : "{{") is never closed with \(triple ? "}}}" : "}}")")
                break
            }
            i = j + close.count
            var body = inner.trimmingCharacters(in: .whitespaces)
            let sigil: Character? = triple ? "&" : body.first.flatMap { "#^/!>&=%$<{".contains($0) ? $0 : nil }
            if sigil != nil, !triple { body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if sigil == "!" { continue }
            switch sigil {
            case "=": fail(tagLine, "changing the tag delimiters ({{=…=}}) is not supported in attend letters; keep {{ and }}"); continue
            case "%": fail(tagLine, "pragmas ({{%…}}) are not supported in attend letters"); continue
            case "$", "<": fail(tagLine, "template inheritance ({{$…}}, {{<…}}) is not supported in attend letters; use a partial ({{> letterhead}})"); continue
            default: break
            }
            guard !body.isEmpty else { fail(tagLine, "an empty tag; write a field name, e.g. {{employee.name}}"); continue }
            if body.contains("(") || body.contains(")") || body.contains(" ") {
                fail(tagLine, "'\(body)' is not a field name (transforms and spaces are not supported); fields here: \(allowedHere())")
                continue
            }
            switch sigil {
            case ">":
                if !allowPartials {
                    fail(tagLine, "a partial cannot include another partial ({{> \(body)}}); put its text here instead")
                } else if !partials.contains(body) {
                    fail(tagLine, "unknown partial '\(body)'; the partials are \(partials.sorted().joined(separator: ", "))")
                }
            case "#", "^":
                if body == "." {
                    fail(tagLine, "{{\(sigil.map(String.init) ?? "")\(body)}} is not allowed; open a section by a field's name")
                    open.append((name: body, line: tagLine, scope: nil, iterates: false))
                    continue
                }
                guard let field = resolve(body) else {
                    fail(tagLine, "unknown field '\(body)'; fields here: \(allowedHere())")
                    open.append((name: body, line: tagLine, scope: nil, iterates: false))
                    continue
                }
                let inverted = sigil == "^"
                switch field {
                case .object(_, let children): open.append((name: body, line: tagLine, scope: inverted ? nil : children, iterates: false))
                case .list(_, let children): open.append((name: body, line: tagLine, scope: inverted ? nil : children, iterates: false))
                case .texts: open.append((name: body, line: tagLine, scope: nil, iterates: !inverted))
                case .text, .flag: open.append((name: body, line: tagLine, scope: nil, iterates: false))
                }
            case "/":
                guard let last = open.last else {
                    fail(tagLine, "{{/\(body)}} closes a section that was never opened")
                    continue
                }
                if last.name != body {
                    fail(tagLine, "{{/\(body)}} does not match the open section {{#\(last.name)}} (line \(last.line)); close sections in the order they were opened")
                }
                open.removeLast()
            default:
                if body == "." {
                    if open.last?.iterates != true { fail(tagLine, "{{.}} is allowed only inside a list of texts, e.g. {{#meeting.outcomes}}{{.}}{{/meeting.outcomes}}") }
                    continue
                }
                guard let field = resolve(body) else {
                    fail(tagLine, "unknown field '\(body)'; fields here: \(allowedHere())")
                    continue
                }
                switch field {
                case .text: break
                case .flag: fail(tagLine, "'\(body)' is \(field.usage), not a value to print; use {{#\(body)}}…{{/\(body)}}")
                case .texts, .object, .list: fail(tagLine, "'\(body)' is \(field.usage), not a value; use {{#\(body)}}…{{/\(body)}}")
                }
            }
        }
        for section in open.reversed() {
            fail(section.line, "{{#\(section.name)}} is never closed; add {{/\(section.name)}}")
        }
        return problems
    }
}
