import Foundation
import Testing

@testable import ChildOnlineProtection

/// The help-first detector on a labelled set of 203 queries (80 urgent): a child in danger now gets the
/// urgent steps first; research, law, policy, prevention and hypotheticals do not.
@Suite struct HelpFirstTests {
    struct Labelled {
        let query: String
        let urgent: Bool
    }

    static func labelled() throws -> [Labelled] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/help-first-queries.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Labelled(query: String(fields[0]), urgent: fields.count > 1 && fields[1] == "1")
        }
    }

    @Test func precisionAndRecallOnTheLabelledSet() throws {
        let set = try Self.labelled()
        #expect(set.count >= 150)
        var truePositives = 0, falsePositives: [String] = [], missed: [String] = []
        for item in set {
            let detected = UrgencyDetector.situation(in: item.query) != nil
            switch (detected, item.urgent) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives.append(item.query)
            case (false, true): missed.append(item.query)
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives.count))
        let recall = Double(truePositives) / Double(max(1, truePositives + missed.count))
        print("help-first: precision \(precision), recall \(recall) over \(set.count) queries")
        #expect(precision >= 0.9, "false alarms: \(falsePositives)")
        #expect(recall >= 0.97, "missed: \(missed)")
    }
}
