"""Blog posts in Spanish (``POSTS`` of demo/blog_posts.py), keyed by the English post's slug.

The English posts, in their order; a new English post may wait for its translation. Each
keeps the English post's date, author, tags (see ``TAG_NAMES`` in blog.py for their Spanish
names) and sources, and whether it is the scheduled one.
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
    "ketamine-infusion-therapy-for-depression": {
        "slug": "infusiones-de-ketamina-para-la-depresion",
        "title": "Infusiones de ketamina para la depresión: una guía en palabras sencillas",
        "summary": (
            "Cómo se puede sentir la depresión, qué puede causarla, cómo se suele tratar, y "
            "cómo funciona una serie de infusiones de ketamina para las personas que no han "
            "encontrado alivio."
        ),
        "published": datetime.date(2025, 9, 9),
        "scheduled": False,
        "author": "psychiatric-np",
        "tags": ["depression", "treatment-options", "recovery"],
        "body": [
            (
                "paragraph",
                "<p>La depresión es más que una mala semana. Es una enfermedad común y seria "
                "que cambia cómo se siente, cómo piensa y cómo pasa el día"
                '<a href="#ref-1">[1]</a>. Lo esperanzador es que se puede tratar, aunque haya '
                "durado mucho tiempo.</p>",
            ),
            ("heading", {"text": "Cómo se puede ver la depresión", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Tristeza o desesperanza que no se va</li>"
                "<li>Poca energía o pocas ganas</li>"
                "<li>Comer o dormir mucho más, o mucho menos, que de costumbre</li>"
                "<li>Dificultad para concentrarse o tomar decisiones</li>"
                "<li>Pensamientos de muerte, de suicidio o de hacerse daño</li>"
                "</ul>"
                "<p>No todas las personas tienen todos los síntomas. Algunas tienen un solo "
                "episodio; en otras, la depresión vuelve o se queda durante años"
                '<a href="#ref-1">[1]</a>.</p>',
            ),
            ("heading", {"text": "Qué la puede causar", "level": "h2"}),
            (
                "paragraph",
                "<p>Casi nunca hay una sola causa. Los genes, la biología, las vivencias y la "
                'historia personal influyen<a href="#ref-1">[1]</a>. Algunos factores de '
                "riesgo comunes son la depresión en la familia, una enfermedad o un dolor de "
                "larga duración, momentos de mucho estrés como un divorcio o perder el "
                "trabajo, y abuso o trauma en el pasado. Los cambios en la química del cerebro "
                "también son parte del cuadro.</p>",
            ),
            ("heading", {"text": "Los tratamientos de siempre", "level": "h2"}),
            (
                "paragraph",
                "<p>La mayoría de las personas empieza con una medicina antidepresiva, terapia "
                "de conversación, o las dos. Dos terapias de conversación muy estudiadas son "
                "la terapia cognitivo-conductual (TCC) y la terapia interpersonal (TIP)"
                '<a href="#ref-1">[1]</a>. Los antidepresivos pueden tardar varias semanas en '
                "ayudar, y muchas veces hay que probar más de uno"
                '<a href="#ref-1">[1]</a>.</p>'
                "<p>Estos tratamientos ayudan a muchas personas. Pero algunas prueban varios y "
                "siguen sintiéndose estancadas, o no pueden con los efectos secundarios. Muchas "
                "veces es entonces cuando se habla de la ketamina.</p>",
            ),
            ("heading", {"text": "Cómo funcionan las infusiones de ketamina", "level": "h2"}),
            (
                "paragraph",
                "<p>La ketamina actúa sobre el glutamato, un mensajero del cerebro distinto de "
                "los que buscan la mayoría de los antidepresivos. Los investigadores creen que "
                'ayuda a las células del cerebro a formar conexiones nuevas<a href="#ref-5">'
                "[5]</a>.</p>"
                "<p>El tratamiento suele empezar con varias infusiones repartidas en unas "
                "semanas. Cada una dura unos 40 minutos, y un profesional de la salud le vigila "
                "todo el tiempo. Si ayuda, algunas personas vuelven más adelante para "
                "infusiones de mantenimiento.</p>"
                "<p>Antes de la primera infusión, usted tendrá una evaluación médica y "
                "psiquiátrica. Revisamos su presión arterial y repasamos su historial de salud "
                "y sus medicinas actuales, para decidir juntos si la ketamina es una opción "
                "segura para usted.</p>",
            ),
            ("heading", {"text": "Lo que dicen los estudios", "level": "h2"}),
            (
                "paragraph",
                "<p>En un estudio de 2006 con personas con depresión difícil de tratar, el 71% "
                "vio bajar sus síntomas por lo menos a la mitad al día siguiente de una "
                'infusión<a href="#ref-2">[2]</a>. En un estudio más grande de 2013, el 64% '
                "respondió en un día, frente al 28% con un placebo activo"
                '<a href="#ref-3">[3]</a>.</p>'
                "<p>La ketamina no es una cura, y no ayuda a todos. La ketamina IV se usa fuera "
                "de indicación para la depresión, y todavía hay pocos estudios sobre su uso a "
                'largo plazo<a href="#ref-4">[4]</a>.</p>',
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "¿Todavía se siente estancado?",
                    "text": "Hablemos de si la ketamina podría ser parte de su plan.",
                    "button_text": "Pida una consulta gratis",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "nimh_depression",
            "zarate_2006_trial",
            "murrough_2013_two_site",
            "sanacora_2017_consensus",
            "krystal_2019_paradigm",
        ),
    },
    "life-after-depression-lifts": {
        "slug": "la-vida-cuando-la-depresion-mejora",
        "title": "La vida después de la niebla: lo que puede cambiar cuando la depresión mejora",
        "summary": (
            "La recuperación de la depresión es distinta para cada persona. Algunos cambios "
            "diarios que puede notar, desde el sueño y la concentración hasta las relaciones "
            "y el trabajo."
        ),
        "published": datetime.date(2026, 1, 20),
        "scheduled": False,
        "author": "editorial-team",
        "tags": ["depression", "recovery"],
        "body": [
            (
                "paragraph",
                "<p>Cuando uno está hundido en la depresión, puede costar imaginar otra cosa. "
                "La depresión afecta el ánimo, pero también el sueño, la energía, el apetito y "
                'la capacidad de pensar con claridad<a href="#ref-1">[1]</a>. Por eso, cuando '
                "empieza a mejorar, los cambios pueden aparecer en muchos rincones de la "
                "vida.</p>"
                "<p>La recuperación de cada persona es distinta. Estas son algunas cosas que "
                "puede notar.</p>",
            ),
            ("heading", {"text": "Un ánimo más ligero", "level": "h2"}),
            (
                "paragraph",
                "<p>Esa sensación pesada y apagada puede empezar a aflojar. Todavía habrá días "
                "malos, pero puede que dejen de sentirse como toda la historia. La esperanza "
                "puede volver poco a poco.</p>",
            ),
            ("heading", {"text": "Relaciones más cercanas", "level": "h2"}),
            (
                "paragraph",
                "<p>La depresión puede hacer difícil buscar a los demás, o dejar que se "
                "acerquen. Al mejorar, puede que le resulte más fácil hablar, escuchar y "
                "disfrutar del tiempo con las personas que quiere.</p>",
            ),
            ("heading", {"text": "Dormir mejor", "level": "h2"}),
            (
                "paragraph",
                "<p>La depresión a menudo altera el sueño. Algunas personas no se pueden "
                "dormir, otras se despiertan demasiado temprano, y otras duermen mucho más de "
                'lo normal<a href="#ref-1">[1]</a>. Con la recuperación, las noches pueden ser '
                "más tranquilas y las mañanas, menos una lucha.</p>",
            ),
            (
                "heading",
                {"text": "Pensar con más claridad, en el trabajo y en casa", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>La dificultad para concentrarse y tomar decisiones es una parte común de la "
                'depresión<a href="#ref-1">[1]</a>. A medida que se le aclara la mente, las '
                "tareas del trabajo, la escuela o la casa pueden volver a parecer "
                "llevaderas.</p>",
            ),
            ("heading", {"text": "Pensamientos más amables sobre usted", "level": "h2"}),
            (
                "paragraph",
                "<p>La depresión puede llenar la mente de juicios duros. Cuando se alivia, "
                "puede que le resulte más fácil reconocer sus logros y confiar en lo que usted "
                "es capaz de hacer.</p>",
            ),
            ("heading", {"text": "Energía para lo que importa", "level": "h2"}),
            (
                "paragraph",
                "<p>Los pasatiempos, los planes y los pequeños placeres pueden volver a "
                "atraerle poco a poco. Puede notar que quiere hacer las cosas, no solo "
                "aguantarlas.</p>",
            ),
            ("heading", {"text": "Herramientas para el futuro", "level": "h2"}),
            (
                "paragraph",
                "<p>La terapia de conversación puede enseñarle maneras prácticas de manejar el "
                'estrés y los sentimientos difíciles<a href="#ref-1">[1]</a>. Estas '
                "habilidades pueden quedarse con usted mucho después de que pase una etapa "
                "difícil.</p>",
            ),
            ("heading", {"text": "Cómo ayudar a su recuperación", "level": "h2"}),
            (
                "paragraph",
                "<p>Los hábitos pequeños y constantes pueden apoyar el trabajo que hace con su "
                "equipo de atención:</p>"
                "<ul>"
                "<li>Vaya a sus citas, aun los días en que se sienta bien.</li>"
                "<li>Tome sus medicinas como se las recetaron, y pregunte antes de "
                "cambiarlas.</li>"
                "<li>Cuéntele a alguien de confianza cómo está de verdad.</li>"
                "<li>Fíjese en lo que le ayuda, y hágalo un poco más.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "La recuperación casi nunca es una línea recta",
                    "text": (
                        "<p>El avance suele llegar en pasos pequeños, con tropiezos en el "
                        "camino. Una semana difícil no borra las buenas. Siga hablando con su "
                        "equipo de atención de lo que va notando.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "Si todo se siente demasiado pesado ahora mismo",
                    "text": (
                        "<p>Llame al <b>988</b> y marque 2, o envíe AYUDA por mensaje de texto "
                        "al 988, para hablar con la Línea 988 de Prevención del Suicidio y "
                        'Crisis, gratis y a cualquier hora<a href="#ref-2">[2]</a>. En una '
                        "emergencia, llame al <b>911</b>. Nuestra clínica no es un servicio de "
                        "emergencias.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "¿Listo para dar el siguiente paso?",
                    "text": "Una consulta gratis es una manera tranquila de empezar.",
                    "button_text": "Pida una consulta gratis",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "nimh_depression",
            "lifeline_988",
        ),
    },
    "ketamine-and-ptsd": {
        "slug": "la-ketamina-y-el-tept",
        "title": "La ketamina y el TEPT: lo que muestran los estudios hasta ahora",
        "summary": (
            "¿Puede la ketamina ayudar con el trastorno de estrés postraumático? Una mirada "
            "equilibrada a los estudios hasta ahora, lo que encontraron, lo que no, y cómo "
            "podría combinarse la ketamina con la terapia del trauma."
        ),
        "published": datetime.date(2026, 5, 12),
        "scheduled": False,
        "author": "psychiatric-np",
        "tags": ["ptsd", "treatment-options", "safety"],
        "body": [
            (
                "paragraph",
                "<p>El trastorno de estrés postraumático (TEPT) puede aparecer después de un "
                'suceso que dio miedo, fue impactante o fue peligroso<a href="#ref-1">[1]</a>. '
                "Puede hacer que el pasado se sienta cerca, mucho después de que pasó el "
                "peligro. Si vive con TEPT, quizás ha oído que se está estudiando la ketamina. "
                "Esto es lo que sabemos.</p>",
            ),
            ("heading", {"text": "Cómo se puede sentir el TEPT", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Recuerdos no deseados, escenas que se reviven (flashbacks) o "
                "pesadillas</li>"
                "<li>Evitar personas, lugares o pensamientos relacionados con lo que pasó</li>"
                "<li>Sentirse tenso, en guardia o asustarse con facilidad</li>"
                "<li>Dificultad para dormir, o arranques de enojo</li>"
                "<li>Culpa, reproches o sentirse alejado de los demás</li>"
                "</ul>"
                '<p>Estas son señales comunes del TEPT<a href="#ref-1">[1]</a>. Pueden hacer '
                "que la vida diaria sea agotadora.</p>",
            ),
            ("heading", {"text": "Los tratamientos con más respaldo", "level": "h2"}),
            (
                "paragraph",
                "<p>Las terapias de conversación centradas en el trauma son las que tienen más "
                "pruebas a su favor para el TEPT, y algunas medicinas también ayudan"
                '<a href="#ref-5">[5]</a>. Si no ha probado una terapia centrada en el trauma, '
                "vale la pena preguntar por ella. La ketamina se está estudiando como un "
                "posible complemento, no como un reemplazo.</p>",
            ),
            ("heading", {"text": "Lo que encontraron los estudios", "level": "h2"}),
            (
                "paragraph",
                "<p>En un estudio de 2014, 41 adultos con TEPT crónico recibieron ketamina o un "
                "placebo activo. Un día después de la ketamina, sus síntomas de TEPT estaban "
                'claramente más bajos que después del placebo<a href="#ref-2">[2]</a>.</p>'
                "<p>Un estudio de 2021 probó una serie de seis infusiones en dos semanas en 30 "
                "personas. Quienes recibieron ketamina mejoraron más que quienes recibieron el "
                'placebo activo<a href="#ref-3">[3]</a>.</p>'
                "<p>Un estudio más grande de 2022 mostró otra cosa. Entre 158 veteranos y "
                "miembros de las fuerzas armadas, ocho infusiones no bajaron los síntomas del "
                "TEPT más que el placebo, aunque la dosis habitual sí alivió la depresión"
                '<a href="#ref-4">[4]</a>.</p>',
            ),
            ("heading", {"text": "Lo que esto quiere decir para usted", "level": "h2"}),
            (
                "paragraph",
                "<p>La respuesta honesta es que la ketamina puede ayudar a algunas personas con "
                "TEPT, pero todavía no sabemos a quiénes, ni por cuánto tiempo. Los estudios "
                "son pequeños y los resultados, mixtos. Los efectos secundarios durante una "
                "infusión, como sentirse desconectado o una subida de la presión arterial, son "
                'comunes pero suelen durar poco<a href="#ref-6">[6]'
                "</a>.</p>"
                "<p>Si está pensando en la ketamina, háblelo primero con su terapeuta. Si viene "
                "con nosotros, la planeamos junto con su terapia, no en lugar de ella. Antes de "
                "su primera visita, cuéntenos qué suele desencadenarle los síntomas. Podemos "
                "ajustar la luz, el sonido y el arreglo de la sala, y un profesional se queda "
                "con usted todo el tiempo.</p>"
                "<p>Preguntas que podría traer a una primera consulta:</p>"
                "<ul>"
                "<li>¿Qué pasa si me altero durante una infusión?</li>"
                "<li>¿Van a hablar con mi terapeuta?</li>"
                "<li>¿Cómo sabremos si está funcionando, y cuándo pararíamos?</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "Si los recuerdos le abruman",
                    "text": (
                        "<p>Llame al <b>988</b> y marque 2, o envíe AYUDA por mensaje de texto "
                        "al 988, para hablar con la Línea 988 de Prevención del Suicidio y "
                        "Crisis. Los veteranos pueden marcar 1 después de llamar al 988 para "
                        "hablar con la Línea de Crisis para Veteranos (Veterans Crisis Line). En "
                        "una emergencia, llame al <b>911</b>.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "¿Tiene preguntas sobre la atención del TEPT?",
                    "text": "Con gusto lo hablamos. La primera consulta es gratis.",
                    "button_text": "Pida una consulta gratis",
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
            "short_2018_side_effects",
        ),
    },
    "your-first-ketamine-infusion": {
        "slug": "su-primera-infusion-de-ketamina",
        "title": "Su primera infusión de ketamina: qué esperar, paso a paso",
        "summary": (
            "¿Le pone nervioso su primera infusión? Una guía paso a paso del día, desde qué "
            "comer y quién le lleva a casa hasta cómo se puede sentir y qué pasa después."
        ),
        "published": datetime.date(2026, 10, 27),
        "scheduled": True,
        "author": "lead-crna",
        "tags": ["what-to-expect", "safety", "cost"],
        "body": [
            (
                "paragraph",
                "<p>Es normal sentir nervios antes de su primera infusión. Saber lo que va a "
                "pasar puede ayudar. Así suele ser una primera visita.</p>",
            ),
            ("heading", {"text": "Antes del día", "level": "h2"}),
            (
                "paragraph",
                "<p>Ya habrá tenido con nosotros una evaluación médica y psiquiátrica. Las "
                "recomendaciones de los expertos incluyen este tipo de evaluación antes del "
                'tratamiento<a href="#ref-2">[2]</a>. Traiga una lista de todas sus '
                "medicinas. Siga tomándolas como se las recetaron, a menos que quien se las "
                "receta le diga otra cosa.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "El día de su infusión",
                    "text": (
                        "<ul>"
                        "<li>Coma algo ligero antes, a menos que le demos otras "
                        "instrucciones.</li>"
                        "<li>Consiga quien le lleve a casa. No puede manejar después de una "
                        "infusión.</li>"
                        "<li>Use ropa cómoda con mangas que se puedan subir con facilidad.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Qué pasa en la clínica",
                    "steps": [
                        {
                            "title": "Registro",
                            "text": (
                                "<p>Revisamos su presión arterial, su ritmo cardíaco y su "
                                "nivel de oxígeno, y le preguntamos cómo se siente hoy.</p>"
                            ),
                        },
                        {
                            "title": "Acomodarse",
                            "text": (
                                "<p>Usted se recuesta en un sillón cómodo. Le ponemos una "
                                "pequeña vía IV en una vena, casi siempre en el brazo.</p>"
                            ),
                        },
                        {
                            "title": "La infusión",
                            "text": (
                                "<p>Una dosis baja de ketamina entra despacio. Nuestra sesión "
                                "dura 45 minutos. Usted sigue despierto todo el tiempo.</p>"
                            ),
                        },
                        {
                            "title": "Vigilancia",
                            "text": (
                                "<p>Un profesional capacitado se queda con usted y vigila su "
                                "presión arterial, su ritmo cardíaco y su respiración todo el "
                                "tiempo. A veces también vigilamos el ritmo de su corazón.</p>"
                            ),
                        },
                        {
                            "title": "Descanso y recuperación",
                            "text": (
                                "<p>Cuando termina la infusión, usted descansa hasta que se "
                                "sienta estable. Luego, quien vino por usted le lleva a casa, "
                                "con un plan para los próximos días.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Cómo se puede sentir", "level": "h2"}),
            (
                "paragraph",
                "<p>Muchas personas se sienten desconectadas, como si flotaran o como si "
                "miraran todo desde lejos. Los colores, los sonidos o su sentido del tiempo "
                "pueden parecer diferentes. Algunas personas se marean, sienten malestar de "
                'estómago, o tienen vista borrosa o dolor de cabeza<a href="#ref-1">[1]</a>. '
                "La presión arterial muchas veces sube por un rato durante la infusión"
                '<a href="#ref-1">[1]</a>.</p>'
                "<p>En la mayoría de las personas, estos efectos se van poco después de que "
                'termina la infusión<a href="#ref-1">[1]</a>. Si algo se siente demasiado '
                "fuerte, díganoslo. Podemos hacer más lenta o parar la infusión.</p>",
            ),
            (
                "faq",
                {
                    "title": "Preguntas comunes",
                    "items": [
                        {
                            "question": "¿Y si siento ansiedad durante la infusión?",
                            "answer": (
                                "<p>Sentir algo de ansiedad durante una infusión es bastante "
                                'común<a href="#ref-1">[1]</a>. No va a estar solo. Dígale a '
                                "su profesional de la salud cómo se siente. Le puede ayudar a "
                                "pasar el momento, y puede hacer más lenta o parar la infusión "
                                "si hace falta.</p>"
                            ),
                        },
                        {
                            "question": "¿Me voy a sentir mejor enseguida?",
                            "answer": (
                                "<p>Algunas personas notan un cambio en un día; otras, solo "
                                "después de varias infusiones, y algunas no notan nada. Los "
                                'resultados varían<a href="#ref-2">[2]</a>.</p>'
                            ),
                        },
                        {
                            "question": "¿Cuánto cuesta?",
                            "answer": (
                                "<p>Cada infusión de 45 minutos cuesta $275, y no cobramos la "
                                "cuota de admisión.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Después de su visita", "level": "h2"}),
            (
                "paragraph",
                "<p>Tómese el resto del día con calma. Entre una infusión y otra, trate de "
                "anotar su ánimo cada día, para que podamos ver juntos cómo van cambiando las "
                "cosas. Si ve a un terapeuta, cuéntele también lo que nota.</p>",
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "¿Tiene una pregunta antes de su visita?",
                    "text": "Llámenos o pida una consulta gratis. Ninguna pregunta es pequeña.",
                    "button_text": "Pida una consulta gratis",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "short_2018_side_effects",
            "sanacora_2017_consensus",
        ),
    },
}
