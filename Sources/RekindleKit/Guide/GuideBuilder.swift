/// Turns the lines of a guide file into a `Guide`, one line at a time, enforcing the format's rules.
///
/// Blocks (a paragraph, or an item with its continuation lines) are collected as byte ranges and
/// become text when they end, so every line is looked at a constant number of times.
struct GuideBuilder {
    private let source: GuideSource
    private var bytes: [UInt8] { source.bytes }

    private var guideTitle: (text: String, id: String, line: Int)?
    private var sections: [GuideSection] = []
    private var current: GuideSection?
    private var paragraphLines: [ByteSpan] = []
    private var pendingItem: PendingItem?
    private var sectionKeyLines: [String: Int] = [:]
    private var lastStepNumber = 0
    private var itemKeyLines: [String: Int] = [:]

    /// An item whose continuation lines may still follow.
    private struct PendingItem {
        var number: Int
        var numberStart: Int
        var line: Int
        var pieces: [ByteSpan]
    }

    init(source: GuideSource) {
        self.source = source
    }

    mutating func build() throws(GuideParseError) -> Guide {
        for (index, line) in source.lines.enumerated() {
            try add(GuideLine(line.range, in: bytes), lineNumber: index + 1)
        }
        try endBlock()
        endSection()
        guard let guideTitle else {
            throw GuideParseError(fileName: source.fileName, line: 1, column: 1, reason: .emptyFile)
        }
        return Guide(id: guideTitle.id, title: guideTitle.text, sections: sections)
    }

    private mutating func add(_ line: GuideLine, lineNumber: Int) throws(GuideParseError) {
        switch line {
        case .blank:
            try endBlock()
        case .comment:
            break
        case .unclosedComment(let start):
            throw error(.unclosedComment, at: start)
        case .heading(let level, let start, let text):
            guard level <= 2 else { throw error(.unsupportedHeadingLevel, at: start) }
            if level == 1 {
                try startGuide(title: text, start: start, lineNumber: lineNumber)
            } else {
                try requireTitle(before: start)
                try endBlock()
                endSection()
                try startSection(heading: text, start: start, lineNumber: lineNumber)
            }
        case .item(let number, let text):
            try requireTitle(before: number.lowerBound)
            try endBlock()
            try startItem(number: number, text: text, lineNumber: lineNumber)
        case .text(let text):
            try requireTitle(before: text.lowerBound)
            if pendingItem != nil {
                pendingItem?.pieces.append(ByteSpan(text))
            } else if let current, current.kind == .step, !current.items.isEmpty {
                throw error(.paragraphAfterItems, at: text.lowerBound)
            } else {
                paragraphLines.append(ByteSpan(text))
            }
        }
    }

    // MARK: Title and sections

    private mutating func startGuide(title heading: Range<Int>, start: Int, lineNumber: Int) throws(GuideParseError) {
        if let guideTitle { throw error(.secondTitle(firstLine: guideTitle.line), at: start) }
        let (titleRange, keyRange, keyStart) = GuideLine.splitTrailingKey(heading, in: bytes)
        guard !titleRange.isEmpty else { throw error(.emptyHeading, at: start) }
        let title = text(titleRange)
        try refuseTool(in: keyRange)
        let id = try key(explicit: keyRange, keyStart: keyStart, derivedFrom: title, headingStart: start)
        guideTitle = (title, id, lineNumber)
        current = GuideSection(key: "introduction", kind: .introduction, number: nil, title: "Introduction",
                               paragraphs: [], items: [], line: lineNumber)
    }

