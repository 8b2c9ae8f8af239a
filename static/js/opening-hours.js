/**
 * Marks today's row in a clinic's hours table, in the clinic's own time zone.
 *
 * Why this runs in the browser: a location page may be served from a cache hours or days
 * after it was rendered, so the server never says which day is "today" (a cached "today"
 * would be wrong after midnight). The browser knows the real date; Intl converts it to
 * Chicago time whatever the visitor's own time zone. Without JavaScript the table lists every
 * day and marks none, which is never wrong.
 */
export const CLINIC_TIME_ZONE = "America/Chicago";

const ISO_WEEKDAYS = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The clinic's date at the instant `now`: ISO weekday (Monday 1 … Sunday 7) and YYYY-MM-DD. */
export function clinicToday(now, timeZone = CLINIC_TIME_ZONE) {
    const format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        weekday: "short",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
    });
    const parts = {};
    for (const part of format.formatToParts(new Date(now))) {
        parts[part.type] = part.value;
    }
    return {
        weekday: ISO_WEEKDAYS[parts.weekday],
        date: `${parts.year}-${parts.month}-${parts.day}`,
    };
}

/**
 * Which rows to mark as today, and which special dates have passed.
 *
 * `rows` are the table rows' data attributes: `{ weekday: "1".."7" }` for the weekly table,
 * `{ date: "YYYY-MM-DD" }` for special dates. A special date falling today wins over the
 * weekly row, so a holiday never shows the usual hours as today's.
 */
export function planMarking(rows, now, timeZone = CLINIC_TIME_ZONE) {
    const today = clinicToday(now, timeZone);
    const special = [];
    const weekly = [];
    const past = [];
    rows.forEach((row, index) => {
        if (row.date) {
            if (row.date === today.date) special.push(index);
            else if (row.date < today.date) past.push(index);
        } else if (Number(row.weekday) === today.weekday) {
            weekly.push(index);
        }
    });
    return { today: special.length ? special : weekly, past };
}

/**
 * The label of today's row while closure notices are on the page (locations/closures.py).
 *
 * `notices` are the notices' data attributes: `{ starts, ends, hoursToday }`, ISO instants.
 * A notice in force at `now` wins over the usual hours: "Today: Closed" or "Today: 10:00 AM –
 * 2:00 PM". `ended` lists the notices whose end has passed while the page stayed open.
 */
export function planNotices(notices, now) {
    const instant = new Date(now).getTime();
    const ended = [];
    let label = "Today";
    notices.forEach((notice, index) => {
        const starts = Date.parse(notice.starts);
        const ends = Date.parse(notice.ends);
        if (ends <= instant) ended.push(index);
        else if (starts <= instant && label === "Today") label = `Today: ${notice.hoursToday}`;
    });
    return { label, ended };
}

/** Apply the plan to the page: mark today's rows, hide special dates that have passed. */
export function markToday(root, now = new Date()) {
    const doc = root.ownerDocument || root;
    const rows = Array.from(root.querySelectorAll("[data-hours-row]"));
    const plan = planMarking(
        rows.map((row) => ({ weekday: row.dataset.weekday, date: row.dataset.date })),
        now,
    );
    const noticeElements = Array.from(root.querySelectorAll("[data-closure-notice]"));
    const notices = planNotices(
        noticeElements.map((notice) => ({
            starts: notice.dataset.starts,
            ends: notice.dataset.ends,
            hoursToday: notice.dataset.hoursToday,
        })),
        now,
    );
    for (const index of notices.ended) {
        noticeElements[index].hidden = true;
    }
    for (const index of plan.past) {
        rows[index].hidden = true;
    }
    for (const index of plan.today) {
        const row = rows[index];
        row.classList.add("hours__row--today");
        row.setAttribute("aria-current", "date");
        const label = doc.createElement("span");
        label.className = "hours__today";
        label.textContent = notices.label;
        const header = row.querySelector("th");
        if (header) header.append(" ", label);
    }
    // A list of special dates that have all passed is hidden as a whole.
    for (const section of root.querySelectorAll("[data-special-dates]")) {
        if (!section.querySelector("[data-hours-row]:not([hidden])")) section.hidden = true;
    }
}

if (typeof document !== "undefined") {
    markToday(document);
}
