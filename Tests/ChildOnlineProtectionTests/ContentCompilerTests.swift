import ChildOnlineProtection
import GuidelineCompiler
import Testing

@Suite struct ContentCompilerTests {
    @Test("a valid folder compiles into linked records; only the incomplete taxonomy is warned about")
    func validFolder() throws {
        let compilation = ContentFixtures.compile()
        #expect(
            compilation.diagnostics.map(\.code) == [.missingTaxonomyEntry, .missingTaxonomyEntry],
            "\(compilation.diagnostics)")
        #expect(compilation.diagnostics.allSatisfy { $0.severity == .warning })
        let base = try compilation.get()
        let recommendation = try #require(base.recommendation(id: "pe-grooming-ask"))
        #expect(recommendation.riskIDs == [.grooming])
        #expect(recommendation.topicIDs == ["gaming"])
        #expect(recommendation.readers == [.parents])
        #expect(recommendation.provenance.confidence == .generalPractice)
        #expect(
            recommendation.location
                == SourceLocation(file: "content/parents-educators/grooming.md", line: 13, column: 1))
        #expect(base.section(of: recommendation)?.id == "pe-grooming-prevent")
        #expect(base.section(id: "pe-grooming")?.subsectionIDs == ["pe-grooming-prevent"])
        #expect(base.recommendations(addressing: .grooming, for: .parentsEducators).map(\.id) == ["pe-grooming-ask"])
        #expect(base.recommendations(addressing: .grooming, for: .industry).isEmpty)
        #expect(base.harms(of: .grooming).map(\.id) == ["distress"])
        #expect(base.risks(leadingTo: "distress").map(\.id) == [.grooming])
        #expect(
            base.risk(.grooming)?.aliases == [
                Alias(text: "luring"), Alias(text: "child pornography", note: "legacy term"),
            ])
    }

    /// One case per diagnostic kind: the content change, then the exact diagnostic expected.
    static let diagnosticCases: [(name: String, overrides: [String: String], expected: String)] = [
        (
            "duplicate ID",
            ContentFixtures.chapter(replacing: "- ID: pe-grooming-ask", with: "- ID: pe-grooming-prevent"),
            """
            content/parents-educators/grooming.md:14:7: error: duplicate ID 'pe-grooming-prevent' (hint: it is already \
            used by a section at content/parents-educators/grooming.md:9:1; IDs must be unique across the content \
            folder)
            """
        ),
        (
            "unknown risk in a link",
            ContentFixtures.chapter(replacing: "risks.md#grooming", with: "risks.md#groming"),
            """
            content/parents-educators/grooming.md:15:10: error: unknown risk 'groming' in link \
            '../catalogues/risks.md#groming' (hint: did you mean 'grooming'?)
            """
        ),
        (
            "unknown topic in a link",
            ContentFixtures.chapter(replacing: "topics.md#gaming", with: "topics.md#gamng"),
            """
            content/parents-educators/grooming.md:16:11: error: unknown topic 'gamng' in link \
            '../catalogues/topics.md#gamng' (hint: did you mean 'gaming'?)
            """
        ),
        (
            "unknown risk in the catalogue",
            [
                "catalogues/risks.md": ContentFixtures.risks
                    + """
                    \n\n## Luring\n- ID: luring\n- Category: contact\n- Aliases: lure\n\
                    - Harms: [Distress](harms.md#distress)\n\nText.\n
                    """
            ],
            """
            content/catalogues/risks.md:13:7: error: unknown risk 'luring' (hint: the risks are fixed: csam, csea, \
            grooming, sextortion, livestreamed-abuse, unsafe-contact, sexting, image-based-abuse, cyberbullying, \
            excessive-use, harmful-content, pornography, self-harm, hate-speech, extremism, misinformation, privacy, \
            commercial-exploitation, scams, cybersecurity)
            """
        ),
        (
            "unknown age band",
            [
                "children/small.md":
                    "# Small\n- ID: ch-small\n- Set: children\n- Source: x\n- Confidence: low\n- Ages: under-8\n"
            ],
            "content/children/small.md:6:9: error: unknown ages value 'under-8' (hint: did you mean 'under-9'?)"
        ),
        (
            "link that resolves to no file",
            ContentFixtures.chapter(replacing: "../catalogues/topics.md", with: "../catalogue/topics.md"),
            """
            content/parents-educators/grooming.md:16:11: error: link '../catalogue/topics.md#gaming' points to \
            'catalogue/topics.md', which is not a content file (hint: 'gaming' is defined in '../catalogues/topics.md')
            """
        ),
        (
            "link to the wrong file",
            ContentFixtures.chapter(replacing: "../catalogues/topics.md#gaming", with: "../catalogues/risks.md#gaming"),
            """
            content/parents-educators/grooming.md:16:11: error: 'gaming' is defined in 'catalogues/topics.md', not in \
            'catalogues/risks.md' (hint: link to '../catalogues/topics.md#gaming')
            """
        ),
        (
            "link that climbs out of the content folder",
            ContentFixtures.chapter(replacing: "../catalogues/topics.md", with: "../../../etc/topics.md"),
            """
            content/parents-educators/grooming.md:16:11: error: link '../../../etc/topics.md#gaming' leaves the \
            content folder (hint: link only to files inside content)
            """
        ),
        (
            "missing required field",
            ContentFixtures.chapter(replacing: "- Confidence: general-practice\n", with: ""),
            """
            content/parents-educators/grooming.md:1:1: error: missing required field 'Confidence' in 'Talking about \
            grooming' (hint: add '- Confidence: ...' to the field list under the heading)
            """
        ),
        (
            "unknown field",
            ContentFixtures.chapter(replacing: "- Readers: parents", with: "- Reader: parents"),
            "content/parents-educators/grooming.md:11:11: error: unknown field 'Reader' (hint: did you mean 'Readers'?)"
        ),
        (
            "unexpected heading",
            ContentFixtures.chapter(replacing: "### Ask who", with: "#### Ask who"),
            """
            content/parents-educators/grooming.md:13:1: error: unexpected level-4 heading in a chapter file (hint: a \
            chapter file has one '#' chapter, '##' sub-sections and '###' recommendations)
            """
        ),
        (
            "empty recommendation",
            ContentFixtures.chapter(replacing: "Ask about new friends in game chat, without judging.", with: ""),
            """
            content/parents-educators/grooming.md:13:1: error: recommendation 'Ask who your child plays with' has no \
            text (hint: say how to do it and why, in a paragraph under the field list)
            """
        ),
        (
            "recommendation without risks or topics",
            ContentFixtures.chapter(
                replacing:
                    """
                    - Risks: [Grooming](../catalogues/risks.md#grooming)\n- Topics: \
                    [Gaming](../catalogues/topics.md#gaming)\n
                    """,
                with: ""),
            """
            content/parents-educators/grooming.md:13:1: error: recommendation 'Ask who your child plays with' links no \
            risk or topic (hint: add '- Risks: [..](..)' or '- Topics: [..](..)')
            """
        ),
        (
            "invalid ID",
            ContentFixtures.chapter(replacing: "- ID: pe-grooming-ask", with: "- ID: PE_Ask"),
            """
            content/parents-educators/grooming.md:14:7: error: invalid ID 'PE_Ask' (hint: use lowercase letters, \
            digits and single hyphens, e.g. 'pe-grooming-talk')
            """
        ),
        (
            "text before the first heading",
            ["notes.md": "Some notes\n\n# Notes\n- Catalogue: harms\n"],
            """
            content/notes.md:1:1: error: text before the file's first heading (hint: start the file with a level-1 \
            heading such as '# Risks')
            """
        ),
        (
            "malformed field list item",
            ContentFixtures.chapter(replacing: "- Readers: parents", with: "- Readers: parents\n- just a note"),
            """
            content/parents-educators/grooming.md:12:1: error: a field list item must read 'Key: value' on one line \
            (hint: write fields as '- ID: my-id'; put other text after the field list, separated by a blank line)
            """
        ),
        (
            "Ages outside the children's and the parents and educators sets",
            [
                "industry/design.md":
                    "# Design\n- ID: in-design\n- Set: industry\n- Source: x\n- Confidence: low\n- Ages: 9-12\n"
            ],
            """
            content/industry/design.md:6:9: error: 'Ages' applies to the children's and the parents and educators \
            guidelines only, not to 'industry' (hint: remove the field)
            """
        ),
        (
            "category that contradicts the taxonomy",
            [
                "catalogues/risks.md": ContentFixtures.risks.replacingOccurrences(
                    of: "Category: contact", with: "Category: conduct")
            ],
            """
            content/catalogues/risks.md:6:13: error: risk 'grooming' has category 'conduct', but the taxonomy puts it \
            in 'contact' (hint: write 'Category: contact')
            """
        ),
        (
            "first heading without Set or Catalogue",
            ["other.md": "# Other\n- ID: other\n"],
            """
            content/other.md:1:1: error: the first heading needs a 'Catalogue:' field (a catalogue file) or a 'Set:' \
            field (a chapter file) (hint: add '- Set: industry' or '- Catalogue: risks' right under the heading)
            """
        ),
    ]

    @Test("each kind of problem is reported once, at its exact location, with its wording", arguments: diagnosticCases)
    func diagnostic(_ testCase: (name: String, overrides: [String: String], expected: String)) {
        let compilation = ContentFixtures.compile(testCase.overrides)
        let errors = compilation.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [testCase.expected], "\(testCase.name)")
        #expect(compilation.hasErrors)
    }

    @Test("invalid UTF-8 is reported at the line and byte column of the first bad byte")
    func invalidUTF8() {
        var files = ContentFixtures.files()
        files.append(
            ContentFile(
                path: "content/bad.md", bytes: Array("# Bad\n- Catalogue: harms\nok \u{e9}".utf8) + [0xFF, 0x41]))
        let compilation = ContentCompiler.compile(files, root: ContentFixtures.root)
        #expect(
            compilation.diagnostics.filter { $0.severity == .error }.map(\.description) == [
                "content/bad.md:3:6: error: file is not valid UTF-8 (hint: save the file as UTF-8)"
            ])
    }

    @Test("a byte-order mark and CRLF line ends are accepted")
    func byteOrderMarkAndCRLF() throws {
        let text = ContentFixtures.harms.replacingOccurrences(of: "\n", with: "\r\n")
        var files = ContentFixtures.files()
        files.removeAll { $0.path.hasSuffix("harms.md") }
        files.append(ContentFile(path: "content/catalogues/harms.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        let base = try ContentCompiler.compile(files, root: ContentFixtures.root).get()
        #expect(base.harm(id: "distress")?.definition == "Fear, shame or worry that lasts.")
    }

    @Test("every problem in the folder is reported in one pass")
    func allProblemsInOnePass() {
        var overrides = ContentFixtures.chapter(replacing: "risks.md#grooming", with: "risks.md#groming")
        overrides["catalogues/harms.md"] = ContentFixtures.harms.replacingOccurrences(
            of: "- ID: distress", with: "- ID: Distress!")
        let codes = Set(ContentFixtures.compile(overrides).diagnostics.map(\.code))
        #expect(codes.isSuperset(of: [.unknownRisk, .invalidID]))
    }
}
