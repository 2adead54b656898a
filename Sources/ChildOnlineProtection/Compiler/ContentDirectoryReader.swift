import Foundation

/// Reads the `.md` files of a content folder, never leaving it: symbolic links are followed only when
/// they resolve inside the folder, each real folder is visited once (no loops), and every file that
/// cannot be used is reported.
enum ContentDirectoryReader {
    struct Reading {
        /// The folder as diagnostics show it (as the caller wrote it, without a trailing slash).
        let root: String
        let files: [ContentFile]
        let diagnostics: [Diagnostic]
    }

    /// How deep folders may nest below the content folder.
    static let maximumFolderDepth = 32

    static func read(_ directory: URL) -> Reading {
        var walk = Walk(root: directory)
        walk.visit(folder: directory.standardizedFileURL, display: walk.rootDisplay, depth: 0)
        if walk.files.isEmpty, !walk.log.hasErrors {
            walk.log.error(.emptyContent, "no content files (*.md) in '\(walk.rootDisplay)'", hint: "point --content at a folder such as Content/en", at: walk.rootLocation)
        }
        return Reading(root: walk.rootDisplay, files: walk.files, diagnostics: walk.log.diagnostics)
    }

    private struct Walk {
        let rootDisplay: String
        let rootReal: String
        var log = DiagnosticLog()
        var files: [ContentFile] = []
        var visitedFolders: Set<String> = []

        init(root: URL) {
            let display = root.relativePath
            rootDisplay = display.count > 1 && display.hasSuffix("/") ? String(display.dropLast()) : display
            rootReal = root.standardizedFileURL.resolvingSymlinksInPath().path
        }

        var rootLocation: SourceLocation { SourceLocation(file: rootDisplay, line: 1, column: 1) }

        mutating func visit(folder: URL, display: String, depth: Int) {
            let real = folder.resolvingSymlinksInPath().path
            guard visitedFolders.insert(real).inserted else { return }
            guard depth <= maximumFolderDepth else {
                log.error(.tooDeeplyNested, "folders nest more than \(maximumFolderDepth) levels deep; '\(display)' is not read", at: SourceLocation(file: display, line: 1, column: 1))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                log.error(.unreadableFile, "cannot read folder '\(display)'", hint: "check that it exists and is readable", at: SourceLocation(file: display, line: 1, column: 1))
                return
            }
            for name in names where !name.hasPrefix(".") {
                visit(entry: folder.appendingPathComponent(name), display: display + "/" + name, depth: depth)
            }
        }

        private mutating func visit(entry: URL, display: String, depth: Int) {
            let location = SourceLocation(file: display, line: 1, column: 1)
            let attributes = try? FileManager.default.attributesOfItem(atPath: entry.path)
            let type = attributes?[.type] as? FileAttributeType
            var target = entry
            if type == .typeSymbolicLink {
                target = entry.resolvingSymlinksInPath()
                guard target.path == rootReal || target.path.hasPrefix(rootReal + "/") else {
                    log.warning(.symbolicLink, "symbolic link '\(display)' points outside the content folder and is not followed", hint: "copy the file into the folder instead", at: location)
                    return
                }
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else {
                log.error(.unreadableFile, "'\(display)' cannot be read (a broken link?)", at: location)
                return
            }
            if isFolder.boolValue {
                visit(folder: target, display: display, depth: depth + 1)
            } else if entry.pathExtension == "md", entry.lastPathComponent != "README.md" {
                readFile(target, display: display, location: location)
            }
        }

        private mutating func readFile(_ url: URL, display: String, location: SourceLocation) {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= ContentLimits.maximumFileSize else {
                log.error(.fileTooLarge, "file is \(size) bytes; the limit is \(ContentLimits.maximumFileSize)", hint: "split it into smaller files", at: location)
                return
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                log.error(.unreadableFile, "cannot read file '\(display)'", hint: "check its permissions", at: location)
                return
            }
            files.append(ContentFile(path: display, bytes: Array(data)))
        }
    }
}
