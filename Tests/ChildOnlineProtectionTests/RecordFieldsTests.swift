import ChildOnlineProtection
import Testing

/// The `Questions`, `Source`, `Confidence` and `Ages` fields of recommendations (issues 12 and 13).
@Suite struct RecordFieldsTests {
    static let path = "content/parents-educators/grooming.md"
    static let forms =
        """
        write '- Source: section' if the section's source contains this advice, or give both '- Source: <where it \
        comes from>' and '- Confidence: <high|medium|low|general-practice>'
        """

    /// A second recommendation appended to the fixture chapter: its heading is on line 21, its
    /// `Questions` value starts at line 24, column 14.
    static func secondRecord(questions: String) -> [String: String] {
        let record =
            """
            \n\n### Check the chat settings\n- ID: pe-grooming-settings\n\
            - Topics: [Gaming](../catalogues/topics.md#gaming)\n- Questions: \(questions)\n\n\
            Turn off chat with strangers.\n
            """
        return ["parents-educators/grooming.md": ContentFixtures.chapter + record]
    }

    static func questions(_ value: String) -> [String: String] {
        ContentFixtures.chapter(replacing: ContentFixtures.questionsLine, with: "- Questions: \(value)")
    }

    /// One case per new diagnostic: the content change, then the exact error expected.
    static let errorCases: [(name: String, overrides: [String: String], expected: String)] = [
        (
            "one question only",
            questions("Who is my child talking to?"),
            """
            \(path):17:14: error: 'Questions' lists 1 question; a record needs 2 to 5 (hint: write 2 to 5 questions on \
            one line, separated by ' | ')
            """
        ),
        (
            "six questions",
            questions("A? | B? | C? | D? | E? | F?"),
            """
            \(path):17:14: error: 'Questions' lists 6 questions; a record needs 2 to 5 (hint: write 2 to 5 questions \
            on one line, separated by ' | ')
            """
        ),
        (
            "an empty Questions field",
            questions(""),
            """
            \(path):17:13: error: 'Questions' lists 0 questions; a record needs 2 to 5 (hint: write 2 to 5 questions \
            on one line, separated by ' | ')
            """
        ),
        (
            "an empty question between separators",
            questions("Who is it? |  | What now?"),
            """
            \(path):17:28: error: empty question in 'Questions' (hint: separate questions with ' | ' and leave none \
            empty)
            """
        ),
        (
            "a question without a question mark",
            questions("Who is it? | Tell me what to do"),
            """
            \(path):17:27: error: question 'Tell me what to do' does not end with '?' (hint: write each question as \
            the reader would ask it, ending with '?'; separate questions with ' | ')
            """
        ),
        (
            "the same question twice in one record",
            questions("Who is it? | WHO is   it?"),
            """
            \(path):17:27: error: question 'WHO is   it?' is asked twice (hint: 'pe-grooming-ask' already asks it at \
            \(path):17; each question may appear once in the content)
            """
        ),
        (
            "a question of another record, in other case and spacing",
            secondRecord(questions: "Is chat on? | who is my child  talking to in game chat?"),
            """
            \(path):24:28: error: question 'who is my child  talking to in game chat?' is asked twice (hint: \
            'pe-grooming-ask' already asks it at \(path):17; each question may appear once in the content)
            """
        ),
        (
            "a record under a sourced section that says nothing about its provenance",
            ContentFixtures.chapter(confidence: "high", recordFields: []),
            """
            \(path):13:1: error: 'Ask who your child plays with' is under a section of confidence 'high' but does not \
            say where its own advice comes from (hint: \(forms))
            """
        ),
        (
            "Source: section with a Confidence",
            ContentFixtures.chapter(confidence: "medium", recordFields: ["- Source: section", "- Confidence: low"]),
            """
            \(path):19:15: error: 'Source: section' inherits the section's confidence, so 'Confidence' cannot be given \
            too (hint: remove '- Confidence: low', or replace 'section' with this record's own source)
            """
        ),
        (
            "an own Source without Confidence",
            ContentFixtures.chapter(confidence: "low", recordFields: ["- Source: Our advice"]),
            "\(path):18:11: error: 'Source' is given without 'Confidence' (hint: \(forms))"
        ),
        (
            "a Confidence without Source",
            ContentFixtures.chapter(confidence: "high", recordFields: ["- Confidence: general-practice"]),
            "\(path):18:15: error: 'Confidence' is given without 'Source' (hint: \(forms))"
        ),
        (
            "one without the other under a general-practice section too",
            ContentFixtures.chapter(confidence: "general-practice", recordFields: ["- Confidence: low"]),
            "\(path):18:15: error: 'Confidence' is given without 'Source' (hint: \(forms))"
        ),
        (
            "an unknown confidence on a record",
            ContentFixtures.chapter(
                confidence: "high", recordFields: ["- Source: Our advice", "- Confidence: certain"]),
            "\(path):19:15: error: unknown confidence 'certain' (hint: use one of: high, medium, low, general-practice)"
        ),
    ]

