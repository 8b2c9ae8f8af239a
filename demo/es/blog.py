"""The blog's index page and bylines in Spanish (``INDEX``, ``EDITORIAL_TEAM_NAME`` and
``TAG_NAMES`` of demo/blog.py)."""

INDEX = {
    "title": "Blog",
    "slug": "blog",
    "intro": (
        "<p>Artículos en palabras sencillas sobre la depresión, el tratamiento con ketamina y "
        "la vida durante la recuperación, escritos y revisados por nuestro equipo.</p>"
    ),
    "summary": "Noticias y guías en palabras sencillas de nuestro equipo clínico.",
    "show_in_menus": True,
}
EDITORIAL_TEAM_NAME = "Equipo editorial"
# The Spanish name of every tag the posts use, by the tag's slug in the copy (the posts keep
# the English slugs).
TAG_NAMES = {
    "cost": "Costo",
    "depression": "Depresión",
    "getting-started": "Primeros pasos",
    "ptsd": "TEPT",
    "recovery": "Recuperación",
    "safety": "Seguridad",
    "treatment-options": "Opciones de tratamiento",
    "what-to-expect": "Qué esperar",
}
