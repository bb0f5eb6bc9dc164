'use client';

import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';

// The 404 page is the root not-found boundary, so Next.js ships every client component it imports
// with the JavaScript of every page (the language picker too), beside the locale layout's own copy
// of the header. Named through these instead, the code loads only where they render: on the 404.
// (React.lazy rather than next/dynamic, whose own runtime would cost every page about 3 KiB.)
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function OnDemand(props: P) {
    return (
      <Suspense>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  }
  return OnDemand;
}

export const HeaderSearch = onDemand(() => import('./HeaderSearch').then((m) => m.HeaderSearch));
export const ThemeToggle = onDemand(() => import('./ThemeToggle').then((m) => m.ThemeToggle));
export const LanguageSwitcher = onDemand(() => import('./LanguageSwitcher').then((m) => m.LanguageSwitcher));
export const NotFoundSuggestions = onDemand(() => import('./NotFoundSuggestions').then((m) => m.NotFoundSuggestions));
