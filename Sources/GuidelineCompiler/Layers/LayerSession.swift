import CmarkTree
import GuidelineKnowledge

/// Compiles one layer folder, reusing the content compiler's reading, field checks and diagnostics.
///
/// A layer file's role comes from the fields under its first heading: `Layer:` (the manifest),
/// `Changes:` (amendments, replacements, withdrawals), `Catalogue: services`, `Catalogue: laws`,
/// `Catalogue: glossary`, or `Additions:` (recommendations and sections added under a section).
struct LayerSession {
    var base: CompilationSession
    var manifest: LayerManifest?
    var changes: [LayerChange] = []
    var additions: [LayerAddition] = []
    var services: [Service] = []
    var laws: [Law] = []
    var terms: [LayerTerm] = []
    /// IDs the layer declares itself (services, laws, additions), to report duplicates.
    var declared: [String: SourceLocation] = [:]

    /// A session for the layer folder `root`, within the standard ``ContentLimits`` (a layer is small).
    init(root: String) {
        base = CompilationSession(root: root, limits: .standard)
    }

    var root: String { base.root }

    /// The catalogues a layer may add to.
    static let catalogues = ["services", "laws", "glossary"]

    mutating func compile(_ files: [ContentFile]) -> AdaptationCompilation {
        let parsed = files.sorted { $0.path < $1.path }.compactMap { read($0) }
        let manifests = parsed.filter { $0.1.first?.field("Layer") != nil }
        for (_, blocks) in manifests { readManifest(blocks[0]) }
        let layerID = manifest?.id ?? ""
        for (path, blocks) in parsed {
            guard let first = blocks.first else { continue }
            if first.field("Layer") != nil { continue }
            if first.field("Changes") != nil {
                base.checkFields(first, allowed: ["Changes"], required: [])
                for block in entries(blocks, path: path) { readChange(block, layerID: layerID) }
            } else if let kind = first.field("Catalogue"), Self.catalogues.contains(kind.value) {
                base.checkFields(first, allowed: ["Catalogue"], required: [])
                for block in entries(blocks, path: path) {
                    switch kind.value {
                    case "services": readService(block, layerID: layerID)
                    case "laws": readLaw(block, layerID: layerID)
                    default: readTerm(block, layerID: layerID)
                    }
                }
            } else if let parent = first.field("Additions") {
                base.checkFields(first, allowed: ["Additions"], required: [])
                for block in entries(blocks, path: path) { readAddition(block, parentField: parent, layerID: layerID) }
            } else if let kind = first.field("Catalogue") {
                base.log.error(
                    .invalidValue, "a layer has no catalogue '\(kind.value)'",
                    hint: DidYouMean.closest(to: kind.value, in: Self.catalogues).map { "did you mean '\($0)'?" }
                        ?? "use one of: \(Self.catalogues.joined(separator: ", "))", at: kind.location)
            } else {
                base.log.error(
                    .missingField,
                    """
                    a layer file's first heading needs 'Layer:', 'Changes:', 'Catalogue: services', 'Catalogue: laws', \
                    'Catalogue: glossary' or 'Additions:'
                    """,
                    hint:
                        """
                        add '- Changes: base' to a file of amendments, or '- Catalogue: services' to a list \
                        of services
                        """,
                    at: first.location)
            }
        }
        if manifests.isEmpty {
            base.log.error(
                .notALayer, "the layer has no manifest",
                hint:
                    """
                    add a file whose first heading has '- Layer: adaptation', '- ID:', '- Jurisdiction:', '- \
                    Language:', '- Base: \(Baseline.id)', '- Base version: \(Baseline.version)', '- Maintainer:' and \
                    '- Sources:'
                    """,
                at: SourceLocation(file: root, line: 1, column: 1))
        }
        let adaptation = manifest.map {
            Adaptation(
                manifest: $0, changes: changes, additions: additions, services: services, laws: laws, terms: terms)
        }
        return AdaptationCompilation(adaptation: adaptation, diagnostics: base.log.diagnostics.sorted())
    }

