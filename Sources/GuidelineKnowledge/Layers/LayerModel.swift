/// What a layer says about itself: read from its manifest file (`- Layer: adaptation`).
public struct LayerManifest: Sendable, Hashable, Codable {
    /// The layer's stable ID (e.g. `gb`, `au-qld-schools`).
    public let id: String
    /// The layer's name.
    public let name: String
    /// What kind of layer it is (`adaptation`; translations and assessments will follow).
    public let kind: String
    /// ISO 3166-1 alpha-2 code, or a region or organisation name.
    public let jurisdiction: String
    /// The language of its text (BCP 47, e.g. `en`).
    public let language: String
    /// The base it adapts (``Baseline/id``).
    public let base: String
    /// The base version it was written against (``Baseline/version``).
    public let baseVersion: String
    /// Who maintains it.
    public let maintainer: String
    /// The sources it draws on (web addresses).
    public let sources: [String]
    /// The IDs of the layers it stacks on (`- Stacks on: gb`): each must be applied before it. Empty for a
    /// layer directly over the baseline.
    public let stacksOn: [String]
    /// Where its `Stacks on` value is, when it has one (diagnostics about the stack point here).
    public let stacksOnLocation: SourceLocation?
    /// Where the manifest's heading is.
    public let location: SourceLocation

    /// Creates it from its fields (the layer compiler and snapshots build them).
    package init(
        id: String, name: String, kind: String, jurisdiction: String, language: String, base: String,
        baseVersion: String, maintainer: String, sources: [String], stacksOn: [String],
        stacksOnLocation: SourceLocation?, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.jurisdiction = jurisdiction
        self.language = language
        self.base = base
        self.baseVersion = baseVersion
        self.maintainer = maintainer
        self.sources = sources
        self.stacksOn = stacksOn
        self.stacksOnLocation = stacksOnLocation
        self.location = location
    }
}

/// The ITU baseline every layer stacks on.
public enum Baseline {
    /// The ID a manifest's `Base:` names.
    public static let id = "itu-cop-2020"
    /// The baseline's content edition; a manifest's `Base version:` must name it. Per-record staleness is
    /// tracked separately by ``BaseTextHash``.
    public static let version = "1"
    /// The layer ID of baseline records.
    public static let layerID = id
}

/// A fact that must carry its own source address and confidence: a phone number, a web address, a citation.
public struct SourcedFact: Sendable, Hashable, Codable {
    /// The fact itself (`0800 1111`, `https://...`, `Protection of Children Act 1978, s. 1`).
    public let value: String
    /// The web address where it was confirmed.
    public let source: String
    /// How sure the layer is of it.
    public let confidence: Provenance.Confidence

    /// Creates it from its fields (the layer compiler and snapshots build them).
    package init(
        value: String, source: String, confidence: Provenance.Confidence
    ) {
        self.value = value
        self.source = source
        self.confidence = confidence
    }
}

/// A change a layer makes to one base record.
public struct LayerChange: Sendable, Hashable, Codable {
    /// What the change does.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// A note shown after the base text.
        case amend
        /// New text in place of the base text, with a reason.
        case replace
        /// The record does not apply, with a reason: it leaves search, counts and checklists.
        case withdraw
    }

    /// The layer that makes it.
    public let layerID: String
    /// What it does.
    public let action: Action
    /// The base record it changes.
    public let targetID: String
    /// The change's heading (a label shown by `cop diff`).
    public let title: String
    /// The note (amend) or the new text (replace); empty for a withdrawal.
    public let text: String
    /// Why (required for replace and withdraw).
    public let reason: String?
    /// The earlier layer whose replacement this one overrides, if any.
    public let overrides: String?
    /// The ``BaseTextHash`` of the base text it was written against, if given.
    public let baseTextHash: String?
    /// Where its content comes from and how sure the layer is.
    public let provenance: Provenance
    /// Where the change's heading is.
    public let location: SourceLocation
    /// Where its `Changes`/`Amends`/`Replaces`/`Withdraws` value is (diagnostics about the target point here).
    public let targetLocation: SourceLocation

    /// Creates it from its fields (the layer compiler and snapshots build them).
    package init(
        layerID: String, action: Action, targetID: String, title: String, text: String, reason: String?,
        overrides: String?, baseTextHash: String?, provenance: Provenance, location: SourceLocation,
        targetLocation: SourceLocation
    ) {
        self.layerID = layerID
        self.action = action
        self.targetID = targetID
        self.title = title
        self.text = text
        self.reason = reason
        self.overrides = overrides
        self.baseTextHash = baseTextHash
        self.provenance = provenance
        self.location = location
        self.targetLocation = targetLocation
    }
}

