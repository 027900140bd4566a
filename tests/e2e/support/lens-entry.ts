// Bundled by the property-based test and run in a blank page: the extension's annotator, driven directly.
import { factBase } from "../../../src/facts";
import { CATEGORIES, type Category } from "../../../src/facts/types";
import { entityAutomaton } from "../../../src/match";
import { localClaimJudge } from "../../../src/match/claim-reader";
import { localNameFinder } from "../../../src/match/name-finder";
import { Annotator } from "../../../src/page/annotator";

const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
const automaton = entityAutomaton(factBase);
const make = () =>
  new Annotator(document, {
    names: localNameFinder(automaton),
    categoryOf: (id) => categoryOf.get(id),
    claims: localClaimJudge(factBase, automaton),
  });
let current: Annotator | null = null;

const on = { active: true, categories: CATEGORIES, claims: true };
(globalThis as unknown as { lens: unknown }).lens = {
  /** A fresh annotator takes over the page, as after an extension update: the one before stops watching. */
  async annotate() {
    current?.detach();
    current = make();
    await current.apply(on);
    await current.complete();
  },
  /** The reader's category and claim switches. */
  async show(categories: Category[], claims: boolean) {
    await current?.apply({ active: true, categories, claims });
  },
  async off() {
    await current?.apply({ ...on, active: false });
    current = null;
  },
};