    /// The file's heading blocks, or `nil` when it cannot be read (reported).
    private mutating func read(_ file: ContentFile) -> (String, [HeadingBlock])? {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        guard file.bytes.count <= base.limits.maximumFileSize else {
            base.log.error(
                .fileTooLarge, "file is \(file.bytes.count) bytes; the limit is \(base.limits.maximumFileSize)",
                hint: "split it into smaller files", at: start)
            return nil
        }
        switch UTF8Validation.decode(file.bytes) {
        case .failure(let position):
            base.log.error(
                .invalidUTF8, "file is not valid UTF-8", hint: "save the file as UTF-8",
                at: SourceLocation(file: file.path, line: position.line, column: position.column))
            return nil
        case .success(let text):
            var reader = OutlineReader(path: file.path, log: base.log)
            let blocks = reader.blocks(of: MarkdownParser.parse(text))
            base.log = reader.log
            guard let first = blocks.first else {
                base.log.warning(
                    .emptyContent, "file has no heading, so it holds no records",
                    hint: "start it with a level-1 heading and a field list, or delete it", at: start)
                return nil
            }
            guard first.level == 1 else {
                base.log.error(
                    .unexpectedHeading, "a layer file must start with a level-1 heading, found level \(first.level)",
                    hint: "use '# Title' for the first heading", at: first.location)
                return nil
            }
            return (file.path, blocks)
        }
    }

    /// The level-2 entries of a file, reporting deeper or repeated level-1 headings.
    private mutating func entries(_ blocks: [HeadingBlock], path: String) -> [HeadingBlock] {
        blocks.dropFirst().filter { block in
            guard block.level == 2 else {
                base.log.error(
                    .unexpectedHeading, "a layer entry must be a level-2 heading, found level \(block.level)",
                    hint: "write each entry as '## Title' followed by its field list", at: block.location)
                return false
            }
            return true
        }
    }

    /// Reads the block's `ID`, checks it and declares it; `nil` (reported) when missing, invalid or taken.
    mutating func declareID(_ block: HeadingBlock, what: String) -> String? {
        guard let field = block.field("ID") else {
            base.log.error(
                .missingField, "\(what) needs an 'ID:' field",
                hint: "add '- ID: some-stable-id' right under the heading", at: block.location)
            return nil
        }
        guard CompilationSession.isValidID(field.value) else {
            base.log.error(
                .invalidID, "invalid ID '\(field.value)'",
                hint: "use lowercase letters, digits and single hyphens, e.g. 'gb-childline'", at: field.location)
            return nil
        }
        if let earlier = declared[field.value] {
            base.log.error(
                .duplicateID, "duplicate ID '\(field.value)'",
                hint: "it is already used at \(earlier); IDs must be unique", at: field.location)
            return nil
        }
        declared[field.value] = field.location
        return field.value
    }

    /// The topic IDs of a `Topics` field, written as plain IDs or as links whose fragment is the ID (checked
    /// against the base's topics when the layer is applied).
    func topicIDs(_ block: HeadingBlock) -> [String] {
        guard let field = block.field("Topics") else { return [] }
        return field.links.isEmpty
            ? base.listValues(field)
            : field.links.compactMap { $0.destination.split(separator: "#").last.map(String.init) }
    }

    /// The risk IDs of a `Risks` field, written as plain IDs or as links whose fragment is the ID.
    mutating func riskIDs(_ block: HeadingBlock) -> [RiskID] {
        guard let field = block.field("Risks") else { return [] }
        let raw =
            field.links.isEmpty
            ? base.listValues(field)
            : field.links.compactMap { $0.destination.split(separator: "#").last.map(String.init) }
        return raw.compactMap { value in
            if let risk = RiskID(rawValue: value) { return risk }
            let suggestion = DidYouMean.closest(to: value, in: RiskID.allCases.map(\.rawValue))
            base.log.error(
                .unknownRisk, "unknown risk '\(value)'",
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "the risks are fixed: \(RiskID.allCases.map(\.rawValue).joined(separator: ", "))",
                at: field.location)
            return nil
        }
    }
}
