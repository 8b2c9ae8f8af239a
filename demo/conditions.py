"""Condition pages of the demo site: what each condition is and what ketamine may offer.

Readers may be unwell, some in crisis: plain words, short paragraphs, every clinical claim
cited as <a href="#ref-N">[N]</a> into that page's own `references` list,
made with `cite` from the keys in demo/sources.py.
"""

from demo.self_checks import LINKS as SELF_CHECK_LINKS
from demo.sources import cite

BOOK = "/book-a-consultation/"

CRISIS_SHORT = (
    "<p>Please reach out now. Call or text <b>988</b> to reach the Suicide &amp; Crisis "
    "Lifeline, day or night. If you are in immediate danger, call <b>911</b>. "
    "Our clinic is not an emergency service.</p>"
)


CONDITIONS = [
    {
        "slug": "depression",
        "title": "Depression",
        "seo_title": "Ketamine for Depression in Chicago | Balance Ketamine",
        "summary": (
            "Depression is a real medical illness, and it can be treated. Learn the common "
            "signs, what raises the risk, and how ketamine infusions may help when other "
            "treatments have not."
        ),
        "symptoms": [
            "Feeling sad, empty or hopeless most of the day",
            "Low energy and little motivation, even for small tasks",
            "Losing interest in things you used to enjoy",
            "Eating much more or much less than usual",
            "Sleeping too much, or lying awake at night",
            "Trouble focusing, remembering or making decisions",
            "Thoughts of death or suicide",
        ],
        "how_it_may_help": (
            "<p>Most antidepressants act on brain chemicals such as serotonin. They can take "
            "several weeks to work, and they do not help everyone who tries them"
            '<a href="#ref-1">[1]</a>.</p>'
            "<p>Ketamine takes a different path. It acts on glutamate, one of the brain's "
            "main messengers. Scientists think this may help brain cells build new "
            "connections, but they are still working out exactly how it helps"
            '<a href="#ref-6">[6]</a>.</p>'
            "<p>With us, a low dose is given through an IV in your arm while a trained "
            "clinician stays with you. Treatment usually begins with a series of infusions "
            "spread over a few weeks. Some people later come back for an occasional "
            "maintenance infusion. Your plan is built around you, and with your permission "
            "we keep your own doctor and therapist in the loop.</p>"
        ),
        "evidence": (
            "<p>Doctors have studied ketamine for depression for more than 20 years. One of "
            "the first small trials was published in 2000"
            '<a href="#ref-7">[7]</a>. In a 2006 study of people whose depression had not '
            "eased with other treatment, 71% responded the day after a single infusion. "
            "Responding meant their symptoms dropped by at least half"
            '<a href="#ref-2">[2]</a>.</p>'
            "<p>A larger trial in 2013 compared ketamine with an active placebo. A day later, "
            "64% of people who got ketamine had responded, compared with 28% of those who "
            'got the placebo<a href="#ref-3">[3]</a>.</p>'
            "<p>These results are hopeful, but they need context. Most studies were small "
            "and short, and the lift from one infusion often fades within days or weeks"
            '<a href="#ref-2">[2]</a>. IV ketamine is not FDA-approved for depression, so '
            "doctors use it off-label, and long-term data are still limited"
            '<a href="#ref-5">[5]</a>. A related medicine, esketamine nasal spray '
            "(Spravato), was approved by the FDA in 2019 for treatment-resistant depression"
            '<a href="#ref-4">[4]</a>.</p>'
        ),
        "body": [
            ("paragraph", SELF_CHECK_LINKS),
            (
                "statistic",
                {
                    "figure": "71%",
                    "label": (
                        "of people with treatment-resistant depression responded one day "
                        "after a single ketamine infusion, in a small 2006 study"
                    ),
                    "source_title": "Zarate et al., Archives of General Psychiatry, 2006",
                    "source_url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
                },
            ),
            ("heading", {"text": "What can raise the risk of depression", "level": "h2"}),
            (
                "paragraph",
                "<p>There is rarely one single cause. Depression usually grows out of a mix "
                "of genes, brain biology, life events and personal history"
                '<a href="#ref-1">[1]</a>. Things that can raise the risk include:</p>'
                "<ul>"
                "<li>A parent, brother or sister who has had depression or another mental "
                "illness</li>"
                "<li>A long-term illness or ongoing physical pain</li>"
                "<li>Hard life events, such as losing a job or going through a divorce</li>"
                "<li>Abuse or other trauma</li>"
                "<li>Changes in brain chemistry</li>"
                "</ul>"
                "<p>Having a risk factor does not mean you will become depressed. And having "
                "none does not protect you from it. Depression is nobody's fault.</p>",
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "If you are thinking about suicide",
                    "text": CRISIS_SHORT,
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Talk it through with us",
                    "text": (
                        "A free consultation is a chance to ask questions. There is no "
                        "pressure to start treatment."
                    ),
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
            "fda_2019_esketamine",
            "sanacora_2017_consensus",
            "krystal_2019_paradigm",
            "berman_2000_antidepressant",
        ),
        "related": [
            "what-is-ketamine",
            "treatment-resistant-depression",
            "ketamine-infusion-process",
            "is-ketamine-therapy-right-for-me",
        ],
    },
    {
        "slug": "anxiety",
        "title": "Anxiety",
        "seo_title": "Ketamine for Anxiety in Chicago | Balance Ketamine",
        "summary": (
            "Anxiety disorders are more than everyday worry. Learn the signs of generalized "
            "and social anxiety, and what early research says about ketamine when usual "
            "treatments have not helped."
        ),
        "symptoms": [
            "Worrying most days, and finding it hard to stop",
            "Feeling restless, keyed up or on edge",
            "Getting tired easily",
            "Trouble concentrating, or your mind going blank",
            "Tense muscles, headaches or stomach aches",
            "Trouble falling or staying asleep",
            "Strong fear of being judged or embarrassed around other people",
            "Avoiding social plans, or dreading them for days",
        ],
        "how_it_may_help": (
            "<p>Anxiety disorders are usually treated with talk therapy, medicine, or both"
            '<a href="#ref-1">[1]</a>. These help many people. When they have not helped '
            "enough, some people start to look at other options.</p>"
            "<p>Ketamine works differently from most anxiety medicines. It blocks the "
            "brain's NMDA receptor, which belongs to the glutamate system. Researchers "
            "have begun to test it in people with generalized anxiety and social anxiety "
            'that did not respond to usual care<a href="#ref-2">[2]</a>.</p>'
            "<p>If you come to us, we start with a careful look at your history and your "
            "current treatment. Ketamine never replaces your therapist or prescriber. At "
            "most, it is one part of a wider plan.</p>"
        ),
        "evidence": (
            "<p>Research on ketamine for anxiety is at an early stage. In a 2017 study, "
            "12 adults with generalized or social anxiety that had not improved with usual "
            "treatment were given rising doses of ketamine, one week apart. Many felt less "
            "anxious within an hour, and for some the relief lasted up to a week. Ten of the "
            '12 responded at the higher doses<a href="#ref-2">[2]</a>.</p>'
            "<p>That study was small and had no placebo group. It also gave ketamine as a "
            'shot under the skin, not through an IV<a href="#ref-2">[2]</a>. Larger, '
            "controlled trials are still needed. Ketamine is not FDA-approved for anxiety, "
            "so any use is off-label, and data on long-term safety are limited"
            '<a href="#ref-3">[3]</a>.</p>'
            "<p>Side effects seen in ketamine studies include feeling detached or dreamlike, "
            "dizziness, headache, blurred vision and a short rise in blood pressure"
            '<a href="#ref-4">[4]</a>. In the anxiety study, these effects grew stronger '
            'as the dose went up<a href="#ref-2">[2]</a>.</p>'
        ),
        "body": [
            ("paragraph", SELF_CHECK_LINKS),
            ("heading", {"text": "Generalized and social anxiety", "level": "h2"}),
            (
                "paragraph",
                "<p><b>Generalized anxiety</b> means worrying a lot, about many everyday "
                "things, for months at a time. <b>Social anxiety</b> means an intense fear of "
                "being watched, judged or embarrassed by others. Both can make work, school "
                'and friendships much harder<a href="#ref-1">[1]</a>.</p>',
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Could the infusion itself make me feel anxious?",
                            "answer": (
                                "<p>It can. Feeling anxious is one of the more common "
                                "short-term effects during a ketamine infusion"
                                '<a href="#ref-4">[4]</a>. A clinician stays with you the '
                                "whole time and can slow or stop the infusion. If you have "
                                "panic attacks, tell us at your evaluation so we can plan "
                                "for it together.</p>"
                            ),
                        },
                        {
                            "question": "Should I stop my anxiety medicine first?",
                            "answer": (
                                "<p>No. Please do not stop or change any medicine on your "
                                "own. Talk with the prescriber who manages it. We will go "
                                "over all your medicines with you at your evaluation.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Wondering if this could fit you?",
                    "text": (
                        "Book a free consultation. We will listen first, and we will be "
                        "honest about what ketamine can and cannot do."
                    ),
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "nimh_anxiety",
            "glue_2017_anxiety",
            "sanacora_2017_consensus",
            "short_2018_side_effects",
        ),
        "related": [
            "what-is-ketamine",
            "safety-and-side-effects",
            "is-ketamine-therapy-right-for-me",
            "faq",
        ],
    },
    {
        "slug": "ptsd",
        "title": "PTSD",
        "seo_title": "Ketamine for PTSD in Chicago | Balance Ketamine",
        "summary": (
            "PTSD can keep a past trauma feeling present. Learn the common signs, the "
            "treatments with the strongest evidence, and what studies of ketamine for PTSD "
            "have and have not found."
        ),
        "symptoms": [
            "Unwanted memories, flashbacks or nightmares about the trauma",
            "Staying away from places, people or thoughts that bring it back",
            "Feeling on guard, tense or easily startled",
            "Trouble sleeping or concentrating",
            "Angry outbursts or feeling irritable",
            "Guilt, blame or other painful beliefs about yourself or the world",
            "Feeling numb or cut off from people you care about",
        ],
        "how_it_may_help": (
            "<p>PTSD can follow any event that was frightening, shocking or dangerous"
            '<a href="#ref-1">[1]</a>. The treatments with the strongest support are talk '
            "therapies that focus on the trauma, and some medicines can help too"
            '<a href="#ref-5">[5]</a>. Even so, the medicines available today help only '
            'part of the way for many people<a href="#ref-3">[3]</a>.</p>'
            "<p>Ketamine is being studied as a possible added option for long-lasting PTSD. "
            "Some trials suggest it may lower the overall strength of PTSD symptoms for "
            'some people<a href="#ref-2">[2]</a>.</p>'
            "<p>With us, ketamine for PTSD is planned alongside your ongoing care with a "
            "therapist. Before any treatment, we review your history, your medicines and "
            "the therapy you are in now. With your permission, we are glad to work with "
            "your therapist.</p>"
        ),
        "evidence": (
            "<p>In a 2014 trial of 41 adults with chronic PTSD, symptoms were clearly lower "
            "24 hours after a ketamine infusion than after an active placebo"
            '<a href="#ref-2">[2]</a>.</p>'
            "<p>A 2021 trial gave 30 people six infusions over two weeks. Those who got "
            "ketamine improved more than those who got the active placebo"
            '<a href="#ref-3">[3]</a>.</p>'
            "<p>Not every study agrees. A larger 2022 trial in 158 veterans and service "
            "members found that eight infusions did not ease PTSD symptoms more than a "
            "placebo, although the standard dose did ease depression"
            '<a href="#ref-4">[4]</a>. Using ketamine for PTSD is off-label, and researchers '
            "are still working out who benefits and for how long"
            '<a href="#ref-6">[6]</a>.</p>'
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Worried about memories coming up?",
                    "text": (
                        "<p>Some people fear that an infusion will bring the trauma back. "
                        "Tell us about your triggers before your first visit. You can ask "
                        "for the lighting, sound and setup that feel safest to you, and a "
                        "clinician stays with you throughout.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "If it feels like too much",
                    "text": (
                        "<p>If memories feel overwhelming, or you think about hurting "
                        "yourself, call or text <b>988</b> now. Veterans can press 1 after "
                        "dialing 988 to reach the Veterans Crisis Line. In an emergency, "
                        "call <b>911</b>.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Ask us about PTSD care",
                    "text": "A free consultation is private and comes with no commitment.",
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
            "sanacora_2017_consensus",
        ),
        "related": [
            "what-is-ketamine",
            "ketamine-infusion-process",
            "safety-and-side-effects",
            "is-ketamine-therapy-right-for-me",
        ],
    },
    {
        "slug": "suicidal-thoughts",
        "title": "Suicidal thoughts",
        "seo_title": "Suicidal Thoughts: Call or Text 988 for Help Now",
        "summary": (
            "If you are thinking about suicide, call or text 988 now, or call 911 if you "
            "are in danger. This page also explains what research says about ketamine and "
            "suicidal thoughts."
        ),
        "symptoms": [
            "Talking about wanting to die or to kill yourself",
            "Feeling hopeless, trapped, or that there is no reason to live",
            "Feeling like a burden to others",
            "Pulling away from friends and family",
            "Drinking or using drugs more than usual",
            "Sleeping far too much or too little",
            "Giving away belongings or saying goodbye",
        ],
        "how_it_may_help": (
            "<p><b>If you are in crisis, please stop reading and call or text 988 now.</b> "
            "If you are in immediate danger, call 911. Ketamine infusions are not emergency "
            "care, and our clinic cannot respond to a crisis.</p>"
            "<p>Some people live with suicidal thoughts that come and go over months or "
            "years, often as part of depression. For people who are safe right now, "
            "ketamine is one option researchers are studying"
            '<a href="#ref-3">[3]</a>. We only consider it as one part of a wider plan that '
            "includes a psychiatrist or therapist and a written safety plan.</p>"
            "<p>If you ever feel unsafe during your care with us, contact 988 or 911 first. "
            "Then let us know.</p>"
        ),
        "evidence": (
            "<p>A 2018 analysis pooled data from 10 studies. It looked at 167 people who had "
            "suicidal thoughts at the start. After a single ketamine infusion, those thoughts "
            "eased within one day, and the effect lasted up to a week"
            '<a href="#ref-3">[3]</a>.</p>'
            "<p>The drop in suicidal thoughts was partly separate from changes in overall "
            'mood<a href="#ref-3">[3]</a>. But these were short studies. They do not show '
            "whether ketamine lowers the risk of suicide over time, and the authors called "
            'for longer trials<a href="#ref-3">[3]</a>.</p>'
            "<p>Lasting help usually comes from steady care: treating what lies underneath, "
            "such as depression, with therapy or medicine, and staying connected to people "
            'who can support you<a href="#ref-2">[2]</a>.</p>'
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "Need help now? Call or text 988",
                    "text": (
                        "<p>Call or text <b>988</b> to reach the 988 Suicide &amp; Crisis "
                        "Lifeline. It is free, confidential and open 24 hours a day, every "
                        'day<a href="#ref-1">[1]</a>. You can also chat at '
                        '<a href="https://988lifeline.org/">988lifeline.org</a>.</p>'
                        "<p>If you or someone else is in immediate danger, call <b>911</b> "
                        "or go to the nearest emergency room.</p>"
                        "<p>Balance Ketamine is not an emergency service. Please do not "
                        "wait for a call back from us.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "If you are worried about someone",
                    "steps": [
                        {
                            "title": "Ask",
                            "text": (
                                "<p>Ask them directly if they are thinking about suicide. "
                                "Asking does not put the idea in their head"
                                '<a href="#ref-2">[2]</a>.</p>'
                            ),
                        },
                        {
                            "title": "Keep them safe",
                            "text": (
                                "<p>If you can do so safely, help put distance between them "
                                "and anything they could use to hurt themselves.</p>"
                            ),
                        },
                        {
                            "title": "Be there",
                            "text": "<p>Listen without judging. Let them know you care.</p>",
                        },
                        {
                            "title": "Help them connect",
                            "text": (
                                "<p>Call or text 988 together, or help them reach a doctor "
                                "or therapist. Call 911 if they are in immediate danger.</p>"
                            ),
                        },
                        {
                            "title": "Stay in touch",
                            "text": "<p>Check in over the following days and weeks.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Talk to someone right now",
                    "text": "Free, confidential support, any time of day or night.",
                    "button_text": "Call or text 988",
                    "page": "",
                    "link_url": "tel:988",
                },
            ),
        ],
        "references": cite(
            "lifeline_988",
            "nimh_suicide_prevention",
            "wilkinson_2018_suicidal_ideation",
        ),
        "related": [
            "treatment-resistant-depression",
            "safety-and-side-effects",
            "is-ketamine-therapy-right-for-me",
        ],
    },
    {
        "slug": "chronic-pain",
        "title": "Chronic pain",
        "seo_title": "Ketamine for Chronic Pain | Balance Ketamine",
        "summary": (
            "Long-lasting pain, such as fibromyalgia or nerve pain, often comes with low mood "
            "and poor sleep. Learn what research says about ketamine infusions for chronic "
            "pain, and where it falls short."
        ),
        "symptoms": [
            "Pain that has lasted for months",
            "Burning, shooting or tingling nerve pain",
            "Aches and tender spots across the body, as with fibromyalgia",
            "Poor sleep because of pain",
            "Tiredness that rest does not fix",
            "Low mood or worry that comes with living in pain",
        ],
        "how_it_may_help": (
            "<p>Ketamine has been used for anesthesia for decades. At low doses, it is also "
            "given for some kinds of long-lasting pain, and that use has grown a great deal "
            'over the past 20 years<a href="#ref-2">[2]</a>.</p>'
            "<p>Chronic pain and depression often go together. Depression is common in "
            "people living with long-term illnesses, including chronic pain"
            '<a href="#ref-3">[3]</a>. If you live with both, we look at the whole picture '
            "with you and work alongside your pain specialist or primary care doctor.</p>"
            "<p>The doses and schedules used for pain vary, and experts have not settled on "
            'a single best approach<a href="#ref-2">[2]</a>. Whether ketamine suits your '
            "kind of pain is a choice for you, your pain doctor and our medical team to "
            "make together.</p>"
        ),
        "evidence": (
            "<p>A 2019 review pooled seven trials of IV ketamine for chronic pain, with 211 "
            "patients in all. Ketamine lowered pain scores by a small amount, for up to "
            "about two weeks after treatment. All but one of the trials had a high risk of "
            'bias, which makes the results less certain<a href="#ref-1">[1]</a>.</p>'
            "<p>People given ketamine in those trials were more likely to have side effects "
            "such as nausea and dreamlike or unusual perceptions"
            '<a href="#ref-1">[1]</a>.</p>'
            "<p>Guidelines from three US anesthesia and pain medicine groups found that the "
            "evidence supports ketamine for some kinds of chronic pain, but its strength "
            "varies by condition and by dose. Most of the studies were small"
            '<a href="#ref-2">[2]</a>.</p>'
        ),
        "body": [
            ("heading", {"text": "Fibromyalgia and nerve pain", "level": "h2"}),
            (
                "paragraph",
                "<p>Fibromyalgia causes widespread pain and tenderness. Neuropathic pain comes "
                "from damaged or irritated nerves, and it often burns, stings or shoots. Both "
                "are among the kinds of pain included in ketamine research"
                '<a href="#ref-1">[1]</a>. So far, the results are mixed and the benefits '
                "modest.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Bring your records",
                    "text": (
                        "<p>If you see a pain specialist, please bring recent notes or ask "
                        "them to send them to us. It helps us decide together whether "
                        "ketamine makes sense for you.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Living with pain and low mood?",
                    "text": (
                        "Book a free consultation to talk through your options. We will "
                        "tell you honestly if we think ketamine is not a good fit."
                    ),
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "orhurhu_2019_chronic_pain",
            "cohen_2018_pain_guidelines",
            "nimh_depression",
        ),
        "related": [
            "what-is-ketamine",
            "types-of-ketamine-therapy",
            "safety-and-side-effects",
            "cost-and-insurance",
        ],
    },
]
