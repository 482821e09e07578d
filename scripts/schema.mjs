// Generates docs/article.schema.json, the JSON Schema of the `Article` type, from
// src/model/article.ts with ts-json-schema-generator. `npm run schema` writes the file;
// test/schema.test.ts regenerates it in memory and fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(ROOT, 'docs', 'article.schema.json');

/** The schema object of `Article`: every definition reachable from it, JSDoc as descriptions. */
export function articleSchema() {
  const generator = createGenerator({
    path: join(ROOT, 'src', 'model', 'article.ts'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    type: 'Article',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    sortProps: false,
    // An Article has exactly the documented fields: anything else is a bug the tests should see.
    additionalProperties: false,
    skipTypeCheck: true,
  });
  return generator.createSchema('Article');
}

/** The file's text: two-space JSON with a final newline. */
export function articleSchemaText() {
  return `${JSON.stringify(articleSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, articleSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
