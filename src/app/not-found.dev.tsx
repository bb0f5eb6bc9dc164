// The development server's not-found boundary: the 404 page for notFound() in a page or layout.
// Builds leave this file out (next.config.mjs), since every page would carry it.
export { default } from './global-not-found';
