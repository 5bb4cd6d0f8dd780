// Every interface key written literally in the code — t('review.confirm'), t('x', { ns:
// 'content' }), t('carnet:kind.x') — exists in the reference locale, in a namespace the file's
// useTranslation reads, so a typo, a key removed from a locale file or a key moved to another
// namespace fails the tests instead of showing "review.confirm" to a social worker.
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

/**
 * The namespaces a file's t() reads a key without a prefix from: the first one given to each
 * useTranslation, or all of them with `nsMode: 'fallback'`. Null when the file calls none.
 */
export function readNamespaces(source: string): Set<string> | null {
  const call = /\buseTranslation\(\s*('[\w-]+'|\[[^\]]*\])\s*(,\s*\{[^}]*\})?\s*\)/g;
  const out = new Set<string>();
  let found = false;
  for (const [, first, options] of source.matchAll(call)) {
    found = true;
    const listed = [...first!.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!);
    const fallback = /\bnsMode:\s*'fallback'/.test(options ?? '');
    (fallback ? listed : listed.slice(0, 1)).forEach((ns) => out.add(ns));
  }
  return found ? out : null;
}

const uses = [...sourceFiles('src/ui'), ...sourceFiles('src/print')].flatMap((file) => {
  const source = readFileSync(file, 'utf8');
  const read = readNamespaces(source);
  return literalKeys(file, source).map((use) => ({ ...use, read }));
});

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

  it('finds the namespaces a file reads keys from', () => {
    expect(readNamespaces("useTranslation('ui'); useTranslation(['screens', 'content'])")).toEqual(
      new Set(['ui', 'screens']),
    );
    expect(readNamespaces("useTranslation(['screens', 'ui'], { nsMode: 'fallback' })")).toEqual(
      new Set(['screens', 'ui']),
    );
    expect(readNamespaces('const x = 1;')).toBeNull();
  });

  it('exist in the reference locale, in a namespace the file reads', () => {
    const missing = uses
      .filter(({ key, ns, read }) =>
        ns
          ? !known.get(ns)?.has(key)
          : ![...known].some(([n, keys]) => (read === null || read.has(n)) && keys.has(key)),
      )
      .map(({ file, key, ns }) => `${file}: ${ns ? `${ns}:` : ''}${key}`);
    expect(missing).toEqual([]);
  });
});
