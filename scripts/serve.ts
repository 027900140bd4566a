// A small static server on 127.0.0.1 for the demo and the tests: the source documents as news pages under
// /documents/<file>.html, the test pages under /pages/.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { factBase } from "../src/facts";
import { newsPage } from "./news-page";

export const root = join(import.meta.dirname, "..");
export const documentsDir = join(root, "corpus/documents");
const pagesDir = join(root, "tests/fixtures/pages");

export function documentNames(): string[] {
  return readdirSync(documentsDir)
    .filter((n) => n.endsWith(".txt"))
    .sort();
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  // Test pages served as the browser gets them elsewhere: XHTML (XML parsing, lowercase names) and plain text.
  ".xhtml": "application/xhtml+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  port?: number;
  headers?: Record<string, string>;
  /** Pages held in memory, by path ("/bench/dense-1mb.html"). */
  pages?: ReadonlyMap<string, string>;
}

export function serve({ port = 0, headers = {}, pages }: ServeOptions = {}): Promise<Served> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // ?csp serves the page under a strict Content-Security-Policy: no script, no inline style, nothing remote.
    const csp = url.searchParams.has("csp")
      ? { "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'none'; script-src 'none'" }
      : {};
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...csp, ...headers });
      res.end(body);
    };
    const doc = /^\/documents\/([\w.-]+\.txt)\.html$/.exec(url.pathname);
    if (doc?.[1] && documentNames().includes(doc[1])) {
      const dark = url.searchParams.has("dark");
      const title = factBase.documents.find((d) => d.id === doc[1])?.title;
      const text = readFileSync(join(documentsDir, doc[1]), "utf8");
      return send(200, TYPES[".html"] as string, newsPage(text, { dark, ...(title ? { title } : {}) }));
    }
    const held = pages?.get(url.pathname);
    if (held !== undefined) return send(200, TYPES[".html"] as string, held);
    if (url.pathname === "/") {
      const links = documentNames()
        .map((n) => `<li><a href="/documents/${n}.html">${n}</a></li>`)
        .join("");
      return send(200, TYPES[".html"] as string, `<!doctype html><title>Documents</title><ul>${links}</ul>`);
    }
    const file = normalize(url.pathname.replace(/^\/pages\//, "")).replace(/^(\.\.[/\\])+/, "");
    if (url.pathname.startsWith("/pages/")) {
      try {
        const body = readFileSync(join(pagesDir, file), "utf8");
        return send(200, TYPES[extname(file)] ?? "text/plain", body);
      } catch {
        // falls through to 404
      }
    }
    send(404, "text/plain", "not found");
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        server,
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
