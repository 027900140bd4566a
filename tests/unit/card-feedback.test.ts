// @vitest-environment happy-dom
// The card's "Wrong here?" section: each button asks for its correction once, says what it did and offers Undo (which
// asks for the same correction taken back); a correction that could not be stored says so and keeps the buttons.
import { describe, expect, it } from "vitest";
import { type CardFeedback, cardFeedback, type FeedbackMention } from "../../src/ui/card-feedback";

const paris: FeedbackMention = { entity: "paris", name: "Paris", words: "Paris" };

function recorder(fail = false): CardFeedback & { calls: string[] } {
  const calls: string[] = [];
  const record = (kind: string) => async (m: FeedbackMention, on: boolean) => {
    calls.push(`${kind} ${m.entity} ${m.words} ${on}`);
    if (fail) throw new Error("storage full");
  };
  return { calls, hideName: record("hide"), notThisEntity: record("not") };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent === name) as HTMLButtonElement;

describe("the card's corrections", () => {
  it("are absent where nothing could store them (the source viewer)", () => {
    expect(cardFeedback(undefined, paris)).toBeNull();
  });

  it("hide a name, say so, and undo it", async () => {
    const feedback = recorder();
    const section = cardFeedback(feedback, paris) as HTMLElement;
    document.body.append(section);
    button(section, "Hide this name on this site").click();
    await flush();
    expect(feedback.calls).toEqual(["hide paris Paris true"]);
    expect(section.querySelector("[role=status]")?.textContent).toContain(
      "Paris is no longer highlighted on this site.",
    );
    expect(section.querySelector<HTMLElement>(".feedback-buttons")?.hidden).toBe(true);
    button(section, "Undo").click();
    await flush();
    expect(feedback.calls).toEqual(["hide paris Paris true", "hide paris Paris false"]);
    expect(section.querySelector<HTMLElement>(".feedback-buttons")?.hidden).toBe(false);
  });

  it("take the mention's words as not that entity", async () => {
    const feedback = recorder();
    const section = cardFeedback(feedback, {
      entity: "macron",
      name: "Emmanuel Macron",
      words: "Macron",
    }) as HTMLElement;
    button(section, "Not Emmanuel Macron here").click();
    await flush();
    expect(feedback.calls).toEqual(["not macron Macron true"]);
    expect(section.textContent).toContain("“Macron” is no longer taken as Emmanuel Macron on this site.");
  });

  it("say when the correction could not be stored, and keep the buttons", async () => {
    const section = cardFeedback(recorder(true), paris) as HTMLElement;
    button(section, "Hide this name on this site").click();
    await flush();
    expect(section.querySelector("[role=status]")?.textContent).toContain("Could not save this");
    expect(section.querySelector<HTMLElement>(".feedback-buttons")?.hidden).toBe(false);
  });
});
