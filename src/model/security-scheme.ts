import { join } from '../load/pointer.js';
import { isObj, type Obj } from './shape.js';

/**
 * A security scheme definition in one shape for Swagger 2 and OpenAPI 3, so that what means the same
 * compares equal: 2.0 `type: basic` is `type: http, scheme: basic`; 2.0 `flow: accessCode` with its
 * `authorizationUrl`/`tokenUrl`/`scopes` is `flows.authorizationCode`; HTTP scheme names are
 * case-insensitive (RFC 7235), so `Bearer` is `bearer`.
 */
export interface SecuritySchemeModel {
  type: string;
  /** `http` only, lower-cased. */
  scheme?: string;
  /** `apiKey` only. */
  in?: string;
  name?: string;
  openIdConnectUrl?: string;
  /** `oauth2` only, by OpenAPI 3 flow name. */
  flows: Map<string, OAuthFlow>;
}

export interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  /** Scope name -> description. */
  scopes: Map<string, string>;
  pointer: string;
  /** The object holding the flow's fields: the OAuth Flow Object, or the 2.0 scheme itself. */
  raw: Obj;
}

/** Swagger 2 `flow` values and the OpenAPI 3 flow each one became. */
const SWAGGER2_FLOWS: Record<string, string> = { implicit: 'implicit', password: 'password', application: 'clientCredentials', accessCode: 'authorizationCode' };

export const FLOW_URLS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function securitySchemeModel(raw: Obj, pointer: string): SecuritySchemeModel {
  const written = str(raw.type) ?? '';
  const basic = written === 'basic'; // Swagger 2
  const type = basic ? 'http' : written;
  const out: SecuritySchemeModel = { type, flows: new Map() };
  if (type === 'http') out.scheme = basic ? 'basic' : str(raw.scheme)?.toLowerCase();
  if (type === 'apiKey') {
    out.in = str(raw.in);
    out.name = str(raw.name);
  }
  if (type === 'openIdConnect') out.openIdConnectUrl = str(raw.openIdConnectUrl);
  if (type !== 'oauth2') return out;
  const flow2 = str(raw.flow);
  if (flow2 !== undefined) {
    out.flows.set(SWAGGER2_FLOWS[flow2] ?? flow2, oauthFlow(raw, pointer, true));
    return out;
  }
  if (isObj(raw.flows)) {
    for (const name of Object.keys(raw.flows)) {
      const f = raw.flows[name];
      if (!name.startsWith('x-') && isObj(f)) out.flows.set(name, oauthFlow(f, join(pointer, 'flows', name)));
    }
  }
  return out;
}

/** `swagger2`: its Scopes Object may carry `x-*` extensions, which are no scopes. */
function oauthFlow(f: Obj, pointer: string, swagger2 = false): OAuthFlow {
  const scopes = new Map<string, string>();
  if (isObj(f.scopes)) for (const k of Object.keys(f.scopes)) if (!(swagger2 && k.startsWith('x-'))) scopes.set(k, String(f.scopes[k] ?? ''));
  return { authorizationUrl: str(f.authorizationUrl), tokenUrl: str(f.tokenUrl), refreshUrl: str(f.refreshUrl), scopes, pointer, raw: f };
}

/** `http (basic)`, `apiKey`: the scheme's kind, as a finding shows it. */
export function schemeKind(s: SecuritySchemeModel): string {
  return s.type === 'http' && s.scheme ? `http (${s.scheme})` : s.type;
}
