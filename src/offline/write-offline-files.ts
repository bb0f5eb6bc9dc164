import { buildServiceWorker, type ServiceWorkerReport } from './build-service-worker';
import { writeOfflineLists } from './write-offline-lists';

/**
 * Everything offline reading adds to a finished export: each locale's offline list, then the
 * service worker, whose precache list revisions the files as they finally are. Run again over an
 * export whose files changed (a new deployment, merged per-locale builds), it replaces both.
 */
export async function writeOfflineFiles(root: string, defaultLocale: string): Promise<{ lists: ReturnType<typeof writeOfflineLists>; worker: ServiceWorkerReport }> {
  const lists = writeOfflineLists(root);
  return { lists, worker: await buildServiceWorker(root, defaultLocale) };
}
