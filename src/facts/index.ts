export { FACT_BASE_VERSION, factBase } from "./data.generated";
export * from "./query";
export * from "./types";
