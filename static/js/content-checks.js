// This site's own rules for Wagtail's content checker (content_checks/userbar.py configures
// them). Loaded by the userbar right after Wagtail's script, before axe first runs. Each
// function answers "does this element pass?".
(() => {
    const userbar = window.wagtail && window.wagtail.userbar;
    if (!userbar || typeof userbar.registerCheck !== "function") {
        return;
    }
    const CITATION_ID = /^ref-\d+$/;

    const squash = (text) => (text || "").replace(/\s+/g, " ").trim().toLowerCase();

    // Link text such as "click here": its words, without the punctuation around them.
    const checkLinkText = (node, options) => {
        const text = squash(node.textContent).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
        return !(options.vague || []).includes(text);
    };

    // Only articles and blog posts need one (the server says which page this is); their
    // summary is the page's meta description unless a search description replaces it.
    const checkSummary = (node, options) => {
        if (!options.required) {
            return true;
        }
        const description = document.querySelector('meta[name="description"]');
        return Boolean(description && description.content.trim());
    };

    const checkIdUnique = (node) =>
        node.ownerDocument.querySelectorAll(`[id="${CSS.escape(node.id)}"]`).length < 2;

    const citationLinks = () => document.querySelectorAll('a[href^="#ref-"]');

    const checkCitationHasSource = (node) => {
        const id = node.getAttribute("href").slice(1);
        return !CITATION_ID.test(id) || document.getElementById(id) !== null;
    };

    const checkSourceIsCited = (node) => {
        if (!CITATION_ID.test(node.id) || node.tagName === "A") {
            return true;
        }
        const target = `#${node.id}`;
        return Array.from(citationLinks()).some((link) => link.getAttribute("href") === target);
    };

    userbar.registerCheck("check-link-text", checkLinkText);
    userbar.registerCheck("check-summary", checkSummary);
    userbar.registerCheck("check-id-unique", checkIdUnique);
    userbar.registerCheck("check-citation-has-source", checkCitationHasSource);
    userbar.registerCheck("check-source-is-cited", checkSourceIsCited);
})();
