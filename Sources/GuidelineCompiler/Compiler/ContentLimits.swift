import CmarkTree
import GuidelineKnowledge

/// Limits that keep hostile or broken content from exhausting memory, time or the stack.
/// Going over one is an error diagnostic, never a crash.
///
/// Every reader and compiler of content takes its limits as a value, ``standard`` by default. A program that
/// compiles content it trusts and knows to be larger (many adaptations side by side, the benchmarks' 100 copies
/// of the guidelines) raises the folder-wide ones:
///
/// ```swift
/// var limits = ContentLimits.standard
/// limits.maximumFileCount = 10_000
/// limits.maximumTotalSize = 128 << 20
/// let compilation = ContentCompiler.compile(files, root: "Content/en", limits: limits)
/// ```
public struct ContentLimits: Sendable, Hashable {
    // The bundled content is 0.5 MiB in 37 files with about 1,000 records. A folder at the standard limits
    // compiles in at most about 2 s and 260 MB in a release build (the README's Robustness section has the
    // measurements).

    /// The limits every reader and compiler uses unless given others.
    public static let standard = ContentLimits()

    /// The standard limits (``standard``); change the properties to raise or lower one.
    public init() {}

    /// The largest content file the compiler reads: 1 MiB (the largest bundled file is 35 KB).
    public var maximumFileSize = 1 << 20
    /// The most content files one content folder may hold.
    public var maximumFileCount = 1_000
    /// The most records one content folder may define.
    public var maximumRecordCount = 20_000
    /// The most bytes read from one content folder (all files together): 8 MiB, 16 times the bundled content.
    public var maximumTotalSize = 8 << 20
    /// The most entries (files of any kind and folders) looked at in one content folder; the walk stops there,
    /// so pointing `--content` at `/` ends at once instead of walking the whole disk.
    public var maximumEntryCount = 10_000
    /// How deep folders may nest below the content folder.
    public var maximumFolderDepth = 32
    /// The most words the search index may hold for the aliases and titles of linked risks and topics: each
    /// record is indexed with the vocabulary of every risk and topic it links, so an alias costs once per
    /// linking record (``ContentCompiler`` drops the aliases of the costliest entries over this, with errors).
    public var maximumLinkedVocabulary = 2_000_000
    /// The most aliases one risk, topic or glossary term may have.
    public var maximumAliasesPerEntry = 64
    /// The longest alias, in characters.
    public var maximumAliasLength = 100

    // MARK: Markdown structures bounded before parsing (see `MarkdownInputCheck`)

    /// How deep block quotes and lists may nest, counted from the markers and indentation a line starts with.
    public var maximumContainerDepth = 8
    /// The most `[` (links and images) in one paragraph (text between blank lines).
    public var maximumBracketsPerParagraph = 500
    /// The most emphasis and strikethrough marks (`*`, `_`, `~`) in one paragraph.
    public var maximumDelimitersPerParagraph = 1_000
    /// The most `<?` and `<![CDATA[` in one paragraph.
    public var maximumRawHTMLOpenersPerParagraph = 32
    /// The most table cells (delimiter-row columns × rows, short rows padded) in one content folder.
    public var maximumTableCells = 100_000
    /// The most Markdown nodes (elements, text runs, breaks) in one content folder: what the parsed files
    /// hold in memory. The bundled content has about 21,000.
    public var maximumMarkdownNodes = 1_000_000

    /// The limits above, as the Markdown layer's pre-parse check takes them.
    var markdownInput: MarkdownInputCheck.Limits {
        MarkdownInputCheck.Limits(
            maximumContainerDepth: maximumContainerDepth,
            maximumBracketsPerParagraph: maximumBracketsPerParagraph,
            maximumDelimitersPerParagraph: maximumDelimitersPerParagraph,
            maximumRawHTMLOpenersPerParagraph: maximumRawHTMLOpenersPerParagraph,
            maximumTableCells: maximumTableCells
        )
    }

    /// How deep Markdown blocks and inlines may nest (lists, block quotes, emphasis); deeper content is
    /// not read and reported as too deeply nested.
    public var maximumNestingDepth: Int { MarkdownParser.maximumDepth }
}
