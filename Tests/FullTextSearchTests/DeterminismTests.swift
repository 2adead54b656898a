import FullTextSearch
import Testing

@Suite struct DeterminismTests {
    @Test("equal scores are ordered by identifier, whatever the input order")
    func tiesByIdentifier() throws {
        let index = try TestCorpus.index()
        let results = index.search("twin")
        #expect(results.ids == ["m-twin", "n-twin"])
        #expect(results.hits[0].score == results.hits[1].score)
        let reversed = try TestCorpus.index(documents: TestCorpus.documents.reversed())
        #expect(reversed.search("twin") == results)
    }

    @Test("the same query gives the same results twice")
    func repeatable() throws {
        let index = try TestCorpus.index()
        for query in ["bullying games", "csam", "cyber*", "groomimg", "audience:parents"] {
            #expect(index.search(query, explain: true) == index.search(query, explain: true))
        }
    }

    @Test("duplicate identifiers keep the first document and are reported")
    func duplicates() throws {
        let documents = [
            SearchDocument(id: "x", text: ["title": "first", "body": "alpha"]),
            SearchDocument(id: "x", text: ["title": "second", "body": "beta"]),
        ]
        let index = try TestCorpus.index(documents: documents)
        #expect(index.duplicateDocumentIDs == ["x"])
        #expect(index.search("alpha").ids == ["x"])
        #expect(index.search("beta").ids.isEmpty)
    }
}

@Suite struct ConcurrencyTests {
    @Test("many tasks querying one index get the serial results")
    func concurrentQueries() async throws {
        let index = try TestCorpus.index()
        let queries = [
            "bullying games", "csam", "cyber*", "groomimg chat", "audience:industry", "\"online games\"",
            "nudes OR sextortion",
        ]
        let serial = queries.map { index.search($0, explain: true) }
        let concurrent = await withTaskGroup(of: (Int, SearchResults).self) { group in
            for round in 0..<200 {
                let query = round % queries.count
                group.addTask { (query, index.search(queries[query], explain: true)) }
            }
            var collected: [(Int, SearchResults)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(concurrent.count == 200)
        for (query, results) in concurrent {
            #expect(results == serial[query])
        }
    }

    @Test("many tasks analyzing at once share the stemmer safely")
    func concurrentAnalysis() async throws {
        let analyzer = try Analyzer()
        // Every task stems words no other task has seen, so the stemmer's cache is written under contention
        // (ThreadSanitizer checks this test in CI), then words every task shares.
        let shared = ["bullying", "grooming", "sexting", "children", "protection", "reported"]
        let serial = try Analyzer()
        let tasks = 16
        let ownWords = (0..<tasks).map { task in (0..<200).map { "reporting\(task)x\($0)ing" } }
        let expected = ownWords.map { $0.map(serial.stem) }
        let results = await withTaskGroup(of: (Int, [String], [String]).self) { group in
            for task in 0..<tasks {
                group.addTask { (task, ownWords[task].map(analyzer.stem), shared.map(analyzer.stem)) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == tasks)
        for (task, own, common) in results {
            #expect(own == expected[task])
            #expect(common == shared.map(serial.stem))
        }
    }
}
