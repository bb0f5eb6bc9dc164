import type { ReactNode } from 'react';

// Each part of the site renders its own <html> (with its own `lang`): the language picker at `/`,
// the 404 page, and every page under `/[locale]/`.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
