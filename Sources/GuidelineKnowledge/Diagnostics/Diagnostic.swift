/// A problem the content compiler found, located in a content file.
///
/// Described like a compiler diagnostic: `path:line:column: error: message (hint: ...)`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// How serious a diagnostic is. Errors make content unusable; warnings do not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// Whether the content is unusable (`error`) or questionable (`warning`).
    public let severity: Severity
    /// What kind of problem it is, stable for tools and tests.
    public let code: Code
    /// What is wrong, naming the offending value and what was expected.
    public let message: String
    /// How to fix it, when there is something useful to say.
    public let hint: String?
    /// Where the problem is.
    public let location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: Code, _ message: String, hint: String? = nil, at location: SourceLocation)
    {
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
        self.location = location
    }

    /// `path:line:column: severity: message`, followed by ` (hint: ...)` when there is a hint. One line.
    public var description: String {
        let base = "\(location): \(severity.rawValue): \(message)"
        return hint.map { "\(base) (hint: \($0))" } ?? base
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.code.rawValue, lhs.message) < (rhs.location, rhs.code.rawValue, rhs.message)
    }
}

extension Diagnostic {
    /// The kinds of problem the compiler reports.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        case unreadableFile = "unreadable-file"
        case invalidUTF8 = "invalid-utf8"
        /// One content file is larger than the compiler's `ContentLimits.maximumFileSize`.
        case fileTooLarge = "file-too-large"
        /// The files of one content folder together are larger than the compiler's `ContentLimits.maximumTotalSize`;
        /// later files are not read.
        case contentTooLarge = "content-too-large"
        /// A content folder has more files, or more files and folders, than the limits allow.
        case tooManyFiles = "too-many-files"
        /// A content folder declares more records than the compiler's `ContentLimits.maximumRecordCount` (reported
        /// once).
        case tooManyRecords = "too-many-records"
        case tooDeeplyNested = "too-deeply-nested"
        case emptyContent = "empty-content"
        case textBeforeHeading = "text-before-heading"
        case unexpectedHeading = "unexpected-heading"
        case malformedField = "malformed-field"
        case unknownField = "unknown-field"
        case duplicateField = "duplicate-field"
        case missingField = "missing-field"
        case invalidValue = "invalid-value"
        case invalidID = "invalid-id"
        case duplicateID = "duplicate-id"
        case unknownRisk = "unknown-risk"
        case unknownTopic = "unknown-topic"
        case unknownAgeBand = "unknown-age-band"
        case unresolvedLink = "unresolved-link"
        case wrongLinkTarget = "wrong-link-target"
        case linkOutsideContent = "link-outside-content"
        /// A recommendation or checklist item has no text under its field list.
        case emptyRecommendation = "empty-recommendation"
        /// A catalogue entry (a risk, harm, topic, term, checklist or guideline set) has no definition.
        case emptyDefinition = "empty-definition"
        case missingTaxonomyEntry = "missing-taxonomy-entry"
        case rawHTML = "raw-html"
        case symbolicLink = "symbolic-link"
        /// A recommendation or checklist item has no `Questions` field (a warning: custom content may omit it).
        case missingQuestions = "missing-questions"
        /// A `Questions` field lists fewer than 2 or more than 5 questions.
        case questionCount = "question-count"
        /// A `Questions` field has an empty question between two separators.
        case emptyQuestion = "empty-question"
        /// A question does not end with a question mark.
        case questionWithoutMark = "question-without-mark"
        /// The same question (ignoring case and spacing) appears twice in the content.
        case duplicateQuestion = "duplicate-question"
        /// A record under a sourced section says nothing about where its advice comes from.
        case missingProvenance = "missing-provenance"
        /// A record gives its own `Source` without `Confidence`, or `Confidence` without `Source`.
        case incompleteProvenance = "incomplete-provenance"
        /// A record says `Source: section` (it inherits the section's confidence) and also gives a `Confidence`.
        case conflictingProvenance = "conflicting-provenance"
        case tooComplex = "too-complex"
        case emptyTitle = "empty-title"
        /// A layer names a base record that does not exist.
        case unknownBaseID = "unknown-base-id"
        /// A layer's manifest names a base or base version this library does not have.
        case unknownBaseVersion = "unknown-base-version"
        /// A layer amends, replaces or withdraws a record an earlier change withdrew.
        case changesWithdrawnRecord = "changes-withdrawn-record"
        /// Two layers replace the same record and the later one does not say it overrides the earlier.
        case conflictingReplacement = "conflicting-replacement"
        /// A layer changes a taxonomy record (a risk, topic, harm, guideline set or checklist).
        case taxonomyID = "taxonomy-id"
        /// A phone number, web address or citation without its source address or confidence.
        case unsourcedFact = "unsourced-fact"
        /// The base text changed since an amendment or replacement was written against it.
        case staleLayer = "stale-layer"
        /// The same layer (the same folder, or the same layer ID) is given twice.
        case duplicateLayer = "duplicate-layer"
        /// Layers stack on each other in a cycle (`Stacks on`).
        case layerCycle = "layer-cycle"
        /// A layer stacks on a layer that is not applied before it.
        case layerOrder = "layer-order"
        /// A layer path is not a folder, or a layer folder has no manifest.
        case notALayer = "not-a-layer"
    }
}
