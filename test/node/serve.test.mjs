// scripts/serve.mjs's `compress` option (the bench's Lighthouse run serves the demo with
// it, as a CDN would): brotli, else gzip, by Accept-Encoding, for text only; off by default.
import { Buffer } from 'node:buffer';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createStaticServer, listen } from '../../scripts/serve.mjs';

const css = readFileSync('demo/demo.css');

async function get(server, path, acceptEncoding) {
  const port = await listen(server, 0);
  try {
    return await new Promise((done, fail) => {
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      request({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });
  } finally {
    server.close();
  }
}

test('compress: brotli when the client accepts it, with Vary and the compressed length', async () => {
  const res = await get(createStaticServer('.', { compress: true }), '/demo/demo.css', 'gzip, deflate, br');
  assert.equal(res.headers['content-encoding'], 'br');
  assert.equal(res.headers.vary, 'accept-encoding');
  assert.equal(Number(res.headers['content-length']), res.body.length);
  assert.ok(res.body.length < css.length);
  assert.deepEqual(brotliDecompressSync(res.body), css);
});

test('compress: gzip when brotli is not accepted (or refused with q=0)', async () => {
  const res = await get(createStaticServer('.', { compress: true }), '/demo/demo.css', 'br;q=0, gzip');
  assert.equal(res.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(res.body), css);
});

test('compress: identity without Accept-Encoding', async () => {
  const res = await get(createStaticServer('.', { compress: true }), '/demo/demo.css');
  assert.equal(res.headers['content-encoding'], undefined);
  assert.equal(res.headers.vary, 'accept-encoding');
  assert.deepEqual(res.body, css);
});

test('compress: images other than SVG are sent as they are; SVG and JSON are text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reelkit-serve-'));
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  writeFileSync(join(dir, 'a.png'), png);
  writeFileSync(join(dir, 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  writeFileSync(join(dir, 'a.json'), '{"a": 1}');
  try {
    const image = await get(createStaticServer(dir, { compress: true }), '/a.png', 'br');
    assert.equal(image.headers['content-encoding'], undefined);
    assert.equal(image.headers.vary, undefined);
    assert.deepEqual(image.body, png);
    const svg = await get(createStaticServer(dir, { compress: true }), '/a.svg', 'br');
    assert.equal(svg.headers['content-encoding'], 'br');
    const json = await get(createStaticServer(dir, { compress: true }), '/a.json', 'gzip');
    assert.equal(json.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(json.body).toString(), '{"a": 1}');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('without compress (the default) nothing is compressed', async () => {
  const res = await get(createStaticServer('.'), '/demo/demo.css', 'br, gzip');
  assert.equal(res.headers['content-encoding'], undefined);
  assert.equal(res.headers.vary, undefined);
  assert.deepEqual(res.body, css);
});
