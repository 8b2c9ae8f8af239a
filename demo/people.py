"""Providers and testimonials of the demo site.

DEMO CONTENT ONLY. The providers are placeholders, and the testimonials are invented
examples (one reworded from the clinic's old website). Replace every entry with real staff
profiles and real testimonials, each with the patient's written consent on file, before the
site goes live.
"""

import datetime

PROVIDERS = [
    {
        "key": "medical-director",
        "name": "Dr. Alex Placeholder",
        "credentials": "MD",
        "role": "Medical director and medical reviewer (placeholder)",
        "bio": (
            "This is a placeholder profile for a board-certified psychiatrist who leads the "
            "clinic's medical team and reviews our health articles. Clinic staff will replace "
            "it with the real medical director's name, training and photo."
        ),
        "locations": ["wicker-park", "orland-park"],
    },
    {
        "key": "lead-crna",
        "name": "Jordan Placeholder",
        "credentials": "CRNA",
        "role": "Lead nurse anesthetist (placeholder)",
        "bio": (
            "This is a placeholder profile for a certified registered nurse anesthetist who "
            "gives and monitors infusions. Clinic staff will replace it with a real provider's "
            "name, experience and photo."
        ),
        "locations": ["wicker-park", "naperville", "palos-hills"],
    },
    {
        "key": "psychiatric-np",
        "name": "Sam Placeholder",
        "credentials": "PMHNP",
        "role": "Psychiatric nurse practitioner (placeholder)",
        "bio": (
            "This is a placeholder profile for a psychiatric mental health nurse practitioner "
            "who carries out evaluations and follow-up visits. Clinic staff will replace it "
            "with a real provider's details."
        ),
        "locations": ["orland-park", "naperville", "palos-hills"],
    },
]

TESTIMONIALS = [
    {
        "quote": (
            "I spent years going from one antidepressant to the next, and none of them made a "
            "real difference. The infusions here helped me find my drive again, and for the "
            "first time in a long while I feel hopeful."
        ),
        "attribution": "Ann M. (demo example)",
        "location": "wicker-park",
        "condition": "Depression",
        "consent_recorded": datetime.date(2026, 3, 2),
    },
    {
        "quote": (
            "I was nervous before my first visit. The nurse explained every step and checked "
            "on me the whole time. I never felt rushed."
        ),
        "attribution": "Marcus T. (demo example)",
        "location": "orland-park",
        "condition": "Depression",
        "consent_recorded": datetime.date(2026, 4, 14),
    },
    {
        "quote": (
            "It was not an overnight fix for me. But after a few sessions I felt better, and "
            "I was finally able to get more out of my therapy."
        ),
        "attribution": "R.K. (demo example)",
        "location": "naperville",
        "condition": "PTSD",
        "consent_recorded": datetime.date(2026, 5, 20),
    },
    {
        "quote": (
            "The staff talked with my psychiatrist so I did not have to carry messages back "
            "and forth. That alone took a weight off."
        ),
        "attribution": "Denise L. (demo example)",
        "location": "palos-hills",
        "condition": "Anxiety",
        "consent_recorded": datetime.date(2026, 6, 9),
    },
    {
        "quote": (
            "They were upfront about the price and honest that it might not work for me. "
            "That made it easier to say yes. I am glad I did, because I feel better."
        ),
        "attribution": "J.P. (demo example)",
        "location": None,
        "condition": "Depression",
        "consent_recorded": datetime.date(2026, 7, 23),
    },
    {
        "quote": (
            "The rooms were calm, and someone was always close by. I left feeling looked "
            "after, not like a number."
        ),
        "attribution": "Priya S. (demo example)",
        "location": "wicker-park",
        "condition": "Anxiety",
        "consent_recorded": datetime.date(2026, 8, 31),
    },
]
