// The tests find elements by the texts users see, read from the locale files, so a wording
// change in content/ never breaks a test.
import { readFileSync } from 'node:fs';
import { NAMESPACES, type NamespaceName } from '../../../src/i18n/namespaces';

type Tree = { [k: string]: string | Tree };

function find(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    // Locale files nest on every dot, ids' dots included, as i18next reads them.
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function texts(lng: string) {
  const load = (ns: string) =>
    JSON.parse(readFileSync(`content/locales/${lng}/${ns}.json`, 'utf8')) as Tree;
  const trees = Object.fromEntries(NAMESPACES.map((ns) => [ns, load(ns)])) as Record<
    NamespaceName,
    Tree
  >;
  const one = (path: string, ns?: NamespaceName) =>
    ns ? find(trees[ns], path) : (find(trees.screens, path) ?? find(trees.ui, path));
  /**
   * The text at `path` in namespace `ns`; without one, the interface's words as the screens
   * read them: `screens` (the screens after the start page), then `ui` (start page and shell).
   * Several paths, as i18next reads a key array: the first that has a text (a question's label
   * in the situation's own words, then the general one: key.questionLabel).
   */
  return (
    path: string | readonly string[],
    ns?: NamespaceName,
    vars: Record<string, string | number> = {},
  ) => {
    const paths = typeof path === 'string' ? [path] : path;
    const text = paths.map((p) => one(p, ns)).find((x) => x !== undefined);
    if (text === undefined) throw new Error(`no text at ${ns ? `${ns}:` : ''}${paths.join(' | ')}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
  };
}
