import './node-version';
import { createStaticServer } from '@/static-export/serve';

// Usage: tsx src/cli/serve.ts [folder]   (PORT, default 3000)
const root = process.argv[2] ?? 'out';
const port = Number(process.env.PORT ?? 3000);

createStaticServer({ root }).listen(port, () => {
  console.log(`Serving ${root}/ on http://localhost:${port}/`);
});
