"""Demo articles for the "Learn" section of the Balance Ketamine site.

Pure data: a loader in this package turns each dict into a Wagtail article page.

* ``body`` is a list of ``(block_type, value)`` pairs in page order, matching the blocks in
  ``pages.blocks.BodyBlock``. Rich text is HTML limited to p, b, i, a, ul, ol and li.
* Clinical claims are cited in the text as ``<a href="#ref-N">[N]</a>``, where N is the
  1-based position of the source in the article's ``references`` list, which ``cite`` builds
  from keys into ``demo.sources.SOURCES``.
* ``related`` holds the slugs of other articles in this list.

The wording is written for people living with depression: plain, warm and measured. Keep
any edits that way, and keep every figure tied to a source.
"""

from demo.sources import cite

# Blocks several articles end with, written once.
BOOKING_CALL_TO_ACTION = (
    "call_to_action",
    {
        "title": "Have questions? Talk to us",
        "text": (
            "Book a free, no-pressure consultation at any of our four Chicago-area "
            "clinics: Wicker Park, Orland Park, Naperville or Palos Hills."
        ),
        "button_text": "Book a free consultation",
        "page": "/book-a-consultation/",
        "link_url": "",
    },
)

CRISIS_CALLOUT = (
    "callout",
    {
        "kind": "crisis",
        "title": "If you are in crisis right now",
        "text": (
            "<p>If you are thinking about suicide or feel unsafe, call or text "
            '<b>988</b> to reach the <a href="https://988lifeline.org/">988 Suicide '
            "&amp; Crisis Lifeline</a>. It is free and open 24 hours a day. If your "
            "life is in danger, call <b>911</b> or go to the nearest emergency room. "
            "Ketamine is not an emergency treatment.</p>"
        ),
    },
)

