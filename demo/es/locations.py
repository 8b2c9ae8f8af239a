"""The locations index and the four clinic pages in Spanish (``INDEX``, ``LOCATIONS`` and
``COMMON`` of demo/locations.py).

The clinics keep their English slugs, which are their place names: /es/ubicaciones/naperville/.
What the English copy marks as a placeholder is one here too, in Spanish.
"""

PLACEHOLDER_STREET = "[Texto provisional: dirección de la clínica]"
PLACEHOLDER_HOURS_NOTE = (
    "El horario que se muestra es provisional hasta que la clínica lo confirme. Por favor, "
    "llame antes de venir."
)

INDEX = {
    "title": "Nuestras clínicas",
    "slug": "ubicaciones",
    "show_in_menus": True,
    "intro": (
        "<p>Tenemos cuatro clínicas en el área de Chicago. Escriba su código postal (ZIP) para "
        "ver cuál le queda más cerca, o llámenos y le ayudamos a elegir.</p>"
    ),
    "summary": (
        "Cuatro clínicas de infusión de ketamina: Wicker Park, Orland Park, Naperville y "
        "Palos Hills."
    ),
}

PHONE = "(312) 555-1234"

LOCATIONS = {
    "wicker-park": {
        "slug": "wicker-park",
        "name": "Wicker Park",
        "title": "Clínica de ketamina en Wicker Park, Chicago",
        "street_address": "1601 W Division St",
        "city": "Chicago",
        "postal_code": "60622",
        "latitude": "41.903400",
        "longitude": "-87.667700",
        "neighbourhoods_served": "Wicker Park, Ukrainian Village, River North",
        "transit": (
            "[Texto provisional] Cerca paran la estación Division de la Línea Azul (Blue "
            "Line) de la CTA y los autobuses Ashland (9) y Division (70). Confírmelo antes de "
            "publicar el sitio."
        ),
    },
    "orland-park": {
        "slug": "orland-park",
        "name": "Orland Park",
        "title": "Clínica de ketamina en Orland Park",
        "street_address": PLACEHOLDER_STREET,
        "city": "Orland Park",
        "postal_code": "60462",
        "neighbourhoods_served": "Orland Park, Tinley Park, Orland Hills",
    },
    "naperville": {
        "slug": "naperville",
        "name": "Naperville",
        "title": "Clínica de ketamina en Naperville",
        "street_address": PLACEHOLDER_STREET,
        "city": "Naperville",
        "postal_code": "60540",
        "neighbourhoods_served": "Naperville, Lisle, Aurora",
    },
    "palos-hills": {
        "slug": "palos-hills",
        "name": "Palos Hills",
        "title": "Clínica de ketamina en Palos Hills",
        "street_address": PLACEHOLDER_STREET,
        "city": "Palos Hills",
        "postal_code": "60465",
        "neighbourhoods_served": "Palos Hills, Hickory Hills, Palos Heights",
    },
}

COMMON = {
    "state": "IL",
    "phone": PHONE,
    "hours_note": PLACEHOLDER_HOURS_NOTE,
    "parking": (
        "[Texto provisional] Describa dónde pueden estacionarse los pacientes y si es gratis."
    ),
    "accessibility": (
        "[Texto provisional] Describa el acceso sin escalones, los elevadores y los baños "
        "accesibles."
    ),
    "services_offered": (
        "Consulta gratis\n"
        "Infusiones de ketamina para la depresión, la ansiedad y el TEPT\n"
        "Infusiones de seguimiento y de mantenimiento"
    ),
    "price_range": "$$$",
}


def intro(name: str) -> str:
    """The clinic page's introduction (``_intro`` of demo/locations.py)."""
    return (
        f"<p>Nuestra clínica de {name} ofrece infusiones de ketamina en un lugar tranquilo y "
        "privado, administradas y vigiladas por profesionales de la salud con licencia.</p>"
    )
