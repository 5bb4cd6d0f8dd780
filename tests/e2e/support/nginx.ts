// Real nginx serving the build with the shipped deploy/nginx.conf, for the tests of one file
// that read the server itself (the `nginx` project of vitest.e2e.config.ts runs its files
// behind one too: support/global-setup-nginx.ts).
import { afterAll, beforeAll } from 'vitest';
import { startNginx, type RunningNginx } from '../../../scripts/nginx';

export function nginxForFile(use: (nginx: RunningNginx) => void): void {
  let nginx: RunningNginx | undefined;
  beforeAll(async () => {
    nginx = await startNginx(process.env.DISCERNE_DIST ?? 'dist');
    use(nginx);
  });
  afterAll(async () => {
    await nginx?.stop();
  });
}
