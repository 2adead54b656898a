internal import Foundation

/// A value made the first time it is read and then kept, shared by every copy of the value that holds it:
/// for tables that only some queries need, so that loading an index does not build them.
// Guarded by an NSLock (a POSIX mutex), as the project's other shared state, so ThreadSanitizer sees it.
package final class MadeOnFirstUse<Value: Sendable>: @unchecked Sendable {
    private let make: @Sendable () -> Value
    private let lock = NSLock()
    private var made: Value?

    /// - Parameter make: Makes the value; called at most once.
    package init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// Whether the value has been made (for tests of what a use makes).
    package var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return made != nil
    }

    /// The value, made on the first read.
    package var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
