import Foundation
import Testing

/// `cop diff`, `cop show`, `cop list services|laws`, `cop lint` and `cop search` with `--adaptation`, end to end.
@Suite struct LayerCommandTests {
    static let gb = "Examples/Adaptations/gb"
    static let au = "Examples/Adaptations/au"

    static let manifest = """
        # Testland
        - Layer: adaptation
        - ID: tl
        - Jurisdiction: TL
        - Language: en
        - Base: itu-cop-2020
        - Base version: 1
        - Maintainer: tests
        - Sources: https://example.org/

        """

    /// A layer folder in a fresh temporary folder: `files` by name, plus `adaptation.md` (`manifest`).
    static func layerFolder(_ files: [String: String], manifest: String = manifest) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cop-layer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files.merging(["adaptation.md": manifest], uniquingKeysWith: { own, _ in own }) {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func diffListsWhatTheLayerChanges() throws {
        let output = try CommandRunner.run(["diff", "--adaptation", Self.gb])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(lines.first == "gb: United Kingdom (GB, en) over itu-cop-2020 version 1")
        #expect(lines.contains("adds service gb-iwf Internet Watch Foundation"))
        #expect(lines.contains("adds law gb-protection-of-children-act-1978 Protection of Children Act 1978"))
        #expect(
            lines.contains(
                """
                amends recommendation pe-report-abuse-images-hotline Report sexual images of children to your national \
                hotline
                """
            ))
        #expect(lines.contains("7 adds, 3 amends, 0 replaces, 0 withdraws"))

        let australian = try CommandRunner.run(["diff", "--adaptation", Self.au])
        #expect(australian.stdout.contains("1 withdraws"))
        #expect(
            australian.stdout.split(separator: "\n").contains {
                $0.hasPrefix("withdraws") && $0.contains("in-ob-gdpr-age-of-consent")
            })
    }

    @Test func diffJSONCarriesProvenance() throws {
        let output = try CommandRunner.run(["diff", "--adaptation", Self.au, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["layer"] as? String == "au" && object["baseVersion"] as? String == "1")
        #expect((object["counts"] as? [String: Int]) == ["adds": 4, "amends": 2, "replaces": 0, "withdraws": 1])
        let entries = try #require(object["entries"] as? [[String: String]])
        let withdrawal = try #require(entries.first { $0["action"] == "withdraws" })
        #expect(withdrawal["id"] == "in-ob-gdpr-age-of-consent" && withdrawal["confidence"] == "low")
        #expect(withdrawal["detail"]?.hasPrefix("The GDPR's age of digital consent is European") == true)
        #expect(withdrawal["location"] == "Examples/Adaptations/au/changes.md:23:1")
        #expect(entries.allSatisfy { $0["source"]?.hasPrefix("http") == true })
    }

    @Test func diffNeedsAnAdaptation() throws {
        let output = try CommandRunner.run(["diff"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("give the layer to compare with --adaptation DIR."))
    }

    @Test func showPrintsTheBaseTextThenEachLayersAmendment() throws {
        let output = try CommandRunner.run([
            "show", "pe-report-abuse-images-hotline", "--adaptation", Self.gb, "--adaptation", Self.au,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        let baseText = try #require(text.range(of: "close it and report the web address to your country's hotline"))
        let british = try #require(text.range(of: "Amended by gb: Report abuse images to the IWF and grooming to CEOP"))
        let australian = try #require(text.range(of: "Amended by au: Report to eSafety and the ACCCE"))
        #expect(baseText.lowerBound < british.lowerBound && british.lowerBound < australian.lowerBound)
        #expect(
            text.contains(
                """
                  Source: https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/ (confidence: high); \
                Examples/Adaptations/gb/changes.md:4:1
                """
            ))
        #expect(
            text.contains(
                """
                  Source: https://esafety.gov.au/report/what-is-serious-online-abuse (confidence: high); \
                Examples/Adaptations/au/changes.md:4:1
                """
            ))
        // The base text is shown once, not with the notes folded into it.
        #expect(text.components(separatedBy: "Internet Watch Foundation (gb-iwf)").count == 2)
    }

    @Test func showSaysWhoWithdrewARecordAndShowsServices() throws {
        let withdrawn = try CommandRunner.run(["show", "in-ob-gdpr-age-of-consent", "--adaptation", Self.au])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout.contains("Withdrawn by au: The GDPR's age of digital consent is European and UK law"))
        let service = try CommandRunner.run(["show", "gb-childline", "--adaptation", Self.gb])
        #expect(service.status == 0)
        #expect(service.stdout.contains("ID: gb-childline (service, layer gb)"))
        #expect(
            service.stdout.contains(
                "Phone: 0800 1111  [source: https://www.nspcc.org.uk/what-is-child-abuse/, confidence: high]"))
        let absent = try CommandRunner.run(["show", "gb-childline"])
        #expect(absent.status == 2)
    }

    @Test func listServicesAndLaws() throws {
        let services = try CommandRunner.run(["list", "services", "--adaptation", Self.gb, "--adaptation", Self.au])
        #expect(services.status == 0, "\(services.stderr)")
        let rows = services.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(rows.first == "gb-childline gb Childline 0800 1111 https://www.childline.org.uk")
        #expect(rows.contains("au-kids-helpline au Kids Helpline 1800 55 1800 https://kidshelpline.com.au"))
        #expect(rows.count == 8)
        let laws = try CommandRunner.run(["list", "laws", "--adaptation", Self.au])
        #expect(
            laws.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") } == [
                "au-online-safety-act au Online Safety Act Online Safety Act 2021 (Cth)"
            ])
        // Without an adaptation there are none.
        let none = try CommandRunner.run(["list", "services"])
        #expect(none.status == 0 && none.stdout.isEmpty)
    }

    @Test func listServicesAndLawsAsJSON() throws {
        let output = try CommandRunner.run(["list", "services", "--adaptation", Self.gb, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let services = try #require(
            try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        let childline = try #require(services.first { $0["id"] as? String == "gb-childline" })
        #expect(childline["layer"] as? String == "gb")
        let phone = try #require(childline["phone"] as? [String: String])
        #expect(
            phone == [
                "value": "0800 1111", "source": "https://www.nspcc.org.uk/what-is-child-abuse/", "confidence": "high",
            ])
        let laws = try CommandRunner.run(["list", "laws", "--adaptation", Self.gb, "--json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(laws.stdout.utf8)) as? [[String: Any]])
        #expect(parsed.map { $0["id"] as? String } == ["gb-protection-of-children-act-1978", "gb-uk-gdpr-article-8"])
        #expect(
            (parsed.first?["citation"] as? [String: String])?["source"]
                == "https://www.legislation.gov.uk/ukpga/1978/37/section/1")
        let wrong = try CommandRunner.run(["list", "risks", "--json"])
        #expect(
            wrong.status == 64
                && wrong.stderr.contains("--json applies to 'cop list services' and 'cop list laws' only."))
    }

    @Test func lintExitsZeroOnTheExamplesAndOneOnErrors() throws {
        let clean = try CommandRunner.run(["lint", "--adaptation", Self.gb, "--adaptation", Self.au])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stderr.isEmpty)
        #expect(clean.stdout == "2 layers: 6 changes, 0 added records, 8 services, 3 laws; 0 errors, 0 warnings\n")

        let changes =
            """
            # Changes\n- Changes: base\n\n## Note\n- Amends: pe-report-abuse-images-hotlin\n\
            - Source: https://example.org/\n- Confidence: high\n\nA note.\n
            """
        let folder = try Self.layerFolder(["changes.md": changes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try CommandRunner.run(["lint", "--adaptation", folder.path])
        #expect(broken.status == 1)
        #expect(
            broken.stderr
                == """
                \(folder.path)/changes.md:5:11: error: no base record has ID 'pe-report-abuse-images-hotlin' \
                (hint: did you mean 'pe-report-abuse-images-hotline'?)\n
                """
        )
        #expect(broken.stdout.hasSuffix("; 1 errors, 0 warnings\n"))

        // A warning alone (no base text hash) does not fail lint.
        let unhashed = try Self.layerFolder([
            "changes.md": changes.replacingOccurrences(of: "hotlin\n", with: "hotline\n")
        ])
        defer { try? FileManager.default.removeItem(at: unhashed) }
        let warned = try CommandRunner.run(["lint", "--adaptation", unhashed.path])
        #expect(warned.status == 0)
        #expect(
            warned.stderr.contains(
                """
                : warning: this amend of 'pe-report-abuse-images-hotline' does not say which base text it was written \
                against
                """
            ))
    }

    @Test func lintReportsStackProblems() throws {
        let twice = try CommandRunner.run(["lint", "--adaptation", Self.gb, "--adaptation", Self.gb + "/"])
        #expect(twice.status == 1)
        #expect(
            twice.stderr.contains(
                """
                Examples/Adaptations/gb/adaptation.md:1:1: error: the folder of layer 'gb' is given twice (hint: give \
                each adaptation once, in the order the layers stack)
                """
            ))

        let school = try Self.layerFolder(
            [:],
            manifest: Self.manifest.replacingOccurrences(of: "- ID: tl", with: "- ID: school") + "- Stacks on: gb\n")
        defer { try? FileManager.default.removeItem(at: school) }
        let stacked = try CommandRunner.run(["lint", "--adaptation", Self.gb, "--adaptation", school.path])
        #expect(stacked.status == 0, "\(stacked.stderr)")
        let reversed = try CommandRunner.run(["lint", "--adaptation", school.path, "--adaptation", Self.gb])
        #expect(reversed.status == 1)
        #expect(
            reversed.stderr
                == """
                \(school.path)/adaptation.md:10:14: error: layer 'school' stacks on 'gb', which is applied after \
                it (hint: give the adaptation 'gb' before 'school')\n
                """
        )
        let notAFolder = try CommandRunner.run(["lint", "--adaptation", "README.md"])
        #expect(notAFolder.status == 1)
        #expect(notAFolder.stderr.hasPrefix("README.md:1:1: error: 'README.md' is not a folder"))
    }

    @Test func stackedLayersApplyInOrderAndConflictsFail() throws {
        let replacement = { (id: String, extra: String) in
            """
            # Changes\n- Changes: base\n\n## Ours\n- Replaces: pe-when-police\n- Reason: \(id)\n\
            \(extra)- Source: https://example.org/\n- Confidence: high\n\nText of \(id).\n
            """
        }
        let manifest = { (id: String) in Self.manifest.replacingOccurrences(of: "- ID: tl", with: "- ID: \(id)") }
        let first = try Self.layerFolder(["c.md": replacement("first", "")], manifest: manifest("first"))
        let conflicting = try Self.layerFolder(["c.md": replacement("second", "")], manifest: manifest("second"))
        let overriding = try Self.layerFolder(
            ["c.md": replacement("second", "- Overrides: first\n")], manifest: manifest("second"))
        defer { for folder in [first, conflicting, overriding] { try? FileManager.default.removeItem(at: folder) } }

        let failed = try CommandRunner.run([
            "show", "pe-when-police", "--adaptation", first.path, "--adaptation", conflicting.path,
        ])
        #expect(failed.status == 1)
        #expect(
            failed.stderr.contains(
                """
                \(conflicting.path)/c.md:5:13: error: 'pe-when-police' is already replaced by layer 'first' at \
                \(first.path)/c.md:4:1 (hint: if this layer should win, add '- Overrides: first')
                """
            ))

        let shown = try CommandRunner.run([
            "show", "pe-when-police", "--adaptation", first.path, "--adaptation", overriding.path,
        ])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Text of second.") && !shown.stdout.contains("Text of first."))
        #expect(shown.stdout.contains("Text replaced by first") && shown.stdout.contains("Text replaced by second"))
    }

    @Test func searchFindsTheNationalServices() throws {
        let output = try CommandRunner.run([
            "search", "where do I report a nude photo of my child", "--adaptation", Self.gb, "--limit", "5", "--json",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        let services = results.filter { $0["kind"] as? String == "service" }
        #expect(!services.isEmpty)
        #expect(services.allSatisfy { $0["layer"] as? String == "gb" })
    }

    @Test func readmeShowsTheRealDiffOutput() throws {
        let readme = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "`cop diff --adaptation Examples/Adaptations/gb`, as printed by the binary:\n\n```\n"
        let start = try #require(readme.range(of: marker))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let output = try CommandRunner.run(["diff", "--adaptation", Self.gb])
        #expect(output.stdout == String(readme[start.upperBound..<end.lowerBound]) + "\n")
    }

    @Test func addedSectionsAndTermsInDiffShowAndSearch() throws {
        let glossary =
            """
            # Glossary\n- Catalogue: glossary\n\n## Quokka notice\n- ID: tl-term-quokka-notice\n- Aliases: QN\n\
            - Risks: csam\n- Source: https://example.org/glossary\n- Confidence: high\n\n\
            Testland's formal takedown order.\n
            """
        let chapter =
            """
            # Chapter\n- Additions: policy-makers\n\n## National reporting duties\n- ID: tl-reporting-duties\n\
            - Kind: section\n- Source: https://example.org/duties\n- Confidence: medium\n\nWhat the law asks.\n
            """
        let folder = try Self.layerFolder(["glossary.md": glossary, "chapter.md": chapter])
        defer { try? FileManager.default.removeItem(at: folder) }
        let diff = try CommandRunner.run(["diff", "--adaptation", folder.path])
        #expect(diff.status == 0, "\(diff.stderr)")
        let rows = diff.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("adds section tl-reporting-duties National reporting duties"))
        #expect(rows.contains("adds term tl-term-quokka-notice Quokka notice"))
        let term = try CommandRunner.run(["show", "tl-term-quokka-notice", "--adaptation", folder.path])
        #expect(term.status == 0, "\(term.stderr)")
        #expect(term.stdout.contains("Testland's formal takedown order."))
        #expect(term.stdout.contains("Added by tl: https://example.org/glossary (confidence: high)"))
        let section = try CommandRunner.run(["show", "tl-reporting-duties", "--adaptation", folder.path])
        #expect(section.stdout.contains("Added by tl: https://example.org/duties (confidence: medium)"))
        let search = try CommandRunner.run([
            "search", "quokka notice", "--adaptation", folder.path, "--json", "--limit", "1",
        ])
        #expect(
            search.stdout.contains("\"id\": \"tl-term-quokka-notice\"") && search.stdout.contains("\"layer\": \"tl\""))
    }

    @Test func amendingARecordAnEarlierLayerWithdrewFails() throws {
        // au withdraws the GDPR age-of-consent record; gb, stacked after it, amends it.
        let output = try CommandRunner.run(["lint", "--adaptation", Self.au, "--adaptation", Self.gb])
        #expect(output.status == 1)
        #expect(
            output.stderr
                == """
                Examples/Adaptations/gb/changes.md:24:11: error: 'in-ob-gdpr-age-of-consent' was withdrawn by \
                layer 'au' at Examples/Adaptations/au/changes.md:23:1 (hint: a withdrawn record cannot be amended; \
                remove this change or the withdrawal)\n
                """
        )
        // The other order is fine: the amendment, then the withdrawal.
        let reversed = try CommandRunner.run(["lint", "--adaptation", Self.gb, "--adaptation", Self.au])
        #expect(reversed.status == 0, "\(reversed.stderr)")
    }

    @Test func aCycleOfLayersFails() throws {
        let manifest = { (id: String, base: String) in
            Self.manifest.replacingOccurrences(of: "- ID: tl", with: "- ID: \(id)") + "- Stacks on: \(base)\n"
        }
        let alpha = try Self.layerFolder([:], manifest: manifest("alpha", "beta"))
        let beta = try Self.layerFolder([:], manifest: manifest("beta", "alpha"))
        defer { for folder in [alpha, beta] { try? FileManager.default.removeItem(at: folder) } }
        let output = try CommandRunner.run([
            "search", "grooming", "--adaptation", alpha.path, "--adaptation", beta.path,
        ])
        #expect(output.status == 1)
        #expect(
            output.stderr
                == """
                \(alpha.path)/adaptation.md:10:14: error: layers stack on each other in a cycle: alpha -> beta -> \
                alpha (hint: a layer stacks only on layers below it; remove one 'Stacks on' of the cycle)\n
                """
        )
    }
}
