#!/usr/bin/env node
'use strict';
// Entry of the `fitplot` command: runs the bundle that `npm ci` (prepare) or `npm run build:cli` made.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('fitplot: the command is not built yet. Run `npm run build:cli` in the Fitplot folder.\n');
  process.exit(2);
}
require(bundle);
