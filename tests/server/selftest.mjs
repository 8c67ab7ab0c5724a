// Self-test of the test authorization server, over plain HTTP, no browser.
//
//   node tests/server/selftest.mjs        (or tests/server/selftest.sh)
//
// Starts server.js on a free port, runs the whole code flow with a cookie jar,
// refresh-token rotation and reuse detection, the control API and every fault
// kind, then prints "N passed, M failed" and exits non-zero on any failure.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const REDIRECT = 'https://oauth.powerbi.com/views/oauthredirect.html';
const CLIENT = 'connector-test-client';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; console.log(`ok   ${name}`); } else { failed += 1; console.log(`FAIL ${name} ${detail}`); }
}

// ---- server process ----------------------------------------------------------
function startServer(args = []) {
  const child = spawn(process.execPath, [path.join(here, 'server.js'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((r) => child.on('exit', (code, sig) => r({ code, sig })));
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^READY (\S+)\n/.exec(out);
      if (m) resolve({ issuer: m[1], stdout: () => out });
    });
    exited.then(() => reject(new Error(`server exited early: ${stderr}`)));
    setTimeout(() => reject(new Error('no READY line within 10 s')), 10000).unref();
  });
  return { child, ready, exited, stderr: () => stderr };
}

// ---- tiny cookie jar (honours Path, Max-Age/Expires deletion) -----------------
class Jar {
  constructor() { this.cookies = []; }
  store(res) {
    for (const sc of res.headers.getSetCookie()) {
      const [pair, ...attrs] = sc.split(';').map((s) => s.trim());
      const i = pair.indexOf('=');
      const name = pair.slice(0, i); const value = pair.slice(i + 1);
      let cpath = '/'; let expired = false;
      for (const a of attrs) {
        const [k, v] = a.split('=');
        if (k.toLowerCase() === 'path') cpath = v;
        if (k.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
        if (k.toLowerCase() === 'expires' && Date.parse(v) < Date.now()) expired = true;
      }
      this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === cpath));
      if (!expired) this.cookies.push({ name, value, path: cpath });
    }
  }
  header(url) {
    const p = new URL(url).pathname;
    return this.cookies.filter((c) => p === c.path || p.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`).join('; ');
  }
}

async function req(jar, url, init = {}) {
  const headers = { ...(init.headers || {}) };
  if (jar) { const c = jar.header(url); if (c) headers.cookie = c; }
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  if (jar) jar.store(res);
  return res;
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');
function pkce() {
  const verifier = b64url(crypto.randomBytes(32));
  return { verifier, challenge: b64url(crypto.createHash('sha256').update(verifier).digest()) };
}
function decodeJwt(t) {
  const [h, p, s] = t.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url')), payload: JSON.parse(Buffer.from(p, 'base64url')), signed: `${h}.${p}`, sig: Buffer.from(s, 'base64url') };
}

// ---- main ---------------------------------------------------------------------
const srv = startServer();
let issuer;
try {
  ({ issuer } = await srv.ready);
} catch (e) {
  console.log(`FAIL start: ${e.message}`); process.exit(1);
}
check('READY line format', /^http:\/\/127\.0\.0\.1:\d+\/$/.test(issuer), issuer);
const U = (p) => new URL(p, issuer).href;
const form = (o) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: new URLSearchParams(o).toString() });
const control = async (p, body) => {
  const r = await fetch(U(`__test/${p}`), body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return r.json();
};

// Discovery
const disco = await (await fetch(U('.well-known/openid-configuration'))).json();
check('discovery issuer == READY issuer', disco.issuer === issuer, disco.issuer);
const eps = { authorization_endpoint: 'authorize', token_endpoint: 'oauth/token', revocation_endpoint: 'oauth/revoke', userinfo_endpoint: 'userinfo', jwks_uri: '.well-known/jwks.json' };
for (const [k, p] of Object.entries(eps)) check(`discovery ${k}`, disco[k] === issuer + p, disco[k]);
check('discovery: S256 only', JSON.stringify(disco.code_challenge_methods_supported) === '["S256"]');
const jwks = await (await fetch(disco.jwks_uri)).json();
check('jwks has an RS256 key', jwks.keys.length === 1 && jwks.keys[0].alg === 'RS256' && !jwks.keys[0].d);
const pub = crypto.createPublicKey({ key: jwks.keys[0], format: 'jwk' });
const verifySig = (jwt) => { const d = decodeJwt(jwt); return crypto.verify('sha256', Buffer.from(d.signed), pub, d.sig); };

// Interactive sign-in up to the redirect URI. Returns { url, params, pk, nonce, state, loginPage }.
async function signIn({ scope = 'openid offline_access profile email', audience, loginHint, uiLocales, wrongFirst = false, deny = false, extra = {} } = {}) {
  const jar = new Jar();
  const pk = pkce();
  const state = b64url(crypto.randomBytes(16));
  const nonce = b64url(crypto.randomBytes(16));
  const q = {
    client_id: CLIENT, response_type: 'code', redirect_uri: REDIRECT, scope, state, nonce,
    code_challenge: pk.challenge, code_challenge_method: 'S256', ...extra,
  };
  if (audience) q.audience = audience;
  if (loginHint) q.login_hint = loginHint;
  if (uiLocales) q.ui_locales = uiLocales;
  let url = `${disco.authorization_endpoint}?${new URLSearchParams(q)}`;
  let loginPage; let wrongPage;
  for (let hops = 0; hops < 10; hops += 1) {
    if (url.startsWith(REDIRECT)) {
      return { url, params: new URL(url).searchParams, pk, nonce, state, loginPage, wrongPage };
    }
    const res = await req(jar, url);
    if (res.status >= 300 && res.status < 400) { url = new URL(res.headers.get('location'), url).href; continue; }
    const html = await res.text();
    if (res.status !== 200 || !/id="password"/.test(html)) throw new Error(`unexpected ${res.status} at ${new URL(url).pathname}: ${html.slice(0, 200)}`);
    loginPage = loginPage || html;
    const action = new URL(/<form[^>]*action="([^"]+)"/.exec(html)[1], url).href;
    let body;
    if (deny) body = { username: '', password: '', deny: '1' };
    else if (wrongFirst && !wrongPage) body = { username: 'test@example.com', password: 'wrong' };
    else body = { username: 'test@example.com', password: 'Passw0rd!' };
    const post = await req(jar, action, form(body));
    if (post.status === 200) { wrongPage = { status: post.status, html: await post.text() }; continue; }
    url = new URL(post.headers.get('location'), action).href;
  }
  throw new Error('too many redirects');
}

async function token(params) {
  const res = await fetch(disco.token_endpoint, form({ client_id: CLIENT, ...params }));
  const text = await res.text();
  let json; try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, json, text, headers: res.headers };
}
const exchange = (s) => token({ grant_type: 'authorization_code', code: s.params.get('code'), redirect_uri: REDIRECT, code_verifier: s.pk.verifier });
const refresh = (rt) => token({ grant_type: 'refresh_token', refresh_token: rt });
const DEAD = 'Unknown or invalid refresh token.';
const isDead = (r) => r.status === 400 && r.json && r.json.error === 'invalid_grant' && r.json.error_description === DEAD;

// 1. Full code flow with a wrong password first, login_hint and ui_locales.
const s1 = await signIn({ loginHint: 'test@example.com', uiLocales: 'de-DE en', wrongFirst: true });
check('login page title', s1.loginPage.includes('<title>Sign in — Test Tenant</title>'));
check('login page fields', ['id="username"', 'id="password"', 'type="password"', 'id="login"', 'id="deny"', 'name="deny"'].every((f) => s1.loginPage.includes(f)));
check('login_hint prefills username', /id="username"[^>]*value="test@example.com"/.test(s1.loginPage));
check('ui_locales sets page lang', s1.loginPage.includes('lang="de-DE"'));
check('wrong password: 200 + error', s1.wrongPage && s1.wrongPage.status === 200 && s1.wrongPage.html.includes('<p id="error">Wrong email or password.</p>'));
check('callback carries code', !!s1.params.get('code'));
check('callback state echoed', s1.params.get('state') === s1.state);
check('callback has no error', !s1.params.get('error'));

const t1 = await exchange(s1);
check('code exchange 200', t1.status === 200, t1.text);
check('token response fields', t1.json.token_type === 'Bearer' && t1.json.expires_in === 3600 && !!t1.json.access_token && !!t1.json.refresh_token && !!t1.json.id_token, JSON.stringify(Object.keys(t1.json || {})));
check('token response scope', t1.json.scope === 'openid offline_access profile email', t1.json.scope);
const id1 = decodeJwt(t1.json.id_token).payload;
check('id_token signature (jwks)', verifySig(t1.json.id_token));
check('id_token iss/aud/sub', id1.iss === issuer && id1.aud === CLIENT && id1.sub === 'auth0|test-user-1', JSON.stringify(id1));
check('id_token name/email/nonce', id1.name === 'Test User' && id1.email === 'test@example.com' && id1.nonce === s1.nonce);
check('id_token exp/iat', Number.isInteger(id1.exp) && Number.isInteger(id1.iat) && id1.exp > id1.iat);

const ui = await fetch(disco.userinfo_endpoint, { headers: { authorization: `Bearer ${t1.json.access_token}` } });
const uij = await ui.json();
check('userinfo', ui.status === 200 && uij.sub === 'auth0|test-user-1' && uij.email === 'test@example.com', JSON.stringify(uij));

// 2. Rotation, reuse detection, family revocation.
await control('reset-stats', {});
const rt1 = t1.json.refresh_token;
const r2 = await refresh(rt1);
const rt2 = r2.json?.refresh_token;
check('refresh rt1 -> 200 with new rt2', r2.status === 200 && rt2 && rt2 !== rt1, r2.text);
check('refresh returns id_token and access_token', !!r2.json.id_token && !!r2.json.access_token);
const reuse = await refresh(rt1);
check('reuse rt1 -> 400 invalid_grant "Unknown or invalid refresh token."', isDead(reuse), `${reuse.status} ${reuse.text}`);
const fam = await refresh(rt2);
check('family revoked: rt2 -> invalid_grant too', isDead(fam), `${fam.status} ${fam.text}`);
check('garbage refresh token -> same description', isDead(await refresh('nonsense')));
let st = await control('stats');
check('stats after rotation', st.token.refresh_token === 4 && st.refresh_reuse === 1 && st.token_requests === 4, JSON.stringify(st));

// Code reuse: refused, and (RFC 6749 4.1.2) the tokens issued from that code are revoked.
{
  const s = await signIn();
  const t = await exchange(s);
  const again = await exchange(s);
  check('code reuse refused', again.status === 400 && again.json.error === 'invalid_grant', again.text);
  check('code reuse revokes tokens issued from it', isDead(await refresh(t.json.refresh_token)));
}

// 3. PKCE policy.
for (const [name, extra] of [['plain PKCE refused', { code_challenge_method: 'plain' }], ['missing PKCE refused', { code_challenge: undefined, code_challenge_method: undefined }]]) {
  const q = { client_id: CLIENT, response_type: 'code', redirect_uri: REDIRECT, scope: 'openid', state: 'x', code_challenge: 'a'.repeat(43), code_challenge_method: 'S256', ...extra };
  for (const k of Object.keys(q)) if (q[k] === undefined) delete q[k];
  const r = await fetch(`${disco.authorization_endpoint}?${new URLSearchParams(q)}`, { redirect: 'manual' });
  const loc = r.headers.get('location') || '';
  check(name, loc.startsWith(REDIRECT) && new URL(loc).searchParams.get('error') === 'invalid_request', loc);
}
{
  const s = await signIn();
  const r = await token({ grant_type: 'authorization_code', code: s.params.get('code'), redirect_uri: REDIRECT, code_verifier: pkce().verifier });
  check('wrong code_verifier -> invalid_grant', r.status === 400 && r.json.error === 'invalid_grant', r.text);
}

// 4. Cancel -> access_denied.
{
  const s = await signIn({ deny: true });
  check('cancel -> error=access_denied', s.params.get('error') === 'access_denied' && s.params.get('error_description') === 'The user cancelled the sign-in.' && s.params.get('state') === s.state, s.url);
}

// 5. No offline_access -> no refresh token.
{
  const t = await exchange(await signIn({ scope: 'openid profile email' }));
  check('no offline_access -> no refresh_token', t.status === 200 && !t.json.refresh_token, t.text);
}

// 6. audience -> JWT access token with that aud (URI and non-URI audiences).
for (const aud of ['https://api.example.com/', 'connector-api']) {
  const t = await exchange(await signIn({ audience: aud }));
  const at = t.json && t.json.access_token && t.json.access_token.split('.').length === 3 ? decodeJwt(t.json.access_token) : undefined;
  check(`audience ${aud} -> JWT access token aud`, t.status === 200 && at && at.payload.aud === aud && verifySig(t.json.access_token), t.text);
  check(`audience ${aud} -> JWT claims`, at && at.payload.sub === 'auth0|test-user-1' && at.payload.iss === issuer && at.payload.client_id === CLIENT && at.payload.exp - at.payload.iat === 3600, JSON.stringify(at && at.payload));
  const r = await refresh(t.json.refresh_token);
  const at2 = r.json && r.json.access_token ? decodeJwt(r.json.access_token) : undefined;
  check(`audience ${aud} -> refreshed AT keeps aud`, r.status === 200 && at2 && at2.payload.aud === aud, r.text);
}

// 7. Runtime config: TTLs, rotation off, offline access off, revoke, revoke-all, Date skew.
{
  await control('config', { accessTokenTtl: 120, idTokenTtl: 60 });
  const t = await exchange(await signIn());
  check('config accessTokenTtl -> expires_in', t.json.expires_in === 120, t.text);
  const idt = decodeJwt(t.json.id_token).payload;
  check('config idTokenTtl -> id_token exp', idt.exp - idt.iat === 60);
  await control('config', { rotation: false });
  const r = await refresh(t.json.refresh_token);
  check('rotation:false -> same refresh token', r.status === 200 && r.json.refresh_token === t.json.refresh_token, r.text);
  const r2b = await refresh(t.json.refresh_token);
  check('rotation:false -> token reusable', r2b.status === 200);
  await control('config', { rotation: true, accessTokenTtl: 3600, idTokenTtl: 36000, offlineAccess: false });
  const t2 = await exchange(await signIn());
  check('offlineAccess:false -> no refresh token', t2.status === 200 && !t2.json.refresh_token, t2.text);
  await control('config', { offlineAccess: true, refreshTokenTtl: 2 });
  const t3 = await exchange(await signIn());
  await new Promise((res) => setTimeout(res, 3100));
  check('refreshTokenTtl -> expired token dead', isDead(await refresh(t3.json.refresh_token)));
  await control('config', { refreshTokenTtl: 2592000 });

  await control('reset-stats', {});
  const t4 = await exchange(await signIn());
  const rv = await fetch(disco.revocation_endpoint, form({ client_id: CLIENT, token: t4.json.refresh_token, token_type_hint: 'refresh_token' }));
  check('revoke endpoint 200', rv.status === 200);
  check('revoked token dead', isDead(await refresh(t4.json.refresh_token)));
  st = await control('stats');
  check('stats revocations/authorize', st.revocations === 1 && st.authorize >= 1 && st.token.authorization_code === 1, JSON.stringify(st));

  const t5 = await exchange(await signIn());
  const ra = await control('revoke-all', {});
  check('revoke-all', ra.revoked_refresh_tokens >= 1 && isDead(await refresh(t5.json.refresh_token)), JSON.stringify(ra));

  await control('config', { dateSkewSeconds: -600 });
  const d = await fetch(U('.well-known/openid-configuration'));
  const skew = (Date.parse(d.headers.get('date')) - Date.now()) / 1000;
  check('dateSkewSeconds shifts Date header', Math.abs(skew + 600) < 3, String(skew));
  await control('config', { dateSkewSeconds: 0 });
}

// 8. Faults (applied before oidc-provider: nothing consumed).
{
  const t = await exchange(await signIn());
  let rt = t.json.refresh_token;
  await control('reset-stats', {});
  const expect = async (kind, opts, test, endpointCall = () => refresh(rt)) => {
    await control('fault', { endpoint: 'token', kind, ...opts });
    let r; let err;
    try { r = await endpointCall(); } catch (e) { err = e; }
    check(`fault token ${kind}`, test(r, err), r ? `${r.status} ${r.text}` : String(err));
  };
  await expect('500', {}, (r) => r.status === 500 && r.json.error === 'server_error');
  await expect('429', { retryAfter: 7 }, (r) => r.status === 429 && r.headers.get('retry-after') === '7');
  await expect('malformed', {}, (r) => r.status === 200 && r.text === 'not json' && r.headers.get('content-type').startsWith('text/plain'));
  await expect('truncated', {}, (r) => r.status === 200 && r.json === undefined && r.text.startsWith('{"access_token":"abc"') && r.headers.get('content-type').startsWith('application/json'));
  await expect('html', {}, (r) => r.status === 502 && r.headers.get('content-type').startsWith('text/html'));
  await expect('drop', {}, (r, e) => !r && !!e);
  st = await control('stats');
  check('faulted requests never reached the handler', st.token_requests === 0, JSON.stringify(st));
  const ok = await refresh(rt);
  check('refresh token survives faults', ok.status === 200, ok.text);
  rt = ok.json.refresh_token;
  const t0 = Date.now();
  await control('fault', { endpoint: 'token', kind: 'slow', delayMs: 400 });
  const slow = await refresh(rt);
  check('fault token slow', slow.status === 200 && Date.now() - t0 >= 400, slow.text);
  rt = slow.json.refresh_token;
  // slow + client gives up: the server must drop, not answer, and must not consume the token.
  await control('fault', { endpoint: 'token', kind: 'slow', delayMs: 500 });
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 100);
  let aborted = false;
  try { await fetch(disco.token_endpoint, { ...form({ client_id: CLIENT, grant_type: 'refresh_token', refresh_token: rt }), signal: ac.signal }); } catch { aborted = true; }
  await new Promise((res) => setTimeout(res, 600));
  const after = await refresh(rt);
  check('slow + client abort: token not consumed', aborted && after.status === 200, after.text);
  // count -1 until cleared; then "none" clears.
  await control('fault', { endpoint: 'token', kind: '500', count: -1 });
  const a = await refresh('x'); const b = await refresh('x');
  await control('fault', { endpoint: 'token', kind: 'none' });
  const c = await refresh('x');
  check('fault count -1 until cleared', a.status === 500 && b.status === 500 && c.status === 400);
  await control('fault', { endpoint: 'token', kind: '500', count: 2 });
  const c1 = await refresh('x'); const c2 = await refresh('x'); const c3 = await refresh('x');
  check('fault count 2', c1.status === 500 && c2.status === 500 && c3.status === 400);

  // One fault on each of the other endpoints.
  await control('fault', { endpoint: 'discovery', kind: 'malformed' });
  const dr = await fetch(U('.well-known/openid-configuration'));
  check('fault discovery malformed', dr.status === 200 && (await dr.text()) === 'not json');
  await control('fault', { endpoint: 'authorize', kind: 'html' });
  const ar = await fetch(`${disco.authorization_endpoint}?client_id=${CLIENT}`, { redirect: 'manual' });
  check('fault authorize html', ar.status === 502);
  await control('fault', { endpoint: 'revoke', kind: '429' });
  const rr = await fetch(disco.revocation_endpoint, form({ client_id: CLIENT, token: 'x' }));
  check('fault revoke 429', rr.status === 429 && !rr.headers.get('retry-after'));
  const bad = await fetch(U('__test/fault'), { method: 'POST', body: JSON.stringify({ endpoint: 'nope', kind: '500' }) });
  check('fault validation', bad.status === 400);
}

// 9. Logging never contains secrets.
{
  const log = srv.stderr();
  check('stderr has one line per request', /^GET \/authorize 303 /m.test(log) && /^POST \/oauth\/token 200 /m.test(log));
  check('stderr leaks no token/code/verifier', !log.includes(rt1) && !log.includes(s1.params.get('code')) && !log.includes(s1.pk.verifier) && !log.includes('?'));
}

// 10. Lifecycle: closing stdin stops the server; SIGTERM too.
srv.child.stdin.end();
const ex = await Promise.race([srv.exited, new Promise((r) => setTimeout(() => r('timeout'), 5000))]);
check('exits when stdin closes', ex !== 'timeout' && ex.code === 0, JSON.stringify(ex));
{
  const s2 = startServer(['--no-stdin-watch', '--port', '0', '--client-id', 'other-client', '--redirect-uri', 'http://127.0.0.1:9/cb', '--access-token-ttl', '77']);
  const { issuer: iss2, stdout } = await s2.ready;
  s2.child.stdin.end();
  await new Promise((r) => setTimeout(r, 300));
  check('--no-stdin-watch keeps running', s2.child.exitCode === null);
  const d2 = await (await fetch(new URL('.well-known/openid-configuration', iss2))).json();
  check('second server has its own issuer', d2.issuer === iss2 && iss2 !== issuer);
  const cfg = await (await fetch(new URL('__test/config', iss2))).json();
  check('--access-token-ttl', cfg.accessTokenTtl === 77);
  s2.child.kill('SIGTERM');
  const e2 = await Promise.race([s2.exited, new Promise((r) => setTimeout(() => r('timeout'), 5000))]);
  check('exits on SIGTERM', e2 !== 'timeout' && e2.code === 0, JSON.stringify(e2));
  check('stdout is exactly one READY line', stdout() === `READY ${iss2}\n`, JSON.stringify(stdout()));
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
