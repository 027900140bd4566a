export { type AliasEntry, type Automaton, buildAutomaton, type CompiledAlias } from "./automaton";
export { aliasEntries, compileAliases, entityAutomaton, precompiledAutomaton } from "./entities";
export { foldKey } from "./fold";
export { collectUnambiguous, type EntityMatch, findEntities, resolveMatches } from "./resolve";
export { type AliasMatch, type Edges, mayName, scan } from "./scan";
