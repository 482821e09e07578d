import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** The committed docs/article.schema.json. */
export const SCHEMA_FILE = join(import.meta.dirname, '..', '..', 'docs', 'article.schema.json');

let validate: ValidateFunction | undefined;

/** The ajv validator of the committed schema, compiled once per test file. */
export function articleValidator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: true });
    validate = ajv.compile(schema);
  }
  return validate;
}

/** `''` when `value` is a valid Article, else the errors, one per line. */
export function schemaErrors(value: unknown): string {
  const check = articleValidator();
  if (check(value)) return '';
  return (check.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
