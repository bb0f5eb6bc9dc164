'use client';

import { useEffect } from 'react';
import { serviceWorkerPath } from '@/i18n/paths';

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
    // A browser that refuses workers (private modes, policies) simply reads online.
    const register = () => void navigator.serviceWorker.register(serviceWorkerPath, { scope: '/' }).catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}
