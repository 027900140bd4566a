import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

describe("stored settings", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it("migrate an entry stored by version 1 when the extension starts", async () => {
    await fakeBrowser.storage.local.set({
      settings: { off: false, hidden: ["place"], sites: ["a.example"] },
      settings$: { v: 1 },
    });
    const { settingsItem, loadSettings } = await import("../../src/extension/settings-storage");
    await settingsItem.migrate();
    const s = await loadSettings();
    expect(s.show.place).toBe(false);
    expect(s.disabledSites).toEqual(["a.example"]);
    expect((await fakeBrowser.storage.local.get("settings$")).settings$).toEqual({ v: 2 });
  });

  it("fall back to defaults when the stored entry is corrupted", async () => {
    await fakeBrowser.storage.local.set({ settings: "}{not json", settings$: { v: 2 } });
    const { loadSettings } = await import("../../src/extension/settings-storage");
    const s = await loadSettings();
    expect(s.enabled).toBe(true);
    expect(s.show.person).toBe(true);
  });

  it("write what the popup changes", async () => {
    const { loadSettings, updateSettings } = await import("../../src/extension/settings-storage");
    await updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, "b.example"] }));
    expect((await loadSettings()).disabledSites).toEqual(["b.example"]);
  });

  it("keep both of two changes made at once (two switches flipped in quick succession)", async () => {
    const { loadSettings, updateSettings } = await import("../../src/extension/settings-storage");
    await Promise.all([
      updateSettings((s) => ({ ...s, show: { ...s.show, company: false } })),
      updateSettings((s) => ({ ...s, show: { ...s.show, place: false } })),
    ]);
    const { show } = await loadSettings();
    expect([show.company, show.place]).toEqual([false, false]);
  });

  it("are read by content scripts in whichever shape they are stored, migrated or not", async () => {
    const { readSettings, watchSettings } = await import("../../src/extension/settings-read");
    expect(await readSettings()).toEqual((await import("../../src/settings/model")).DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { off: false, hidden: ["place"], sites: ["a.example"] } });
    const old = await readSettings();
    expect([old.show.place, old.show.person, old.disabledSites]).toEqual([false, true, ["a.example"]]);
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.show.company));
    await fakeBrowser.storage.local.set({ settings: { enabled: true, show: { company: false } } });
    await fakeBrowser.storage.local.set({ settings: "}{not json" });
    expect(seen).toEqual([false, true]);
    unwatch();
  });
});
