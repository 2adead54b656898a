import GuidelineKnowledge

/// Pass 2: every record's ID is read, checked and declared before any record is built.
extension CompilationSession {
    mutating func declare(_ file: inout ParsedFile) {
        file.records = file.records.compactMap { record in
            guard hasTitle(record.block, kind: record.kind), let id = declaredID(of: record.block, kind: record.kind)
            else { return nil }
            if declarations.count >= limits.maximumRecordCount {
                // Reported once, at the first record over the limit, not once per record.
                if !recordLimitReported {
                    log.error(
                        .tooManyRecords, "more than \(limits.maximumRecordCount) records; the rest are not read",
                        at: record.block.location)
                    recordLimitReported = true
                }
                return nil
            }
            if let earlier = declarations[id] {
                log.error(
                    .duplicateID, "duplicate ID '\(id)'",
                    hint:
                        """
                        it is already used by \(earlier.kind.withArticle) at \(earlier.location); IDs must be unique \
                        across the content folder
                        """,
                    at: idLocation(of: record.block))
                // Kept, so pass 3 still checks its fields and links; `dropDuplicateRecords()` leaves it out.
                duplicateRecordLocations.insert(record.block.location)
                return (record.block, record.kind, id)
            }
            declarations[id] = Declaration(
                id: id, kind: record.kind, location: record.block.location, relativePath: file.relativePath)
            return (record.block, record.kind, id)
        }
    }

    /// Leaves out of the model every record built from a block whose ID was a duplicate (reported in pass 2).
    mutating func dropDuplicateRecords() {
        guard !duplicateRecordLocations.isEmpty else { return }
        let duplicates = duplicateRecordLocations
        parts.guidelineSets.removeAll { duplicates.contains($0.location) }
        parts.risks.removeAll { duplicates.contains($0.location) }
        parts.harms.removeAll { duplicates.contains($0.location) }
        parts.topics.removeAll { duplicates.contains($0.location) }
        parts.terms.removeAll { duplicates.contains($0.location) }
        parts.checklists.removeAll { duplicates.contains($0.location) }
        parts.sections.removeAll { duplicates.contains($0.location) }
        parts.recommendations.removeAll { duplicates.contains($0.location) }
    }

    private mutating func declaredID(of block: HeadingBlock, kind: DeclarationKind) -> String? {
        guard let field = block.field("ID") else {
            log.error(
                .missingField, "\(kind.withArticle) needs an 'ID:' field",
                hint: "add '- ID: some-stable-id' right under the heading", at: block.location)
            return nil
        }
        let id = field.value
        guard Self.isValidID(id) else {
            log.error(
                .invalidID, "invalid ID '\(id)'",
                hint: "use lowercase letters, digits and single hyphens, e.g. 'pe-grooming-talk'", at: field.location)
            return nil
        }
        switch kind {
        case .risk where RiskID(rawValue: id) == nil:
            let suggestion = DidYouMean.closest(to: id, in: RiskID.allCases.map(\.rawValue))
            log.error(
                .unknownRisk, "unknown risk '\(id)'",
                hint: suggestion.map { "did you mean '\($0)'? the taxonomy's risks are fixed" }
                    ?? "the risks are fixed: \(RiskID.allCases.map(\.rawValue).joined(separator: ", "))",
                at: field.location)
            return nil
        case .guidelineSet where Audience(rawValue: id) == nil:
            log.error(
                .invalidValue, "unknown guideline set '\(id)'",
                hint: "use one of: \(Audience.allCases.map(\.rawValue).joined(separator: ", "))", at: field.location)
            return nil
        default:
            return id
        }
    }

    func idLocation(of block: HeadingBlock) -> SourceLocation {
        block.field("ID")?.location ?? block.location
    }

    /// Whether `id` is 1 to 100 lowercase ASCII letters and digits in groups joined by single hyphens.
    /// - Complexity: O(*n*) in the UTF-8 length of `id` (a byte scan: IDs are checked for every record).
    static func isValidID(_ id: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        var previous = hyphen  // an ID may not start with a hyphen
        var count = 0
        for byte in id.utf8 {
            let isLetterOrDigit =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetterOrDigit || (byte == hyphen && previous != hyphen) else { return false }
            previous = byte
            count += 1
        }
        return count > 0 && count <= 100 && previous != hyphen
    }
}
