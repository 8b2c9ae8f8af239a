"""The two self-checks in Spanish: only the words around the questions (see the package's
docstring on the questions themselves)."""

DEPRESSION_PATH = "/es/aprender/autoevaluacion-de-depresion/"
ANXIETY_PATH = "/es/aprender/autoevaluacion-de-ansiedad/"

PRIVATE = (
    "Sus respuestas se quedan en su dispositivo. No las guardamos, y nadie en la clínica las ve."
)

SELF_CHECKS = {
    "depression-self-check": {
        "slug": "autoevaluacion-de-depresion",
        "title": "Autoevaluación de depresión",
        "seo_title": "Autoevaluación privada de depresión (PHQ-9)",
        "instrument": "phq9",
        "summary": (
            "Nueve preguntas sobre las últimas dos semanas, del cuestionario PHQ-9. Es "
            "privada: sus respuestas nunca salen de su dispositivo."
        ),
        "intro": (
            "<p>Estas nueve preguntas vienen del PHQ-9, un cuestionario que muchos médicos usan "
            f"para preguntar sobre la depresión. Toma dos o tres minutos. {PRIVATE}</p>"
            "<p>El resultado no es un diagnóstico. Puede ayudarle a hablar con un médico sobre "
            "cómo se ha sentido.</p>"
        ),
        "related": ["treatment-resistant-depression", "is-ketamine-therapy-right-for-me"],
    },
    "anxiety-self-check": {
        "slug": "autoevaluacion-de-ansiedad",
        "title": "Autoevaluación de ansiedad",
        "seo_title": "Autoevaluación privada de ansiedad (GAD-7)",
        "instrument": "gad7",
        "summary": (
            "Siete preguntas sobre las últimas dos semanas, del cuestionario GAD-7. Es "
            "privada: sus respuestas nunca salen de su dispositivo."
        ),
        "intro": (
            "<p>Estas siete preguntas vienen del GAD-7, un cuestionario que muchos médicos usan "
            f"para preguntar sobre la ansiedad. Toma unos dos minutos. {PRIVATE}</p>"
            "<p>El resultado no es un diagnóstico. Puede ayudarle a hablar con un médico sobre "
            "cómo se ha sentido.</p>"
        ),
        "related": ["what-is-ketamine", "is-ketamine-therapy-right-for-me"],
    },
}

RESULT_TEXT = (
    "<p>Sea cual sea su puntaje, piense en hablar con su médico, un terapeuta u otro profesional "
    "de la salud sobre cómo se ha sentido; puede llevar este resultado con usted. Si quiere "
    "saber si la terapia con ketamina podría ser una opción, la primera consulta con nosotros "
    "es gratis.</p>"
)

# Leads to both self-checks, from the home page, the depression and anxiety pages and the
# consultation form's introduction.
LINKS = (
    "<p>¿No sabe bien cómo se ha sentido últimamente? Haga nuestra "
    f'<a href="{DEPRESSION_PATH}">autoevaluación de depresión</a> o nuestra '
    f'<a href="{ANXIETY_PATH}">autoevaluación de ansiedad</a>: son pocas preguntas, y sus '
    "respuestas nunca salen de su dispositivo.</p>"
)
