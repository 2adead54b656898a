/// Slash-separated path arithmetic for content files, independent of the file system.
///
/// The separators (`/`, `#`, `:`) are ASCII, so the searches run over UTF-8 bytes: an index found there is a
/// valid `String.Index`, and no grapheme breaking is needed (thousands of links are resolved per load).
enum ContentPath {
    /// The folder part of `path` (`a/b/c.md` -> `a/b`; `c.md` -> empty).
    static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// A link destination split at its first `#`: `risks.md#grooming` -> (`risks.md`, `grooming`);
    /// the fragment is empty when there is no `#`.
    static func splitFragment(_ destination: String) -> (path: Substring, fragment: Substring) {
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination[...], "") }
        return (destination[..<hash], destination[destination.utf8.index(after: hash)...])
    }

    /// Whether a link destination is a web or mail address (`https://...`, `mailto:...`) rather than a content path.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("mailto:") { return true }
        var lastTwo: (UInt8, UInt8) = (0, 0)
        for byte in destination.utf8 {
            if lastTwo == (UInt8(ascii: ":"), UInt8(ascii: "/")), byte == UInt8(ascii: "/") { return true }
            lastTwo = (lastTwo.1, byte)
        }
        return false
    }

    /// Joins `relative` to `directory` and resolves `.` and `..`.
    /// Returns `nil` when `..` climbs above the start of `directory`.
    static func resolve(_ relative: String, from directory: String) -> String? {
        var parts = directory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The relative path that leads from `directory` to `target` (`a/b`, `a/c/d.md` -> `../c/d.md`).
    static func relative(from directory: String, to target: String) -> String {
        let from = directory.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < min(from.count, to.count - 1), from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}
