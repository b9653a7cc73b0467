// Writes src/export/json-schema/field-docs.ts; part of `npm run generate`. A test checks it is current.
import { writeFileSync } from 'node:fs';
import { renderFieldDocs } from './field-docs.js';

writeFileSync('src/export/json-schema/field-docs.ts', renderFieldDocs());
console.log('src/export/json-schema/field-docs.ts written');
