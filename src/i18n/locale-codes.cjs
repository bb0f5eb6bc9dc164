// The locale codes of content/locales.yaml, in order (the first is the default): the one reader of
// that list, shared by next.config.mjs (which passes it to the browser bundles) and by
// src/i18n/locales.ts outside Next.js (the command-line tools and tests). Plain CommonJS, so that
// both can load it as it is. The file itself, with every setting of each locale, is checked by
// locale-config.ts (npm run check:content).
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

/** @param {string} [contentDir] @returns {string[]} */
function localeCodes(contentDir = process.env.FAQ_CONTENT_DIR ?? 'content') {
  const file = path.resolve(contentDir, 'locales.yaml');
  if (!existsSync(file)) return [];
  const data = YAML.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
}

module.exports = { localeCodes };
