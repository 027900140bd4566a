import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  feedbackFilter,
  feedbackKey,
  isActiveOn,
  migrateV1,
  sanitizeSettings,
  settingsFrom,
  shownCategories,
  withHiddenName,
  withNotThisEntity,
} from "../../src/settings/model";

describe("settings", () => {
  it("fall back to defaults field by field when stored data is corrupted", () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings("garbage")).toEqual(DEFAULT_SETTINGS);
    const s = sanitizeSettings({
      enabled: "yes",
      disabledSites: ["a.example", 3, "a.example"],
      show: { person: false, event: "no" },
    });
    expect(s.enabled).toBe(true);
    expect(s.disabledSites).toEqual(["a.example"]);
    expect(s.show.person).toBe(false);
    expect(s.show.event).toBe(true);
  });

  it("switch off everywhere or per site, and list the categories shown", () => {
    const s = sanitizeSettings({ enabled: true, disabledSites: ["news.example"], show: { company: false } });
    expect(isActiveOn(s, "news.example")).toBe(false);
    expect(isActiveOn(s, "other.example")).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, "other.example")).toBe(false);
    expect(shownCategories(s)).not.toContain("company");
    expect(shownCategories(s)).toContain("person");
  });
});

describe("settings migration", () => {
  it("turns version 1 (hidden categories, sites) into version 2 (a switch per category)", () => {
    const s = migrateV1({ off: false, hidden: ["company", "claims"], sites: ["news.example"] });
    expect(s.enabled).toBe(true);
    expect(s.show.company).toBe(false);
    expect(s.show.claims).toBe(false);
    expect(s.show.person).toBe(true);
    expect(s.disabledSites).toEqual(["news.example"]);
    expect(migrateV1({ off: true }).enabled).toBe(false);
    expect(migrateV1(42)).toEqual(DEFAULT_SETTINGS);
    // An entry already in today's shape whose version mark was lost is kept.
    expect(migrateV1({ ...DEFAULT_SETTINGS, enabled: false }).enabled).toBe(false);
  });
});

describe("settings of this version: claim underlines and the reader's feedback", () => {
  const v2 = { enabled: true, disabledSites: ["a.example"], show: { company: false } };

  it("give a version-2 entry (before them) today's defaults, keeping its choices", () => {
    const s = settingsFrom(v2);
    expect(s.claimUnderline).toBe("all");
    expect(s.hiddenNames).toEqual([]);
    expect(s.notThisEntity).toEqual([]);
    expect(s.show.company).toBe(false);
    expect(s.disabledSites).toEqual(["a.example"]);
  });

  it("drop broken entries one by one and keep each valid one once", () => {
    const s = sanitizeSettings({
      ...v2,
      claimUnderline: "some",
      hiddenNames: [
        { site: "a.example", entity: "macron", name: "Emmanuel Macron" },
        { site: "a.example", entity: "macron", name: "again" },
        { site: "", entity: "x" },
        { site: "b.example", entity: "ratas" },
        "macron",
        null,
      ],
      notThisEntity: [
        { site: "a.example", alias: " Paris ", entity: "paris", name: "Paris" },
        { site: "a.example", alias: "PARIS", entity: "paris", name: "Paris" },
        { site: "a.example", alias: "Paris", entity: 3 },
      ],
    });
    expect(s.claimUnderline).toBe("all");
    expect(s.hiddenNames).toEqual([
      { site: "a.example", entity: "macron", name: "Emmanuel Macron" },
      { site: "b.example", entity: "ratas", name: "ratas" },
    ]);
    expect(s.notThisEntity).toEqual([{ site: "a.example", alias: "Paris", entity: "paris", name: "Paris" }]);
    expect(sanitizeSettings({ claimUnderline: "differences" }).claimUnderline).toBe("differences");
  });

  it("leave out hidden names and words that are not that entity, on their site only", () => {
    let s = withHiddenName(DEFAULT_SETTINGS, { site: "a.example", entity: "macron", name: "Emmanuel Macron" });
    s = withNotThisEntity(s, { site: "a.example", alias: "Paris", entity: "paris", name: "Paris" });
    const here = feedbackFilter(s, "a.example");
    expect(here?.("macron", "Macron")).toBe(true);
    expect(here?.("paris", "PARIS")).toBe(true);
    // The same words may still name another entity, and the entity its other names.
    expect(here?.("paris-texas", "Paris")).toBe(false);
    expect(here?.("paris", "the French capital")).toBe(false);
    expect(feedbackFilter(s, "b.example")).toBeNull();
    expect(feedbackKey(s, "a.example")).not.toBe(feedbackKey(DEFAULT_SETTINGS, "a.example"));
    expect(feedbackKey(s, "b.example")).toBe(feedbackKey(DEFAULT_SETTINGS, "b.example"));
  });

  it("are kept by the version-1 migration, which a card's write without the version mark may go through", () => {
    // The content script writes the settings' value alone; the background's migration then finds no version mark.
    const s = withHiddenName(
      { ...DEFAULT_SETTINGS, claimUnderline: "differences" },
      { site: "a", entity: "e", name: "E" },
    );
    expect(migrateV1(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it("undo an entry, and add one only once", () => {
    const entry = { site: "a.example", entity: "macron", name: "Emmanuel Macron" };
    const twice = withHiddenName(withHiddenName(DEFAULT_SETTINGS, entry), entry);
    expect(twice.hiddenNames).toHaveLength(1);
    expect(withHiddenName(twice, entry, false).hiddenNames).toEqual([]);
    const not = { site: "a.example", alias: "Paris", entity: "paris", name: "Paris" };
    const added = withNotThisEntity(DEFAULT_SETTINGS, not);
    expect(withNotThisEntity(added, { ...not, alias: "paris" }, false).notThisEntity).toEqual([]);
  });

  it("survive a round trip through storage's JSON unchanged", () => {
    const s = withNotThisEntity(
      withHiddenName({ ...DEFAULT_SETTINGS, claimUnderline: "differences" }, { site: "a", entity: "e", name: "E" }),
      { site: "a", alias: "Paris", entity: "paris", name: "Paris" },
    );
    expect(settingsFrom(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});
