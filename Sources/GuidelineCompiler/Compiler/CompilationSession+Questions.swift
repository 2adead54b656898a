import GuidelineKnowledge

/// The `Questions` field of recommendations and checklist items: 2 to 5 questions a reader would ask,
/// separated by `|`, each ending with a question mark, none asked twice anywhere in the content.
extension CompilationSession {
    /// The fewest and most questions one record may list.
    static let questionCountRange = 2...5

    /// Where a question was first asked, to report a second occurrence.
    struct QuestionOrigin {
        let recordID: String
        let location: SourceLocation
    }

    /// The record's questions, each problem reported at the question's own column. A record without the
    /// field gets a warning and no questions.
    mutating func questions(_ block: HeadingBlock, id: String) -> [String] {
        guard let field = block.field("Questions") else {
            log.warning(
                .missingQuestions, "'\(block.title)' has no questions",
                hint: "add '- Questions: A question a reader would ask? | Another one?' (2 to 5, separated by ' | ')",
                at: block.location)
            return []
        }
        let parts = field.value.isEmpty ? [] : Self.questionParts(of: field.value)
        var questions: [String] = []
        for part in parts {
            var location = field.location
            location.column += part.offset
            if part.text.isEmpty {
                log.error(
                    .emptyQuestion, "empty question in 'Questions'",
                    hint: "separate questions with ' | ' and leave none empty", at: location)
                continue
            }
            if !part.text.hasSuffix("?") {
                log.error(
                    .questionWithoutMark, "question '\(part.text)' does not end with '?'",
                    hint:
                        """
                        write each question as the reader would ask it, ending with '?'; separate questions \
                        with ' | '
                        """,
                    at: location)
            }
            checkUnique(part.text, recordID: id, at: location)
            questions.append(part.text)
        }
        if !Self.questionCountRange.contains(questions.count) {
            log.error(
                .questionCount,
                """
                'Questions' lists \(questions.count) question\(questions.count == 1 ? "" : "s"); a record \
                needs 2 to 5
                """,
                hint: "write 2 to 5 questions on one line, separated by ' | '", at: field.location)
        }
        return questions
    }

    /// Reports `question` when it was asked before (ignoring case and spacing), else remembers it.
    private mutating func checkUnique(_ question: String, recordID: String, at location: SourceLocation) {
        let key = Self.questionKey(question)
        if let first = askedQuestions[key] {
            log.error(
                .duplicateQuestion, "question '\(question)' is asked twice",
                hint:
                    """
                    '\(first.recordID)' already asks it at \(first.location.file):\(first.location.line); each \
                    question may appear once in the content
                    """,
                at: location)
        } else {
            askedQuestions[key] = QuestionOrigin(recordID: recordID, location: location)
        }
    }

    /// The question folded for comparison: lowercased, runs of white space as one space.
    static func questionKey(_ question: String) -> String {
        question.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The value split at `|`, each part trimmed, with the UTF-8 offset of the part's first character in
    /// the value (of where it would be, for an empty part).
    static func questionParts(of value: String) -> [(text: String, offset: Int)] {
        var parts: [(text: String, offset: Int)] = []
        var start = 0
        for piece in value.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let leading = piece.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            let text = String(decoding: piece, as: UTF8.self).trimmingSpaces
            parts.append((text, start + leading))
            start += piece.count + 1
        }
        return parts
    }
}
