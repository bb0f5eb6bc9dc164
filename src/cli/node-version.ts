// Imported first by every command: the code needs process.getBuiltinModule (Node.js 20.16 / 22.3),
// which package.json's `engines` promises and .npmrc's engine-strict makes `npm ci` enforce. A
// machine that installed with another Node.js gets this sentence instead of a stack trace.
if (typeof process.getBuiltinModule !== 'function') {
  console.error(`Node.js ${process.versions.node} is too old: this project needs Node.js 20.16 or later in 20.x, or 22.3 or later (see "engines" in package.json).`);
  process.exit(1);
}
export {};
