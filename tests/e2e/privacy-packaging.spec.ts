// Nothing leaves the browser, the permissions are the least needed, and the packages are consistent. That no request
// leaves a browser at work is checked in Chromium and in Firefox: tests/e2e/cross-browser/privacy.spec.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, extensionDir, test } from "./harness";

const root = join(import.meta.dirname, "../..");
const firefoxDir = join(root, ".output/firefox-mv2");
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

test("the manifests ask for storage only, run on web pages only, and agree on name and version", () => {
  for (const dir of [extensionDir, firefoxDir]) {
    const m = manifest(dir);
    // The name and description come from the browser's catalogues, in its UI language; English by default.
    expect(m.name).toBe("__MSG_extName__");
    expect(m.default_locale).toBe("en");
    const messages = (lang: string) =>
      JSON.parse(readFileSync(join(dir, "_locales", lang, "messages.json"), "utf8")) as Record<
        string,
        { message: string }
      >;
    expect(messages("en").extName?.message).toBe("Defence Lens");
    const descriptions = ["en", "fr", "et"].map((lang) => messages(lang).extDescription?.message);
    expect(new Set(descriptions).size).toBe(3);
    for (const lang of ["en", "fr", "et"]) expect(messages(lang).cmdOpenPanel?.message).toBeTruthy();
    expect(m.version).toBe(pkg.version);
    expect(m.permissions).toEqual(["storage"]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([["http://*/*", "https://*/*"]]);
  }
  expect(manifest(extensionDir).manifest_version).toBe(3);
  // The keyboard command that opens the annotations panel, changeable on the browser's shortcuts page.
  for (const dir of [extensionDir, firefoxDir]) {
    expect(manifest(dir).commands?.["open-panel"]).toMatchObject({ suggested_key: { default: "Alt+Shift+L" } });
  }
  expect(manifest(firefoxDir).browser_specific_settings.gecko.data_collection_permissions).toEqual({
    required: ["none"],
  });
});

test("both builds carry the toolbar icon at 16, 32, 48 and 128 px, rendered from the SVG", () => {
  for (const dir of [extensionDir, firefoxDir]) {
    const m = manifest(dir);
    const button = m.action ?? m.browser_action;
    expect(Object.keys(m.icons).map(Number)).toEqual([16, 32, 48, 128]);
    expect(button.default_icon).toEqual(m.icons);
    for (const [size, path] of Object.entries<string>(m.icons)) {
      const png = readFileSync(join(dir, path));
      // A PNG's IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect(png.subarray(1, 4).toString("latin1"), path).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
    }
  }
});

test("the built code holds no network API at all", () => {
  const network = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection/;
  for (const dir of [extensionDir, firefoxDir]) {
    for (const file of files(dir).filter((f) => f.endsWith(".js"))) {
      expect(readFileSync(file, "utf8").match(network)?.[0], file).toBeUndefined();
    }
  }
});

test("npm run zip made the Chrome and Firefox packages", () => {
  for (const target of ["chrome", "firefox"]) {
    expect(existsSync(join(root, ".output", `defence-lens-${pkg.version}-${target}.zip`)), target).toBe(true);
  }
});
