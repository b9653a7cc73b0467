// Writes dist/schema/<model>.json for every model, after the build: shipped as rehab-protocols/schema/<model>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { JSON_SCHEMA_MODELS, toJsonSchema } from '../src/export/json-schema/index.js';

mkdirSync('dist/schema', { recursive: true });
for (const model of JSON_SCHEMA_MODELS) {
  writeFileSync(`dist/schema/${model}.json`, `${JSON.stringify(toJsonSchema(model), null, 2)}\n`);
}
console.log(`dist/schema: ${JSON_SCHEMA_MODELS.length} JSON Schemas written`);
