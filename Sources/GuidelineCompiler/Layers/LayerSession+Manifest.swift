import GuidelineKnowledge

/// The manifest: `# Name` with `Layer`, `ID`, `Jurisdiction`, `Language`, `Base`, `Base version`,
/// `Maintainer` and `Sources`, and optionally `Stacks on` (the layers it must be applied after, e.g. a school
/// network's layer over its country's).
extension LayerSession {
    static let manifestFields = [
        "Layer", "ID", "Jurisdiction", "Language", "Base", "Base version", "Maintainer", "Sources",
    ]
    static let optionalManifestFields = ["Stacks on"]
    static let layerKinds = ["adaptation"]

    mutating func readManifest(_ block: HeadingBlock) {
        if let earlier = manifest {
            base.log.error(
                .duplicateField, "a layer has one manifest; another is at \(earlier.location)",
                hint: "merge the two manifests into one file", at: block.location)
            return
        }
        // A manifest missing other fields than its ID still yields the layer, so that lint checks the rest of
        // it against the baseline in the same pass (the missing fields are errors all the same).
        base.checkFields(
            block, allowed: Self.manifestFields + Self.optionalManifestFields, required: Self.manifestFields)
        guard block.field("ID") != nil, let id = declareID(block, what: "a manifest") else { return }
        let value = { (key: String) in block.field(key)?.value ?? "" }
        if let kind = block.field("Layer"), !Self.layerKinds.contains(kind.value) {
            base.log.error(
                .invalidValue, "unknown layer kind '\(kind.value)'",
                hint: "use one of: \(Self.layerKinds.joined(separator: ", "))", at: kind.location)
        }
        if let field = block.field("Base"), field.value != Baseline.id {
            base.log.error(
                .unknownBaseVersion, "unknown base '\(field.value)'",
                hint: "this library's baseline is '\(Baseline.id)'", at: field.location)
        }
        if let field = block.field("Base version"), field.value != Baseline.version {
            base.log.error(
                .unknownBaseVersion, "unknown base version '\(field.value)' of '\(Baseline.id)'",
                hint:
                    """
                    this library has version '\(Baseline.version)'; review the layer against it, then write '- Base \
                    version: \(Baseline.version)'
                    """,
                at: field.location)
        }
        checkJurisdiction(block.field("Jurisdiction"))
        let sources =
            block.field("Sources").map { field in
                field.links.isEmpty ? base.listValues(field) : field.links.map(\.destination)
            } ?? []
        for field in block.fields where field.value.isEmpty {
            base.log.error(
                .invalidValue, "'\(field.key)' is empty", hint: "give the manifest's \(field.key.lowercased())",
                at: field.location)
        }
        let stacksOn = block.field("Stacks on")
        manifest = LayerManifest(
            id: id, name: block.title, kind: value("Layer"), jurisdiction: value("Jurisdiction"),
            language: value("Language"),
            base: value("Base"), baseVersion: value("Base version"), maintainer: value("Maintainer"), sources: sources,
            stacksOn: stacksOn.map(base.listValues) ?? [], stacksOnLocation: stacksOn?.location,
            location: block.location
        )
    }

    /// Two capital letters (ISO 3166-1 alpha-2) or a name of several characters; `gb` in lowercase is a likely slip.
    private mutating func checkJurisdiction(_ field: HeadingBlock.Field?) {
        guard let field, field.value.count == 2, field.value != field.value.uppercased() else { return }
        base.log.error(
            .invalidValue, "jurisdiction '\(field.value)' is not an ISO 3166-1 alpha-2 code",
            hint:
                """
                write country codes in capitals ('\(field.value.uppercased())'), or give a region or \
                organisation name
                """,
            at: field.location)
    }
}
