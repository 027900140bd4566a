export { compiledAliases, factBase } from "./data.generated";
export * from "./query";
export * from "./types";
