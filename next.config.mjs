import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Plain files in out/ that any static host or CDN can serve. The development server renders
  // pages on demand instead: with the export's checks, a mistyped URL there was an error, not the 404 page.
  output: process.env.NODE_ENV === 'development' ? undefined : 'export',
  trailingSlash: true,
  // Tests build fixture sites side by side: FAQ_OUT_DIR names the export folder.
  ...(process.env.FAQ_OUT_DIR ? { distDir: process.env.FAQ_OUT_DIR } : {}),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
