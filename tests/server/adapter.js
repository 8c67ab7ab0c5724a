'use strict';

// In-memory storage adapter for oidc-provider.
//
// oidc-provider ships a MemoryAdapter, but it keeps its entries in a private
// LRU cache that cannot be enumerated. The test control API needs to
// "revoke every refresh token" (POST /__test/revoke-all, an admin revoking
// access in the Auth0 dashboard), so we keep our own Map per model.
// Nothing is persisted: a restarted server knows no tokens, like a wiped tenant.

const stores = new Map(); // model name -> Map(id -> { payload, expiresAt })

function storeFor(name) {
  if (!stores.has(name)) stores.set(name, new Map());
  return stores.get(name);
}

function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

// Models whose records are tied to a grant: revokeByGrantId removes them all
// (this is how refresh-token reuse kills the whole token family).
const GRANTABLE = new Set([
  'AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode',
  'BackchannelAuthenticationRequest', 'Grant',
]);

class MemoryAdapter {
  constructor(name) {
    this.name = name;
    this.store = storeFor(name);
  }

  async upsert(id, payload, expiresIn) {
    const expiresAt = expiresIn ? nowSeconds() + expiresIn : undefined;
    this.store.set(id, { payload: { ...payload }, expiresAt });
  }

  async find(id) {
    const entry = this.store.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= nowSeconds()) {
      this.store.delete(id);
      return undefined;
    }
    return { ...entry.payload };
  }

  async findByUid(uid) {
    for (const [id, entry] of this.store) {
      if (entry.payload.uid === uid) return this.find(id);
    }
    return undefined;
  }

  async findByUserCode(userCode) {
    for (const [id, entry] of this.store) {
      if (entry.payload.userCode === userCode) return this.find(id);
    }
    return undefined;
  }

  async consume(id) {
    const entry = this.store.get(id);
    if (entry) entry.payload.consumed = nowSeconds();
  }

  async destroy(id) {
    this.store.delete(id);
  }

  async revokeByGrantId(grantId) {
    for (const name of GRANTABLE) {
      const store = storeFor(name);
      for (const [id, entry] of store) {
        if (entry.payload.grantId === grantId || (name === 'Grant' && id === grantId)) {
          store.delete(id);
        }
      }
    }
  }
}

// Used by POST /__test/revoke-all. Returns how many refresh tokens were removed.
function revokeAllRefreshTokens() {
  const store = storeFor('RefreshToken');
  const n = store.size;
  store.clear();
  return n;
}

module.exports = { MemoryAdapter, revokeAllRefreshTokens };
