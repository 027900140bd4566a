import { expect, highlights, openAnnotated, test } from "./harness";

test("the content script runs on a local page and highlights what the fact base knows", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
  const found = await highlights(page);
  expect(found).toContainEqual(["Emmanuel Macron", "person"]);
  expect(found).toContainEqual(["Tallinn", "place"]);
});
