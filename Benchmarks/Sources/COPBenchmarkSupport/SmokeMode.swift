import Foundation

/// `COP_BENCHMARK_SMOKE=1` (set by `Scripts/benchmark-smoke`) makes every suite run two iterations at most:
/// package-benchmark has no command-line option for that, and CI only needs to know that everything runs.
public enum SmokeMode {
    public static let isOn: Bool = ProcessInfo.processInfo.environment["COP_BENCHMARK_SMOKE"] == "1"

    /// `iterations`, or 2 in smoke mode.
    public static func maxIterations(_ iterations: Int) -> Int { isOn ? min(2, iterations) : iterations }

    /// `duration`, or 1 second in smoke mode.
    public static func maxDuration(_ duration: Duration) -> Duration { isOn ? .seconds(1) : duration }

    /// `iterations`, or 0 in smoke mode.
    public static func warmup(_ iterations: Int) -> Int { isOn ? 0 : iterations }
}
