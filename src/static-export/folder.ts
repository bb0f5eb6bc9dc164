/** The folder `next build` exports to and the later steps finish: `out`, or FAQ_OUT_DIR (tests build side by side). */
export function exportFolder(given?: string): string {
  return given ?? process.env.FAQ_OUT_DIR ?? 'out';
}
