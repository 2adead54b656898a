import ArgumentParser

/// `--limit` of the side-by-side views (`cop risk`, `cop topic`): how many recommendations per audience.
struct PerAudienceLimit: ParsableArguments {
    @Option(name: .customLong("limit"), help: "The most recommendations per audience (1-100).")
    var value = 5

    func validate() throws {
        guard (1...100).contains(value) else {
            throw ValidationError("--limit must be between 1 and 100, not \(value)")
        }
    }
}
