/** The `reelkit` command (package.json "bin" -> dist/cli.js). See cli.ts. */
import { main } from './cli.js';

process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
