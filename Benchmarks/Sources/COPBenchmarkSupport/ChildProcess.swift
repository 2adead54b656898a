#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program as a whole process, the way a shell would, to time its start-up: `posix_spawn`, then
/// `wait4` for the exit status and the child's own peak resident memory.
public enum ChildProcess {
    /// One finished run.
    public struct Run: Sendable {
        /// Wall-clock time from spawn to exit.
        public let nanoseconds: Double
        /// The child's peak resident set size. On Linux it is at least the parent's resident memory at the
        /// spawn (an exec keeps the high-water mark of the address space it replaces): to measure a child's
        /// own peak, spawn it from a small process.
        public let peakResidentBytes: Int
        /// The exit status (0 on success), or 128 + the signal that ended it.
        public let exitStatus: Int32
    }

    /// Runs `executable` with `arguments` and this process's environment, its output thrown away.
    /// - Throws: ``SkipReason`` when it cannot be started.
    public static func run(_ executable: String, _ arguments: [String]) throws(SkipReason) -> Run {
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t?
        #else
            var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = (argv + [nil]).withUnsafeBufferPointer { pointers in
            guard let arguments = pointers.baseAddress else { return EINVAL }
            return posix_spawn(&pid, executable, &actions, nil, arguments, environ)
        }
        guard spawned == 0 else { throw SkipReason("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = start.duration(to: clock.now)
        #if canImport(Darwin)
            let peak = Int(usage.ru_maxrss)  // bytes on macOS
        #else
            let peak = Int(usage.ru_maxrss) * 1024  // KiB on Linux
        #endif
        let signal = status & 0x7f
        return Run(
            nanoseconds: Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9,
            peakResidentBytes: peak,
            exitStatus: signal == 0 ? (status >> 8) & 0xff : 128 + signal
        )
    }
}
