import Testing

@testable import FullTextSearch

@Suite struct FuzzyMatchTests {
    /// Every surface form compared with `word` one by one: what the trie walk must find, in the same order.
    private static func bruteForce(_ dictionary: TermDictionary, _ word: String, distance bound: Int, limit: Int)
        -> [(entry: TermDictionary.Entry, distance: Int)]
    {
        var calculator = BoundedEditDistance()
        let target = word.unicodeScalars.map(\.value)
        var matches = dictionary.entries.compactMap { entry -> (entry: TermDictionary.Entry, distance: Int)? in
            guard let distance = calculator.distance(target, entry.surface.unicodeScalars.map(\.value), bound: bound), distance > 0
            else { return nil }
            return (entry, distance)
        }
        matches.sort {
            ($0.distance, -$0.entry.count, $0.entry.surface) < ($1.distance, -$1.entry.count, $1.entry.surface)
        }
        var seen = Set<Int32>()
        return Array(matches.filter { seen.insert($0.entry.term).inserted }.prefix(limit))
    }

    @Test("the trie walk finds exactly the forms a comparison with every form finds")
    func sameAsBruteForce() throws {
        let index = try IndexSnapshotCorpus.index()
        let words = IndexSnapshotCorpus.vocabulary.map { index.analyzer.fold($0) }
        var probes: [String] = []
        for word in words {
            let characters = Array(word)
            probes.append(word)
            probes.append(String(characters.dropLast()))
            probes.append(String(characters.dropFirst()))
            probes.append(word + "x")
            if characters.count > 3 {
                var swapped = characters
                swapped.swapAt(1, 2)
                probes.append(String(swapped))
                var replaced = characters
                replaced[characters.count / 2] = "q"
                probes.append(String(replaced))
            }
        }
        probes += ["", "a", "zzzzzzzz", "groomng", "cyberbulying", "privcy", "strase", "cafe", "naive", "éé"]
        for probe in probes {
            for bound in 1...2 {
                let expected = Self.bruteForce(index.dictionary, probe, distance: bound, limit: 100)
                let actual = index.dictionary.fuzzyMatches(of: probe, maximumDistance: bound, limit: 100)
                #expect(actual.map(\.entry) == expected.map(\.entry), "\(probe) within \(bound)")
                #expect(actual.map(\.distance) == expected.map(\.distance), "\(probe) within \(bound)")
            }
        }
    }

    @Test("forms sharing a long prefix with the word are found at both ends of the dictionary")
    func prefixRuns() {
        let entries = ["aaaa", "aaab", "aaba", "abab", "baaa", "zzzy", "zzzz"].enumerated().map {
            TermDictionary.Entry(surface: $1, term: Int32($0), count: 1)
        }
        let dictionary = TermDictionary(entries: entries)
        #expect(dictionary.fuzzyMatches(of: "aaaa", maximumDistance: 1, limit: 10).map(\.entry.surface) == ["aaab", "aaba", "baaa"])
        #expect(dictionary.fuzzyMatches(of: "zzzz", maximumDistance: 1, limit: 10).map(\.entry.surface) == ["zzzy"])
        #expect(dictionary.fuzzyMatches(of: "aaba", maximumDistance: 1, limit: 10).map(\.entry.surface) == ["aaaa", "aaab"])
    }
}
