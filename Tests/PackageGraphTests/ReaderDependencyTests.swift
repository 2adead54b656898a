import Foundation
import Testing

/// An app that only reads and searches the bundled guidelines must not link the Markdown parser (cmark-gfm):
/// `ChildOnlineProtection` decodes a snapshot, and only `GuidelineCompiler` parses Markdown.
///
/// The test reads this package's manifest as SwiftPM parses it, with `swift package dump-package` (about 0.3 s:
/// it resolves no dependencies, builds nothing and, given its own scratch path, waits for no lock held by the
/// running `swift test`), and walks the target dependencies of each reading product. Any target reached whose
/// name, system library (`pkgConfig`) or settings (linked libraries, flags) mention cmark fails it, and so does a
/// dependency on another package's product that names cmark. Build plugins are followed too: building a
/// reading product must not need the Markdown parser either (the checked-in snapshot is embedded by a C target,
/// `CBundledContent`, not compiled at build time).
@Suite struct ReaderDependencyTests {
    /// The products an app links to read the guidelines.
    static let readingProducts = ["ChildOnlineProtection", "GuidelineKnowledge"]

    /// The manifest, read once for all tests.
    static let manifest = Result { try PackageManifest.load() }

    @Test("reading products do not reach cmark-gfm", arguments: readingProducts)
    func readingLinksNoMarkdownParser(_ product: String) throws {
        let manifest = try Self.manifest.get()
        let reached = try manifest.dependencies(ofProduct: product)
        #expect(reached.targets.contains("GuidelineKnowledge"), "the walk found the knowledge base")
        if product == "ChildOnlineProtection" {
            #expect(reached.targets.contains("CBundledContent"), "the walk found the embedded snapshot")
        }
        let markdown =
            reached.targets.filter { manifest.mentionsCmark(target: $0) }
            + reached.foreignProducts.filter { $0.lowercased().contains("cmark") }
        #expect(markdown.isEmpty, "\(product) reaches \(markdown.sorted()), which link cmark-gfm")
    }

    /// The walk is not vacuous: it does find cmark-gfm behind the compiler.
    @Test func compilerReachesMarkdownParser() throws {
        let manifest = try Self.manifest.get()
        let reached = try manifest.dependencies(ofProduct: "GuidelineCompiler")
        #expect(reached.targets.contains("CmarkTree"))
        #expect(reached.targets.contains { manifest.mentionsCmark(target: $0) && $0 != "CmarkTree" })
    }
}

/// The root package's manifest, as `swift package dump-package` prints it.
struct PackageManifest: @unchecked Sendable {
    /// The package root of this checkout.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PackageGraphTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// What a product's targets depend on, transitively.
    struct Reached {
        /// This package's targets, the product's own included.
        var targets: Set<String> = []
        /// Products of other packages, as `package/product`.
        var foreignProducts: Set<String> = []
    }

    /// Each target's JSON object, by name (never mutated: the value is shared between tests).
    let targets: [String: [String: Any]]
    /// Each product's targets, by name.
    let products: [String: [String]]

    /// Runs `swift package dump-package` on this checkout (`swift` from `PATH`).
    static func load() throws -> PackageManifest {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "cop-package-graph-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift", "package", "--package-path", packageRoot.path, "--scratch-path", scratch.path, "dump-package",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot stall the child.
        let json = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "swift package dump-package failed (\(process.terminationStatus)): \(message)")
        }
        guard let root = try JSONSerialization.jsonObject(with: json) as? [String: Any],
            let targetList = root["targets"] as? [[String: Any]],
            let productList = root["products"] as? [[String: Any]]
        else { throw Failure(description: "unexpected dump-package output") }
        var targets: [String: [String: Any]] = [:]
        for target in targetList {
            if let name = target["name"] as? String { targets[name] = target }
        }
        var products: [String: [String]] = [:]
        for product in productList {
            if let name = product["name"] as? String { products[name] = product["targets"] as? [String] ?? [] }
        }
        return PackageManifest(targets: targets, products: products)
    }

    /// The targets and foreign products `product` reaches through target dependencies and build plugins.
    func dependencies(ofProduct product: String) throws -> Reached {
        guard let roots = products[product] else { throw Failure(description: "no product \(product)") }
        var reached = Reached()
        var pending = roots
        while let name = pending.popLast() {
            guard reached.targets.insert(name).inserted else { continue }
            guard let target = targets[name] else { throw Failure(description: "no target \(name)") }
            // A build plugin of this package, and so its tool and what the tool depends on, must build too.
            for usage in target["pluginUsages"] as? [[String: Any]] ?? [] {
                guard let fields = usage["plugin"] as? [Any], let plugin = fields.first as? String else { continue }
                if targets[plugin] != nil { pending.append(plugin) }
            }
            for dependency in target["dependencies"] as? [[String: Any]] ?? [] {
                // `byName` and `target` name a target of this package (`byName` may also name a product);
                // `product` names another package's product: [name, package, ...].
                if let fields = (dependency["byName"] ?? dependency["target"]) as? [Any],
                    let dependencyName = fields.first as? String
                {
                    if targets[dependencyName] != nil {
                        pending.append(dependencyName)
                    } else {
                        reached.foreignProducts.insert(dependencyName)
                    }
                } else if let fields = dependency["product"] as? [Any], let productName = fields.first as? String {
                    let package = fields.dropFirst().first as? String ?? ""
                    reached.foreignProducts.insert("\(package)/\(productName)")
                }
            }
        }
        return reached
    }

    /// Whether the target's name, system library or settings mention cmark.
    func mentionsCmark(target name: String) -> Bool {
        guard let target = targets[name] else { return false }
        let settings = (try? JSONSerialization.data(withJSONObject: target["settings"] ?? [])) ?? Data()
        let text = [name, target["pkgConfig"] as? String ?? "", String(decoding: settings, as: UTF8.self)]
        return text.contains { $0.lowercased().contains("cmark") }
    }
}
