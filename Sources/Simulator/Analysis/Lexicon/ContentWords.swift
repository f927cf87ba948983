/// The built-in open-class vocabulary that signals a STAR part: verbs of action and change,
/// outcome and problem words. Written for mockloop; each list is space-separated lowercase forms.
enum ContentWords {
    /// Concrete things a candidate does, as base forms. Past forms are generated
    /// (see `VerbForms`); irregular pasts are listed in `irregularActionPasts`.
    static let actionVerbs = """
        migrate build rebuild write rewrite design redesign implement reimplement analyze analyse call \
        meet propose create set organize organise schedule review automate negotiate renegotiate escalate \
        prototype coach interview investigate debug profile deploy redeploy roll draft present pitch \
        convince persuade map measure test retest add remove refactor split prioritize prioritise triage \
        reach contact email message ask talk sit pull query dig trace reproduce fix patch document train \
        mentor hire recruit delegate ship launch release introduce replace restructure reorganize \
        reorganise simplify consolidate merge benchmark compare evaluate assess gather collect survey \
        run lead drive start kick pair partner shadow teach explain walk share publish send demo \
        configure install upgrade monitor instrument alert rollback revert isolate identify discover \
        find spot diagnose resolve solve unblock clean estimate plan break decompose scope define model \
        simulate calculate forecast budget onboard pilot trial experiment validate verify audit inspect \
        check flag report push challenge argue raise suggest recommend offer volunteer step take hand \
        transfer move port convert rename extract cache index optimize optimise tune parallelize shard \
        batch queue throttle retry code develop architect prepare arrange book coordinate facilitate \
        host chair hold convene listen apologize apologise acknowledge admit commit decide choose pick \
        opt approve reject decline deprioritize defer postpone cancel stop pause freeze block enable \
        grant streamline standardize standardise track log record tag label classify cluster segment \
        group sort filter combine integrate connect wire hook expose wrap deprecate sunset retire \
        decommission archive delete purge secure encrypt harden sandbox contain mitigate restore rescue \
        fund source procure buy rent lease contract invite interview brief debrief update inform notify \
        warn alert follow visit observe examine study research read learn sketch whiteboard storyboard \
        outline spec specify detail list rank score weigh quantify tabulate chart graph plot visualize \
        visualise dashboard summarize summarise highlight recommend escalate page phone text write-up \
        reply respond answer address tackle handle manage own drive champion sponsor advocate lobby \
        persuade influence rally mobilize mobilise recruit assign allocate reallocate redistribute \
        rotate staff cover swap trade exchange split divide separate decouple untangle rework redo \
        replan reprioritize re-architect rearchitect reengineer overhaul revamp modernize modernise \
        upgrade downgrade tweak adjust adapt customize customise localize localise translate \
        repackage reformat rewrite edit proofread clarify pause halt roll-back hotfix debug root-cause \
        instrument alarm stabilize stabilise scale load-test stress-test canary dogfood beta-test \
        survey poll a/b-test experiment iterate refine polish finalize finalise sign close complete \
        finish wrap deliver hand-off handoff demo showcase present pitch propose draft submit file \
        open raise create spin stand set-up setup go drive fly travel work stay volunteer offer
        """

    /// Irregular past forms of action verbs.
    static let irregularActionPasts = """
        built rebuilt wrote rewrote ran led made took gave sent put met found drove spoke told brought \
        bought chose dug drew fought held kept paid sought sold shut split spent stood taught threw \
        undertook withdrew caught went set cut hid hung laid lent overrode oversaw rode shook struck \
        swept swung tore upheld began flew overcame redid undid withheld forgave forbade broke read reread
        """

    /// Irregular past forms that are not actions on their own.
    static let irregularOtherPasts = """
        was were had did got came became saw knew thought felt heard meant understood grew rose fell \
        won lost left let read said told sat slept woke wore seemed shrank sank
        """

    /// Verbs in the past that describe a change in a measure, typical of results.
    static let changeVerbs = """
        reduced cut decreased lowered dropped fell shrank halved increased raised grew rose boosted \
        doubled tripled quadrupled improved saved eliminated recovered climbed jumped hit reached \
        exceeded beat surpassed achieved shortened accelerated sped freed stabilized stabilised \
        plummeted plunged slashed trimmed tightened widened expanded gained lifted soared spiked \
        declined diminished dipped stopped disappeared vanished ceased lost averaged totaled totalled generated earned produced \
        prevented avoided retained
        """

    /// Words naming a concrete outcome.
    static let outcomeWords = """
        launched shipped delivered adopted \
        adoption promoted promotion praised award awarded recognized recognised recognition thanked \
        renewed renewal retained retention signed won saved savings live rollout released \
        succeeded completed finished approved accepted funded \
        standard default template baseline precedent playbook praise kudos bonus revenue profit \
        profitable profitability fixed resolved eliminated unblocked prevented avoided zero
        """

    /// Words naming an outcome without saying what it was.
    static let resultNouns = """
        result results resulted outcome outcomes impact impacts success successful successfully \
        achievement achievements accomplishment win wins
        """

    /// Vague, unmeasured praise of an outcome.
    static let vaguePositive = """
        happy pleased satisfied great good well smoothly smooth positive positively appreciated glad \
        thrilled impressed grateful nice better fine excited delighted proud helpful valuable
        """

    /// Trouble that sets the scene.
    static let problemWords = """
        problem problems issue issues outage outages incident incidents bug bugs slow slower broken \
        failing failures failure complaint complaints complaining churn churning backlog behind late \
        delay delays delayed risk risks crisis escalation escalations legacy manual struggling \
        struggled bottleneck bottlenecks errors crash crashes crashing downtime defect defects pain \
        frustrated frustrating unhappy angry upset losing missed overdue blocked unstable flaky debt \
        timeouts timing-out spike spikes leak leaking drop dropping declining decline slipping \
        understaffed short-staffed conflict tension disagreement confusing confused unclear chaos \
        chaotic messy inconsistent unreliable expensive costly overloaded outdated deprecated urgent \
        critical broke stuck
        """

    /// Words naming an aim or obligation.
    static let goalWords = """
        goal goals objective objectives target targets deadline deadlines mandate mission task \
        responsibility requirement requirements aim priority assignment charter okr okrs kpi kpis \
        deliverable deliverables
        """
}
