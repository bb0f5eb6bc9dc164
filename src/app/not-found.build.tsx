// The not-found boundary of a static build. Nothing in an exported site calls notFound() at run
// time (every page is generated ahead, and a missing address gets 404.html, which is
// app/global-not-found.tsx); without this file every page's hydration data would carry Next.js's
// default 404 page. The development server reads app/not-found.dev.tsx instead.
export default function BuildNotFound() {
  return null;
}
