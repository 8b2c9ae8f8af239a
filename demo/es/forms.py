"""The consultation form page in Spanish (``PAGE`` and ``FIELDS`` of demo/forms.py).

``FIELDS`` is in the English order, one entry per English field. Each field names the English
field's ``clean_name``, so a Spanish request's answers are stored under the same names as an
English one's and staff find them in the same columns. The answers to choice fields are
stored as the visitor saw them, in Spanish.
"""

from .self_checks import LINKS as SELF_CHECK_LINKS

PAGE = {
    "title": "Pida una consulta",
    "slug": "pedir-una-consulta",
    "seo_title": "Pida una consulta gratis sobre la terapia con ketamina",
    "summary": (
        "Pida una consulta gratis y sin compromiso en una de nuestras cuatro clínicas del área "
        "de Chicago. Le llamaremos para hablarlo."
    ),
    "intro": (
        "<p>Díganos cómo comunicarnos con usted y una persona de nuestro equipo de atención le "
        "llamará, por lo general dentro de un día hábil, para responder sus preguntas y "
        "programar una consulta gratis. Pedirla no le compromete a nada.</p>"
        f"{SELF_CHECK_LINKS}"
    ),
    "thank_you_text": (
        "<p>Recibimos su solicitud. Una persona de nuestro equipo de atención se comunicará "
        "con usted, por lo general dentro de un día hábil, de la manera que nos pidió.</p>"
    ),
    "reply_times": (
        "Leemos las solicitudes en horario de oficina ([personal: agregue aquí los días y las "
        "horas]) y por lo general respondemos dentro de un día hábil."
    ),
    "contact_heading": "¿Prefiere llamar?",
    "to_address": "frontdesk@clinic.example",
}

FIELDS = [
    {
        "label": "Nombre",
        "field_type": "singleline",
        "autocomplete": "given-name",
        "clean_name": "first_name",
    },
    {
        "label": "Apellido",
        "field_type": "singleline",
        "autocomplete": "family-name",
        "clean_name": "last_name",
    },
    {
        "label": "Teléfono",
        "field_type": "tel",
        "autocomplete": "tel",
        "help_text": "Con el código de área, para que podamos devolverle la llamada.",
        "clean_name": "phone",
    },
    {
        "label": "Correo electrónico",
        "field_type": "email",
        "autocomplete": "email",
        "required": False,
        "clean_name": "email",
    },
    {
        "label": "Clínica que prefiere",
        "field_type": "location",
        "clean_name": "preferred_location",
    },
    {
        "label": "Cómo prefiere que le contactemos",
        "field_type": "radio",
        "choices": "Llamada\nMensaje de texto\nCorreo electrónico",
        "default_value": "Llamada",
        "clean_name": "preferred_contact_method",
    },
    {
        "label": "Mejor hora para comunicarnos con usted",
        "field_type": "checkboxes",
        "choices": (
            "Por la mañana (de 9 a. m. al mediodía)\n"
            "Por la tarde (del mediodía a las 5 p. m.)\n"
            "Por la noche (de 5 p. m. a 7 p. m.)"
        ),
        "required": False,
        "clean_name": "best_time_to_reach_you",
    },
    {
        "label": "¿Cómo supo de nosotros?",
        "field_type": "dropdown",
        "choices": (
            "Buscador de internet\nMi médico o terapeuta\nUn amigo o familiar\nRedes sociales\nOtro"
        ),
        "required": False,
        "clean_name": "how_did_you_hear_about_us",
    },
    {
        "label": "¿Tiene pensamientos de quitarse la vida o de hacerse daño?",
        "field_type": "crisis",
        "required": False,
        "help_text": (
            "No tiene que responder. Si responde que sí, le mostramos enseguida dónde "
            "conseguir ayuda, y su solicitud pasa al primer lugar de nuestra lista."
        ),
        "clean_name": "thoughts_of_self_harm",
    },
    {
        "label": "Mensaje",
        "field_type": "multiline",
        "required": False,
        "help_text": (
            "Cualquier cosa que quiera que sepamos antes de llamarle. Por favor, no incluya "
            "detalles médicos aquí."
        ),
        "clean_name": "message",
    },
    {
        "label": (
            "Acepto que la clínica guarde estos datos y se comunique conmigo sobre mi "
            "consulta, como lo explica la política de privacidad."
        ),
        "field_type": "consent",
        "clean_name": "consent",
    },
]
