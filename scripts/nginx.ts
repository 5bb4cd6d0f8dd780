// Starts Debian's nginx on a loopback port, serving a built dist/ through the shipped
// deploy/nginx.conf — the same headers, CSP and cache rules an intranet would get. Used by
// the `nginx` project of the end-to-end tests (tests/e2e/support/global-setup-nginx.ts) and by
// the files that read the server itself (tests/e2e/support/nginx.ts). Everything nginx writes
// (pid, logs, temp files) stays in a temporary folder removed by stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const nginxPath = () => process.env.DISCERNE_NGINX ?? '/usr/sbin/nginx';

/** The shipped server config with its two DEPLOY lines filled in. */
export function renderServerConfig(template: string, listen: string, root: string): string {
  let filled = 0;
  const out = template.replace(
    /^(\s*)(listen|root) [^;]*;(\s*# DEPLOY:.*)$/gm,
    (_, sp: string, d: string) => {
      filled++;
      return `${sp}${d} ${d === 'listen' ? listen : root};`;
    },
  );
  if (filled !== 2)
    throw new Error('deploy/nginx.conf: expected one DEPLOY listen and one DEPLOY root line');
  return out;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

export async function startNginx(dist = 'dist'): Promise<RunningNginx> {
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html missing: build first`);
  if (!existsSync(nginxPath()))
    throw new Error(
      `nginx not found at ${nginxPath()}: apt-get install nginx-light (or set DISCERNE_NGINX)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'discerne-nginx-'));
  const port = await freePort();
  const server = renderServerConfig(
    readFileSync('deploy/nginx.conf', 'utf8'),
    `127.0.0.1:${port}`,
    root,
  );
  writeFileSync(join(dir, 'discerne.conf'), server);
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, workers keep root's identity: they must read a dist/ that may sit under /root.
      isRoot ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${dir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${dir}/${t};`,
      ),
      `  include ${dir}/discerne.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    nginxPath(),
    ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf')],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGQUIT'); // graceful: finish requests, then exit
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers; a config error makes nginx exit at once.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log'))
        ? readFileSync(join(dir, 'error.log'), 'utf8')
        : '';
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx exited (${child.exitCode}):\n${log}`);
    }
    try {
      await fetch(url, { method: 'HEAD' });
      return { url, stop };
    } catch {
      if (i > 100) {
        await stop();
        throw new Error('nginx did not answer within 10 s');
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}
