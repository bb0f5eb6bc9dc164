'use client';

import { useEffect } from 'react';
import { serviceWorkerPath } from '@/i18n/paths';
import { SKIP_WAITING } from '@/offline/caches';

/**
 * Registers the service worker (src/offline/service-worker.ts) once the page has loaded, so that it
 * never competes with the page's own requests. The development server has none: a worker that a
 * production build left on the same origin is unregistered, so that it never answers for it.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
      return;
    }
    // A browser that refuses workers (private modes, policies) simply reads online. A new deployment's
    // worker takes over as soon as it is installed; one still waiting at the next page load is asked
    // again (Chromium can leave it waiting when a request wakes the old worker while it is being
    // replaced).
    const register = () =>
      void navigator.serviceWorker
        .register(serviceWorkerPath, { scope: '/' })
        .then((registration) => registration.waiting?.postMessage(SKIP_WAITING))
        .catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}
