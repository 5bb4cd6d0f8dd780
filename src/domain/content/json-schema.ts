// JSON Schemas for editors, generated from the zod schemas (the single source of truth), so a
// trainer editing content in VS Code gets completion and red squiggles from the same rules
// content:check applies. `npm run content:schema` writes them to content/schema/; a unit test
// fails when the committed files differ from what this module generates.
import { z } from 'zod';
import { contentFiles, GlossaryFile, type ContentFileName } from './schema.ts';

/**
 * The schema file a content file points to with "$schema": "situations.json" → "situations",
 * "postures/know.json" → "posture" (files of one folder share one schema, named in the singular).
 */
export function schemaName(file: string): string {
  const slash = file.lastIndexOf('/');
  if (slash < 0) return file.replace(/\.json$/, '');
  return file.slice(0, slash).replace(/s$/, '');
}

/** Locale files: nested objects whose leaves are non-empty strings (i18next's JSON format). */
type LocaleTree = { [key: string]: string | LocaleTree };
export const LocaleFile: z.ZodType<LocaleTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string().min(1), LocaleFile])),
);

function toJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    // Input side: fields with a default are optional for the author.
    io: 'input',
    override: (ctx) => {
      // z.url({ protocol: /^https$/ }) comes out as a bare "uri": tell the editor it is https.
      if (ctx.jsonSchema.format === 'uri') ctx.jsonSchema.pattern = '^https://';
    },
  });
  const { $schema, ...rest } = json;
  return { $schema, title, ...rest };
}

/** Every schema, by file name in content/schema/ ("posture.schema.json"), in a stable order. */
export function jsonSchemas(): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [file, schema] of Object.entries(contentFiles) as [ContentFileName, z.ZodType][]) {
    const name = `${schemaName(file)}.schema.json`;
    if (!out.has(name)) out.set(name, toJsonSchema(schema, `Discerne content: ${file}`));
  }
  // The glossary is read apart from the other files (glossary.ts), its schema all the same.
  out.set('glossary.schema.json', toJsonSchema(GlossaryFile, 'Discerne content: glossary.json'));
  out.set(
    'locale.schema.json',
    toJsonSchema(
      z
        .object({ $schema: z.string().optional() })
        .catchall(z.union([z.string().min(1), LocaleFile])),
      'Discerne texts: content/locales/<language>/<namespace>.json',
    ),
  );
  return out;
}

/** The text written to disk: two-space JSON and a final newline, as Prettier leaves it. */
export const schemaText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
