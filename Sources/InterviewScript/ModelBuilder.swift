import Yams

/// Builds the model from a YAML tree that the ShapeChecker has already checked. It reads what
/// is well-typed and falls back to defaults elsewhere: every problem was reported by the checker,
/// so the builder itself never reports.
struct ModelBuilder {
    let file: String

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    // MARK: Banks

    func bank(from root: Node) -> QuestionBank {
        let questions = (root["questions"]?.sequence.map(Array.init) ?? []).compactMap(question)
        return QuestionBank(file: file, questions: questions)
    }

    private func question(from node: Node) -> Question? {
        guard node.mapping != nil, let idNode = node["id"], let id = text(idNode) else { return nil }
        var probes: [ProbeKind: [String]] = [:]
        if let probeNode = node["probes"], let mapping = probeNode.mapping {
            for (key, value) in mapping {
                if let kind = key.scalar.flatMap({ ProbeKind(rawValue: $0.string) }) {
                    let lines = texts(value)
                    if !lines.isEmpty { probes[kind] = lines }
                }
            }
        }
        return Question(
            id: id,
            text: text(node["text"]) ?? "",
            principles: principles(node["principles"]).map(\.value),
            tags: texts(node["tags"]),
            theme: node["theme"].flatMap(text),
            areas: node["areas"].map { texts($0).compactMap(Area.init(rawValue:)) } ?? Area.allCases,
            probes: probes,
            signals: principleMap(node["signals"]),
            examples: (node["examples"]?.sequence.map(Array.init) ?? []).compactMap(example),
            location: location(of: idNode)
        )
    }

    private func example(from node: Node) -> ExampleAnswer? {
        guard let answerNode = node["answer"], let answer = text(answerNode) else { return nil }
        return ExampleAnswer(
            answer: answer,
            parts: texts(node["parts"]).compactMap(StarPart.init(rawValue:)),
            signals: principles(node["signals"]).map(\.value),
            location: location(of: answerNode)
        )
    }

    private func principleMap(_ node: Node?) -> [LeadershipPrinciple: [String]] {
        var result: [LeadershipPrinciple: [String]] = [:]
        for (key, value) in node?.mapping ?? Node.Mapping([]) {
            if let principle = key.scalar.flatMap({ LeadershipPrinciple(id: $0.string) }) {
                result[principle, default: []] += texts(value)
            }
        }
        return result
    }

    // MARK: Loops

    func loop(from root: Node) -> Loop {
        var closing = ClosingPhase()
        if let node = root["closing"] {
            closing.minutes = integer(node["minutes"], Format.closing, "minutes") ?? closing.minutes
            closing.prompt = text(node["prompt"]) ?? closing.prompt
        }
        var probing = ProbingPolicy()
        if let node = root["probing"] {
            probing.maxProbes = integer(node["max-probes"], Format.probing, "max-probes") ?? probing.maxProbes
            probing.depthProbes = integer(node["depth-probes"], Format.probing, "depth-probes") ?? probing.depthProbes
            if let order = node["order"] {
                let kinds = texts(order).compactMap(ProbeKind.init(rawValue:))
                if !kinds.isEmpty { probing.order = kinds }
            }
        }
        var rubric = Rubric()
        if let weights = root["rubric"]?["weights"] {
            rubric.weightsLocation = location(of: weights)
            rubric.weights.star = number(weights["star"], Format.weights, "star") ?? rubric.weights.star
            rubric.weights.ownership = number(weights["ownership"], Format.weights, "ownership") ?? rubric.weights.ownership
            rubric.weights.metrics = number(weights["metrics"], Format.weights, "metrics") ?? rubric.weights.metrics
            rubric.weights.specificity = number(weights["specificity"], Format.weights, "specificity") ?? rubric.weights.specificity
            rubric.weights.signals = number(weights["signals"], Format.weights, "signals") ?? rubric.weights.signals
        }
        if let thresholds = root["rubric"]?["thresholds"] {
            rubric.thresholdsLocation = location(of: thresholds)
            rubric.thresholds.strongHire = number(thresholds["strong-hire"], Format.thresholds, "strong-hire") ?? rubric.thresholds.strongHire
            rubric.thresholds.inclined = number(thresholds["inclined"], Format.thresholds, "inclined") ?? rubric.thresholds.inclined
            rubric.thresholds.notInclined = number(thresholds["not-inclined"], Format.thresholds, "not-inclined") ?? rubric.thresholds.notInclined
        }
        return Loop(
            id: text(root["id"]) ?? "",
            title: text(root["title"]) ?? "",
            area: text(root["area"]).flatMap(Area.init(rawValue:)) ?? .aws,
            role: text(root["role"]) ?? "",
            level: text(root["level"]),
            version: text(root["version"]) ?? "",
            description: text(root["description"]) ?? "",
            isPractice: boolean(root["practice"]) ?? false,
            principles: principles(root["principles"]),
            intro: text(root["intro"]),
            questionMinutes: integer(root["question-minutes"], Format.loop, "question-minutes") ?? 10,
            rounds: (root["rounds"]?.sequence.map(Array.init) ?? []).compactMap(round),
            closing: closing,
            probing: probing,
            rubric: rubric,
            wording: wording(root["wording"]),
            tests: (root["tests"]?.sequence.map(Array.init) ?? []).compactMap(testPlan),
            file: file,
            location: location(of: root),
            idLocation: root["id"].map(location(of:))
        )
    }

