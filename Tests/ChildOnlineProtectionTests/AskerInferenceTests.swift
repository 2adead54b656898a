import Foundation
import Testing

import ChildOnlineProtection
@testable import GuidelineKnowledge

/// Who is asking, inferred from the query, on a labelled set of 172 queries.
@Suite struct AskerInferenceTests {
    struct Labelled {
        let query: String
        let asker: String
        let age: Int?
    }

    static func labelled(_ name: String) throws -> [Labelled] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Labelled(query: fields[0], asker: fields[1], age: fields.count > 2 ? Int(fields[2]) : nil)
        }
    }

    @Test func accuracyOnTheLabelledSet() throws {
        let set = try Self.labelled("asker-queries.tsv")
        var right = 0, wrongInferred = 0, inferred = 0, agesRight = 0, agesGiven = 0
        var mistakes: [String] = []
        for item in set {
            let inference = AskerInference(query: item.query)
            let got = inference.audience?.rawValue ?? "unknown"
            if got == item.asker { right += 1 } else { mistakes.append("\(item.query) -> \(got), want \(item.asker)") }
            if inference.audience != nil {
                inferred += 1
                if got != item.asker { wrongInferred += 1 }
            }
            if let age = item.age {
                agesGiven += 1
                if inference.age == age { agesRight += 1 }
            }
        }
        let accuracy = Double(right) / Double(set.count)
        let precision = Double(inferred - wrongInferred) / Double(max(1, inferred))
        print(
            """
            asker: accuracy \(accuracy), precision of inferred \(precision), ages \(agesRight)/\(agesGiven) over \
            \(set.count)
            """
        )
        #expect(precision >= 0.9, "\(mistakes)")
        #expect(accuracy >= 0.8, "\(mistakes)")
        #expect(Double(agesRight) / Double(max(1, agesGiven)) >= 0.9)
    }

    @Test func explicitCuesAndAges() {
        #expect(AskerInference(query: "I'm 15 and someone keeps messaging me").audience == .children)
        #expect(AskerInference(query: "I'm 15 and someone keeps messaging me").age == 15)
        #expect(AskerInference(query: "my 6 year old saw something scary").ageBand == .under9)
        #expect(AskerInference(query: "how do we stop adults messaging kids on our platform").audience == .industry)
        #expect(AskerInference(query: "what should the national regulator do about grooming").audience == .policyMakers)
        #expect(AskerInference(query: "what is grooming").audience == nil)
    }
}
