import Foundation

/// The share, in (0, 1], of their repeated work that the longest tests run: 1 unless `COP_STRESS_SCALE` names a
/// smaller share. `Scripts/sanitizers` sets it: the sanitizers slow the library several times over (ThreadSanitizer
/// 5-15x), and what they check needs every kind of operation to run, not each one hundreds of times.
enum StressScale {
    static let value: Double = {
        guard let text = ProcessInfo.processInfo.environment["COP_STRESS_SCALE"], let value = Double(text),
            value > 0, value <= 1
        else { return 1 }
        return value
    }()

    /// A test at a smaller scale keeps every `step`-th item of its repeated work (1 at full scale).
    static let step = max(1, Int((1 / value).rounded()))
}
