import ChildOnlineProtection
import Testing

/// The children's guidelines must read at the child's level: Flesch-Kincaid grade at most 3 for under-9s,
/// 5 for 9-12 and 8 for 13-18, measured over each band's headings and text.
@Suite struct ReadabilityTests {
    static let limits: [(AgeBand, Double)] = [(.under9, 3), (.from9To12, 5), (.from13To18, 8)]

    @Test("each children's age band reads at or below its grade level", arguments: limits)
    func gradeLevel(_ limit: (AgeBand, Double)) throws {
        let (band, maximum) = limit
        let base = try KnowledgeBase.bundled()
        let texts = base.recommendations(for: .children).filter { $0.ageBands == [band] }.flatMap {
            [$0.title + ".", $0.text]
        }
        #expect(texts.count > 20)
        let grade = FleschKincaid.grade(of: texts.joined(separator: "\n"))
        print("Flesch-Kincaid grade for \(band.rawValue): \(grade)")
        #expect(grade <= maximum, "grade \(grade) for \(band.rawValue), limit \(maximum)")
    }

    @Test("the readability formula ranks simple text below complex text")
    func formulaSanity() {
        let simple = FleschKincaid.grade(of: "The cat sat on the mat. It was fun. We ran and hid.")
        let complex = FleschKincaid.grade(
            of:
                """
                Comprehensive organisational accountability necessitates institutionalised safeguarding \
                infrastructure.
                """
        )
        #expect(simple < 2)
        #expect(complex > 12)
    }
}

/// Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, with syllables
/// counted as vowel groups (a silent final "e" dropped, at least one per word).
enum FleschKincaid {
    static func grade(of text: String) -> Double {
        let sentences = max(
            1, text.split(whereSeparator: { ".!?\n".contains($0) }).filter { $0.contains { $0.isLetter } }.count)
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map { $0.lowercased() }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return 0 }
        let syllables = words.reduce(0) { $0 + syllableCount($1) }
        return 0.39 * Double(words.count) / Double(sentences) + 11.8 * Double(syllables) / Double(words.count) - 15.59
    }

    static func syllableCount(_ word: String) -> Int {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for character in word {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if word.hasSuffix("e") && !word.hasSuffix("le") && count > 1 { count -= 1 }
        return max(1, count)
    }
}
