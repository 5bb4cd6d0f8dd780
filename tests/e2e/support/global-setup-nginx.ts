import type { TestProject } from 'vitest/node';
import { startNginx } from '../../../scripts/nginx';

/**
 * The `nginx` project: Debian's nginx with the shipped deploy/nginx.conf, serving the
 * production build (DISCERNE_NGINX_DIST, `dist` by default), the service worker allowed as in
 * production. Stopped when the run ends, also on failure.
 */
export default async function setup(project: TestProject) {
  const nginx = await startNginx(project.config.env.DISCERNE_DIST);
  project.provide('baseUrl', nginx.url);
  project.provide('serviceWorkers', 'allow');
  return () => nginx.stop();
}
