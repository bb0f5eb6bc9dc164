import './node-version';
import path from 'node:path';
import sharp from 'sharp';

// Draws the installed site's icons into public/icons/ (committed; run again after changing the
// drawing): the favicon's white question mark on its blue, drawn as paths so that no font decides
// the shape, on a full square so that the icon also fills a platform's mask.
// Usage: tsx src/cli/draw-app-icons.ts

const drawing = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="#0b57d0"/>
  <path d="M23.5 25.5a8.5 8.5 0 1 1 12.4 7.6c-2.6 1.3-3.9 3-3.9 5.9v2" fill="none" stroke="#fff" stroke-width="5.5" stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="32" cy="48.5" r="3.4" fill="#fff"/>
</svg>`;

const dir = path.resolve(import.meta.dirname, '../../public/icons');
for (const size of [192, 512]) {
  await sharp(Buffer.from(drawing), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toFile(path.join(dir, `icon-${size}.png`));
  console.log(`public/icons/icon-${size}.png`);
}
