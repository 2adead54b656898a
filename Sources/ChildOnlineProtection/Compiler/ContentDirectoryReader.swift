import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    static let maximumFolderDepth = ContentLimits.maximumFolderDepth

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
        /// Bytes read so far, bounded by ``ContentLimits/maximumTotalSize``.
        var totalSize = 0
        /// Whether a folder-wide limit (file count, total size) was reached; later files are not read.
        var stopped = false

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
            guard !stopped else { return }
            guard files.count < ContentLimits.maximumFileCount else {
                log.error(.tooManyFiles, "the content folder has more than \(ContentLimits.maximumFileCount) files; '\(display)' and later files are not read", hint: "split the content into several folders", at: location)
                stopped = true
                return
            }
            let bytes: [UInt8]
            switch ContentDirectoryReader.readRegularFile(atPath: url.path, limit: ContentLimits.maximumFileSize) {
            case .success(let read): bytes = read
            case .failure(.notRegular):
                log.error(.unreadableFile, "'\(display)' is not a regular file (a FIFO, socket or device?) and is not read", hint: "content files must be plain files", at: location)
                return
            case .failure(.tooLarge(let size)):
                log.error(.fileTooLarge, "file is \(size) bytes; the limit is \(ContentLimits.maximumFileSize)", hint: "split it into smaller files", at: location)
                return
            case .failure(.unreadable):
                log.error(.unreadableFile, "cannot read file '\(display)'", hint: "check its permissions", at: location)
                return
            }
            guard totalSize + bytes.count <= ContentLimits.maximumTotalSize else {
                log.error(.fileTooLarge, "the content folder holds more than \(ContentLimits.maximumTotalSize) bytes; '\(display)' and later files are not read", hint: "split the content into several folders", at: location)
                stopped = true
                return
            }
            totalSize += bytes.count
            files.append(ContentFile(path: display, bytes: bytes))
        }
    }

    enum ReadFailure: Error {
        /// A FIFO, socket, device or folder: reading it could block forever or never end.
        case notRegular
        case tooLarge(Int)
        case unreadable
    }

    /// Reads a regular file of at most `limit` bytes. Opens without blocking (a FIFO would otherwise wait
    /// for a writer forever), checks the type of what was opened (no race between check and read) and
    /// never reads more than `limit + 1` bytes, whatever size the file claims.
    static func readRegularFile(atPath path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        guard Int(status.st_size) <= limit else { return .failure(.tooLarge(Int(status.st_size))) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            bytes += chunk[..<count]
        }
        guard bytes.count <= limit else { return .failure(.tooLarge(bytes.count)) }
        return .success(bytes)
    }
}

/// `read(2)`, named apart from ``ContentDirectoryReader/read(_:)``.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
