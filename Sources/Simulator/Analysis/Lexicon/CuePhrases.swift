/// The built-in cue phrases, written for mockloop. Phrases are lowercase and are matched on word
/// stems, so "push back" also finds "pushed back" and "pushing back". One phrase per line.
enum CuePhrases {
    static let lists: [(CueCategory, String)] = [
        (.ownedGoal, """
            my goal was
            my goal is
            my task was
            my job was
            my role was
            my responsibility was
            my mandate was
            my objective was
            my mission was
            my challenge was
            i needed to
            i had to
            i have to
            i was asked to
            i was tasked with
            i was tasked to
            i was responsible for
            i was in charge of
            i was accountable for
            i was assigned
            i was expected to
            i was supposed to
            i was given the task
            i was given the job
            i got asked to
            asked me to
            wanted me to
            needed me to
            tasked me with
            assigned me
            it was up to me
            it fell to me
            it was my job
            it was my responsibility
            i owned the
            i took on the
            take it on
            took it on
            took it upon myself
            take ownership of
            i wasn't willing to
            i was not willing to
            was on me
            i volunteered to
            i set out to
            i wanted to
            i wanted
            it was on me
            it was on me to
            the job fell to me
            i owned
            i aimed to
            i had been asked
            i had a deadline
            i had two weeks
            i had three weeks
            i had one week
            i had a week
            i had a month
            i had until
            i was required to
            i must
            i was on the hook for
            i was the point person
            i was the owner
            i was the one responsible
            i got the job of
            i took on the task
            i hoped to
            my aim was
            i set myself
            i set a goal
            i set the goal
            i gave myself
            my plan was
            i planned to
            i intended to
            i was determined to
            i made it my goal
            i made it my mission
            i made it a priority
            my priority was
            i had a goal
            i had one goal
            i was trying to
            i wanted to make sure
            i needed to make sure
            i had to make sure
            i had to figure out
            i had to find a way
            i needed a way to
            i didn't want to
            i did not want to
            i couldn't let
            i could not let
            i wasn't going to let
            it was critical that i
            it was important that i
            it was on my plate
            told me to
            put me in charge
            gave me the task
            gave me the job
            gave me the project
            handed me
            assigned me to
            brought me in to
            pulled me in to
            hired me to
            tapped me to
            picked me to
            chose me to
            made me responsible
            asked if i could
            asked whether i could
            asked me if i could
            came to me and asked
            the ask for me
            the challenge for me
            i'd been asked
            i'd been tasked
            i'd been told to
            i had been told to
            i was told to
            needed someone to
            wanted someone to
            looking for someone to
            i offered to
            i agreed to
            i took over
            i was put in charge
            i was brought in
            i was hired to
            i was given
            i needed
            on me to
            who had to
            my brief was
            i promised
            i committed to
            """),
        (.sharedGoal, """
            the goal was
            our goal was
            the task was
            the objective was
            our objective was
            the challenge was
            the mandate was
            the ask was
            the requirement was
            the deadline was
            the target was
            our target was
            the aim was
            the plan was
            the mission was
            we needed to
            we had to
            we were asked to
            was asked to
            were asked to
            was tasked with
            were tasked with
            was charged with
            we were tasked with
            we were expected to
            we were supposed to
            we wanted to
            we aimed to
            we set out to
            needed to be
            had to be
            had to
            needed to
            had to get
            was due
            were due
            in order to
            so that we could
            the priority was
            the expectation was
            the brief was
            we needed
            the team wanted
            the idea was to
            the plan was to
            our plan was
            the question was how
            we had until
            the team needed to
            the team had to
            my team needed to
            my team had to
            our team needed to
            our team had to
            the team was asked
            we didn't want to
            we did not want to
            we couldn't let
            it was critical that we
            it was important that we
            """),
        (.situation, """
            there was
            there were
            there had been
            at the time
            at that time
            back then
            at my previous
            at my last
            at my old
            at my former
            in my previous
            in my last
            in my old
            in my former
            in my first
            in my current
            at my current
            when i was
            while i was
            when i joined
            when i started
            after i joined
            i was working
            i worked as
            i worked at
            i worked on
            i worked for
            i worked in
            i was working for
            i was working at
            i was the
            i was a
            i was an
            i was on
            i was one of
            i was part of
            i was leading
            i was managing
            i was running
            i was in
            i was new
            i had just
            i'd just
            i had recently
            i had never
            i am a
            i'm a
            our team was
            my team was
            our team owned
            my team owned
            our team ran
            our team is
            my team is
            we were
            we had
            we owned
            we ran
            we used to
            used to
            had been
            this was at
            this was when
            this was during
            this was in
            this was back
            this happened
            it was a
            it was the
            the company was
            our company was
            the project was
            the system was
            the service was
            the product was
            the client was
            the customer was
            customers were
            our customers were
            users were
            one of our
            one of my
            joined as
            started as
            hired as
            i joined
            i was hired
            a team of
            """),
        (.timeAnchor, """
            last year
            last quarter
            last month
            last week
            last summer
            last spring
            last fall
            last autumn
            last winter
            last sprint
            last holiday
            last peak
            in q1
            in q2
            in q3
            in q4
            during q1
            during q2
            during q3
            during q4
            last january
            last february
            last march
            last april
            last may
            last june
            last july
            last august
            last september
            last october
            last november
            last december
            in january
            in february
            in march
            in april
            in june
            in july
            in august
            in september
            in october
            in november
            in december
            the first month after
            the week before
            right before we
            right after we
            this past year
            earlier this year
            earlier this quarter
            earlier in my career
            early in my career
            a few years ago
            a couple of years ago
            a couple years ago
            a few months ago
            a couple of months ago
            a while back
            a while ago
            some time ago
            years ago
            months ago
            weeks ago
            back in the day
            back in my
            at the time
            at that time
            back then
            during my time at
            during my internship
            during my first
            in my first year
            in my first month
            in my first week
            my first year
            my first month
            my first week
            when i joined
            when i started
            one day
            that day
            that morning
            that afternoon
            that night
            that week
            that weekend
            on that day
            the day before
            the night before
            one morning
            one friday
            one night
            one time
            last black friday
            the year before
            the previous year
            the year prior
            a year earlier
            the month before
            the previous quarter
            the quarter before
            last prime day
            """),
        (.outcome, """
            as a result
            it turned out
            turned out
            in the end
            at the end
            by the end
            the result was
            the results were
            the outcome was
            the impact was
            the end result
            end result
            ended up
            which meant
            this meant
            that meant
            it meant
            led to
            resulted in
            went live
            on time
            ahead of schedule
            on schedule
            under budget
            since then
            ever since
            to this day
            no longer
            became the
            became our
            became a
            got promoted
            thanks to this
            thanks to that
            because of this
            because of that
            this helped
            that helped
            which helped
            this saved
            which saved
            which cut
            which reduced
            this reduced
            this cut
            this improved
            which improved
            after the change
            after launch
            after the launch
            after we launched
            after the fix
            after the rollout
            the feedback was
            was adopted
            were adopted
            is now
            are now
            now uses
            still use
            still uses
            still in use
            went from
            went down
            went up
            down from
            up from
            zero incidents
            no incidents
            no more
            met the deadline
            hit the deadline
            made the deadline
            hit our target
            hit the target
            met our goal
            met the goal
            beat the target
            exceeded the target
            exceeded our
            renewed their contract
            signed the contract
            closed the deal
            within a week
            within a month
            within two weeks
            within a quarter
            in the following
            the next quarter
            held steady
            without an incident
            without a single incident
            without incident
            without any incidents
            without any issues
            without a hitch
            told me later
            later told me
            told me afterwards
            thanked me
            came back to me
            bringing in
            brought in
            resulting in
            which brought
            adding up to
            ended the quarter
            ended the year
            ended the month
            finished the quarter
            finished the year
            closed the quarter
            closed the year
            never happened again
            never came back
            never came up again
            hasn't happened since
            has not happened since
            hasn't come back
            haven't had
            have not had
            never had that problem again
            went away
            the problem went away
            was resolved
            were resolved
            was fixed
            was solved
            stayed flat
            stayed stable
            remained stable
            stayed the same
            held up
            didn't drop
            did not drop
            the following quarter
            the following month
            """),
        (.vagueOutcome, """
            went well
            it went well
            went really well
            went smoothly
            turned out well
            turned out great
            worked out
            worked out well
            it worked
            was happy
            were happy
            was very happy
            were very happy
            was pleased
            were pleased
            was satisfied
            were satisfied
            was a success
            was a big success
            was a huge success
            was successful
            were successful
            positive feedback
            good feedback
            great feedback
            everyone was happy
            everybody was happy
            everyone loved
            well received
            really appreciated
            appreciated it
            the team was happy
            the customer was happy
            the client was happy
            made a big difference
            made a difference
            a lot better
            much better
            """),
        (.meta, """
            great question
            here is how
            here's how
            here is what happened
            here's what happened
            this is how
            this is what happened
            let me explain
            good question
            interesting question
            tough question
            hard question
            let me think
            let me tell you
            let me share
            let me walk you through
            let me give you
            let me start with
            i'll tell you
            i'll share
            i'll talk about
            i'll walk you through
            i would like to share
            i'd like to share
            i'd like to talk
            i would like to talk
            i want to talk about
            i want to share
            i can think of
            i can share
            i can tell you
            one example
            a good example
            an example
            a time when
            a time i
            that's my story
            that's the story
            that is the story
            that's it
            that's all
            hope that answers
            hope that helps
            that's how i
            that's usually how
            that's typically how
            that's how i usually
            do you want
            would you like
            does that make sense
            is that okay
            should i go
            tough one
            good one
            kind of funny
            which was funny
            funnily enough
            funny enough
            to be honest
            honestly
            proud of that
            proud of this
            that is how i
            and that's how
            that was it
            that's the example
            that's one example
            that's how it went
            that's what i did
            that's what happened
            that's basically it
            that's pretty much it
            that's about it
            that is about it
            to sum up
            long story short
            anyway
            one time that comes to mind
            comes to mind
            the example i'll use
            i'll use an example
            i have a good example
            i have an example
            i have a story
            something similar happened
            this reminds me of
            yeah
            hope this answers
            does that answer
            thank you
            thanks for
            so yeah
            yeah so
            to answer your question
            the story i want
            i'm going to talk about
            the example i
            sure
            okay
            absolutely
            of course
            happy to
            hmm
            um
            """),
        (.generic, """
            my approach is
            my approach would be
            my approach has always been
            my general approach
            what i do is
            what i usually do
            what i always do
            what i would do
            what i'd do
            the way i handle
            the way i approach
            the way i deal with
            how i handle
            how i approach
            my process is
            my philosophy is
            my rule of thumb
            in general
            as a rule
            generally speaking
            if i were
            if i was in
            if i had to
            if this happened
            if that happened
            in that case
            in that situation
            in a situation like
            in situations like
            whenever i
            every time i
            i tend to
            i try to
            i like to
            i make sure
            i always make sure
            you should
            you need to
            you have to
            you want to
            you can
            you'd
            i'm going to
            i am going to
            i'm the kind of
            i am the kind of
            i'm the type of
            i am someone who
            i'm someone who
            """),
        (.lesson, """
            i learned
            i learnt
            i've learned
            i have learned
            we learned
            the lesson
            my lesson
            a lesson
            lessons learned
            key learning
            my learning
            the learning
            my takeaway
            the takeaway
            my biggest takeaway
            taught me
            in hindsight
            looking back
            next time
            do differently
            done differently
            do it differently
            did it again
            do it again
            since then i
            from then on
            now i always
            i now always
            ever since i
            made me realize
            made me realise
            i realized that
            i realised that
            i should have
            we should have
            i wish i had
            i wish i'd
            what i'd change
            what i would change
            i'd change
            i would change
            """),
        (.data, """
            pulled the data
            pulled data
            pulled the logs
            pulled logs
            pulled the numbers
            pulled the metrics
            pulled a report
            pulled reports
            analyzed the
            analysed the
            ran an analysis
            did an analysis
            data analysis
            looked at the data
            looked at the metrics
            looked at the numbers
            looked at the logs
            went through the logs
            dug into the data
            dug into the logs
            dug into the numbers
            dug into the metrics
            dashboard
            dashboards
            a/b test
            ab test
            split test
            ran an experiment
            ran experiments
            ran a query
            wrote a query
            queried the
            sql
            the data showed
            data showed
            the numbers showed
            the metrics showed
            the logs showed
            telemetry
            cohort
            surveyed
            ran a survey
            sent a survey
            benchmarked
            ran a benchmark
            profiled
            measured
            baseline
            spreadsheet
            root cause
            deep dive
            traced the
            histogram
            funnel
            heat map
            heatmap
            tracked the
            the data
            data from
            """),
        (.disagreement, """
            i disagreed
            disagreed with
            i disagree
            we disagreed
            pushed back
            push back
            challenged
            raised concerns
            raised my concern
            raised a concern
            voiced concerns
            voiced my concern
            objected
            didn't agree
            did not agree
            wasn't convinced
            was not convinced
            argued that
            argued for
            argued against
            made the case
            made my case
            i was against
            had a different view
            different opinion
            conflicting views
            strongly disagreed
            """),
        (.commitment, """
            committed to
            i committed
            fully committed
            disagree and commit
            went with
            went ahead with
            supported the decision
            supported his decision
            supported her decision
            supported their decision
            backed the decision
            got behind
            fully supported
            went along with
            accepted the decision
            despite my reservations
            once the decision was made
            once we decided
            moved forward with
            executed on
            gave it my all
            put my full effort
            agreed to go
            decided to go with
            """),
        (.vagueFiller, """
            worked closely with
            work closely with
            worked with stakeholders
            worked with the stakeholders
            worked with various
            aligned stakeholders
            aligned the stakeholders
            aligned with stakeholders
            aligned everyone
            got everyone aligned
            got everyone on the same page
            on the same page
            drove alignment
            drive alignment
            ensured alignment
            created alignment
            built alignment
            leveraged synergies
            leverage synergies
            synergies
            synergy
            best practices
            moved the needle
            move the needle
            went above and beyond
            circled back
            touched base
            facilitated discussions
            facilitated conversations
            streamlined processes
            streamlined the process
            took ownership
            drove the initiative
            drove the project
            drove results
            drove the effort
            added value
            value add
            cross-functional collaboration
            collaborated with various
            collaborated with stakeholders
            various stakeholders
            different stakeholders
            multiple stakeholders
            different teams
            multiple teams
            helped with
            was involved in
            was involved with
            played a key role
            played a big role
            played an important role
            made sure everything
            made sure things
            did a lot of
            a lot of things
            lots of things
            things like that
            and so on
            and stuff
            handled everything
            managed everything
            communicated with
            coordinated with
            """),
        (.opinion, """
            i think
            i believe
            i feel
            i strongly believe
            i really believe
            i truly believe
            i personally believe
            i've always believed
            i have always believed
            i've always felt
            i'm a big believer
            i am a big believer
            i'm a firm believer
            in my opinion
            in my view
            in my experience
            my view is
            my belief is
            the way i see it
            for me
            to me
            i believe in
            it's important to
            it is important to
            the key is
            the important thing is
            what matters is
            what matters most
            """),
        (.actionPhrase, """
            i decided to
            i chose to
            i made the call
            i made the decision
            i made a decision
            i took the initiative
            i proposed
            i reached out
            i set up
            i sat down with
            i went to
            i started by
            i began by
            i kicked off
            i put together
            i came up with
            i figured out
            i worked out
            i worked with
            i worked through
            i spent
            i tried
            i got
            i then
            first i
            then i
            next i
            after that i
            so i
            finally i
            i also
            i personally
            i myself
            """),
    ]
}
