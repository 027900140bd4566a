// Compiles the fact-base source (YAML) and the documents into the fact base the extension bundles. Pure: the
// caller reads the files and writes the result, so every refusal is unit-tested without touching the disk.
import { parse } from "yaml";
import { describeDocumentDate, MONTH_NAMES } from "../facts/dates";
import type {
  Alias,
  AliasLanguage,
  Category,
  Claim,
  DocumentMeta,
  Entity,
  FactBase,
  Partnership,
  SupportLevel,
  TimelineItem,
  Translations,
  Value,
  When,
} from "../facts/types";
import { CATEGORIES } from "../facts/types";
import { entityAutomaton, findEntities, foldKey } from "../match";
import { type FactSource, type SourceValue, sourceSchema } from "./schema";

export type CompileResult = { ok: true; factBase: FactBase; counts: FactCounts } | { ok: false; errors: string[] };

export interface FactCounts {
  documents: number;
  entities: Record<Category, number>;
  aliases: number;
  /** Aliases by the language they are written in ("any": written alike in every language), stems counted apart. */
  aliasesByLanguage: Record<AliasLanguage | "any", number>;
  /** Estonian stems listed with their aliases. */
  stems: number;
  shadows: number;
  claims: Record<SupportLevel, number>;
}

const COMMITMENT_KINDS = new Set(["commitment", "deployment", "signing", "announcement", "joining"]);

function toValue(v: SourceValue): Value {
  if ("percent" in v) return { type: "percent", value: v.percent };
  if ("frequency" in v) return { type: "frequency", times: v.frequency, per: v.per };
  return { type: "duration", value: v.duration, unit: v.unit };
}

type SourceClaim = FactSource["claims"][number];
type SourceWhen = SourceClaim["when"][number];

function toWhen(w: SourceWhen): When {
  const value = w.date ?? w.month ?? String(w.year);
  const precision = w.date ? "day" : w.month ? "month" : "year";
  return { value, precision, source: w.from, ...(w.of ? { of: w.of } : {}), ...(w.per ? { per: w.per } : {}) };
}

/**
 * Corroboration counts independent documents of medium reliability or better: a low-reliability document beside a
 * good one adds nothing, and two quotes from one document are one source.
 */
function support(docs: DocumentMeta[]): { support: SupportLevel; supportReason: string } {
  const named = (list: DocumentMeta[]) =>
    list.map((d) => `“${d.title}”, ${describeDocumentDate(d)}, ${d.reliability} reliability`).join("; ");
  const trusted = docs.filter((d) => d.reliability !== "low");
  const low = docs.filter((d) => d.reliability === "low");
  if (trusted.length === 0) {
    const reasons = [...new Set(low.flatMap((d) => d.reasons))];
    return {
      support: "unverified",
      supportReason: `Only in low-reliability sources: ${named(low)}. ${reasons.join(" ")}`,
    };
  }
  const alsoLow = low.length > 0 ? ` Also stated by ${named(low)}, which does not count as corroboration.` : "";
  if (trusted.length >= 2)
    return {
      support: "corroborated",
      supportReason: `Stated in ${trusted.length} independent documents of medium reliability or better: ${named(trusted)}.${alsoLow}`,
    };
  const [only] = trusted as [DocumentMeta];
  return {
    support: "single-source",
    supportReason: `One document of medium reliability or better: ${named([only])}.${alsoLow}`,
  };
}

/** Does a text show this date: its year, or its month by name? (The compiler's check that a date has a source.) */
function showsDate(text: string, w: When): boolean {
  const [y, m] = w.value.split("-");
  return text.includes(y as string) || (m !== undefined && text.includes(MONTH_NAMES[Number(m) - 1] as string));
}

/**
 * Checks a claim's frame against its quotes and documents: every participant and place named in a quote or in its
 * document, every date found where it says it comes from, the counted figure in a quote.
 */
