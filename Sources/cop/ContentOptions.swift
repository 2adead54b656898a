import ArgumentParser
import ChildOnlineProtection
import GuidelineCompiler
import Foundation

/// `--content DIR`, shared by every subcommand that reads the guidelines.
struct ContentOptions: ParsableArguments {
    @Option(
        name: .customLong("content"),
        help: ArgumentHelp("Use the content folder DIR instead of the bundled guidelines.", valueName: "DIR"),
        completion: .directory
    )
    var directory: String?

    @Option(
        name: .customLong("snapshot"),
        help: ArgumentHelp(
            "Use the knowledge-base snapshot FILE (written by 'cop compile') instead of the bundled guidelines.",
            valueName: "FILE"),
        completion: .file()
    )
    var snapshot: String?

    func validate() throws {
        // An empty path would silently read the current folder.
        if directory?.isEmpty == true { throw ValidationError("--content needs a folder; '' names none") }
        if snapshot?.isEmpty == true { throw ValidationError("--snapshot needs a file; '' names none") }
        if directory != nil && snapshot != nil {
            throw ValidationError("--content and --snapshot both name the guidelines to use; give one")
        }
    }

    @Option(
        name: .customLong("adaptation"),
        help: ArgumentHelp(
            "Apply the adaptation (layer) in folder DIR over the guidelines; repeat to stack layers in order.",
            valueName: "DIR"),
        completion: .directory
    )
    var adaptations: [String] = []

    /// The bundled knowledge base, or the one compiled from `--content`. Content with errors prints each
    /// diagnostic to stderr and exits 1; warnings are printed and the content is used.
    func knowledgeBase() throws -> KnowledgeBase {
        try knowledgeBase(applyingLayers: true)
    }

    /// The knowledge base, with the `--adaptation` layers applied unless `applyingLayers` is false.
    func knowledgeBase(applyingLayers: Bool) throws -> KnowledgeBase {
        let base = try baseKnowledgeBase()
        return applyingLayers ? try adapted(base) : base
    }

    /// `base` with the `--adaptation` layers applied (itself without any); diagnostics go to stderr, errors exit 1.
    func adapted(_ base: KnowledgeBase) throws -> KnowledgeBase {
        adaptations.isEmpty ? base : try apply(layers(), to: base)
    }

    /// Each `--adaptation` compiled; diagnostics go to stderr, errors exit 1.
    func layers() throws -> [Adaptation] {
        let compilations = adaptations.map { Adaptation.compile(contentsOf: URL(fileURLWithPath: $0)) }
        try report(compilations.flatMap(\.diagnostics))
        return compilations.compactMap(\.adaptation)
    }

    /// `layers` applied to `base`; diagnostics go to stderr, errors exit 1.
    func apply(_ layers: [Adaptation], to base: KnowledgeBase) throws -> KnowledgeBase {
        let compilation = base.adapting(layers)
        try report(compilation.diagnostics)
        return compilation.knowledgeBase
    }

    private func report(_ diagnostics: [Diagnostic]) throws {
        for diagnostic in diagnostics { Console.writeError(diagnostic.description) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// `--content`, `--snapshot` or the bundled guidelines. Other content looks up the bundled sentence vectors
    /// of the text it shares with them (the help-first examples at least) instead of encoding it.
    private func baseKnowledgeBase() throws -> KnowledgeBase {
        if directory != nil || snapshot != nil { KnowledgeBase.shareBundledVectors() }
        guard let directory else { return try loadSnapshot() }
        return try Self.compiledContent(at: directory)
    }

    /// The content folder `directory` compiled: each diagnostic goes to stderr, and errors exit 1.
    static func compiledContent(at directory: String) throws -> KnowledgeBase {
        let compilation = KnowledgeBase.compile(contentsOf: URL(fileURLWithPath: directory))
        for diagnostic in compilation.diagnostics {
            Console.writeError(diagnostic.description)
        }
        if compilation.hasErrors { throw ExitCode(1) }
        return compilation.knowledgeBase
    }

    /// The `--snapshot` file, or the bundled guidelines; a refused snapshot prints why and exits 1.
    private func loadSnapshot() throws -> KnowledgeBase {
        do {
            return try snapshot.map { try KnowledgeBase(snapshotAt: URL(fileURLWithPath: $0)) }
                ?? KnowledgeBase.bundled()
        } catch {
            Console.writeError("error: \(error)")
            throw ExitCode(1)
        }
    }
}
