// Preloaded (NODE_OPTIONS=--require) into the processes of `next build` by src/cli/build-site.ts.
// V8 lets a process's heap grow to a limit sized from the machine's memory before collecting it in
// full, and Next.js removes --max-old-space-size from the options of its static-generation workers;
// at 10,000 questions per locale a worker then held 1 GiB, most of it garbage. This collects in full
// whenever the heap has grown past FAQ_BUILD_HEAP_MB since the last collection: the limit Next.js
// takes away, without stopping a process whose live data would need more.
const v8 = require('node:v8');

const limit = Number(process.env.FAQ_BUILD_HEAP_MB) * 2 ** 20;
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
if (collect && limit > 0) {
  let floor = 0;
  const timer = setInterval(() => {
    const used = v8.getHeapStatistics().used_heap_size;
    if (used > floor + limit) {
      collect();
      floor = v8.getHeapStatistics().used_heap_size;
    }
  }, 500);
  timer.unref();
}
