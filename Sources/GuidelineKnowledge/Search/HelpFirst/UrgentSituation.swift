/// A situation in which a child is in danger now, recognised in a query so that the answer can start with
/// the urgent steps ("help first").
public enum UrgentSituation: String, Sendable, Hashable, CaseIterable, Codable {
    /// Someone threatens to share a child's intimate images, or demands money or more images.
    case sextortion
    /// A child (the asker or someone they know) is thinking of suicide or hurting themselves.
    case selfHarm = "self-harm"
    /// An adult met online is arranging to meet a child, or a child has gone to meet them.
    case meeting
    /// Sexual images or videos of a child have been found or are being shared, or abuse is live-streamed.
    case abuseImages = "abuse-images"
    /// A child is missing after contact online.
    case missing
    /// Someone threatens to hurt a child physically.
    case violence

    /// What the block is headed with.
    public var title: String {
        switch self {
        case .sextortion: "Someone is threatening to share images: get help now"
        case .selfHarm: "If someone may hurt themselves: get help now"
        case .meeting: "An adult from online is arranging to meet a child: act now"
        case .abuseImages: "Sexual images of a child: report now, do not share or save them"
        case .missing: "A child is missing after contact online: call the police now"
        case .violence: "Someone is threatening to hurt a child: call the police now"
        }
    }

    /// The records whose advice comes first, for a child asking and for an adult asking, best first.
    /// Only IDs that the loaded content has are used.
    func stepIDs(askerIsChild: Bool) -> [String] {
        switch (self, askerIsChild) {
        case (.sextortion, true):
            [
                "ch-teen-sextortion-dont-pay", "ch-teen-sextortion-support", "ch-teen-sextortion-take-down",
                "ch-teen-help-helpline",
            ]
        case (.sextortion, false):
            [
                "pe-check-immediate-danger", "pe-sextortion-do-not-pay", "pe-do-not-delete-or-confront",
                "pe-report-abuse-images-hotline",
            ]
        case (.selfHarm, true):
            [
                "ch-teen-self-harm-reach-out", "ch-teen-self-harm-friend", "ch-teen-help-helpline",
                "ch-912-help-helpline",
            ]
        case (.selfHarm, false):
            ["pe-check-immediate-danger", "pe-self-harm-urgent-help", "pe-child-helpline"]
        case (.meeting, true):
            ["ch-teen-meeting-check", "ch-912-danger-meeting", "ch-u9-help-meet", "ch-teen-help-helpline"]
        case (.meeting, false):
            ["pe-check-immediate-danger", "pe-stop-planned-meeting", "pe-when-police", "pe-save-profile-link"]
        case (.abuseImages, _):
            [
                "pe-check-immediate-danger", "pe-never-save-sexual-images", "pe-report-abuse-images-hotline",
                "pe-when-police",
            ]
        case (.missing, _):
            ["pe-check-immediate-danger", "pe-when-police", "pe-save-profile-link"]
        case (.violence, true):
            ["ch-teen-help-tell", "ch-teen-help-helpline", "ch-912-help-helpline"]
        case (.violence, false):
            ["pe-check-immediate-danger", "pe-when-police", "pe-screenshot-evidence"]
        }
    }
}
