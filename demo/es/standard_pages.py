"""The standard pages in Spanish (``STANDARD_PAGES`` of demo/standard_pages.py), keyed by the
English page's slug: about, privacy policy, medical disclaimer and accessibility statement.

The privacy policy says what the English one says about how the website behaves; change both
together. Text in [square brackets] marks facts only the clinic can supply.
"""

BOOK = "/es/pedir-una-consulta/"

CRISIS_CALLOUT = (
    "callout",
    {
        "kind": "crisis",
        "title": "¿Está en crisis? Pida ayuda ahora",
        "text": (
            "<p>Llame al <b>988</b> y marque 2, o envíe AYUDA por mensaje de texto al 988, para "
            "hablar con la Línea 988 de Prevención del Suicidio y Crisis a cualquier hora del "
            'día o de la noche, o chatee en <a href="https://988lifeline.org/">988lifeline.org'
            "</a>. En una emergencia, llame al <b>911</b> o vaya a la sala de emergencias más "
            "cercana.</p>"
            "<p>Balance Ketamine no es un servicio de emergencias y no puede ayudar en una "
            "crisis.</p>"
        ),
    },
)

STANDARD_PAGES = {
    "about": {
        "slug": "quienes-somos",
        "title": "Quiénes somos en Balance Ketamine",
        "summary": (
            "Balance Ketamine ofrece infusiones de ketamina en dosis bajas en cuatro clínicas "
            "del área de Chicago, con profesionales con licencia, salas de infusión con "
            "vigilancia y atención que sigue después de cada visita."
        ),
        "body": [
            ("heading", {"text": "Quiénes somos", "level": "h2"}),
            (
                "paragraph",
                "<p>Balance Ketamine es una clínica de infusiones de ketamina con cuatro sedes "
                "en el área de Chicago. Nuestros profesionales con licencia tienen formación en "
                "psiquiatría y en anestesiología. Eso quiere decir que las personas que le "
                "atienden entienden tanto su salud mental como su seguridad física durante el "
                "tratamiento.</p>"
                "<p>Muchas de las personas que vienen a vernos han probado varios tratamientos "
                "para la depresión, la ansiedad o el TEPT sin suficiente alivio. Algunas llegan "
                "cansadas y desanimadas. Tratamos de que cada visita sea tranquila, clara y sin "
                "prisas, y respondemos las preguntas con palabras sencillas.</p>",
            ),
            ("heading", {"text": "Cómo le cuidamos", "level": "h2"}),
            (
                "steps",
                {
                    "title": "",
                    "steps": [
                        {
                            "title": "Un plan hecho para usted",
                            "text": (
                                "<p>Empezamos por conocer su historial médico y de salud "
                                "mental, su tratamiento actual y sus metas. Su plan de atención "
                                "se arma a partir de ahí, no de un modelo fijo.</p>"
                            ),
                        },
                        {
                            "title": "Salas cómodas y vigiladas",
                            "text": (
                                "<p>Las infusiones se hacen en salas preparadas para su "
                                "comodidad y su seguridad. Un profesional capacitado vigila su "
                                "presión arterial, su ritmo cardíaco y su respiración todo el "
                                "tiempo.</p>"
                            ),
                        },
                        {
                            "title": "Atención después de la infusión",
                            "text": (
                                "<p>Usted descansa antes de irse, y se va a casa con un plan "
                                "para los días siguientes. Le damos seguimiento con el tiempo y "
                                "le ayudamos a llevar a su terapia lo que va notando.</p>"
                            ),
                        },
                        {
                            "title": "Trabajamos con su equipo",
                            "text": (
                                "<p>Con su permiso, mantenemos al día a su médico, su "
                                "psiquiatra o su terapeuta. La ketamina es una parte de su "
                                "atención, no la reemplaza.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Nuestras clínicas", "level": "h2"}),
            (
                "paragraph",
                "<p>Tenemos clínicas en Wicker Park (Chicago), Orland Park, Naperville y Palos "
                "Hills. Nuestra clínica de Wicker Park está en 1601 W Division St, Chicago, IL "
                "60622. Puede llamarnos al (312) 555-1234.</p>",
            ),
            ("heading", {"text": "Precios claros", "level": "h2"}),
            (
                "price_list",
                {
                    "title": "",
                    "items": [
                        {
                            "item": "Primera consulta",
                            "price": "Gratis",
                            "note": "Una conversación sobre su historial y sus preguntas",
                        },
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
                "<p>En el mercado en general, una infusión suele costar de $400 a $700. El "
                "seguro médico casi nunca cubre todavía la ketamina IV, pero le podemos dar "
                "documentos para enviar a su seguro y pedir un reembolso fuera de la red. "
                "Pregúntenos por los paquetes y los planes de mantenimiento.</p>",
            ),
            CRISIS_CALLOUT,
            (
                "call_to_action",
                {
                    "title": "Empiece con una conversación",
                    "text": "Su primera consulta es gratis, y no le compromete a nada.",
                    "button_text": "Pida una consulta gratis",
                    "page": BOOK,
                    "link_url": "",
                },
            ),
        ],
    },
    "privacy-policy": {
        "slug": "politica-de-privacidad",
        "title": "Política de privacidad",
        "summary": (
            "Qué datos recoge este sitio web, cuáles no, cuánto tiempo los guardamos y cómo "
            "pedir una copia de su información o que la borremos."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Un punto de partida, para revisión legal",
                    "text": (
                        "<p>Esta política describe cómo funciona hoy este sitio web. Es un "
                        "punto de partida que el abogado de la clínica debe revisar antes de "
                        "publicar el sitio.</p>"
                        "<p>[Texto provisional: nombre legal de la clínica y fecha de "
                        "vigencia]</p>"
                    ),
                },
            ),
            ("heading", {"text": "En pocas palabras", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>No usamos servicios externos de análisis, publicidad ni píxeles de "
                "seguimiento. Nuestro propio servidor cuenta cuántas veces se lee cada página, "
                "sin saber quién la leyó.</li>"
                "<li>Nuestras páginas no cargan nada de otros sitios web: ni programas, ni "
                "fuentes tipográficas, ni mapas.</li>"
                "<li>Los visitantes comunes no reciben ninguna cookie.</li>"
                "<li>Si nos envía una solicitud de consulta, guardamos lo que escribió durante "
                "90 días, y luego lo borramos.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Quiénes somos", "level": "h2"}),
            (
                "paragraph",
                "<p>Este sitio web es de Balance Ketamine, operado por [Texto provisional: "
                "nombre legal de la clínica]. Esta política entra en vigor el [Texto "
                "provisional: fecha de vigencia].</p>",
            ),
            ("heading", {"text": "Cookies", "level": "h2"}),
            (
                "paragraph",
                "<p>Si solo lee nuestras páginas, no ponemos ninguna cookie.</p>"
                "<p>Ponemos una pequeña cookie de seguridad cuando usa el formulario para pedir "
                "una consulta. Protege el formulario contra envíos falsos (esto se llama "
                "protección CSRF). No se usa para seguirle.</p>"
                "<p>El personal de la clínica que inicia sesión para administrar el sitio web "
                "recibe una cookie de sesión. Los visitantes nunca la reciben.</p>",
            ),
            ("heading", {"text": "El formulario para pedir una consulta", "level": "h2"}),
            (
                "paragraph",
                "<p>Cuando envía el formulario, lo que escribe se guarda en la base de datos "
                "de la propia clínica. No se envía a ningún servicio externo.</p>"
                "<p>Nuestro personal recibe un correo electrónico que avisa que llegó una "
                "solicitud nueva. Ese correo nunca contiene lo que usted escribió. El personal "
                "lee su solicitud iniciando sesión en el sitio web.</p>"
                "<p>Las solicitudes se borran automáticamente 90 días después de llegar.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Por favor, no ponga detalles médicos en el formulario",
                    "text": (
                        "<p>Comparta solo lo que necesitamos para comunicarnos con usted. "
                        "Hablaremos de su salud en persona o por teléfono.</p>"
                    ),
                },
            ),
            ("heading", {"text": "El botón «usar mi ubicación»", "level": "h2"}),
            (
                "paragraph",
                "<p>En nuestra página de clínicas puede pedirle a su navegador que encuentre "
                "la clínica más cercana. Si lo permite, su navegador compara su posición con "
                "las direcciones de nuestras clínicas en su propio dispositivo. Su ubicación no "
                "se nos envía ni a nosotros ni a nadie más.</p>",
            ),
            ("heading", {"text": "Estadísticas de visitas", "level": "h2"}),
            (
                "paragraph",
                "<p>Para saber qué páginas ayudan a las personas, nuestro propio servidor "
                "cuenta, cada día:</p>"
                "<ul>"
                "<li>cuántas veces se leyó cada página;</li>"
                "<li>el nombre del sitio web que trajo a un visitante aquí, como un buscador "
                "(solo su nombre, nunca la página en la que usted estaba);</li>"
                "<li>cuántas veces se abrió y se envió el formulario de consulta, para cada "
                "clínica;</li>"
                "<li>las palabras que se escriben en el buscador de nuestro sitio, que el "
                "personal solo ve cuando las mismas palabras se buscaron por lo menos cinco "
                "veces ese día. Las búsquedas menos frecuentes se borran al final del día.</li>"
                "</ul>"
                "<p>Son solo totales. No guardamos su dirección IP, su navegador o su "
                "dispositivo, una cookie, ni nada más que pueda decirnos quién es usted o unir "
                "una página que leyó con otra. No se envía nada a otra empresa. Las visitas de "
                "los buscadores y de otros programas automáticos no se cuentan. Después de 25 "
                "meses, los totales diarios se juntan en totales mensuales.</p>",
            ),
            ("heading", {"text": "Registros del servidor", "level": "h2"}),
            (
                "paragraph",
                "<p>Nuestro servidor web guarda un registro de las solicitudes al sitio, que "
                "incluye direcciones IP. Guardamos estos registros solo por poco tiempo, y solo "
                "para proteger el sitio contra ataques y abusos.</p>",
            ),
            ("heading", {"text": "Enlaces a otros sitios web", "level": "h2"}),
            (
                "paragraph",
                "<p>Algunas páginas tienen enlaces a otros sitios, como la Línea 988 o páginas "
                "de salud del gobierno. Cuando sigue esos enlaces, se aplica la política de "
                "privacidad del otro sitio.</p>",
            ),
            ("heading", {"text": "Sus opciones", "level": "h2"}),
            (
                "paragraph",
                "<p>Puede pedir una copia de la información que nos envió por este sitio web, "
                "o pedirnos que la borremos antes. Llámenos al (312) 555-1234 o escriba a "
                "privacy@example.com [Texto provisional: el personal debe cambiar esta "
                "dirección]. Puede que tengamos que confirmar quién es usted antes de atender "
                "su pedido.</p>"
                "<p>Si se hace paciente, su expediente médico está separado de este sitio web "
                "y lo cubre [Texto provisional: enlace al aviso de prácticas de privacidad de "
                "la clínica].</p>",
            ),
            ("heading", {"text": "Cambios a esta política", "level": "h2"}),
            (
                "paragraph",
                "<p>Si cambia la manera en que este sitio web maneja la información, "
                "actualizaremos esta página y su fecha de vigencia.</p>",
            ),
        ],
    },
    "medical-disclaimer": {
        "slug": "aviso-medico",
        "title": "Aviso médico",
        "summary": (
            "La información de este sitio web es educación general, no un consejo médico. "
            "Hable con su propio médico antes de hacer cualquier cambio en su atención."
        ),
        "body": [
            CRISIS_CALLOUT,
            ("heading", {"text": "Información, no consejo médico", "level": "h2"}),
            (
                "paragraph",
                "<p>Este sitio web comparte información general sobre la salud mental y el "
                "tratamiento con ketamina. No es un consejo médico, y no puede diagnosticar ni "
                "tratar ninguna afección.</p>"
                "<p>Leer este sitio, o enviarnos una solicitud de consulta, no le hace nuestro "
                "paciente. Solo una evaluación completa con uno de nuestros profesionales puede "
                "decir si un tratamiento es adecuado para usted.</p>",
            ),
            ("heading", {"text": "Su propio médico va primero", "level": "h2"}),
            (
                "paragraph",
                "<p>Nada de lo que hay aquí reemplaza el consejo de su médico, su psiquiatra o "
                "su terapeuta. Por favor, lléveles sus preguntas a ellos, y a nosotros, en "
                "lugar de guiarse por lo que lee en internet.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Nunca deje una medicina por su cuenta",
                    "text": (
                        "<p>No deje, empiece ni cambie ninguna medicina sin hablar con la "
                        "persona que se la receta. Dejar algunas medicinas de golpe le puede "
                        "hacer sentir mal ("
                        '<a href="https://www.nimh.nih.gov/health/topics/depression">NIMH</a>'
                        ").</p>"
                    ),
                },
            ),
            ("heading", {"text": "Los resultados varían", "level": "h2"}),
            (
                "paragraph",
                "<p>Cada persona responde de manera distinta al tratamiento. Algunas personas "
                "se sienten mejor después de la ketamina; otras notan pocos cambios. Las "
                "historias y las cifras de este sitio describen lo que otras personas han "
                "vivido o lo que encontraron los estudios. No son una promesa de lo que le "
                "pasará a usted.</p>",
            ),
            ("heading", {"text": "Sobre el uso fuera de indicación", "level": "h2"}),
            (
                "paragraph",
                "<p>La Administración de Alimentos y Medicamentos de los Estados Unidos (FDA) "
                "aprobó la ketamina como anestésico. Usar la ketamina IV para tratar la "
                "depresión es un uso fuera de indicación (off-label), es decir, que la FDA no "
                "la ha aprobado para ese fin "
                '(<a href="https://jamanetwork.com/journals/jamapsychiatry/article-abstract/'
                '2605202">JAMA Psychiatry, 2017</a>). Una medicina parecida, el aerosol nasal '
                "de esketamina, está aprobada por la FDA para la depresión resistente al "
                "tratamiento "
                '(<a href="https://www.fda.gov/news-events/press-announcements/'
                "fda-approves-new-nasal-spray-medication-treatment-resistant-depression-"
                'available-only-certified">FDA, 2019</a>).</p>'
                "<p>Para usted, esto quiere decir que las pruebas todavía están creciendo. "
                "Siempre le explicaremos lo que se sabe y lo que no.</p>",
            ),
        ],
    },
    "accessibility": {
        "slug": "accesibilidad",
        "title": "Accesibilidad",
        "summary": (
            "Nuestro compromiso con un sitio web que todos puedan usar, lo que hemos hecho "
            "para cumplir con las pautas WCAG 2.2 en el nivel AA, y cómo avisarnos de un "
            "problema."
        ),
        "body": [
            ("heading", {"text": "Nuestro compromiso", "level": "h2"}),
            (
                "paragraph",
                "<p>Todas las personas deben poder encontrar información sobre su atención, "
                "sin importar qué dispositivo usen ni cómo lo usen. Queremos que este sitio "
                "web cumpla con las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 "
                "en el nivel AA.</p>",
            ),
            ("heading", {"text": "Lo que hemos hecho", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Cada página se revisa automáticamente con el motor de accesibilidad "
                "axe-core, en un navegador real, en pantallas del ancho de un teléfono y de "
                "una computadora.</li>"
                "<li>Probamos los recorridos principales, como encontrar una clínica y pedir "
                "una consulta, usando solo el teclado.</li>"
                "<li>Las páginas funcionan sin JavaScript.</li>"
                "<li>Las páginas funcionan en pantallas de apenas 320 píxeles de ancho, sin "
                "tener que desplazarse hacia los lados.</li>"
                "<li>El sitio sigue el modo oscuro de su dispositivo.</li>"
                "<li>Si ha pedido a su dispositivo que reduzca el movimiento, el sitio lo "
                "respeta.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Limitaciones conocidas", "level": "h2"}),
            (
                "paragraph",
                "<p>No sabemos de ningún problema de accesibilidad en este momento. Si "
                "encuentra uno, por favor díganoslo para que podamos arreglarlo.</p>",
            ),
            ("heading", {"text": "Avísenos de un problema", "level": "h2"}),
            (
                "paragraph",
                "<p>Si algo de este sitio es difícil de usar, o necesita información en otro "
                "formato, por favor comuníquese con nosotros:</p>"
                "<ul>"
                "<li>Teléfono: (312) 555-1234</li>"
                "<li>Correo electrónico: accessibility@example.com [Texto provisional: el "
                "personal debe cambiar esta dirección]</li>"
                "</ul>"
                "<p>Por favor, díganos en qué página estaba y qué salió mal. Le responderemos "
                "lo antes posible.</p>",
            ),
        ],
    },
}
