import { join } from '../load/pointer.js';
import { isObj, type Obj } from '../model/shape.js';
import type { Server } from '../model/types.js';
import type { ContractDiff, Ctx } from './contract.js';

/**
 * Two lists of OpenAPI servers (the document's, or an operation's own), paired by URL template: a URL
 * added or removed is `server.added`/`server.removed`; a paired server's `variables` are compared one
 * by one and its other fields as values.
 */
export function compareServers(diff: ContractDiff, a: Server[], b: Server[], ctx: Ctx = {}): void {
  const urls = new Map(b.map((s) => [s.url, s]));
  const old = new Set(a.map((s) => s.url));
  const ops = ctx.operation ? { operation: ctx.operation } : {};
  for (const s of a) {
    const t = urls.get(s.url);
    if (!t) {
      diff.emit('server.removed', 'none', ops, { value: s.url }, { oldPtr: s.pointer });
      continue;
    }
    const where = { ...ops, where: `server ${s.url}` };
    diff.fields('server', 'none', where, { value: s.url }, s, t);
    variables(diff, where, s, t);
  }
  for (const s of b) if (!old.has(s.url)) diff.emit('server.added', 'none', ops, { value: s.url }, { newPtr: s.pointer });
}

/**
 * Server variables: clients configure a value (or take the default) and substitute it into the URL. A value
 * the `enum` no longer lists (or an `enum` where any value went) leaves clients configured with it without
 * a server; a new value or a dropped `enum` is compatible; a new `default` moves clients that never chose.
 */
function variables(diff: ContractDiff, ctx: Ctx, s: Server, t: Server): void {
  const x = isObj(s.raw?.variables) ? s.raw.variables : {};
  const y = isObj(t.raw?.variables) ? t.raw.variables : {};
  const base = { oldPtr: join(s.pointer, 'variables'), newPtr: join(t.pointer, 'variables') };
  for (const name of Object.keys(x)) {
    const v = x[name];
    const w = y[name];
    const at = { oldPtr: join(base.oldPtr, name), newPtr: join(base.newPtr, name) };
    const subject = { value: s.url, parameter: name };
    if (!isObj(w)) {
      diff.emit('server.variable.removed', 'none', ctx, subject, { oldPtr: at.oldPtr, newPtr: base.newPtr });
      continue;
    }
    if (!isObj(v)) continue;
    values(diff, ctx, subject, at, v, w);
    if (String(v.default) !== String(w.default)) diff.emit('server.variable.default.changed', 'none', ctx, subject, { oldPtr: join(at.oldPtr, 'default'), newPtr: join(at.newPtr, 'default'), before: v.default, after: w.default });
    diff.fields('server', 'none', { ...ctx, where: `${ctx.where} variable ${name}` }, subject, { raw: v, pointer: at.oldPtr }, { raw: w, pointer: at.newPtr }, (f) => f === 'enum' || f === 'default');
  }
  for (const name of Object.keys(y)) if (!(name in x)) diff.emit('server.variable.added', 'none', ctx, { value: s.url, parameter: name }, { oldPtr: base.oldPtr, newPtr: join(base.newPtr, name) });
}

function values(diff: ContractDiff, ctx: Ctx, subject: { value: string; parameter: string }, at: { oldPtr: string; newPtr: string }, v: Obj, w: Obj): void {
  const before = Array.isArray(v.enum) ? v.enum.map(String) : undefined;
  const after = Array.isArray(w.enum) ? w.enum.map(String) : undefined;
  const enumAt = { oldPtr: join(at.oldPtr, 'enum'), newPtr: join(at.newPtr, 'enum') };
  if (!before && !after) return;
  if (!after) return diff.emit('server.variable.value-added', 'none', ctx, { ...subject, value: 'any value' }, { ...enumAt, before: v.enum });
  if (!before) return diff.emit('server.variable.value-removed', 'none', ctx, { ...subject, value: `any value but ${after.join(', ')}` }, { ...enumAt, after: w.enum });
  const kept = new Set(after);
  const had = new Set(before);
  for (const x of before) if (!kept.has(x)) diff.emit('server.variable.value-removed', 'none', ctx, { ...subject, value: x }, { oldPtr: join(enumAt.oldPtr, String(before.indexOf(x))), newPtr: enumAt.newPtr });
  for (const x of after) if (!had.has(x)) diff.emit('server.variable.value-added', 'none', ctx, { ...subject, value: x }, { oldPtr: enumAt.oldPtr, newPtr: join(enumAt.newPtr, String(after.indexOf(x))) });
}