    @Test("each new problem is reported once, at its exact location, with its wording and hint", arguments: errorCases)
    func error(_ testCase: (name: String, overrides: [String: String], expected: String)) {
        let compilation = ContentFixtures.compile(testCase.overrides)
        let errors = compilation.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [testCase.expected], "\(testCase.name)")
    }

    @Test("each new problem has its own diagnostic code")
    func codes() {
        let cases: [([String: String], Diagnostic.Code)] = [
            (Self.questions("Who?"), .questionCount),
            (Self.questions("Who? |  | What?"), .emptyQuestion),
            (Self.questions("Who? | What"), .questionWithoutMark),
            (Self.questions("Who? | who?"), .duplicateQuestion),
            (ContentFixtures.chapter(confidence: "high", recordFields: []), .missingProvenance),
            (ContentFixtures.chapter(confidence: "high", recordFields: ["- Source: x"]), .incompleteProvenance),
            (
                ContentFixtures.chapter(confidence: "high", recordFields: ["- Source: section", "- Confidence: high"]),
                .conflictingProvenance
            ),
        ]
        for (overrides, code) in cases {
            #expect(
                ContentFixtures.compile(overrides).diagnostics.filter { $0.severity == .error }.map(\.code) == [code])
        }
    }

    @Test("a record without questions compiles, with a warning at its heading")
    func missingQuestionsIsAWarning() throws {
        let compilation = ContentFixtures.compile(
            ContentFixtures.chapter(replacing: ContentFixtures.questionsLine + "\n", with: ""))
        let warning = try #require(compilation.diagnostics.first { $0.code == .missingQuestions })
        #expect(
            warning.description
                == """
                \(Self.path):13:1: warning: 'Ask who your child plays with' has no questions (hint: add '- \
                Questions: A question a reader would ask? | Another one?' (2 to 5, separated by ' | '))
                """
        )
        let base = try compilation.get()
        #expect(base.recommendation(id: "pe-grooming-ask")?.questions == [])
    }

    @Test("questions are split at '|', trimmed, and carried into the flat record")
    func questionsAreKept() throws {
        let base = try ContentFixtures.compile().get()
        let expected = [
            "Who is my child talking to in game chat?", "How do I ask about online friends without a fight?",
        ]
        #expect(base.recommendation(id: "pe-grooming-ask")?.questions == expected)
        #expect(base.record(id: "pe-grooming-ask")?.questions == expected)
        #expect(base.record(id: "pe-grooming")?.questions == [])
    }

    @Test("Source: section inherits the section's source and confidence")
    func sourceSectionInherits() throws {
        let base = try ContentFixtures.compile(
            ContentFixtures.chapter(confidence: "medium", recordFields: ["- Source: section"])
        ).get()
        #expect(
            base.recommendation(id: "pe-grooming-ask")?.provenance
                == Provenance(source: "General good practice", confidence: .medium))
        let record = try #require(base.record(id: "pe-grooming-ask"))
        #expect(record.confidence == .medium)
        #expect(record.provenance?.source == "General good practice")
    }

    @Test("an own Source and Confidence override the section's, under a sourced or a general-practice section")
    func ownProvenance() throws {
        for confidence in ["high", "general-practice"] {
            let fields = ["- Source: Child-safety organisations' common advice", "- Confidence: general-practice"]
            let base = try ContentFixtures.compile(
                ContentFixtures.chapter(confidence: confidence, recordFields: fields)
            ).get()
            #expect(
                base.recommendation(id: "pe-grooming-ask")?.provenance
                    == Provenance(source: "Child-safety organisations' common advice", confidence: .generalPractice))
            #expect(base.section(id: "pe-grooming")?.provenance.confidence.rawValue == confidence)
        }
    }

    @Test("under a general-practice section a record may omit its provenance and inherits it")
    func generalPracticeInherits() throws {
        let base = try ContentFixtures.compile().get()
        #expect(
            base.recommendation(id: "pe-grooming-ask")?.provenance
                == Provenance(source: "General good practice", confidence: .generalPractice))
        #expect(base.record(id: "pe-grooming-ask")?.confidence == .generalPractice)
        #expect(base.record(id: "grooming")?.confidence == nil)
        #expect(base.record(id: "grooming")?.provenance == nil)
    }

    @Test("parents and educators records and sections may name age bands, inherited by their records")
    func agesForParents() throws {
        let overrides = ContentFixtures.chapter(
            replacing: "- Readers: parents", with: "- Readers: parents\n- Ages: 9-12, 13-18")
        let base = try ContentFixtures.compile(overrides).get()
        #expect(base.section(id: "pe-grooming-prevent")?.ageBands == [.from9To12, .from13To18])
        #expect(base.recommendation(id: "pe-grooming-ask")?.ageBands == [.from9To12, .from13To18])
        #expect(base.record(id: "pe-grooming-ask")?.ageBands == [.from9To12, .from13To18])
    }
}
