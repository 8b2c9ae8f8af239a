/**
 * "Use my location" for the nearest-clinic finder.
 *
 * The browser's position never leaves the page: distances are computed here, from the
 * coordinates each clinic card carries (data-lat, data-lng), and the cards are reordered in
 * place. Without JavaScript, or without geolocation, the button stays hidden and the ZIP code
 * form does the same job on the server.
 */
const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance in miles, the same formula as locations/finder.py. */
export function distanceMiles(lat1, lng1, lat2, lng2) {
    const rad = (degrees) => (degrees * Math.PI) / 180;
    const dPhi = rad(lat2 - lat1);
    const dLambda = rad(lng2 - lng1);
    const a =
        Math.sin(dPhi / 2) ** 2 +
        Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLambda / 2) ** 2;
    return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(Math.min(1, a)));
}

/**
 * The points' indexes ordered nearest first, with their distances. A point without
 * coordinates has no distance and goes last; equal distances keep the page's order.
 */
export function orderByDistance(points, origin) {
    const measured = points.map((point, index) => {
        const usable = Number.isFinite(point.lat) && Number.isFinite(point.lng);
        const miles = usable ? distanceMiles(origin.lat, origin.lng, point.lat, point.lng) : null;
        return { index, miles };
    });
    return measured.sort((a, b) => {
        if (a.miles === null || b.miles === null) {
            return (a.miles === null) - (b.miles === null) || a.index - b.index;
        }
        return a.miles - b.miles || a.index - b.index;
    });
}

/** The same wording as the server's finder. */
export function formatMiles(miles) {
    return miles < 1 ? "Less than a mile away" : `${miles.toFixed(1)} miles away`;
}

function readCoordinate(value) {
    return value === undefined || value === "" ? NaN : Number(value);
}

function sortCards(list, origin) {
    const cards = Array.from(list.querySelectorAll("[data-lat]"));
    const points = cards.map((card) => ({
        lat: readCoordinate(card.dataset.lat),
        lng: readCoordinate(card.dataset.lng),
    }));
    for (const { index, miles } of orderByDistance(points, origin)) {
        const card = cards[index];
        const distance = card.querySelector("[data-distance]");
        if (distance) {
            distance.textContent = miles === null ? "" : formatMiles(miles);
            distance.hidden = miles === null;
        }
        list.append(card);
    }
}

function enhance(finder) {
    const button = finder.querySelector("[data-use-location]");
    const status = finder.querySelector("[data-finder-status]");
    const list = document.querySelector("[data-location-list]");
    const heading = document.querySelector("[data-results-heading]");
    if (!button || !status || !list || !("geolocation" in navigator)) return;
    button.hidden = false;
    button.addEventListener("click", () => {
        status.textContent = "Finding your location…";
        navigator.geolocation.getCurrentPosition(
            (position) => {
                const origin = {
                    lat: position.coords.latitude,
                    lng: position.coords.longitude,
                };
                sortCards(list, origin);
                if (heading) heading.textContent = "Clinics nearest to you";
                status.textContent =
                    "Sorted by distance from your location, nearest first. " +
                    "Your location stayed on this page and was not sent anywhere.";
            },
            () => {
                status.textContent =
                    "We couldn't get your location. You can type your ZIP code instead.";
            },
            { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
        );
    });
}

if (typeof document !== "undefined") {
    for (const finder of document.querySelectorAll("[data-location-finder]")) {
        enhance(finder);
    }
}
