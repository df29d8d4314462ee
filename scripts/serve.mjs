// A tiny static server (node:http, no dependencies) for the demo page: rooted at the
// repo so /dist/reelkit.js, /dist/reelkit.css and /demo/ all resolve as they would on
// a publisher's site. test-stories.mjs reuses createStaticServer() for storybook-static.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliBody, gzipBody } from './compress.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** Types a CDN compresses (text); images other than SVG, fonts and media are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** The encoding to answer `accept-encoding` with: br, then gzip, else none. */
function pickEncoding(accept = '') {
  const offered = new Map(
    accept.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name, q === undefined ? 1 : Number(q)];
    }),
  );
  return ['br', 'gzip'].find((e) => (offered.get(e) ?? offered.get('*') ?? 0) > 0);
}

/** Compressed bodies by file, encoding and mtime: each file is compressed once, as a CDN's edge cache does. */
const compressed = new Map();
async function compressedBody(file, mtimeMs, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const raw = await readFile(file);
  const body = encoding === 'br' ? brotliBody(raw) : gzipBody(raw);
  compressed.set(key, { mtimeMs, body });
  return body;
}

/**
 * Serves files under `root` (GET/HEAD only). Paths are decoded, normalised and
 * resolved through symlinks, then must still lie inside `root`; dot-segments
 * (/.git, /.env) are never served. A directory serves its index.html, or 404.
 * `maxAge` (seconds) sets Cache-Control; 0 means revalidate every time.
 * `compress`: text responses (HTML, JS, CSS, JSON, SVG) are sent brotli- or
 * gzip-compressed by the request's Accept-Encoding, as a CDN would (off by default).
 */
export function createStaticServer(root, { maxAge = 0, redirectRoot, compress = false } = {}) {
  const base = resolve(root);
  const realBase = realpath(base);
  const send = (res, status, text, headers = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(text);
  };
  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname === '/' && redirectRoot) return send(res, 302, '', { location: redirectRoot });
      let path;
      try {
        path = decodeURIComponent(pathname);
      } catch {
        return send(res, 400, 'Bad request');
      }
      if (path.includes('\0') || path.split(/[\\/]/).some((s) => s.startsWith('.') && s !== '')) {
        return send(res, 404, 'Not found');
      }
      let file = resolve(base, `.${path}`);
      if (file !== base && !file.startsWith(base + sep)) return send(res, 404, 'Not found');
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) return send(res, 301, '', { location: `${pathname}/` });
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) return send(res, 404, 'Not found');
      const real = await realpath(file);
      const realRoot = await realBase;
      if (real !== realRoot && !real.startsWith(realRoot + sep)) return send(res, 404, 'Not found');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = {
        'content-type': type,
        'content-length': info.size,
        'cache-control': maxAge ? `public, max-age=${maxAge}` : 'no-cache',
        'last-modified': info.mtime.toUTCString(),
        'x-content-type-options': 'nosniff',
      };
      const encoding = compress && COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : undefined;
      if (compress && COMPRESSIBLE.test(type)) headers.vary = 'accept-encoding';
      if (encoding) {
        const body = await compressedBody(real, info.mtimeMs, encoding);
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) send(res, 500, 'Server error');
      else res.destroy();
    }
  });
}

/** Listens on `port`, or on a free port when that one is taken. Resolves to the port used. */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((done, fail) => {
    const onError = (err) => {
      if (err.code === 'EADDRINUSE' && port !== 0) {
        console.warn(`port ${port} is in use; using a free port instead`);
        server.listen(0, host);
      } else fail(err);
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      done(server.address().port);
    });
    server.listen(port, host);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const wanted = Number.parseInt(process.env.PORT ?? '', 10);
  // COMPRESS=1: brotli/gzip text responses as a CDN would (for Lighthouse runs by hand).
  const server = createStaticServer(root, { redirectRoot: '/demo/', compress: process.env.COMPRESS === '1' });
  const port = await listen(server, Number.isInteger(wanted) && wanted >= 0 ? wanted : 8000, process.env.HOST);
  console.log(`reelkit demo: http://localhost:${port}/demo/`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
