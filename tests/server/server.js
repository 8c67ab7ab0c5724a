#!/usr/bin/env node
'use strict';

// Connector Sign-In test authorization server: oidc-provider 8 configured like
// an Auth0 tenant (see ARCHITECTURE.md, "A real authorization server for tests").
//
//   node tests/server/server.js [--port N] [--host 127.0.0.1] ...   (--help)
//
// stdout carries exactly one line, "READY <issuer>", once listening; every
// other message goes to stderr (one line per request: method, path, status;
// never a query string, token, code or verifier).

const http = require('node:http');
const { createProvider, auth0PromptMiddleware } = require('./provider');
const { createControl } = require('./control');
const { handleInteraction } = require('./login');

// oidc-provider prints notices with console.info (stdout). Keep stdout clean
// for the READY line that parent processes wait for.
console.log = console.error; // eslint-disable-line no-console
console.info = console.error; // eslint-disable-line no-console

const USAGE = `usage: node server.js [options]
  --port N                 listen port (default 0: the OS picks a free one)
  --host H                 listen address and issuer host (default 127.0.0.1)
  --client-id ID           public client id (default connector-test-client)
  --redirect-uri URI       extra allowed redirect URI (repeatable)
  --access-token-ttl S     access token lifetime in seconds (default 3600)
  --id-token-ttl S         ID token lifetime in seconds (default 36000)
  --refresh-token-ttl S    refresh token lifetime in seconds (default 2592000 = 30 days)
  --no-stdin-watch         do not exit when stdin closes
  --help
`;

function parseArgs(argv) {
  const o = {
    port: 0,
    host: '127.0.0.1',
    clientId: 'connector-test-client',
    redirectUris: ['https://oauth.powerbi.com/views/oauthredirect.html'],
    accessTokenTtl: 3600,
    idTokenTtl: 36000, // Auth0's default ID token expiration
    refreshTokenTtl: 30 * 24 * 3600,
    stdinWatch: true,
  };
  const args = [...argv];
  const value = (flag) => {
    if (!args.length) { process.stderr.write(`${flag} needs a value\n${USAGE}`); process.exit(2); }
    return args.shift();
  };
  const seconds = (flag) => {
    const v = Number(value(flag));
    if (!Number.isInteger(v) || v <= 0) { process.stderr.write(`${flag}: positive integer expected\n`); process.exit(2); }
    return v;
  };
  while (args.length) {
    let a = args.shift();
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { args.unshift(a.slice(eq + 1)); a = a.slice(0, eq); }
    switch (a) {
      case '--port': o.port = Number(value(a)); break;
      case '--host': o.host = value(a); break;
      case '--client-id': o.clientId = value(a); break;
      case '--redirect-uri': o.redirectUris.push(value(a)); break;
      case '--access-token-ttl': o.accessTokenTtl = seconds(a); break;
      case '--id-token-ttl': o.idTokenTtl = seconds(a); break;
      case '--refresh-token-ttl': o.refreshTokenTtl = seconds(a); break;
      case '--no-stdin-watch': o.stdinWatch = false; break;
      case '--help': case '-h': process.stdout.write(USAGE); process.exit(0); break;
      default: process.stderr.write(`unknown argument: ${a}\n${USAGE}`); process.exit(2);
    }
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) {
    process.stderr.write('--port: 0..65535 expected\n'); process.exit(2);
  }
  return o;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: Provider } = await import('oidc-provider'); // ESM-only package

  // Settings the control API may change while running.
  const runtime = {
    accessTokenTtl: opts.accessTokenTtl,
    idTokenTtl: opts.idTokenTtl,
    refreshTokenTtl: opts.refreshTokenTtl,
    rotation: true,
    offlineAccess: true,
    dateSkewSeconds: 0,
  };
  const control = createControl(runtime);

  // The issuer needs the port, which the OS picks: listen first, then build
  // the provider, and only then accept traffic (answer 503 until ready).
  let provider;
  let providerCallback;
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    logRequest(req, res, pathname);
    skewDate(res, runtime);
    try {
      if (!provider) { res.writeHead(503); res.end(); return; }
      if (await control.handleControl(req, res, pathname)) return;
      if (await control.applyFault(req, res, pathname)) return;
      if (await handleInteraction(provider, req, res, pathname)) return;
      providerCallback(req, res);
    } catch (err) {
      process.stderr.write(`internal error: ${err && err.stack}\n`);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"error":"server_error"}');
      } else {
        res.destroy();
      }
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const { port } = server.address();
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const issuer = `http://${host}:${port}/`; // trailing slash, like Auth0

  provider = createProvider(Provider, { issuer, clientId: opts.clientId, redirectUris: opts.redirectUris }, runtime);
  provider.use(control.providerMiddleware);
  provider.use(auth0PromptMiddleware);
  provider.on('grant.error', control.onGrantError);
  provider.on('server_error', (ctx, err) => process.stderr.write(`server_error: ${err && err.stack}\n`));
  providerCallback = provider.callback();

  // Exit cleanly when told to, or when the parent goes away.
  let stopping = false;
  const stop = (why) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`stopping (${why})\n`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (opts.stdinWatch && !process.stdin.isTTY) {
    // A parent test process that dies closes our stdin: do not outlive it.
    process.stdin.on('end', () => stop('stdin closed'));
    process.stdin.on('error', () => stop('stdin error'));
    process.stdin.resume();
  }

  process.stdout.write(`READY ${issuer}\n`);
}

// One line per request on stderr: method, path (no query string), status.
function logRequest(req, res, pathname) {
  const t0 = Date.now();
  let logged = false;
  const log = (status) => {
    if (logged) return;
    logged = true;
    process.stderr.write(`${req.method} ${pathname} ${status} ${Date.now() - t0}ms\n`);
  };
  res.on('finish', () => log(res.statusCode));
  res.on('close', () => log('dropped'));
}

// Simulate a skewed server clock: rewrite the HTTP Date header of every response.
function skewDate(res, runtime) {
  const writeHead = res.writeHead;
  res.writeHead = function patchedWriteHead(...args) {
    if (runtime.dateSkewSeconds) {
      this.setHeader('Date', new Date(Date.now() + runtime.dateSkewSeconds * 1000).toUTCString());
    }
    return writeHead.apply(this, args);
  };
}

main().catch((err) => {
  process.stderr.write(`fatal: ${err && err.stack}\n`);
  process.exit(1);
});
