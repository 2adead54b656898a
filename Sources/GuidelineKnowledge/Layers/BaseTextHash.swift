/// A short content hash of a base record's text: what an amendment or replacement records as
/// `Base text: 1a2b3c4d` so that lint can warn when the base text changes under it.
public enum BaseTextHash {
    /// The first 8 hex digits of the 64-bit FNV-1a hash of `title`, a newline and `text`.
    /// - Complexity: O(n) in the UTF-8 length.
    public static func of(title: String, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (title + "\n" + text).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The hash of a record's current title and text.
    public static func of(_ record: Record) -> String { of(title: record.title, text: record.text) }
}
