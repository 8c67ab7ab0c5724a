'use strict';

// Test control API under /__test/ (JSON), fault injection, request statistics
// and the Auth0-style error wording on the token endpoint.
//
// Faults are applied in the plain Node HTTP layer BEFORE oidc-provider sees
// the request, so a faulted token request consumes no code or refresh token.
// Statistics are counted inside oidc-provider (a Koa middleware), so they only
// count requests that reached the real handler.

const { revokeAllRefreshTokens } = require('./adapter');
const { DEAD_REFRESH_TOKEN } = require('./provider');

// Which request paths each fault "endpoint" covers.
const FAULT_PATHS = {
  token: '/oauth/token',
  revoke: '/oauth/revoke',
  discovery: '/.well-known/openid-configuration',
  authorize: '/authorize',
};
const FAULT_KINDS = new Set(['500', '429', 'slow', 'malformed', 'truncated', 'html', 'drop', 'none']);

function createControl(runtime) {
  const faults = {}; // endpoint -> { kind, remaining, delayMs, retryAfter }
  let stats;
  function resetStats() {
    stats = {
      token: { authorization_code: 0, refresh_token: 0 },
      refresh_reuse: 0,
      revocations: 0,
      discovery: 0,
      authorize: 0,
      userinfo: 0,
      token_requests: 0,
    };
  }
  resetStats();

  function json(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(text);
  }

  function readJson(req) {
    return new Promise((resolve, reject) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        if (!body.trim()) return resolve({});
        try { resolve(JSON.parse(body)); } catch (e) { reject(e); }
      });
      req.on('error', reject);
    });
  }

  // ---- /__test/* routes ----------------------------------------------------
  async function handleControl(req, res, pathname) {
    if (!pathname.startsWith('/__test/')) return false;
    const route = `${req.method} ${pathname}`;
    let body = {};
    if (req.method === 'POST') {
      try { body = await readJson(req); } catch {
        json(res, 400, { error: 'invalid_json' });
        return true;
      }
    }
    switch (route) {
      case 'GET /__test/stats':
        json(res, 200, stats);
        break;
      case 'POST /__test/reset-stats':
        resetStats();
        json(res, 200, stats);
        break;
      case 'GET /__test/fault':
        json(res, 200, faults);
        break;
      case 'POST /__test/fault': {
        const { endpoint } = body;
        const kind = String(body.kind);
        if (!FAULT_PATHS[endpoint] || !FAULT_KINDS.has(kind)) {
          json(res, 400, {
            error: 'invalid_fault',
            error_description: `endpoint must be one of ${Object.keys(FAULT_PATHS).join('|')}, kind one of ${[...FAULT_KINDS].join('|')}`,
          });
          break;
        }
        if (kind === 'none') {
          delete faults[endpoint];
        } else {
          faults[endpoint] = {
            kind,
            remaining: body.count === undefined ? 1 : Number(body.count), // -1 = until cleared
            delayMs: body.delayMs === undefined ? 30000 : Number(body.delayMs),
            retryAfter: body.retryAfter,
          };
        }
        json(res, 200, { endpoint, fault: faults[endpoint] || null });
        break;
      }
      case 'GET /__test/config':
        json(res, 200, runtime);
        break;
      case 'POST /__test/config': {
        const num = ['accessTokenTtl', 'idTokenTtl', 'refreshTokenTtl', 'dateSkewSeconds'];
        const bool = ['rotation', 'offlineAccess'];
        for (const k of Object.keys(body)) {
          if (num.includes(k) && Number.isFinite(Number(body[k]))) runtime[k] = Number(body[k]);
          else if (bool.includes(k) && typeof body[k] === 'boolean') runtime[k] = body[k];
          else {
            json(res, 400, { error: 'invalid_config', error_description: `bad key or value: ${k}` });
            return true;
          }
        }
        json(res, 200, runtime);
        break;
      }
      case 'POST /__test/revoke-all':
        json(res, 200, { revoked_refresh_tokens: revokeAllRefreshTokens() });
        break;
      default:
        json(res, 404, { error: 'not_found' });
    }
    return true;
  }

  // ---- fault injection -----------------------------------------------------
  // Returns true when the request was answered (or dropped) by a fault.
  // For "slow", waits and then returns false so the real handler answers.
  async function applyFault(req, res, pathname) {
    const endpoint = Object.keys(FAULT_PATHS).find((e) => FAULT_PATHS[e] === pathname);
    const fault = endpoint && faults[endpoint];
    if (!fault) return false;
    if (fault.remaining > 0) fault.remaining -= 1;
    if (fault.remaining === 0) delete faults[endpoint];

    const answer = (status, type, body, extra = {}) => {
      req.resume(); // discard the request body; nothing reaches oidc-provider
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
      res.end(body);
      return true;
    };

    switch (fault.kind) {
      case '500':
        return answer(500, 'application/json',
          JSON.stringify({ error: 'server_error', error_description: 'Injected fault: internal server error.' }));
      case '429': {
        const extra = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
        return answer(429, 'application/json',
          JSON.stringify({ error: 'too_many_requests', error_description: 'Global limit has been reached' }), extra);
      }
      case 'malformed':
        return answer(200, 'text/plain', 'not json');
      case 'truncated':
        return answer(200, 'application/json', '{"access_token":"abc","tok');
      case 'html':
        return answer(502, 'text/html',
          '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
      case 'drop':
        req.socket.destroy();
        return true;
      case 'slow': {
        // Hold the request, then let the real handler answer, unless the
        // client gave up meanwhile (then answer nothing).
        let gone = false;
        const onClose = () => { gone = true; };
        res.on('close', onClose);
        await new Promise((r) => setTimeout(r, fault.delayMs));
        res.off('close', onClose);
        if (gone || req.socket.destroyed) {
          req.socket.destroy();
          return true;
        }
        return false;
      }
      default:
        return false;
    }
  }

  // ---- Koa middleware inside oidc-provider ---------------------------------
  // Counts requests that reached the real handlers and rewrites token-endpoint
  // error texts to Auth0's.
  async function providerMiddleware(ctx, next) {
    await next();
    const route = ctx.oidc && ctx.oidc.route;
    if (!route) return;
    switch (route) {
      case 'discovery': stats.discovery += 1; break;
      case 'authorization': stats.authorize += 1; break;
      case 'userinfo': stats.userinfo += 1; break;
      case 'revocation': stats.revocations += 1; break;
      case 'token': {
        stats.token_requests += 1;
        const gt = ctx.oidc.params && ctx.oidc.params.grant_type;
        if (gt in stats.token) stats.token[gt] += 1;
        if (ctx.status === 400 && ctx.body && ctx.body.error === 'invalid_grant') {
          if (gt === 'refresh_token') {
            ctx.body = { error: 'invalid_grant', error_description: DEAD_REFRESH_TOKEN };
          } else if (gt === 'authorization_code') {
            ctx.body = {
              error: 'invalid_grant',
              error_description: ctx.state.pkceFailed ? 'Failed to verify code verifier' : 'Invalid authorization code',
            };
          }
        }
        break;
      }
      default:
    }
  }

  // oidc-provider reports the precise reason of a grant error in an event.
  function onGrantError(ctx, err) {
    if (err && err.error_detail === 'refresh token already used') stats.refresh_reuse += 1;
    if (err && err.error_detail === 'PKCE verification failed') ctx.state.pkceFailed = true;
  }

  return {
    handleControl, applyFault, providerMiddleware, onGrantError,
  };
}

module.exports = { createControl };
