/// The built-in closed-class vocabulary: pronouns, auxiliaries, adverbs, units, numbers,
/// abbreviations, connectives. Each list is a space-separated set of lowercase word forms
/// (apostrophes straight) tagged with the trait it gives.
enum FunctionWords {
    static let lists: [(WordTraits, String)] = [
        ([.iWord, .iSubject], "i i'm i've i'd i'll"),
        (.iWord, "me my myself mine"),
        ([.weWord, .weSubject], "we we're we've we'd we'll"),
        (.weWord, "our us ourselves ours"),
        (.thirdPerson, """
            he she they it him her them his their its theirs hers someone somebody everyone everybody \
            nobody he'd she'd they'd he's she's they're it's it'd they've
            """),
        (.team, "team teams squad"),
        (.beVerbPast, "was were wasn't weren't"),
        (.hadVerb, "had hadn't i'd we'd"),
        (.presentState, "is are am has have isn't aren't hasn't haven't it's that's there's i'm we're they're"),
        (.mentalVerb, """
            think thinks thought know knows knew believe believes believed feel feels felt realize realized \
            realise realised wonder wondered hope hoped want wanted wish wished like liked love loved hate \
            hated remember remembered recall recalled understand understood guess guessed suppose supposed \
            assume assumed expect expected worry worried care cared mean meant seem seemed appear appeared \
            notice noticed saw see sees heard hear hears
            """),
        (.would, "would wouldn't i'd we'd"),
        (.future, "will won't shall i'll we'll"),
        (.genericAdverb, """
            usually always typically generally normally often tend tends frequently regularly routinely \
            whenever ordinarily
            """),
        (.notPast, """
            need speed seed feed bed red shed bred breed proceed exceed succeed indeed hundred embed shred \
            sled wed weed greed bleed deed heed reed steed tweed creed seaweed bled fled led fed sped
            """),
        (.speechVerb, """
            said told asked explained mentioned replied answered promised warned agreed insisted argued \
            suggested admitted claimed announced stated noted
            """),
        (.participle, """
            been done finished completed gone seen made taken written built started already never just \
            worked spent given tried left moved joined spoken heard known had led run got gotten
            """),
        (.negation, "not never no didn't don't doesn't wasn't weren't couldn't wouldn't won't can't cannot nor"),
        (.stopword, """
            a an the and or but if then so to of in on at for with by from as into onto about over under \
            that this these those it its is was were be been being are am do did does done have has had \
            i me my we our us you your he she they them their his her him there here what which who whom \
            whose when where why how all any some each every both either neither more most much many very \
            really just also too not no yes up down out off again once only own same such than then \
            there's it's that's i'm we're can could would should will shall may might must let let's \
            get got go went one thing things stuff kind sort lot lots bit well like able
            """),
        (.vagueWord, """
            stakeholders stakeholder alignment aligned align synergy synergies leverage leveraged \
            collaboration collaborated collaboratively closely various different several multiple many \
            partners partnered holistic holistically strategic strategically initiatives initiative \
            processes process cross-functional crossfunctional best practices practice value values \
            efforts effort drive drove ensure ensured ensuring facilitate facilitated engagement \
            engaged communication communicated stuff things everyone everybody people teams folks \
            improvements enhancements optimizations solutions solution success successful impactful \
            key relevant appropriate necessary needed related general overall
            """),
        (.sequencer, """
            first firstly second secondly third thirdly then next afterwards afterward later finally \
            subsequently meanwhile additionally also step
            """),
        (.resultConnector, "ultimately eventually consequently therefore thus overall hence finally"),
        (.labelSituation, "situation context background"),
        (.labelTask, "task goal objective challenge"),
        (.labelAction, "action actions approach"),
        (.labelResult, "result results outcome outcomes impact"),
        (.continuation, """
            and or but nor the a an to of with for in on at by from into my our your their his her its \
            that which who whose because as so than if when while whether i we was were is are be been \
            had has have very more most this these those
            """),
        (.abbreviation, """
            e.g i.e mr mrs ms dr prof st vs approx cf fig dept est al eg ie sgt capt gen lt col \
            mt ft nos vol pp ca appx avg esp incl govt misc
            """),
        (.abbreviationFinal, """
            etc inc ltd co corp llc u.s u.k u.s.a a.m p.m jr sr jan feb mar apr jun jul aug sep sept oct \
            nov dec mon tue tues wed thu thur thurs fri sat sun min mins hr hrs sec secs yr yrs wk wks mo \
            mos no
            """),
        (.splitAnd, "and"),
        (.splitThen, "then afterwards"),
        (.splitSo, "so therefore"),
        (.splitWhich, "which"),
        (.splitBut, "but however although though because"),
        (.softAdverb, """
            then also first quickly immediately personally eventually finally later actually just still \
            even soon next again really ultimately initially basically instead directly carefully \
            proactively manually myself ourselves together already specifically always usually really
            """),
        (.moneyWord, "dollars dollar usd euros euro eur pounds gbp bucks"),
        (.numberLabel, """
            version v step phase round number no level tier page chapter item grade sprint \
            q p priority sev severity iteration release
            """),
        (.subordinator, """
            that because when if while since whether although though unless until whereas which who \
            as so once after before
            """),
        (.nowWord, "now today currently still nowadays anymore"),
        (.ratingWord, "stars star rating ratings nps csat score scores"),
        (.determiner, "the this that these those our their his her its a an my"),
        (.timeWord, "ago yesterday recently previously formerly once earlier"),
        (.periodWord, """
            year years quarter quarters month months week weeks summer spring fall autumn winter \
            semester sprint season half decade fiscal holiday holidays
            """),
        (.timeUnit, """
            second seconds sec secs s minute minutes min mins hour hours hr hrs h day days week weeks \
            month months year years quarter quarters sprint sprints ms millisecond milliseconds \
            nanoseconds microseconds weekend weekends business-days
            """),
        (.countUnit, """
            user users customer customers client clients ticket tickets engineer engineers developer \
            developers people person persons employee employees member members staff hire hires \
            request requests order orders incident incidents bug bugs defect defects error errors \
            complaint complaints call calls page pages release releases deploy deploys deployment \
            deployments step steps click clicks server servers host hosts instance instances machine \
            machines service services account accounts market markets country countries site sites \
            store stores warehouse warehouses package packages unit units item items sale sales lead \
            leads deal deals download downloads install installs signup signups sign-ups report reports \
            team teams stars star points point pts escalations escalation outages outage alerts alert \
            pages tests test cases case transactions transaction shipments shipment seats seat licenses \
            contracts contract partners partner vendors vendor features feature accounts queries query \
            jobs job builds build runs run lines files records rows documents hours minutes days weeks \
            months cents positions roles candidates interviews visits sessions views visitors students \
            patients drivers associates agents reps sellers buyers merchants products sku skus gb mb tb \
            kb rps qps tps requests/sec percentage-points basis bps nps csat
            """),
        (.numberWord, """
            zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
            sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety \
            hundred thousand million billion dozen half
            """),
        (.magnitude, "k m mm bn b thousand million millions billion billions hundred hundreds"),
        (.multiplierWord, """
            doubled tripled quadrupled halved twice thrice twofold threefold fourfold fivefold tenfold \
            two-fold three-fold ten-fold
            """),
        (.percentWord, "percent per-cent pct percentage"),
        (.fractionWord, "half third thirds quarter quarters fifth fifths tenth tenths"),
        (.changeBase, """
            reduce cut lower increase raise grow double triple halve improve save boost shorten eliminate \
            decrease drop lift speed hit reach exceed beat bring get
            """),
    ]
}
