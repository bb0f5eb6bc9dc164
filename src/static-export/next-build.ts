import path from 'node:path';

// Next.js's build processes keep their garbage until V8's heap limit, which Node sizes from the
// machine's memory, and Next.js removes --max-old-space-size from its static-generation workers:
// at 10,000 questions per locale a worker reached 1 GiB, most of it collectable. heap-limit.cjs,
// preloaded into every process of `next build`, collects in full whenever a heap has grown by
// HEAP_STEP_MB since the last collection (FAQ_BUILD_HEAP_MB overrides it; 0 leaves V8 alone).
// glibc's allocator also keeps an arena per thread (V8's helper threads, libuv's pool) that it rarely
// gives back: two arenas per process are enough for these mostly single-threaded workers.
const HEAP_STEP_MB = 384;

/** The environment `next build` runs in. */
export function nextBuildEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    FAQ_BUILD_HEAP_MB: env.FAQ_BUILD_HEAP_MB ?? String(HEAP_STEP_MB),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --expose-gc --require ${path.resolve(import.meta.dirname, 'heap-limit.cjs')}`.trim(),
  };
}
