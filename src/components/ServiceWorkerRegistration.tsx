'use client';

import { useEffect } from 'react';
import { serviceWorkerPath } from '@/i18n/paths';
import { SKIP_WAITING } from '@/offline/caches';
import { SEARCH_INTENT_EVENT } from './header-search-script';

/**
 * How long after the load event, and after the reader's last sign of searching, the worker waits
 * before registering. Its install downloads the whole shell, which on a phone shares the network
 * and the CPU with the page: measured on the cold search bench (4× CPU, 1.6 Mbit/s), a worker
 * registered at load delayed a first search's first result by about 100–150 ms.
 */
const QUIET_MS = 3000;

/**
 * Registers the service worker (src/offline/service-worker.ts) once the page has loaded and the
 * reader's search is quiet, so that it never competes with the page's own requests. The
 * development server has none: a worker that a production build left on the same origin is
 * unregistered, so that it never answers for it.
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
    const register = () => {
      stop();
      void navigator.serviceWorker
        .register(serviceWorkerPath, { scope: '/' })
        .then((registration) => registration.waiting?.postMessage(SKIP_WAITING))
        .catch(() => undefined);
    };
    let timer: number | undefined;
    const wait = () => {
      if (document.readyState !== 'complete') return; // the load event starts the wait
      window.clearTimeout(timer);
      timer = window.setTimeout(register, QUIET_MS);
    };
    // Keystrokes typed before React has taken the search box over reach the window as SEARCH_INTENT_EVENT.
    const typed = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.search-box')) wait();
    };
    const stop = () => {
      window.clearTimeout(timer);
      window.removeEventListener('load', wait);
      window.removeEventListener(SEARCH_INTENT_EVENT, wait);
      window.removeEventListener('input', typed, true);
    };
    window.addEventListener(SEARCH_INTENT_EVENT, wait);
    window.addEventListener('input', typed, true);
    wait();
    window.addEventListener('load', wait, { once: true });
    return stop;
  }, []);
  return null;
}
