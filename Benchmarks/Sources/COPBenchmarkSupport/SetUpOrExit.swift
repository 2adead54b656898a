import Foundation

/// What `make` returns; if it throws, the error on standard error and the process ends with status 1.
///
/// Every suite's setup goes through this. package-benchmark hands a setup error only to its plugin's host
/// process, which prints it and carries on with exit status 0; a suite executable run on its own (what
/// `Scripts/benchmark-smoke` does, to skip the plugin's second build of every tool) drops the error and stops
/// without running its later benchmarks. Either way a broken setup would pass CI unseen.
public func setUpOrExit<State>(_ make: () throws -> State) -> State {
    do {
        return try make()
    } catch {
        FileHandle.standardError.write(Data("error: a benchmark's setup failed: \(error)\n".utf8))
        exit(1)
    }
}
