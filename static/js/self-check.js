/**
 * Scores a self-check (PHQ-9, GAD-7) in the page, so that the answers never leave the device:
 * no request is made, and nothing is kept (no cookie, no storage). The words of each result
 * come from the server, in one <template> per band; this script only adds up the answers and
 * shows the matching one, crisis help first when the crisis question is answered above 0.
 *
 * Without JavaScript the form posts to the server, which does the same and keeps nothing.
 */

/**
 * The score of `values` (one per question, each "0".."3", or null when unanswered).
 * `crisisQuestion` is numbered from 1, or 0 for none.
 */
export function scoreAnswers(values, crisisQuestion = 0) {
    const missing = [];
    let total = 0;
    values.forEach((value, index) => {
        const number = Number(value);
        if (value === null || value === "" || !Number.isInteger(number) || number < 0 || number > 3) {
            missing.push(index + 1);
        } else {
            total += number;
        }
    });
    const crisis = crisisQuestion > 0 && Number(values[crisisQuestion - 1]) > 0;
    return { total, crisis, missing };
}

/** The index of the band `{low, high}` holding `total`, or -1. */
export function bandIndex(total, bands) {
    return bands.findIndex((band) => band.low <= total && total <= band.high);
}

function setUp(root) {
    const form = root.querySelector("[data-self-check-form]");
    const slot = root.querySelector("[data-self-check-result]");
    const status = root.querySelector("[data-self-check-status]");
    const questionCount = Number(root.dataset.questions);
    const crisisQuestion = Number(root.dataset.crisisQuestion || 0);
    const bandTemplates = Array.from(root.querySelectorAll("[data-band-template]"));
    const bands = bandTemplates.map((template) => ({
        low: Number(template.dataset.low),
        high: Number(template.dataset.high),
    }));
    const crisisTemplate = root.querySelector("[data-crisis-template]");

    function showErrors(missing) {
        root.querySelectorAll("[data-question]").forEach((fieldset) => {
            const number = Number(fieldset.dataset.question.slice(1));
            const error = fieldset.querySelector("[data-question-error]");
            const wrong = missing.includes(number);
            fieldset.classList.toggle("form-field--error", wrong);
            if (!error) return;
            error.hidden = !wrong;
            if (wrong) {
                error.querySelector("[data-question-error-text]").textContent =
                    `Choose an answer to question ${number}`;
                fieldset.setAttribute("aria-describedby", error.id);
            } else {
                fieldset.removeAttribute("aria-describedby");
            }
        });
    }

    function clearResult() {
        slot.replaceChildren();
        status.textContent = "";
        root.classList.remove("self-check--has-result");
        showErrors([]);
        const summary = root.querySelector("[data-error-summary]");
        if (summary) summary.remove();
    }

    function showResult(score) {
        const index = bandIndex(score.total, bands);
        if (index < 0) return;
        const panel = bandTemplates[index].content.cloneNode(true);
        panel.querySelector("[data-total]").textContent = String(score.total);
        const section = panel.querySelector("[data-self-check-result-panel]");
        if (score.crisis && crisisTemplate) {
            section.prepend(crisisTemplate.content.cloneNode(true));
        }
        slot.replaceChildren(panel);
        root.classList.add("self-check--has-result");
        const printButton = slot.querySelector("[data-self-check-print]");
        if (printButton) printButton.hidden = false;
        const title = slot.querySelector("#self-check-result-title");
        status.textContent = (score.crisis ? "Crisis help is shown first. " : "") + title.textContent.trim().replace(/\s+/g, " ");
        // Scrolled to its top (below the sticky header, by the page's scroll padding) rather
        // than by focus, which may leave crisis help under the header.
        section.scrollIntoView({ block: "start" });
        section.focus({ preventScroll: true });
    }

    form.addEventListener("submit", (event) => {
        // The answers are scored here: nothing is sent.
        event.preventDefault();
        const data = new FormData(form);
        const values = [];
        for (let number = 1; number <= questionCount; number += 1) {
            values.push(data.get(`q${number}`));
        }
        const score = scoreAnswers(values, crisisQuestion);
        clearResult();
        if (score.missing.length) {
            showErrors(score.missing);
            status.textContent = `Please answer ${score.missing.length === 1 ? "question" : "questions"} ${score.missing.join(", ")}.`;
            root.querySelector(`[data-question="q${score.missing[0]}"] input`).focus();
            return;
        }
        showResult(score);
    });

    form.addEventListener("reset", () => {
        clearResult();
    });

    root.addEventListener("click", (event) => {
        const clear = event.target.closest("[data-self-check-clear]");
        if (clear) {
            event.preventDefault();
            form.reset();
            clearResult();
            form.querySelector("input").focus();
            return;
        }
        if (event.target.closest("[data-self-check-print]")) {
            window.print();
        }
    });

    // A result the server rendered (no JavaScript then, or a reload) gets its print button.
    const printButton = slot.querySelector("[data-self-check-print]");
    if (printButton) printButton.hidden = false;
}

if (typeof document !== "undefined") {
    document.querySelectorAll("[data-self-check]").forEach(setUp);
}