    private func wording(_ node: Node?) -> Wording {
        guard let node, node.mapping != nil else { return Wording() }
        var answers: [Wording.Topic: String] = [:]
        for topic in Wording.Topic.allCases {
            if let answer = text(node["answers"]?[topic.rawValue]) { answers[topic] = answer }
        }
        return Wording(greeting: text(node["greeting"]), transitions: texts(node["transitions"]),
                       outOfTime: text(node["out-of-time"]), farewell: text(node["farewell"]), answers: answers)
    }

    private func round(from node: Node) -> Round? {
        guard node.mapping != nil else { return nil }
        return Round(
            title: text(node["title"]) ?? "",
            interviewer: text(node["interviewer"]) ?? "",
            persona: text(node["persona"]) ?? "",
            isBarRaiser: boolean(node["bar-raiser"]) ?? false,
            principles: principles(node["principles"]),
            questionCount: integer(node["questions"], Format.round, "questions") ?? 2,
            minutes: integer(node["minutes"], Format.round, "minutes") ?? 45,
            pinned: locatedTexts(node["pinned"]),
            wording: wording(node["wording"]),
            principlesWritten: node["principles"]?.sequence?.count,
            location: location(of: node),
            minutesLocation: node["minutes"].map(location(of:))
        )
    }

    private func testPlan(from node: Node) -> TestPlan? {
        guard node.mapping != nil else { return nil }
        let steps: [TestStep] = (node["steps"]?.sequence.map(Array.init) ?? []).compactMap { step in
            guard step.mapping != nil else { return nil }
            return TestStep(input: text(step["answer"]) ?? "", expectation: step["expect"].map(expectation), location: location(of: step))
        }
        return TestPlan(name: text(node["name"]) ?? "", seed: integer(node["seed"], Format.testPlan, "seed").map { UInt64($0) } ?? 1, steps: steps, location: location(of: node))
    }

    private func expectation(from node: Node) -> TestExpectation {
        var expectation = TestExpectation()
        func located<T>(_ key: String, _ read: (Node) -> T?) -> Located<T>? {
            guard let value = node[key], let result = read(value) else { return nil }
            return Located(result, at: location(of: value))
        }
        expectation.next = located("next") { text($0).flatMap(TestExpectation.Next.init(rawValue:)) }
        expectation.probe = located("probe") { text($0).flatMap(ProbeKind.init(rawValue:)) }
        expectation.question = located("question") { text($0) }
        expectation.missing = located("missing") { texts($0).compactMap(StarPart.init(rawValue:)) }
        expectation.prompted = located("prompted") { texts($0).compactMap(StarPart.init(rawValue:)) }
        expectation.signals = located("signals") { principles($0).map(\.value) }
        expectation.vote = located("vote") { text($0).flatMap(Vote.init(rawValue:)) }
        return expectation
    }

    // MARK: Values

    private func text(_ node: Node?) -> String? {
        guard let node, let scalar = node.scalar, !ShapeChecker.isNull(node) else { return nil }
        return scalar.string
    }

    private func texts(_ node: Node?) -> [String] {
        node?.sequence?.compactMap { text($0) } ?? []
    }

    private func locatedTexts(_ node: Node?) -> [Located<String>] {
        node?.sequence?.compactMap { item in text(item).map { Located($0, at: location(of: item)) } } ?? []
    }

    private func principles(_ node: Node?) -> [Located<LeadershipPrinciple>] {
        node?.sequence?.compactMap { item in
            text(item).flatMap(LeadershipPrinciple.init(id:)).map { Located($0, at: location(of: item)) }
        } ?? []
    }

    /// A whole number within the range the format gives `key` of `shape`; nil otherwise (the
    /// checker has reported it), so the model never holds a value the format does not allow.
    private func integer(_ node: Node?, _ shape: Shape, _ key: String) -> Int? {
        guard let value = text(node).flatMap({ Int($0) }), case .integer(let range)? = shape.field(key)?.type else { return nil }
        return range.contains(value) ? value : nil
    }

    /// A number within the range the format gives `key` of `shape`, or nil.
    private func number(_ node: Node?, _ shape: Shape, _ key: String) -> Double? {
        guard let value = text(node).flatMap({ Double($0) }), value.isFinite, case .number(let range)? = shape.field(key)?.type else { return nil }
        return range.contains(value) ? value : nil
    }
    private func boolean(_ node: Node?) -> Bool? { text(node).flatMap(ShapeChecker.boolean) }
}

extension Node {
    /// The value of `key` when this node is a mapping.
    subscript(key: String) -> Node? {
        guard let mapping else { return nil }
        for (candidate, value) in mapping where candidate.scalar?.string == key { return value }
        return nil
    }
}
