import GuidelineKnowledge

/// Typed reading of field values, each problem reported at the value's location.
extension CompilationSession {
    /// Reports unknown fields and missing required ones. Returns false when a required field is missing.
    @discardableResult
    mutating func checkFields(_ block: HeadingBlock, allowed: [String], required: [String]) -> Bool {
        for field in block.fields where !allowed.contains(field.key) {
            let suggestion = DidYouMean.closest(to: field.key, in: allowed)
            log.error(
                .unknownField, "unknown field '\(field.key)'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "fields here: \(allowed.joined(separator: ", "))",
                at: field.location)
        }
        var complete = true
        for key in required where block.field(key) == nil {
            log.error(
                .missingField, "missing required field '\(key)' in '\(block.title)'",
                hint: "add '- \(key): ...' to the field list under the heading", at: block.location)
            complete = false
        }
        return complete
    }

    /// A field's value split at commas, each trimmed, empty parts dropped.
    func listValues(_ field: HeadingBlock.Field) -> [String] {
        field.value.split(separator: ",").map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    /// Values of a closed vocabulary (age bands, readers, categories), reporting unknown ones.
    mutating func enumValues<Value: RawRepresentable & CaseIterable>(
        _ block: HeadingBlock, _ key: String, as type: Value.Type, code: Diagnostic.Code
    ) -> [Value]? where Value.RawValue == String {
        guard let field = block.field(key) else { return nil }
        var values: [Value] = []
        for raw in listValues(field) {
            if let value = Value(rawValue: raw) {
                values.append(value)
            } else {
                let valid = Value.allCases.map(\.rawValue)
                let suggestion = DidYouMean.closest(to: raw, in: valid)
                log.error(
                    code, "unknown \(key.lowercased()) value '\(raw)'",
                    hint: suggestion.map { "did you mean '\($0)'?" } ?? "use one of: \(valid.joined(separator: ", "))",
                    at: field.location)
            }
        }
        return values
    }

    /// Aliases, with a trailing bracketed note (`child pornography (legacy term)`) split off; within the
    /// alias limits (``boundedAliases(_:in:)``).
    mutating func aliases(_ block: HeadingBlock) -> [Alias] {
        guard let field = block.field("Aliases") else { return [] }
        return boundedAliases(listValues(field), in: field).map { raw in
            guard raw.hasSuffix(")"), let open = raw.lastIndex(of: "(") else { return Alias(text: raw) }
            let text = raw[..<open].trimmingSpaces
            let note = raw[raw.index(after: open)..<raw.index(before: raw.endIndex)].trimmingSpaces
            return text.isEmpty ? Alias(text: raw) : Alias(text: text, note: note.isEmpty ? nil : note)
        }
    }

    /// The `Source` and `Confidence` fields as a provenance, or `inherited` when the block has neither.
    mutating func provenance(_ block: HeadingBlock, inherited: Provenance?) -> Provenance? {
        let source = block.field("Source")
        let confidenceField = block.field("Confidence")
        var confidence = inherited?.confidence
        if let confidenceField {
            if let value = Provenance.Confidence(rawValue: confidenceField.value) {
                confidence = value
            } else {
                log.error(
                    .invalidValue, "unknown confidence '\(confidenceField.value)'",
                    hint: "use one of: \(Provenance.Confidence.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: confidenceField.location)
            }
        }
        guard let text = source?.value ?? inherited?.source, let confidence else { return nil }
        return Provenance(source: text, confidence: confidence)
    }
}
