"""The eight Learn articles in Spanish (``ARTICLES`` of demo/articles.py), keyed by the English
article's slug.

Written for people living with depression, as the English copy is: plain, warm and measured,
with every figure tied to the same source as in English.
"""

from demo.sources import cite

BOOK = "/es/pedir-una-consulta/"

BOOKING_CALL_TO_ACTION = (
    "call_to_action",
    {
        "title": "¿Tiene preguntas? Hable con nosotros",
        "text": (
            "Pida una consulta gratis y sin compromiso en cualquiera de nuestras cuatro "
            "clínicas del área de Chicago: Wicker Park, Orland Park, Naperville o Palos Hills."
        ),
        "button_text": "Pida una consulta gratis",
        "page": BOOK,
        "link_url": "",
    },
)

CRISIS_CALLOUT = (
    "callout",
    {
        "kind": "crisis",
        "title": "Si está en crisis ahora mismo",
        "text": (
            "<p>Si está pensando en el suicidio o no se siente a salvo, llame al <b>988</b> "
            "y marque 2, o envíe AYUDA por mensaje de texto al 988, para hablar en español con "
            '<a href="https://988lifeline.org/">la Línea 988 de Prevención del Suicidio y '
            "Crisis</a>. Es gratis y atiende las 24 horas del día. Si su vida corre peligro, "
            "llame al <b>911</b> o vaya a la sala de emergencias más cercana. La ketamina no es "
            "un "
            "tratamiento de emergencia.</p>"
        ),
    },
)

