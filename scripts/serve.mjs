// A tiny static server (node:http, no dependencies) for the demo page: rooted at the
// repo so /dist/reelkit.js, /dist/reelkit.css and /demo/ all resolve as they would on
// a publisher's site. test-stories.mjs reuses createStaticServer() for storybook-static.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Serves files under `root` (GET/HEAD only). Paths are decoded, normalised and
 * resolved through symlinks, then must still lie inside `root`; dot-segments
 * (/.git, /.env) are never served. A directory serves its index.html, or 404.
 * `maxAge` (seconds) sets Cache-Control; 0 means revalidate every time.
 */
export function createStaticServer(root, { maxAge = 0, redirectRoot } = {}) {
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
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': maxAge ? `public, max-age=${maxAge}` : 'no-cache',
        'last-modified': info.mtime.toUTCString(),
        'x-content-type-options': 'nosniff',
      });
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
  const server = createStaticServer(root, { redirectRoot: '/demo/' });
  const port = await listen(server, Number.isInteger(wanted) && wanted >= 0 ? wanted : 8000, process.env.HOST);
  console.log(`reelkit demo: http://localhost:${port}/demo/`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
