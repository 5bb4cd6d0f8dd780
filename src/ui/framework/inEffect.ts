// The framework that applies to the cases of this device, and the content's mapping of what it
// settles: what the wizard and the sheet need to pre-fill answers (ADR 0019). A framework
// deployed beside index.html takes precedence over the one recorded on this device.
import mapFile from '../../../content/framework.json';
import type { Content } from '../../domain/content/types';
import { readFrameworkMap, type FrameworkMap } from '../../domain/content/frameworkMap';
import type { Framework } from '../../domain/framework/model';
import {
  deviceStore,
  loadDeviceFramework,
  type FrameworkStore,
} from '../../domain/framework/storage';
import { fetchDeployedFramework } from './deployed';

/** content/framework.json, checked by content:check at build time; empty if it ever fails. */
export const FRAMEWORK_MAP: FrameworkMap = readFrameworkMap(mapFile) ?? { settles: [] };

export interface FrameworkInEffect {
  framework: Framework;
  /** Deployed with the app (read-only), or recorded on this device. */
  origin: 'deployed' | 'device';
}

export async function frameworkInEffect(
  content: Content,
  fetcher: typeof fetch = fetch,
  store: FrameworkStore | null = deviceStore(),
): Promise<FrameworkInEffect | null> {
  const deployed = await fetchDeployedFramework(content, fetcher);
  if (deployed.status === 'found') return { framework: deployed.framework, origin: 'deployed' };
  const device = loadDeviceFramework(store, content);
  return device.status === 'found' ? { framework: device.framework, origin: 'device' } : null;
}
