import GuidelineKnowledge

/// The state of one compilation: files read, IDs declared, records built, diagnostics logged.
///
/// Three passes: read every file into heading blocks, declare every ID (so links may point forward and
/// across files), then build the records, resolving links and checking fields.
struct CompilationSession {
    /// A content file after parsing, with its role and the records its headings declare.
    struct ParsedFile {
        enum Role {
            case catalogue(CatalogueKind)
            case chapter(Audience)
        }

        let path: String
        /// The path relative to the content root, used to resolve links.
        let relativePath: String
        let role: Role
        /// Blocks that declare a record, with the record's kind and (once declared) its ID.
        var records: [(block: HeadingBlock, kind: DeclarationKind, id: String)] = []
    }

    let root: String
    /// The limits this compilation keeps to.
    let limits: ContentLimits
    var log = DiagnosticLog()
    var declarations: [String: Declaration] = [:]
    /// Relative path of every parsed file, to resolve links to files.
    var knownFiles: Set<String> = []
    /// Link paths already resolved, by folder and relative path (`nil` when the path leaves the content folder).
    var resolvedPaths: [String: String?] = [:]
    var parts = KnowledgeBase.Parts()
    /// The heading locations of records whose ID an earlier record already declared. They are built like
    /// any other record, so every other problem in them is reported in the same pass, then left out.
    var duplicateRecordLocations: Set<SourceLocation> = []
    /// Whether the record limit was reported (once per compilation).
    var recordLimitReported = false
    /// Every question asked so far, by its folded text, to report one asked twice.
    var askedQuestions: [String: QuestionOrigin] = [:]
    /// What the files parsed so far used of the folder-wide Markdown limits.
    var markdownBudget = MarkdownBudget()

    init(root: String, limits: ContentLimits) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.limits = limits
    }

    mutating func compile(_ files: [ContentFile]) -> Compilation {
        var usable = files.sorted { $0.path < $1.path }
        if usable.count > limits.maximumFileCount {
            log.error(
                .tooManyFiles,
                "the content folder has \(usable.count) files; at most \(limits.maximumFileCount) are read",
                hint: "split the content into several folders", at: SourceLocation(file: root, line: 1, column: 1))
            usable = Array(usable.prefix(limits.maximumFileCount))
        }
        var parsed = usable.compactMap { read($0) }
        knownFiles = Set(parsed.map(\.relativePath))
        for index in parsed.indices { declare(&parsed[index]) }
        build(parsed)
        dropDuplicateRecords()
        checkTaxonomy()
        boundLinkedVocabulary()
        let knowledgeBase = KnowledgeBase(parts: parts)
        return Compilation(knowledgeBase: knowledgeBase, diagnostics: log.diagnostics.sorted())
    }

    // MARK: Pass 1: read

    private mutating func read(_ file: ContentFile) -> ParsedFile? {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        guard file.bytes.count <= limits.maximumFileSize else {
            log.error(
                .fileTooLarge, "file is \(file.bytes.count) bytes; the limit is \(limits.maximumFileSize)",
                hint: "split it into smaller files", at: start)
            return nil
        }
        let text: String
        switch UTF8Validation.decode(file.bytes) {
        case .success(let decoded): text = decoded
        case .failure(let position):
            log.error(
                .invalidUTF8, "file is not valid UTF-8", hint: "save the file as UTF-8",
                at: SourceLocation(file: file.path, line: position.line, column: position.column))
            return nil
        }
        guard let document = parsedMarkdown(text, path: file.path) else { return nil }
        var reader = OutlineReader(path: file.path, log: log)
        let blocks = reader.blocks(of: document)
        log = reader.log
        guard let first = blocks.first else {
            log.warning(
                .emptyContent, "file has no heading, so it holds no records",
                hint: "start it with a level-1 heading and a field list, or delete it", at: start)
            return nil
        }
        guard let role = role(of: first) else { return nil }
        return ParsedFile(path: file.path, relativePath: relativePath(of: file.path), role: role, records: [])
            .with(blocks: blocks, session: &self)
    }

    private func relativePath(of path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    private mutating func role(of first: HeadingBlock) -> ParsedFile.Role? {
        guard first.level == 1 else {
            log.error(
                .unexpectedHeading, "a content file must start with a level-1 heading, found level \(first.level)",
                hint: "use '# Title' for the first heading", at: first.location)
            return nil
        }
        if let field = first.field("Catalogue") {
            guard let kind = CatalogueKind(rawValue: field.value) else {
                log.error(
                    .invalidValue, "unknown catalogue kind '\(field.value)'",
                    hint: "use one of: \(CatalogueKind.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: field.location)
                return nil
            }
            checkFields(first, allowed: ["Catalogue"], required: [])
            return .catalogue(kind)
        }
        if let field = first.field("Set") {
            guard let audience = Audience(rawValue: field.value) else {
                log.error(
                    .invalidValue, "unknown guideline set '\(field.value)'",
                    hint: "use one of: \(Audience.allCases.map(\.rawValue).joined(separator: ", "))", at: field.location
                )
                return nil
            }
            return .chapter(audience)
        }
        log.error(
            .missingField,
            "the first heading needs a 'Catalogue:' field (a catalogue file) or a 'Set:' field (a chapter file)",
            hint: "add '- Set: industry' or '- Catalogue: risks' right under the heading", at: first.location)
        return nil
    }
}

extension CompilationSession.ParsedFile {
    /// Assigns each heading block its record kind, reporting headings at places the format does not allow.
    fileprivate func with(blocks: [HeadingBlock], session: inout CompilationSession) -> Self {
        var file = self
        switch role {
        case .catalogue(let kind):
            for block in blocks.dropFirst() {
                guard block.level == 2 else {
                    session.log.error(
                        .unexpectedHeading, "a catalogue entry must be a level-2 heading, found level \(block.level)",
                        hint: "write each entry as '## Name' followed by its field list", at: block.location)
                    continue
                }
                file.records.append((block, kind.entryKind, ""))
            }
        case .chapter:
            var sawSubsection = false
            for (index, block) in blocks.enumerated() {
                switch block.level {
                case 1 where index == 0: file.records.append((block, .section, ""))
                case 2:
                    sawSubsection = true
                    file.records.append((block, .section, ""))
                case 3 where sawSubsection: file.records.append((block, .recommendation, ""))
                case 3:
                    session.log.error(
                        .unexpectedHeading, "a recommendation (level 3) must be inside a sub-section (level 2)",
                        hint: "add a '## ...' sub-section above it", at: block.location)
                default:
                    session.log.error(
                        .unexpectedHeading, "unexpected level-\(block.level) heading in a chapter file",
                        hint: "a chapter file has one '#' chapter, '##' sub-sections and '###' recommendations",
                        at: block.location)
                }
            }
        }
        return file
    }
}
