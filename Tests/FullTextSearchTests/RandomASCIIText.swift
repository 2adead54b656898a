/// Random short texts over a given ASCII alphabet, for the tests that compare a byte path of the engine with
/// its character path.
enum RandomASCIIText {
    /// `count` texts of 0 to 24 characters drawn from `alphabet`.
    static func samples(from alphabet: String, count: Int = 5_000) -> [String] {
        var generator = SystemRandomNumberGenerator()
        let bytes = Array(alphabet.utf8)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return String(
                decoding: (0..<length).map { _ in bytes.randomElement(using: &generator) ?? 0 }, as: UTF8.self)
        }
    }
}
