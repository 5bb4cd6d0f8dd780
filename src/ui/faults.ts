// A fault that tests can inject into the built app: `?fault=<step or page>` makes that screen
// throw while rendering, so the end-to-end suite proves a crash goes to the recovery page and
// loses nothing. It is harmless by design: it only throws, in the user's own tab, from a URL
// they opened; it reads nothing, sends nothing and changes no data (see docs/adr).
export const FAULT_PARAM = 'fault';

export function injectedFault(search: string): string | null {
  return new URLSearchParams(search).get(FAULT_PARAM);
}

/** Throws while rendering when the URL asks for a fault on this screen. */
export function InjectedFault({ where }: { where: string }): null {
  // No window in the build-time pre-render: no fault there.
  if (typeof window !== 'undefined' && injectedFault(window.location.search) === where)
    throw new Error(`injected fault on "${where}" (?${FAULT_PARAM}=${where})`);
  return null;
}
