public import Foundation

/// The reference implementation of the query-encoding comparison: sentence-transformers on PyTorch (CPU)
/// with all-MiniLM-L6-v2, in a child Python process (`Scripts/reference-encoder-timing.py`) that times
/// each encoding itself, so that no process start-up or pipe time is counted.
///
/// The child stays alive between rounds, so the report can interleave its rounds with the Swift encoder's.
/// Not `Sendable`: one child, driven from one thread.
public final class ReferenceEncoder {
    /// What the child reported when it was ready.
    public struct Info: Sendable, Decodable {
        public let python: String
        /// The Python's `sys.prefix`: the venv's folder when it runs in one.
        public let prefix: String
        /// Whether it runs in a venv (so that the venv's size is the reference's size).
        public let isVenv: Bool
        public let torch: String
        public let sentenceTransformers: String
        /// PyTorch's intra-op thread count when left alone.
        public let defaultThreads: Int
        /// `import torch, sentence_transformers` in a fresh process.
        public let importMilliseconds: Double
        /// `SentenceTransformer(path, device: "cpu")`.
        public let loadMilliseconds: Double

        enum CodingKeys: String, CodingKey {
            case python, prefix, torch
            case isVenv = "is_venv"
            case sentenceTransformers = "sentence_transformers"
            case defaultThreads = "default_threads"
            case importMilliseconds = "import_ms"
            case loadMilliseconds = "load_ms"
        }
    }

    public let info: Info
    private let child: JSONLineChild

    /// The reference venv's Python: `$COP_REFERENCE_PYTHON`, else the venv that
    /// `Scripts/benchmark-reference-encoder --install` makes; or why there is none.
    public static func python(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<
        String, SkipReason
    > {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let explicit = value("COP_REFERENCE_PYTHON") {
            return FileManager.default.isExecutableFile(atPath: explicit)
                ? .success(explicit) : .failure(SkipReason("COP_REFERENCE_PYTHON=\(explicit) is not an executable"))
        }
        let cache = value("XDG_CACHE_HOME") ?? "\(value("HOME") ?? "~")/.cache"
        let venv = value("COP_REFERENCE_VENV") ?? "\(cache)/cop-guidelines/reference-encoder-venv"
        let python = "\(venv)/bin/python"
        return FileManager.default.isExecutableFile(atPath: python)
            ? .success(python)
            : .failure(SkipReason("no reference venv with PyTorch: run Scripts/benchmark-reference-encoder --install"))
    }

    /// Starts the child and hands it `texts`; returns once its model is loaded.
    /// - Throws: ``SkipReason`` when Python, PyTorch, sentence-transformers or the model wheel is missing.
    public init(python: String, texts: [String]) throws(SkipReason) {
        var environment = ProcessInfo.processInfo.environment
        environment["HF_HUB_OFFLINE"] = "1"
        child = try JSONLineChild(
            executable: python, arguments: [RepositoryPaths.referenceTimingScript.path(percentEncoded: false)],
            environment: environment
        )
        let textLine = (try? JSONEncoder().encode(texts)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        try child.send(textLine)
        let ready = try child.receiveLine()
        if let failure = try? JSONDecoder().decode(Failure.self, from: Data(ready.utf8)) {
            throw SkipReason(failure.error)
        }
        info = try JSONLineChild.decode(Info.self, from: ready)
    }

    /// Encodes every text once, in order, one at a time, with `threads` PyTorch threads (0: its default).
    /// - Returns: the nanoseconds of each encoding, timed in Python, and the thread count used.
    public func time(threads: Int) throws(SkipReason) -> (nanoseconds: [Double], threads: Int) {
        try child.send("time \(threads)")
        let answer = try JSONLineChild.decode(Timing.self, from: child.receiveLine())
        return (answer.ns, answer.threads)
    }

    /// The reference vectors of the texts (unit length).
    public func vectors() throws(SkipReason) -> [[Float]] {
        try child.send("vectors")
        return try JSONLineChild.decode(Vectors.self, from: child.receiveLine()).vectors
    }

    /// The child's peak resident memory so far.
    public func peakResidentBytes() throws(SkipReason) -> Int {
        try child.send("rss")
        return try JSONLineChild.decode(Memory.self, from: child.receiveLine()).peakRSSBytes
    }

    private struct Failure: Decodable { let error: String }
    private struct Timing: Decodable { let ns: [Double]; let threads: Int }
    private struct Vectors: Decodable { let vectors: [[Float]] }
    private struct Memory: Decodable {
        let peakRSSBytes: Int
        enum CodingKeys: String, CodingKey { case peakRSSBytes = "peak_rss_bytes" }
    }
}
