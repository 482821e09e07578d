/** Types of scripts/schema.mjs, for the tests that import it. */
export declare const SCHEMA_PATH: string;
export declare function articleSchema(): Record<string, unknown>;
export declare function articleSchemaText(): string;
