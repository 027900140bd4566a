export { compiledAliases, factBase, loadFactBase } from "./data.generated";
export * from "./query";
export * from "./types";
