// Answers a parent's question with the three best pieces of advice for parents and educators, then shows
// what the children's guidelines tell 9-12 year olds about the same risk.
import ChildOnlineProtection
import Foundation

let question = CommandLine.arguments.dropFirst().joined(separator: " ")
guard !question.isEmpty else {
    print("usage: ParentQuestion \"your question\"")
    exit(64)
}

let guidelines: KnowledgeBase
do {
    guidelines = try KnowledgeBase.bundled()
} catch {
    print("the bundled guidelines have errors:\n\(error)")
    exit(1)
}

// 1. Ranked search, filtered to the parents-and-educators guidelines.
let answers = guidelines.search(question, audiences: [.parentsEducators], limit: 3)
print("For parents and educators (\(answers.total) matching records):")
for hit in answers.hits {
    print("  - \(hit.record.title) [\(hit.record.id)] \(hit.record.location.file):\(hit.record.location.line)")
}

// 2. The risk the best answer deals with, and the children's advice on it for ages 9-12.
guard let risk = answers.hits.lazy.flatMap(\.record.risks).first else {
    print("No risk found for this question.")
    exit(0)
}
let forChildren = guidelines.search(GuidelineQuery(guidelines.risk(risk)?.title ?? risk.rawValue, audiences: [.children], risks: [risk], ageBands: [.from9To12], limit: 3))
print("\nWhat the children's guidelines tell 9-12 year olds about \(risk.rawValue):")
for hit in forChildren.hits {
    print("  - \(hit.record.title) [\(hit.record.id)] \(hit.record.location.file):\(hit.record.location.line)")
}
if forChildren.hits.isEmpty { print("  (nothing for this age band)") }
