import FullTextSearch

/// A small synthetic corpus exercising every feature of the engine.
enum TestCorpus {
    static func schema() throws -> IndexSchema {
        try IndexSchema(
            textFields: [
                .init(name: "title", weight: 3),
                .init(name: "aliases", weight: 2.5),
                .init(name: "body", weight: 1),
            ],
            keywordFields: ["audience", "risk"],
            snippetField: "body",
            titleField: "title"
        )
    }

    static let thesaurus = Thesaurus([
        ["csam", "child sexual abuse material", "child pornography"],
        ["sexting", "nudes", "sharing intimate images"],
    ])

    static func document(
        _ id: String,
        title: String,
        aliases: String = "",
        body: String,
        audience: [String] = [],
        risk: [String] = []
    ) -> SearchDocument {
        SearchDocument(
            id: id,
            text: ["title": title, "aliases": aliases, "body": body],
            keywords: ["audience": audience, "risk": risk]
        )
    }

    static let documents: [SearchDocument] = [
        document(
            "a-bullying",
            title: "Cyberbullying among pupils",
            body: "Pupils who are bullied online need support from teachers. Bullying can happen in games.",
            audience: ["educators"],
            risk: ["cyberbullying"]
        ),
        document(
            "b-grooming",
            title: "Grooming in online games",
            body: "An adult may groom a child through chat in games, then ask the child for secrecy.",
            audience: ["parents"],
            risk: ["grooming"]
        ),
        document(
            "c-csam",
            title: "Reporting CSAM",
            body: "Platforms must detect and report CSAM to the national hotline.",
            audience: ["industry"],
            risk: ["csam"]
        ),
        document(
            "d-abuse-material",
            title: "Removing abusive content",
            body: "Child sexual abuse material must be removed quickly and reported to the police.",
            audience: ["industry", "policy"],
            risk: ["csam"]
        ),
        document(
            "e-sexting",
            title: "Talking about sexting",
            body: "Teenagers sometimes share nudes; explain the risks calmly and without blame.",
            audience: ["parents"],
            risk: ["sexting"]
        ),
        document(
            "f-privacy",
            title: "Privacy settings",
            body: "Review privacy settings on every social network and account.",
            audience: ["parents", "children"],
            risk: ["privacy"]
        ),
        document(
            "g-school",
            title: "Safety at school",
            aliases: "cyberbullying, harassment",
            body: "Bullying at school and online calls for a whole school approach to bullying.",
            audience: ["educators"],
            risk: ["cyberbullying"]
        ),
        document(
            "h-cafe",
            title: "Meeting strangers",
            body: "Never meet an online friend alone at a café.",
            audience: ["children"],
            risk: ["contact"]
        ),
        document(
            "j-sextortion",
            title: "Sextortion",
            body: "Offenders threaten to publish images unless they are paid.",
            audience: ["industry"],
            risk: ["sextortion"]
        ),
        document(
            "k-threats",
            title: "Threats and payment",
            body: "Sextortion means offenders threaten to publish images.",
            audience: ["industry"],
            risk: ["sextortion"]
        ),
        document(
            "l-games",
            title: "Games",
            body: "Games games games games games games games games.",
            audience: ["children"],
            risk: []
        ),
        document(
            "n-twin",
            title: "Identical twin",
            body: "Twin records share the same words exactly.",
            audience: ["children"],
            risk: []
        ),
        document(
            "m-twin",
            title: "Identical twin",
            body: "Twin records share the same words exactly.",
            audience: ["children"],
            risk: []
        ),
    ]

    static func index(documents: [SearchDocument] = documents) throws -> SearchIndex {
        SearchIndex(
            documents: documents,
            schema: try schema(),
            analyzer: try Analyzer(language: "english"),
            thesaurus: thesaurus
        )
    }
}

extension SearchResults {
    /// The hit identifiers, in rank order.
    var ids: [String] { hits.map(\.documentID) }
}
