"""The five condition pages in Spanish (``CONDITIONS`` of demo/conditions.py), keyed by the
English page's slug.

Readers may be unwell, some in crisis: plain words, short paragraphs, and the same citations
into the same sources as the English pages.
"""

from demo.sources import cite

from .self_checks import LINKS as SELF_CHECK_LINKS

BOOK = "/es/pedir-una-consulta/"

CRISIS_SHORT = (
    "<p>Por favor, pida ayuda ahora. Llame al <b>988</b> y marque 2, o envíe AYUDA por "
    "mensaje de texto al 988, para hablar con la Línea 988 de Prevención del Suicidio y "
    "Crisis, de día o de noche. Si corre peligro inmediato, llame al <b>911</b>. Nuestra "
    "clínica no es un servicio de emergencias.</p>"
)


CONDITIONS = {
    "depression": {
        "slug": "depresion",
        "title": "Depresión",
        "seo_title": "Ketamina para la depresión en Chicago | Balance Ketamine",
        "summary": (
            "La depresión es una enfermedad real, y se puede tratar. Conozca las señales "
            "comunes, lo que aumenta el riesgo y cómo pueden ayudar las infusiones de ketamina "
            "cuando otros tratamientos no han funcionado."
        ),
        "symptoms": [
            "Sentirse triste, vacío o sin esperanza casi todo el día",
            "Poca energía y pocas ganas, incluso para cosas pequeñas",
            "Perder el interés en cosas que antes disfrutaba",
            "Comer mucho más o mucho menos que de costumbre",
            "Dormir demasiado, o pasar la noche despierto",
            "Dificultad para concentrarse, recordar o tomar decisiones",
            "Pensamientos de muerte o de suicidio",
        ],
        "how_it_may_help": (
            "<p>La mayoría de los antidepresivos actúan sobre sustancias químicas del cerebro "
            "como la serotonina. Pueden tardar varias semanas en hacer efecto, y no ayudan a "
            'todas las personas que los prueban<a href="#ref-1">[1]</a>.</p>'
            "<p>La ketamina toma otro camino. Actúa sobre el glutamato, uno de los principales "
            "mensajeros del cerebro. Los científicos creen que esto puede ayudar a las células "
            "del cerebro a crear conexiones nuevas, pero todavía están estudiando cómo ayuda "
            'exactamente<a href="#ref-6">[6]</a>.</p>'
            "<p>Con nosotros, una dosis baja se da por una vía IV en el brazo mientras un "
            "profesional capacitado se queda con usted. El tratamiento suele empezar con una "
            "serie de infusiones repartidas en unas semanas. Algunas personas vuelven más "
            "adelante para una infusión de mantenimiento de vez en cuando. Su plan se hace a "
            "su medida, y con su permiso mantenemos informados a su médico y a su "
            "terapeuta.</p>"
        ),
        "evidence": (
            "<p>Los médicos estudian la ketamina para la depresión desde hace más de 20 años. "
            "Uno de los primeros estudios pequeños se publicó en 2000"
            '<a href="#ref-7">[7]</a>. En un estudio de 2006 con personas cuya depresión no '
            "había mejorado con otros tratamientos, el 71% respondió al día siguiente de una "
            "sola infusión. Responder quería decir que sus síntomas bajaron por lo menos a la "
            'mitad<a href="#ref-2">[2]</a>.</p>'
            "<p>Un estudio más grande de 2013 comparó la ketamina con un placebo activo. Un día "
            "después, había respondido el 64% de quienes recibieron ketamina, frente al 28% de "
            'quienes recibieron el placebo<a href="#ref-3">[3]</a>.</p>'
            "<p>Estos resultados dan esperanza, pero hay que verlos en contexto. La mayoría de "
            "los estudios fueron pequeños y cortos, y la mejoría de una sola infusión a menudo "
            'desaparece en días o semanas<a href="#ref-2">[2]</a>. La ketamina IV no está '
            "aprobada por la FDA para la depresión, así que los médicos la usan fuera de "
            "indicación (off-label), y todavía hay pocos datos a largo plazo"
            '<a href="#ref-5">[5]</a>. Una medicina parecida, el aerosol nasal de esketamina '
            "(Spravato), fue aprobada por la FDA en 2019 para la depresión resistente al "
            'tratamiento<a href="#ref-4">[4]</a>.</p>'
        ),
        "body": [
            ("paragraph", SELF_CHECK_LINKS),
            (
                "statistic",
                {
                    "figure": "71%",
                    "label": (
                        "de las personas con depresión resistente al tratamiento respondieron "
                        "un día después de una sola infusión de ketamina, en un estudio "
                        "pequeño de 2006"
                    ),
                    "source_title": "Zarate et al., Archives of General Psychiatry, 2006",
                    "source_url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
                },
            ),
            ("heading", {"text": "Lo que puede aumentar el riesgo de depresión", "level": "h2"}),
            (
                "paragraph",
                "<p>Casi nunca hay una sola causa. La depresión suele venir de una mezcla de "
                "genes, biología del cerebro, vivencias e historia personal"
                '<a href="#ref-1">[1]</a>. Algunas cosas que pueden aumentar el riesgo:</p>'
                "<ul>"
                "<li>Un padre, una madre, un hermano o una hermana que ha tenido depresión u "
                "otra enfermedad mental</li>"
                "<li>Una enfermedad de larga duración o un dolor físico constante</li>"
                "<li>Momentos difíciles de la vida, como perder el trabajo o pasar por un "
                "divorcio</li>"
                "<li>Abuso u otro trauma</li>"
                "<li>Cambios en la química del cerebro</li>"
                "</ul>"
                "<p>Tener un factor de riesgo no quiere decir que usted vaya a tener depresión. "
                "Y no tener ninguno no le protege de ella. La depresión no es culpa de "
                "nadie.</p>",
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "Si está pensando en el suicidio",
                    "text": CRISIS_SHORT,
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Háblelo con nosotros",
                    "text": (
                        "Una consulta gratis es una oportunidad para hacer preguntas. No hay "
                        "presión para empezar el tratamiento."
                    ),
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
    "anxiety": {
        "slug": "ansiedad",
        "title": "Ansiedad",
        "seo_title": "Ketamina para la ansiedad en Chicago | Balance Ketamine",
        "summary": (
            "Los trastornos de ansiedad son más que las preocupaciones de todos los días. "
            "Conozca las señales de la ansiedad generalizada y la ansiedad social, y lo que "
            "dicen los primeros estudios sobre la ketamina cuando los tratamientos de siempre "
            "no han ayudado."
        ),
        "symptoms": [
            "Preocuparse casi todos los días, y que cueste parar",
            "Sentirse inquieto, tenso o con los nervios de punta",
            "Cansarse con facilidad",
            "Dificultad para concentrarse, o quedarse con la mente en blanco",
            "Músculos tensos, dolores de cabeza o de estómago",
            "Dificultad para dormirse o para seguir dormido",
            "Mucho miedo a que otras personas le juzguen o a pasar vergüenza",
            "Evitar los planes con otras personas, o temerlos durante días",
        ],
        "how_it_may_help": (
            "<p>Los trastornos de ansiedad se suelen tratar con terapia de conversación, con "
            'medicinas o con ambas<a href="#ref-1">[1]</a>. Esto ayuda a muchas personas. '
            "Cuando no ha ayudado lo suficiente, algunas personas empiezan a buscar otras "
            "opciones.</p>"
            "<p>La ketamina funciona de otra manera que la mayoría de las medicinas para la "
            "ansiedad. Bloquea el receptor NMDA del cerebro, que forma parte del sistema del "
            "glutamato. Los investigadores han empezado a probarla en personas con ansiedad "
            "generalizada y ansiedad social que no respondieron a la atención de siempre"
            '<a href="#ref-2">[2]</a>.</p>'
            "<p>Si viene con nosotros, empezamos revisando con cuidado su historial y su "
            "tratamiento actual. La ketamina nunca reemplaza a su terapeuta ni a quien le "
            "receta. Como mucho, es una parte de un plan más amplio.</p>"
        ),
        "evidence": (
            "<p>Los estudios sobre la ketamina para la ansiedad están en una etapa temprana. En "
            "un estudio de 2017, 12 adultos con ansiedad generalizada o social que no había "
            "mejorado con el tratamiento de siempre recibieron dosis cada vez más altas de "
            "ketamina, con una semana entre una y otra. Muchos se sintieron menos ansiosos en "
            "una hora, y en algunos el alivio duró hasta una semana. Diez de los 12 "
            'respondieron con las dosis más altas<a href="#ref-2">[2]</a>.</p>'
            "<p>Ese estudio fue pequeño y no tuvo grupo de placebo. Además, dio la ketamina en "
            'una inyección debajo de la piel, no por una vía IV<a href="#ref-2">[2]</a>. '
            "Todavía hacen falta estudios más grandes y controlados. La ketamina no está "
            "aprobada por la FDA para la ansiedad, así que cualquier uso es fuera de "
            "indicación, y hay pocos datos sobre su seguridad a largo plazo"
            '<a href="#ref-3">[3]</a>.</p>'
            "<p>Entre los efectos secundarios que se han visto en los estudios de ketamina "
            "están sentirse desconectado o como en un sueño, mareo, dolor de cabeza, vista "
            "borrosa y una subida pasajera de la presión arterial"
            '<a href="#ref-4">[4]</a>. En el estudio sobre la ansiedad, estos efectos se '
            'hicieron más fuertes a medida que subía la dosis<a href="#ref-2">[2]</a>.</p>'
        ),
        "body": [
            ("paragraph", SELF_CHECK_LINKS),
            ("heading", {"text": "Ansiedad generalizada y ansiedad social", "level": "h2"}),
            (
                "paragraph",
                "<p><b>Ansiedad generalizada</b> quiere decir preocuparse mucho, por muchas "
                "cosas de todos los días, durante meses. <b>Ansiedad social</b> quiere decir "
                "un miedo intenso a que otros le observen, le juzguen o le hagan pasar "
                "vergüenza. Las dos pueden hacer mucho más difíciles el trabajo, la escuela y "
                'las amistades<a href="#ref-1">[1]</a>.</p>',
            ),
            (
                "faq",
                {
                    "title": "Preguntas comunes",
                    "items": [
                        {
                            "question": "¿La infusión misma me puede dar ansiedad?",
                            "answer": (
                                "<p>Puede pasar. Sentir ansiedad es uno de los efectos a corto "
                                "plazo más comunes durante una infusión de ketamina"
                                '<a href="#ref-4">[4]</a>. Un profesional se queda con usted '
                                "todo el tiempo y puede hacer más lenta o parar la infusión. "
                                "Si tiene ataques de pánico, díganoslo en su evaluación para "
                                "que lo planeemos juntos.</p>"
                            ),
                        },
                        {
                            "question": "¿Debo dejar primero mi medicina para la ansiedad?",
                            "answer": (
                                "<p>No. Por favor, no deje ni cambie ninguna medicina por su "
                                "cuenta. Hable con quien se la receta. En su evaluación "
                                "repasaremos con usted todas sus medicinas.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "¿Se pregunta si esto podría ser para usted?",
                    "text": (
                        "Pida una consulta gratis. Primero le escucharemos, y le diremos con "
                        "honestidad lo que la ketamina puede hacer y lo que no."
                    ),
                    "button_text": "Pida una consulta gratis",
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
    "ptsd": {
        "slug": "tept",
        "title": "TEPT (trastorno de estrés postraumático)",
        "seo_title": "Ketamina para el TEPT en Chicago | Balance Ketamine",
        "summary": (
            "El TEPT puede hacer que un trauma del pasado se sienta presente. Conozca las "
            "señales comunes, los tratamientos con más pruebas a su favor, y lo que los "
            "estudios sobre la ketamina para el TEPT han encontrado y lo que no."
        ),
        "symptoms": [
            "Recuerdos no deseados, escenas que se reviven (flashbacks) o pesadillas sobre el "
            "trauma",
            "Alejarse de lugares, personas o pensamientos que lo traen de vuelta",
            "Sentirse en guardia, tenso o asustarse con facilidad",
            "Dificultad para dormir o para concentrarse",
            "Arranques de enojo o sentirse irritable",
            "Culpa, reproches u otras creencias dolorosas sobre usted mismo o el mundo",
            "Sentirse adormecido por dentro o alejado de las personas que quiere",
        ],
        "how_it_may_help": (
            "<p>El TEPT puede aparecer después de cualquier suceso que dio miedo, fue impactante "
            'o fue peligroso<a href="#ref-1">[1]</a>. Los tratamientos con más respaldo son '
            "las terapias de conversación centradas en el trauma, y algunas medicinas también "
            'pueden ayudar<a href="#ref-5">[5]</a>. Aun así, las medicinas que hay hoy solo '
            'ayudan en parte a muchas personas<a href="#ref-3">[3]</a>.</p>'
            "<p>La ketamina se está estudiando como una posible opción adicional para el TEPT "
            "de larga duración. Algunos estudios sugieren que puede bajar la intensidad general "
            'de los síntomas del TEPT en algunas personas<a href="#ref-2">[2]</a>.</p>'
            "<p>Con nosotros, la ketamina para el TEPT se planea junto con su atención continua "
            "con un terapeuta. Antes de cualquier tratamiento, revisamos su historial, sus "
            "medicinas y la terapia que lleva ahora. Con su permiso, con gusto trabajamos con "
            "su terapeuta.</p>"
        ),
        "evidence": (
            "<p>En un estudio de 2014 con 41 adultos con TEPT crónico, los síntomas estaban "
            "claramente más bajos 24 horas después de una infusión de ketamina que después de "
            'un placebo activo<a href="#ref-2">[2]</a>.</p>'
            "<p>Un estudio de 2021 dio a 30 personas seis infusiones en dos semanas. Quienes "
            "recibieron ketamina mejoraron más que quienes recibieron el placebo activo"
            '<a href="#ref-3">[3]</a>.</p>'
            "<p>No todos los estudios coinciden. Un estudio más grande de 2022, con 158 "
            "veteranos y miembros de las fuerzas armadas, encontró que ocho infusiones no "
            "aliviaron los síntomas del TEPT más que un placebo, aunque la dosis habitual sí "
            'alivió la depresión<a href="#ref-4">[4]</a>. El uso de la ketamina para el TEPT '
            "es fuera de indicación, y los investigadores todavía están estudiando a quién "
            'beneficia y por cuánto tiempo<a href="#ref-6">[6]</a>.</p>'
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "¿Le preocupa que vuelvan los recuerdos?",
                    "text": (
                        "<p>Algunas personas temen que una infusión les haga revivir el trauma. "
                        "Cuéntenos qué le desencadena los síntomas antes de su primera visita. "
                        "Puede pedir la luz, el sonido y el arreglo de la sala que le hagan "
                        "sentir más seguro, y un profesional se queda con usted todo el "
                        "tiempo.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "Si siente que es demasiado",
                    "text": (
                        "<p>Si los recuerdos le abruman, o piensa en hacerse daño, llame al "
                        "<b>988</b> y marque 2, o envíe AYUDA por mensaje de texto al 988, "
                        "ahora mismo. Los veteranos pueden marcar 1 después de llamar al 988 "
                        "para hablar con la Línea de Crisis para Veteranos (Veterans Crisis "
                        "Line). En una emergencia, llame al <b>911</b>.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Pregúntenos sobre la atención del TEPT",
                    "text": "Una consulta gratis es privada y no le compromete a nada.",
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
            "sanacora_2017_consensus",
        ),
        "related": [
            "what-is-ketamine",
            "ketamine-infusion-process",
            "safety-and-side-effects",
            "is-ketamine-therapy-right-for-me",
        ],
    },
    "suicidal-thoughts": {
        "slug": "pensamientos-suicidas",
        "title": "Pensamientos suicidas",
        "seo_title": "Pensamientos suicidas: llame al 988 y marque 2 para recibir ayuda ahora",
        "summary": (
            "Si está pensando en el suicidio, llame al 988 y marque 2, o envíe AYUDA por "
            "mensaje de texto al 988; en una emergencia, llame al 911. Esta página también "
            "explica lo que dicen los estudios sobre la ketamina y los pensamientos suicidas."
        ),
        "symptoms": [
            "Hablar de querer morir o de quitarse la vida",
            "Sentirse sin esperanza, atrapado, o sin razones para vivir",
            "Sentirse una carga para los demás",
            "Alejarse de los amigos y la familia",
            "Beber alcohol o usar drogas más de lo normal",
            "Dormir muchísimo o muy poco",
            "Regalar sus cosas o despedirse",
        ],
        "how_it_may_help": (
            "<p><b>Si está en crisis, por favor deje de leer y llame al 988 y marque 2, o envíe "
            "AYUDA por mensaje de texto al 988, ahora mismo.</b> Si corre peligro inmediato, "
            "llame al 911. Las infusiones de ketamina no son atención de emergencia, y nuestra "
            "clínica no puede responder a una crisis.</p>"
            "<p>Algunas personas viven con pensamientos suicidas que van y vienen durante meses "
            "o años, muchas veces como parte de la depresión. Para quienes están a salvo en "
            "este momento, la ketamina es una de las opciones que estudian los investigadores"
            '<a href="#ref-3">[3]</a>. Solo la consideramos como una parte de un plan más '
            "amplio que incluye a un psiquiatra o un terapeuta y un plan de seguridad por "
            "escrito.</p>"
            "<p>Si en algún momento no se siente a salvo durante su atención con nosotros, "
            "comuníquese primero con el 988 o el 911. Después, avísenos.</p>"
        ),
        "evidence": (
            "<p>Un análisis de 2018 juntó los datos de 10 estudios. Incluyó a 167 personas que "
            "tenían pensamientos suicidas al principio. Después de una sola infusión de "
            "ketamina, esos pensamientos se calmaron en un día, y el efecto duró hasta una "
            'semana<a href="#ref-3">[3]</a>.</p>'
            "<p>La baja de los pensamientos suicidas fue en parte independiente de los cambios "
            'en el ánimo general<a href="#ref-3">[3]</a>. Pero fueron estudios cortos. No '
            "muestran si la ketamina baja el riesgo de suicidio con el tiempo, y los autores "
            'pidieron estudios más largos<a href="#ref-3">[3]</a>.</p>'
            "<p>La ayuda duradera suele venir de una atención constante: tratar lo que hay "
            "debajo, como la depresión, con terapia o medicinas, y seguir en contacto con "
            'personas que le pueden apoyar<a href="#ref-2">[2]</a>.</p>'
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "crisis",
                    "title": "¿Necesita ayuda ahora? Llame al 988 y marque 2",
                    "text": (
                        "<p>Llame al <b>988</b> y marque 2, o envíe AYUDA por mensaje de texto "
                        "al 988, para hablar en español con la Línea 988 de Prevención del "
                        "Suicidio y Crisis. Es gratis, confidencial y atiende las 24 horas del "
                        'día, todos los días<a href="#ref-1">[1]</a>. También puede chatear en '
                        '<a href="https://988lifeline.org/">988lifeline.org</a>.</p>'
                        "<p>Si usted u otra persona corre peligro inmediato, llame al "
                        "<b>911</b> o vaya a la sala de emergencias más cercana.</p>"
                        "<p>Balance Ketamine no es un servicio de emergencias. Por favor, no "
                        "espere a que le devolvamos la llamada.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Si le preocupa otra persona",
                    "steps": [
                        {
                            "title": "Pregunte",
                            "text": (
                                "<p>Pregúntele directamente si está pensando en el suicidio. "
                                "Preguntar no le mete la idea en la cabeza"
                                '<a href="#ref-2">[2]</a>.</p>'
                            ),
                        },
                        {
                            "title": "Ayúdele a estar a salvo",
                            "text": (
                                "<p>Si puede hacerlo sin correr peligro, ayude a alejar de esa "
                                "persona cualquier cosa que pueda usar para hacerse daño.</p>"
                            ),
                        },
                        {
                            "title": "Acompáñele",
                            "text": "<p>Escuche sin juzgar. Hágale saber que le importa.</p>",
                        },
                        {
                            "title": "Ayúdele a conectarse",
                            "text": (
                                "<p>Llamen juntos al 988 y marquen 2, o envíen AYUDA por mensaje "
                                "de texto al 988, o ayúdele a comunicarse con un médico o un "
                                "terapeuta. Llame al 911 si esa persona corre peligro "
                                "inmediato.</p>"
                            ),
                        },
                        {
                            "title": "Siga en contacto",
                            "text": "<p>Pregúntele cómo está en los días y semanas siguientes.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Hable con alguien ahora mismo",
                    "text": "Apoyo gratis y confidencial, a cualquier hora del día o de la noche.",
                    "button_text": "Llame al 988 y marque 2",
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
    "chronic-pain": {
        "slug": "dolor-cronico",
        "title": "Dolor crónico",
        "seo_title": "Ketamina para el dolor crónico | Balance Ketamine",
        "summary": (
            "El dolor de larga duración, como la fibromialgia o el dolor de los nervios, "
            "muchas veces viene con bajo ánimo y mal sueño. Conozca lo que dicen los estudios "
            "sobre las infusiones de ketamina para el dolor crónico, y en qué se quedan cortas."
        ),
        "symptoms": [
            "Dolor que dura desde hace meses",
            "Dolor de los nervios que arde, da punzadas o produce hormigueo",
            "Dolores y puntos sensibles por todo el cuerpo, como en la fibromialgia",
            "Mal sueño por el dolor",
            "Cansancio que no se quita descansando",
            "Bajo ánimo o preocupación por vivir con dolor",
        ],
        "how_it_may_help": (
            "<p>La ketamina se usa para la anestesia desde hace décadas. En dosis bajas, "
            "también se da para algunos tipos de dolor de larga duración, y ese uso ha crecido "
            'mucho en los últimos 20 años<a href="#ref-2">[2]</a>.</p>'
            "<p>El dolor crónico y la depresión suelen ir juntos. La depresión es común en las "
            "personas que viven con enfermedades de larga duración, como el dolor crónico"
            '<a href="#ref-3">[3]</a>. Si vive con las dos cosas, vemos el panorama completo '
            "con usted y trabajamos junto con su especialista del dolor o su médico de "
            "cabecera.</p>"
            "<p>Las dosis y los horarios que se usan para el dolor varían, y los expertos no "
            'se han puesto de acuerdo en una sola mejor manera<a href="#ref-2">[2]</a>. Si la '
            "ketamina es adecuada para su tipo de dolor es una decisión que toman juntos usted, "
            "su médico del dolor y nuestro equipo médico.</p>"
        ),
        "evidence": (
            "<p>Una revisión de 2019 juntó siete estudios de ketamina IV para el dolor "
            "crónico, con 211 pacientes en total. La ketamina bajó un poco el nivel de dolor, "
            "hasta unas dos semanas después del tratamiento. Todos los estudios menos uno "
            "tenían un riesgo alto de sesgo, lo que hace menos seguros los resultados"
            '<a href="#ref-1">[1]</a>.</p>'
            "<p>En esos estudios, las personas que recibieron ketamina tuvieron más "
            "probabilidades de tener efectos secundarios como náuseas y percepciones raras o "
            'como de sueño<a href="#ref-1">[1]</a>.</p>'
            "<p>Las guías de tres asociaciones de anestesia y medicina del dolor de los Estados "
            "Unidos encontraron que las pruebas respaldan la ketamina para algunos tipos de "
            "dolor crónico, pero que su fuerza cambia según la afección y la dosis. La mayoría "
            'de los estudios eran pequeños<a href="#ref-2">[2]</a>.</p>'
        ),
        "body": [
            ("heading", {"text": "Fibromialgia y dolor de los nervios", "level": "h2"}),
            (
                "paragraph",
                "<p>La fibromialgia causa dolor y sensibilidad en todo el cuerpo. El dolor "
                "neuropático viene de nervios dañados o irritados, y muchas veces arde, pica o "
                "da punzadas. Los dos están entre los tipos de dolor que incluyen los estudios "
                'sobre la ketamina<a href="#ref-1">[1]</a>. Hasta ahora, los resultados son '
                "mixtos y los beneficios, modestos.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Traiga sus expedientes",
                    "text": (
                        "<p>Si le atiende un especialista del dolor, por favor traiga sus notas "
                        "recientes o pídale que nos las envíe. Así podemos decidir juntos si la "
                        "ketamina tiene sentido para usted.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "¿Vive con dolor y bajo ánimo?",
                    "text": (
                        "Pida una consulta gratis para hablar de sus opciones. Le diremos con "
                        "honestidad si creemos que la ketamina no es adecuada para usted."
                    ),
                    "button_text": "Pida una consulta gratis",
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
}
