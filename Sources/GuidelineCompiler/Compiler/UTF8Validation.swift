/// Decodes UTF-8 strictly, reporting where the first invalid byte is.
enum UTF8Validation {
    /// The text without a leading byte-order mark, or the 1-based line and byte column of the first invalid byte.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidPosition> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidPosition(in: Array(body), offset: bytes.count - body.count))
    }

    struct InvalidPosition: Error {
        let line: Int
        let column: Int
    }

    private static func firstInvalidPosition(in bytes: [UInt8], offset: Int) -> InvalidPosition {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var line = 1
        var lineStart = -offset
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    lineStart = consumed
                }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return InvalidPosition(line: line, column: consumed - lineStart + 1)
    }
}
