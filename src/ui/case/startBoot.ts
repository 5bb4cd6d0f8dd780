// What the app opens with, decided before the first render. Most visits have neither a saved
// case nor a share link: they start at once, without downloading the validator (zod) that
// reading either needs, nor the decision content. Otherwise boot.ts and the content are fetched
// and read them (ADR 0022).
import { STORAGE_KEY, type CaseStore } from '../../domain/case/savedCase.write';
import { shareCodeIn } from '../../domain/case/shareLink.write';
import type { Boot } from './boot';
import { loadContent } from '../loadApp';
import { browserStores } from './keeping';

export const FRESH_BOOT: Boot = {
  step: 'start',
  notices: [],
  resume: null,
  shared: false,
  cleanUrl: null,
};

function hasSavedCase(store: CaseStore | null): boolean | null {
  if (!store) return null;
  try {
    return store.getItem(STORAGE_KEY) !== null;
  } catch {
    return null;
  }
}

export async function startBoot(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'replaceState' | 'state'> | null = null,
): Promise<Boot> {
  const link = shareCodeIn(location.href) !== null;
  const stores = browserStores();
  const saved = [hasSavedCase(stores.tab), hasSavedCase(stores.device)];
  // null: storage unreachable, which boot.ts turns into a notice.
  if (!link && saved.every((s) => s === false)) return FRESH_BOOT;
  const [{ bootCase }, content] = await Promise.all([import('./boot'), loadContent()]);
  const boot = bootCase(content, stores, location);
  // The share code leaves the address bar before anything renders: a link of the older form
  // (`?case=`) is rewritten at once, and no page ever sees `#case=` as a route.
  if (boot.cleanUrl && history) history.replaceState(history.state, '', boot.cleanUrl);
  return boot;
}
