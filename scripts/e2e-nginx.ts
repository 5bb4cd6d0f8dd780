// The end-to-end suite once more, against real nginx with the shipped deploy/nginx.conf: every
// page under the real CSP and headers (tests/e2e/support/setup.ts fails a test on any CSP
// violation). Usage: [DISCERNE_DIST=dist] tsx scripts/e2e-nginx.ts [vitest args…].
// nginx is stopped on exit, on failure and on Ctrl-C.
import { spawn } from 'node:child_process';
import { startNginx } from './nginx.ts';

const dist = process.env.DISCERNE_DIST ?? 'dist';
const nginx = await startNginx(dist);
console.log(`nginx: serving ${dist} at ${nginx.url} with deploy/nginx.conf`);

let stopping: Promise<void> | undefined;
const stop = () => (stopping ??= nginx.stop());
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void stop().then(() => process.exit(130)));

const code = await new Promise<number>((ok) => {
  const child = spawn(
    'npx',
    ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, DISCERNE_BASE_URL: nginx.url, DISCERNE_DIST: dist },
    },
  );
  child.once('exit', (c) => ok(c ?? 1));
});
await stop();
process.exit(code);
