"""The Spanish copy of the demo site: the same pages as the English demo, in plain Spanish.

Pure data, like the English copy beside it. Each module here mirrors one English module:

==========================  ==========================================================
``home.py``                 ``HOME``, ``SECTIONS`` and ``HOME_SECTIONS`` of demo/loader.py
``articles.py``             ``ARTICLES`` of demo/articles.py (the eight Learn articles)
``conditions.py``           ``CONDITIONS`` of demo/conditions.py
``self_checks.py``          ``SELF_CHECKS``, ``RESULT_TEXT`` and ``LINKS`` of demo/self_checks.py
``locations.py``            ``INDEX``, ``LOCATIONS`` and ``COMMON`` of demo/locations.py
``forms.py``                ``PAGE`` and ``FIELDS`` of demo/forms.py
``standard_pages.py``       ``STANDARD_PAGES`` of demo/standard_pages.py
``blog.py``                 ``INDEX``, ``EDITORIAL_TEAM_NAME`` and tag names of demo/blog.py
``blog_posts.py``           ``POSTS`` of demo/blog_posts.py (every post so far)
``people.py``               the providers' roles and biographies of demo/people.py
==========================  ==========================================================

How an entry is shaped and linked to its English page:

* Where the English module holds a list of pages, the Spanish one holds a dict keyed by the
  English page's slug, in the English order: ``ARTICLES["what-is-ketamine"]`` is the
  translation of the English entry whose ``slug`` is ``"what-is-ketamine"``. A single page
  (``HOME``, a section in ``SECTIONS``, an ``INDEX``, the form's ``PAGE``) is a dict under the
  same name as in the English module, and is the translation of that English page.
* Every Spanish entry has the same keys as the English one, and ``slug`` holds the Spanish
  slug (ASCII, lower case, hyphens): the Spanish page's address is ``/es/`` followed by the
  Spanish slugs of its ancestors and its own, as in ``/es/aprender/que-es-la-ketamina/``. The
  home page's slug appears in no address. Clinic pages keep their English slug (the place
  names), so ``/es/ubicaciones/naperville/``.
* ``body`` and the other StreamField values have the English blocks, in the same order and of
  the same types; rich text keeps the English HTML tags, and the citations
  ``<a href="#ref-N">[N]</a>`` point at the same sources. ``references`` is the English list
  itself (``cite`` with the same keys): sources keep their original titles and addresses, and
  so do a statistic's ``source_title`` and ``source_url``.
* ``related`` holds English slugs, the keys of this package: a Spanish page relates to the
  Spanish translations of the pages its English page relates to.
* A link inside the Spanish copy, in rich text or a call to action's ``page``, is written as
  the Spanish page's public address (``/es/pedir-una-consulta/``).
  ``demo.es.paths.english_path`` turns it back into the English address, to find the English
  page and then its Spanish translation; ``spanish_path`` goes the other way.
* Values that are not words (dates, the author key, tags, field types, autocomplete tokens,
  ZIP codes and coordinates, block kinds and heading levels) are the English ones.
* Form fields keep the English ``clean_name`` of each field, so a request's answers are stored
  under the same names in both languages.
* The self-checks' questions are not here: they are validated instruments
  (selfcheck/instruments.py), and only a published, validated Spanish version of each may be
  used, never a translation of our own.

tests/demo/test_spanish_copy.py checks all of this against the English modules.
"""

# Shown to editors on every Spanish demo page (and its revisions) until a qualified medical
# translator has checked the copy.
REVIEW_NOTICE = (
    "Demo translation: this Spanish copy must be checked by a qualified medical translator "
    "before the site goes live."
)
REVIEW_NOTICE_ES = (
    "Traducción de demostración: un traductor médico calificado debe revisar este texto en "
    "español antes de publicar el sitio."
)

# The URL prefix of every Spanish page.
PREFIX = "/es/"
