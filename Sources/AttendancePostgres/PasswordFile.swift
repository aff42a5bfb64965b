import Foundation

/// libpq's password file (`~/.pgpass`, or `PGPASSFILE`): lines of
/// `hostname:port:database:username:password`, `*` matching anything, `\:` and `\\` escaped.
/// As libpq does, a file that others can read is ignored.
enum PasswordFile {
    static func lookup(_ settings: PostgresSettings, environment: [String: String]) -> String? {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let path = environment["PGPASSFILE"] ?? "\(home)/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        // A socket connection matches `localhost`, as in libpq.
        let host = settings.host ?? "localhost"
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(settings.port), settings.database, settings.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The fields of one line, unescaping `\:` and `\\`.
    static func split(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
