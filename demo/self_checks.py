"""The demo site's two self-checks. Only the words around the questions are copy: the questions,
their scale and scoring are the validated instruments in selfcheck/instruments.py."""

# In the Learn section, whose Medical review they go through.
DEPRESSION_PATH = "/learn/depression-self-check/"
ANXIETY_PATH = "/learn/anxiety-self-check/"

PRIVATE = (
    "Your answers stay on your device. We do not store them, and no one at the clinic sees them."
)

SELF_CHECKS = [
    {
        "slug": "depression-self-check",
        "title": "Depression self-check",
        "seo_title": "Private depression self-check (PHQ-9)",
        "instrument": "phq9",
        "summary": (
            "Nine questions about the last two weeks, from the PHQ-9 questionnaire. Private: "
            "your answers never leave your device."
        ),
        "intro": (
            "<p>These nine questions come from the PHQ-9, a questionnaire many doctors use to "
            f"ask about depression. It takes two or three minutes. {PRIVATE}</p>"
            "<p>The result is not a diagnosis. It can help you talk with a doctor about how "
            "you have been feeling.</p>"
        ),
        "related": ["treatment-resistant-depression", "is-ketamine-therapy-right-for-me"],
    },
    {
        "slug": "anxiety-self-check",
        "title": "Anxiety self-check",
        "seo_title": "Private anxiety self-check (GAD-7)",
        "instrument": "gad7",
        "summary": (
            "Seven questions about the last two weeks, from the GAD-7 questionnaire. Private: "
            "your answers never leave your device."
        ),
        "intro": (
            "<p>These seven questions come from the GAD-7, a questionnaire many doctors use to "
            f"ask about anxiety. It takes about two minutes. {PRIVATE}</p>"
            "<p>The result is not a diagnosis. It can help you talk with a doctor about how "
            "you have been feeling.</p>"
        ),
        "related": ["what-is-ketamine", "is-ketamine-therapy-right-for-me"],
    },
]

RESULT_TEXT = (
    "<p>Whatever your score, consider talking with your doctor, a therapist or another "
    "clinician about how you have been feeling; you can bring this result with you. If you "
    "would like to know whether ketamine therapy could be an option, our first consultation "
    "is free.</p>"
)

# A sentence of demo copy that leads to both self-checks, for the home page, the depression and
# anxiety pages and the consultation form's introduction.
LINKS = (
    "<p>Not sure how you have been doing lately? Take our private "
    f'<a href="{DEPRESSION_PATH}">depression self-check</a> or '
    f'<a href="{ANXIETY_PATH}">anxiety self-check</a>: a few questions, and your answers never '
    "leave your device.</p>"
)
