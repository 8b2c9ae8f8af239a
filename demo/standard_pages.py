"""Standard pages of the demo site: about, privacy, medical disclaimer, accessibility.

The privacy policy describes how this website actually behaves; change it whenever that
changes. Text in [square brackets] marks facts only the clinic can supply.
"""

BOOK = "/book-a-consultation/"

CRISIS_CALLOUT = (
    "callout",
    {
        "kind": "crisis",
        "title": "In a crisis? Get help now",
        "text": (
            "<p>Call or text <b>988</b> to reach the Suicide &amp; Crisis Lifeline, any time "
            'of day or night, or chat at <a href="https://988lifeline.org/">988lifeline.org'
            "</a>. In an emergency, call <b>911</b> or go to the nearest emergency room.</p>"
            "<p>Balance Ketamine is not an emergency service and cannot help in a crisis.</p>"
        ),
    },
)

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About Balance Ketamine",
        "summary": (
            "Balance Ketamine offers low-dose ketamine infusions at four Chicago-area clinics, "
            "with licensed providers, monitored infusion rooms and care that continues after "
            "each visit."
        ),
        "body": [
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                "<p>Balance Ketamine is a ketamine infusion clinic with four locations in the "
                "Chicago area. Our licensed providers are trained in psychiatry and in "
                "anesthesiology. That means the people caring for you understand both your "
                "mental health and your physical safety during treatment.</p>"
                "<p>Many people who come to us have tried several treatments for depression, "
                "anxiety or PTSD without enough relief. Some arrive tired and discouraged. We "
                "try to make every visit calm, clear and unhurried, and we answer questions "
                "in plain words.</p>",
            ),
            ("heading", {"text": "How we care for you", "level": "h2"}),
            (
                "steps",
                {
                    "title": "",
                    "steps": [
                        {
                            "title": "A plan made for you",
                            "text": (
                                "<p>We start by learning your medical and mental health "
                                "history, your current treatment and your goals. Your care "
                                "plan is built from there, not from a template.</p>"
                            ),
                        },
                        {
                            "title": "Comfortable, monitored rooms",
                            "text": (
                                "<p>Infusions take place in rooms set up for both comfort "
                                "and safety. A trained clinician watches your blood pressure, "
                                "heart rate and breathing the whole time.</p>"
                            ),
                        },
                        {
                            "title": "Care after the infusion",
                            "text": (
                                "<p>You rest before you leave, and you go home with a plan "
                                "for the days ahead. We check in over time and help you bring "
                                "what you notice into your therapy.</p>"
                            ),
                        },
                        {
                            "title": "Working with your team",
                            "text": (
                                "<p>With your permission, we keep your doctor, psychiatrist "
                                "or therapist up to date. Ketamine is one part of your care, "
                                "not a replacement for it.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Our locations", "level": "h2"}),
            (
                "paragraph",
                "<p>We have clinics in Wicker Park (Chicago), Orland Park, Naperville and "
                "Palos Hills. Our Wicker Park clinic is at 1601 W Division St, Chicago, IL "
                "60622. You can reach us by phone at (312) 555-1234.</p>",
            ),
            ("heading", {"text": "Clear pricing", "level": "h2"}),
            (
                "price_list",
                {
                    "title": "",
                    "items": [
                        {
                            "item": "First consultation",
                            "price": "Free",
                            "note": "A conversation about your history and your questions",
                        },
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
                "<p>In the wider market, one infusion often costs $400 to $700. Insurance "
                "usually does not cover IV ketamine yet, but we can give you paperwork to "
                "send to your insurer for out-of-network reimbursement. Ask us about packages "
                "and maintenance plans.</p>",
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Start with a conversation",
                    "text": "Your first consultation is free, and there is no obligation.",
                    "button_text": "Book a free consultation",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
    },
    {
        "slug": "privacy-policy",
        "title": "Privacy policy",
        "summary": (
            "What this website collects, what it does not, how long we keep it, and how to "
            "ask for a copy or deletion of your information."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "A starting point, for legal review",
                    "text": (
                        "<p>This policy describes how this website works today. It is a "
                        "starting point that the clinic's legal counsel must review before "
                        "the site goes live.</p>"
                        "<p>[Placeholder: the clinic's legal entity name and effective "
                        "date]</p>"
                    ),
                },
            ),
            ("heading", {"text": "The short version", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>We use no outside analytics, advertising or tracking pixels. Our own "
                "server counts how often each page is read, without knowing who read it.</li>"
                "<li>Our pages load nothing from other websites: no outside scripts, fonts "
                "or maps.</li>"
                "<li>Ordinary visitors get no cookies at all.</li>"
                "<li>If you send us a consultation request, we keep what you typed for 90 "
                "days, then delete it.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                "<p>This website belongs to Balance Ketamine, operated by [Placeholder: the "
                "clinic's legal entity name]. This policy takes effect on [Placeholder: "
                "effective date].</p>",
            ),
            ("heading", {"text": "Cookies", "level": "h2"}),
            (
                "paragraph",
                "<p>If you simply read our pages, we set no cookies.</p>"
                "<p>We set one small security cookie when you use the consultation request "
                "form. It protects the form from forged submissions (this is called CSRF "
                "protection). It is not used to track you.</p>"
                "<p>Clinic staff who sign in to manage the website get a login session "
                "cookie. Visitors never receive it.</p>",
            ),
            ("heading", {"text": "The consultation request form", "level": "h2"}),
            (
                "paragraph",
                "<p>When you send the form, what you type is stored in the clinic's own "
                "database. It is not sent to any outside service.</p>"
                "<p>Our staff get an email telling them that a new request has arrived. That "
                "email never contains what you wrote. Staff read your request by signing in "
                "to the website.</p>"
                "<p>Requests are deleted automatically 90 days after they arrive.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Please keep medical details out of the form",
                    "text": (
                        "<p>Share only what we need to contact you. We will talk about your "
                        "health in person or by phone.</p>"
                    ),
                },
            ),
            ("heading", {"text": "The \u201cuse my location\u201d button", "level": "h2"}),
            (
                "paragraph",
                "<p>On our locations page you can ask your browser to find the nearest "
                "clinic. If you allow it, your browser compares your position with our clinic "
                "addresses on your own device. Your location is not sent to us or to anyone "
                "else.</p>",
            ),
            ("heading", {"text": "Visit statistics", "level": "h2"}),
            (
                "paragraph",
                "<p>So that we know which pages help people, our own server counts, for "
                "each day:</p>"
                "<ul>"
                "<li>how many times each page was read;</li>"
                "<li>the name of the website that sent a visitor here, such as a search "
                "engine (only its name, never the page you were on);</li>"
                "<li>how many times the consultation form was opened and sent, for each "
                "clinic;</li>"
                "<li>the words typed into our site search, shown to staff only when the same "
                "words were searched at least five times that day. Rarer searches are "
                "deleted at the end of the day.</li>"
                "</ul>"
                "<p>These are totals only. We do not record your IP address, your browser or "
                "device, a cookie, or anything else that could tell us who you are or link "
                "one page you read to another. Nothing is sent to another company. Visits by "
                "search engines and other automated programs are left out. After 25 months, "
                "the daily totals are combined into monthly totals.</p>",
            ),
            ("heading", {"text": "Server logs", "level": "h2"}),
            (
                "paragraph",
                "<p>Our web server keeps a log of requests to the site, which "
                "includes IP addresses. We keep these logs only for a short time, and only to "
                "protect the site from attacks and misuse.</p>",
            ),
            ("heading", {"text": "Links to other websites", "level": "h2"}),
            (
                "paragraph",
                "<p>Some pages link to other sites, such as the 988 Lifeline or government "
                "health pages. When you follow those links, the other site's privacy policy "
                "applies.</p>",
            ),
            ("heading", {"text": "Your choices", "level": "h2"}),
            (
                "paragraph",
                "<p>You can ask for a copy of the information you sent us through this "
                "website, or ask us to delete it sooner. Call us at (312) 555-1234 or email "
                "privacy@example.com [Placeholder: staff must replace this address]. We may "
                "need to confirm who you are before we act on a request.</p>"
                "<p>If you become a patient, your medical records are separate from this "
                "website and are covered by [Placeholder: link to the clinic's notice of "
                "privacy practices].</p>",
            ),
            ("heading", {"text": "Changes to this policy", "level": "h2"}),
            (
                "paragraph",
                "<p>If the way this website handles information changes, we will update this "
                "page and its effective date.</p>",
            ),
        ],
    },
    {
        "slug": "medical-disclaimer",
        "title": "Medical disclaimer",
        "summary": (
            "The information on this website is general education, not medical advice. "
            "Talk with your own doctor before making any change to your care."
        ),
        "body": [
            CRISIS_CALLOUT,
            ("heading", {"text": "Information, not medical advice", "level": "h2"}),
            (
                "paragraph",
                "<p>This website shares general information about mental health and ketamine "
                "treatment. It is not medical advice, and it cannot diagnose or treat any "
                "condition.</p>"
                "<p>Reading this site, or sending us a consultation request, does not make "
                "you our patient. Only a full evaluation with one of our providers can tell "
                "whether a treatment is right for you.</p>",
            ),
            ("heading", {"text": "Your own doctor comes first", "level": "h2"}),
            (
                "paragraph",
                "<p>Nothing here replaces the advice of your doctor, psychiatrist or "
                "therapist. Please bring your questions to them, and to us, rather than "
                "relying on what you read online.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Never stop a medicine on your own",
                    "text": (
                        "<p>Do not stop, start or change any medicine without talking to the "
                        "person who prescribes it. Stopping some medicines suddenly can make "
                        "you unwell ("
                        '<a href="https://www.nimh.nih.gov/health/topics/depression">NIMH</a>'
                        ").</p>"
                    ),
                },
            ),
            ("heading", {"text": "Results vary", "level": "h2"}),
            (
                "paragraph",
                "<p>Every person responds differently to treatment. Some people feel better "
                "after ketamine; others feel little change. Stories and figures on this site "
                "describe what others have experienced or what studies found. They are not a "
                "promise of what will happen for you.</p>",
            ),
            ("heading", {"text": "About off-label use", "level": "h2"}),
            (
                "paragraph",
                "<p>The U.S. Food and Drug Administration has approved ketamine as an "
                "anesthetic. Using IV ketamine to treat depression is off-label, meaning "
                "the FDA has not approved it for that purpose "
                '(<a href="https://jamanetwork.com/journals/jamapsychiatry/article-abstract/'
                '2605202">JAMA Psychiatry, 2017</a>). A related medicine, esketamine nasal '
                "spray, is FDA-approved for treatment-resistant depression "
                '(<a href="https://www.fda.gov/news-events/press-announcements/'
                "fda-approves-new-nasal-spray-medication-treatment-resistant-depression-"
                'available-only-certified">FDA, 2019</a>).</p>'
                "<p>For you, this means the evidence is still growing. We will always explain "
                "what is known and what is not.</p>",
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility",
        "summary": (
            "Our commitment to a website that everyone can use, what we have done to meet "
            "WCAG 2.2 level AA, and how to tell us about a problem."
        ),
        "body": [
            ("heading", {"text": "Our commitment", "level": "h2"}),
            (
                "paragraph",
                "<p>Everyone should be able to find information about their care, whatever "
                "device they use and however they use it. We aim for this website to meet the "
                "Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.</p>",
            ),
            ("heading", {"text": "What we have done", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Every page is checked automatically with the axe-core accessibility "
                "engine, in a real browser, at both phone and desktop screen widths.</li>"
                "<li>We test the main journeys, such as finding a clinic and requesting a "
                "consultation, using only a keyboard.</li>"
                "<li>Pages work without JavaScript.</li>"
                "<li>Pages work on screens as narrow as 320 pixels, without scrolling "
                "sideways.</li>"
                "<li>The site follows your device's dark mode setting.</li>"
                "<li>If you have asked your device to reduce motion, the site respects "
                "that.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Known limitations", "level": "h2"}),
            (
                "paragraph",
                "<p>We do not know of any accessibility problems at this time. If you find "
                "one, please tell us so we can fix it.</p>",
            ),
            ("heading", {"text": "Tell us about a problem", "level": "h2"}),
            (
                "paragraph",
                "<p>If something on this site is hard to use, or you need information in "
                "another format, please contact us:</p>"
                "<ul>"
                "<li>Phone: (312) 555-1234</li>"
                "<li>Email: accessibility@example.com [Placeholder: staff must replace this "
                "address]</li>"
                "</ul>"
                "<p>Please tell us which page you were on and what went wrong. We will "
                "reply as soon as we can.</p>",
            ),
        ],
    },
]
