import GuidelineKnowledge

/// Facts a reader acts on (phone numbers, web addresses, citations) each carry `X source` (a web address)
/// and `X confidence`, so a wrong helpline number can be traced and fixed.
extension LayerSession {
    /// The fields that make up one sourced fact.
    static func factFields(_ key: String) -> [String] { [key, "\(key) source", "\(key) confidence"] }

    /// The fact under `key` with its source and confidence; `nil` when absent or incomplete (reported).
    mutating func sourcedFact(_ block: HeadingBlock, _ key: String) -> SourcedFact? {
        let sourceField = block.field("\(key) source")
        let confidenceField = block.field("\(key) confidence")
        guard let field = block.field(key) else {
            if let stray = sourceField ?? confidenceField {
                base.log.error(
                    .unsourcedFact, "'\(stray.key)' without '\(key)'",
                    hint: "add '- \(key): ...' or remove '\(stray.key)'", at: stray.location)
            }
            return nil
        }
        guard let sourceField, !sourceField.value.isEmpty else {
            base.log.error(
                .unsourcedFact, "\(key.lowercased()) '\(field.value)' has no source",
                hint:
                    """
                    add '- \(key) source: https://...' naming the page where you confirmed it; leave the \
                    \(key.lowercased()) out if you cannot confirm it
                    """,
                at: field.location)
            return nil
        }
        guard sourceField.value.hasPrefix("https://") || sourceField.value.hasPrefix("http://") else {
            base.log.error(
                .unsourcedFact, "'\(key) source' must be a web address",
                hint: "give the address of the page that confirms it, starting with https://", at: sourceField.location)
            return nil
        }
        guard let confidenceField else {
            base.log.error(
                .unsourcedFact, "\(key.lowercased()) '\(field.value)' has no confidence",
                hint: "add '- \(key) confidence: high' (or medium, low)", at: field.location)
            return nil
        }
        guard let confidence = Provenance.Confidence(rawValue: confidenceField.value) else {
            base.log.error(
                .invalidValue, "unknown confidence '\(confidenceField.value)'",
                hint: "use one of: \(Provenance.Confidence.allCases.map(\.rawValue).joined(separator: ", "))",
                at: confidenceField.location)
            return nil
        }
        return SourcedFact(value: field.value, source: sourceField.value, confidence: confidence)
    }

    /// Reports every field with an empty value; true when there is none.
    mutating func reportEmptyFields(_ block: HeadingBlock) -> Bool {
        let empty = block.fields.filter { $0.value.isEmpty }
        for field in empty {
            base.log.error(
                .invalidValue, "'\(field.key)' is empty", hint: "give a value or remove the field", at: field.location)
        }
        return empty.isEmpty
    }
}
