internal import Foundation

/// The float32 tensors of a `.safetensors` file (an 8-byte little-endian header length, a JSON header that
/// maps names to dtype, shape and byte range, then the raw data), each range checked against the file.
struct SafeTensors {
    private struct Entry: Decodable {
        let dtype: String
        let shape: [Int]
        let data_offsets: [Int]
    }

    private let data: Data
    private let dataStart: Int
    private let entries: [String: Entry]

    /// Reads and checks the header of the file at `path`; the tensors are read when asked for.
    /// - Throws: ``EmbeddingModelError`` when the file is unreadable or its header is malformed.
    init(path: String) throws(EmbeddingModelError) {
        // Mapped, not read: the weights are copied once into arrays below, so the file's pages are touched once.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw .unreadable(path: path)
        }
        guard data.count >= 8 else { throw .invalidWeights("\(path) is shorter than a safetensors header") }
        let headerLength = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard headerLength > 0, headerLength <= data.count - 8 else {
            throw .invalidWeights("\(path): header length \(headerLength) exceeds the file")
        }
        var entries: [String: Entry] = [:]
        do {
            let header =
                try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + headerLength))) as? [String: Any]
                ?? [:]
            for (name, value) in header where name != "__metadata__" {
                let json = try JSONSerialization.data(withJSONObject: value)
                entries[name] = try JSONDecoder().decode(Entry.self, from: json)
            }
        } catch {
            throw .invalidWeights("\(path): unreadable header")
        }
        self.data = data
        self.dataStart = 8 + headerLength
        self.entries = entries
    }

    /// The named float32 tensor, flattened in row-major order, after checking its shape.
    /// - Throws: ``EmbeddingModelError/invalidWeights(_:)`` when it is missing, not float32, of another
    ///   shape, or its byte range lies outside the file.
    func floats(_ name: String, shape: [Int]) throws(EmbeddingModelError) -> [Float] {
        guard let entry = entries[name] else { throw .invalidWeights("missing tensor \(name)") }
        guard entry.dtype == "F32", entry.shape == shape else {
            throw .invalidWeights("tensor \(name) is \(entry.dtype) \(entry.shape), expected F32 \(shape)")
        }
        let count = shape.reduce(1, *)
        guard entry.data_offsets.count == 2, entry.data_offsets[0] >= 0,
            entry.data_offsets[1] - entry.data_offsets[0] == count * 4,
            dataStart + entry.data_offsets[1] <= data.count
        else { throw .invalidWeights("tensor \(name) has a byte range outside the file") }
        let start = dataStart + entry.data_offsets[0]
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { bytes in
                let source = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count * 4)])
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            }
            // The file is little-endian; on a big-endian host each value is swapped after the copy.
            if UInt32(1).littleEndian != 1 {
                for index in 0..<count { buffer[index] = Float(bitPattern: buffer[index].bitPattern.byteSwapped) }
            }
            initialized = count
        }
    }
}
