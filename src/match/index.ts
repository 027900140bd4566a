export { type AliasEntry, type Automaton, buildAutomaton } from "./automaton";
export { aliasEntries, entityAutomaton } from "./entities";
export { foldKey } from "./fold";
export { collectUnambiguous, type EntityMatch, resolveMatches } from "./resolve";
export { type AliasMatch, type Edges, scan } from "./scan";
