/// One content file handed to the compiler: its path (as diagnostics will show it) and its bytes.
public struct ContentFile: Sendable, Hashable {
    /// The path diagnostics and source locations show, e.g. `Content/en/catalogues/risks.md`.
    public let path: String
    /// The raw bytes; the compiler checks that they are UTF-8.
    public let bytes: [UInt8]

    /// Creates a content file from its bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a content file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
