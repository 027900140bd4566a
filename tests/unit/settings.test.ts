import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, isActiveOn, sanitizeSettings, shownCategories } from "../../src/settings/model";

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
