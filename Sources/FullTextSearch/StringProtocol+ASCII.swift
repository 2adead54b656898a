extension StringProtocol {
    /// Whether every character is ASCII: what most queries and indexed words are, for which the engine takes byte
    /// paths (lexing, splitting, folding) that give the same result as the general, character-based ones.
    /// - Complexity: O(*n*) in the UTF-8 length.
    var isASCII: Bool {
        utf8.allSatisfy { $0 < 0x80 }
    }
}