function checkFrame(
  where: string,
  c: SourceClaim,
  source: FactSource,
  documents: Readonly<Record<string, string>>,
  named: (doc: string) => ReadonlySet<string>,
  errors: string[],
): void {
  const evidenceDocs = c.evidence.map((ev) => ev.document).filter((d) => d in documents);
  const quotes = c.evidence.map((ev) => ev.quote).join("\n");
  const inDocs = (e: string) => evidenceDocs.some((d) => named(d).has(e));
  c.participants.forEach((p, i) => {
    const any = [p.entity, ...p.alt];
    if (!any.some(inDocs))
      errors.push(`${where} participants.${i}: ${p.entity} is named neither in a quote nor in its document`);
  });
  c.where.forEach((e, i) => {
    if (!inDocs(e)) errors.push(`${where} where.${i}: ${e} is named neither in a quote nor in its document`);
  });
  c.when.forEach((sw, i) => {
    const w = toWhen(sw);
    if (w.source === "quote" && !showsDate(quotes, w))
      errors.push(`${where} when.${i}: ${w.value} is said to come from the quote, which does not give it`);
    if (w.source === "document" && !evidenceDocs.some((d) => showsDate(documents[d] ?? "", w)))
      errors.push(`${where} when.${i}: ${w.value} is said to come from the document, which does not give it`);
    if (
      w.source === "date-note" &&
      !c.evidence.some((ev) => source.documents.find((d) => d.id === ev.document)?.date_note)
    )
      errors.push(`${where} when.${i}: ${w.value} is said to come from a date note, and no document has one`);
  });
  if (c.quantity && !quotes.includes(String(c.quantity.number)))
    errors.push(`${where} quantity: ${c.quantity.number} is not in any quote`);
  if (c.counter && c.counter.unit !== c.quantity?.unit)
    errors.push(`${where} counter: a counter-figure needs a quantity of the same unit`);
}

/** "claims[3] (c-id)": the entry an error is about, as the author finds it in the file. */
function entryName(source: unknown, path: readonly PropertyKey[]): string {
  const [section, index, ...rest] = path;
  if (typeof section !== "string") return "the file";
  if (typeof index !== "number") return section;
  const entry = (source as Record<string, { id?: unknown }[]>)[section]?.[index];
  const label = typeof entry?.id === "string" ? ` (${entry.id})` : "";
  const field = rest.length > 0 ? ` ${rest.join(".")}` : "";
  return `${section}[${index}]${label}${field}`;
}

function validate(file: string, text: string): { source: FactSource } | { errors: string[] } {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return { errors: [`${file}: not valid YAML: ${(error as Error).message}`] };
  }
  const parsed = sourceSchema.safeParse(raw);
  if (parsed.success) return { source: parsed.data };
  return { errors: parsed.error.issues.map((i) => `${file}: ${entryName(raw, i.path)}: ${i.message}`) };
}

function checkUniqueIds(file: string, source: FactSource, errors: string[]): void {
  const seen = new Map<string, string>();
  const sections = ["documents", "entities", "partnerships", "claims"] as const;
  for (const section of sections) {
    source[section].forEach((entry, i) => {
      const where = `${section}[${i}] (${entry.id})`;
      const first = seen.get(entry.id);
      if (first) errors.push(`${file}: ${where}: duplicate id, first used by ${first}`);
      else seen.set(entry.id, where);
    });
  }
}

/** Two entities may share an alias only when each says, by context, when the alias is theirs. */
function checkSharedAliases(file: string, source: FactSource, errors: string[]): void {
  const owners = new Map<string, { entity: string; context?: string[] }[]>();
  for (const e of source.entities) {
    for (const a of e.aliases) {
      const texts = typeof a === "string" ? [a] : [a.text, ...(a.stems ?? [])];
      for (const text of texts) {
        const key = foldKey(text);
        const list = owners.get(key) ?? [];
        if (!list.some((o) => o.entity === e.id))
          list.push({ entity: e.id, context: typeof a === "string" ? undefined : a.context });
        owners.set(key, list);
      }
    }
  }
  source.shadows.forEach((text, i) => {
    const owner = owners.get(foldKey(text));
    if (owner) errors.push(`${file}: shadows[${i}]: "${text}" is an alias of ${owner.map((o) => o.entity).join(", ")}`);
  });
  source.entities.forEach((e, i) => {
    e.aliases.forEach((a, k) => {
      if (typeof a === "string") return;
      for (const cue of a.unless ?? []) {
        const owner = owners.get(foldKey(cue));
        if (owner)
          errors.push(
            `${file}: entities[${i}] (${e.id}) aliases.${k}: the cue "${cue}" is an alias of ${owner.map((o) => o.entity).join(", ")}`,
          );
      }
    });
  });
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const contexts = list.map((o) => (o.context ?? []).slice().sort().join(","));
    const ruled = list.every((o) => o.context) && new Set(contexts).size === list.length;
    if (!ruled) {
      errors.push(
        `${file}: entities ${list.map((o) => o.entity).join(", ")}: alias "${key}" is claimed by more than one entity; give each a distinct context (the entities whose mention on a page selects it)`,
      );
    }
  }
}

