internal import CStemmer
import Synchronization

/// A thread-safe Snowball stemmer with a cache of the stems it has computed.
///
/// A `libstemmer` object keeps state between calls, so every call runs under a lock.
final class Stemmer: Sendable {
    /// The Snowball algorithm names `libstemmer` offers, sorted.
    static let availableLanguages: [String] = {
        var names: [String] = []
        var cursor = sb_stemmer_list()
        while let cursorValue = cursor, let name = cursorValue.pointee {
            names.append(String(cString: name))
            cursor = cursorValue + 1
        }
        return Array(Set(names)).sorted()
    }()

    /// Words longer than this many UTF-8 bytes are not stemmed (they are not words anyone types).
    static let maximumWordLength = 64
    private static let maximumCacheCount = 200_000

    private struct State {
        var handle: OpaquePointer
        var cache: [String: String] = [:]
    }

    private let state: Mutex<State>

    /// Creates a stemmer for a Snowball algorithm, or returns `nil` if `libstemmer` has no such language.
    init?(language: String) {
        guard let handle = sb_stemmer_new(language, "UTF_8") else { return nil }
        state = Mutex(State(handle: handle))
    }

    deinit {
        state.withLock { sb_stemmer_delete($0.handle) }
    }

    /// The stem of a folded (lowercased) word.
    /// - Complexity: O(*n*) in the length of `word`; O(1) amortized for a word stemmed before.
    func stem(_ word: String) -> String {
        guard word.utf8.count <= Self.maximumWordLength else { return word }
        return state.withLock { state in
            if let cached = state.cache[word] { return cached }
            let stem = Self.computeStem(word, handle: state.handle)
            if state.cache.count >= Self.maximumCacheCount { state.cache.removeAll(keepingCapacity: true) }
            state.cache[word] = stem
            return stem
        }
    }

    private static func computeStem(_ word: String, handle: OpaquePointer) -> String {
        let bytes = Array(word.utf8)
        let result: String? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let output = sb_stemmer_stem(handle, base, Int32(buffer.count))
            else { return nil }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: output, count: length), as: UTF8.self)
        }
        guard let result, !result.isEmpty else { return word }
        return result
    }
}
