import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, isActiveOn, migrateV1, sanitizeSettings, shownCategories } from "../../src/settings/model";

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
