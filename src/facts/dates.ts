// Dates as readers write them: "28 October 2020", "September 2020", "2021". Shared by the claim matcher (what the
// page says) and the views (what the fact base says), so both read the same.
import type { When } from "./types";

/** The months' English names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function describeDate(d: { year?: number; month?: number; day?: number }): string {
  return [d.day, d.month ? MONTH_NAMES[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(" ");
}

/** An ISO date, month or year, written out; any other text ("not stated") as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  return describeDate({
    year: Number(year),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  });
}

/** A claim's date as the card says it: "28 October 2020", or "undated (visit: 2 April 2024, per …)". */
export function describeWhen(w: When): string {
  const date = formatDate(w.value);
  if (w.source === "date-note") return `undated (${w.of ? `${w.of}: ` : ""}${date}, per ${w.per ?? "its date note"})`;
  return w.of ? `${date} (${w.of})` : date;
}
