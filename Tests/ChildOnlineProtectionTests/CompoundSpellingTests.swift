import ChildOnlineProtection
import Testing

/// A compound and its spellings match each other by words alone: one word, hyphenated, two words.
@Suite struct CompoundSpellingTests {
    @Test("livestreaming, live-streaming and live streaming find the same industry checklist items")
    func spellingsMatch() throws {
        let base = try KnowledgeBase.bundled()
        let answers = ["livestreaming", "live-streaming", "live streaming"].map { spelling in
            Set(
                base.search(
                    GuidelineQuery(
                        spelling, audiences: [.industry], kinds: [.checklistItem], limit: 50, semantic: false)
                ).hits.map(\.record.id))
        }
        #expect(!answers[0].isEmpty)
        #expect(answers[0] == answers[1])
        #expect(answers[1] == answers[2])
    }

    @Test(
        "question and filler words are not scored: the hotline record leads for a question about reporting abuse images"
    )
    func fillerWordsDoNotDominate() throws {
        let hits = try KnowledgeBase.bundled().search(
            GuidelineQuery(
                "How do I report possible child sexual abuse material?", audiences: [.parentsEducators], limit: 3,
                semantic: false)
        ).hits
        #expect(hits.first?.record.id == "pe-report-abuse-images-hotline")
    }
}
