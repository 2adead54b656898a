/// Immutable bytes that a packed table reads: a copy of its own, or bytes that last as long as the program (the
/// built-in snapshot, in its read-only data), read where they lie.
///
/// Viewing permanent bytes in place is what lets a process load the built-in index without copying its large
/// tables: a table's memory pages are read only when a query reaches them, and none is allocated for them. Either
/// way a read is a load through ``buffer``, with no copy-on-write machinery in a query's inner loops.
struct StoredBytes: @unchecked Sendable {
    // `@unchecked`: the bytes are never written after `init`, and are freed only with the last copy of this
    // value (their owner), so reading them from any thread is safe.

    /// Frees a copy when the last value holding it goes.
    private final class Owner {
        let allocation: UnsafeMutableRawBufferPointer

        init(copying bytes: some Collection<UInt8>) {
            allocation = .allocate(byteCount: bytes.count, alignment: 8)
            allocation.copyBytes(from: bytes)
        }

        deinit { allocation.deallocate() }
    }

    /// The bytes: valid while this value lives (the owner of a copy is released with it).
    private let buffer: UnsafeRawBufferPointer
    /// The copy this value reads, or `nil` for permanent bytes.
    private let owner: Owner?

    /// A copy of `bytes`.
    init(_ bytes: some Collection<UInt8>) {
        let owner = Owner(copying: bytes)
        self.owner = owner
        buffer = UnsafeRawBufferPointer(owner.allocation)
    }

    /// A view of bytes that stay valid and unchanged for the life of the process; nothing is copied.
    init(permanent bytes: UnsafeRawBufferPointer) {
        buffer = bytes
        owner = nil
    }

    /// The number of bytes.
    var count: Int { buffer.count }

    /// Calls `body` with the bytes, which stay valid until it returns.
    @inline(__always)
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(owner) { try body(buffer) }
    }

    /// The bytes, valid only while this value (or a copy of it) is alive: read them inside
    /// `withExtendedLifetime` of their holder.
    var unsafeBuffer: UnsafeRawBufferPointer { buffer }
}
