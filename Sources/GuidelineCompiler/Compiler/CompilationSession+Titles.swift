import GuidelineKnowledge

/// Pass 2: every record has a title.
extension CompilationSession {
    /// Whether a record's heading has a title; a heading with none (`### ` alone) is an error, and the record
    /// is not declared.
    mutating func hasTitle(_ block: HeadingBlock, kind: DeclarationKind) -> Bool {
        guard block.title.isEmpty else { return true }
        log.error(
            .emptyTitle, "\(kind.withArticle) has an empty title",
            hint: "write the title after the '\(String(repeating: "#", count: block.level)) '", at: block.location)
        return false
    }
}
