import GuidelineKnowledge

/// Amendments, replacements and withdrawals: level-2 entries of a `Changes:` file.
///
/// ```markdown
/// ## Report abuse images to the IWF
/// - Amends: in-csam-report
/// - Base text: 1a2b3c4d
/// - Source: https://www.iwf.org.uk/
/// - Confidence: high
///
/// In the UK, ...
/// ```
extension LayerSession {
    static let actionFields: [(key: String, action: LayerChange.Action)] = [
        ("Amends", .amend), ("Replaces", .replace), ("Withdraws", .withdraw),
    ]
    static let changeFields = actionFields.map(\.key) + ["Base text", "Source", "Confidence", "Reason", "Overrides"]

    mutating func readChange(_ block: HeadingBlock, layerID: String) {
        base.checkFields(block, allowed: Self.changeFields, required: ["Source", "Confidence"])
        let given = Self.actionFields.compactMap { entry in
            block.field(entry.key).map { (field: $0, action: entry.action) }
        }
        guard let (target, action) = given.first else {
            base.log.error(
                .missingField, "a change needs one of 'Amends:', 'Replaces:' or 'Withdraws:' in '\(block.title)'",
                hint:
                    """
                    add '- Amends: base-record-id' (a note after the base text), '- Replaces: ...' or \
                    '- Withdraws: ...'
                    """,
                at: block.location)
            return
        }
        for extra in given.dropFirst() {
            base.log.error(
                .duplicateField, "a change does one thing; '\(extra.field.key)' and '\(target.key)' are both given",
                hint: "split it into two changes", at: extra.field.location)
        }
        if action != .amend, block.field("Reason") == nil {
            base.log.error(
                .missingField, "a \(action == .replace ? "replacement" : "withdrawal") needs a 'Reason:' field",
                hint: "say why the base text does not fit, e.g. '- Reason: national law sets a different age'",
                at: block.location)
        }
        if action != .withdraw, block.bodyText.trimmingSpaces.isEmpty {
            base.log.error(
                .emptyRecommendation,
                "\(action == .amend ? "an amendment needs its note" : "a replacement needs its new text") as the body",
                hint: "write the text under the field list", at: block.location)
        }
        if action != .replace, let overrides = block.field("Overrides") {
            base.log.error(
                .unknownField, "'Overrides' only applies to a replacement", hint: "remove it", at: overrides.location)
        }
        guard reportEmptyFields(block), let provenance = base.provenance(block, inherited: nil) else { return }
        changes.append(
            LayerChange(
                layerID: layerID, action: action, targetID: target.value, title: block.title, text: block.bodyText,
                reason: block.field("Reason")?.value, overrides: block.field("Overrides")?.value,
                baseTextHash: block.field("Base text")?.value, provenance: provenance, location: block.location,
                targetLocation: target.location
            ))
    }
}
