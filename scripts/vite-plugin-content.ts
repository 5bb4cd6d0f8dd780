// Vite plugin: validates content/ with the same checks as content:check, and hands the browser
// the parsed content as `virtual:discerne-content`. Broken content fails the build (and the dev
// server) with the same one-line messages, so a trainer never ships a blank page.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import { NAMESPACES } from '../src/i18n/namespaces.ts';

const ID = 'virtual:discerne-content';
const RESOLVED = `\0${ID}`;
// The glossary is its own module, imported only by the screens that explain terms, so none of
// it lands in the first visit's script (ADR 0015).
const GLOSSARY_ID = 'virtual:discerne-glossary';
const GLOSSARY_RESOLVED = `\0${GLOSSARY_ID}`;

export function discerneContent(dir = 'content'): Plugin {
  const root = resolve(dir);
  return {
    name: 'discerne-content',
    resolveId: (id) => (id === ID ? RESOLVED : id === GLOSSARY_ID ? GLOSSARY_RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED && id !== GLOSSARY_RESOLVED) return undefined;
      const { content, glossary, problems } = checkContent(root, { namespaces: NAMESPACES });
      if (problems.length > 0 || !content || !glossary) {
        const lines = problems.map(formatProblem).join('\n');
        this.error(`content/ has ${problems.length} problem(s):\n${lines}`);
      }
      // handleHotUpdate below invalidates both modules when anything in content/ changes; the
      // glossary module does not add the folder itself (vitest would take it for an import).
      // Each file, not the folder: a folder among a module's watched files is taken for an
      // import that cannot be resolved when a test imports the module (vitest).
      if (id === RESOLVED)
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }))
          if (file.endsWith('.json')) this.addWatchFile(join(root, file));
      // $schema is for editors only.
      const value = id === RESOLVED ? content : glossary;
      const json = JSON.stringify(value, (k, v: unknown) => (k === '$schema' ? undefined : v));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return;
      for (const resolved of [RESOLVED, GLOSSARY_RESOLVED]) {
        const mod = server.moduleGraph.getModuleById(resolved);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
