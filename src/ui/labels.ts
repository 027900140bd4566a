import type { Category, DocumentMeta, SupportLevel } from "../facts/types";

export const CATEGORY_LABEL: Record<Category, string> = {
  person: "Person",
  country: "Country",
  organization: "Organisation",
  military: "Military unit or mission",
  company: "Company",
  place: "Place",
  event: "Event or agreement",
};

export const SUPPORT_LABEL: Record<SupportLevel, string> = {
  corroborated: "Corroborated",
  "single-source": "Single source",
  unverified: "Unverified",
};

const MONTHS = [
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

/** "28 October 2020", "September 2020", "2021", or the text as it is ("not stated"). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(" ");
}

export function documentLabel(doc: DocumentMeta): string {
  return `${doc.title} (${formatDate(doc.date)})`;
}
