"""Blog posts in Spanish (``POSTS`` of demo/blog_posts.py), keyed by the English post's slug.

Some of the English posts, in their order. Each keeps the English post's date, author, tags
(see ``TAG_NAMES`` in blog.py for their Spanish names) and sources, and whether it is the
scheduled one.
"""

import datetime

from demo.sources import cite

BOOK = "/es/pedir-una-consulta/"

CRISIS_CALLOUT = (
    "callout",
    {
        "kind": "crisis",
        "title": "Si está en crisis",
        "text": (
            "<p>Llame al <b>988</b> y marque 2, o envíe AYUDA por mensaje de texto al 988, para "
            "hablar con la Línea 988 de Prevención del Suicidio y Crisis a cualquier hora. Si "
            "corre peligro inmediato, llame al <b>911</b>. Nuestra clínica no es un servicio "
            "de emergencias.</p>"
        ),
    },
)

POSTS = {
    "ketamine-therapy-in-illinois": {
        "slug": "terapia-con-ketamina-en-illinois",
        "title": "Terapia con ketamina en Illinois: lo que debe saber antes de empezar",
        "summary": (
            "¿Está pensando en la terapia con ketamina en Illinois? Una guía sencilla sobre "
            "para quién es, cómo elegir una clínica, cuánto cuesta y dónde encontrarnos en el "
            "área de Chicago."
        ),
        "published": datetime.date(2025, 4, 8),
        "scheduled": False,
        "author": "editorial-team",
        "tags": ["getting-started", "treatment-options", "cost"],
        "body": [
            (
                "paragraph",
                "<p>Si vive en Illinois y la depresión no se ha ido con los tratamientos de "
                "siempre, quizás ha oído hablar de la ketamina. Tal vez se la mencionó un "
                "amigo, o su médico. Esta guía explica lo básico, para que pueda hacer buenas "
                "preguntas y tomar una decisión con la que se sienta bien.</p>",
            ),
            ("heading", {"text": "Qué es la terapia con ketamina", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina es una medicina que se usó primero para la anestesia. En dosis "
                "mucho más bajas, se ha estudiado para la depresión que no se va a pesar de "
                'otros tratamientos<a href="#ref-3">[3]</a>. En una clínica como la nuestra, '
                "se da en una infusión IV lenta mientras un profesional de la salud le "
                "vigila.</p>"
                "<p>Puede que oiga hablar de dos formas principales. La ketamina IV se usa "
                "fuera de indicación para la depresión, es decir, que la FDA no la ha aprobado "
                'para ese uso<a href="#ref-1">[1]</a>. La esketamina, un aerosol nasal que se '
                "vende como Spravato, fue aprobada por la FDA en 2019 para la depresión "
                "resistente al tratamiento. Se debe dar en una clínica o consultorio médico "
                'certificado<a href="#ref-2">[2]</a>.</p>',
            ),
            ("heading", {"text": "Para quién puede ser", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina no suele ser un primer tratamiento. Se considera sobre todo "
                "para personas que ya han probado otras opciones, como antidepresivos y "
                'terapia, sin suficiente alivio<a href="#ref-1">[1]</a>.</p>'
                "<p>No es para todos. Algunos problemas de salud, como antecedentes de "
                "psicosis o presión arterial alta que no está bajo control, pueden hacerla "
                'peligrosa<a href="#ref-1">[1]</a>. Por eso primero viene una evaluación '
                "cuidadosa.</p>",
            ),
            ("heading", {"text": "Cómo elegir una clínica", "level": "h2"}),
            (
                "paragraph",
                "<p>Las recomendaciones de los expertos piden una evaluación antes del "
                'tratamiento y vigilancia durante cada infusión<a href="#ref-1">[1]</a>. '
                "Preguntas que vale la pena hacerle a cualquier clínica:</p>"
                "<ul>"
                "<li>¿Quién me evalúa antes del tratamiento, y quién se queda conmigo durante "
                "la infusión?</li>"
                "<li>¿Cómo van a revisar mi presión arterial, mi ritmo cardíaco y mi "
                "respiración?</li>"
                "<li>¿Van a mantener informado a mi psiquiatra o a mi terapeuta?</li>"
                "<li>¿Cuál es el precio total, y qué incluye?</li>"
                "<li>¿Qué pasa si no me ayuda?</li>"
                "</ul>"
                "<p>Una buena clínica recibirá bien estas preguntas y las responderá con "
                "claridad.</p>",
            ),
            ("heading", {"text": "Cuánto cuesta", "level": "h2"}),
            (
                "price_list",
                {
                    "title": "Nuestro precio",
                    "items": [
                        {
                            "item": "Infusión de ketamina (45 minutos)",
                            "price": "$275",
                            "note": "Sin cuota de admisión",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>En el mercado en general, una sola infusión suele costar de $400 a $700. "
                "El seguro médico casi nunca paga todavía la ketamina IV. Le podemos dar "
                "documentos para enviar a su seguro y pedir un reembolso fuera de la red, "
                "aunque depende de su plan si le devuelve algo. También ofrecemos paquetes y "
                "planes de mantenimiento.</p>",
            ),
            ("heading", {"text": "Dónde encontrarnos", "level": "h2"}),
            (
                "paragraph",
                "<p>Tenemos cuatro clínicas en el área de Chicago: Wicker Park, Orland Park, "
                "Naperville y Palos Hills. Nuestra clínica de Wicker Park está en 1601 W "
                "Division St, Chicago, IL 60622. Puede llamarnos al (312) 555-1234.</p>",
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "¿Tiene preguntas?",
                    "text": "Su primera consulta es gratis y sin compromiso.",
                    "button_text": "Pida una consulta gratis",
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
    "the-role-of-ketamine-therapy": {
        "slug": "el-papel-de-la-terapia-con-ketamina",
        "title": "El papel de la terapia con ketamina: formas, para quién es y qué esperar",
        "summary": (
            "La ketamina se puede dar de más de una manera. En qué se diferencian las "
            "infusiones IV y el aerosol nasal, qué lugar ocupa la ketamina entre otros "
            "tratamientos y cómo es una serie de tratamiento."
        ),
        "published": datetime.date(2025, 6, 17),
        "scheduled": False,
        "author": "medical-director",
        "tags": ["getting-started", "treatment-options", "what-to-expect"],
        "body": [
            (
                "paragraph",
                "<p>La ketamina tiene una larga historia en los quirófanos. En las últimas dos "
                "décadas, también se ha vuelto un tema de investigación seria para la depresión"
                '<a href="#ref-5">[5]</a>. Si lo está pensando, ayuda conocer las formas en que '
                "se da y qué lugar ocupa entre otros tratamientos.</p>",
            ),
            ("heading", {"text": "Cómo actúa la ketamina, en pocas palabras", "level": "h2"}),
            (
                "paragraph",
                "<p>La mayoría de los antidepresivos actúan sobre la serotonina u otras "
                "sustancias parecidas del cerebro. La ketamina actúa sobre otro mensajero, el "
                "glutamato, al bloquear un receptor llamado NMDA. Esto parece poner en marcha "
                "cambios que ayudan a las células del cerebro a conectarse, aunque los detalles "
                'todavía se están estudiando<a href="#ref-5">[5]</a>.</p>',
            ),
            ("heading", {"text": "Las formas del tratamiento con ketamina", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li><b>Infusión IV.</b> Una dosis baja entra despacio en una vena del brazo. "
                "Los primeros estudios que llamaron la atención sobre la ketamina para la "
                'depresión usaron esta forma<a href="#ref-4">[4]</a>. Su equipo de atención '
                "controla la velocidad todo el tiempo.</li>"
                "<li><b>Aerosol nasal.</b> La FDA aprobó la esketamina (Spravato) en 2019 para "
                "la depresión resistente al tratamiento. Se da y se vigila en una clínica o "
                'consultorio certificado<a href="#ref-2">[2]</a>.</li>'
                "<li><b>Otras formas.</b> La ketamina también se puede dar en una inyección en "
                "un músculo, o en una tableta o pastilla que se disuelve en la boca. Hay menos "
                'estudios sobre estas formas para la depresión<a href="#ref-1">[1]</a>.</li>'
                "</ul>"
                "<p>En Balance Ketamine, damos la ketamina en infusión IV.</p>",
            ),
            ("heading", {"text": "Qué lugar ocupa la ketamina", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina no suele ser el primer paso. Las recomendaciones de los expertos "
                "la sugieren para personas cuya depresión no ha mejorado con otros "
                'tratamientos, después de una evaluación cuidadosa<a href="#ref-1">[1]</a>. La '
                "vemos como una parte de un plan que incluye a quien le receta sus medicinas y, "
                "si es posible, a un terapeuta.</p>",
            ),
            (
                "steps",
                {
                    "title": "Cómo es una serie de tratamiento",
                    "steps": [
                        {
                            "title": "Evaluación",
                            "text": (
                                "<p>Una revisión médica y psiquiátrica. Repasamos su "
                                "historial, sus medicinas y su presión arterial.</p>"
                            ),
                        },
                        {
                            "title": "Una primera serie",
                            "text": (
                                "<p>Varias infusiones repartidas en unas semanas. Cada una "
                                "suele durar unos 40 a 60 minutos.</p>"
                            ),
                        },
                        {
                            "title": "Seguimiento",
                            "text": (
                                "<p>Vemos cómo le va entre una visita y otra. Puede que le "
                                "pidamos que anote su ánimo cada día.</p>"
                            ),
                        },
                        {
                            "title": "Mantenimiento, si ayuda",
                            "text": (
                                "<p>Algunas personas vuelven de vez en cuando para una "
                                "infusión que les ayude a mantener su avance. Los planes "
                                "cambian de una persona a otra.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Lo que se puede sentir", "level": "h2"}),
            (
                "paragraph",
                "<p>Durante una infusión, muchas personas se sienten desconectadas, como si "
                "flotaran o como en un sueño. Algunas notan mareo, náuseas, vista borrosa o "
                "dolor de cabeza, y la presión arterial muchas veces sube por un rato"
                '<a href="#ref-3">[3]</a>. Estos efectos suelen calmarse poco después de que '
                'termina la infusión<a href="#ref-3">[3]</a>. Va a necesitar que alguien le '
                "lleve a casa después.</p>"
                "<p>Los resultados cambian de una persona a otra. Algunas personas se sienten "
                "mejor en un día, otras solo después de varias infusiones, y a algunas no les "
                "ayuda. Todavía hay pocos estudios sobre el uso a largo plazo"
                '<a href="#ref-1">[1]</a>.</p>',
            ),
            (
                "call_to_action",
                {
                    "title": "¿No sabe si es para usted?",
                    "text": "Háblelo con nosotros. La primera consulta es gratis.",
                    "button_text": "Pida una consulta gratis",
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
}
