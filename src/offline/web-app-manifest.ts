import type { MetadataRoute } from 'next';
import { appIconPath, homePath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';

/** The light theme's page and accent colours (src/styles/globals.css `--bg`, `--accent`). */
const BACKGROUND = '#ffffff';
const ACCENT = '#0b57d0';

/**
 * The web app manifest of a locale: the site installed in that language opens on its home page;
 * its scope is the whole site, so that the language switcher stays inside the installed app.
 */
export function webAppManifest(locale: Locale, { site, offline }: Pick<Messages, 'site' | 'offline'>): MetadataRoute.Manifest {
  return {
    id: homePath(locale),
    name: site.name,
    short_name: offline.shortName,
    description: site.description,
    lang: locale,
    start_url: homePath(locale),
    scope: '/',
    display: 'standalone',
    theme_color: ACCENT,
    background_color: BACKGROUND,
    icons: ([192, 512] as const).map((size) => ({ src: appIconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
}
