// Which questions a service's framework settles, and with which option: content/framework.json
// (ADR 0019). Data, not code: a framework field's value ("rule": "not-allowed") settles a question
// ("can.internal-rules") with one of its options ("no"), in the jurisdictions listed (all when
// absent). zod/mini, because the browser reads it with the framework page.
import { z } from 'zod/mini';
import { FIELD_NAMES } from '../framework/model.ts';

export const FRAMEWORK_MAP_FILE = 'framework.json';

export const FrameworkSettle = z.strictObject({
  field: z.enum(FIELD_NAMES as [string, ...string[]]),
  value: z.string().check(z.minLength(1)),
  question: z.string().check(z.minLength(1)),
  option: z.string().check(z.minLength(1)),
  jurisdiction: z.optional(z.array(z.string()).check(z.minLength(1))),
});

export const FrameworkMapFile = z.strictObject({
  $schema: z.optional(z.string()),
  settles: z.array(FrameworkSettle),
});

export type FrameworkSettle = z.infer<typeof FrameworkSettle> & {
  field: (typeof FIELD_NAMES)[number];
};
export interface FrameworkMap {
  settles: FrameworkSettle[];
}

/** The mapping, or null when it does not parse (content:check says why). */
export function readFrameworkMap(raw: unknown): FrameworkMap | null {
  const parsed = FrameworkMapFile.safeParse(raw);
  return parsed.success ? { settles: parsed.data.settles as FrameworkSettle[] } : null;
}
