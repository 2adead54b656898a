/// The cap on command-line arguments, checked before argument-parser sees them.
///
/// argument-parser's time grows with the square of the argument count (100,000 query words took 8 minutes),
/// long before the query parser's own limits (1,000 characters, 32 terms) apply. No command needs more than
/// a few dozen arguments; a long query goes through `cop search --query-file FILE` (or `-`, standard input).
enum ArgumentCount {
    /// The most arguments `cop` accepts after its name. Parsing 1,024 takes about 0.3 s in a debug build.
    static let maximum = 1_024

    /// A one-line usage error when `arguments` (without the program name) are too many, else `nil`.
    static func problem(with arguments: some Collection<String>) -> String? {
        guard arguments.count > maximum else { return nil }
        return
            """
            \(arguments.count) arguments; at most \(maximum) are accepted. Pass a long query with 'cop search \
            --query-file FILE', or '--query-file -' to read it from standard input
            """
    }
}
