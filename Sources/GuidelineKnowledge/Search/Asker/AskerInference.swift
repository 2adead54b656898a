/// Who is probably asking, read from the words of a query: a child ("I'm 14", "my mum"), a parent or
/// educator ("my son", "my pupils"), a company ("our app", "our users") or a policy-maker ("national",
/// "the Department"), and the child's age when the query gives it. Search uses it as a soft preference,
/// never as a filter, and reports it with the words it came from.
public struct AskerInference: Sendable, Hashable, Codable {
    /// The inferred guideline set of the asker, or `nil` when the query gives no clear sign.
    public let audience: Audience?
    /// The child's age, when the query states it ("my 6 year old", "I'm 14", "year 7").
    public let age: Int?
    /// The words that led to the inference, as they appear in the query (lowercased).
    public let evidence: [String]

    /// The age band of ``age``.
    public var ageBand: AgeBand? { age.flatMap(AgeBand.init(age:)) }

    /// Reads the asker and the child's age from a query.
    /// - Complexity: O(n·p) for n words (the first 200) and p cue phrases.
    public init(query: String) {
        self.init(words: QueryWords(query))
    }

    /// Reads the asker from a query already split into words (search shares them with help first).
    init(words: QueryWords) {
        var evidence: [String] = []
        func found(_ cues: PhraseList) -> Bool {
            guard let cue = words.first(of: cues) else { return false }
            evidence.append(cue)
            return true
        }
        let childAge = words.statedAge()
        // A child speaking for themselves wins; then a company speaking of its product; then an adult
        // speaking of a child they care for, even when they work for a company or a government; then the
        // weaker signs.
        if let stated = childAge, stated.speaker == .child {
            evidence.append(stated.words)
            audience = .children
        } else if found(Self.product)
            || words.hasNear("our", Self.productNouns, within: 3)
                && {
                    evidence.append("our …"); return true
                }()
        {
            audience = .industry
        } else if let stated = childAge, stated.speaker == .adult {
            evidence.append(stated.words)
            audience = .parentsEducators
        } else if found(Self.adultOfChild) {
            audience = .parentsEducators
        } else if found(Self.childSelf) {
            audience = .children
        } else if found(Self.government) {
            audience = .policyMakers
        } else if found(Self.company) {
            audience = .industry
        } else if found(Self.childWeak) {
            audience = .children
        } else {
            audience = nil
        }
        if let stated = childAge, stated.speaker == .unknown { evidence.append(stated.words) }
        self.age = childAge?.age
        self.evidence = evidence
    }

    // MARK: Cues (lowercase words; `*` ends a word prefix)

    /// A company speaking of its own product.
    static let product: PhraseList = [
        "our users", "our customers", "our terms", "our players", "our members", "our moderators", "my app",
        "we are building", "were building", "we re building", "building a", "we run", "we operate", "we re a",
        "were a", "we are a", "we make", "we build", "we sell", "we offer", "as a platform", "online service",
    ]

    /// Nouns that, a few words after "our", name a company's product ("our social app", "our smart toy").
    static let productNouns: Set<Substring> = [
        "app", "apps", "platform", "platforms", "service", "services", "product", "products", "game", "games",
        "site", "website", "community", "chat", "feature", "company", "startup", "network", "device", "devices",
        "toy", "toys", "engine", "algorithm", "sdk", "isp", "wifi", "studio", "server", "servers", "marketplace",
    ]

    /// An adult speaking of a child they care for or teach.
    static let adultOfChild: PhraseList = [
        "my son", "my daughter", "my kid", "my kids", "my child", "my children", "my toddler", "my baby",
        "my teen", "my teenager", "my teens", "my boy", "my girl", "my stepson", "my stepdaughter", "my grandson",
        "my granddaughter", "my grandchild*", "my nephew", "my niece", "our son", "our daughter", "our kids",
        "our child", "our children", "our teen*", "my pupil*", "my student*", "my class", "my classroom",
        "our pupils", "our students", "as a parent", "as a teacher", "as parents", "my teenage", "my dau*",
        "my sone", "as a mum", "as a dad", "parent of", "mother of", "father of", "my foster", "foster child*",
        "my little one*", "my preschooler", "my youngest", "my eldest", "my husband", "my wife", "my partner",
        "grandson", "granddaughter", "grandaughter", "grandkid*", "grandchild*", "teacher here", "head teacher",
        "headteacher", "counsellor", "counselor", "pshe", "nursery", "scout*", "coach", "youth club", "pta",
        "homeschool*", "our class", "my lesson*", "safeguarding lead", "our school",
    ]