/// A national or local service: a helpline, hotline, reporting portal, regulator or victim-support service.
public struct Service: Sendable, Hashable, Codable, Identifiable {
    /// Its stable ID.
    public let id: String
    /// The layer that adds it.
    public let layerID: String
    /// Its name.
    public let name: String
    /// What it does, in the layer's words.
    public let description: String
    /// The risks it handles.
    public let riskIDs: [RiskID]
    /// Its phone number, with source and confidence.
    public let phone: SourcedFact?
    /// Its web address, with source and confidence.
    public let web: SourcedFact?
    /// Opening hours, as the service states them.
    public let hours: String?
    /// Who it serves by age (free text, e.g. `under 19`).
    public let ages: String?
    /// Languages it answers in.
    public let languages: [String]
    /// How to reach it (phone, chat, online form, ...).
    public let contact: String?
    /// Questions it answers, in the words of the people who need it (`- Questions: ... | ...`): they rank
    /// the service for questions such as "where do I report a nude photo of my child?".
    public let questions: [String]
    /// Where its heading is.
    public let location: SourceLocation

    /// Creates it from its fields (the layer compiler and snapshots build them).
    package init(
        id: String, layerID: String, name: String, description: String, riskIDs: [RiskID], phone: SourcedFact?,
        web: SourcedFact?, hours: String?, ages: String?, languages: [String], contact: String?, questions: [String],
        location: SourceLocation
    ) {
        self.id = id
        self.layerID = layerID
        self.name = name
        self.description = description
        self.riskIDs = riskIDs
        self.phone = phone
        self.web = web
        self.hours = hours
        self.ages = ages
        self.languages = languages
        self.contact = contact
        self.questions = questions
        self.location = location
    }
}

/// A national law that concerns children online.
public struct Law: Sendable, Hashable, Codable, Identifiable {
    /// Its stable ID.
    public let id: String
    /// The layer that adds it.
    public let layerID: String
    /// The law's title.
    public let title: String
    /// Its citation, with source and confidence.
    public let citation: SourcedFact
    /// The section that matters, if one.
    public let section: String?
    /// What it requires or forbids, in the layer's words.
    public let text: String
    /// The risks it concerns.
    public let riskIDs: [RiskID]
    /// The audiences it concerns.
    public let audiences: [Audience]
    /// Its official web address, with source and confidence.
    public let web: SourcedFact?
    /// Where its heading is.
    public let location: SourceLocation

    /// Creates it from its fields (the layer compiler and snapshots build them).
    package init(
        id: String, layerID: String, title: String, citation: SourcedFact, section: String?, text: String,
        riskIDs: [RiskID], audiences: [Audience], web: SourcedFact?, location: SourceLocation
    ) {
        self.id = id
        self.layerID = layerID
        self.title = title
        self.citation = citation
        self.section = section
        self.text = text
        self.riskIDs = riskIDs
        self.audiences = audiences
        self.web = web
        self.location = location
    }
}

/// A glossary term a layer adds (an entry of a `Catalogue: glossary` file), with its provenance.
public struct LayerTerm: Sendable, Hashable, Codable, Identifiable {
    /// Its stable ID.
    public let id: String
    /// The layer that adds it.
    public let layerID: String
    /// The term as written.
    public let title: String
    /// Other names for it; they expand search queries like the baseline's term aliases.
    public let aliases: [String]
    /// The definition.
    public let definition: String
    /// Risks it relates to.
    public let riskIDs: [RiskID]
    /// Topics it relates to (checked against the base's topics when applied).
    public let topicIDs: [String]
    /// Where its definition comes from and how sure the layer is.
    public let provenance: Provenance
    /// Where its heading is.
    public let location: SourceLocation

    /// Creates it from its fields (the layer compiler and snapshots build them).
    package init(
        id: String, layerID: String, title: String, aliases: [String], definition: String, riskIDs: [RiskID],
        topicIDs: [String], provenance: Provenance, location: SourceLocation
    ) {
        self.id = id
        self.layerID = layerID
        self.title = title
        self.aliases = aliases
        self.definition = definition
        self.riskIDs = riskIDs
        self.topicIDs = topicIDs
        self.provenance = provenance
        self.location = location
    }

    /// The glossary term it becomes.
    var term: Term {
        Term(
            id: id, title: title, aliases: aliases.map { Alias(text: $0) }, definition: definition,
            relatedRiskIDs: riskIDs, relatedTopicIDs: topicIDs, location: location)
    }
}
