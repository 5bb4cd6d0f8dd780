// npm run content:schema: writes content/schema/*.schema.json from the zod schemas, for editors.
// Run it after changing src/domain/content/schema.ts; a unit test fails while they are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemas, schemaText } from '../src/domain/content/json-schema.ts';

const dir = resolve(process.argv[2] ?? 'content/schema');
mkdirSync(dir, { recursive: true });
const schemas = jsonSchemas();
// A schema whose content file was removed would mislead editors: remove it too.
for (const f of readdirSync(dir))
  if (f.endsWith('.schema.json') && !schemas.has(f)) rmSync(join(dir, f));
for (const [name, schema] of schemas) writeFileSync(join(dir, name), schemaText(schema));
console.log(`wrote ${schemas.size} schemas to ${dir}: ${[...schemas.keys()].join(', ')}`);
