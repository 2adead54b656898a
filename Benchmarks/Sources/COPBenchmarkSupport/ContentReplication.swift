public import GuidelineCompiler

/// The content replicated n times, as if n national adaptations were loaded side by side.
///
/// Copy 0 is the content as it is. Copies 1..<n repeat every chapter file (the four guideline sets:
/// about 82% of the bytes) in a per-copy subfolder, `Content/en/copy-07/industry/...`, with a purely
/// textual rewrite:
/// - `- ID: x` becomes `- ID: x-c07`, and every `#x` link fragment naming an ID declared in a chapter
///   file becomes `#x-c07`;
/// - links into the catalogues, `../catalogues/...`, become `../../catalogues/...`;
/// - every question of a `- Questions:` line is prefixed `Copy 07: ` (no question may appear twice in
///   the content).
///
/// The catalogues (risks, harms, topics, glossary, guideline sets) stay single: the risk and guideline-set
/// IDs are a fixed taxonomy (a copy of `grooming` under another ID would be a content error), and national
/// adaptations share that vocabulary.
public enum ContentReplication {
    /// `files` replicated `copies` times (1 returns them unchanged).
    public static func replicate(_ files: [ContentFile], copies: Int) -> [ContentFile] {
        guard copies > 1 else { return files }
        let chapters = files.filter { !$0.path.contains("/catalogues/") }
        let chapterIDs = Set(chapters.flatMap { declaredIDs(in: String(decoding: $0.bytes, as: UTF8.self)) })
        var result = files
        for copy in 1..<copies {
            let suffix = "-c\(copy < 10 ? "0" : "")\(copy)"
            for file in chapters {
                let relative = file.path.dropFirst(ContentCorpus.root.count + 1)
                let text = rewrite(String(decoding: file.bytes, as: UTF8.self), suffix: suffix, ids: chapterIDs)
                result.append(
                    ContentFile(path: "\(ContentCorpus.root)/copy\(suffix.dropFirst(2))/\(relative)", text: text))
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    /// The compiler's limits for `copies` copies: the folder-wide limits (files, bytes, records, Markdown
    /// nodes, table cells, linked vocabulary) `copies` times the standard ones, which the bundled content alone
    /// stays well within; the per-file and per-paragraph limits as they are.
    public static func limits(copies: Int) -> ContentLimits {
        var limits = ContentLimits.standard
        let factor = max(1, copies)
        limits.maximumFileCount *= factor
        limits.maximumEntryCount *= factor
        limits.maximumTotalSize *= factor
        limits.maximumRecordCount *= factor
        limits.maximumMarkdownNodes *= factor
        limits.maximumTableCells *= factor
        limits.maximumLinkedVocabulary *= factor
        return limits
    }

    /// The IDs declared by `- ID: x` lines.
    static func declaredIDs(in text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            line.hasPrefix("- ID: ") ? line.dropFirst(6).trimmingCharacters() : nil
        }
    }

    static let questionsPrefix = "- Questions: "

    static func rewrite(_ text: String, suffix: String, ids: Set<String>) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- ID: ") {
                lines.append("- ID: \(line.dropFirst(6).trimmingCharacters())\(suffix)")
            } else if line.hasPrefix(questionsPrefix) {
                let questions = line.dropFirst(questionsPrefix.count).split(
                    separator: " | ", omittingEmptySubsequences: false)
                let copy = "Copy \(suffix.dropFirst(2)): "
                lines.append(questionsPrefix + questions.map { copy + $0 }.joined(separator: " | "))
            } else {
                lines.append(rewriteLinks(String(line), suffix: suffix, ids: ids))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Rewrites `](target)` link destinations in one line.
    static func rewriteLinks(_ line: String, suffix: String, ids: Set<String>) -> String {
        guard line.contains("](") else { return line }
        var output = ""
        var rest = Substring(line)
        while let open = rest.range(of: "](") {
            output += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            var destination = String(rest[..<close])
            rest = rest[close...]
            if !destination.contains("://") {
                if destination.hasPrefix("../catalogues/") { destination = "../" + destination }
                if let hash = destination.firstIndex(of: "#") {
                    let fragment = String(destination[destination.index(after: hash)...])
                    if ids.contains(fragment) { destination += suffix }
                }
            }
            output += destination
        }
        return output + rest
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
    }
}
