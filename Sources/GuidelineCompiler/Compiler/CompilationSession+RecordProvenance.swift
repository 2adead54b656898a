import GuidelineKnowledge

/// Where a recommendation's own claim comes from (issue 13): under a sourced section (confidence `high`,
/// `medium` or `low`) a record either restates the section's source (`Source: section`) or gives its own
/// `Source` and `Confidence`; under a `general-practice` section it may also say nothing and inherit.
extension CompilationSession {
    /// The value of `Source` that means "this record restates its section's source".
    static let sectionSourceValue = "section"

    /// The hint every provenance error ends with: both allowed forms.
    private static let provenanceForms =
        """
        write '- Source: section' if the section's source contains this advice, or give both '- Source: <where it \
        comes from>' and '- Confidence: <\(Provenance.Confidence.allCases.map(\.rawValue).joined(separator: "|"))>'
        """

    /// The record's provenance by the rule above, or `nil` (reported) when the rule is broken or the
    /// section has none.
    mutating func recordProvenance(_ block: HeadingBlock, section: Provenance?) -> Provenance? {
        let source = block.field("Source")
        let confidence = block.field("Confidence")
        switch (source, confidence) {
        case (let source?, let confidence) where source.value == Self.sectionSourceValue:
            if let confidence {
                log.error(
                    .conflictingProvenance,
                    "'Source: section' inherits the section's confidence, so 'Confidence' cannot be given too",
                    hint:
                        """
                        remove '- Confidence: \(confidence.value)', or replace 'section' with this record's \
                        own source
                        """,
                    at: confidence.location)
                return nil
            }
            return section
        case (let source?, let confidence?):
            return ownProvenance(source: source, confidence: confidence)
        case (let source?, nil):
            log.error(
                .incompleteProvenance, "'Source' is given without 'Confidence'", hint: Self.provenanceForms,
                at: source.location)
            return nil
        case (nil, let confidence?):
            log.error(
                .incompleteProvenance, "'Confidence' is given without 'Source'", hint: Self.provenanceForms,
                at: confidence.location)
            return nil
        case (nil, nil):
            guard let section, section.confidence != .generalPractice else { return section }
            log.error(
                .missingProvenance,
                """
                '\(block.title)' is under a section of confidence '\(section.confidence.rawValue)' but does not say \
                where its own advice comes from
                """,
                hint: Self.provenanceForms, at: block.location)
            return nil
        }
    }

    private mutating func ownProvenance(source: HeadingBlock.Field, confidence: HeadingBlock.Field) -> Provenance? {
        guard !source.value.isEmpty else {
            log.error(.invalidValue, "'Source' is empty", hint: Self.provenanceForms, at: source.location)
            return nil
        }
        guard let level = Provenance.Confidence(rawValue: confidence.value) else {
            log.error(
                .invalidValue, "unknown confidence '\(confidence.value)'",
                hint: "use one of: \(Provenance.Confidence.allCases.map(\.rawValue).joined(separator: ", "))",
                at: confidence.location)
            return nil
        }
        return Provenance(source: source.value, confidence: level)
    }
}
