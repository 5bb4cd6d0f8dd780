// The framework a service deploys with the app: `framework.json` beside index.html (README,
// "Deploying"). Fetched from the app's own origin only (the CSP allows nothing else), revalidated
// with the server on every read so a new file is seen at once, and never cached by the service
// worker (ADR 0019): a framework that changed or was removed on the server must not live on
// in a cache. Offline, the request fails and the framework on this device is used.
import type { Content } from '../../domain/content/types';
import {
  MAX_FRAMEWORK_FILE_CHARS,
  parseFramework,
  type Framework,
  type FrameworkError,
  type FrameworkProblem,
} from '../../domain/framework/read';

/** Relative: resolved against the page, so the app works from any folder. */
export const DEPLOYED_FRAMEWORK_URL = 'framework.json';

export type DeployedFramework =
  | { status: 'none' | 'unreachable' }
  | { status: 'found'; framework: Framework }
  | { status: 'refused'; error: FrameworkError; problems: FrameworkProblem[] };

export async function fetchDeployedFramework(
  content: Content,
  fetcher: typeof fetch = fetch,
): Promise<DeployedFramework> {
  let response: Response;
  try {
    response = await fetcher(DEPLOYED_FRAMEWORK_URL, {
      cache: 'no-cache',
      credentials: 'same-origin',
      redirect: 'error',
    });
  } catch {
    return { status: 'unreachable' };
  }
  // No file deployed: the usual case, not an error.
  if (response.status === 404 || response.status === 410) return { status: 'none' };
  if (!response.ok) return { status: 'unreachable' };
  // A host that answers every unknown address with the app's page (a dev server, some static
  // hosts) has no framework file either.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) return { status: 'none' };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_FRAMEWORK_FILE_CHARS * 4)
    return {
      status: 'refused',
      error: 'too-large',
      problems: [{ path: '(root)', message: 'file too large' }],
    };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { status: 'unreachable' };
  }
  const result = parseFramework(content, text);
  return result.ok
    ? { status: 'found', framework: result.framework }
    : { status: 'refused', error: result.error, problems: result.problems };
}
