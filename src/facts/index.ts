export { compiledAliases, FACT_BASE_VERSION, factBase, loadFactBase } from "./data.generated";
export * from "./query";
export * from "./types";
