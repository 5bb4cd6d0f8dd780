// Vite plugin: validates content/ with the same checks as content:check, and hands the browser
// the parsed content as `virtual:discerne-content`. Broken content fails the build (and the dev
// server) with the same one-line messages, so a trainer never ships a blank page.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import { NAMESPACES } from '../src/i18n/namespaces.ts';

const ID = 'virtual:discerne-content';
const RESOLVED = `\0${ID}`;

export function discerneContent(dir = 'content'): Plugin {
  const root = resolve(dir);
  return {
    name: 'discerne-content',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { content, problems } = checkContent(root, { namespaces: NAMESPACES });
      if (problems.length > 0 || !content) {
        const lines = problems.map(formatProblem).join('\n');
        this.error(`content/ has ${problems.length} problem(s):\n${lines}`);
      }
      this.addWatchFile(root);
      // $schema is for editors only.
      const json = JSON.stringify(content, (k, v: unknown) => (k === '$schema' ? undefined : v));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
