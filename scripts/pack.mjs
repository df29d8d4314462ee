// Shared by test-pack.mjs and test-examples.mjs: the package as npm would publish it.
//   examplesInstalled()   runs `npm ci` in examples/ when its node_modules is missing (the
//                         frameworks, Vite and TypeScript types the consumers need);
//   packTarball(dir)      `npm pack` of the built repo into dir; returns the .tgz path;
//   installTarball(tgz, dir)  `npm install` of that tarball into dir without saving it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXAMPLES = join(ROOT, 'examples');
const NPM_QUIET = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd ?? ROOT}) exited ${r.status}`);
  return r;
}

export function examplesInstalled() {
  if (!existsSync(join(EXAMPLES, 'node_modules', '.package-lock.json')))
    run('npm', ['ci', ...NPM_QUIET], { cwd: EXAMPLES });
}

export function packTarball(dir = mkdtempSync(join(tmpdir(), 'reelkit-pack-'))) {
  if (!existsSync(join(ROOT, 'dist', 'react.js'))) throw new Error('no dist/: run `npm run build` first');
  const r = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  return join(dir, JSON.parse(r.stdout)[0].filename);
}

export function installTarball(tgz, dir) {
  // npm keeps an installed reelkit of the same version: remove it so this tarball is used.
  rmSync(join(dir, 'node_modules', 'reelkit'), { recursive: true, force: true });
  run('npm', ['install', '--no-save', ...NPM_QUIET, tgz], { cwd: dir });
}
