// Every interface key written literally in the code — t('review.confirm'), t('x', { ns:
// 'content' }), t('carnet:kind.x') — exists in the reference locale, so a typo or a key removed
// from a locale file fails the tests instead of showing "review.confirm" to a social worker.
// content:check covers the keys derived from content ids and the fr/en parity; keys built at run
// time (template literals) are covered by the raw-key scan of the e2e suite.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };
const LOCALE = 'content/locales/fr';

const namespaces: Record<string, Tree> = Object.fromEntries(
  readdirSync(LOCALE)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(LOCALE, f), 'utf8')) as Tree,
    ]),
);

/** The leaf keys of a namespace, with i18next's plural and context suffixes folded away. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  );
}
const SUFFIX = /_(zero|one|two|few|many|other|[A-Z]{2})$/;
const known = new Map(
  Object.entries(namespaces).map(([ns, tree]) => [
    ns,
    new Set(leafKeys(tree).flatMap((k) => [k, k.replace(SUFFIX, '').replace(SUFFIX, '')])),
  ]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(f) ? [path] : [];
  });
}

interface Use {
  file: string;
  key: string;
  ns?: string;
}

/** Literal first arguments of t(), with an explicit namespace if the call names one. */
export function literalKeys(file: string, source: string): Use[] {
  const uses: Use[] = [];
  const call = /\bt\(\s*(['"])([A-Za-z][\w.:-]*)\1\s*(,\s*\{[^}]*\})?/g;
  for (const m of source.matchAll(call)) {
    const [, , raw, options] = m;
    const nsOption = /\bns:\s*['"](\w+)['"]/.exec(options ?? '')?.[1];
    const [ns, key] = raw!.includes(':') ? raw!.split(':', 2) : [nsOption, raw!];
    uses.push({ file, key: key, ns });
  }
  return uses;
}

const uses = [...sourceFiles('src/ui'), ...sourceFiles('src/print')].flatMap((file) =>
  literalKeys(file, readFileSync(file, 'utf8')),
);

describe('interface keys written in the code', () => {
  it('finds the literal keys of the screens', () => {
    expect(
      literalKeys('x.tsx', "t('a.b'); t(\"c:d.e\"); t('f', { ns: 'content' }); t(`g.${x}`)"),
    ).toEqual([
      { file: 'x.tsx', key: 'a.b', ns: undefined },
      { file: 'x.tsx', key: 'd.e', ns: 'c' },
      { file: 'x.tsx', key: 'f', ns: 'content' },
    ]);
    expect(uses.length).toBeGreaterThan(50);
  });

  it('exist in the reference locale', () => {
    const missing = uses
      .filter(({ key, ns }) =>
        ns ? !known.get(ns)?.has(key) : ![...known.values()].some((keys) => keys.has(key)),
      )
      .map(({ file, key, ns }) => `${file}: ${ns ? `${ns}:` : ''}${key}`);
    expect(missing).toEqual([]);
  });
});
