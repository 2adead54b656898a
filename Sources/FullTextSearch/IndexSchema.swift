/// Describes which document fields are searched, how much each weighs, and which are exact keywords.
///
/// ```swift
/// let schema = try IndexSchema(
///     textFields: [
///         .init(name: "title", weight: 3), .init(name: "aliases", weight: 2.5), .init(name: "body", weight: 1),
///     ],
///     keywordFields: ["audience", "risk"],
///     snippetField: "body",
///     titleField: "title"
/// )
/// ```
public struct IndexSchema: Sendable, Hashable, Codable {
    /// A searched text field and its weight in BM25F scoring.
    public struct TextField: Sendable, Hashable, Codable {
        /// The field name, as used in ``SearchDocument/text``.
        public var name: String
        /// The field's weight: a term occurrence here counts `weight` times an occurrence in a field of weight 1.
        public var weight: Double

        /// Creates a text field.
        /// - Parameters:
        ///   - name: The field name.
        ///   - weight: A finite, positive weight.
        public init(name: String, weight: Double = 1) {
            self.name = name
            self.weight = weight
        }
    }

    /// The searched text fields, in a fixed order.
    public private(set) var textFields: [TextField]
    /// The exact-value fields used for filters and facets.
    public private(set) var keywordFields: [String]
    /// The text field whose original text provides hit snippets.
    public private(set) var snippetField: String
    /// The text field whose text is offered as title suggestions, if any.
    public private(set) var titleField: String?

    /// Creates a schema, checking that it is consistent.
    /// - Parameters:
    ///   - textFields: The searched fields with their weights; at least one.
    ///   - keywordFields: The exact-value fields.
    ///   - snippetField: One of the text fields; snippets are cut from its text.
    ///   - titleField: One of the text fields, used for title suggestions; optional.
    /// - Throws: ``SchemaError`` naming the offending field or weight.
    public init(
        textFields: [TextField],
        keywordFields: [String] = [],
        snippetField: String,
        titleField: String? = nil
    ) throws(SchemaError) {
        guard !textFields.isEmpty else { throw .noTextFields }
        var seen = Set<String>()
        for field in textFields {
            guard seen.insert(field.name).inserted else { throw .duplicateField(field.name) }
            guard field.weight.isFinite, field.weight > 0 else {
                throw .invalidWeight(field: field.name, weight: field.weight)
            }
        }
        for name in keywordFields {
            guard seen.insert(name).inserted else { throw .duplicateField(name) }
        }
        let textNames = textFields.map(\.name)
        guard textNames.contains(snippetField) else {
            throw .notATextField(snippetField, textFields: textNames)
        }
        if let titleField, !textNames.contains(titleField) {
            throw .notATextField(titleField, textFields: textNames)
        }
        self.textFields = textFields
        self.keywordFields = keywordFields
        self.snippetField = snippetField
        self.titleField = titleField
    }

    private enum CodingKeys: String, CodingKey {
        case textFields, keywordFields, snippetField, titleField
    }

    /// Decodes a schema and runs the same checks as ``init(textFields:keywordFields:snippetField:titleField:)``.
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``SchemaError``, when the decoded
    ///   schema is inconsistent (no text field, a duplicate name, a bad weight, an unknown snippet field).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let textFields = try container.decode([TextField].self, forKey: .textFields)
        let keywordFields = try container.decode([String].self, forKey: .keywordFields)
        let snippetField = try container.decode(String.self, forKey: .snippetField)
        let titleField = try container.decodeIfPresent(String.self, forKey: .titleField)
        do {
            try self.init(
                textFields: textFields, keywordFields: keywordFields, snippetField: snippetField, titleField: titleField
            )
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error
                )
            )
        }
    }

    /// The position of a text field in ``textFields``, if it is one.
    func textFieldIndex(_ name: String) -> Int? {
        textFields.firstIndex { $0.name == name }
    }
}

/// Why an ``IndexSchema`` could not be created.
public enum SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The schema names no text field.
    case noTextFields
    /// The same field name appears twice (among text and keyword fields together).
    case duplicateField(String)
    /// A text field's weight is zero, negative, infinite or NaN.
    case invalidWeight(field: String, weight: Double)
    /// The snippet or title field is not one of the text fields.
    case notATextField(String, textFields: [String])

    /// A sentence naming the offending value and what was expected.
    public var description: String {
        switch self {
        case .noTextFields:
            "The schema needs at least one text field."
        case .duplicateField(let name):
            "The field '\(name)' is declared twice; field names must be unique across text and keyword fields."
        case .invalidWeight(let field, let weight):
            "The weight \(weight) of text field '\(field)' must be a finite number greater than 0."
        case .notATextField(let name, let textFields):
            "'\(name)' is not a text field; expected one of: \(textFields.joined(separator: ", "))."
        }
    }
}