ARTICLES = [
    {
        "slug": "what-is-ketamine",
        "title": "What is ketamine?",
        "seo_title": "What is ketamine? How it works for depression",
        "summary": (
            "Ketamine has been used as an anesthetic since the 1960s. Learn how it works in the "
            "brain, how it is given, whether it is legal, and what research says about depression."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>You may have heard of ketamine from a doctor, a friend or the news. It "
                    "can sound confusing, because the same medicine is used in operating rooms, "
                    "in pain care and, more recently, to treat depression. This page explains "
                    "what ketamine is, in plain words.</p>"
                ),
            ),
            ("heading", {"text": "A medicine with a long history", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ketamine is not a new drug. Chemists first made it in 1962, and it was "
                    'tested in people for the first time in 1964.<a href="#ref-1">[1]</a> It came '
                    "into use in the 1960s as an anesthetic: a medicine that puts people into a "
                    "sleep-like state so they feel no pain during "
                    'surgery.<a href="#ref-2">[2]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It works quickly, which made it useful in emergencies. During the Vietnam "
                    "War, army doctors relied on it to treat wounded soldiers near the front "
                    'lines.<a href="#ref-3">[3]</a> Today it is still used in hospitals, '
                    'emergency rooms and pain care around the world.<a href="#ref-2">[2]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Doctors call ketamine a <b>dissociative "
                    'anesthetic</b>.<a href="#ref-1">[1]</a> At full doses it blocks pain and '
                    "awareness. At the much lower doses used for depression, you stay awake, but "
                    "for a short time you may feel detached from your body or your "
                    'surroundings.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "How ketamine works in the brain", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Most antidepressants, such as SSRIs and SNRIs, work mainly on serotonin "
                    "and related brain chemicals. Ketamine takes a different path. It acts on the "
                    "<b>NMDA receptor</b>, part of the brain’s <b>glutamate</b> system. Glutamate "
                    "is the main chemical messenger that nerve cells use to pass signals "
                    'along.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Researchers think a low dose of ketamine sets off a short burst of "
                    "glutamate signalling. That burst seems to help the brain grow and strengthen "
                    "connections between nerve cells, known as <b>synaptic plasticity</b>. "
                    "Ketamine also appears to raise levels of <b>BDNF</b>, a protein that helps "
                    'those connections grow.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Long periods of stress and depression may weaken some of these "
                    "connections. Helping to rebuild them could be part of why mood can lift "
                    'quickly after ketamine.<a href="#ref-5">[5]</a> Scientists are still working '
                    "out the full picture.</p>"
                ),
            ),
            ("heading", {"text": "How ketamine is given", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For depression, ketamine is most often given in one of three "
                    "ways:</p><ul><li><b>IV infusion:</b> a slow drip into a vein over about 40 "
                    'minutes or more. Most research has used this method.<a href="#ref-6">[6]</a> '
                    "It is what we offer at Balance Ketamine.</li><li><b>Nasal spray:</b> "
                    "esketamine, sold as Spravato, is a close relative of ketamine. The FDA "
                    "approved it in 2019 for treatment-resistant depression. It is only given in "
                    'certified clinics.<a href="#ref-7">[7]</a></li><li><b>Injection into a '
                    "muscle:</b> used by some clinics. Most of the dose is "
                    'absorbed.<a href="#ref-8">[8]</a></li></ul>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Each method has pros and cons. Our guide to the types of ketamine therapy "
                    "explains them in more detail.</p>"
                ),
            ),
            ("heading", {"text": "Is ketamine legal?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes, when a licensed medical provider prescribes it. In the United "
                    "States, ketamine is a <b>Schedule III controlled "
                    'substance</b>.<a href="#ref-9">[9]</a> That means it has accepted medical '
                    "uses, but it can also be misused, so the law controls how it is stored, "
                    'prescribed and given.<a href="#ref-9">[9]</a> You cannot buy it over the '
                    "counter. At our clinics, only our medical team gives it, and it never goes "
                    "home with you.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Using IV ketamine for depression is <b>off-label</b>. That means doctors "
                    "use an approved medicine for a purpose the FDA has not formally approved it "
                    'for.<a href="#ref-10">[10]</a> Esketamine nasal spray is the only '
                    "ketamine-based medicine with FDA approval for "
                    'depression.<a href="#ref-7">[7]</a></p>'
                ),
            ),
            ("heading", {"text": "From the operating room to depression research", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Researchers began testing ketamine for depression in the 1990s. In 2000, "
                    "a small study at Yale reported that one low-dose infusion eased depression "
                    'symptoms within three days.<a href="#ref-11">[11]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In 2006, researchers at the National Institute of Mental Health tested "
                    "ketamine in people whose depression had not improved with other treatments. "
                    'Many improved within a day.<a href="#ref-12">[12]</a> Larger trials since '
                    "then have found similar fast effects, though results vary a lot from person "
                    'to person.<a href="#ref-13">[13]</a><a href="#ref-6">[6]</a></p>'
                ),
            ),
            (
                "statistic",
                {
                    "figure": "71%",
                    "label": (
                        "of people with treatment-resistant depression responded within 24 hours "
                        "of a single infusion, in a small 2006 trial of 18 people"
                    ),
                    "source_title": (
                        "A randomized trial of an N-methyl-D-aspartate antagonist in "
                        "treatment-resistant major depression"
                    ),
                    "source_url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
                },
            ),
            ("heading", {"text": "How fast can it work?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Standard antidepressants often take several weeks to make a real "
                    'difference.<a href="#ref-14">[14]</a> Some people feel better within hours '
                    'or days of a ketamine infusion.<a href="#ref-12">[12]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Not everyone responds. For people who do, the effect of a single infusion "
                    "usually fades, which is why treatment is given as a series and sometimes "
                    'followed by maintenance infusions.<a href="#ref-6">[6]</a> Research on '
                    'long-term use is still limited.<a href="#ref-10">[10]</a> We will always '
                    "tell you what is known and what is not.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Ketamine at a glance",
                    "text": (
                        "<ul><li>A dissociative anesthetic, in medical use since the "
                        '1960s.<a href="#ref-2">[2]</a></li><li>Acts on the glutamate system, not '
                        'mainly on serotonin.<a href="#ref-5">[5]</a></li><li>Schedule III: '
                        'prescription only.<a href="#ref-9">[9]</a></li><li>Can ease depression '
                        "within hours or days for some "
                        'people.<a href="#ref-12">[12]</a></li><li>At Balance Ketamine: low-dose '
                        "IV infusions, with staff present the whole time.</li></ul>"
                    ),
                },
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "domino_2010_ketamine_tiger",
            "li_2016_fifty_years",
            "topical_ketamine_2015",
            "oxford_health_risks",
            "duman_2012_synaptic",
            "mcintyre_2021_expert_opinion",
            "fda_2019_esketamine",
            "peltoniemi_2016_pharmacology",
            "dea_schedules",
            "sanacora_2017_consensus",
            "berman_2000_antidepressant",
            "zarate_2006_trial",
            "murrough_2013_two_site",
            "nimh_depression",
        ),
        "related": [
            "treatment-resistant-depression",
            "types-of-ketamine-therapy",
            "ketamine-infusion-process",
            "safety-and-side-effects",
        ],
    },
    {
        "slug": "treatment-resistant-depression",
        "title": "Treatment-resistant depression: what it means and what can help",
        "seo_title": "Treatment-resistant depression: meaning and options",
        "summary": (
            "If two or more antidepressants haven’t helped enough, you may have "
            "treatment-resistant depression. Learn what that means, how common it is and which "
            "treatments can still help."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>If you have tried one medicine after another and still feel stuck, you "
                    "are not alone, and it is not your fault. Some depression does not respond "
                    "well to the usual first treatments. Doctors have a name for this, and there "
                    "are still real options to explore.</p>"
                ),
            ),
            ("heading", {"text": "What does treatment-resistant mean?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Doctors usually use the term <b>treatment-resistant depression</b> (TRD) "
                    "when a person with major depression has tried at least two different "
                    'antidepressants without enough improvement.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Each of those tries has to be a fair test. That means a high enough dose, "
                    "taken every day for long enough. Antidepressants often need 4 to 8 weeks to "
                    'work,<a href="#ref-2">[2]</a> so a fair trial usually means about 6 to 8 '
                    "weeks on each medicine.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>TRD does not mean your depression can’t get better. It means the standard "
                    "first steps have not been enough, and it may be time to look at other "
                    "approaches.</p>"
                ),
            ),
            ("heading", {"text": "How common is it?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Experts do not all define TRD the same way, so estimates "
                    'vary.<a href="#ref-1">[1]</a> A large Swedish study that used a strict '
                    "definition found that about 1 in 9 episodes of depression met "
                    'it.<a href="#ref-3">[3]</a> A 2023 international expert review estimated '
                    "that at least 30% of people with depression, close to 1 in 3, meet the most "
                    'widely used definition.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>So, depending on how it is defined, somewhere between about 1 in 10 and 1 "
                    "in 3 people with depression have TRD. Either way, it is common, and it is a "
                    "recognized medical problem.</p>"
                ),
            ),
            (
                "statistic",
                {
                    "figure": "1 in 3",
                    "label": (
                        "people in the large STAR*D study still had not reached remission after "
                        "up to four treatment steps"
                    ),
                    "source_title": (
                        "Acute and longer-term outcomes in depressed outpatients requiring one or "
                        "several treatment steps: a STAR*D report"
                    ),
                    "source_url": "https://pubmed.ncbi.nlm.nih.gov/17074942/",
                },
            ),
            (
                "paragraph",
                (
                    "<p>In STAR*D, one of the largest studies of everyday depression care, about "
                    "two-thirds of people reached remission after up to four treatment steps. "
                    'That left about one in three still unwell.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "Why does it happen?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>No one fully understands why some depression resists treatment. It likely "
                    "comes from a mix of genes, life events and stress, and differences in how "
                    'the brain works.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Sometimes other things get in the way. A dose may have been too low, side "
                    "effects may have made a medicine hard to keep taking, or another health "
                    'problem may be involved.<a href="#ref-1">[1]</a> A careful look at your '
                    "history can help find these.</p>"
                ),
            ),
            ("heading", {"text": "Your treatment options", "level": "h2"}),
            ("heading", {"text": "Changing or adding medicines", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Often the next step is switching to a different antidepressant, adding a "
                    "second medicine, or combining treatments. In STAR*D, some people who did not "
                    "improve on their first medicine did improve after a switch or an added "
                    'medicine.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "Electroconvulsive therapy (ECT)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>ECT uses a brief, controlled electric current to cause a short seizure "
                    'while you are under general anesthesia.<a href="#ref-5">[5]</a> It is one of '
                    "the most effective short-term treatments for "
                    'depression.<a href="#ref-6">[6]</a> In some studies, around 7 in 10 people '
                    'or more responded.<a href="#ref-7">[7]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>ECT has real downsides. The main ones are confusion and memory loss, "
                    "especially around the time of "
                    'treatment.<a href="#ref-5">[5]</a><a href="#ref-6">[6]</a> It is usually '
                    "used for severe depression or when other treatments have not "
                    'worked.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            ("heading", {"text": "Transcranial magnetic stimulation (rTMS)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>rTMS uses magnetic pulses from a coil held against your head to stimulate "
                    "brain areas involved in mood. It is non-invasive: there is no surgery, no "
                    'anesthesia, and you stay awake.<a href="#ref-5">[5]</a> In one large study '
                    "in everyday clinics, roughly half of the people treated "
                    'responded.<a href="#ref-8">[8]</a></p>'
                ),
            ),
            ("heading", {"text": "Vagus nerve stimulation (VNS)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>VNS uses a small device placed under the skin of the chest during "
                    "surgery. A thin wire sends mild electrical pulses to the vagus nerve in the "
                    'neck.<a href="#ref-5">[5]</a> The evidence for VNS in depression is more '
                    'limited, and more research is needed.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            ("heading", {"text": "Ketamine", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Ketamine is a newer option. It works on the brain’s glutamate system "
                    "rather than on serotonin. In clinical trials in people with TRD, it eased "
                    "depression within hours or days for many "
                    'people.<a href="#ref-9">[9]</a><a href="#ref-10">[10]</a> Results vary, and '
                    'long-term evidence is still limited.<a href="#ref-11">[11]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Esketamine nasal spray (Spravato) was approved by the FDA for TRD in "
                    '2019.<a href="#ref-12">[12]</a> IV ketamine, which we offer, is used '
                    'off-label.<a href="#ref-13">[13]</a></p>'
                ),
            ),
            CRISIS_CALLOUT,
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "mcintyre_2023_trd",
            "nimh_depression",
            "lundberg_2023_trd_outcomes",
            "rush_2006_stard",
            "nimh_brain_stimulation",
            "uk_ect_2003",
            "husain_2004_ect_speed",
            "carpenter_2012_tms",
            "zarate_2006_trial",
            "murrough_2013_two_site",
            "mcintyre_2021_expert_opinion",
            "fda_2019_esketamine",
            "sanacora_2017_consensus",
        ),
        "related": [
            "what-is-ketamine",
            "is-ketamine-therapy-right-for-me",
            "types-of-ketamine-therapy",
        ],
    },
    {
        "slug": "ketamine-infusion-process",
        "title": "What happens during a ketamine infusion",
        "seo_title": "The ketamine infusion process, step by step",
        "summary": (
            "From your first evaluation to aftercare, here is what a ketamine infusion at our "
            "clinics looks like, what it may feel like, how many you may need and how to prepare."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Knowing what to expect can make a first visit feel much less daunting. "
                    "Here is how treatment works at Balance Ketamine, from your first "
                    "conversation to the ride home.</p>"
                ),
            ),
            ("heading", {"text": "Your visit in four steps", "level": "h2"}),
            (
                "steps",
                {
                    "title": "How an infusion works",
                    "steps": [
                        {
                            "title": "Medical and psychiatric evaluation",
                            "text": (
                                "<p>Before your first infusion, a clinician goes over your mental "
                                "health history, the treatments you have tried, the medicines you "
                                "take and your physical health, including your blood pressure. "
                                "This tells us whether ketamine is a safe and sensible choice for "
                                'you.<a href="#ref-1">[1]</a></p>'
                            ),
                        },
                        {
                            "title": "The infusion",
                            "text": (
                                "<p>You settle into a comfortable chair. A member of our medical "
                                "team places a small IV line in your arm or hand, and a low dose "
                                "of ketamine flows in slowly over about 40 to 60 minutes. In the "
                                "main research trials, the dose was given over 40 "
                                'minutes.<a href="#ref-2">[2]</a></p>'
                            ),
                        },
                        {
                            "title": "Monitoring",
                            "text": (
                                "<p>Throughout the infusion we check your blood pressure, heart "
                                "rate and oxygen level. If your health history calls for it, we "
                                "also use an EKG to watch your heart "
                                'rhythm.<a href="#ref-1">[1]</a> A member of our team stays with '
                                "you the whole time.</p>"
                            ),
                        },
                        {
                            "title": "Recovery and aftercare",
                            "text": (
                                "<p>When the infusion ends, you rest with us until the effects "
                                "wear off and you feel steady. Before you leave, we go over your "
                                "support plan: what to watch for, when your next visit is and how "
                                "to reach us.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "What does it feel like?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Most people notice something unusual during an infusion. You may feel "
                    "detached from your body, or as if you are floating. Things around you may "
                    'look or sound different.<a href="#ref-3">[3]</a> Some people also notice '
                    'that time seems to slow down or speed up.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>These effects are strongest during the infusion and fade soon after it "
                    'ends.<a href="#ref-3">[3]</a> Many people find them strange but manageable, '
                    "and some find them pleasant. About 1 in 10 people find an infusion very hard "
                    'going.<a href="#ref-3">[3]</a> If that happens, tell us. We can stop the '
                    "infusion, and the unpleasant feelings usually settle within about 15 "
                    'minutes.<a href="#ref-3">[3]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It is also common to feel tired for the rest of the "
                    'day.<a href="#ref-3">[3]</a> Plan a quiet evening if you can.</p>'
                ),
            ),
            ("heading", {"text": "How many infusions will I need?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Most people have a <b>series</b> of infusions spread over a few weeks, "
                    "rather than a single dose. In one study, people had up to six infusions over "
                    'about two weeks, and around 7 in 10 responded.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The benefit often lasts days to weeks and then may fade. In that same "
                    "study, half of the people who responded had relapsed within about 18 days of "
                    'their last infusion.<a href="#ref-5">[5]</a> That is why some people go on '
                    "to have <b>maintenance infusions</b> from time to "
                    'time.<a href="#ref-6">[6]</a> We build your plan around how you respond, and '
                    "we review it with you as you go.</p>"
                ),
            ),
            ("heading", {"text": "How to prepare", "level": "h2"}),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Tips for your infusion days",
                    "text": (
                        "<ul><li><b>Eat a light meal</b> a few hours before. A big meal can make "
                        'nausea more likely.<a href="#ref-3">[3]</a></li><li><b>Arrange a ride '
                        "home.</b> Do not drive, cycle or operate machinery for the rest of the "
                        "day after an infusion.</li><li><b>Keep a mood journal.</b> A few lines a "
                        "day about your mood, sleep and energy help us see what is changing "
                        "between sessions.</li><li><b>Keep up with therapy.</b> Ketamine is one "
                        "part of your care, not a replacement for it. We encourage you to keep "
                        "seeing your therapist, or we can help you find one.</li><li><b>Bring "
                        "what helps you relax,</b> such as headphones and calm music.</li></ul>"
                    ),
                },
            ),
            ("heading", {"text": "Your medicines", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Keep taking your usual medicines unless the doctor who prescribes them "
                    "tells you otherwise. Stopping some medicines suddenly can cause "
                    'problems.<a href="#ref-7">[7]</a> Bring a full list of what you take to your '
                    "evaluation, including supplements.</p>"
                ),
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "sanacora_2017_consensus",
            "murrough_2013_two_site",
            "oxford_health_risks",
            "short_2018_side_effects",
            "murrough_2013_repeated",
            "mcintyre_2021_expert_opinion",
            "nimh_depression",
        ),
        "related": ["safety-and-side-effects", "cost-and-insurance", "faq"],
    },
    {
        "slug": "types-of-ketamine-therapy",
        "title": "Types of ketamine therapy",
        "seo_title": "Types of ketamine therapy: IV, nasal spray and more",
        "summary": (
            "Ketamine can be given by IV, as a nasal spray, as an injection, by mouth or as a "
            "cream. Here is how each one differs, and why our clinics use IV infusions."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ketamine comes in several forms, and they are not all the same. How "
                    "ketamine enters your body changes how much of it reaches your bloodstream, "
                    "how fast it acts and how closely the dose can be "
                    'controlled.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "IV infusion", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>An IV infusion sends ketamine straight into a vein through a thin tube, "
                    "slowly, over about 40 minutes or more. Because it goes directly into your "
                    "blood, all of the dose reaches your bloodstream, and the flow can be slowed "
                    'or stopped at any moment.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Most of the research on ketamine for depression has used IV "
                    'infusions.<a href="#ref-2">[2]</a> It is the most common method in ketamine '
                    "clinics, and it is the treatment we offer at all four Balance Ketamine "
                    "locations.</p>"
                ),
            ),
            ("heading", {"text": "Esketamine nasal spray (Spravato)", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Esketamine is a close chemical relative of ketamine. As a nasal spray "
                    "called Spravato, the FDA approved it in 2019 for adults with "
                    "treatment-resistant depression, to be used along with an antidepressant "
                    'taken by mouth.<a href="#ref-3">[3]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Spravato can only be given in a certified clinic or doctor’s office. You "
                    "spray it yourself while a health professional watches, and staff then check "
                    "on you for at least two hours before you can leave. You cannot take it "
                    'home.<a href="#ref-3">[3]</a> Because it is FDA-approved, some insurance '
                    "plans cover it.</p>"
                ),
            ),
            ("heading", {"text": "Injection into a muscle", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ketamine can also be injected into a muscle, often in the upper arm. Most "
                    'of the dose is absorbed.<a href="#ref-1">[1]</a> The drawback is control: '
                    "once the shot is given, the dose cannot be slowed or stopped the way an IV "
                    "drip can.</p>"
                ),
            ),
            ("heading", {"text": "By mouth or under the tongue", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tablets, lozenges and liquids are cheaper and easier to "
                    'take.<a href="#ref-4">[4]</a> But when you swallow ketamine, your liver '
                    "breaks down much of it before it reaches the rest of your "
                    'body.<a href="#ref-1">[1]</a> Only about a fifth to a quarter of a swallowed '
                    'dose gets through.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Forms that dissolve under the tongue absorb a little better than pills, "
                    'but they still deliver much less than an IV.<a href="#ref-1">[1]</a> '
                    "Research on these forms for depression is still "
                    'thin.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "Creams and gels", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Some pharmacies mix ketamine into creams or gels that are rubbed onto the "
                    'skin, mostly for some kinds of nerve pain.<a href="#ref-5">[5]</a> The '
                    'evidence that they work is limited.<a href="#ref-6">[6]</a> They are not a '
                    "treatment for depression.</p>"
                ),
            ),
            ("heading", {"text": "A quick comparison", "level": "h2"}),
            (
                "faq",
                {
                    "title": "Which form does what?",
                    "items": [
                        {
                            "question": "Which form has the most research for depression?",
                            "answer": (
                                "<p>IV infusion. Most clinical trials of ketamine for depression "
                                'used it.<a href="#ref-2">[2]</a></p>'
                            ),
                        },
                        {
                            "question": "Which form is FDA-approved for depression?",
                            "answer": (
                                "<p>Only esketamine nasal spray (Spravato), approved in 2019 for "
                                'treatment-resistant depression.<a href="#ref-3">[3]</a> IV '
                                "ketamine for depression is used "
                                'off-label.<a href="#ref-7">[7]</a></p>'
                            ),
                        },
                        {
                            "question": "Why not just take a pill at home?",
                            "answer": (
                                "<p>Less of the dose reaches your blood, and the right dose is "
                                "harder to "
                                'predict.<a href="#ref-4">[4]</a><a href="#ref-1">[1]</a> '
                                "Treatment at home also means no one is there to monitor you.</p>"
                            ),
                        },
                        {
                            "question": "Which type does Balance Ketamine offer?",
                            "answer": (
                                "<p>Low-dose IV infusions, given and monitored by our medical "
                                "team at our Wicker Park, Orland Park, Naperville and Palos Hills "
                                "clinics.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Which is right for you?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The best choice depends on your health, your treatment history, your "
                    "budget and what you can easily get to. At your consultation, we will talk "
                    "through the options honestly, including ones we don’t provide, and work with "
                    "your own doctor where it helps.</p>"
                ),
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "peltoniemi_2016_pharmacology",
            "mcintyre_2021_expert_opinion",
            "fda_2019_esketamine",
            "andrade_2019_oral",
            "sawynok_2014_topical",
            "topical_ketamine_2015",
            "sanacora_2017_consensus",
        ),
        "related": ["what-is-ketamine", "ketamine-infusion-process", "cost-and-insurance"],
    },
    {
        "slug": "safety-and-side-effects",
        "title": "Ketamine safety and side effects",
        "seo_title": "Ketamine side effects and safety: what to know",
        "summary": (
            "Most side effects of a ketamine infusion are brief. Learn what you might feel, the "
            "rarer risks, who should wait or avoid ketamine, and how we keep you safe."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Any medicine that can help can also cause side effects. Here is an honest "
                    "look at what ketamine can do, how we watch for problems and when it may not "
                    "be right for you.</p>"
                ),
            ),
            ("heading", {"text": "Common side effects", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Most side effects happen during the infusion or shortly after, and then "
                    'pass.<a href="#ref-1">[1]</a> They can include:</p><ul><li>feeling detached '
                    "from your body or surroundings "
                    "(dissociation)</li><li>dizziness</li><li>feeling drunk or "
                    "lightheaded</li><li>tiredness, often for the rest of the day</li><li>things "
                    "looking or sounding different</li><li>nausea or "
                    "vomiting</li><li>anxiety</li><li>headache</li><li>ringing in the ears "
                    "(tinnitus)</li><li>bruising where the IV went in</li><li>a short-term rise "
                    "in blood pressure or heart rate</li><li>vivid dreams</li></ul><p>This list "
                    "is based on the patient information from a specialist NHS ketamine "
                    'service.<a href="#ref-1">[1]</a> A review of research studies found a '
                    'similar pattern.<a href="#ref-2">[2]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Side effects tend to be stronger at higher doses, but they can change "
                    'from one visit to the next.<a href="#ref-1">[1]</a> We can give medicine for '
                    'nausea, and we can adjust your dose.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "If an infusion feels too intense", "level": "h2"}),
            (
                "statistic",
                {
                    "figure": "1 in 10",
                    "label": (
                        "people find a ketamine infusion very challenging. Once the infusion is "
                        "stopped, unpleasant effects almost always ease within 15 minutes."
                    ),
                    "source_title": "Ketamine treatment service: risks and benefits",
                    "source_url": "https://www.oxfordhealth.nhs.uk/ketamine/risks-benefits/",
                },
            ),
            (
                "paragraph",
                (
                    "<p>About 1 in 10 people find an infusion very hard "
                    'going.<a href="#ref-1">[1]</a> If that happens to you, tell us straight '
                    "away. When the infusion is stopped, unpleasant effects almost always settle "
                    'within 15 minutes.<a href="#ref-1">[1]</a> You will not be left alone while '
                    "this happens.</p>"
                ),
            ),
            ("heading", {"text": "Mood changes after treatment", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Occasionally, people feel more depressed or have more suicidal thoughts "
                    'after ketamine. This can last for up to two weeks.<a href="#ref-1">[1]</a> '
                    "Please tell your care team right away if your mood drops or you have "
                    "thoughts of harming yourself. Some people who carry on with treatment find "
                    "it starts to help after one or two more infusions, but that is a decision we "
                    'make together with you.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            CRISIS_CALLOUT,
            ("heading", {"text": "How we keep you safe", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Before treatment, we review your health history, your medicines and your "
                    "blood pressure. During every infusion, we track your blood pressure, heart "
                    "rate and oxygen level, and a member of our team is with you the whole "
                    'time.<a href="#ref-3">[3]</a><a href="#ref-4">[4]</a> You rest with us '
                    "afterward until you feel steady.</p>"
                ),
            ),
            ("heading", {"text": "Who should not have ketamine, or should wait", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For some people, the risks of ketamine outweigh the possible benefits, at "
                    "least for now. You may need to avoid it, or get the other problem treated "
                    "first, if you have:</p><ul><li>heart disease that is not being treated, or "
                    "high blood pressure that is not under control</li><li>schizophrenia or "
                    "another condition that causes "
                    'psychosis<a href="#ref-3">[3]</a></li></ul><p>Experts also advise care for '
                    'people with a history of substance misuse.<a href="#ref-3">[3]</a> Please '
                    "tell us about every medicine you take, any past drug or alcohol problems, "
                    "and whether you are pregnant or could be. These do not always rule ketamine "
                    "out, but they change how we plan your care.</p>"
                ),
            ),
            ("heading", {"text": "Is ketamine addictive?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ketamine can be misused. It is sold illegally as a party "
                    'drug.<a href="#ref-5">[5]</a> Taking large, frequent doses outside medical '
                    'care can lead to addiction.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Treatment in a clinic is different. You receive a measured dose, given by "
                    "our staff, on a planned schedule, and you never take ketamine home. Some "
                    "people find that their depression comes back when they stop treatment. That "
                    "is the illness returning, not addiction, and it is something we plan for "
                    'together.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "What we don’t know yet", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Most studies of ketamine for depression have followed people for weeks or "
                    "months, not years. The long-term effects of repeated treatment are not yet "
                    'well understood.<a href="#ref-2">[2]</a><a href="#ref-3">[3]</a> We review '
                    "your progress regularly and talk openly with you about whether treatment is "
                    "still worth it.</p>"
                ),
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "oxford_health_risks",
            "short_2018_side_effects",
            "sanacora_2017_consensus",
            "mcintyre_2021_expert_opinion",
            "dea_ketamine_fact_sheet",
        ),
        "related": ["ketamine-infusion-process", "is-ketamine-therapy-right-for-me", "faq"],
    },
    {
        "slug": "cost-and-insurance",
        "title": "Cost of ketamine therapy and insurance",
        "seo_title": "Ketamine infusion cost and insurance in Chicago",
        "summary": (
            "What ketamine infusions usually cost, what we charge at Balance Ketamine, and how "
            "insurance, superbills and Spravato coverage work."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Cost matters, and you deserve clear numbers before you start. Money "
                    "worries are hard enough when you are already struggling. Here is what to "
                    "expect.</p>"
                ),
            ),
            ("heading", {"text": "What ketamine infusions usually cost", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In the Chicago area, one IV ketamine infusion typically costs between "
                    "$400 and $700. Because treatment usually means a series of infusions rather "
                    "than just one, the total can add up quickly.</p>"
                ),
            ),
            ("heading", {"text": "Our prices", "level": "h2"}),
            (
                "paragraph",
                "<p>We want cost to be less of a barrier, so we keep our pricing simple.</p>",
            ),
            (
                "price_list",
                {
                    "title": "Balance Ketamine prices",
                    "items": [
                        {
                            "item": "First consultation",
                            "price": "Free",
                            "note": "A no-pressure conversation about whether ketamine suits you",
                        },
                        {
                            "item": "Intake fee",
                            "price": "$0",
                            "note": "Waived as part of our current offer",
                        },
                        {
                            "item": "Ketamine infusion (45 minutes)",
                            "price": "$275",
                            "note": "Per infusion, including monitoring and recovery time",
                        },
                        {
                            "item": "Packages and maintenance plans",
                            "price": "Ask us",
                            "note": "Options for a series of infusions or ongoing care",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>We will go through the full cost of the plan we recommend at your "
                    "consultation, before you commit to anything.</p>"
                ),
            ),
            ("heading", {"text": "What your fee pays for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>An infusion is more than the medicine itself. Each visit includes a check "
                    "of your health before you start, a comfortable infusion room, monitoring of "
                    "your blood pressure, heart rate and oxygen level throughout, a team member "
                    "with you the whole time, and rest afterward until you feel steady. Between "
                    "visits, we check in on how you are doing and adjust your plan.</p>"
                ),
            ),
            ("heading", {"text": "Planning for a series", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Because most people need more than one infusion, it helps to plan ahead. "
                    "Ask us about packages for a first series and about maintenance plans if you "
                    "need top-up infusions later. We can also space visits in a way that fits "
                    "your budget and your clinical needs, and we will be honest if we think "
                    "treatment is not worth continuing.</p>"
                ),
            ),
            ("heading", {"text": "Does insurance cover ketamine?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For IV infusions, usually not. Ketamine is approved as an anesthetic, but "
                    'using it for depression is off-label.<a href="#ref-1">[1]</a> That is one '
                    "reason most insurance plans do not pay for ketamine infusions yet.</p>"
                ),
            ),
            ("heading", {"text": "Out-of-network claims", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Some plans will pay back part of the cost as an out-of-network service. "
                    "After each visit, we can give you a detailed receipt, often called a "
                    "<b>superbill</b>, with the information insurers usually ask for. You send it "
                    "to your insurer yourself. We can’t promise your plan will pay, so it is "
                    "worth calling them first.</p>"
                ),
            ),
            ("heading", {"text": "Spravato (esketamine)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Esketamine nasal spray is FDA-approved for treatment-resistant "
                    'depression.<a href="#ref-2">[2]</a> Because of that, some insurance plans do '
                    "cover it. If you are interested, ask your insurer and your doctor, and we "
                    "can talk through how it compares with IV ketamine.</p>"
                ),
            ),
            ("heading", {"text": "Questions to ask your insurer", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Do I have out-of-network benefits for outpatient mental health "
                    "care?</li><li>Is there a deductible I need to meet first?</li><li>What "
                    "information do you need on a superbill?</li><li>Do you cover Spravato, and "
                    "is prior approval needed?</li><li>Can I use my health savings account (HSA) "
                    "or flexible spending account (FSA) for this treatment?</li></ul>"
                ),
            ),
            ("heading", {"text": "Common questions about cost", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "Do I have to pay for the first consultation?",
                            "answer": "<p>No. Your first consultation is free.</p>",
                        },
                        {
                            "question": "How many infusions will I pay for?",
                            "answer": (
                                "<p>Most people start with several infusions spread over a few "
                                "weeks, and some later have maintenance "
                                'infusions.<a href="#ref-3">[3]</a> Your plan depends on how you '
                                "respond, so we will talk about costs at each stage.</p>"
                            ),
                        },
                        {
                            "question": "What if ketamine is not helping me?",
                            "answer": (
                                '<p>Not everyone responds to ketamine.<a href="#ref-3">[3]</a> If '
                                "you have not noticed any benefit after your first few infusions, "
                                "we will talk honestly with you about whether to continue.</p>"
                            ),
                        },
                    ],
                },
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "sanacora_2017_consensus",
            "fda_2019_esketamine",
            "mcintyre_2021_expert_opinion",
        ),
        "related": [
            "types-of-ketamine-therapy",
            "ketamine-infusion-process",
            "is-ketamine-therapy-right-for-me",
        ],
    },
    {
        "slug": "faq",
        "title": "Frequently asked questions about ketamine therapy",
        "seo_title": "Ketamine therapy FAQ: your questions answered",
        "summary": (
            "Clear answers to common questions about ketamine for depression: what it is, how it "
            "differs from antidepressants, safety, how long it lasts, cost and your visit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Here are answers to the questions we hear most often. If yours is not "
                    "here, please ask us. No question is too small.</p>"
                ),
            ),
            ("heading", {"text": "About ketamine", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "What is ketamine used for today?",
                            "answer": (
                                "<p>Ketamine is still widely used as an anesthetic and for pain "
                                'relief.<a href="#ref-1">[1]</a> At low doses, it is also used to '
                                "treat depression that has not improved with other "
                                'treatments.<a href="#ref-2">[2]</a> Researchers are also '
                                "studying it for other conditions, such as "
                                'PTSD.<a href="#ref-1">[1]</a></p>'
                            ),
                        },
                        {
                            "question": "How is ketamine different from antidepressants?",
                            "answer": (
                                "<p>Most antidepressants work mainly on serotonin and related "
                                "brain chemicals. Ketamine works on the glutamate system "
                                'instead.<a href="#ref-3">[3]</a> Antidepressants often take '
                                'weeks to help.<a href="#ref-4">[4]</a> Ketamine can ease '
                                "symptoms within hours or days for some "
                                'people.<a href="#ref-5">[5]</a></p>'
                            ),
                        },
                        {
                            "question": "Is ketamine approved for depression?",
                            "answer": (
                                "<p>Esketamine nasal spray (Spravato) was approved by the FDA in "
                                '2019 for treatment-resistant depression.<a href="#ref-6">[6]</a> '
                                "IV ketamine, which we offer, is used off-label for "
                                'depression.<a href="#ref-7">[7]</a></p>'
                            ),
                        },
                        {
                            "question": "Is ketamine safe?",
                            "answer": (
                                "<p>Most side effects are brief and pass soon after the "
                                'infusion.<a href="#ref-8">[8]</a> That is why careful screening '
                                "and monitoring during every infusion matter so "
                                'much.<a href="#ref-7">[7]</a> Ketamine is not risk-free, and we '
                                "still have limited data on long-term "
                                'use.<a href="#ref-9">[9]</a> Our page on safety and side effects '
                                "has the details.</p>"
                            ),
                        },
                        {
                            "question": "Can ketamine help with suicidal thoughts?",
                            "answer": (
                                "<p>In studies, a single infusion reduced suicidal thoughts "
                                'within a day for many people.<a href="#ref-10">[10]</a> But '
                                "ketamine is not an emergency treatment. If you are in crisis, "
                                "call or text 988, or call 911.</p>"
                            ),
                        },
                    ],
                },
            ),
            CRISIS_CALLOUT,
            ("heading", {"text": "About your treatment", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "How long do the effects last?",
                            "answer": (
                                "<p>It differs from person to person. For many people, the "
                                "benefit of a course lasts anywhere from a few days to several "
                                'weeks.<a href="#ref-11">[11]</a> Occasional top-up infusions '
                                "help some people hold on to the benefit for "
                                'longer.<a href="#ref-2">[2]</a></p>'
                            ),
                        },
                        {
                            "question": "How many infusions will I need?",
                            "answer": (
                                "<p>Most people start with several infusions spread over a few "
                                "weeks. In one study, people had up to six infusions over about "
                                'two weeks.<a href="#ref-11">[11]</a> We adjust your plan based '
                                "on how you respond.</p>"
                            ),
                        },
                        {
                            "question": "Will I be awake?",
                            "answer": (
                                "<p>Yes. The dose is much lower than the dose used for surgery. "
                                "You stay awake, though you may feel detached or dreamy for a "
                                'while.<a href="#ref-8">[8]</a></p>'
                            ),
                        },
                        {
                            "question": "Can I drive home?",
                            "answer": (
                                "<p>No. Please arrange for someone to drive you, or use a taxi or "
                                "rideshare. Do not drive for the rest of the day after an "
                                "infusion.</p>"
                            ),
                        },
                        {
                            "question": "Can I bring someone with me?",
                            "answer": (
                                "<p>Yes. A friend or family member is welcome to come with you, "
                                "and they can take you home afterward.</p>"
                            ),
                        },
                        {
                            "question": "Should I stop taking my antidepressants?",
                            "answer": (
                                "<p>No. Never stop or change a medicine on your own. Stopping "
                                "suddenly can cause unpleasant symptoms or bring depression "
                                'back.<a href="#ref-4">[4]</a> Any change should be planned with '
                                "the doctor who prescribes it. We are happy to work alongside "
                                "them.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Cost and choosing a clinic", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "How much does an infusion cost?",
                            "answer": (
                                "<p>At Balance Ketamine, an infusion of about 45 minutes costs "
                                "$275, and we are currently waiving the intake fee. Your first "
                                "consultation is free.</p>"
                            ),
                        },
                        {
                            "question": "Does insurance pay for ketamine infusions?",
                            "answer": (
                                "<p>Usually not, because IV ketamine is used off-label for "
                                'depression.<a href="#ref-7">[7]</a> We can give you a superbill '
                                "to submit for possible out-of-network reimbursement. Esketamine "
                                "nasal spray is FDA-approved, so some plans cover "
                                'it.<a href="#ref-6">[6]</a></p>'
                            ),
                        },
                        {
                            "question": "Why choose Balance Ketamine?",
                            "answer": (
                                "<p>Our medical team brings together training in psychiatry and "
                                "in anesthesiology. We screen carefully, monitor you throughout "
                                "every infusion and stay with you until you are ready to go home. "
                                "Our prices are clear, we work with your own doctor and "
                                "therapist, and we have four Chicago-area clinics: Wicker Park, "
                                "Orland Park, Naperville and Palos Hills.</p>"
                            ),
                        },
                    ],
                },
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "li_2016_fifty_years",
            "mcintyre_2021_expert_opinion",
            "duman_2012_synaptic",
            "nimh_depression",
            "zarate_2006_trial",
            "fda_2019_esketamine",
            "sanacora_2017_consensus",
            "oxford_health_risks",
            "short_2018_side_effects",
            "wilkinson_2018_suicidal_ideation",
            "murrough_2013_repeated",
        ),
        "related": [
            "what-is-ketamine",
            "safety-and-side-effects",
            "cost-and-insurance",
            "ketamine-infusion-process",
        ],
    },
    {
        "slug": "is-ketamine-therapy-right-for-me",
        "title": "Is ketamine therapy right for me?",
        "seo_title": "Is ketamine therapy right for me?",
        "summary": (
            "Ketamine is not a first step or a cure, but it may help when other treatments have "
            "not. Here is who may benefit, who should wait, and what to ask your doctor."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Deciding on a new treatment is a big step, especially when you are worn "
                    "out from trying things that haven’t worked. This guide can help you think it "
                    "through. It is not a substitute for a conversation with your doctor.</p>"
                ),
            ),
            ("heading", {"text": "Not usually a first step", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ketamine is rarely the first thing a doctor suggests for depression. It "
                    "usually comes up later, once standard treatments such as antidepressants and "
                    'talk therapy have had a fair try.<a href="#ref-1">[1]</a> Most of the '
                    "research has been done in people with treatment-resistant "
                    'depression.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "You may be a good candidate if", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>you have been diagnosed with major depression</li><li>you have tried "
                    "at least two antidepressants, at a proper dose and for long enough, without "
                    'enough relief<a href="#ref-2">[2]</a></li><li>depression is getting in the '
                    "way of your work, relationships or daily life</li><li>your physical health "
                    "is stable enough for an infusion</li><li>you want to try ketamine, and you "
                    "are choosing it for yourself</li></ul>"
                ),
            ),
            ("heading", {"text": "When ketamine may not be right", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ketamine may not be safe, or may need to wait, if you have heart disease "
                    "that is not being treated, high blood pressure that is not under control, or "
                    'a history of psychosis such as schizophrenia.<a href="#ref-3">[3]</a> A '
                    "history of substance misuse also needs an open "
                    'conversation.<a href="#ref-3">[3]</a> Our page on safety and side effects '
                    "explains more.</p>"
                ),
            ),
            ("heading", {"text": "Being ready matters", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>An infusion can bring unusual feelings, such as feeling detached from "
                    'your body.<a href="#ref-4">[4]</a> It helps to go in informed and willing. '
                    "In our experience, people who choose ketamine for themselves tend to get "
                    "more from it than people who come mainly because someone else pushed "
                    "them.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>If a loved one suggested ketamine, that is fine. Take the time to learn "
                    "about it, ask your questions, and make the decision your own.</p>"
                ),
            ),
            ("heading", {"text": "Thinking about cost", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For many people, cost is a real barrier. Insurance rarely covers IV "
                    "ketamine, and treatment usually means a series of infusions. At Balance "
                    "Ketamine, an infusion costs $275 and the intake fee is waived. Our page on "
                    "cost and insurance has the details.</p>"
                ),
            ),
            ("heading", {"text": "What ketamine can and can’t do", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ketamine is not a cure. Results vary: some people feel much better, some "
                    'a little better, and some not at all.<a href="#ref-1">[1]</a> When it does '
                    "help, the benefit often fades over time, so many people need ongoing "
                    'care.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>We see ketamine as one part of a wider plan. That plan often includes "
                    "therapy, your regular medicines, support from people you trust and daily "
                    "routines that help you feel steady.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ketamine is not a shortcut past the hard work of recovery. For some "
                        "people, it can make that work feel possible again."
                    ),
                    "attribution": "The Balance Ketamine care team",
                },
            ),
            ("heading", {"text": "Questions to ask your doctor", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Does my history fit the usual reasons for trying "
                    "ketamine?</li><li>Are there other options I haven’t tried yet, such as a "
                    "different medicine, rTMS or ECT?</li><li>Are my heart and blood pressure "
                    "healthy enough for ketamine?</li><li>Should I keep taking my current "
                    "medicines during treatment?</li><li>How will we know if it is working, and "
                    "when should we stop?</li></ul>"
                ),
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Talk it through with us",
                    "text": (
                        "A free consultation is a chance to ask questions and get an honest "
                        "opinion, with no pressure to book treatment."
                    ),
                    "button_text": "Book a free consultation",
                    "page": "/book-a-consultation/",
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "mcintyre_2021_expert_opinion",
            "mcintyre_2023_trd",
            "sanacora_2017_consensus",
            "oxford_health_risks",
            "murrough_2013_repeated",
        ),
        "related": [
            "treatment-resistant-depression",
            "safety-and-side-effects",
            "cost-and-insurance",
            "faq",
        ],
    },
]
