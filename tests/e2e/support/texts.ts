// The tests find elements by the texts users see, read from the locale files, so a wording
// change in content/ never breaks a test.
import { readFileSync } from 'node:fs';

type Tree = { [k: string]: string | Tree };

function lookup(tree: Tree, path: string): string {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    // Locale files nest on every dot, ids' dots included, as i18next reads them.
    if (typeof node !== 'object') break;
    node = node[part];
  }
  if (typeof node !== 'string') throw new Error(`no text at ${path}`);
  return node;
}

export function texts(lng: string) {
  const load = (ns: string) =>
    JSON.parse(readFileSync(`content/locales/${lng}/${ns}.json`, 'utf8')) as Tree;
  const trees: Record<string, Tree> = {
    ui: load('ui'),
    content: load('content'),
    carnet: load('carnet'),
    workshop: load('workshop'),
  };
  return (
    path: string,
    ns: 'ui' | 'content' | 'carnet' | 'workshop' = 'ui',
    vars: Record<string, string | number> = {},
  ) => lookup(trees[ns]!, path).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
}
