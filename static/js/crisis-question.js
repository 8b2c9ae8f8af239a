/**
 * Shows the crisis panel as soon as a visitor answers "Yes" to the consultation form's crisis
 * question, without waiting for them to send the form.
 *
 * Without JavaScript the server shows the same panel on its answer (the form shown again, or
 * the thank-you page), so nobody depends on this script for help. Nothing is sent or stored:
 * the answer only toggles the panel on this page.
 */
const YES = "yes";

/** Whether the panel should show, given the question's currently chosen value (or null). */
export function showsPanel(value) {
    return value === YES;
}

function chosenValue(inputs) {
    const checked = inputs.find((input) => input.checked);
    return checked ? checked.value : null;
}

export function enhance(root = document) {
    const panel = root.querySelector("[data-crisis-panel]");
    const inputs = Array.from(root.querySelectorAll("input[data-crisis-question]"));
    if (!panel || inputs.length === 0) {
        return;
    }
    const update = () => {
        panel.hidden = !showsPanel(chosenValue(inputs));
    };
    for (const input of inputs) {
        input.addEventListener("change", update);
    }
    update();
}

if (typeof document !== "undefined") {
    enhance();
}
