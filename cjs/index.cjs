'use strict';
// apicompat is an ES module. Node >= 20.19 (and >= 22.12) can require() ES modules, so this entry hands
// CommonJS callers the same module; older Node versions get a clear message instead of ERR_REQUIRE_ESM.
try {
  module.exports = require('../dist/src/index.js');
} catch (e) {
  if (e && (e.code === 'ERR_REQUIRE_ESM' || e.code === 'ERR_REQUIRE_ASYNC_MODULE')) {
    throw new Error(
      `apicompat is an ES module and Node ${process.versions.node} cannot require() it: use \`const { compare } = await import('apicompat')\`, or run Node >= 20.19.`,
      { cause: e },
    );
  }
  throw e;
}
