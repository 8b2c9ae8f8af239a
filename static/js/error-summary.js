// Move focus to a form's error summary when the page loads with one, so keyboard and
// screen-reader users start from the list of problems. Without JavaScript the summary is
// still the first thing after the page heading and is announced by role="alert".
const summary = document.querySelector("[data-error-summary]");
if (summary) {
    summary.focus();
}
