/// A JSON document with object keys kept in the order they were written, so exports are stable and
/// read in the order of the CLI's JSON contract (`id`, `kind`, `audience`, ...).
///
/// Foundation's `JSONEncoder` leaves out `nil` optionals, but the contract needs `"audience": null`;
/// building the value explicitly keeps both the nulls and the key order under our control.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// The JSON text.
    /// - Parameter expandedLevels: how many levels of nesting are written one element per line (indented
    ///   by two spaces); deeper containers, and containers of plain values only, stay on one line. `0` writes
    ///   everything on one line.
    /// - Complexity: O(n) in the size of the output.
    func serialized(expandedLevels: Int = 0) -> String {
        var output = ""
        write(to: &output, level: 0, expandedLevels: expandedLevels)
        return output
    }

    private func write(to output: inout String, level: Int, expandedLevels: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value): output += value.isFinite ? Self.format(value) : "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let elements):
            writeContainer(
                elements.map { (nil, $0) }, open: "[", close: "]", to: &output, level: level,
                expandedLevels: expandedLevels)
        case .object(let members):
            writeContainer(
                members.map { ($0.key, $0.value) }, open: "{", close: "}", to: &output, level: level,
                expandedLevels: expandedLevels)
        }
    }

    private func writeContainer(
        _ members: [(String?, JSONValue)], open: String, close: String, to output: inout String, level: Int,
        expandedLevels: Int
    ) {
        output += open
        guard !members.isEmpty else { return output += close }
        let expanded = level < expandedLevels && members.contains { $0.1.isContainer }
        let indent = String(repeating: "  ", count: level + 1)
        for (position, (key, value)) in members.enumerated() {
            if position > 0 { output += expanded ? "," : ", " }
            if expanded { output += "\n" + indent }
            if let key {
                Self.writeString(key, to: &output)
                output += ": "
            }
            value.write(to: &output, level: level + 1, expandedLevels: expandedLevels)
        }
        if expanded { output += "\n" + String(repeating: "  ", count: level) }
        output += close
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }

    /// Integral values without a fraction (`3`), others in Swift's shortest round-tripping form.
    private static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    /// DEL, the C1 controls, the bidirectional controls (U+202A-U+202E, U+2066-U+2069) and the line and
    /// paragraph separators are written as `\uXXXX` too: the same string to a JSON reader, but nothing a
    /// terminal acts on or that reorders the text around it (and valid in JavaScript string literals).
    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || Self.isEscapedAsHex(scalar):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    private static func isEscapedAsHex(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
