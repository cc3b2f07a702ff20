/// Why a guide file could not be read, pointing at the place to fix.
///
/// `description` is one line in the form editors and terminals understand,
/// `guide.md:14:3: an item ("2. ...") appears before any step heading — put it under a "## Step N: ..." heading`,
/// written for the person who edits the guide, not for a programmer.
public struct GuideParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var fileName: String
    /// 1-based line of the problem.
    public var line: Int
    /// 1-based column, counted in characters (Unicode code points) from the start of the line.
    public var column: Int
    public var reason: Reason

    public init(fileName: String, line: Int, column: Int, reason: Reason) {
        self.fileName = fileName
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "\(fileName):\(line):\(column): \(reason.message)" }

    /// What is wrong; each case knows how to explain itself.
    public enum Reason: Equatable, Sendable {
        case emptyFile
        case missingTitle
        case secondTitle(firstLine: Int)
        case invalidUTF8
        case nulByte
        case bareCarriageReturn
        case unsupportedHeadingLevel
        case emptyHeading
        case malformedStepHeading
        case stepOutOfOrder(expected: Int, found: String)
        case itemOutsideStep(item: String)
        case itemOutOfOrder(expected: Int, found: String)
        case emptyItemTitle
        case paragraphAfterItems
        case unclosedComment
        case invalidKey(String)
        case duplicateSectionKey(String, firstLine: Int)
        case duplicateItemKey(String, firstLine: Int)
        case noKeyFromTitle
        case unknownTool(String)
        case unknownMarkerSetting(String)
        case toolOnHeading

        public var message: String {
            switch self {
            case .emptyFile:
                return "there is no guide in this file — a guide starts with a title line such as \"# My Guide\""
            case .missingTitle:
                return "the guide must start with a title line such as \"# My Guide\" before any other text"
            case .secondTitle(let firstLine):
                return "a second title (\"# ...\"); the title is already on line \(firstLine) — use \"## ...\" for a section heading"
            case .invalidUTF8:
                return "this is not valid UTF-8 text — save the file as UTF-8 in your editor"
            case .nulByte:
                return "the file contains a NUL (zero) byte — it looks like a binary file, not a text guide"
            case .bareCarriageReturn:
                return "a carriage return (CR) without a line feed — save the file with Unix (LF) or Windows (CR LF) line endings"
            case .unsupportedHeadingLevel:
                return "only \"#\" (the guide title) and \"##\" (a step or section) headings are supported"
            case .emptyHeading:
                return "this heading has no title — write some text after the \"#\" marks"
            case .malformedStepHeading:
                return "a step heading must look like \"## Step 3: Title\" — a number, a colon, then the title"
            case .stepOutOfOrder(let expected, let found):
                return "step \(found) is out of order — steps are numbered 1, 2, 3, …, so this one should be step \(expected)"
            case .itemOutsideStep(let item):
                return "an item (\"\(item) ...\") appears outside a step — put it under a \"## Step N: ...\" heading"
            case .itemOutOfOrder(let expected, let found):
                return "item \(found) is out of order — items in a step are numbered 1, 2, 3, …, so this one should be \(expected)"
            case .emptyItemTitle:
                return "this item has no text — write a title after the number, like \"1. Call a friend\""
            case .paragraphAfterItems:
                return "a paragraph follows the step's numbered items — move it above the items: a step's text comes first, then its items"
            case .unclosedComment:
                return "a comment (\"<!--\") must end on the same line with \"-->\""
            case .invalidKey(let key):
                return "the key {#\(key)} is not valid — keys use lowercase letters a–z, digits and single hyphens, at most \(GuideKey.maximumLength) characters, like {#self-reflection}"
            case .duplicateSectionKey(let key, let firstLine):
                return "the key \"\(key)\" is already used by the section on line \(firstLine) — give this section its own {#key}"
            case .duplicateItemKey(let key, let firstLine):
                return "the key \"\(key)\" is already used by the item on line \(firstLine) of this step — give this item its own {#key}"
            case .noKeyFromTitle:
                return "no key can be made from this title (it has no letters a–z or digits) — add one at the end, like {#my-step}"
            case .unknownTool(let name):
                return "there is no tool called \"\(name)\" — the tools are \(GuideTool.namesForMessage), as in {#my-item tool=drafts}"
            case .unknownMarkerSetting(let setting):
                return "\"\(setting)\" is not understood in a key marker — after the key only tool=NAME may follow, as in {#my-item tool=wins}"
            case .toolOnHeading:
                return "tools belong to a step's numbered items, not to headings — move tool=… to the {#key} of an item"
            }
        }
    }
}
