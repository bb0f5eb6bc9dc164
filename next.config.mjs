import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Plain files in out/ that any static host or CDN can serve.
  output: 'export',
  trailingSlash: true,
  // Tests build fixture sites side by side: FAQ_OUT_DIR names the export folder.
  ...(process.env.FAQ_OUT_DIR ? { distDir: process.env.FAQ_OUT_DIR } : {}),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The 404 page is app/global-not-found.tsx, a page of its own. A root app/not-found.tsx is the
  // not-found boundary of every page instead: its tree would ride in every page's HTML and its
  // client components (header, search, suggestions) in every page's first-load JavaScript.
  experimental: { globalNotFound: true },
};

export default withNextIntl(nextConfig);
