'use client';

import { useEffect } from 'react';

/**
 * The 404 page holds itself once per locale and shows the one its URL names (an inline script).
 * Its title follows once the page runs: React sets the server's title while hydrating.
 */
export function NotFoundTitle() {
  useEffect(() => {
    const shown = document.querySelector<HTMLElement>('[data-not-found-locale]:not([hidden])');
    if (shown?.dataset.title) document.title = shown.dataset.title;
  }, []);
  return null;
}
