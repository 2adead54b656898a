import CmarkTree
import GuidelineKnowledge

/// A heading with its field list and its body: the unit every record is written as.
struct HeadingBlock {
    /// One `Key: value` item of a field list.
    struct Field {
        let key: String
        /// The value as plain text, trimmed.
        let value: String
        /// Where the value starts (where the key starts if the value is empty).
        let location: SourceLocation
        /// Links in the value, in order.
        let links: [Link]
        /// The value's text outside its links, for checking that a link list has only separators.
        let textOutsideLinks: String
    }

    /// A Markdown link with its location.
    struct Link {
        let destination: String
        let location: SourceLocation
    }

    let level: Int
    let title: String
    let location: SourceLocation
    let fields: [Field]
    /// The body: the nodes after the field list up to the next heading.
    let body: [MarkdownNode]

    func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// The body as plain text, blocks separated by blank lines.
    var bodyText: String {
        MarkdownNode(kind: .document, range: nil, children: body).plainText
    }
}