    private mutating func startSection(heading: Range<Int>, start: Int, lineNumber: Int) throws(GuideParseError) {
        let (headingText, keyRange, keyStart) = GuideLine.splitTrailingKey(heading, in: bytes)
        guard !headingText.isEmpty else { throw error(.emptyHeading, at: start) }
        var kind = SectionKind.other
        var number: Int?
        var titleRange = headingText
        if let step = try stepHeading(headingText, headingStart: start) {
            kind = .step
            number = step.number
            titleRange = step.title
            lastStepNumber = step.number
        }
        let title = text(titleRange)
        try refuseTool(in: keyRange)
        let key = try key(explicit: keyRange, keyStart: keyStart, derivedFrom: title, headingStart: start)
        if let firstLine = sectionKeyLines[key] {
            throw error(.duplicateSectionKey(key, firstLine: firstLine), at: keyRange == nil ? start : keyStart)
        }
        sectionKeyLines[key] = lineNumber
        itemKeyLines = [:]
        current = GuideSection(key: key, kind: kind, number: number, title: title,
                               paragraphs: [], items: [], line: lineNumber)
    }

    /// Recognises `Step N: Title` (any letter case); nil for other headings.
    private func stepHeading(_ heading: Range<Int>, headingStart: Int) throws(GuideParseError) -> (number: Int, title: Range<Int>)? {
        let word = heading.lowerBound..<min(heading.lowerBound + 4, heading.upperBound)
        guard String(decoding: bytes[word], as: UTF8.self).lowercased() == "step" else { return nil }
        let afterWord = GuideLine.trimmed(word.upperBound..<heading.upperBound, in: bytes)
        guard afterWord.lowerBound > word.upperBound, let firstDigit = afterWord.first, isDigit(bytes[firstDigit]) else {
            return nil
        }
        var digitsEnd = firstDigit
        while digitsEnd < afterWord.upperBound && isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
        let afterNumber = GuideLine.trimmed(digitsEnd..<afterWord.upperBound, in: bytes)
        guard let colon = afterNumber.first, bytes[colon] == UInt8(ascii: ":") else {
            throw error(.malformedStepHeading, at: headingStart)
        }
        let expected = lastStepNumber + 1
        let digits = firstDigit..<digitsEnd
        guard Int(text(digits)) == expected else {
            throw error(.stepOutOfOrder(expected: expected, found: excerpt(digits)), at: firstDigit)
        }
        let title = GuideLine.trimmed(colon + 1..<afterNumber.upperBound, in: bytes)
        guard !title.isEmpty else { throw error(.emptyHeading, at: headingStart) }
        return (expected, title)
    }

    private mutating func endSection() {
        guard let section = current else { return }
        current = nil
        if section.kind == .introduction {
            guard !section.paragraphs.isEmpty else { return }
            sectionKeyLines[section.key] = section.line
        }
        sections.append(section)
    }

    // MARK: Blocks: paragraphs and items

    private mutating func startItem(number digits: Range<Int>, text itemText: Range<Int>, lineNumber: Int) throws(GuideParseError) {
        guard let current, current.kind == .step else {
            throw error(.itemOutsideStep(item: excerpt(digits) + "."), at: digits.lowerBound)
        }
        let expected = current.items.count + 1
        guard Int(text(digits)) == expected else {
            throw error(.itemOutOfOrder(expected: expected, found: excerpt(digits)), at: digits.lowerBound)
        }
        pendingItem = PendingItem(number: expected, numberStart: digits.lowerBound, line: lineNumber,
                                  pieces: itemText.isEmpty ? [] : [ByteSpan(itemText)])
    }

    /// Ends the paragraph or item being collected, at a blank line, heading, item or the end of file.
    private mutating func endBlock() throws(GuideParseError) {
        if !paragraphLines.isEmpty {
            let paragraph = String(decoding: joined(paragraphLines), as: UTF8.self)
            current?.paragraphs.append(paragraph)
            paragraphLines = []
        }
        if let item = pendingItem {
            pendingItem = nil
            try finishItem(item)
        }
    }

