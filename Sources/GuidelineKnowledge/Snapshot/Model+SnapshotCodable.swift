internal import BinaryCoding

extension SourceLocation: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            file: try reader.read(String.self), line: try reader.read(Int.self), column: try reader.read(Int.self))
    }
}

extension Provenance: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(source)
        writer.write(case: confidence)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(source: try reader.read(String.self), confidence: try reader.read(case: Confidence.self))
    }
}

extension Alias: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(text)
        writer.write(note)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(text: try reader.read(String.self), note: try reader.readOptionalString())
    }
}

extension GuidelineSet: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(case: id)
        writer.write(title)
        writer.write(description)
        writer.write(provenance)
        writer.write(chapterIDs)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(case: Audience.self), title: try reader.read(String.self),
            description: try reader.read(String.self),
            provenance: try reader.read(), chapterIDs: try reader.read([String].self), location: try reader.read()
        )
    }
}

extension Risk: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(case: id)
        writer.write(title)
        writer.write(aliases)
        writer.write(definition)
        writer.write(harmIDs)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(case: RiskID.self), title: try reader.read(String.self), aliases: try reader.read(),
            definition: try reader.read(String.self), harmIDs: try reader.read([String].self),
            location: try reader.read()
        )
    }
}

extension Harm: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(definition)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(String.self), title: try reader.read(String.self),
            definition: try reader.read(String.self), location: try reader.read())
    }
}

extension Topic: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(aliases)
        writer.write(definition)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(String.self), title: try reader.read(String.self), aliases: try reader.read(),
            definition: try reader.read(String.self), location: try reader.read()
        )
    }
}

extension Term: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(aliases)
        writer.write(definition)
        writer.write(cases: relatedRiskIDs)
        writer.write(relatedTopicIDs)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(String.self), title: try reader.read(String.self), aliases: try reader.read(),
            definition: try reader.read(String.self), relatedRiskIDs: try reader.read(cases: RiskID.self),
            relatedTopicIDs: try reader.read([String].self), location: try reader.read()
        )
    }
}

extension Checklist: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(case: audience)
        writer.write(title)
        writer.write(description)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(String.self), audience: try reader.read(case: Audience.self),
            title: try reader.read(String.self),
            description: try reader.read(String.self), location: try reader.read()
        )
    }
}

extension Section: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(case: audience)
        writer.write(title)
        writer.write(text)
        writer.write(parentID)
        writer.write(subsectionIDs)
        writer.write(recommendationIDs)
        writer.write(cases: riskIDs)
        writer.write(topicIDs)
        writer.write(cases: ageBands)
        writer.write(cases: readers)
        writer.write(checklistID)
        writer.write(provenance)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(String.self), audience: try reader.read(case: Audience.self),
            title: try reader.read(String.self),
            text: try reader.read(String.self), parentID: try reader.readOptionalString(),
            subsectionIDs: try reader.read([String].self),
            recommendationIDs: try reader.read([String].self), riskIDs: try reader.read(cases: RiskID.self),
            topicIDs: try reader.read([String].self), ageBands: try reader.read(cases: AgeBand.self),
            readers: try reader.read(cases: Reader.self), checklistID: try reader.readOptionalString(),
            provenance: try reader.read(), location: try reader.read()
        )
    }
}

extension Recommendation: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(case: audience)
        writer.write(sectionID)
        writer.write(title)
        writer.write(text)
        writer.write(cases: riskIDs)
        writer.write(topicIDs)
        writer.write(cases: ageBands)
        writer.write(cases: readers)
        writer.write(checklistID)
        writer.write(questions)
        writer.write(provenance)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        self.init(
            id: try reader.read(String.self), audience: try reader.read(case: Audience.self),
            sectionID: try reader.read(String.self),
            title: try reader.read(String.self), text: try reader.read(String.self),
            riskIDs: try reader.read(cases: RiskID.self),
            topicIDs: try reader.read([String].self), ageBands: try reader.read(cases: AgeBand.self),
            readers: try reader.read(cases: Reader.self), checklistID: try reader.readOptionalString(),
            questions: try reader.read([String].self), provenance: try reader.read(), location: try reader.read()
        )
    }
}

extension KnowledgeBase.Parts: SnapshotCodable {
    func encode(to writer: inout SnapshotWriter) {
        writer.writeCaseNames(of: Audience.self)
        writer.writeCaseNames(of: AgeBand.self)
        writer.writeCaseNames(of: Reader.self)
        writer.writeCaseNames(of: RiskID.self)
        writer.writeCaseNames(of: Provenance.Confidence.self)
        writer.write(guidelineSets)
        writer.write(risks)
        writer.write(harms)
        writer.write(topics)
        writer.write(terms)
        writer.write(checklists)
        writer.write(sections)
        writer.write(recommendations)
    }

    init(from reader: inout SnapshotReader) throws(BinaryDecodingError) {
        try reader.expectCaseNames(of: Audience.self)
        try reader.expectCaseNames(of: AgeBand.self)
        try reader.expectCaseNames(of: Reader.self)
        try reader.expectCaseNames(of: RiskID.self)
        try reader.expectCaseNames(of: Provenance.Confidence.self)
        self.init(
            guidelineSets: try reader.read(), risks: try reader.read(), harms: try reader.read(),
            topics: try reader.read(),
            terms: try reader.read(), checklists: try reader.read(), sections: try reader.read(),
            recommendations: try reader.read()
        )
    }
}
