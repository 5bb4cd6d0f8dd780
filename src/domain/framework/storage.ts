// The framework recorded on this device. It describes the service, not a case: it is kept until
// it is forgotten on the framework page (the quick exit and a case's expiry leave it alone).
// Every access can fail (storage disabled, private mode, quota full): nothing here throws.
import type { Content } from '../content/types.ts';
import { serializeFramework, type Framework } from './model.ts';
import { parseFramework, type FrameworkError } from './read.ts';

export const FRAMEWORK_STORAGE_KEY = 'discerne.framework';

export type FrameworkStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * localStorage, or null where merely touching it throws (some privacy settings do). Not the
 * case's browserStore: importing the case modules would pull the wizard and the engine into
 * the page's chunk, and split them out of the first visit's.
 */
export function deviceStore(): FrameworkStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export type DeviceFramework =
  | { status: 'none' | 'unavailable' }
  | { status: 'found'; framework: Framework }
  | { status: 'refused'; error: FrameworkError };

export function loadDeviceFramework(
  store: FrameworkStore | null,
  content: Content,
): DeviceFramework {
  if (!store) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(FRAMEWORK_STORAGE_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'none' };
  // A copy that no longer reads (a content update removed a situation) is kept, not erased:
  // the page says why and the service can export what it can still fix.
  const result = parseFramework(content, text);
  return result.ok
    ? { status: 'found', framework: result.framework }
    : { status: 'refused', error: result.error };
}

export function saveDeviceFramework(store: FrameworkStore | null, framework: Framework): boolean {
  if (!store) return false;
  try {
    store.setItem(FRAMEWORK_STORAGE_KEY, serializeFramework(framework));
    return true;
  } catch {
    return false;
  }
}

export function forgetDeviceFramework(store: FrameworkStore | null): boolean {
  if (!store) return false;
  try {
    store.removeItem(FRAMEWORK_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
