/// The catalogue of everything mockloop can say about a script, each with a stable code.
///
/// Codes never change meaning once shipped. `docs/diagnostics.md` is generated from this list
/// (`mockloop validate --list-codes`), and a test keeps the two in step.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Reading the file
    case yamlSyntax = "LS001"
    case fileTooLarge = "LS002"
    case notText = "LS003"
    case nestingTooDeep = "LS004"
    case tooManyValues = "LS005"
    case tabIndentation = "LS006"
    case duplicateKey = "LS007"
    case emptyDocument = "LS008"
    case moreNotShown = "LS009"
    // Shape of the document
    case unknownKey = "LS010"
    case missingField = "LS011"
    case wrongType = "LS012"
    case unknownPrinciple = "LS013"
    case duplicateID = "LS014"
    case unknownQuestion = "LS015"
    case barRaiserCount = "LS016"
    case notEnoughQuestions = "LS017"
    case timeBudget = "LS018"
    case invalidValue = "LS019"
    case unknownKind = "LS020"
    case roundPrinciplesCount = "LS021"
    case pinnedOutsideRound = "LS022"
    case invalidTestPlan = "LS023"
    case tooManyPins = "LS024"
    case pinnedTwice = "LS025"
    case roundLeftShort = "LS026"
    // Story files (the candidate's story bank)
    case frontMatterNotClosed = "LS027"
    case emptyStory = "LS028"
    // Warnings
    case missingProbe = "LS101"
    case targetNotAssessed = "LS102"
    case principleAssessedTwice = "LS103"
    case unusedQuestion = "LS104"
    case exampleMismatch = "LS105"
    case weightsDoNotSumToOne = "LS106"
    case roundMayBeLeftShort = "LS107"
    case unknownStoryHeading = "LS108"
    case storyPartTwice = "LS109"
    case noPrinciplesClaimed = "LS110"
    case replacesShippedLoop = "LS111"

    /// Whether the code is an error or a warning unless a caller says otherwise.
    public var defaultSeverity: Diagnostic.Severity {
        rawValue.hasPrefix("LS1") ? .warning : .error
    }

    /// One line on what the diagnostic means.
    public var summary: String {
        switch self {
        case .yamlSyntax: "The file is not valid YAML."
        case .fileTooLarge: "The file is larger than a script may be."
        case .notText: "The file is not UTF-8 text (binary data or another encoding)."
        case .nestingTooDeep: "Lists and mappings are nested deeper than any script needs."
        case .tooManyValues: "The document expands to more values than its size allows (usually aliases that refer to aliases)."
        case .tabIndentation: "A line is indented with a tab; YAML allows only spaces."
        case .duplicateKey: "A key appears twice in the same mapping."
        case .emptyDocument: "The file has no content."
        case .moreNotShown: "A file has more problems than are shown; the rest are counted."
        case .unknownKey: "A key that the format does not have (often a typo)."
        case .missingField: "A required field is missing."
        case .wrongType: "A value has the wrong type (for example a list where text is expected)."
        case .unknownPrinciple: "A Leadership Principle id that does not exist."
        case .duplicateID: "Two questions or loops share an id, or a list repeats an entry."
        case .unknownQuestion: "A pinned question id that no question bank defines."
        case .barRaiserCount: "A loop must have exactly one Bar Raiser round."
        case .notEnoughQuestions: "A round's principles have fewer bank questions than the round asks."
        case .timeBudget: "A round's minutes cannot fit its questions and the closing."
        case .invalidValue: "A value is outside what the field allows."
        case .unknownKind: "The `kind:` key is missing or not `loop` or `question-bank`."
        case .roundPrinciplesCount: "A round must assess 2 or 3 Leadership Principles."
        case .pinnedOutsideRound: "A pinned question assesses none of its round's principles."
        case .invalidTestPlan: "A test plan step or expectation is malformed."
        case .tooManyPins: "A round pins more questions than it asks."
        case .pinnedTwice: "One question is pinned in two rounds of a loop (a question is asked once per loop)."
        case .roundLeftShort: "Earlier rounds of the loop draw from the same questions and always leave this round short."
        case .frontMatterNotClosed: "A story file's front matter opens with `---` but has no closing `---` line."
        case .emptyStory: "A story file has a front matter but no story under it."
        case .missingProbe: "A question has no follow-up for some STAR part; a built-in one is used."
        case .targetNotAssessed: "A principle the loop targets is assessed by no round."
        case .principleAssessedTwice: "Two interviewers of one loop assess the same principle."
        case .unusedQuestion: "A bank question that no loop can ask."
        case .exampleMismatch: "An example answer does not contain the STAR parts or signals it claims."
        case .weightsDoNotSumToOne: "The rubric weights do not add up to 1; they are scaled to do so."
        case .roundMayBeLeftShort: "Earlier rounds of the loop draw from the same questions and can leave this round short on some seeds."
        case .unknownStoryHeading: "A heading in a story that is not Situation, Task, Action, Result or Learned; its text joins the part above it."
        case .storyPartTwice: "A story has the same part's heading twice; the two texts are read as one."
        case .noPrinciplesClaimed: "A story's front matter names no Leadership Principle it is meant for."
        case .replacesShippedLoop: "A loop of yours has the id of a shipped loop; `mockloop run ID` runs yours."
        }
    }
}
