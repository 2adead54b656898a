import COPBenchmarkSupport
import Foundation

// Start-up and memory of the `cop` command as a whole process: `cop search QUERY` with semantic search on
// (the model read, the query encoded), the same with `--lexical`, and `cop --version` (the process floor).

/// The `cop` built beside this report (a release build of the Benchmarks package builds it), or `$COP_BINARY`.
func copBinary() -> Result<String, SkipReason> {
    if let explicit = ProcessInfo.processInfo.environment["COP_BINARY"], !explicit.isEmpty {
        return FileManager.default.isExecutableFile(atPath: explicit)
            ? .success(explicit) : .failure(SkipReason("COP_BINARY=\(explicit) is not an executable"))
    }
    let beside = Bundle.main.executableURL?.deletingLastPathComponent().appending(path: "cop").path(
        percentEncoded: false)
    guard let beside, FileManager.default.isExecutableFile(atPath: beside) else {
        return .failure(SkipReason("no cop binary beside the report: build the Benchmarks package, or set COP_BINARY"))
    }
    return .success(beside)
}

/// Whether `cop search --json` says semantic search is on (so that the "semantic on" rows measure that).
func copSearchesByMeaning(_ cop: String, query: String) -> Bool {
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: cop)
    process.arguments = ["search", "--json", "--limit", "1", query]
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let compact = String(decoding: data, as: UTF8.self).filter { !$0.isWhitespace }
    return compact.contains("\"semantic\":{\"status\":\"on\"")
}

/// The go-between of `--peak-memory`: runs `command` and prints "PEAK_BYTES EXIT_STATUS".
func reportPeakMemory(of command: [String]) -> Int32 {
    guard let program = command.first else { return 2 }
    do throws(SkipReason) {
        let run = try ChildProcess.run(program, Array(command.dropFirst()))
        print(run.peakResidentBytes, run.exitStatus)
        return 0
    } catch {
        FileHandle.standardError.write(Data("error: \(error.reason)\n".utf8))
        return 1
    }
}

/// The peak resident memory of `program ARGUMENTS`, measured through this report's `--peak-memory` mode.
func peakMemory(_ program: String, _ arguments: [String]) -> Int? {
    guard let report = Bundle.main.executablePath else { return nil }
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: report)
    process.arguments = ["--peak-memory", program] + arguments
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard fields.count == 2, fields[1] == "0" else { return nil }
    return Int(fields[0])
}

func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }

@MainActor func startUpRows(smoke: Bool) {
    log("start-up: cop search (semantic on) vs cop search --lexical vs cop --version, whole processes")
    let query = BenchmarkQuery.all[12].text
    let cop: String
    switch copBinary() {
    case .failure(let skip):
        addSkipped("Start-up and memory of `cop search`", skip)
        return
    case .success(let path): cop = path
    }
    let semanticSkip: SkipReason? =
        switch SemanticModel.locate() {
        case .failure(let skip): skip
        case .success:
            copSearchesByMeaning(cop, query: query)
                ? nil : SkipReason("`cop search --json` reports semantic search off")
        }
    let commands: [(name: String, arguments: [String])] = [
        ("semantic", ["search", query]), ("lexical", ["search", "--lexical", query]), ("version", ["--version"]),
    ]
    var times: [String: [Double]] = [:]
    let rounds = smoke ? 1 : 15
    do throws(SkipReason) {
        for round in 0..<(rounds + 1) {  // one warm-up round: the binary and the model in the page cache
            for step in 0..<commands.count {
                let command = commands[(step + round) % commands.count]
                let run = try ChildProcess.run(cop, command.arguments)
                guard run.exitStatus == 0 else {
                    throw SkipReason(
                        "`cop \(command.arguments.joined(separator: " "))` exited with status \(run.exitStatus)")
                }
                if round > 0 { times[command.name, default: []].append(run.nanoseconds) }
            }
        }
    } catch {
        addSkipped("Start-up and memory of `cop search`", error)
        return
    }
    var peaks: [String: Int] = [:]
    for command in commands {
        let runs = (0..<(smoke ? 1 : 3)).compactMap { _ in peakMemory(cop, command.arguments) }
        peaks[command.name] = runs.max()
    }
    // The floor of the method: the go-between's own memory when it starts a program (`true`).
    let floor = peakMemory("/usr/bin/env", ["true"])
    addStartUpRows(times: times, peaks: peaks, semanticSkip: semanticSkip)
    notes.append(
        "Start-up: \(rounds) run(s) of each command, interleaved, after one warm-up; query \"\(query)\". "
            + "Peak memory: the largest of \(smoke ? 1 : 3) run(s), measured from a small go-between process "
            + "(its floor: \(floor.map(mib) ?? "?"), the peak it reports for `true`); "
            + "`cop --version` peaks at \(peaks["version"].map(mib) ?? "?")."
    )
}

@MainActor func addStartUpRows(times: [String: [Double]], peaks: [String: Int], semanticSkip: SkipReason?) {
    func wall(_ name: String) -> Percentiles { Percentiles(times[name, default: []]) }
    func peak(_ name: String) -> String { peaks[name].map(mib) ?? "skipped (not measured)" }
    let version = wall("version")
    let lexical = wall("lexical")
    let semanticMeasure =
        """
        Start-up: `cop search QUERY` as a whole process, semantic on (model read, query encoded) vs `cop \
        --version`, p50
        """
    if let semanticSkip {
        addSkipped(semanticMeasure, semanticSkip)
    } else {
        let semantic = wall("semantic")
        add(
            semanticMeasure, ours: ms(semantic.median), baseline: ms(version.median),
            ratio: ratio(semantic.median / version.median), target: "", met: nil)
        add(
            "Start-up: `cop search QUERY` semantic on vs `cop search --lexical QUERY`, p50", ours: ms(semantic.median),
            baseline: ms(lexical.median), ratio: ratio(semantic.median / lexical.median), target: "", met: nil)
    }
    add(
        "Start-up: `cop search --lexical QUERY` vs `cop --version`, p50", ours: ms(lexical.median),
        baseline: ms(version.median),
        ratio: ratio(lexical.median / version.median), target: "", met: nil)
    guard semanticSkip == nil else { return }
    add(
        "Peak memory (max RSS): `cop search QUERY` semantic on vs `--lexical`", ours: peak("semantic"),
        baseline: peak("lexical"),
        ratio: ratio(Double(peaks["semantic"] ?? 0) / Double(max(1, peaks["lexical"] ?? 0))), target: "", met: nil)
    let measure =
        """
        Peak memory with the model loaded: `cop search` process vs the reference Python process (model loaded, queries \
        encoded)
        """
    if let reference = referencePeakResidentBytes {
        add(
            measure, ours: peak("semantic"), baseline: mib(reference),
            ratio: ratio(Double(reference) / Double(max(1, peaks["semantic"] ?? 0))), target: "", met: nil)
    } else {
        add(measure, ours: peak("semantic"), baseline: "skipped (no reference run)", ratio: "", target: "", met: nil)
    }
}
