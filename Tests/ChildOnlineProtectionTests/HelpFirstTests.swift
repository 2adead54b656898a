import Foundation
import Testing

import ChildOnlineProtection
@testable import GuidelineKnowledge

/// The help-first detector on a labelled set of 203 queries (80 urgent): a child in danger now gets the
/// urgent steps first; research, law, policy, prevention and hypotheticals do not.
@Suite struct HelpFirstTests {
    struct Labelled {
        let query: String
        let urgent: Bool
    }

    static func labelled(_ name: String = "help-first-queries.tsv") throws -> [Labelled] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Labelled(query: String(fields[0]), urgent: fields.count > 1 && fields[1] == "1")
        }
    }

    /// The rules were written with this set in view (it is the library's own example set); rules only,
    /// since each example would be its own nearest neighbour.
    @Test func precisionAndRecallOnTheLabelledSet() throws {
        let set = UrgencyExamples.labelled.map { Labelled(query: $0.query, urgent: $0.urgent) }
        #expect(set.count >= 150)
        try Self.check(set, name: "development set (rules)", minimumPrecision: 0.9, minimumRecall: 0.97, vote: false)
    }

    /// A second set written afterwards by someone who had not seen the rules or the first set.
    @Test func precisionAndRecallOnTheHeldOutSet() throws {
        let set = try Self.labelled("help-first-holdout.tsv")
        #expect(set.count >= 120)
        try Self.check(set, name: "held-out set (rules)", minimumPrecision: 0.85, minimumRecall: 0.35, vote: false)
        try Self.check(
            set, name: "held-out set (rules and vote)", minimumPrecision: HeldOut.minimumPrecision,
            minimumRecall: HeldOut.minimumRecall, vote: true)
    }

    @Test(
        "a few keywords name a subject, not an emergency",
        arguments: ["nudes", "sextortion", "self harm", "grooming online", "sextortion law"])
    func keywordsAreNotUrgent(query: String) throws {
        let encoder = try SemanticEngine.encoder.get()
        #expect(
            UrgencyDetector.situation(
                in: query,
                neighbours: try KnowledgeBase.bundled().searchIndex.meaning.urgencyNeighbours(
                    of: encoder.encode(query), encoder: encoder)) == nil)
    }

    static func check(_ set: [Labelled], name: String, minimumPrecision: Double, minimumRecall: Double, vote: Bool)
        throws
    {
        let encoder = vote ? try SemanticEngine.encoder.get() : nil
        let meaning = try KnowledgeBase.bundled().searchIndex.meaning
        var truePositives = 0, falsePositives: [String] = [], missed: [String] = []
        for item in set {
            let neighbours = encoder.map { meaning.urgencyNeighbours(of: $0.encode(item.query), encoder: $0) } ?? []
            let detected = UrgencyDetector.situation(in: item.query, neighbours: neighbours) != nil
            switch (detected, item.urgent) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives.append(item.query)
            case (false, true): missed.append(item.query)
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives.count))
        let recall = Double(truePositives) / Double(max(1, truePositives + missed.count))
        print("help-first \(name): precision \(precision), recall \(recall) over \(set.count) queries")
        #expect(precision >= minimumPrecision, "false alarms: \(falsePositives)")
        #expect(recall >= minimumRecall, "missed: \(missed)")
    }
}

/// The floor the held-out set must stay above: what the rules scored on it when first measured, before any
/// change made with it in view.
enum HeldOut {
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.95
}
