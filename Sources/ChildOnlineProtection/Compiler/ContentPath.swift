/// Slash-separated path arithmetic for content files, independent of the file system.
enum ContentPath {
    /// The folder part of `path` (`a/b/c.md` -> `a/b`; `c.md` -> empty).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Joins `relative` to `directory` and resolves `.` and `..`.
    /// Returns `nil` when `..` climbs above the start of `directory`.
    static func resolve(_ relative: String, from directory: String) -> String? {
        var parts = directory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let floor = 0
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard parts.count > floor else { return nil }
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