    private mutating func finishItem(_ item: PendingItem) throws(GuideParseError) {
        var pieces = item.pieces
        var keyRange: Range<Int>?
        var keyStart = item.numberStart
        var tool: GuideTool?
        if let last = pieces.popLast() {
            let split = GuideLine.splitTrailingKey(last.range, in: bytes)
            if !split.text.isEmpty { pieces.append(ByteSpan(split.text)) }
            keyStart = split.key == nil ? item.numberStart : split.keyStart
            if let marker = split.key {
                let settings = GuideLine.splitMarker(marker, in: bytes)
                keyRange = settings.key
                tool = try self.tool(settings.rest)
            }
        }
        let (title, body) = splitTitle(joined(pieces))
        guard !title.isEmpty else { throw error(.emptyItemTitle, at: item.numberStart) }
        let key = try key(explicit: keyRange, keyStart: keyStart, derivedFrom: title, headingStart: item.numberStart)
        if let firstLine = itemKeyLines[key] {
            throw error(.duplicateItemKey(key, firstLine: firstLine), at: keyStart)
        }
        itemKeyLines[key] = item.line
        current?.items.append(GuideItem(key: key, number: item.number, title: title, text: body, line: item.line, tool: tool))
    }

    /// "Title: text" → ("Title", "text"); without ": " the whole item is its title.
    private func splitTitle(_ item: [UInt8]) -> (title: String, text: String) {
        var index = 0
        while index + 1 < item.count {
            if item[index] == UInt8(ascii: ":") && GuideLine.isSpace(item[index + 1]) {
                let title = GuideLine.trimmed(0..<index, in: item)
                let body = GuideLine.trimmed(index + 2..<item.count, in: item)
                return (String(decoding: item[title], as: UTF8.self), String(decoding: item[body], as: UTF8.self))
            }
            index += 1
        }
        return (String(decoding: item, as: UTF8.self), "")
    }

    // MARK: Tools

    /// `tool=NAME` after an item's key; anything else there is a mistake worth pointing at.
    private func tool(_ settings: [ByteSpan]) throws(GuideParseError) -> GuideTool? {
        var tool: GuideTool?
        for span in settings {
            let setting = span.range
            let prefix = Array("tool=".utf8)
            guard setting.count > prefix.count, Array(bytes[setting.prefix(prefix.count)]) == prefix else {
                throw error(.unknownMarkerSetting(excerpt(setting)), at: setting.lowerBound)
            }
            let name = setting.lowerBound + prefix.count..<setting.upperBound
            guard let known = GuideTool(rawValue: text(name)) else {
                throw error(.unknownTool(excerpt(name)), at: name.lowerBound)
            }
            tool = known
        }
        return tool
    }

    /// Headings carry no tools: say so rather than call the marker an invalid key.
    private func refuseTool(in marker: Range<Int>?) throws(GuideParseError) {
        guard let marker else { return }
        let settings = GuideLine.splitMarker(marker, in: bytes).rest
        if let first = settings.first, text(first.range).hasPrefix("tool=") {
            throw error(.toolOnHeading, at: first.start)
        }
    }

    // MARK: Helpers

    private func requireTitle(before offset: Int) throws(GuideParseError) {
        if guideTitle == nil { throw error(.missingTitle, at: offset) }
    }

    /// An explicit key if it is a valid slug, otherwise the slug of the title.
    private func key(explicit: Range<Int>?, keyStart: Int, derivedFrom title: String, headingStart: Int) throws(GuideParseError) -> String {
        if let explicit {
            let key = text(explicit)
            guard GuideKey.isValid(key) else { throw error(.invalidKey(excerpt(explicit)), at: keyStart) }
            return key
        }
        let derived = GuideKey.derive(from: title)
        guard !derived.isEmpty else { throw error(.noKeyFromTitle, at: headingStart) }
        return derived
    }

    /// Lines of one block joined with single spaces.
    private func joined(_ pieces: [ByteSpan]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(pieces.reduce(pieces.count) { $0 + $1.end - $1.start })
        for piece in pieces {
            if !result.isEmpty { result.append(UInt8(ascii: " ")) }
            result.append(contentsOf: bytes[piece.range])
        }
        return result
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// At most 40 characters of a range, for quoting in a message without flooding it.
    private func excerpt(_ range: Range<Int>) -> String {
        let head = text(range.prefix(160))
        return head.count > 40 || range.count > 160 ? head.prefix(40) + "…" : head
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func error(_ reason: GuideParseError.Reason, at offset: Int) -> GuideParseError {
        source.error(reason, atOffset: offset)
    }
}
