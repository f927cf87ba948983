/// Small answers written for the analyzer's unit tests (not the evaluation corpus).
enum SampleAnswers {
    /// All four parts, told in order with cue phrases and a measured result.
    static let complete = """
        Last year our checkout service was timing out for about 5% of users during peak hours, and \
        customers were complaining on social media. My goal was to get the error rate under 0.1% before \
        Black Friday, which was six weeks away. I pulled the logs from the load balancer and found that most \
        timeouts came from a single payment provider call. I wrote a small circuit breaker around that call \
        and added a fallback to a second provider. Then I set up a dashboard so the on-call engineer could \
        see provider latency in real time. As a result, the timeout rate dropped from 5% to 0.05%, and we \
        handled 3x the normal traffic on Black Friday without a single incident.
        """

    /// A story with no cue phrases ("the situation was", "my goal was") at all.
    static let cueless = """
        Our mobile app had a 2-star rating because it crashed on older Android phones. I pulled the crash \
        reports and grouped them by device model. I replaced the image library with a lighter one and added \
        a memory check before loading large photos. Within a month the rating climbed to 4.3 stars.
        """

    /// The outcome comes first.
    static let resultFirst = """
        We cut onboarding time from 3 weeks to 4 days. When I joined the team in 2021, new hires spent \
        their first weeks waiting for access and reading outdated wikis. I interviewed the last six hires \
        to find where they got stuck. I then wrote a checklist, automated the access requests with a \
        script, and paired each new hire with a buddy.
        """

    /// Actions told as "we".
    static let weHeavy = """
        Our team was asked to migrate the payments service to the new cloud account before the old \
        contract expired. We split the work into phases. We started with the read-only endpoints and then \
        moved the write path. We ran both systems in parallel for two weeks and compared the outputs. We \
        found a few mismatches and fixed them. In the end we switched over on time and nobody noticed.
        """

    /// What the candidate would do, not what they did.
    static let hypothetical = """
        I would first talk to the customer to understand the problem. Then I'd look at the data and figure \
        out the root cause. I usually try to involve my team early. My approach is to communicate clearly \
        and often.
        """

    /// A past story with "would" in it that is not hypothetical.
    static let pastWithWould = """
        During my internship, I was building a reporting feature for the sales team. My mentor told me he \
        would review my code by Friday, but he got pulled into an incident. I would have liked more \
        feedback, so I asked another senior engineer to pair with me for an hour. She pointed out a query \
        that scanned the whole orders table. I rewrote it to use an index and the report went from 40 to 12 \
        seconds. I learned to ask for help early instead of waiting.
        """

    /// Numbers only in the situation; the result is vague praise.
    static let numbersOnlyInSituation = """
        In my previous role the support backlog had grown to 400 tickets and customers waited 5 days for a \
        reply. I sorted the tickets by category and noticed that many were password resets. I built a \
        self-service reset page with one other engineer. It went well and the team was happy.
        """

    /// Filler with nothing concrete after it.
    static let vague = """
        We had a big problem with our deployment pipeline. It was really slow. I worked closely with \
        stakeholders and drove alignment. We leveraged synergies across teams. Everyone was happy with the \
        result.
        """

    /// Disagreement with data, then commitment.
    static let disagreeAndCommit = """
        My director wanted to launch the new pricing page without an A/B test because of a marketing \
        deadline. I disagreed, because a similar change the year before had cut conversion by 8%. I pulled \
        the data from that launch and showed it to him in our weekly sync. He still decided to launch on the \
        original date. I committed to the decision and set up a dashboard so we could roll back within an \
        hour if conversion dropped. Conversion held steady, and we kept the page.
        """

    /// Missing the result: the story stops after the actions.
    static let noResult = """
        When our biggest customer threatened to leave last spring, my VP asked me to lead the recovery plan. \
        The customer had 3,000 seats and was unhappy with our uptime, which was around 97%. I met their CTO \
        every week and shared a written status. I set up a dedicated on-call rotation for their region. I \
        also wrote a weekly incident summary for their team.
        """
}
