import { formatDate } from "../facts/dates";
import type { Category, DocumentMeta, SupportLevel } from "../facts/types";

export { formatDate };

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

export function documentLabel(doc: DocumentMeta): string {
  return `${doc.title} (${formatDate(doc.date)})`;
}
