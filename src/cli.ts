/**
 * `reelkit`: server-render or check reelkit input from any build step (PHP, Twig, Liquid,
 * a CMS's publish hook). Reads a file or stdin (`-`); never runs or fetches anything
 * from it. Exit codes: 0 done/clean, 1 input problems, 2 usage errors.
 */
import { readFileSync } from 'node:fs';
import { KNOWN_ELEMENTS, renderHtmlFile, renderJsonFile, type Located, type Rendered } from './ssr/page.js';
import { VERSION } from './version.js';

const USAGE = `reelkit ${VERSION}

Usage:
  reelkit render <file.json|file.html|-> [--element <tag>] [--lang <code>] [--now <ISO date>]
  reelkit validate <file.json|file.html|-> [--json] [--lang <code>]

render    prints HTML with every reelkit element server-rendered (declarative shadow DOM).
          An article JSON becomes one <film-data> with every element it has data for
          (or only --element, which may be repeated); a page comes back as it was, with
          each element's shadow root inserted. Load dist/reelkit-hydrate.js on the page.
validate  prints one line per problem, "file:line:column <element> path: reason", the
          browser's own words (--json: a JSON list). Exit 1 if there is any.
--lang    the reader's language where the input does not say (a page's lang wins).
--now     render as of this moment (relative dates, countdowns); default: now.
-         read standard input (JSON if it starts with { or [, else HTML).
`;

class UsageError extends Error {}

interface Args {
  command: 'render' | 'validate';
  file: string;
  elements: string[];
  lang?: string;
  now?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'render' && command !== 'validate')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  const args: Args = { command, file: '', elements: [], json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--element') args.elements.push(value());
    else if (arg === '--lang') args.lang = value();
    else if (arg === '--now') args.now = value();
    else if (arg === '--json') args.json = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file) throw new UsageError(`one file at a time (got "${args.file}" and "${arg}")`);
    else args.file = arg;
  }
  if (!args.file) throw new UsageError('no file (use - for standard input)');
  const unknown = args.elements.filter((tag) => !KNOWN_ELEMENTS.includes(tag));
  if (unknown.length)
    throw new UsageError(`unknown element ${unknown.join(', ')}; known: ${KNOWN_ELEMENTS.join(', ')}`);
  if (args.now !== undefined && Number.isNaN(Date.parse(args.now)))
    throw new UsageError(`--now "${args.now}" is not a date`);
  return args;
}

/** Freezes the clock for a reproducible render (relative dates, countdowns). */
function freezeClock(iso: string): void {
  const fixed = Date.parse(iso);
  const RealDate = Date;
  class FrozenDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length) super(...(args as ConstructorParameters<typeof Date>));
      else super(fixed);
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FrozenDate as DateConstructor;
}

function read(file: string): { text: string; html: boolean; name: string } {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const name = file === '-' ? '<stdin>' : file;
  const html = file === '-' ? !/^\s*[{[]/.test(text) : !/\.json$/i.test(file);
  return { text, html, name };
}

const line = (name: string, p: Located) => `${name}:${p.line}:${p.column} <${p.element}> ${p.path}: ${p.reason}`;

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  if (argv.includes('--help') || argv.includes('-h')) return (out(USAGE), 0);
  if (argv.includes('--version')) return (out(`${VERSION}\n`), 0);
  let args: Args;
  let input: ReturnType<typeof read>;
  try {
    args = parseArgs(argv);
    input = read(args.file);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`reelkit: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.now) freezeClock(args.now);
  const options = { lang: args.lang, ...(args.elements.length ? { elements: args.elements } : {}) };
  const result: Rendered = input.html ? renderHtmlFile(input.text, options) : renderJsonFile(input.text, options);
  if (args.command === 'render') {
    for (const p of result.problems) err(`${line(input.name, p)}\n`);
    if (result.html === undefined) return 1;
    out(result.html.endsWith('\n') ? result.html : `${result.html}\n`);
    return 0;
  }
  if (args.json)
    out(
      `${JSON.stringify(
        result.problems.map((p) => ({ file: input.name, ...p })),
        null,
        2,
      )}\n`,
    );
  else for (const p of result.problems) out(`${line(input.name, p)}\n`);
  return result.problems.length ? 1 : 0;
}
