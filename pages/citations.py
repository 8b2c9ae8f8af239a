"""The "Cite" control of the rich-text toolbar: it links a claim to one source of the page's
Sources list, as <a href="#ref-N">[N]</a>, the form `components/references.html` numbers for.

The control only inserts an ordinary link, so what it writes is stored, converted and checked
like any link an editor types; it reads the Sources list from the page's form in the browser,
so a source added a moment ago can be cited before the page is saved.
"""

from wagtail.admin.rich_text.editors.draftail.features import ControlFeature

FEATURE_NAME = "cite"


def register_cite_feature(features) -> None:
    features.register_editor_plugin(
        "draftail",
        FEATURE_NAME,
        ControlFeature(
            {"type": FEATURE_NAME},
            js=["js/cite.js"],
            css={"all": ["css/cite.css"]},
        ),
    )
