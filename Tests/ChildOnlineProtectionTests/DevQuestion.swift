// One development question of `Fixtures/dev-questions.tsv`, for the retrieval-quality tests and, through a
// symbolic link (Benchmarks/Sources/COPBenchmarkSupport/DevQuestion.swift), the benchmark report: one parser
// for both. Public because the benchmark support module exports it.
public import ChildOnlineProtection
public import Foundation

/// A natural-language question with the risk or topic a relevant answer links: a line
/// `audience<TAB>expected<TAB>question` of `dev-questions.tsv`, where `expected` is `risk:ID` or `topic:ID`.
public struct DevQuestion: Sendable, Hashable {
    /// The guideline set the asker reads.
    public let audience: Audience
    /// `risk:ID` or `topic:ID`.
    public let expected: String
    /// The question as asked.
    public let text: String

    /// Whether `record` answers the question: it belongs to the question's audience and links the expected
    /// risk or topic.
    public func isRelevant(_ record: Record) -> Bool {
        guard record.audience == audience else { return false }
        let parts = expected.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        return parts[0] == "risk" ? record.risks.map(\.rawValue).contains(parts[1]) : record.topics.contains(parts[1])
    }

    /// The questions of a `dev-questions.tsv` text, in file order. Lines starting with `#` are comments; a
    /// line without three tab-separated fields or with an unknown audience is skipped.
    public static func parse(_ tsv: String) -> [DevQuestion] {
        tsv.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let audience = Audience(rawValue: fields[0]) else { return nil }
            return DevQuestion(audience: audience, expected: fields[1], text: fields[2])
        }
    }

    /// The questions in the UTF-8 file at `url`; see ``parse(_:)``.
    public static func load(from url: URL) throws -> [DevQuestion] {
        parse(try String(contentsOf: url, encoding: .utf8))
    }
}
