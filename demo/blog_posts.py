"""Blog posts of the demo site.

Posts name no medical reviewer (no clinician has reviewed them) and cite every clinical claim as
<a href="#ref-N">[N]</a> into the post's own `references` list (keys into
demo/sources.py). Exactly one post is `scheduled`: the loader publishes it in the
future, to show scheduled publishing.
"""

import datetime

from demo.sources import cite

BOOK = "/book-a-consultation/"

CRISIS_CALLOUT = (
    "callout",
    {
        "kind": "crisis",
        "title": "If you are in crisis",
        "text": (
            "<p>Call or text <b>988</b> to reach the Suicide &amp; Crisis Lifeline, any time. "
            "If you are in immediate danger, call <b>911</b>. Our clinic is not an emergency "
            "service.</p>"
        ),
    },
)

POSTS = [
    {
        "slug": "ketamine-therapy-in-illinois",
        "title": "Ketamine Therapy in Illinois: What to Know Before You Start",
        "summary": (
            "Thinking about ketamine therapy in Illinois? A plain guide to who it is for, "
            "how to choose a clinic, what it costs and where to find us in the Chicago area."
        ),
        "published": datetime.date(2025, 4, 8),
        "scheduled": False,
        "author": "editorial-team",
        "tags": ["getting-started", "treatment-options", "cost"],
        "body": [
            (
                "paragraph",
                "<p>If you live in Illinois and depression has not lifted with the usual "
                "treatments, you may have heard about ketamine. Maybe a friend mentioned it, "
                "or your doctor did. This guide covers the basics, so you can ask good "
                "questions and make a choice that feels right.</p>",
            ),
            ("heading", {"text": "What ketamine therapy is", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is a medicine first used for anesthesia. At much lower doses, it "
                "has been studied for depression that hangs on despite other care"
                '<a href="#ref-3">[3]</a>. In a clinic like ours, it is given as a '
                "slow IV infusion while a clinician watches over you.</p>"
                "<p>You may hear about two main forms. IV ketamine is used off-label for "
                "depression, which means the FDA has not approved it for that use"
                '<a href="#ref-1">[1]</a>. Esketamine, a nasal spray sold as Spravato, was '
                "approved by the FDA in 2019 for treatment-resistant depression. It must be "
                'given in a certified clinic or doctor\'s office<a href="#ref-2">[2]</a>.</p>',
            ),
            ("heading", {"text": "Who it may be for", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is not usually a first treatment. It is mostly considered for "
                "people who have tried other options, such as antidepressants and therapy, "
                'without enough relief<a href="#ref-1">[1]</a>.</p>'
                "<p>It is not right for everyone. Some health problems, such as a history of "
                "psychosis or high blood pressure that is not under control, can make it "
                'unsafe<a href="#ref-1">[1]</a>. That is why a careful evaluation comes '
                "first.</p>",
            ),
            ("heading", {"text": "How to choose a clinic", "level": "h2"}),
            (
                "paragraph",
                "<p>Expert guidance calls for screening before treatment and monitoring "
                'during every infusion<a href="#ref-1">[1]</a>. Questions worth asking any '
                "clinic:</p>"
                "<ul>"
                "<li>Who evaluates me before treatment, and who stays with me during the "
                "infusion?</li>"
                "<li>How will my blood pressure, heart rate and breathing be checked?</li>"
                "<li>Will you keep my psychiatrist or therapist informed?</li>"
                "<li>What is the full price, and what does it include?</li>"
                "<li>What happens if it does not help me?</li>"
                "</ul>"
                "<p>A good clinic will welcome these questions and answer them plainly.</p>",
            ),
            ("heading", {"text": "What it costs", "level": "h2"}),
            (
                "price_list",
                {
                    "title": "Our price",
                    "items": [
                        {
                            "item": "Ketamine infusion (45 minutes)",
                            "price": "$275",
                            "note": "Intake fee waived",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Across the market, a single infusion often costs $400 to $700. Insurance "
                "usually does not pay for IV ketamine yet. We can give you paperwork to send "
                "to your insurer for out-of-network reimbursement, though whether they pay "
                "anything back is up to your plan. We also offer packages and maintenance "
                "plans.</p>",
            ),
            ("heading", {"text": "Where to find us", "level": "h2"}),
            (
                "paragraph",
                "<p>We have four clinics in the Chicago area: Wicker Park, Orland Park, "
                "Naperville and Palos Hills. Our Wicker Park clinic is at 1601 W Division St, "
                "Chicago, IL 60622. You can call us at (312) 555-1234.</p>",
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Have questions?",
                    "text": "Your first consultation is free, with no obligation.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "sanacora_2017_consensus",
            "fda_2019_esketamine",
            "murrough_2013_two_site",
        ),
    },
    {
        "slug": "the-role-of-ketamine-therapy",
        "title": "The Role of Ketamine Therapy: Forms, Fit and What to Expect",
        "summary": (
            "Ketamine can be given in more than one way. How IV infusions and the nasal spray "
            "differ, where ketamine fits among other treatments, and what a course of care "
            "looks like."
        ),
        "published": datetime.date(2025, 6, 17),
        "scheduled": False,
        "author": "medical-director",
        "tags": ["getting-started", "treatment-options", "what-to-expect"],
        "body": [
            (
                "paragraph",
                "<p>Ketamine has a long history in operating rooms. Over the past two "
                "decades, it has also become a subject of serious research for depression"
                '<a href="#ref-5">[5]</a>. If you are weighing it up, it helps to know the '
                "forms it comes in and where it fits among other treatments.</p>",
            ),
            ("heading", {"text": "How ketamine works, in brief", "level": "h2"}),
            (
                "paragraph",
                "<p>Most antidepressants act on serotonin or similar brain chemicals. "
                "Ketamine acts on a different messenger, glutamate, by blocking a receptor "
                "called NMDA. This seems to set off changes that help brain cells connect, "
                'though the details are still being worked out<a href="#ref-5">[5]</a>.</p>',
            ),
            ("heading", {"text": "The forms of ketamine treatment", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li><b>IV infusion.</b> A low dose flows slowly into a vein in your arm. "
                "The early studies that drew attention to ketamine for depression used it"
                '<a href="#ref-4">[4]</a>. Your care team controls the rate the whole '
                "time.</li>"
                "<li><b>Nasal spray.</b> Esketamine (Spravato) was approved by the FDA in "
                "2019 for treatment-resistant depression. It is given and monitored at a "
                'certified clinic or office<a href="#ref-2">[2]</a>.</li>'
                "<li><b>Other forms.</b> Ketamine can also be given as a shot into a muscle, "
                "or as a tablet or lozenge that dissolves in the mouth. These have less "
                'research behind them for depression<a href="#ref-1">[1]</a>.</li>'
                "</ul>"
                "<p>At Balance Ketamine, we give ketamine by IV infusion.</p>",
            ),
            ("heading", {"text": "Where ketamine fits", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine is usually not a first step. Expert guidance suggests it for "
                "people whose depression has not improved with other treatments, after a "
                'careful evaluation<a href="#ref-1">[1]</a>. We treat it as one part of a '
                "plan that includes your prescriber and, ideally, a therapist.</p>",
            ),
            (
                "steps",
                {
                    "title": "What a course of treatment looks like",
                    "steps": [
                        {
                            "title": "Evaluation",
                            "text": (
                                "<p>A medical and psychiatric check-up. We go over your "
                                "history, your medicines and your blood pressure.</p>"
                            ),
                        },
                        {
                            "title": "A first series",
                            "text": (
                                "<p>Several infusions spread over a few weeks. Each one "
                                "usually lasts about 40 to 60 minutes.</p>"
                            ),
                        },
                        {
                            "title": "Check-ins",
                            "text": (
                                "<p>We track how you are doing between visits. We may ask "
                                "you to jot down your mood each day.</p>"
                            ),
                        },
                        {
                            "title": "Maintenance, if it helps",
                            "text": (
                                "<p>Some people return for an occasional infusion to keep "
                                "their progress. Plans differ from person to person.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "What it can feel like", "level": "h2"}),
            (
                "paragraph",
                "<p>During an infusion, many people feel detached, floaty or dreamlike. Some "
                "notice dizziness, nausea, blurred vision or a headache, and blood pressure "
                'often rises for a while<a href="#ref-3">[3]</a>. These effects usually '
                'settle soon after the infusion ends<a href="#ref-3">[3]</a>. You will need '
                "someone to drive you home afterward.</p>"
                "<p>Results differ from person to person. Some people feel better within a "
                "day, others only after several infusions, and some do not benefit. Research "
                'on long-term use is still limited<a href="#ref-1">[1]</a>.</p>',
            ),
            (
                "call_to_action",
                {
                    "title": "Not sure if it fits you?",
                    "text": "Talk it through with us. The first consultation is free.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "sanacora_2017_consensus",
            "fda_2019_esketamine",
            "short_2018_side_effects",
            "zarate_2006_trial",
            "krystal_2019_paradigm",
        ),
    },
    {
        "slug": "ketamine-infusion-therapy-for-depression",
        "title": "Ketamine Infusion Therapy for Depression: A Plain-Language Guide",
        "summary": (
            "What depression can feel like, what may cause it, how it is usually treated, "
            "and how a course of ketamine infusions works for people who have not found "
            "relief."
        ),
        "published": datetime.date(2025, 9, 9),
        "scheduled": False,
        "author": "psychiatric-np",
        "tags": ["depression", "treatment-options", "recovery"],
        "body": [
            (
                "paragraph",
                "<p>Depression is more than a bad week. It is a common and serious illness "
                "that changes how you feel, think and get through the day"
                '<a href="#ref-1">[1]</a>. The hopeful part is that it can be treated, even '
                "when it has lasted a long time.</p>",
            ),
            ("heading", {"text": "What depression can look like", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Sadness or hopelessness that does not go away</li>"
                "<li>Little energy or drive</li>"
                "<li>Eating or sleeping much more, or much less, than usual</li>"
                "<li>Trouble focusing or making decisions</li>"
                "<li>Thoughts of death, suicide or self-harm</li>"
                "</ul>"
                "<p>Not everyone has every symptom. Some people have one episode; for others, "
                'it comes back or lingers for years<a href="#ref-1">[1]</a>.</p>',
            ),
            ("heading", {"text": "What can cause it", "level": "h2"}),
            (
                "paragraph",
                "<p>There is usually no single cause. Genes, biology, life events and "
                'personal history all play a part<a href="#ref-1">[1]</a>. Common risk '
                "factors include depression in the family, a long-term illness or pain, "
                "stressful events such as a divorce or a lost job, and past abuse or trauma. "
                "Changes in brain chemistry are part of the picture too.</p>",
            ),
            ("heading", {"text": "The usual treatments", "level": "h2"}),
            (
                "paragraph",
                "<p>Most people start with antidepressant medicine, talk therapy, or both. "
                "Two well-studied talk therapies are cognitive behavioral therapy (CBT) and "
                'interpersonal therapy (IPT)<a href="#ref-1">[1]</a>. Antidepressants can '
                "take several weeks to help, and people often need to try more than one"
                '<a href="#ref-1">[1]</a>.</p>'
                "<p>These treatments help many people. But some try several and still feel "
                "stuck, or cannot live with the side effects. That is often when ketamine "
                "comes up.</p>",
            ),
            ("heading", {"text": "How ketamine infusions work", "level": "h2"}),
            (
                "paragraph",
                "<p>Ketamine acts on glutamate, a different brain messenger from the ones most "
                "antidepressants target. Researchers think it helps brain cells form new "
                'connections<a href="#ref-5">[5]</a>.</p>'
                "<p>Treatment usually begins with several infusions spread across a few "
                "weeks. "
                "Each one takes about 40 minutes, and a clinician monitors you throughout. "
                "If it helps, some people later return for maintenance infusions.</p>"
                "<p>Before the first infusion, you will have a medical and psychiatric "
                "evaluation. We check your blood pressure and go over your health history "
                "and your current medicines, so we can decide together whether ketamine is "
                "a safe choice for you.</p>",
            ),
            ("heading", {"text": "What the research says", "level": "h2"}),
            (
                "paragraph",
                "<p>In a 2006 study of people with hard-to-treat depression, 71% had their "
                "symptoms cut by at least half the day after one infusion"
                '<a href="#ref-2">[2]</a>. In a larger 2013 trial, 64% responded within a '
                'day, compared with 28% on an active placebo<a href="#ref-3">[3]</a>.</p>'
                "<p>Ketamine is not a cure, and it does not help everyone. IV ketamine is "
                "used off-label for depression, and there is still little research on "
                'long-term use<a href="#ref-4">[4]</a>.</p>',
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Still feeling stuck?",
                    "text": "Let's talk about whether ketamine could be part of your plan.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "nimh_depression",
            "zarate_2006_trial",
            "murrough_2013_two_site",
            "sanacora_2017_consensus",
            "krystal_2019_paradigm",
        ),
    },
    {
        "slug": "life-after-depression-lifts",
        "title": "Life After the Fog: What Can Change When Depression Lifts",
        "summary": (
            "Recovery from depression looks different for everyone. Some of the everyday "
            "changes people may notice, from sleep and focus to relationships and work."
        ),
        "published": datetime.date(2026, 1, 20),
        "scheduled": False,
        "author": "editorial-team",
        "tags": ["depression", "recovery"],
        "body": [
            (
                "paragraph",
                "<p>When you are deep in depression, it can be hard to picture anything else. "
                "Depression affects mood, but also sleep, energy, appetite and the ability to "
                'think clearly<a href="#ref-1">[1]</a>. So when it starts to lift, the '
                "changes can show up in many corners of life.</p>"
                "<p>Everyone's recovery is different. Here are some things you may "
                "notice.</p>",
            ),
            ("heading", {"text": "A lighter mood", "level": "h2"}),
            (
                "paragraph",
                "<p>The heavy, flat feeling may start to ease. Bad days still happen, but "
                "they may stop feeling like the whole story. Hope can return a little at a "
                "time.</p>",
            ),
            ("heading", {"text": "Closer relationships", "level": "h2"}),
            (
                "paragraph",
                "<p>Depression can make it hard to reach out, or to let people in. As it "
                "lifts, you may find it easier to talk, to listen and to enjoy time with the "
                "people you love.</p>",
            ),
            ("heading", {"text": "Better sleep", "level": "h2"}),
            (
                "paragraph",
                "<p>Depression often disrupts sleep. Some people cannot fall asleep, some wake "
                'too early, and some sleep far more than usual<a href="#ref-1">[1]</a>. With '
                "recovery, nights may become more restful, and mornings less of a "
                "battle.</p>",
            ),
            ("heading", {"text": "Clearer thinking, at work and at home", "level": "h2"}),
            (
                "paragraph",
                "<p>Trouble focusing and making decisions is a common part of depression"
                '<a href="#ref-1">[1]</a>. As your head clears, tasks at work, school or '
                "home may feel more manageable again.</p>",
            ),
            ("heading", {"text": "Kinder thoughts about yourself", "level": "h2"}),
            (
                "paragraph",
                "<p>Depression can fill your mind with harsh judgments. As it eases, you may "
                "find it easier to give yourself credit and to trust your own abilities.</p>",
            ),
            ("heading", {"text": "Energy for what matters", "level": "h2"}),
            (
                "paragraph",
                "<p>Hobbies, plans and small pleasures can slowly become appealing again. "
                "You may notice you want to do things, not just get through them.</p>",
            ),
            ("heading", {"text": "Tools for the future", "level": "h2"}),
            (
                "paragraph",
                "<p>Talk therapy can teach practical ways to handle stress and difficult "
                'feelings<a href="#ref-1">[1]</a>. These skills can stay with you long after '
                "a hard stretch is over.</p>",
            ),
            ("heading", {"text": "Helping your recovery along", "level": "h2"}),
            (
                "paragraph",
                "<p>Small, steady habits can support the work you do with your care team:</p>"
                "<ul>"
                "<li>Keep your appointments, even on days you feel fine.</li>"
                "<li>Take your medicines as prescribed, and ask before changing them.</li>"
                "<li>Tell someone you trust how you are really doing.</li>"
                "<li>Notice what helps, and do a little more of it.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Recovery is rarely a straight line",
                    "text": (
                        "<p>Progress often comes in small steps, with setbacks along the "
                        "way. A hard week does not erase the good ones. Keep talking with "
                        "your care team about what you notice.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "If things feel too heavy right now",
                    "text": (
                        "<p>Call or text <b>988</b> to reach the Suicide &amp; Crisis "
                        'Lifeline, free and at any hour<a href="#ref-2">[2]</a>. In an '
                        "emergency, call <b>911</b>. Our clinic is not an emergency "
                        "service.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Ready to take a next step?",
                    "text": "A free consultation is a low-pressure place to start.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "nimh_depression",
            "lifeline_988",
        ),
    },
    {
        "slug": "ketamine-and-ptsd",
        "title": "Ketamine and PTSD: What the Research Shows So Far",
        "summary": (
            "Can ketamine help with post-traumatic stress disorder? A balanced look at the "
            "trials so far, what they found, what they did not, and how ketamine might fit "
            "with trauma therapy."
        ),
        "published": datetime.date(2026, 5, 12),
        "scheduled": False,
        "author": "psychiatric-np",
        "tags": ["ptsd", "treatment-options", "safety"],
        "body": [
            (
                "paragraph",
                "<p>Post-traumatic stress disorder (PTSD) can develop after a frightening, "
                'shocking or dangerous event<a href="#ref-1">[1]</a>. It can keep the past '
                "feeling close, long after the danger is over. If you live with it, you may "
                "have heard that ketamine is being studied. Here is what we know.</p>",
            ),
            ("heading", {"text": "What PTSD can feel like", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Unwanted memories, flashbacks or bad dreams</li>"
                "<li>Avoiding people, places or thoughts linked to what happened</li>"
                "<li>Feeling tense, on guard or easily startled</li>"
                "<li>Trouble sleeping, or bursts of anger</li>"
                "<li>Guilt, blame or feeling cut off from others</li>"
                "</ul>"
                '<p>These are common signs of PTSD<a href="#ref-1">[1]</a>. They can make '
                "daily life exhausting.</p>",
            ),
            ("heading", {"text": "Treatments with the strongest support", "level": "h2"}),
            (
                "paragraph",
                "<p>Talk therapies that focus on the trauma have the strongest evidence for "
                'PTSD, and some medicines also help<a href="#ref-5">[5]</a>. If you have not '
                "tried trauma-focused therapy, it is worth asking about. Ketamine is being "
                "studied as a possible addition, not a replacement.</p>",
            ),
            ("heading", {"text": "What the trials found", "level": "h2"}),
            (
                "paragraph",
                "<p>In a 2014 trial, 41 adults with chronic PTSD received ketamine or an "
                "active placebo. A day after ketamine, their PTSD symptoms were clearly lower "
                'than after the placebo<a href="#ref-2">[2]</a>.</p>'
                "<p>A 2021 trial tested a series of six infusions over two weeks in 30 "
                "people. Those who got ketamine improved more than those who got the active "
                'placebo<a href="#ref-3">[3]</a>.</p>'
                "<p>A larger 2022 trial told a different story. Among 158 veterans and "
                "service members, eight infusions did not reduce PTSD symptoms more than "
                "placebo, although the standard dose did ease depression"
                '<a href="#ref-4">[4]</a>.</p>',
            ),
            ("heading", {"text": "What this means for you", "level": "h2"}),
            (
                "paragraph",
                "<p>The honest answer is that ketamine may help some people with PTSD, but we "
                "do not yet know who, or for how long. The studies are small and the results "
                "are mixed. Side effects during an infusion, such as feeling detached or a "
                'rise in blood pressure, are common but usually brief<a href="#ref-6">[6]'
                "</a>.</p>"
                "<p>If you are thinking about ketamine, talk it over with your therapist "
                "first. If you come to us, we plan it alongside your ongoing therapy, not "
                "instead of it. Before your first visit, tell us about anything that tends to "
                "trigger you. We can adjust the lighting, sound and setup, and a clinician "
                "stays with you the whole time.</p>"
                "<p>Questions you might bring to a first consultation:</p>"
                "<ul>"
                "<li>What happens if I get upset during an infusion?</li>"
                "<li>Will you talk with my therapist?</li>"
                "<li>How will we know if it is working, and when would we stop?</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "If memories feel overwhelming",
                    "text": (
                        "<p>Call or text <b>988</b> to reach the Suicide &amp; Crisis "
                        "Lifeline. Veterans can press 1 after dialing 988 for the Veterans "
                        "Crisis Line. In an emergency, call <b>911</b>.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Questions about PTSD care?",
                    "text": "We are happy to talk it through. The first consultation is free.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "nimh_ptsd",
            "feder_2014_ptsd",
            "feder_2021_ptsd_repeated",
            "abdallah_2022_ptsd_veterans",
            "va_ptsd_center",
            "short_2018_side_effects",
        ),
    },
    {
        "slug": "your-first-ketamine-infusion",
        "title": "Your First Ketamine Infusion: What to Expect, Step by Step",
        "summary": (
            "Nervous about your first infusion? A step-by-step guide to the day, from what "
            "to eat and who drives you home to how it may feel and what happens afterward."
        ),
        "published": datetime.date(2026, 10, 27),
        "scheduled": True,
        "author": "lead-crna",
        "tags": ["what-to-expect", "safety", "cost"],
        "body": [
            (
                "paragraph",
                "<p>Feeling nervous before your first infusion is normal. Knowing what will "
                "happen can make it easier. Here is how a typical first visit goes.</p>",
            ),
            ("heading", {"text": "Before the day", "level": "h2"}),
            (
                "paragraph",
                "<p>You will already have had a medical and psychiatric evaluation with us. "
                "Screening like this before treatment is part of expert guidance"
                '<a href="#ref-2">[2]</a>. Bring a list of all your medicines. Keep taking '
                "them as prescribed unless your prescriber tells you otherwise.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "On the day of your infusion",
                    "text": (
                        "<ul>"
                        "<li>Eat a light meal beforehand, unless we give you other "
                        "instructions.</li>"
                        "<li>Arrange a ride home. You cannot drive after an infusion.</li>"
                        "<li>Wear comfortable clothes with sleeves that roll up easily.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "What happens at the clinic",
                    "steps": [
                        {
                            "title": "Check-in",
                            "text": (
                                "<p>We check your blood pressure, heart rate and oxygen "
                                "level, and ask how you are feeling today.</p>"
                            ),
                        },
                        {
                            "title": "Getting settled",
                            "text": (
                                "<p>You sit back in a comfortable chair. A small IV line "
                                "goes into a vein, usually in your arm.</p>"
                            ),
                        },
                        {
                            "title": "The infusion",
                            "text": (
                                "<p>A low dose of ketamine flows in slowly. Our session is "
                                "45 minutes. You stay awake the whole time.</p>"
                            ),
                        },
                        {
                            "title": "Monitoring",
                            "text": (
                                "<p>A trained clinician stays with you, watching your blood "
                                "pressure, heart rate and breathing throughout. Sometimes we "
                                "also watch your heart rhythm.</p>"
                            ),
                        },
                        {
                            "title": "Rest and recovery",
                            "text": (
                                "<p>When the infusion ends, you rest until you feel steady. "
                                "Then your ride takes you home with a plan for the next few "
                                "days.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "How it may feel", "level": "h2"}),
            (
                "paragraph",
                "<p>Many people feel detached, floaty or as if they are watching from a "
                "distance. Colors, sounds or your sense of time may seem different. Some "
                "people feel dizzy, sick to their stomach, or have blurred vision or a "
                'headache<a href="#ref-1">[1]</a>. Blood pressure often rises for a while '
                'during the infusion<a href="#ref-1">[1]</a>.</p>'
                "<p>For most people, these effects fade soon after the infusion ends"
                '<a href="#ref-1">[1]</a>. If anything feels too strong, tell us. We can '
                "slow or stop the infusion.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "What if I feel anxious during the infusion?",
                            "answer": (
                                "<p>Some anxiety during an infusion is fairly common"
                                '<a href="#ref-1">[1]</a>. You will not be alone. Tell your '
                                "clinician how you feel. They can talk you through it, and "
                                "they can slow or stop the infusion if needed.</p>"
                            ),
                        },
                        {
                            "question": "Will I feel better right away?",
                            "answer": (
                                "<p>Some people notice a change within a day; others only "
                                "after several infusions, and some not at all. Results "
                                'vary<a href="#ref-2">[2]</a>.</p>'
                            ),
                        },
                        {
                            "question": "What does it cost?",
                            "answer": (
                                "<p>Each 45-minute infusion is $275, and we waive the intake "
                                "fee.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "After your visit", "level": "h2"}),
            (
                "paragraph",
                "<p>Take it easy for the rest of the day. Between infusions, try writing down "
                "your mood each day, so we can see together how things are changing. If you "
                "see a therapist, share what you notice with them too.</p>",
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Have a question before your visit?",
                    "text": "Call us or book a free consultation. No question is too small.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "short_2018_side_effects",
            "sanacora_2017_consensus",
        ),
    },
]
