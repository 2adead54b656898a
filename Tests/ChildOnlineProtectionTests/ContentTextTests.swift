import ChildOnlineProtection
@testable import GuidelineCompiler
@testable import GuidelineKnowledge
import Testing

/// The byte-level string helpers of the compiler, which replaced Foundation and grapheme-based calls for speed,
/// must keep their meaning on non-ASCII text.
@Suite struct ContentTextTests {
    @Test(
        "trimming removes spaces, tabs and Unicode space separators at both ends only",
        arguments: [
            ("  Grooming \t", "Grooming"),
            ("\u{00A0}\u{3000}Сексторшн\u{2003}", "Сексторшн"),
            ("a  b", "a  b"),
            ("   ", ""),
            ("", ""),
            ("line\n", "line\n"),
            (" e\u{0301} ", "e\u{0301}"),
        ])
    func trimmingSpaces(input: String, expected: String) {
        #expect(input.trimmingSpaces == expected)
        #expect(input[...].trimmingSpaces == expected)
    }

    @Test("a destination splits at its first '#' only")
    func splitFragment() {
        #expect(ContentPath.splitFragment("../catalogues/risks.md#grooming") == ("../catalogues/risks.md", "grooming"))
        #expect(ContentPath.splitFragment("#local") == ("", "local"))
        #expect(ContentPath.splitFragment("file.md") == ("file.md", ""))
        #expect(ContentPath.splitFragment("é.md#a#b") == ("é.md", "a#b"))
    }

    @Test("web and mail addresses are external; content paths are not")
    func external() {
        #expect(ContentPath.isExternal("https://www.itu-cop-guidelines.com/"))
        #expect(ContentPath.isExternal("mailto:help@example.org"))
        #expect(ContentPath.isExternal("ftp://x"))
        #expect(!ContentPath.isExternal("../catalogues/risks.md#grooming"))
        #expect(!ContentPath.isExternal("notes:/x.md"))
    }

    @Test("the folder of a path is everything before its last slash")
    func directory() {
        #expect(ContentPath.directory(of: "children/under-9.md") == "children")
        #expect(ContentPath.directory(of: "a/b/ç.md") == "a/b")
        #expect(ContentPath.directory(of: "risks.md") == "")
    }

    @Test(
        "a field key is a capitalised word or two before a colon, in any script",
        arguments: [
            ("ID: grooming", "ID"),
            ("Related terms: x", "Related terms"),
            ("Âges: 9-12", "Âges"),
            ("Возраст: 9-12", "Возраст"),
            ("Note: see https://example.org", "Note"),
            ("lowercase: no", nil),
            ("Not-a-key: no", nil),
            ("A very long key that goes on and on: no", nil),
            ("No colon here", nil),
            ("Émoji 🙂: no", nil),
        ] as [(String, String?)])
    func keyPrefix(text: String, expected: String?) {
        #expect(OutlineReader.keyPrefix(of: text) == expected)
    }

    @Test(
        "an ID is lowercase ASCII letters and digits joined by single hyphens, at most 100 long",
        arguments: [
            ("pe-grooming-talk", true),
            ("a", true),
            ("ch-9-12-01", true),
            (String(repeating: "a", count: 100), true),
            (String(repeating: "a", count: 101), false),
            ("", false),
            ("-a", false),
            ("a-", false),
            ("a--b", false),
            ("Grooming", false),
            ("é", false),
            ("a_b", false),
            ("a b", false),
        ])
    func validID(id: String, valid: Bool) {
        #expect(CompilationSession.isValidID(id) == valid)
    }
}
