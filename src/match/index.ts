export {
  type AliasEntry,
  type Automaton,
  buildAutomaton,
  type CompiledAlias,
  withLanguage,
} from "./automaton";
export { aliasEntries, compileAliases, cueId, entityAutomaton, precompiledAutomaton } from "./entities";
export { foldKey } from "./fold";
export { languageOfTag, type PageLanguage } from "./language-codes";
export {
  collectUnambiguous,
  type EntityMatch,
  findEntities,
  findNames,
  mayResolveLater,
  resolveMatches,
} from "./resolve";
export { type AliasMatch, type Edges, isEntity, mayName, scan } from "./scan";
