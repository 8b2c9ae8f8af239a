// The "Cite" control of the page editor's rich-text toolbar (registered in pages/citations.py).
// It lists the page's Sources as the form shows them now, and inserts the chosen one as a link
// "[N]" to "#ref-N" right after the selected claim: the same link an editor could type.
(() => {
  const { React, DraftJS, draftail } = window;
  if (!React || !DraftJS || !draftail) return;
  const h = React.createElement;

  // A source's title field: "references-0-title" in a Sources panel, and
  // "references-0-value-title" in a blog post's Sources list.
  const SOURCE_TITLE = /^references-(\d+)-(?:value-)?title$/;

  const isRemoved = (input) => {
    const prefix = input.name.replace(/-(?:value-)?title$/, "");
    const flag = document.querySelector(
      `[name="${prefix}-DELETE"], [name="${prefix}-deleted"]`,
    );
    if (!flag) return false;
    return flag.type === "checkbox"
      ? flag.checked
      : ["1", "true", "on"].includes(flag.value);
  };

  // The page's sources in the order they are numbered on the page: the form's order.
  const pageSources = () =>
    [...document.querySelectorAll('input[name^="references-"]')]
      .filter((input) => SOURCE_TITLE.test(input.name) && !isRemoved(input))
      .map((input, index) => ({
        number: index + 1,
        title: input.value.trim() || "Untitled source",
      }));

  const insertCitation = (editorState, number) => {
    const { EditorState, Modifier } = DraftJS;
    let selection = editorState.getSelection();
    // The citation follows the claim: never replace the selected words.
    selection = selection.merge({
      anchorKey: selection.getEndKey(),
      anchorOffset: selection.getEndOffset(),
      focusKey: selection.getEndKey(),
      focusOffset: selection.getEndOffset(),
      isBackward: false,
    });
    let content = editorState.getCurrentContent();
    const before = content
      .getBlockForKey(selection.getStartKey())
      .getText()
      .slice(0, selection.getStartOffset());
    if (before && !/[\s\]]$/.test(before)) {
      content = Modifier.insertText(content, selection, " ");
      selection = content.getSelectionAfter();
    }
    content = content.createEntity("LINK", "MUTABLE", { url: `#ref-${number}` });
    const entityKey = content.getLastCreatedEntityKey();
    content = Modifier.insertText(content, selection, `[${number}]`, null, entityKey);
    const next = EditorState.push(editorState, content, "insert-characters");
    return EditorState.forceSelection(next, content.getSelectionAfter());
  };

  // Buttons keep the editor's focus and selection, as Draftail's own toolbar buttons do.
  const keepFocus = (event) => event.preventDefault();

  const CiteControl = ({ getEditorState, onChange }) => {
    const [sources, setSources] = React.useState(null);
    const open = sources !== null;
    const menu = open
      ? h(
          "div",
          { className: "cite-menu", role: "group", "aria-label": "Cite a source" },
          sources.length
            ? sources.map((source) =>
                h(
                  "button",
                  {
                    key: source.number,
                    type: "button",
                    className: "cite-menu__source",
                    onMouseDown: keepFocus,
                    onClick: () => {
                      setSources(null);
                      onChange(insertCitation(getEditorState(), source.number));
                    },
                  },
                  `[${source.number}] ${source.title}`,
                ),
              )
            : h(
                "p",
                { className: "cite-menu__empty" },
                'This page has no sources yet: add them under "Sources" first.',
              ),
        )
      : null;
    return h(
      "span",
      { className: "cite-control" },
      h(
        "button",
        {
          type: "button",
          className: "Draftail-ToolbarButton cite-control__button",
          "aria-expanded": open ? "true" : "false",
          title: "Cite a source from this page's Sources list",
          onMouseDown: keepFocus,
          onClick: () => setSources(open ? null : pageSources()),
        },
        h("span", { className: "Draftail-ToolbarButton__label" }, "Cite"),
      ),
      menu,
    );
  };

  draftail.registerPlugin({ type: "cite", inline: CiteControl }, "controls");
})();
