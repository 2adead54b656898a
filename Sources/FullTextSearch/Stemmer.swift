internal import CStemmer
import Foundation

/// A thread-safe Snowball stemmer with a cache of the stems it has computed.
///
/// A `libstemmer` object keeps state between calls, so every call runs under a lock. The lock is Foundation's
/// `NSLock`, a POSIX mutex, rather than `Synchronization.Mutex`: on Linux a contended `Mutex` is handed from one
/// thread to the next inside the kernel (a priority-inheritance futex), where ThreadSanitizer cannot see it, so
/// TSan reported the cache writes below as races. It sees a POSIX mutex, so the sanitizer runs keep checking this
/// code instead of suppressing it. `@unchecked Sendable` rests on that lock: `handle` and `cache` are only touched
/// while it is held.
final class Stemmer: @unchecked Sendable {
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

    private let lock = NSLock()
    private let handle: OpaquePointer
    private var cache: [String: String] = [:]

    /// Creates a stemmer for a Snowball algorithm, or returns `nil` if `libstemmer` has no such language.
    init?(language: String) {
        guard let handle = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a folded (lowercased) word.
    /// - Complexity: O(*n*) in the length of `word`; O(1) amortized for a word stemmed before.
    func stem(_ word: String) -> String {
        guard word.utf8.count <= Self.maximumWordLength else { return word }
        return lock.withLock {
            if let cached = cache[word] { return cached }
            let stem = Self.computeStem(word, handle: handle)
            if cache.count >= Self.maximumCacheCount { cache.removeAll(keepingCapacity: true) }
            cache[word] = stem
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
