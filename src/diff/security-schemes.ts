import { join } from '../load/pointer.js';
import { FLOW_URLS, schemeKind, securitySchemeModel, type SecuritySchemeModel } from '../model/security-scheme.js';
import type { At } from '../model/types.js';
import type { Obj } from '../model/shape.js';
import type { ContractDiff, Ctx } from './contract.js';

/**
 * Two definitions of one security scheme (matched by name), compared by what a client does with them:
 * how it presents credentials (type, HTTP scheme, API key location and name), where it gets tokens
 * (OAuth flows and their URLs, the OpenID Connect discovery URL) and which scopes it may ask for.
 * The other fields (`description`, `bearerFormat`, `x-*`) are compared as values.
 */
export function compareSecurityScheme(diff: ContractDiff, name: string, a: At<Obj>, b: At<Obj>): void {
  const x = securitySchemeModel(a.value, a.pointer);
  const y = securitySchemeModel(b.value, b.pointer);
  const ctx: Ctx = { where: `security scheme ${name}` };
  const subject = { scheme: name };
  diff.fields('security-scheme', 'none', ctx, subject, { raw: a.value, pointer: a.pointer }, { raw: b.value, pointer: b.pointer });
  const at = (field: string) => ({ oldPtr: join(a.pointer, field), newPtr: join(b.pointer, field) });
  if (x.type !== y.type || x.scheme !== y.scheme) {
    const field = x.type !== y.type ? 'type' : 'scheme';
    return diff.emit('security-scheme.credentials.changed', 'none', ctx, { ...subject, field }, { ...at(field), before: schemeKind(x), after: schemeKind(y) });
  }
  if (x.in !== y.in) diff.emit('security-scheme.credentials.changed', 'none', ctx, { ...subject, field: 'in' }, { ...at('in'), before: x.in, after: y.in });
  if (!sameKeyName(x, y)) diff.emit('security-scheme.credentials.changed', 'none', ctx, { ...subject, field: 'name' }, { ...at('name'), before: x.name, after: y.name });
  if (x.openIdConnectUrl !== y.openIdConnectUrl) diff.emit('security-scheme.url.changed', 'none', ctx, { ...subject, field: 'openIdConnectUrl' }, { ...at('openIdConnectUrl'), before: x.openIdConnectUrl, after: y.openIdConnectUrl });
  flows(diff, ctx, name, x, y, a, b);
}

/** Header names are case-insensitive (RFC 9110), on both sides a header; query parameter and cookie names are not. */
function sameKeyName(x: SecuritySchemeModel, y: SecuritySchemeModel): boolean {
  if (x.in === 'header' && y.in === 'header' && x.name !== undefined && y.name !== undefined) return x.name.toLowerCase() === y.name.toLowerCase();
  return x.name === y.name;
}

function flows(diff: ContractDiff, ctx: Ctx, name: string, x: SecuritySchemeModel, y: SecuritySchemeModel, a: At<Obj>, b: At<Obj>): void {
  for (const [flow, f] of x.flows) {
    const g = y.flows.get(flow);
    const subject = { scheme: name, value: flow };
    if (!g) {
      diff.emit('security-scheme.flow.removed', 'none', ctx, subject, { oldPtr: f.pointer, newPtr: b.pointer });
      continue;
    }
    for (const url of FLOW_URLS) {
      if (f[url] !== g[url]) diff.emit('security-scheme.url.changed', 'none', ctx, { ...subject, field: `${url} of the ${flow} flow` }, { oldPtr: join(f.pointer, url), newPtr: join(g.pointer, url), before: f[url], after: g[url] });
    }
    const scopesAt = { oldPtr: join(f.pointer, 'scopes'), newPtr: join(g.pointer, 'scopes') };
    let described = false;
    for (const [scope, text] of f.scopes) {
      const other = g.scopes.get(scope);
      if (other === undefined) diff.emit('security-scheme.scope.removed', 'none', ctx, { scheme: name, value: flow, scope }, { oldPtr: join(scopesAt.oldPtr, scope), newPtr: scopesAt.newPtr });
      else if (other !== text) described = true;
    }
    for (const scope of g.scopes.keys()) if (!f.scopes.has(scope)) diff.emit('security-scheme.scope.added', 'none', ctx, { scheme: name, value: flow, scope }, { oldPtr: scopesAt.oldPtr, newPtr: join(scopesAt.newPtr, scope) });
    // A scope's description documents it: one documentation change per flow, whatever the number of scopes.
    if (described) diff.emit('security-scheme.keyword.changed', 'none', ctx, { scheme: name, field: `scope descriptions of flow ${flow}` }, { ...scopesAt, facts: { annotation: true } });
    // The flow's own other fields (`x-*`); a 2.0 scheme is its own flow, already compared as a whole.
    if (f.raw !== a.value && g.raw !== b.value) diff.fields('security-scheme', 'none', ctx, { scheme: name }, { raw: f.raw, pointer: f.pointer }, { raw: g.raw, pointer: g.pointer });
  }
  for (const [flow, g] of y.flows) if (!x.flows.has(flow)) diff.emit('security-scheme.flow.added', 'none', ctx, { scheme: name, value: flow }, { oldPtr: a.pointer, newPtr: g.pointer });
}
