// What the app opens with, decided before the first render. Most visits have neither a saved
// case nor a share link: they start at once, without downloading the validator (zod) that
// reading either needs. Otherwise boot.ts is fetched and reads them.
import { browserStore, STORAGE_KEY } from '../../domain/case/savedCase.write';
import { shareCodeIn } from '../../domain/case/shareLink.write';
import type { Content } from '../../domain/content/types';
import type { Boot } from './boot';

export const FRESH_BOOT: Boot = {
  step: 'start',
  notices: [],
  resume: null,
  shared: false,
  cleanUrl: null,
};

function hasSavedCase(): boolean | null {
  const store = browserStore();
  if (!store) return null;
  try {
    return store.getItem(STORAGE_KEY) !== null;
  } catch {
    return null;
  }
}

export async function startBoot(content: Content, location: Pick<Location, 'href'>): Promise<Boot> {
  const link = shareCodeIn(location.href) !== null;
  // null: storage unreachable, which boot.ts turns into a notice.
  if (!link && hasSavedCase() === false) return FRESH_BOOT;
  const { bootCase } = await import('./boot');
  return bootCase(content, browserStore(), location);
}