export function compileFacts(file: string, text: string, documents: Readonly<Record<string, string>>): CompileResult {
  const validated = validate(file, text);
  if ("errors" in validated) return { ok: false, errors: validated.errors };
  const { source } = validated;
  const errors: string[] = [];
  checkUniqueIds(file, source, errors);
  checkSharedAliases(file, source, errors);

  const docIds = new Set(source.documents.map((d) => d.id));
  source.documents.forEach((d, i) => {
    if (!(d.id in documents)) errors.push(`${file}: documents[${i}] (${d.id}): no such file in the documents folder`);
  });
  for (const name of Object.keys(documents)) {
    if (!docIds.has(name)) errors.push(`${file}: documents: the file ${name} has no metadata entry`);
  }
  const entityIds = new Set(source.entities.map((e) => e.id));
  source.entities.forEach((e, i) => {
    e.aliases.forEach((a, k) => {
      if (typeof a === "string") return;
      const named = [
        ...(a.context ?? []),
        ...Object.values(a.context_on ?? {}).flatMap((ids) => ids ?? []),
        ...(a.near ?? []).flat(),
        ...(a.vouched_by ?? []),
      ];
      for (const c of named) {
        if (!entityIds.has(c))
          errors.push(`${file}: entities[${i}] (${e.id}) aliases.${k}: unknown context entity "${c}"`);
      }
    });
  });
  const partnershipIds = new Set(source.partnerships.map((p) => p.id));
  source.partnerships.forEach((p, i) => {
    for (const party of p.parties) {
      if (!entityIds.has(party)) errors.push(`${file}: partnerships[${i}] (${p.id}): unknown entity "${party}"`);
    }
  });
  const entitiesOfFrames = (c: SourceClaim) => [...c.participants.flatMap((p) => [p.entity, ...p.alt]), ...c.where];
  source.claims.forEach((c, i) => {
    const where = `${file}: claims[${i}] (${c.id})`;
    for (const e of entitiesOfFrames(c)) if (!entityIds.has(e)) errors.push(`${where}: unknown entity "${e}"`);
    if (c.partnership && !partnershipIds.has(c.partnership))
      errors.push(`${where}: unknown partnership "${c.partnership}"`);
    for (const ev of c.evidence) {
      const doc = documents[ev.document];
      if (!docIds.has(ev.document) || doc === undefined) errors.push(`${where}: unknown document "${ev.document}"`);
      else if (!doc.includes(ev.quote))
        errors.push(`${where}: quote not found verbatim in ${ev.document}: "${ev.quote}"`);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  // Which entities each document names, by the extension's own matcher, for the frames' checks.
  const automaton = entityAutomaton({ entities: entitiesOf(source), shadows: source.shadows });
  const namedCache = new Map<string, Set<string>>();
  const named = (doc: string) => {
    let set = namedCache.get(doc);
    if (!set) {
      set = new Set(findEntities(automaton, documents[doc] ?? "").map((m) => m.entity));
      namedCache.set(doc, set);
    }
    return set;
  };
  source.claims.forEach((c, i) => {
    checkFrame(`${file}: claims[${i}] (${c.id})`, c, source, documents, named, errors);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ...assemble(source, documents) };
}

type SourceAlias = FactSource["entities"][number]["aliases"][number];

function toAlias(a: SourceAlias): Alias {
  if (typeof a === "string") return { text: a };
  return {
    text: a.text,
    ...(a.context ? { context: a.context } : {}),
    ...(a.context_on ? { contextOn: a.context_on } : {}),
    ...(a.near ? { near: a.near } : {}),
    ...(a.unless ? { unless: a.unless } : {}),
    ...(a.vouched_by ? { vouchedBy: a.vouched_by } : {}),
    ...(a.lang ? { lang: a.lang } : {}),
    ...(a.stems ? { stems: a.stems } : {}),
    ...(a.only_on ? { onlyOn: a.only_on } : {}),
    ...(a.not_on ? { notOn: a.not_on } : {}),
  };
}

/** An entry's `fr` and `et` texts as its `translations`, absent when it has neither. */
function translationsOf(e: { fr?: string | undefined; et?: string | undefined }): { translations?: Translations } {
  if (!e.fr && !e.et) return {};
  return { translations: { ...(e.fr ? { fr: e.fr } : {}), ...(e.et ? { et: e.et } : {}) } };
}

function entitiesOf(source: FactSource): Entity[] {
  return source.entities.map((e) => ({
    id: e.id,
    name: e.name,
    category: e.category,
    description: e.description,
    ...translationsOf(e),
    aliases: e.aliases.map(toAlias),
    ...(e.titles.length > 0 ? { titles: e.titles } : {}),
    ...(e.demonyms.length > 0 ? { demonyms: e.demonyms } : {}),
    documents: [],
  }));
}

function assemble(
  source: FactSource,
  texts: Readonly<Record<string, string>>,
): { factBase: FactBase; counts: FactCounts } {
  const documents: DocumentMeta[] = source.documents.map((d) => ({
    id: d.id,
    title: d.title,
    origin: d.origin,
    kind: d.kind,
    date: d.date,
    ...(d.date_note ? { dateNote: d.date_note } : {}),
    ...(d.date_from ? { dateFrom: d.date_from } : {}),
    reliability: d.reliability,
    reasons: d.reasons,
  }));
  const docById = new Map(documents.map((d) => [d.id, d]));
  const entities = entitiesOf(source);
  // Which documents mention an entity is found by the extension's own matcher, not written by hand.
  const automaton = entityAutomaton({ entities, shadows: source.shadows });
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const d of documents) {
    for (const m of findEntities(automaton, texts[d.id] ?? "")) {
      const entity = entityById.get(m.entity);
      if (entity && !entity.documents.includes(d.id)) entity.documents.push(d.id);
    }
  }
  const claims: Claim[] = source.claims.map((c) => {
    const docs = [...new Set(c.evidence.map((ev) => ev.document))].map((id) => docById.get(id) as DocumentMeta);
    return {
      id: c.id,
      statement: c.statement,
      ...translationsOf(c),
      event: c.event,
      entities: [...new Set([...c.participants.flatMap((p) => [p.entity, ...p.alt]), ...c.where])],
      participants: c.participants.map((p) => ({ entity: p.entity, role: p.role, core: p.core, alt: p.alt })),
      when: c.when.map(toWhen),
      where: c.where,
      ...(c.quantity
        ? { quantity: { value: c.quantity.number, unit: c.quantity.unit, counts: c.quantity.counts } }
        : {}),
      ...(c.counter ? { counter: { value: c.counter.number, unit: c.counter.unit, note: c.counter.note } } : {}),
      values: c.values.map(toValue),
      triggers: c.triggers,
      about: c.about,
      areas: c.areas,
      ...(c.partnership ? { partnership: c.partnership } : {}),
      evidence: c.evidence,
      ...support(docs),
    };
  });
  const partnerships = source.partnerships.map((p) => derivePartnership(p, claims, entityById));
  const counts: FactCounts = {
    documents: documents.length,
    entities: Object.fromEntries(
      CATEGORIES.map((cat) => [cat, entities.filter((e) => e.category === cat).length]),
    ) as Record<Category, number>,
    aliases: entities.reduce((n, e) => n + e.aliases.length, 0),
    aliasesByLanguage: aliasesByLanguage(entities),
    stems: entities.reduce((n, e) => n + e.aliases.reduce((m, a) => m + (a.stems?.length ?? 0), 0), 0),
    shadows: source.shadows.length,
    claims: {
      corroborated: claims.filter((c) => c.support === "corroborated").length,
      "single-source": claims.filter((c) => c.support === "single-source").length,
      unverified: claims.filter((c) => c.support === "unverified").length,
    },
  };
  return { factBase: { documents, entities, shadows: source.shadows, claims, partnerships }, counts };
}

/** How many aliases are written in each language; one in several languages counts in each. */
function aliasesByLanguage(entities: readonly Entity[]): FactCounts["aliasesByLanguage"] {
  const counts = { en: 0, fr: 0, et: 0, any: 0 };
  for (const e of entities) {
    for (const a of e.aliases) {
      if (!a.lang) counts.any++;
      else for (const l of a.lang) counts[l]++;
    }
  }
  return counts;
}

function derivePartnership(
  p: FactSource["partnerships"][number],
  claims: readonly Claim[],
  entityById: ReadonlyMap<string, Entity>,
): Partnership {
  const own = claims.filter((c) => c.partnership === p.id);
  const areas: Partnership["areas"] = [];
  for (const c of own) {
    for (const area of c.areas) {
      const found = areas.find((a) => a.area === area);
      if (found) found.claims.push(c.id);
      else areas.push({ area, claims: [c.id] });
    }
  }
  // Every dated part of a claim is a line of the timeline: an announcement in 2020 and the joining it announced in 2021.
  const timeline: TimelineItem[] = own
    .flatMap((c) => c.when.map((w) => ({ date: w.value, claim: c.id, ...(w.of ? { of: w.of } : {}) })))
    .sort((a, b) => a.date.localeCompare(b.date));
  const people = [...new Set(own.flatMap((c) => c.entities).filter((id) => entityById.get(id)?.category === "person"))];
  return {
    id: p.id,
    name: p.name,
    parties: p.parties,
    areas,
    commitments: own.filter((c) => COMMITMENT_KINDS.has(c.event)).map((c) => c.id),
    timeline,
    people,
  };
}
