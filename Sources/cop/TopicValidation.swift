import ArgumentParser
import ChildOnlineProtection

/// Topics are an open vocabulary (content may add some), so they are checked against the loaded content.
enum TopicValidation {
    /// Throws a usage error naming the valid topics when one of `topics` is not in `base`.
    static func check(_ topics: [String], in base: KnowledgeBase) throws {
        let valid = base.topics.map(\.id)
        for topic in topics where !valid.contains(topic) {
            let close = base.closeIDs(to: topic, among: valid, limit: 1)
            let hint = close.first.map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError(
                "unknown topic '\(topic.prefix(80))'.\(hint) Valid topics: \(valid.joined(separator: ", ")).")
        }
    }
}
