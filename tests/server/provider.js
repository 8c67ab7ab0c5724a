'use strict';

// oidc-provider configuration that makes it behave like an Auth0 tenant for
// one public (PKCE, no secret) client. See ARCHITECTURE.md, "A real
// authorization server for tests".

const crypto = require('node:crypto');
const { MemoryAdapter } = require('./adapter');

// The only user of the tenant.
const USER = {
  username: 'test@example.com',
  password: 'Passw0rd!',
  sub: 'auth0|test-user-1',
  name: 'Test User',
  nickname: 'test',
  email: 'test@example.com',
};

// Auth0's wording for every dead refresh token (unknown, expired, revoked,
// reused). Clients should key on `error`, but support staff read the text.
const DEAD_REFRESH_TOKEN = 'Unknown or invalid refresh token.';

// Auth0 audiences are arbitrary strings ("my-api", "https://api.example/").
// oidc-provider models an API as an RFC 8707 resource indicator, which must be
// an absolute URI. Non-URI audiences are wrapped in a URN internally; the
// token's `aud` is always the audience exactly as requested.
const AUDIENCE_URN = 'urn:connector-test:audience:';

function resourceForAudience(audience) {
  if (!audience) return undefined;
  try {
    const u = new URL(audience);
    if (!u.href.includes('#')) return audience;
  } catch { /* not a URI: wrap it below */ }
  return AUDIENCE_URN + encodeURIComponent(audience);
}

function audienceForResource(resource) {
  return resource.startsWith(AUDIENCE_URN)
    ? decodeURIComponent(resource.slice(AUDIENCE_URN.length))
    : resource;
}

const SCOPES = ['openid', 'offline_access', 'profile', 'email'];

async function findAccount(ctx, id) {
  if (id !== USER.sub) return undefined;
  return {
    accountId: USER.sub,
    // Filtered by oidc-provider according to the granted scopes/claims.
    async claims() {
      return {
        sub: USER.sub,
        name: USER.name,
        nickname: USER.nickname,
        email: USER.email,
        email_verified: true,
      };
    },
  };
}

/**
 * @param Provider  the oidc-provider class (ESM, loaded by the caller)
 * @param opts      { issuer, clientId, redirectUris }
 * @param runtime   mutable settings (TTLs, rotation, offlineAccess), see control.js
 */
function createProvider(Provider, opts, runtime) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', alg: 'RS256', use: 'sig' };

  const configuration = {
    adapter: MemoryAdapter,
    findAccount,
    clients: [{
      client_id: opts.clientId,
      token_endpoint_auth_method: 'none', // public client: client_id in the form body, no secret
      redirect_uris: opts.redirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      application_type: 'web', // https redirect URI; "native" would force extra prompts
      id_token_signed_response_alg: 'RS256',
    }],
    jwks: { keys: [signingKey] },
    // Auth0's paths instead of oidc-provider's defaults.
    routes: {
      authorization: '/authorize',
      token: '/oauth/token',
      revocation: '/oauth/revoke',
      userinfo: '/userinfo',
      jwks: '/.well-known/jwks.json',
      end_session: '/oidc/logout',
    },
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['name', 'nickname'],
      email: ['email', 'email_verified'],
    },
    // Auth0 puts the profile/email claims in the ID token itself; oidc-provider
    // by default would only return them from /userinfo.
    conformIdTokenClaims: false,
    // Auth0 accepts `audience` on /authorize; oidc-provider rejects nothing but
    // drops unknown parameters unless they are declared here.
    extraParams: ['audience'],
    pkce: {
      methods: ['S256'], // `plain` is refused with invalid_request
      required: () => true,
    },
    responseTypes: ['code'], // authorization code flow only
    features: {
      pushedAuthorizationRequests: { enabled: false }, // not used by the connector
      devInteractions: { enabled: false }, // our own login form (login.js)
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // `audience=` on /authorize becomes the resource (API) of the grant.
        defaultResource: async (ctx, client, oneOf) => {
          if (oneOf) return oneOf.length === 1 ? oneOf[0] : oneOf;
          return resourceForAudience(ctx.oidc.params && ctx.oidc.params.audience);
        },
        // At the token endpoint the client sends no `resource`; use the
        // audience granted at /authorize (Auth0 behaviour).
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx, resource) => ({
          scope: SCOPES.join(' '),
          audience: audienceForResource(resource),
          accessTokenFormat: 'jwt', // so a token inspector can read aud/exp/scope
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // offline_access yields a refresh token, unless the test switched the
    // "Allow Offline Access" API setting off.
    issueRefreshToken: async (ctx, client, code) => runtime.offlineAccess
      && client.grantTypeAllowed('refresh_token')
      && code.scopes.has('offline_access'),
    // Auth0 rotation on/off. Reuse detection itself is oidc-provider's: a
    // consumed refresh token presented again revokes the whole grant.
    rotateRefreshToken: () => runtime.rotation,
    ttl: {
      AccessToken: () => runtime.accessTokenTtl,
      IdToken: () => runtime.idTokenTtl,
      RefreshToken: () => runtime.refreshTokenTtl,
      AuthorizationCode: 60,
      Interaction: 60 * 60,
      Session: 24 * 60 * 60,
      Grant: 10 * 365 * 24 * 60 * 60, // never the limiting factor; RT ttl is
    },
    interactions: {
      url: (ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    cookies: {
      keys: [crypto.randomBytes(32).toString('hex')],
    },
    // Errors shown in the browser (bad client_id, bad redirect_uri, ...).
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Error — Test Tenant</title></head>`
        + `<body><h1 id="error-title">${escapeHtml(out.error)}</h1><p id="error-description">`
        + `${escapeHtml(out.error_description || '')}</p></body></html>`;
    },
  };

  const provider = new Provider(opts.issuer, configuration);
  return provider;
}

// Koa middleware (runs before oidc-provider's handlers) on GET /authorize.
//
// OpenID Connect says offline_access is ignored unless prompt contains
// "consent", and oidc-provider enforces that. Auth0 does not: a first-party
// app gets its refresh token without any prompt parameter. We therefore add
// "consent" (auto-granted by login.js, never shown) to requests that ask for
// offline_access. A missing prompt also becomes "login": every sign-in shows
// the login form, as in the program's off-the-record login window, which
// keeps tests deterministic (no silent SSO from an earlier session cookie).
async function auth0PromptMiddleware(ctx, next) {
  if (ctx.method === 'GET' && ctx.path === '/authorize') {
    const q = { ...ctx.query };
    const prompts = new Set(String(q.prompt || '').split(' ').filter(Boolean));
    const offline = String(q.scope || '').split(' ').includes('offline_access');
    if (!prompts.has('none')) {
      if (prompts.size === 0) prompts.add('login');
      if (offline) prompts.add('consent');
      q.prompt = [...prompts].join(' ');
      ctx.query = q;
    }
  }
  return next();
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

module.exports = {
  createProvider, auth0PromptMiddleware, resourceForAudience, escapeHtml, USER, DEAD_REFRESH_TOKEN,
};
