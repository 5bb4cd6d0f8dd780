import type { TestProject } from 'vitest/node';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Whether the pages of newContext may register the service worker (support/browser.ts). */
    serviceWorkers: 'allow' | 'block';
  }
}

/**
 * The `e2e` project: a bare static server serving DISCERNE_DIST (`dist-e2e` by default). The
 * service worker is blocked unless a test asks for it: registering it makes every new context
 * download and cache the whole app, which nothing in these files reads (the `nginx` project
 * tests it on the production build).
 */
export default async function setup(project: TestProject) {
  const server = await serveDist(project.config.env.DISCERNE_DIST);
  project.provide('baseUrl', server.url);
  project.provide('serviceWorkers', 'block');
  return () => server.close();
}
