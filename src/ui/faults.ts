// A fault that tests can inject into the app built for them (`vite build --mode e2e`):
// `?fault=<screen id>` makes that screen throw while rendering, so the end-to-end suite proves a
// crash goes to the recovery page and loses nothing. The production build has none of it: the
// mode check is constant there and the bundler drops the rest.
export const FAULT_PARAM = 'fault';

/** Builds made for the tests: the end-to-end build and vitest. */
const FAULTS_BUILT_IN = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';

export function injectedFault(search: string): string | null {
  if (!FAULTS_BUILT_IN) return null;
  return new URLSearchParams(search).get(FAULT_PARAM);
}

/** Throws while rendering when the URL asks for a fault on this screen. */
export function InjectedFault({ where }: { where: string }): null {
  if (!FAULTS_BUILT_IN) return null;
  // No window in the build-time pre-render: no fault there.
  if (typeof window !== 'undefined' && injectedFault(window.location.search) === where)
    throw new Error(`injected fault on "${where}" (?${FAULT_PARAM}=${where})`);
  return null;
}

/** Takes the fault out of the address: "start again" must not meet it again at once. */
export function clearInjectedFault(): void {
  if (!FAULTS_BUILT_IN) return;
  if (typeof window === 'undefined' || injectedFault(window.location.search) === null) return;
  const url = new URL(window.location.href);
  url.searchParams.delete(FAULT_PARAM);
  window.history.replaceState(window.history.state, '', url);
}