ARTICLES = {
    "what-is-ketamine": {
        "slug": "que-es-la-ketamina",
        "title": "¿Qué es la ketamina?",
        "seo_title": "¿Qué es la ketamina? Cómo funciona contra la depresión",
        "summary": (
            "La ketamina se usa como anestésico desde la década de 1960. Conozca cómo actúa en "
            "el cerebro, cómo se administra, si es legal y qué dicen los estudios sobre la "
            "depresión."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Quizás oyó hablar de la ketamina a un médico, a un amigo o en las "
                    "noticias. Puede parecer confuso, porque la misma medicina se usa en los "
                    "quirófanos, para tratar el dolor y, desde hace poco, para tratar la "
                    "depresión. Esta página explica en palabras sencillas qué es la "
                    "ketamina.</p>"
                ),
            ),
            ("heading", {"text": "Una medicina con una larga historia", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La ketamina no es un medicamento nuevo. Unos químicos la crearon en "
                    "1962, y se probó en personas por primera vez en "
                    '1964.<a href="#ref-1">[1]</a> En la década de 1960 se empezó a usar como '
                    "anestésico: una medicina que pone a las personas en un estado parecido al "
                    "sueño para que no sientan dolor durante una "
                    'cirugía.<a href="#ref-2">[2]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Actúa rápido, y por eso fue útil en emergencias. En la guerra de "
                    "Vietnam, los médicos del ejército la usaban para atender a soldados "
                    'heridos cerca del frente.<a href="#ref-3">[3]</a> Hoy se sigue usando en '
                    "hospitales, salas de emergencia y clínicas del dolor en todo el "
                    'mundo.<a href="#ref-2">[2]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Los médicos dicen que la ketamina es un <b>anestésico "
                    'disociativo</b>.<a href="#ref-1">[1]</a> En dosis completas, bloquea el '
                    "dolor y la conciencia. En las dosis mucho más bajas que se usan para la "
                    "depresión, usted sigue despierto, pero por un rato puede sentirse "
                    'desconectado de su cuerpo o de lo que le rodea.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "Cómo actúa la ketamina en el cerebro", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La mayoría de los antidepresivos, como los ISRS y los IRSN, actúan sobre "
                    "todo en la serotonina y otras sustancias químicas parecidas del cerebro. "
                    "La ketamina toma otro camino. Actúa sobre el <b>receptor NMDA</b>, que "
                    "forma parte del sistema del <b>glutamato</b> en el cerebro. El glutamato "
                    "es el principal mensajero químico que usan las células nerviosas para "
                    'pasarse señales.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Los investigadores creen que una dosis baja de ketamina provoca una "
                    "breve oleada de señales de glutamato. Esa oleada parece ayudar al cerebro "
                    "a crear y fortalecer conexiones entre las células nerviosas, lo que se "
                    "llama <b>plasticidad sináptica</b>. La ketamina también parece aumentar el "
                    "<b>BDNF</b>, una proteína que ayuda a que esas conexiones "
                    'crezcan.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>El estrés y la depresión de larga duración pueden debilitar algunas de "
                    "estas conexiones. Ayudar a reconstruirlas podría ser parte de la razón por "
                    "la que el ánimo puede mejorar rápido después de la "
                    'ketamina.<a href="#ref-5">[5]</a> Los científicos todavía están '
                    "estudiando el panorama completo.</p>"
                ),
            ),
            ("heading", {"text": "Cómo se administra la ketamina", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Para la depresión, la ketamina se administra casi siempre de una de "
                    "tres formas:</p><ul><li><b>Infusión intravenosa (IV):</b> un goteo lento "
                    "en una vena durante unos 40 minutos o más. La mayoría de los estudios han "
                    'usado este método.<a href="#ref-6">[6]</a> Es lo que ofrecemos en Balance '
                    "Ketamine.</li><li><b>Aerosol nasal:</b> la esketamina, que se vende como "
                    "Spravato, es un pariente cercano de la ketamina. La FDA la aprobó en 2019 "
                    "para la depresión resistente al tratamiento. Solo se da en clínicas "
                    'certificadas.<a href="#ref-7">[7]</a></li><li><b>Inyección en un '
                    "músculo:</b> la usan algunas clínicas. El cuerpo absorbe la mayor parte "
                    'de la dosis.<a href="#ref-8">[8]</a></li></ul>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Cada forma tiene sus ventajas y sus desventajas. Nuestra guía sobre los "
                    "tipos de terapia con ketamina las explica con más detalle.</p>"
                ),
            ),
            ("heading", {"text": "¿Es legal la ketamina?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sí, cuando la receta un profesional médico con licencia. En los "
                    "Estados Unidos, la ketamina es una <b>sustancia controlada de la Lista "
                    'III</b> (Schedule III).<a href="#ref-9">[9]</a> Eso quiere decir que tiene '
                    "usos médicos aceptados, pero que también se puede usar mal, así que la ley "
                    "controla cómo se guarda, se receta y se "
                    'administra.<a href="#ref-9">[9]</a> No se puede comprar sin receta. En '
                    "nuestras clínicas solo la administra nuestro equipo médico, y nunca se la "
                    "lleva a casa.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>El uso de la ketamina IV para la depresión es <b>fuera de "
                    "indicación</b> (off-label). Eso quiere decir que los médicos usan una "
                    "medicina aprobada para un fin que la FDA no ha aprobado "
                    'formalmente.<a href="#ref-10">[10]</a> El aerosol nasal de esketamina es '
                    "la única medicina a base de ketamina que la FDA ha aprobado para la "
                    'depresión.<a href="#ref-7">[7]</a></p>'
                ),
            ),
            (
                "heading",
                {"text": "Del quirófano a los estudios sobre la depresión", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Los investigadores empezaron a probar la ketamina para la depresión en "
                    "la década de 1990. En 2000, un estudio pequeño en Yale informó que una sola "
                    "infusión en dosis baja alivió los síntomas de depresión en tres "
                    'días.<a href="#ref-11">[11]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>En 2006, investigadores del Instituto Nacional de Salud Mental (NIMH) "
                    "probaron la ketamina en personas cuya depresión no había mejorado con "
                    'otros tratamientos. Muchas mejoraron en un día.<a href="#ref-12">[12]</a> '
                    "Desde entonces, estudios más grandes han encontrado efectos rápidos "
                    "parecidos, aunque los resultados cambian mucho de una persona a "
                    'otra.<a href="#ref-13">[13]</a><a href="#ref-6">[6]</a></p>'
                ),
            ),
            (
                "statistic",
                {
                    "figure": "71%",
                    "label": (
                        "de las personas con depresión resistente al tratamiento respondieron "
                        "en las 24 horas siguientes a una sola infusión, en un pequeño estudio "
                        "de 2006 con 18 personas"
                    ),
                    "source_title": (
                        "A randomized trial of an N-methyl-D-aspartate antagonist in "
                        "treatment-resistant major depression"
                    ),
                    "source_url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
                },
            ),
            ("heading", {"text": "¿Qué tan rápido puede funcionar?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Los antidepresivos comunes a menudo tardan varias semanas en hacer una "
                    'diferencia real.<a href="#ref-14">[14]</a> Algunas personas se sienten '
                    "mejor a las pocas horas o días de una infusión de "
                    'ketamina.<a href="#ref-12">[12]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>No todos responden. En quienes sí responden, el efecto de una sola "
                    "infusión suele desaparecer, y por eso el tratamiento se da en una serie y "
                    "a veces se sigue con infusiones de "
                    'mantenimiento.<a href="#ref-6">[6]</a> Los estudios sobre el uso a largo '
                    'plazo todavía son pocos.<a href="#ref-10">[10]</a> Siempre le diremos lo '
                    "que se sabe y lo que no.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "La ketamina en pocas palabras",
                    "text": (
                        "<ul><li>Un anestésico disociativo, de uso médico desde la década de "
                        '1960.<a href="#ref-2">[2]</a></li><li>Actúa sobre el sistema del '
                        'glutamato, no sobre todo en la serotonina.<a href="#ref-5">[5]</a>'
                        "</li><li>Lista III: solo con "
                        'receta.<a href="#ref-9">[9]</a></li><li>En algunas personas puede '
                        "aliviar la depresión en horas o "
                        'días.<a href="#ref-12">[12]</a></li><li>En Balance Ketamine: '
                        "infusiones IV en dosis bajas, con personal presente todo el "
                        "tiempo.</li></ul>"
                    ),
                },
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "domino_2010_ketamine_tiger",
            "li_2016_fifty_years",
            "topical_ketamine_2015",
            "oxford_health_risks",
            "duman_2012_synaptic",
            "mcintyre_2021_expert_opinion",
            "fda_2019_esketamine",
            "peltoniemi_2016_pharmacology",
            "dea_schedules",
            "sanacora_2017_consensus",
            "berman_2000_antidepressant",
            "zarate_2006_trial",
            "murrough_2013_two_site",
            "nimh_depression",
        ),
        "related": [
            "treatment-resistant-depression",
            "types-of-ketamine-therapy",
            "ketamine-infusion-process",
            "safety-and-side-effects",
        ],
    },
    "treatment-resistant-depression": {
        "slug": "depresion-resistente-al-tratamiento",
        "title": "Depresión resistente al tratamiento: qué significa y qué puede ayudar",
        "seo_title": "Depresión resistente al tratamiento: qué es y qué opciones hay",
        "summary": (
            "Si dos o más antidepresivos no le han ayudado lo suficiente, puede que tenga "
            "depresión resistente al tratamiento. Sepa qué significa, qué tan común es y qué "
            "tratamientos todavía pueden ayudar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Si ha probado una medicina tras otra y sigue sintiéndose estancado, no "
                    "está solo, y no es su culpa. Algunas depresiones no responden bien a los "
                    "primeros tratamientos de siempre. Los médicos tienen un nombre para esto, "
                    "y todavía hay opciones reales que explorar.</p>"
                ),
            ),
            ("heading", {"text": "¿Qué significa «resistente al tratamiento»?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Los médicos suelen hablar de <b>depresión resistente al "
                    "tratamiento</b> (DRT) cuando una persona con depresión mayor ha probado "
                    "por lo menos dos antidepresivos distintos sin mejorar lo "
                    'suficiente.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Cada uno de esos intentos tiene que ser una prueba justa. Eso quiere "
                    "decir una dosis lo bastante alta, tomada todos los días durante el tiempo "
                    "necesario. Los antidepresivos a menudo tardan de 4 a 8 semanas en hacer "
                    'efecto,<a href="#ref-2">[2]</a> así que una prueba justa suele durar unas '
                    "6 a 8 semanas con cada medicina.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La DRT no quiere decir que su depresión no pueda mejorar. Quiere decir "
                    "que los primeros pasos de siempre no han bastado, y que puede ser hora de "
                    "buscar otros caminos.</p>"
                ),
            ),
            ("heading", {"text": "¿Qué tan común es?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>No todos los expertos definen la DRT de la misma manera, así que los "
                    'cálculos varían.<a href="#ref-1">[1]</a> Un gran estudio sueco que usó una '
                    "definición estricta encontró que cerca de 1 de cada 9 episodios de "
                    'depresión la cumplía.<a href="#ref-3">[3]</a> Una revisión internacional '
                    "de expertos de 2023 calculó que por lo menos el 30% de las personas con "
                    "depresión, casi 1 de cada 3, cumple la definición más "
                    'usada.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Así que, según cómo se defina, entre más o menos 1 de cada 10 y 1 de "
                    "cada 3 personas con depresión tienen DRT. En cualquier caso, es común, y "
                    "es un problema médico reconocido.</p>"
                ),
            ),
            (
                "statistic",
                {
                    "figure": "1 de cada 3",
                    "label": (
                        "personas en el gran estudio STAR*D todavía no habían llegado a la "
                        "remisión después de hasta cuatro pasos de tratamiento"
                    ),
                    "source_title": (
                        "Acute and longer-term outcomes in depressed outpatients requiring one or "
                        "several treatment steps: a STAR*D report"
                    ),
                    "source_url": "https://pubmed.ncbi.nlm.nih.gov/17074942/",
                },
            ),
            (
                "paragraph",
                (
                    "<p>En STAR*D, uno de los estudios más grandes sobre la atención habitual de "
                    "la depresión, cerca de dos tercios de las personas llegaron a la remisión "
                    "después de hasta cuatro pasos de tratamiento. Eso dejó a cerca de una de "
                    'cada tres personas todavía enfermas.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "¿Por qué pasa?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nadie entiende del todo por qué algunas depresiones resisten el "
                    "tratamiento. Es probable que venga de una mezcla de genes, vivencias y "
                    'estrés, y de diferencias en cómo funciona el cerebro.<a href="#ref-1">[1]</a>'
                    "</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>A veces hay otras cosas que se interponen. Quizás una dosis fue muy "
                    "baja, los efectos secundarios hicieron difícil seguir con una medicina, u "
                    'otro problema de salud está influyendo.<a href="#ref-1">[1]</a> Revisar '
                    "con cuidado su historial puede ayudar a encontrarlas.</p>"
                ),
            ),
            ("heading", {"text": "Sus opciones de tratamiento", "level": "h2"}),
            ("heading", {"text": "Cambiar o agregar medicinas", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Muchas veces el siguiente paso es cambiar a otro antidepresivo, agregar "
                    "una segunda medicina o combinar tratamientos. En STAR*D, algunas personas "
                    "que no mejoraron con su primera medicina sí mejoraron después de un cambio "
                    'o de agregar otra medicina.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "Terapia electroconvulsiva (TEC)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>La TEC usa una corriente eléctrica breve y controlada para provocar una "
                    "convulsión corta mientras usted está bajo anestesia "
                    'general.<a href="#ref-5">[5]</a> Es uno de los tratamientos a corto plazo '
                    'más eficaces contra la depresión.<a href="#ref-6">[6]</a> En algunos '
                    "estudios, respondieron unas 7 de cada 10 personas o "
                    'más.<a href="#ref-7">[7]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La TEC tiene desventajas reales. Las principales son la confusión y la "
                    "pérdida de memoria, sobre todo en los días del "
                    'tratamiento.<a href="#ref-5">[5]</a><a href="#ref-6">[6]</a> Suele usarse '
                    "para la depresión grave o cuando otros tratamientos no han "
                    'funcionado.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            ("heading", {"text": "Estimulación magnética transcraneal (EMTr)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>La EMTr (rTMS, en inglés) usa pulsos magnéticos de una bobina que se "
                    "coloca junto a la cabeza para estimular zonas del cerebro que tienen que "
                    "ver con el ánimo. No es invasiva: no hay cirugía ni anestesia, y usted "
                    'sigue despierto.<a href="#ref-5">[5]</a> En un estudio grande en clínicas '
                    "comunes, respondió más o menos la mitad de las personas "
                    'tratadas.<a href="#ref-8">[8]</a></p>'
                ),
            ),
            ("heading", {"text": "Estimulación del nervio vago (ENV)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>La ENV usa un pequeño aparato que se coloca bajo la piel del pecho en "
                    "una cirugía. Un cable delgado envía pulsos eléctricos suaves al nervio "
                    'vago, en el cuello.<a href="#ref-5">[5]</a> Las pruebas sobre la ENV para '
                    "la depresión son más limitadas, y hacen falta más "
                    'estudios.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            ("heading", {"text": "Ketamina", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>La ketamina es una opción más nueva. Actúa sobre el sistema del "
                    "glutamato del cerebro, no sobre la serotonina. En estudios clínicos con "
                    "personas con DRT, alivió la depresión en horas o días a muchas "
                    'personas.<a href="#ref-9">[9]</a><a href="#ref-10">[10]</a> Los resultados '
                    "varían, y todavía hay pocas pruebas a largo "
                    'plazo.<a href="#ref-11">[11]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La FDA aprobó el aerosol nasal de esketamina (Spravato) para la DRT en "
                    '2019.<a href="#ref-12">[12]</a> La ketamina IV, que es la que ofrecemos, '
                    'se usa fuera de indicación.<a href="#ref-13">[13]</a></p>'
                ),
            ),
            CRISIS_CALLOUT,
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "mcintyre_2023_trd",
            "nimh_depression",
            "lundberg_2023_trd_outcomes",
            "rush_2006_stard",
            "nimh_brain_stimulation",
            "uk_ect_2003",
            "husain_2004_ect_speed",
            "carpenter_2012_tms",
            "zarate_2006_trial",
            "murrough_2013_two_site",
            "mcintyre_2021_expert_opinion",
            "fda_2019_esketamine",
            "sanacora_2017_consensus",
        ),
        "related": [
            "what-is-ketamine",
            "is-ketamine-therapy-right-for-me",
            "types-of-ketamine-therapy",
        ],
    },
    "ketamine-infusion-process": {
        "slug": "como-es-una-infusion-de-ketamina",
        "title": "Qué pasa durante una infusión de ketamina",
        "seo_title": "Cómo es una infusión de ketamina, paso a paso",
        "summary": (
            "Desde su primera evaluación hasta el cuidado posterior: así es una infusión de "
            "ketamina en nuestras clínicas, qué puede sentir, cuántas puede necesitar y cómo "
            "prepararse."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Saber qué esperar puede hacer que la primera visita dé mucho menos "
                    "miedo. Así funciona el tratamiento en Balance Ketamine, desde la primera "
                    "conversación hasta el regreso a casa.</p>"
                ),
            ),
            ("heading", {"text": "Su visita en cuatro pasos", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Cómo funciona una infusión",
                    "steps": [
                        {
                            "title": "Evaluación médica y psiquiátrica",
                            "text": (
                                "<p>Antes de su primera infusión, un profesional de la salud "
                                "repasa su historial de salud mental, los tratamientos que ha "
                                "probado, las medicinas que toma y su salud física, incluida "
                                "su presión arterial. Así sabemos si la ketamina es una opción "
                                'segura y sensata para usted.<a href="#ref-1">[1]</a></p>'
                            ),
                        },
                        {
                            "title": "La infusión",
                            "text": (
                                "<p>Usted se acomoda en un sillón cómodo. Un miembro de nuestro "
                                "equipo médico le pone una pequeña vía IV en el brazo o la "
                                "mano, y una dosis baja de ketamina entra despacio durante "
                                "unos 40 a 60 minutos. En los principales estudios, la dosis "
                                'se dio en 40 minutos.<a href="#ref-2">[2]</a></p>'
                            ),
                        },
                        {
                            "title": "Vigilancia",
                            "text": (
                                "<p>Durante toda la infusión revisamos su presión arterial, su "
                                "ritmo cardíaco y su nivel de oxígeno. Si su historial de salud "
                                "lo pide, también usamos un electrocardiograma (EKG) para "
                                'vigilar el ritmo de su corazón.<a href="#ref-1">[1]</a> Un '
                                "miembro de nuestro equipo se queda con usted todo el "
                                "tiempo.</p>"
                            ),
                        },
                        {
                            "title": "Recuperación y cuidado posterior",
                            "text": (
                                "<p>Cuando termina la infusión, usted descansa con nosotros "
                                "hasta que pasen los efectos y se sienta estable. Antes de que "
                                "se vaya, repasamos su plan de apoyo: a qué estar atento, "
                                "cuándo es su próxima visita y cómo comunicarse con "
                                "nosotros.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "¿Qué se siente?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Casi todas las personas notan algo raro durante una infusión. Puede "
                    "sentirse desconectado de su cuerpo, o como si flotara. Lo que le rodea "
                    'puede verse o sonar diferente.<a href="#ref-3">[3]</a> Algunas personas '
                    "también notan que el tiempo parece ir más lento o más "
                    'rápido.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Estos efectos son más fuertes durante la infusión y se van poco después "
                    'de que termina.<a href="#ref-3">[3]</a> A muchas personas les parecen '
                    "extraños pero llevaderos, y a algunas hasta agradables. Cerca de 1 de cada "
                    "10 personas pasa un momento muy difícil durante una "
                    'infusión.<a href="#ref-3">[3]</a> Si le pasa, díganoslo. Podemos detener '
                    "la infusión, y las sensaciones desagradables suelen calmarse en unos 15 "
                    'minutos.<a href="#ref-3">[3]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>También es común sentirse cansado el resto del "
                    'día.<a href="#ref-3">[3]</a> Si puede, planee una tarde tranquila.</p>'
                ),
            ),
            ("heading", {"text": "¿Cuántas infusiones voy a necesitar?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Casi todas las personas reciben una <b>serie</b> de infusiones "
                    "repartidas en unas semanas, no una sola dosis. En un estudio, las personas "
                    "recibieron hasta seis infusiones en unas dos semanas, y respondieron unas "
                    '7 de cada 10.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>El beneficio suele durar de días a semanas y después puede ir "
                    "desapareciendo. En ese mismo estudio, la mitad de las personas que "
                    "respondieron habían recaído en unos 18 días tras su última "
                    'infusión.<a href="#ref-5">[5]</a> Por eso algunas personas siguen con '
                    "<b>infusiones de mantenimiento</b> de vez en "
                    'cuando.<a href="#ref-6">[6]</a> Armamos su plan según cómo responda, y lo '
                    "repasamos con usted sobre la marcha.</p>"
                ),
            ),
            ("heading", {"text": "Cómo prepararse", "level": "h2"}),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Consejos para sus días de infusión",
                    "text": (
                        "<ul><li><b>Coma algo ligero</b> unas horas antes. Una comida pesada "
                        'puede dar más náuseas.<a href="#ref-3">[3]</a></li><li><b>Consiga '
                        "quien le lleve a casa.</b> No maneje, no ande en bicicleta ni use "
                        "máquinas el resto del día después de una infusión.</li><li><b>Lleve "
                        "un diario de su ánimo.</b> Unas líneas al día sobre su ánimo, su "
                        "sueño y su energía nos ayudan a ver qué cambia entre una sesión y "
                        "otra.</li><li><b>Siga con su terapia.</b> La ketamina es una parte de "
                        "su tratamiento, no lo reemplaza. Le animamos a seguir viendo a su "
                        "terapeuta, o le podemos ayudar a encontrar uno.</li><li><b>Traiga lo "
                        "que le ayude a relajarse,</b> como audífonos y música "
                        "tranquila.</li></ul>"
                    ),
                },
            ),
            ("heading", {"text": "Sus medicinas", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Siga tomando sus medicinas de siempre, a menos que el médico que se las "
                    "receta le diga otra cosa. Dejar algunas medicinas de golpe puede causar "
                    'problemas.<a href="#ref-7">[7]</a> Traiga a su evaluación una lista '
                    "completa de todo lo que toma, incluidos los suplementos.</p>"
                ),
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "sanacora_2017_consensus",
            "murrough_2013_two_site",
            "oxford_health_risks",
            "short_2018_side_effects",
            "murrough_2013_repeated",
            "mcintyre_2021_expert_opinion",
            "nimh_depression",
        ),
        "related": ["safety-and-side-effects", "cost-and-insurance", "faq"],
    },
    "types-of-ketamine-therapy": {
        "slug": "tipos-de-terapia-con-ketamina",
        "title": "Tipos de terapia con ketamina",
        "seo_title": "Tipos de terapia con ketamina: IV, aerosol nasal y más",
        "summary": (
            "La ketamina se puede dar por vía IV, en aerosol nasal, en inyección, por la boca o "
            "en crema. Así se diferencia cada forma, y por eso nuestras clínicas usan "
            "infusiones IV."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>La ketamina viene en varias formas, y no todas son iguales. La manera en "
                    "que la ketamina entra al cuerpo cambia cuánta llega a la sangre, qué tan "
                    "rápido actúa y con cuánta precisión se puede controlar la "
                    'dosis.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "Infusión IV", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Una infusión IV lleva la ketamina directo a una vena por un tubo "
                    "delgado, despacio, durante unos 40 minutos o más. Como entra directamente "
                    "a la sangre, toda la dosis llega al torrente sanguíneo, y el goteo se puede "
                    'hacer más lento o parar en cualquier momento.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La mayoría de los estudios sobre la ketamina para la depresión han "
                    'usado infusiones IV.<a href="#ref-2">[2]</a> Es el método más común en las '
                    "clínicas de ketamina, y es el tratamiento que ofrecemos en las cuatro "
                    "clínicas de Balance Ketamine.</p>"
                ),
            ),
            ("heading", {"text": "Aerosol nasal de esketamina (Spravato)", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La esketamina es un pariente químico cercano de la ketamina. Como "
                    "aerosol nasal, con el nombre de Spravato, la FDA la aprobó en 2019 para "
                    "adultos con depresión resistente al tratamiento, junto con un "
                    'antidepresivo que se toma por la boca.<a href="#ref-3">[3]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Spravato solo se puede dar en una clínica o consultorio médico "
                    "certificado. Usted mismo se lo aplica en la nariz mientras un profesional "
                    "de la salud le observa, y luego el personal le vigila por lo menos dos "
                    "horas antes de que pueda irse. No se lo puede llevar a "
                    'casa.<a href="#ref-3">[3]</a> Como está aprobado por la FDA, algunos '
                    "seguros médicos lo cubren.</p>"
                ),
            ),
            ("heading", {"text": "Inyección en un músculo", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La ketamina también se puede inyectar en un músculo, a menudo en la "
                    "parte de arriba del brazo. El cuerpo absorbe la mayor parte de la "
                    'dosis.<a href="#ref-1">[1]</a> La desventaja es el control: una vez '
                    "puesta la inyección, la dosis no se puede hacer más lenta ni parar, como "
                    "sí se puede con un goteo IV.</p>"
                ),
            ),
            ("heading", {"text": "Por la boca o debajo de la lengua", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Las tabletas, pastillas para chupar y líquidos son más baratos y fáciles "
                    'de tomar.<a href="#ref-4">[4]</a> Pero cuando usted traga ketamina, el '
                    "hígado deshace gran parte antes de que llegue al resto del "
                    'cuerpo.<a href="#ref-1">[1]</a> Solo pasa entre una quinta y una cuarta '
                    'parte de una dosis tragada.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Las formas que se disuelven debajo de la lengua se absorben un poco "
                    "mejor que las pastillas, pero aun así dan mucho menos que una "
                    'IV.<a href="#ref-1">[1]</a> Todavía hay pocos estudios sobre estas formas '
                    'para la depresión.<a href="#ref-4">[4]</a></p>'
                ),
            ),
            ("heading", {"text": "Cremas y geles", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Algunas farmacias mezclan ketamina en cremas o geles que se frotan en la "
                    "piel, sobre todo para algunos tipos de dolor de los "
                    'nervios.<a href="#ref-5">[5]</a> Las pruebas de que funcionan son '
                    'limitadas.<a href="#ref-6">[6]</a> No son un tratamiento para la '
                    "depresión.</p>"
                ),
            ),
            ("heading", {"text": "Una comparación rápida", "level": "h2"}),
            (
                "faq",
                {
                    "title": "¿Qué hace cada forma?",
                    "items": [
                        {
                            "question": "¿Qué forma tiene más estudios para la depresión?",
                            "answer": (
                                "<p>La infusión IV. La mayoría de los estudios clínicos de "
                                "ketamina para la depresión la "
                                'usaron.<a href="#ref-2">[2]</a></p>'
                            ),
                        },
                        {
                            "question": "¿Qué forma está aprobada por la FDA para la depresión?",
                            "answer": (
                                "<p>Solo el aerosol nasal de esketamina (Spravato), aprobado en "
                                "2019 para la depresión resistente al "
                                'tratamiento.<a href="#ref-3">[3]</a> La ketamina IV para la '
                                "depresión se usa fuera de "
                                'indicación.<a href="#ref-7">[7]</a></p>'
                            ),
                        },
                        {
                            "question": "¿Por qué no tomar simplemente una pastilla en casa?",
                            "answer": (
                                "<p>Llega menos dosis a la sangre, y es más difícil saber cuál "
                                "es la dosis "
                                'correcta.<a href="#ref-4">[4]</a><a href="#ref-1">[1]</a> '
                                "Además, en casa no hay nadie que le vigile durante el "
                                "tratamiento.</p>"
                            ),
                        },
                        {
                            "question": "¿Qué tipo ofrece Balance Ketamine?",
                            "answer": (
                                "<p>Infusiones IV en dosis bajas, administradas y vigiladas por "
                                "nuestro equipo médico en nuestras clínicas de Wicker Park, "
                                "Orland Park, Naperville y Palos Hills.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "¿Cuál es la mejor para usted?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La mejor opción depende de su salud, de los tratamientos que ha "
                    "probado, de su presupuesto y de lo que le quede cerca. En su consulta, "
                    "hablaremos con honestidad de las opciones, incluso de las que nosotros no "
                    "ofrecemos, y trabajaremos con su propio médico cuando eso ayude.</p>"
                ),
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "peltoniemi_2016_pharmacology",
            "mcintyre_2021_expert_opinion",
            "fda_2019_esketamine",
            "andrade_2019_oral",
            "sawynok_2014_topical",
            "topical_ketamine_2015",
            "sanacora_2017_consensus",
        ),
        "related": ["what-is-ketamine", "ketamine-infusion-process", "cost-and-insurance"],
    },
    "safety-and-side-effects": {
        "slug": "seguridad-y-efectos-secundarios",
        "title": "Seguridad y efectos secundarios de la ketamina",
        "seo_title": "Efectos secundarios y seguridad de la ketamina: lo que debe saber",
        "summary": (
            "La mayoría de los efectos secundarios de una infusión de ketamina duran poco. "
            "Conozca lo que puede sentir, los riesgos menos comunes, quién debe esperar o "
            "evitar la ketamina, y cómo le cuidamos."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Cualquier medicina que puede ayudar también puede causar efectos "
                    "secundarios. Aquí le contamos con honestidad lo que puede hacer la "
                    "ketamina, cómo vigilamos que no haya problemas y cuándo puede no ser "
                    "adecuada para usted.</p>"
                ),
            ),
            ("heading", {"text": "Efectos secundarios comunes", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La mayoría de los efectos secundarios aparecen durante la infusión o "
                    'poco después, y luego se pasan.<a href="#ref-1">[1]</a> Pueden '
                    "incluir:</p><ul><li>sentirse desconectado de su cuerpo o de lo que le "
                    "rodea (disociación)</li><li>mareo</li><li>sentirse como ebrio o "
                    "aturdido</li><li>cansancio, a menudo el resto del día</li><li>ver u "
                    "oír las cosas de otra manera</li><li>náuseas o "
                    "vómitos</li><li>ansiedad</li><li>dolor de cabeza</li><li>zumbido en los "
                    "oídos (tinnitus)</li><li>un moretón donde entró la vía IV</li><li>una "
                    "subida pasajera de la presión arterial o del ritmo "
                    "cardíaco</li><li>sueños muy vívidos</li></ul><p>Esta lista se basa en la "
                    "información para pacientes de un servicio especializado de ketamina del "
                    'NHS, el sistema de salud público británico.<a href="#ref-1">[1]</a> Una '
                    "revisión de estudios de investigación encontró un patrón "
                    'parecido.<a href="#ref-2">[2]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Los efectos secundarios suelen ser más fuertes con dosis más altas, "
                    'pero pueden cambiar de una visita a otra.<a href="#ref-1">[1]</a> Podemos '
                    "darle medicina para las náuseas, y podemos ajustar su "
                    'dosis.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "Si una infusión se siente demasiado intensa", "level": "h2"}),
            (
                "statistic",
                {
                    "figure": "1 de cada 10",
                    "label": (
                        "personas siente una infusión de ketamina como algo muy difícil. Al "
                        "parar la infusión, los efectos desagradables casi siempre se calman "
                        "en 15 minutos."
                    ),
                    "source_title": "Ketamine treatment service: risks and benefits",
                    "source_url": "https://www.oxfordhealth.nhs.uk/ketamine/risks-benefits/",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cerca de 1 de cada 10 personas pasa un momento muy difícil durante una "
                    'infusión.<a href="#ref-1">[1]</a> Si le pasa, díganoslo enseguida. Al '
                    "parar la infusión, los efectos desagradables casi siempre se calman en 15 "
                    'minutos.<a href="#ref-1">[1]</a> No le dejaremos solo mientras tanto.</p>'
                ),
            ),
            ("heading", {"text": "Cambios de ánimo después del tratamiento", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A veces, algunas personas se sienten más deprimidas o tienen más "
                    "pensamientos suicidas después de la ketamina. Esto puede durar hasta dos "
                    'semanas.<a href="#ref-1">[1]</a> Por favor, avise enseguida a su equipo '
                    "de atención si su ánimo baja o si piensa en hacerse daño. Algunas personas "
                    "que siguen con el tratamiento notan que empieza a ayudar después de una o "
                    "dos infusiones más, pero esa es una decisión que tomamos junto con "
                    'usted.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            CRISIS_CALLOUT,
            ("heading", {"text": "Cómo le cuidamos", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Antes del tratamiento, revisamos su historial de salud, sus medicinas y "
                    "su presión arterial. Durante cada infusión, vigilamos su presión arterial, "
                    "su ritmo cardíaco y su nivel de oxígeno, y un miembro de nuestro equipo "
                    'está con usted todo el tiempo.<a href="#ref-3">[3]</a><a href="#ref-4">'
                    "[4]</a> Después, usted descansa con nosotros hasta que se sienta "
                    "estable.</p>"
                ),
            ),
            ("heading", {"text": "Quién no debe recibir ketamina, o debe esperar", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Para algunas personas, los riesgos de la ketamina pesan más que los "
                    "posibles beneficios, por lo menos por ahora. Puede que tenga que evitarla, "
                    "o tratar primero el otro problema, si tiene:</p><ul><li>una enfermedad del "
                    "corazón que no se está tratando, o presión arterial alta que no está bajo "
                    "control</li><li>esquizofrenia u otra afección que cause "
                    'psicosis<a href="#ref-3">[3]</a></li></ul><p>Los expertos también '
                    "aconsejan cuidado con las personas que han tenido problemas de consumo de "
                    'sustancias.<a href="#ref-3">[3]</a> Por favor, cuéntenos de todas las '
                    "medicinas que toma, de cualquier problema pasado con drogas o alcohol, y "
                    "si está o podría estar embarazada. Esto no siempre descarta la ketamina, "
                    "pero cambia cómo planeamos su atención.</p>"
                ),
            ),
            ("heading", {"text": "¿La ketamina crea adicción?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La ketamina se puede usar mal. Se vende de forma ilegal como droga de "
                    'fiesta.<a href="#ref-5">[5]</a> Tomar dosis grandes y frecuentes fuera de '
                    'la atención médica puede llevar a la adicción.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>El tratamiento en una clínica es diferente. Usted recibe una dosis "
                    "medida, que le da nuestro personal, en un horario planeado, y nunca se "
                    "lleva ketamina a casa. Algunas personas notan que su depresión vuelve "
                    "cuando dejan el tratamiento. Eso es la enfermedad que regresa, no una "
                    'adicción, y es algo que planeamos juntos.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "Lo que todavía no sabemos", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La mayoría de los estudios sobre la ketamina para la depresión han "
                    "seguido a las personas durante semanas o meses, no años. Todavía no se "
                    "entienden bien los efectos a largo plazo del tratamiento "
                    'repetido.<a href="#ref-2">[2]</a><a href="#ref-3">[3]</a> Revisamos su '
                    "avance con regularidad y hablamos abiertamente con usted sobre si el "
                    "tratamiento todavía vale la pena.</p>"
                ),
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "oxford_health_risks",
            "short_2018_side_effects",
            "sanacora_2017_consensus",
            "mcintyre_2021_expert_opinion",
            "dea_ketamine_fact_sheet",
        ),
        "related": ["ketamine-infusion-process", "is-ketamine-therapy-right-for-me", "faq"],
    },
    "cost-and-insurance": {
        "slug": "costo-y-seguro",
        "title": "Costo de la terapia con ketamina y seguro médico",
        "seo_title": "Costo de la infusión de ketamina y seguro médico en Chicago",
        "summary": (
            "Cuánto suelen costar las infusiones de ketamina, cuánto cobramos en Balance "
            "Ketamine, y cómo funcionan el seguro médico, los recibos detallados (superbills) "
            "y la cobertura de Spravato."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>El costo importa, y usted merece cifras claras antes de empezar. Las "
                    "preocupaciones de dinero ya pesan bastante cuando uno está pasando por un "
                    "mal momento. Esto es lo que puede esperar.</p>"
                ),
            ),
            ("heading", {"text": "Cuánto suelen costar las infusiones de ketamina", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>En el área de Chicago, una infusión de ketamina IV suele costar entre "
                    "$400 y $700. Como el tratamiento casi siempre es una serie de infusiones y "
                    "no una sola, el total puede subir rápido.</p>"
                ),
            ),
            ("heading", {"text": "Nuestros precios", "level": "h2"}),
            (
                "paragraph",
                "<p>Queremos que el costo sea un obstáculo menor, así que nuestros precios son "
                "sencillos.</p>",
            ),
            (
                "price_list",
                {
                    "title": "Precios de Balance Ketamine",
                    "items": [
                        {
                            "item": "Primera consulta",
                            "price": "Gratis",
                            "note": (
                                "Una conversación sin presión sobre si la ketamina es para usted"
                            ),
                        },
                        {
                            "item": "Cuota de admisión",
                            "price": "$0",
                            "note": "No la cobramos, como parte de nuestra oferta actual",
                        },
                        {
                            "item": "Infusión de ketamina (45 minutos)",
                            "price": "$275",
                            "note": "Por infusión, con la vigilancia y el tiempo de recuperación",
                        },
                        {
                            "item": "Paquetes y planes de mantenimiento",
                            "price": "Pregúntenos",
                            "note": (
                                "Opciones para una serie de infusiones o para el cuidado continuo"
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>En su consulta repasaremos el costo total del plan que le recomendamos, "
                    "antes de que se comprometa a nada.</p>"
                ),
            ),
            ("heading", {"text": "Lo que paga con su cuota", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Una infusión es más que la medicina. Cada visita incluye una revisión "
                    "de su salud antes de empezar, una sala de infusión cómoda, la vigilancia "
                    "de su presión arterial, su ritmo cardíaco y su nivel de oxígeno todo el "
                    "tiempo, un miembro del equipo a su lado en todo momento, y descanso "
                    "después hasta que se sienta estable. Entre visitas, le preguntamos cómo "
                    "va y ajustamos su plan.</p>"
                ),
            ),
            ("heading", {"text": "Planear una serie", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Como la mayoría de las personas necesita más de una infusión, ayuda "
                    "planear con tiempo. Pregúntenos por los paquetes para una primera serie y "
                    "por los planes de mantenimiento, por si más adelante necesita infusiones "
                    "de refuerzo. También podemos espaciar las visitas de una forma que se "
                    "ajuste a su presupuesto y a sus necesidades médicas, y le diremos con "
                    "honestidad si creemos que no vale la pena seguir con el tratamiento.</p>"
                ),
            ),
            ("heading", {"text": "¿El seguro médico cubre la ketamina?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Para las infusiones IV, casi nunca. La ketamina está aprobada como "
                    "anestésico, pero usarla para la depresión es un uso fuera de "
                    'indicación.<a href="#ref-1">[1]</a> Esa es una de las razones por las que '
                    "la mayoría de los seguros todavía no pagan las infusiones de ketamina.</p>"
                ),
            ),
            ("heading", {"text": "Reclamos fuera de la red", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Algunos planes le devuelven parte del costo como servicio fuera de la "
                    "red. Después de cada visita, le podemos dar un recibo detallado, que "
                    "muchas veces se llama <b>superbill</b>, con los datos que los seguros "
                    "suelen pedir. Usted mismo lo envía a su seguro. No podemos prometer que su "
                    "plan pague, así que vale la pena llamarles antes.</p>"
                ),
            ),
            ("heading", {"text": "Spravato (esketamina)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>El aerosol nasal de esketamina está aprobado por la FDA para la "
                    'depresión resistente al tratamiento.<a href="#ref-2">[2]</a> Por eso, '
                    "algunos seguros sí lo cubren. Si le interesa, pregunte a su seguro y a su "
                    "médico, y podemos hablar de cómo se compara con la ketamina IV.</p>"
                ),
            ),
            ("heading", {"text": "Preguntas para su seguro médico", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>¿Tengo beneficios fuera de la red para la atención ambulatoria de "
                    "salud mental?</li><li>¿Hay un deducible que tengo que pagar "
                    "primero?</li><li>¿Qué datos necesitan en un superbill?</li><li>¿Cubren "
                    "Spravato, y hace falta una aprobación previa?</li><li>¿Puedo usar mi "
                    "cuenta de ahorros para la salud (HSA) o mi cuenta de gastos flexibles "
                    "(FSA) para este tratamiento?</li></ul>"
                ),
            ),
            ("heading", {"text": "Preguntas comunes sobre el costo", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "¿Tengo que pagar la primera consulta?",
                            "answer": "<p>No. Su primera consulta es gratis.</p>",
                        },
                        {
                            "question": "¿Cuántas infusiones voy a pagar?",
                            "answer": (
                                "<p>La mayoría de las personas empieza con varias infusiones "
                                "repartidas en unas semanas, y algunas reciben más adelante "
                                'infusiones de mantenimiento.<a href="#ref-3">[3]</a> Su plan '
                                "depende de cómo responda, así que hablaremos de los costos en "
                                "cada etapa.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si la ketamina no me está ayudando?",
                            "answer": (
                                "<p>No todas las personas responden a la "
                                'ketamina.<a href="#ref-3">[3]</a> Si no ha notado ningún '
                                "beneficio después de sus primeras infusiones, hablaremos con "
                                "usted con honestidad sobre si seguir o no.</p>"
                            ),
                        },
                    ],
                },
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "sanacora_2017_consensus",
            "fda_2019_esketamine",
            "mcintyre_2021_expert_opinion",
        ),
        "related": [
            "types-of-ketamine-therapy",
            "ketamine-infusion-process",
            "is-ketamine-therapy-right-for-me",
        ],
    },
    "faq": {
        "slug": "preguntas-frecuentes",
        "title": "Preguntas frecuentes sobre la terapia con ketamina",
        "seo_title": "Preguntas frecuentes sobre la terapia con ketamina",
        "summary": (
            "Respuestas claras a preguntas comunes sobre la ketamina para la depresión: qué es, "
            "en qué se diferencia de los antidepresivos, su seguridad, cuánto dura el efecto, "
            "el costo y su visita."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Aquí están las respuestas a las preguntas que más escuchamos. Si la suya "
                    "no está aquí, pregúntenos. Ninguna pregunta es demasiado pequeña.</p>"
                ),
            ),
            ("heading", {"text": "Sobre la ketamina", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "¿Para qué se usa la ketamina hoy?",
                            "answer": (
                                "<p>La ketamina se sigue usando mucho como anestésico y para "
                                'aliviar el dolor.<a href="#ref-1">[1]</a> En dosis bajas, '
                                "también se usa para tratar la depresión que no ha mejorado con "
                                'otros tratamientos.<a href="#ref-2">[2]</a> Los investigadores '
                                "también la estudian para otras afecciones, como el "
                                'TEPT.<a href="#ref-1">[1]</a></p>'
                            ),
                        },
                        {
                            "question": "¿En qué se diferencia la ketamina de los antidepresivos?",
                            "answer": (
                                "<p>La mayoría de los antidepresivos actúan sobre todo en la "
                                "serotonina y otras sustancias parecidas del cerebro. La "
                                "ketamina, en cambio, actúa sobre el sistema del "
                                'glutamato.<a href="#ref-3">[3]</a> Los antidepresivos a menudo '
                                'tardan semanas en ayudar.<a href="#ref-4">[4]</a> En algunas '
                                "personas, la ketamina puede aliviar los síntomas en horas o "
                                'días.<a href="#ref-5">[5]</a></p>'
                            ),
                        },
                        {
                            "question": "¿La ketamina está aprobada para la depresión?",
                            "answer": (
                                "<p>La FDA aprobó en 2019 el aerosol nasal de esketamina "
                                "(Spravato) para la depresión resistente al "
                                'tratamiento.<a href="#ref-6">[6]</a> La ketamina IV, que es la '
                                "que ofrecemos, se usa fuera de indicación para la "
                                'depresión.<a href="#ref-7">[7]</a></p>'
                            ),
                        },
                        {
                            "question": "¿La ketamina es segura?",
                            "answer": (
                                "<p>La mayoría de los efectos secundarios son breves y se pasan "
                                'poco después de la infusión.<a href="#ref-8">[8]</a> Por eso '
                                "importa tanto una evaluación cuidadosa y la vigilancia durante "
                                'cada infusión.<a href="#ref-7">[7]</a> La ketamina no está '
                                "libre de riesgos, y todavía hay pocos datos sobre su uso a "
                                'largo plazo.<a href="#ref-9">[9]</a> Nuestra página sobre '
                                "seguridad y efectos secundarios tiene los detalles.</p>"
                            ),
                        },
                        {
                            "question": "¿La ketamina puede ayudar con los pensamientos suicidas?",
                            "answer": (
                                "<p>En los estudios, una sola infusión redujo los pensamientos "
                                "suicidas en un día para muchas "
                                'personas.<a href="#ref-10">[10]</a> Pero la ketamina no es un '
                                "tratamiento de emergencia. Si está en crisis, llame al 988 y "
                                "marque 2, o envíe AYUDA por mensaje de texto al 988; en una "
                                "emergencia, llame al 911.</p>"
                            ),
                        },
                    ],
                },
            ),
            CRISIS_CALLOUT,
            ("heading", {"text": "Sobre su tratamiento", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "¿Cuánto duran los efectos?",
                            "answer": (
                                "<p>Cambia de una persona a otra. Para muchas personas, el "
                                "beneficio de una serie dura entre unos pocos días y varias "
                                'semanas.<a href="#ref-11">[11]</a> Algunas infusiones de '
                                "refuerzo de vez en cuando ayudan a algunas personas a "
                                'mantener el beneficio por más tiempo.<a href="#ref-2">[2]</a>'
                                "</p>"
                            ),
                        },
                        {
                            "question": "¿Cuántas infusiones voy a necesitar?",
                            "answer": (
                                "<p>La mayoría de las personas empieza con varias infusiones "
                                "repartidas en unas semanas. En un estudio, las personas "
                                "recibieron hasta seis infusiones en unas dos "
                                'semanas.<a href="#ref-11">[11]</a> Ajustamos su plan según '
                                "cómo responda.</p>"
                            ),
                        },
                        {
                            "question": "¿Voy a estar despierto?",
                            "answer": (
                                "<p>Sí. La dosis es mucho más baja que la que se usa para una "
                                "cirugía. Usted sigue despierto, aunque puede sentirse "
                                "desconectado o como en un sueño por un "
                                'rato.<a href="#ref-8">[8]</a></p>'
                            ),
                        },
                        {
                            "question": "¿Puedo manejar de regreso a casa?",
                            "answer": (
                                "<p>No. Por favor, pida a alguien que le lleve, o use un taxi o "
                                "un servicio de transporte por aplicación. No maneje el resto "
                                "del día después de una infusión.</p>"
                            ),
                        },
                        {
                            "question": "¿Puedo venir con alguien?",
                            "answer": (
                                "<p>Sí. Un amigo o un familiar puede acompañarle, y puede "
                                "llevarle a casa después.</p>"
                            ),
                        },
                        {
                            "question": "¿Debo dejar de tomar mis antidepresivos?",
                            "answer": (
                                "<p>No. Nunca deje ni cambie una medicina por su cuenta. "
                                "Dejarla de golpe puede causar síntomas desagradables o hacer "
                                'que vuelva la depresión.<a href="#ref-4">[4]</a> Cualquier '
                                "cambio se debe planear con el médico que se la receta. Con "
                                "gusto trabajamos junto con su médico.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "El costo y cómo elegir una clínica", "level": "h2"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {
                            "question": "¿Cuánto cuesta una infusión?",
                            "answer": (
                                "<p>En Balance Ketamine, una infusión de unos 45 minutos cuesta "
                                "$275, y por ahora no cobramos la cuota de admisión. Su primera "
                                "consulta es gratis.</p>"
                            ),
                        },
                        {
                            "question": "¿El seguro médico paga las infusiones de ketamina?",
                            "answer": (
                                "<p>Casi nunca, porque la ketamina IV se usa fuera de indicación "
                                'para la depresión.<a href="#ref-7">[7]</a> Le podemos dar un '
                                "recibo detallado (superbill) para que lo envíe a su seguro y "
                                "pida un posible reembolso fuera de la red. El aerosol nasal de "
                                "esketamina está aprobado por la FDA, así que algunos planes lo "
                                'cubren.<a href="#ref-6">[6]</a></p>'
                            ),
                        },
                        {
                            "question": "¿Por qué elegir Balance Ketamine?",
                            "answer": (
                                "<p>Nuestro equipo médico reúne formación en psiquiatría y en "
                                "anestesiología. Le evaluamos con cuidado, le vigilamos durante "
                                "toda la infusión y nos quedamos con usted hasta que esté listo "
                                "para irse a casa. Nuestros precios son claros, trabajamos con "
                                "su propio médico y su terapeuta, y tenemos cuatro clínicas en "
                                "el área de Chicago: Wicker Park, Orland Park, Naperville y "
                                "Palos Hills.</p>"
                            ),
                        },
                    ],
                },
            ),
            BOOKING_CALL_TO_ACTION,
        ],
        "references": cite(
            "li_2016_fifty_years",
            "mcintyre_2021_expert_opinion",
            "duman_2012_synaptic",
            "nimh_depression",
            "zarate_2006_trial",
            "fda_2019_esketamine",
            "sanacora_2017_consensus",
            "oxford_health_risks",
            "short_2018_side_effects",
            "wilkinson_2018_suicidal_ideation",
            "murrough_2013_repeated",
        ),
        "related": [
            "what-is-ketamine",
            "safety-and-side-effects",
            "cost-and-insurance",
            "ketamine-infusion-process",
        ],
    },
    "is-ketamine-therapy-right-for-me": {
        "slug": "es-la-ketamina-adecuada-para-mi",
        "title": "¿Es la terapia con ketamina adecuada para mí?",
        "seo_title": "¿Es la terapia con ketamina adecuada para mí?",
        "summary": (
            "La ketamina no es un primer paso ni una cura, pero puede ayudar cuando otros "
            "tratamientos no han funcionado. Sepa a quién puede beneficiar, quién debe esperar "
            "y qué preguntarle a su médico."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Decidirse por un tratamiento nuevo es un gran paso, sobre todo cuando "
                    "está agotado de probar cosas que no han funcionado. Esta guía le puede "
                    "ayudar a pensarlo. No reemplaza una conversación con su médico.</p>"
                ),
            ),
            ("heading", {"text": "Casi nunca es el primer paso", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La ketamina casi nunca es lo primero que un médico sugiere para la "
                    "depresión. Suele aparecer más tarde, cuando ya se han probado bien los "
                    "tratamientos comunes, como los antidepresivos y la terapia de "
                    'conversación.<a href="#ref-1">[1]</a> La mayoría de los estudios se han '
                    "hecho con personas con depresión resistente al "
                    'tratamiento.<a href="#ref-1">[1]</a></p>'
                ),
            ),
            ("heading", {"text": "Puede ser un buen candidato si", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>le han diagnosticado depresión mayor</li><li>ha probado por lo "
                    "menos dos antidepresivos, en la dosis correcta y durante el tiempo "
                    'necesario, sin suficiente alivio<a href="#ref-2">[2]</a></li><li>la '
                    "depresión le está afectando el trabajo, las relaciones o la vida "
                    "diaria</li><li>su salud física es lo bastante estable para una "
                    "infusión</li><li>quiere probar la ketamina, y la elige usted "
                    "mismo</li></ul>"
                ),
            ),
            ("heading", {"text": "Cuándo la ketamina puede no ser adecuada", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La ketamina puede no ser segura, o puede que tenga que esperar, si "
                    "tiene una enfermedad del corazón que no se está tratando, presión arterial "
                    "alta que no está bajo control, o antecedentes de psicosis, como la "
                    'esquizofrenia.<a href="#ref-3">[3]</a> Si ha tenido problemas de consumo '
                    "de sustancias, también hay que hablarlo "
                    'abiertamente.<a href="#ref-3">[3]</a> Nuestra página sobre seguridad y '
                    "efectos secundarios explica más.</p>"
                ),
            ),
            ("heading", {"text": "Estar listo importa", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Una infusión puede traer sensaciones raras, como sentirse desconectado "
                    'de su cuerpo.<a href="#ref-4">[4]</a> Ayuda llegar informado y con ganas. '
                    "Según nuestra experiencia, quienes eligen la ketamina por sí mismos suelen "
                    "sacarle más provecho que quienes vienen sobre todo porque otra persona "
                    "les presionó.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Si un ser querido le sugirió la ketamina, está bien. Tómese el tiempo "
                    "de aprender sobre ella, haga sus preguntas y haga suya la decisión.</p>"
                ),
            ),
            ("heading", {"text": "Pensar en el costo", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Para muchas personas, el costo es un obstáculo real. El seguro médico "
                    "casi nunca cubre la ketamina IV, y el tratamiento suele ser una serie de "
                    "infusiones. En Balance Ketamine, una infusión cuesta $275 y no cobramos la "
                    "cuota de admisión. Nuestra página sobre el costo y el seguro médico tiene "
                    "los detalles.</p>"
                ),
            ),
            ("heading", {"text": "Lo que la ketamina puede hacer y lo que no", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La ketamina no es una cura. Los resultados varían: algunas personas se "
                    "sienten mucho mejor, otras un poco mejor, y otras no notan "
                    'nada.<a href="#ref-1">[1]</a> Cuando sí ayuda, el beneficio suele ir '
                    "desapareciendo con el tiempo, así que muchas personas necesitan atención "
                    'continua.<a href="#ref-5">[5]</a></p>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Vemos la ketamina como una parte de un plan más amplio. Ese plan suele "
                    "incluir terapia, sus medicinas de siempre, el apoyo de personas de "
                    "confianza y rutinas diarias que le ayuden a sentirse estable.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "La ketamina no es un atajo que evita el trabajo difícil de la "
                        "recuperación. Para algunas personas, puede hacer que ese trabajo "
                        "vuelva a parecer posible."
                    ),
                    "attribution": "El equipo de atención de Balance Ketamine",
                },
            ),
            ("heading", {"text": "Preguntas para su médico", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>¿Mi historial encaja con las razones habituales para probar la "
                    "ketamina?</li><li>¿Hay otras opciones que todavía no he probado, como "
                    "otra medicina, la EMTr o la TEC?</li><li>¿Mi corazón y mi presión "
                    "arterial están lo bastante sanos para la ketamina?</li><li>¿Debo seguir "
                    "tomando mis medicinas actuales durante el tratamiento?</li><li>¿Cómo "
                    "sabremos si está funcionando, y cuándo debemos parar?</li></ul>"
                ),
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Háblelo con nosotros",
                    "text": (
                        "Una consulta gratis es una oportunidad para hacer preguntas y recibir "
                        "una opinión honesta, sin presión para empezar el tratamiento."
                    ),
                    "button_text": "Pida una consulta gratis",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
        "references": cite(
            "mcintyre_2021_expert_opinion",
            "mcintyre_2023_trd",
            "sanacora_2017_consensus",
            "oxford_health_risks",
            "murrough_2013_repeated",
        ),
        "related": [
            "treatment-resistant-depression",
            "safety-and-side-effects",
            "cost-and-insurance",
            "faq",
        ],
    },
}
