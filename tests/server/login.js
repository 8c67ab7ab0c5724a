'use strict';

// The tenant's login page, served at the interaction URL /interaction/:uid.
//
// Plain HTML form, no JavaScript, so it works from curl/fetch with a cookie
// jar as well as in the program's embedded browser (driven by playwright).
// There is no consent screen: like an Auth0 first-party application, a
// successful login grants every requested scope (offline_access included).

const { USER, escapeHtml, resourceForAudience } = require('./provider');

function page({ uid, loginHint, username, error, lang }) {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang || 'en')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in — Test Tenant</title>
<style>
 body { font-family: sans-serif; background: #f4f4f6; }
 form { width: 320px; margin: 80px auto; padding: 24px; background: #fff; border-radius: 6px; }
 input, button { display: block; width: 100%; margin: 8px 0; padding: 8px; box-sizing: border-box; }
 #error { color: #b00020; }
</style></head>
<body>
<form method="post" action="/interaction/${escapeHtml(uid)}" autocomplete="off">
  <h1>Welcome</h1>
  <p>Log in to Test Tenant to continue.</p>
  ${error ? `<p id="error">${escapeHtml(error)}</p>` : ''}
  <label for="username">Email address</label>
  <input id="username" name="username" type="email" value="${escapeHtml(username || loginHint || '')}" autofocus>
  <label for="password">Password</label>
  <input id="password" name="password" type="password">
  <button id="login" type="submit">Continue</button>
  <button id="deny" name="deny" value="1" type="submit" formnovalidate>Cancel</button>
</form>
</body></html>`;
}

function send(res, status, html) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 64 * 1024) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

// Handles GET and POST /interaction/:uid. Returns false if the path is not ours.
async function handleInteraction(provider, req, res, pathname) {
  const m = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(pathname);
  if (!m) return false;
  const uid = m[1];

  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (err) {
    // Missing/expired interaction cookie: the person must start over.
    send(res, 400, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Error — Test Tenant</title></head>`
      + `<body><h1 id="error-title">invalid_request</h1><p id="error-description">`
      + `The sign-in session expired or was not found. Please start again.</p></body></html>`);
    return true;
  }
  const { params } = details;
  const lang = (params.ui_locales || '').split(' ')[0] || 'en';

  if (req.method === 'GET') {
    send(res, 200, page({ uid, loginHint: params.login_hint, lang }));
    return true;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'GET, POST' });
    res.end();
    return true;
  }

  const form = await readForm(req);

  if (form.get('deny')) {
    await provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The user cancelled the sign-in.',
    }, { mergeWithLastSubmission: false });
    return true;
  }

  const username = (form.get('username') || '').trim();
  const password = form.get('password') || '';
  if (username.toLowerCase() !== USER.username || password !== USER.password) {
    send(res, 200, page({ uid, username, error: 'Wrong email or password.', lang }));
    return true;
  }

  // Auto-consent: create the grant with everything that was asked for, so no
  // consent screen is ever shown (offline_access included).
  const grant = new provider.Grant({ accountId: USER.sub, clientId: params.client_id });
  if (params.scope) grant.addOIDCScope(params.scope);
  if (params.claims) {
    // `claims` request parameter (rare): grant the individually requested claims.
    try {
      const claims = JSON.parse(params.claims);
      const names = [...Object.keys(claims.id_token || {}), ...Object.keys(claims.userinfo || {})];
      if (names.length) grant.addOIDCClaims(names);
    } catch { /* invalid claims were rejected by oidc-provider already */ }
  }
  const resource = resourceForAudience(params.audience);
  if (resource && params.scope) grant.addResourceScope(resource, params.scope);
  const grantId = await grant.save();

  await provider.interactionFinished(req, res, {
    login: { accountId: USER.sub, remember: false },
    consent: { grantId },
  }, { mergeWithLastSubmission: false });
  return true;
}

module.exports = { handleInteraction };
