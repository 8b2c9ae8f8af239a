"""The team in Spanish: the providers (``PROVIDERS`` of demo/people.py, keyed by their key) and
the testimonials (``TESTIMONIALS``, keyed by the English attribution).

DEMO CONTENT ONLY, like the English: the providers are placeholders and the testimonials are
invented examples, here translated from the English. A real testimonial in Spanish must be the
patient's own words, with their written consent on file; a translation of a real one says so.
The team page itself is ``SECTIONS["team"]`` in home.py.
"""

import datetime

PROVIDERS = {
    "medical-director": {
        "key": "medical-director",
        "name": "Dr. Alex Placeholder",
        "credentials": "MD",
        "role": "Director médico y revisor médico (perfil de ejemplo)",
        "bio": (
            "Este es un perfil de ejemplo para un psiquiatra certificado por la junta médica "
            "(board-certified) que dirige el equipo médico de la clínica y revisa nuestros "
            "artículos de salud. El personal de la clínica lo cambiará por el nombre, la "
            "formación y la foto del director médico real."
        ),
        "locations": ["wicker-park", "orland-park"],
    },
    "lead-crna": {
        "key": "lead-crna",
        "name": "Jordan Placeholder",
        "credentials": "CRNA",
        "role": "Enfermero anestesista principal (perfil de ejemplo)",
        "bio": (
            "Este es un perfil de ejemplo para un enfermero anestesista certificado (CRNA) que "
            "administra y vigila las infusiones. El personal de la clínica lo cambiará por el "
            "nombre, la experiencia y la foto de un profesional real."
        ),
        "locations": ["wicker-park", "naperville", "palos-hills"],
    },
    "psychiatric-np": {
        "key": "psychiatric-np",
        "name": "Sam Placeholder",
        "credentials": "PMHNP",
        "role": "Enfermero practicante psiquiátrico (perfil de ejemplo)",
        "bio": (
            "Este es un perfil de ejemplo para un enfermero practicante de salud mental y "
            "psiquiatría (PMHNP) que hace las evaluaciones y las visitas de seguimiento. El "
            "personal de la clínica lo cambiará por los datos de un profesional real."
        ),
        "locations": ["orland-park", "naperville", "palos-hills"],
    },
}

TESTIMONIALS = {
    "Ann M. (demo example)": {
        "quote": (
            "Pasé años cambiando de un antidepresivo a otro, y ninguno hizo una diferencia "
            "real. Las infusiones aquí me ayudaron a recuperar las ganas, y por primera vez en "
            "mucho tiempo tengo esperanza."
        ),
        "attribution": "Ann M. (ejemplo de demostración, traducido del inglés)",
        "location": "wicker-park",
        "condition": "Depresión",
        "consent_recorded": datetime.date(2026, 3, 2),
    },
    "Marcus T. (demo example)": {
        "quote": (
            "Estaba nervioso antes de mi primera visita. La enfermera me explicó cada paso y "
            "estuvo pendiente de mí todo el tiempo. Nunca me sentí apurado."
        ),
        "attribution": "Marcus T. (ejemplo de demostración, traducido del inglés)",
        "location": "orland-park",
        "condition": "Depresión",
        "consent_recorded": datetime.date(2026, 4, 14),
    },
    "R.K. (demo example)": {
        "quote": (
            "Para mí no fue una solución de un día para otro. Pero después de unas sesiones me "
            "sentí mejor, y por fin pude sacarle más provecho a mi terapia."
        ),
        "attribution": "R.K. (ejemplo de demostración, traducido del inglés)",
        "location": "naperville",
        "condition": "TEPT",
        "consent_recorded": datetime.date(2026, 5, 20),
    },
    "Denise L. (demo example)": {
        "quote": (
            "El personal habló con mi psiquiatra para que yo no tuviera que llevar y traer "
            "mensajes. Solo eso ya me quitó un peso de encima."
        ),
        "attribution": "Denise L. (ejemplo de demostración, traducido del inglés)",
        "location": "palos-hills",
        "condition": "Ansiedad",
        "consent_recorded": datetime.date(2026, 6, 9),
    },
    "J.P. (demo example)": {
        "quote": (
            "Fueron claros con el precio y honestos en que quizás no me funcionaría. Eso hizo "
            "más fácil decir que sí. Me alegro de haberlo hecho, porque me siento mejor."
        ),
        "attribution": "J.P. (ejemplo de demostración, traducido del inglés)",
        "location": None,
        "condition": "Depresión",
        "consent_recorded": datetime.date(2026, 7, 23),
    },
    "Priya S. (demo example)": {
        "quote": (
            "Las salas eran tranquilas, y siempre había alguien cerca. Salí sintiéndome bien "
            "atendida, no como un número más."
        ),
        "attribution": "Priya S. (ejemplo de demostración, traducido del inglés)",
        "location": "wicker-park",
        "condition": "Ansiedad",
        "consent_recorded": datetime.date(2026, 8, 31),
    },
}