    /// A child or teenager speaking for themselves.
    static let childSelf: PhraseList = [
        "my mum", "my mom", "my dad", "my parents", "my parent", "my teacher", "my teachers", "my friend",
        "my friends", "my freind*", "my best", "my bestie", "my bff", "my bf", "my gf", "my crush",
        "my boyfriend", "my girlfriend", "my ex", "my year", "in my class", "my brother", "my sister",
        "my step dad", "my stepdad", "my stepmum", "my nan", "my grandma", "im a teen", "im a kid", "i am a teen",
        "i am a kid", "my school", "my dads", "my mums", "my moms",
    ]

    /// Weak signs of a child asking, used when nothing else speaks.
    static let childWeak: PhraseList = [
        "my phone", "my account", "my pics", "my photos", "my nude*", "my vid*", "me", "im",
    ]

    /// A government, parliament or regulator.
    static let government: PhraseList = [
        "national", "nationally", "ministry", "minister", "ministers", "department", "departments", "parliament*",
        "government*", "regulator*", "regulation", "regulatory", "legislation", "legislat*", "secretary of state",
        "majesty", "policy makers", "policymakers", "policy maker", "public authorit*", "council", "councils",
        "member state*", "mp", "mps", "senator*", "congress", "federal", "ftc", "ofcom", "strategy", "statutory",
        "states", "convention*", "general comment", "offence", "offences", "committee", "criminalis*",
        "criminaliz*",
    ]

    /// A company without naming its product.
    static let company: PhraseList = [
        "companies", "company", "industry", "providers", "developers", "coppa", "gdpr", "terms and conditions",
        "terms of service", "content moderation", "moderators", "startup*", "business*", "vendor*",
        "trust and safety", "developer", "devloper", "as a developer", "product team",
    ]
}

extension AgeBand {
    /// The band of a child's age: under 9, 9 to 12, 13 to 18.
    init?(age: Int) {
        switch age {
        case 0..<9: self = .under9
        case 9...12: self = .from9To12
        case 13...18: self = .from13To18
        default: return nil
        }
    }
}

/// An age stated in a query, and whose it is.
struct StatedAge {
    /// Who states it: the child ("I'm 14"), an adult of their child ("my 6 year old"), or unclear ("12yo").
    enum Speaker {
        case child, adult, unknown
    }

    let age: Int
    let speaker: Speaker
    let words: String
}

extension QueryWords {
    /// An age stated in the query: "I'm 14" (the asker's own), "my 6 year old", "12yo", "aged 10",
    /// "year 7" (UK school year, age + 5), "7th grade" (US, age + 6).
    func statedAge() -> StatedAge? {
        let list = allWords
        // Every way of stating an age starts with a digit ("14", "14yo", "7th"): other words are skipped before
        // their context is read.
        for (index, word) in list.enumerated() where word.first.map({ ("0"..."9").contains($0) }) == true {
            let before = list[max(0, index - 3)..<index].map(String.init)
            let previous = before.last ?? ""
            let next = index + 1 < list.count ? list[index + 1] : ""
            let afterNext = index + 2 < list.count ? list[index + 2] : ""
            let speaker = Self.speaker(before: before, following: next == "here" || afterNext == "here")
            if let number = Int(word), (1...18).contains(number) {
                if previous == "im" || previous == "am" || (previous == "i" && next != "year") {
                    return StatedAge(age: number, speaker: .child, words: "\(previous) \(word)")
                }
                if previous == "year" || previous == "yr" {
                    let inYear = before.suffix(2).first == "in"
                    return StatedAge(
                        age: min(18, number + 5), speaker: inYear ? .child : speaker, words: "year \(word)")
                }
                if ["year", "yr", "yrs", "years", "yo"].contains(next)
                    || ["aged", "age", "is", "s", "turned"].contains(previous)
                {
                    return StatedAge(age: number, speaker: speaker, words: "\(word) \(next)")
                }
            }
            if word.hasSuffix("yo"), let number = Int(word.dropLast(2)), (1...18).contains(number) {
                return StatedAge(age: number, speaker: speaker, words: String(word))
            }
            if ["th", "st", "nd", "rd"].contains(where: { word.hasSuffix($0) }), next == "grade",
                let number = Int(word.dropLast(2)), (1...12).contains(number)
            {
                return StatedAge(age: number + 6, speaker: speaker, words: "\(word) grade")
            }
        }
        return nil
    }

    /// "my 6 year old", "our 4yo", "my son is 11": an adult; "15yo here": the child; otherwise unclear.
    private static func speaker(before: [String], following here: Bool) -> StatedAge.Speaker {
        if here { return .child }
        if before.contains(where: {
            ["my", "our", "son", "daughter", "sone", "dauter", "he", "she", "grandson", "granddaughter"].contains($0)
        }) {
            return .adult
        }
        return .unknown
    }
}
