import { defaultLocale, locales } from './locales';
import { homePath } from './paths';

/**
 * Inline script for `/`: sends the visitor to the first of their browser languages that the
 * site has (matching on the language part, so zh-TW and zh-HK get zh-CN, en-GB gets en).
 * Without JavaScript a <noscript> refresh sends them to the default locale instead.
 */
export function detectLocaleScript(): string {
  const table = JSON.stringify(locales.map((l) => [l.toLowerCase().split('-')[0], homePath(l)]));
  return `(function(){var t=${table},p=navigator.languages||[navigator.language||""];for(var i=0;i<p.length;i++){var w=String(p[i]).toLowerCase().split("-")[0];for(var j=0;j<t.length;j++){if(t[j][0]===w){location.replace(t[j][1]);return}}}location.replace(${JSON.stringify(homePath(defaultLocale))})})();`;
}
