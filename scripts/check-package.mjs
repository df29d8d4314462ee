// Checks the npm package as it would be published (needs a built dist/):
//   1. publint, strict (warnings fail too);
//   2. @arethetypeswrong/cli on the packed tarball, ESM-only profile, every JS entry point
//      (the CSS entry is not a module, attw cannot resolve it, so it is left out);
//   3. the packed file list holds no tests, stories, screenshots or sources.
// `./locales/*` is exported for the language packs (typed by src/locale-pack.ts: a pack
// exports nothing); on a tree without dist/locales yet,
// publint's "glob matches no files" for that one entry is expected and skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const locales = existsSync('dist/locales')
  ? readdirSync('dist/locales')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `./locales/${f.slice(0, -3)}`)
  : null;
let failed = 0;

// 1. publint
const { messages } = await publint({ pkgDir: '.', level: 'suggestion', strict: true, pack: 'npm' });
const expected = (m) => !locales && m.code === 'EXPORTS_GLOB_NO_MATCHED_FILES' && m.path[1] === './locales/*';
const problems = messages.filter((m) => !expected(m));
for (const m of problems) console.error(`publint ${m.type}: ${formatMessage(m, pkg)}`);
if (messages.some(expected)) console.log('publint: ./locales/* matches no files yet (no dist/locales), skipped');
console.log(`publint --strict: ${problems.length ? `${problems.length} problem(s)` : 'clean'}`);
failed += problems.length ? 1 : 0;

// 2. attw on the tarball (wildcard exports are not expanded by attw: name each locale file)
const attwArgs = ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './reelkit.css'];
if (locales?.length) attwArgs.push('--include-entrypoints', ...locales);
const attw = spawnSync('npx', attwArgs, { stdio: 'inherit' });
console.log(`attw --profile esm-only: ${attw.status === 0 ? 'clean' : 'problems (see above)'}`);
failed += attw.status === 0 ? 0 : 1;

// 3. what npm would publish
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const files = JSON.parse(pack.stdout)[0].files.map((f) => f.path);
const unwanted = files.filter((f) =>
  /(^|\/)(test|tests|stories|__screenshots__|baselines?)\/|\.(test|stories|spec)\.|^src\//.test(f),
);
for (const f of unwanted) console.error(`packed but should not be: ${f}`);
console.log(
  `npm pack: ${files.length} files, ${unwanted.length ? `${unwanted.length} unwanted` : 'no tests, stories or baselines'}`,
);
failed += unwanted.length ? 1 : 0;

const checks = 3;
console.log(`${checks - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
