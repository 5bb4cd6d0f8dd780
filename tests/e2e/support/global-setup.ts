import type { TestProject } from 'vitest/node';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await serveDist(process.env.DISCERNE_DIST ?? 'dist');
  project.provide('baseUrl', process.env.DISCERNE_BASE_URL ?? server.url);
  return () => server.close();
}
