/// Recognises, from the words of a query, a child in danger now: a sextortion threat, self-harm intent, an
/// adult arranging to meet, abuse images found or shared, a child missing.
///
/// Two parts. Phrase rules recognise the common wordings and name the situation. When a sentence vector of
/// the query is at hand, a vote of its five nearest labelled examples (``UrgencyExamples``) catches other
/// wordings ("thinking of unaliving myself"), but only when the query also has a word of danger (images,
/// death, pills, meeting, abuse, ...). Questions about research, law, policy, prevention or a hypothetical
/// ("what should I do if someone ever ...") are left out unless they say it is happening now. A missed
/// emergency costs far more than an extra block, so both parts lean to recall. Measured in the tests.
enum UrgencyDetector {
    /// The urgent situation a query describes, if any.
    /// - Parameters:
    ///   - query: the query text.
    ///   - neighbours: as for the query split into words, below.
    static func situation(in query: String, neighbours: [(example: Int, similarity: Float)] = []) -> UrgentSituation? {
        situation(in: QueryWords(query), neighbours: neighbours)
    }

    /// The urgent situation a query, split into words, describes, if any.
    /// - Parameters:
    ///   - words: the query's words (search shares them with asker inference).
    ///   - neighbours: the labelled examples most similar to the query by meaning, most similar first,
    ///     with their similarity; empty without a sentence encoder.
    /// - Complexity: O(n·p) for n words (the first 200 are read) and p phrases.
    static func situation(in words: QueryWords, neighbours: [(example: Int, similarity: Float)]) -> UrgentSituation? {
        let now = words.hasAny(immediacy)
        if !now && words.hasAny(notHappeningNow) { return nil }
        if let situation = ruledSituation(words, now: now) { return situation }
        // A few keywords ("nudes", "sextortion law") name a subject, not a situation happening now.
        guard words.count >= minimumWordsForVote, words.hasAny(danger), isUrgentByVote(neighbours) else { return nil }
        return neighbours.lazy.filter { UrgencyExamples.labelled[$0.example].urgent }
            .compactMap { situation(in: UrgencyExamples.labelled[$0.example].query) }.first
    }

    /// The similarity-weighted share of urgent examples among the neighbours is above 0.4.
    private static func isUrgentByVote(_ neighbours: [(example: Int, similarity: Float)]) -> Bool {
        let weights = neighbours.map { max(0, $0.similarity) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return false }
        let urgent = zip(neighbours, weights).filter { UrgencyExamples.labelled[$0.0.example].urgent }.map(\.1).reduce(
            0, +)
        return urgent / total > 0.4
    }

    /// How many neighbours vote.
    static let neighbourCount = 5

    /// The fewest words a query needs for the vote to count.
    static let minimumWordsForVote = 4

    private static func ruledSituation(_ words: QueryWords, now: Bool) -> UrgentSituation? {
        if isSextortion(words) { return .sextortion }
        if words.hasAny(selfHarmIntent) { return .selfHarm }
        if words.hasAny(missing) { return .missing }
        if words.hasAny(violence) { return .violence }
        if isMeeting(words, now: now) { return .meeting }
        if isAbuseImages(words) { return .abuseImages }
        return nil
    }

    private static func isSextortion(_ words: QueryWords) -> Bool {
        if words.hasAny(extortion) {
            return words.hasAny(personal) || words.hasAny(help)
        }
        return words.hasAny(images) && words.hasAny(threats)
    }

    private static func isMeeting(_ words: QueryWords, now: Bool) -> Bool {
        if words.hasAny(meetingArranged) { return true }
        return words.hasAny(meeting) && (now || words.hasAny(when))
    }

    private static func isAbuseImages(_ words: QueryWords) -> Bool {
        if words.hasAny(abuseNow) {
            return true
        }
        return words.hasAny(nakedness) && words.hasAny(sharedOrFound) && words.hasAny(child)
    }

    // MARK: Phrases (lowercase; `*` ends a word prefix)

    static let extortion: PhraseList = ["blackmail*", "sextort*", "extort*"]
    static let help: PhraseList = ["help"]
    static let meeting: PhraseList = ["meet", "meeting", "see him", "see her", "meet up"]
    static let abuseNow: PhraseList = [
        "being abused", "being sexually abused", "clothes off", "undress", "in the shower",
    ]
    static let nakedness: PhraseList = ["naked", "nude", "nudes", "sexual"]

