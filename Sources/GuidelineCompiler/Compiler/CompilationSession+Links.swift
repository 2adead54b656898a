import GuidelineKnowledge

/// Resolving Markdown links to declared IDs.
extension CompilationSession {
    /// The records a link-list field (`Risks`, `Harms`, ...) points at, each of one of the `expected` kinds.
    /// Bad links are reported and left out.
    mutating func linkedDeclarations(
        _ block: HeadingBlock, _ key: String, in file: ParsedFile, expecting expected: [DeclarationKind]
    ) -> [Declaration] {
        guard let field = block.field(key) else { return [] }
        var expectedNames: String { expected.map(\.withArticle).joined(separator: " or ") }  // for messages only
        let onlySeparators = field.textOutsideLinks.unicodeScalars.allSatisfy {
            $0 == "," || $0.properties.isWhitespace
        }
        if !onlySeparators || field.links.isEmpty {
            log.error(
                .malformedField,
                """
                '\(key)' must be a comma-separated list of links to \(expectedNames), e.g. \
                [Grooming](../catalogues/risks.md#grooming)
                """,
                hint: field.links.isEmpty ? "write each entry as a Markdown link" : "remove the text between the links",
                at: field.location)
        }
        return field.links.compactMap { link in
            guard let declaration = resolve(link, in: file, expecting: expected) else { return nil }
            guard expected.contains(declaration.kind) else {
                log.error(
                    .wrongLinkTarget,
                    "'\(declaration.id)' is \(declaration.kind.withArticle), but '\(key)' expects \(expectedNames)",
                    at: link.location)
                return nil
            }
            return declaration
        }
    }

    /// The IDs of a link-list field whose links must all be of one kind.
    mutating func linkedIDs(
        _ block: HeadingBlock, _ key: String, in file: ParsedFile, expecting expected: DeclarationKind
    )
        -> [String]
    {
        linkedDeclarations(block, key, in: file, expecting: [expected]).map(\.id)
    }

    /// A field whose links may point at risks or topics (`Related` of glossary terms).
    mutating func linkedRisksAndTopics(_ block: HeadingBlock, _ key: String, in file: ParsedFile) -> (
        risks: [RiskID], topics: [String]
    ) {
        let targets = linkedDeclarations(block, key, in: file, expecting: [.risk, .topic])
        return (
            targets.compactMap { $0.kind == .risk ? RiskID(rawValue: $0.id) : nil },
            targets.filter { $0.kind == .topic }.map(\.id)
        )
    }

    /// Checks every link in a record's body; links to web pages are left alone.
    mutating func checkBodyLinks(_ block: HeadingBlock, in file: ParsedFile) {
        for node in block.body {
            for link in OutlineLinks.links(in: node, path: file.path) {
                _ = resolve(link, in: file, expecting: [])
            }
        }
    }

    /// The declaration a link points at. `nil` for links that are not to content (a web page), for a
    /// body link to a whole file (`expected` empty), and for bad links (reported). A field link
    /// (`expected` not empty) must name an entry.
    private mutating func resolve(_ link: HeadingBlock.Link, in file: ParsedFile, expecting expected: [DeclarationKind])
        -> Declaration?
    {
        let required = !expected.isEmpty
        let destination = link.destination
        if ContentPath.isExternal(destination) {
            if required {
                log.error(
                    .malformedField, "'\(destination)' is a web link; a field needs a link to a content entry",
                    at: link.location)
            }
            return nil
        }
        let (pathSlice, fragmentSlice) = ContentPath.splitFragment(destination)
        let pathPart = String(pathSlice)
        let fragment = String(fragmentSlice)
        let directory = ContentPath.directory(of: file.relativePath)
        let target: String
        if pathPart.isEmpty {
            target = file.relativePath
        } else {
            guard let resolved = resolvedPath(pathPart, from: directory) else {
                log.error(
                    .linkOutsideContent, "link '\(destination)' leaves the content folder",
                    hint: "link only to files inside \(root)", at: link.location)
                return nil
            }
            target = resolved
        }
        guard knownFiles.contains(target) else {
            // Links to non-Markdown files (images, PDFs) are outside the model; only .md links must resolve.
            guard pathPart.hasSuffix(".md") || required else { return nil }
            log.error(
                .unresolvedLink, "link '\(destination)' points to '\(target)', which is not a content file",
                hint: hintForMissing(fragment, from: directory), at: link.location)
            return nil
        }
        guard !fragment.isEmpty else {
            if required {
                log.error(
                    .unresolvedLink, "link '\(destination)' names a file but no entry",
                    hint: "add '#id' with the ID of the entry", at: link.location)
            }
            return nil
        }
        guard let declaration = declarations[fragment] else {
            reportUnknown(fragment, in: destination, expecting: expected, at: link.location)
            return nil
        }
        guard declaration.relativePath == target else {
            let correct = ContentPath.relative(from: directory, to: declaration.relativePath) + "#" + fragment
            log.error(
                .wrongLinkTarget, "'\(fragment)' is defined in '\(declaration.relativePath)', not in '\(target)'",
                hint: "link to '\(correct)'", at: link.location)
            return nil
        }
        return declaration
    }

    /// `ContentPath.resolve`, memoized: thousands of links repeat a few dozen relative paths.
    private mutating func resolvedPath(_ relative: String, from directory: String) -> String? {
        let key = directory + "\u{0}" + relative
        if let cached = resolvedPaths[key] { return cached }
        let resolved = ContentPath.resolve(relative, from: directory)
        resolvedPaths[key] = .some(resolved)
        return resolved
    }

    /// An unknown risk or topic gets its own code and the closest known ID of that kind.
    private mutating func reportUnknown(
        _ id: String, in destination: String, expecting expected: [DeclarationKind], at location: SourceLocation
    ) {
        let candidates = declarations.values.filter { expected.isEmpty || expected.contains($0.kind) }.map(\.id)
        let hint = DidYouMean.closest(to: id, in: candidates).map { "did you mean '\($0)'?" }
        switch expected {
        case [.risk]:
            log.error(
                .unknownRisk, "unknown risk '\(id)' in link '\(destination)'",
                hint: hint ?? "the risks are: \(RiskID.allCases.map(\.rawValue).joined(separator: ", "))", at: location)
        case [.topic]:
            log.error(.unknownTopic, "unknown topic '\(id)' in link '\(destination)'", hint: hint, at: location)
        default:
            log.error(
                .unresolvedLink, "link '\(destination)' points to '\(id)', which no record declares", hint: hint,
                at: location)
        }
    }

    private func hintForMissing(_ fragment: String, from directory: String) -> String? {
        guard let declaration = declarations[fragment] else { return nil }
        return "'\(fragment)' is defined in '\(ContentPath.relative(from: directory, to: declaration.relativePath))'"
    }
}
