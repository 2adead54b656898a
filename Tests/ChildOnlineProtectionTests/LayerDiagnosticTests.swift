import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

/// Every diagnostic of the issue's "Bad input" list, as `cop lint --adaptation` prints it: exact
/// `file:line:column: error|warning: message (hint: ...)`.
@Suite struct LayerDiagnosticTests {
    typealias F = LayerFixtures

    @Test func unknownBaseIDNamesTheClosestID() throws {
        let layer = F.layer([
            "L/c.md": F.changes(
                F.change("Note", "Amends: pe-report-abuse-images-hotlin", extra: "- Base text: 00000000\n"))
        ])
        #expect(
            try F.lint([layer]) == [
                """
                L/c.md:5:11: error: no base record has ID 'pe-report-abuse-images-hotlin' (hint: did you mean \
                'pe-report-abuse-images-hotline'?)
                """
            ])
    }

    @Test func unknownBaseAndBaseVersion() throws {
        let manifest = F.manifest().replacingOccurrences(of: "- Base version: 1", with: "- Base version: 7")
            .replacingOccurrences(of: "- Base: itu-cop-2020", with: "- Base: itu-cop-2008")
        #expect(
            try F.lint([F.layer(manifest: manifest)]) == [
                """
                L/adaptation.md:6:9: error: unknown base 'itu-cop-2008' (hint: this library's baseline is \
                'itu-cop-2020')
                """,
                """
                L/adaptation.md:7:17: error: unknown base version '7' of 'itu-cop-2020' (hint: this library has \
                version '1'; review the layer against it, then write '- Base version: 1')
                """,
            ])
    }

    @Test func amendingARecordWithdrawnByAnEarlierLayer() throws {
        let withdrawing = F.layer(
            [
                "A/c.md": F.changes(
                    F.change("Gone", "Withdraws: in-ob-gdpr-age-of-consent", extra: "- Reason: not here\n", body: ""))
            ], root: "A", manifest: F.manifest(id: "national"))
        let amending = F.layer(
            [
                "B/c.md": F.changes(
                    F.change("Note", "Amends: in-ob-gdpr-age-of-consent", extra: "- Base text: 65da398b\n"))
            ], root: "B", manifest: F.manifest(id: "school"))
        #expect(
            try F.lint([withdrawing, amending]) == [
                """
                B/c.md:5:11: error: 'in-ob-gdpr-age-of-consent' was withdrawn by layer 'national' at A/c.md:4:1 (hint: \
                a withdrawn record cannot be amended; remove this change or the withdrawal)
                """
            ])
    }

    @Test func twoLayersReplacingOneRecord() throws {
        let replace = F.change(
            "New", "Replaces: pe-report-abuse-images-hotline", extra: "- Reason: ours\n- Base text: f0683c14\n",
            body: "New text.")
        let national = F.layer(["A/c.md": F.changes(replace)], root: "A", manifest: F.manifest(id: "national"))
        let school = F.layer(["B/c.md": F.changes(replace)], root: "B", manifest: F.manifest(id: "school"))
        #expect(
            try F.lint([national, school]) == [
                """
                B/c.md:5:13: error: 'pe-report-abuse-images-hotline' is already replaced by layer 'national' at \
                A/c.md:4:1 (hint: if this layer should win, add '- Overrides: national')
                """
            ])
    }

    @Test func aServiceWithoutASource() throws {
        let services =
            """
            # S\n- Catalogue: services\n\n## Line\n- ID: tl-line\n- Risks: grooming\n- Phone: 0000\n\
            - Phone confidence: high\n\nA helpline.\n
            """
        #expect(
            try F.lint([F.layer(["L/s.md": services])]) == [
                """
                L/s.md:7:10: error: phone '0000' has no source (hint: add '- Phone source: https://...' naming the \
                page where you confirmed it; leave the phone out if you cannot confirm it)
                """
            ])
        let nothing = "# S\n- Catalogue: services\n\n## Line\n- ID: tl-line\n- Risks: grooming\n\nA helpline.\n"
        #expect(
            try F.lint([F.layer(["L/s.md": nothing])]) == [
                """
                L/s.md:4:1: error: service 'Line' has no phone number or web address (hint: add '- Web: ...' with '- \
                Web source:' and '- Web confidence:' (or a phone number the same way))
                """
            ])
    }

    @Test func aLawWithoutACitation() throws {
        let laws = "# L\n- Catalogue: laws\n\n## An act\n- ID: tl-act\n- Risks: csam\n\nForbids things.\n"
        #expect(
            try F.lint([F.layer(["L/l.md": laws])]) == [
                """
                L/l.md:4:1: error: law 'An act' has no citation (hint: add '- Citation: Short title Year, s. N' with \
                '- Citation source: https://...' and '- Citation confidence: high')
                """
            ])
    }

    @Test func aManifestMissingFields() throws {
        let manifest = F.manifest().replacingOccurrences(of: "- Maintainer: tests\n", with: "").replacingOccurrences(
            of: "- Language: en\n", with: "")
        #expect(
            try F.lint([F.layer(manifest: manifest)]) == [
                """
                L/adaptation.md:1:1: error: missing required field 'Language' in 'Testland' (hint: add '- Language: \
                ...' to the field list under the heading)
                """,
                """
                L/adaptation.md:1:1: error: missing required field 'Maintainer' in 'Testland' (hint: add '- \
                Maintainer: ...' to the field list under the heading)
                """,
            ])
    }

    @Test func aCycleOfLayers() throws {
        let first = F.layer(root: "A", manifest: F.manifest(id: "alpha", extra: "- Stacks on: beta"))
        let second = F.layer(root: "B", manifest: F.manifest(id: "beta", extra: "- Stacks on: alpha"))
        #expect(
            try F.lint([first, second]) == [
                """
                A/adaptation.md:10:14: error: layers stack on each other in a cycle: alpha -> beta -> alpha (hint: a \
                layer stacks only on layers below it; remove one 'Stacks on' of the cycle)
                """
            ])
        let itself = F.layer(root: "A", manifest: F.manifest(id: "alpha", extra: "- Stacks on: alpha"))
        #expect(
            try F.lint([itself]) == [
                """
                A/adaptation.md:10:14: error: layers stack on each other in a cycle: alpha -> alpha (hint: a layer \
                stacks only on layers below it; remove one 'Stacks on' of the cycle)
                """
            ])
    }

    @Test func aLayerStackedBeforeOrWithoutItsBase() throws {
        let national = F.layer(root: "A", manifest: F.manifest(id: "national"))
        let school = F.layer(root: "B", manifest: F.manifest(id: "school", extra: "- Stacks on: national"))
        #expect(try F.lint([national, school]).isEmpty)
        #expect(
            try F.lint([school, national]) == [
                """
                B/adaptation.md:10:14: error: layer 'school' stacks on 'national', which is applied after it (hint: \
                give the adaptation 'national' before 'school')
                """
            ])
        let misspelt = F.layer(root: "B", manifest: F.manifest(id: "school", extra: "- Stacks on: nationl"))
        #expect(
            try F.lint([national, misspelt]) == [
                """
                B/adaptation.md:10:14: error: layer 'school' stacks on 'nationl', which is not applied (hint: did you \
                mean 'national'?)
                """
            ])
    }

    @Test func aDuplicateLayerByIDOrByFolder() throws {
        let first = F.layer(root: "A")
        let second = F.layer(root: "B")
        #expect(
            try F.lint([first, second]) == [
                """
                B/adaptation.md:1:1: error: layer ID 'tl' is already used by the layer at A/adaptation.md:1:1 (hint: \
                give each adaptation once; two different layers need two different IDs)
                """
            ])
        let folder = F.examples.appendingPathComponent("gb")
        let again = Adaptation.compile(contentsOf: folder.appendingPathComponent("../gb"))
        let applied = try KnowledgeBase.bundled().adapting([try F.example("gb"), try #require(again.adaptation)])
        #expect(applied.diagnostics.map(\.code) == [.duplicateLayer])
        #expect(applied.diagnostics.first?.message == "the folder of layer 'gb' is given twice")
        #expect(applied.diagnostics.first?.hint == "give each adaptation once, in the order the layers stack")
    }

    @Test func aLayerThatIsNotAFolder() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-layer-\(UUID().uuidString).md")
        try Data("# x\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let compilation = Adaptation.compile(contentsOf: file)
        #expect(compilation.adaptation == nil)
        #expect(
            compilation.diagnostics.map(\.description) == [
                """
                \(file.relativePath):1:1: error: '\(file.relativePath)' is not a folder (hint: an adaptation is a \
                folder holding a manifest ('- Layer: adaptation') and its content files)
                """
            ])
        #expect(throws: ContentError.self) { try Adaptation(contentsOf: file) }
    }

    @Test func touchingATaxonomyID() throws {
        let layer = F.layer(["L/c.md": F.changes(F.change("Risk", "Amends: grooming"))])
        #expect(
            try F.lint([layer]) == [
                """
                L/c.md:5:11: error: a layer cannot change 'grooming': risks, topics, harms, checklists and guideline \
                sets are the shared taxonomy (hint: amend the recommendations that concern it instead)
                """
            ])
    }

    @Test func staleBaseTextIsAWarning() throws {
        let base = try KnowledgeBase.bundled()
        let current = BaseTextHash.of(try #require(base.record(id: "pe-report-abuse-images-hotline")))
        let layer = F.layer([
            "L/c.md": F.changes(
                F.change("Note", "Amends: pe-report-abuse-images-hotline", extra: "- Base text: 12345678\n"))
        ])
        #expect(
            try F.lint([layer]) == [
                """
                L/c.md:4:1: warning: the base text of 'pe-report-abuse-images-hotline' changed since this amend was \
                written (written against 12345678, now \(current)) (hint: review it against the current text ('cop \
                show pe-report-abuse-images-hotline'), then write '- Base text: \(current)')
                """
            ])
        // The same note written against the current text is not stale.
        let fresh = F.layer([
            "L/c.md": F.changes(
                F.change("Note", "Amends: pe-report-abuse-images-hotline", extra: "- Base text: \(current)\n"))
        ])
        #expect(try F.lint([fresh]).isEmpty)
    }

    @Test func staleWhenTheBaseTextChangesUnderTheLayer() throws {
        // A base whose record text differs from the bundled one: the layer written against the bundled text is stale.
        let bundled = try KnowledgeBase.bundled()
        let record = try #require(bundled.recommendation(id: "pe-report-abuse-images-hotline"))
        let written = BaseTextHash.of(title: record.title, text: record.text)
        let edited = BaseTextHash.of(title: record.title, text: record.text + " Edited.")
        #expect(written != edited)
        let layer = F.layer([
            "L/c.md": F.changes(
                F.change("Note", "Amends: pe-report-abuse-images-hotline", extra: "- Base text: \(written)\n"))
        ])
        let changed = try bundled.adapted(by: [
            try #require(
                F.layer(
                    [
                        "R/c.md": F.changes(
                            F.change(
                                "Edit", "Replaces: pe-report-abuse-images-hotline",
                                extra: "- Reason: edited\n- Base text: \(written)\n", body: record.text + " Edited."))
                    ], root: "R", manifest: F.manifest(id: "editor")
                ).adaptation)
        ])
        // Amending the replaced record checks against the text as the baseline had it, so stacking is not stale...
        #expect(changed.adapting([try #require(layer.adaptation)]).diagnostics.isEmpty)
        // ...but a layer written against an older base text is.
        let older = F.layer([
            "L/c.md": F.changes(
                F.change("Note", "Amends: pe-report-abuse-images-hotline", extra: "- Base text: \(edited)\n"))
        ])
        let diagnostics = bundled.adapting([try #require(older.adaptation)]).diagnostics
        #expect(
            diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.code.rawValue)" } == [
                "L/c.md:4:1: warning: stale-layer"
            ])
    }

    @Test func everyProblemInOnePass() throws {
        let changes = F.changes(
            F.change("Unknown", "Amends: pe-report-abuse-images-hotlin")
                + F.change("Taxonomy", "Amends: csam")
                + F.change("No reason", "Withdraws: pe-when-police", body: "")
        )
        let services =
            """
            # S\n- Catalogue: services\n\n## Line\n- ID: tl-line\n- Risks: groomng\n- Web: https://example.org/\n\n\
            A helpline.\n
            """
        let laws = "# L\n- Catalogue: laws\n\n## Act\n- ID: tl-act\n\nForbids.\n"
        let manifest = F.manifest(extra: "- Stacks on: nowhere").replacingOccurrences(of: "- Language: en\n", with: "")
        let layer = F.layer(["L/c.md": changes, "L/s.md": services, "L/l.md": laws], manifest: manifest)
        let found = try F.lint([layer, F.layer(root: "M")]).map { $0.prefix { $0 != "(" } }
        // The layer's own problems (sorted by place), then the stack's against the baseline (sorted by place).
        #expect(
            found == [
                "L/adaptation.md:1:1: error: missing required field 'Language' in 'Testland' ",
                "L/c.md:18:1: error: a withdrawal needs a 'Reason:' field ",
                "L/l.md:4:1: error: law 'Act' has no citation ",
                "L/s.md:6:10: error: unknown risk 'groomng' ",
                "L/s.md:7:8: error: web 'https://example.org/' has no source ",
                "L/adaptation.md:9:14: error: layer 'tl' stacks on 'nowhere', which is not applied ",
                "L/c.md:5:11: error: no base record has ID 'pe-report-abuse-images-hotlin' ",
                "L/c.md:12:11: error: a layer cannot change 'csam': risks, topics, harms, checklists and guideline "
                    + "sets are the shared taxonomy ",
                "M/adaptation.md:1:1: error: layer ID 'tl' is already used by the layer at L/adaptation.md:1:1 ",
            ])
    }

    /// What the fuzz target does, on the hostile fixtures and a few malformed layers: each input as a layer
    /// file and as a manifest, all applied in one stack. Diagnostics with locations, never a crash.
    @Test func hostileInputAsLayersNeverCrashes() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/hostile")
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" } ?? []
        var inputs = try files.map { Array(try Data(contentsOf: $0)) }
        inputs += [
            [], [0xFF, 0xFE, 0x00, 0x41],
            Array("# x\n- Changes: base\n\n## y\n- Amends: \n- Replaces: pe-when-police\n- Overrides: x\n".utf8),
            Array(
                ("# s\n- Catalogue: services\n\n"
                    + String(
                        repeating: "## a\n- ID: a\n- Phone: 1\n- Phone source: ftp://x\n- Phone confidence: sure\n\n",
                        count: 200)).utf8),
            Array("# M\n- Layer: translation\n- ID: --\n- Stacks on: , ,\n- Base: \n".utf8),
            Array(
                """
                # a\n- Additions: industry\n\n## s\n- ID: x-s\n- Kind: section\n- Source: https://e.org/\n\
                - Confidence: low\n\n## r\n- ID: x-r\n- Kind: section\n- Kind: term\n
                """
                .utf8),
        ]
        #expect(inputs.count > 6)
        var compilations: [AdaptationCompilation] = []
        for (index, bytes) in inputs.enumerated() {
            compilations.append(
                Adaptation.compile(
                    [
                        ContentFile(path: "H\(index)/adaptation.md", text: F.manifest(id: "h\(index)")),
                        ContentFile(path: "H\(index)/input.md", bytes: bytes),
                    ], root: "H\(index)"))
            compilations.append(
                Adaptation.compile([ContentFile(path: "M\(index)/adaptation.md", bytes: bytes)], root: "M\(index)"))
        }
        let base = try KnowledgeBase.bundled()
        let applied = base.adapting(compilations.compactMap(\.adaptation))
        let diagnostics = compilations.flatMap(\.diagnostics) + applied.diagnostics
        #expect(diagnostics.contains { $0.severity == .error })
        #expect(
            diagnostics.allSatisfy { !$0.location.file.isEmpty && $0.location.line >= 1 && $0.location.column >= 1 })
        #expect(applied.knowledgeBase.sections.count >= base.sections.count - 1)
    }
}