    /// Words of danger, one of which a query needs for the neighbour vote to count.
    static let danger: PhraseList = [
        "pic", "pics", "picture*", "nude*", "naked", "video*", "vid", "vids", "clip", "photo*", "image*", "sexual*",
        "undress*", "expose", "leak*", "pay", "money", "bitcoin", "blackmail*", "threat*", "die", "dead", "death",
        "suicid*", "kill*", "kms", "kys", "unaliv*", "cutting", "cut", "burn*", "pills", "tablets", "overdose",
        "paracetamol", "lethal", "hang*", "goodbye", "letters", "meet", "link up", "pick me up", "pick her up",
        "pick him up", "collect", "taxi", "train", "flat", "come alone", "waiting", "location", "missing",
        "left the house", "hasnt come back", "abus*", "hurt*", "stream*", "livestream*", "knife", "stab*", "gun",
        "deeper", "without me", "be here anymore", "indecent", "porn*", "drive*", "driving", "booked", "party",
    ]

    static let immediacy: PhraseList = [
        "right now", "just now", "tonight", "2nite", "tonite", "by midnight", "still up", "happening", "urgent",
    ]

    /// Research, law, policy, prevention, teaching and hypotheticals.
    static let notHappeningNow: PhraseList = [
        "if someone", "if a", "what if", "one day", "ever",
        "law", "laws", "legal", "illegal", "legislation", "crime", "penalties", "statistic*", "research", "evidence",
        "policy", "policies", "regulator", "ministry", "government", "national", "parliament*", "strategy",
        "lesson", "assembly", "documentary", "news", "template", "role play", "curriculum", "resources",
        "signs", "warning", "warn", "prevent*", "protect", "what is", "what does", "stand for", "how do platforms",
        "how should", "our moderators", "trust and safety", "classifier*", "hash", "escalation", "last year",
        "last term", "months ago", "years ago", "rising", "target", "cases",
    ]

    static let personal: PhraseList = [
        "me", "my", "i", "im", "i m", "he", "she", "they", "someone", "somebody", "some1", "sum1", "being", "us", "our",
    ]

    static let images: PhraseList = [
        "pic", "pics", "picture*", "photo*", "image*", "nude*", "nudes", "video*", "intimate", "naked", "camera",
        "selfie*", "chats",
    ]

    static let threats: PhraseList = [
        "threat*", "unless", "or he", "or she", "or they", "or hes", "or shes", "or its", "leak*", "expose", "ruin",
        "wants money", "want money", "wnats money", "demand*", "pay or", "or else", "gift card*", "send more",
        "wants more", "post them", "posts them", "posts the", "whatever he says", "whatever she says",
        "makes her send", "makes him send", "makes me send", "forcing", "forces", "force me",
    ]

    static let selfHarmIntent: PhraseList = [
        "kill myself", "kill himself", "kill herself", "kill themselves", "killing myself", "killing himself",
        "killing herself", "want to die", "wants to die", "wanna die", "end it", "end my life", "better off dead",
        "dont want to be alive", "not want to be alive", "cant live", "took pills", "load of pills", "pills ready",
        "hang himself", "hang herself", "hang myself", "cut myself", "cutting myself", "cutting herself",
        "cutting himself", "cut again", "hurt myself", "hurting myself", "hurt himself", "hurt herself",
        "disappear forever", "her last night", "his last night", "my last night", "suicidal", "goodbye",
    ]

    static let missing: PhraseList = [
        "missing since", "is missing", "didnt come home", "did not come home", "hasnt come home", "ran away",
        "nobody knows where", "in another city",
    ]

    static let meetingArranged: PhraseList = [
        "picking my", "pick her up", "pick him up", "picking her up", "picking him up", "coming to get me",
        "come get me", "driving to", "sent a taxi", "train ticket", "bus ticket", "sneak out", "come to my house",
        "gone to meet", "went to meet", "is meeting", "planning to meet", "ran away to meet", "where to meet",
        "run away with",
    ]

    static let violence: PhraseList = [
        "coming to hurt", "come to hurt", "hurt me", "hurt my family", "hurt her family", "hurt his family",
        "stab", "knife", "gun", "jump my", "jump me", "beat me up", "beat him up", "beat her up", "kill me",
        "kill you", "knows where i live", "found my address", "come to our house",
    ]

    static let when: PhraseList = [
        "tomorrow", "today", "this weekend", "this saturday", "this sunday", "saturday", "sunday", "after school",
        "at the", "tonight", "2nite", "tonite", "keep askin", "keeps asking",
    ]

    static let sharedOrFound: PhraseList = [
        "found", "find", "shared", "sharing", "being shared", "going round", "posted", "posting", "sent", "sending",
        "filming", "took", "clicked", "spreading",
    ]

    static let child: PhraseList = [
        "child", "children", "kid", "kids", "son", "daughter", "year old", "yo", "yr old", "girl", "boy", "sister",
        "brother", "year 7", "year 8", "year 9", "year 10", "year 11", "pupil", "student", "school", "little",
    ]
}
