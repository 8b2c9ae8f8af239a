"""The home page and the Learn, Conditions and team sections in Spanish (``HOME``, ``SECTIONS``
and ``HOME_SECTIONS`` of demo/loader.py)."""

from .self_checks import LINKS as SELF_CHECK_LINKS

HOME = {
    # The Spanish home page answers at /es/; its slug appears in no address.
    "slug": "inicio",
    "title": "Inicio",
    "seo_title": "Terapia de infusión de ketamina en Chicago",
    "hero_title": "Alivio de la depresión en días, no en meses",
    "hero_text": (
        "Infusiones de ketamina en dosis bajas, administradas y vigiladas por profesionales "
        "de la salud con licencia en cuatro clínicas del área de Chicago. Su primera consulta "
        "es gratis."
    ),
    "summary": (
        "Terapia de infusión de ketamina para la depresión, la ansiedad y el TEPT en cuatro "
        "clínicas del área de Chicago: Wicker Park, Orland Park, Naperville y Palos Hills."
    ),
}

NIMH_DEPRESSION_URL = "https://www.nimh.nih.gov/health/topics/depression"
ZARATE_2006_URL = "https://pubmed.ncbi.nlm.nih.gov/16894061/"

SECTIONS = {
    "learn": {
        "slug": "aprender",
        "title": "Aprenda",
        "seo_title": "Aprenda sobre la terapia con ketamina",
        "summary": (
            "Respuestas claras sobre la terapia con ketamina: qué es, cómo es una infusión, su "
            "seguridad, su costo y a quién puede ayudar. Un profesional de la salud revisa "
            "cada artículo."
        ),
        "intro": (
            "<p>Respuestas claras y con revisión médica sobre la terapia con ketamina: qué es, "
            "cómo funciona el tratamiento, cuánto cuesta y a quién puede ayudar. Cada artículo "
            "nombra los estudios y las fuentes en que se basa.</p>"
        ),
    },
    "conditions": {
        "slug": "afecciones",
        "title": "Afecciones que tratamos",
        "seo_title": "Afecciones que se tratan con terapia de ketamina",
        "summary": (
            "Depresión, ansiedad, TEPT, pensamientos suicidas y dolor crónico: qué es cada "
            "una, cómo puede ayudar la ketamina y qué muestran los estudios."
        ),
        "intro": (
            "<p>La ketamina no es para todos. Estas páginas explican cada afección, cómo puede "
            "ayudar la ketamina y lo que los estudios muestran, y lo que todavía no.</p>"
        ),
    },
    "team": {
        "slug": "equipo",
        "title": "Nuestro equipo",
        "seo_title": "Nuestros profesionales de la salud",
        "summary": "Los profesionales con licencia que le evalúan, le tratan y le cuidan.",
        "intro": (
            "<p>Cada infusión la administran y la vigilan profesionales con licencia y "
            "formación en psiquiatría o anestesia. Los perfiles de abajo son de ejemplo hasta "
            "que la clínica agregue a su propio equipo.</p>"
        ),
    },
}

HOME_SECTIONS = {
    "conditions_intro": (
        "Cada página explica la afección, cómo puede ayudar la ketamina y qué muestran los "
        "estudios."
    ),
    "how_it_works": [
        (
            "steps",
            {
                "title": "Cómo funciona el tratamiento",
                "steps": [
                    {
                        "title": "Una consulta gratis",
                        "text": (
                            "<p>Llámenos o escríbanos por internet. Hablamos de lo que ya ha "
                            "probado, de lo que espera y de cualquier pregunta que tenga.</p>"
                        ),
                    },
                    {
                        "title": "Una evaluación médica",
                        "text": (
                            "<p>Un profesional revisa su salud, sus medicinas y su historial "
                            "de salud mental para confirmar que la ketamina es segura para "
                            "usted.</p>"
                        ),
                    },
                    {
                        "title": "Sus infusiones",
                        "text": (
                            "<p>Una dosis baja pasa por una vía intravenosa (IV) durante unos "
                            "40 a 60 minutos. Todo ese tiempo, un profesional vigila su "
                            "presión arterial, su ritmo cardíaco y su oxígeno. "
                            '<a href="/es/aprender/como-es-una-infusion-de-ketamina/">'
                            "Cómo es una infusión</a>.</p>"
                        ),
                    },
                    {
                        "title": "Recuperación y cuidado posterior",
                        "text": (
                            "<p>Usted descansa hasta que se sienta con la mente clara, y otra "
                            "persona le lleva a casa. Después le contactamos para saber cómo "
                            "está y planear juntos los próximos pasos.</p>"
                        ),
                    },
                ],
            },
        )
    ],
    "why_ketamine": [
        (
            "paragraph",
            "<p>La mayoría de los antidepresivos tardan semanas en ayudar, y muchas personas "
            "prueban varios antes de encontrar uno que funcione. La ketamina actúa sobre otro "
            "sistema del cerebro, y a algunas personas les alivia los síntomas en horas o "
            "días.</p>",
        ),
        (
            "statistic",
            {
                "figure": "4–8 semanas",
                "label": "es lo que suelen tardar los antidepresivos en hacer efecto",
                "source_title": "Depression, National Institute of Mental Health",
                "source_url": NIMH_DEPRESSION_URL,
            },
        ),
        (
            "statistic",
            {
                "figure": "71%",
                "label": (
                    "de las personas con depresión resistente al tratamiento respondieron un "
                    "día después de una sola infusión de ketamina, en un estudio pequeño de 2006"
                ),
                "source_title": "Zarate et al., Archives of General Psychiatry, 2006",
                "source_url": ZARATE_2006_URL,
            },
        ),
        (
            "paragraph",
            "<p>La ketamina no ayuda a todos, y su efecto puede desaparecer sin un seguimiento. "
            "Le diremos con honestidad si creemos que le puede ayudar. "
            '<a href="/es/aprender/que-es-la-ketamina/">Cómo funciona la ketamina</a>.</p>',
        ),
        ("paragraph", SELF_CHECK_LINKS),
    ],
    "faq": [
        (
            "faq",
            {
                "title": "Preguntas comunes",
                "items": [
                    {
                        "question": "¿Voy a estar despierto durante la infusión?",
                        "answer": (
                            "<p>Sí. Con las dosis bajas que usamos, usted sigue despierto, "
                            "aunque puede sentirse desconectado o como en un sueño por un rato. "
                            "Un profesional se queda con usted. "
                            '<a href="/es/aprender/como-es-una-infusion-de-ketamina/">Qué '
                            "esperar</a>.</p>"
                        ),
                    },
                    {
                        "question": "¿Cuánto cuesta?",
                        "answer": (
                            "<p>$275 por una infusión de 45 minutos, y no cobramos la cuota de "
                            "admisión. La consulta es gratis. "
                            '<a href="/es/aprender/costo-y-seguro/">Costo y seguro '
                            "médico</a>.</p>"
                        ),
                    },
                    {
                        "question": "¿Lo paga el seguro médico?",
                        "answer": (
                            "<p>La mayoría de los planes no cubren la ketamina IV para la "
                            "depresión. Le damos los documentos para pedirle a su plan un "
                            "reembolso fuera de la red.</p>"
                        ),
                    },
                    {
                        "question": "¿Es seguro?",
                        "answer": (
                            "<p>Los efectos secundarios suelen ser leves y pasan pronto, y le "
                            "vigilamos todo el tiempo. No es para todos. "
                            '<a href="/es/aprender/seguridad-y-efectos-secundarios/">Seguridad '
                            "y efectos secundarios</a>.</p>"
                        ),
                    },
                ],
            },
        )
    ],
}
