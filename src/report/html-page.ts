import { createHash } from 'node:crypto';
import { LEVELS, type Level } from '../engine/types.js';
import { html as h } from './escape.js';

/**
 * The page around an HTML report: one self-contained file. Its style and script are fixed text (no spec text
 * ever goes into them), allowed by their hashes in a Content-Security-Policy that allows nothing else: no
 * network, no other script, no inline event handler, no plugin, no form, no base URL.
 */
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fff; --panel: #f6f8fa; --line: #d1d9e0;
  --breaking: #cf222e; --warning: #9a6700; --compatible: #1a7f37; --info: #59636e; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --breaking: #ff7b72; --warning: #d29922; --compatible: #3fb950; --info: #9198a1; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
code, .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0; }
.facts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0.5rem 0; padding: 0.75rem 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.facts div { display: flex; flex-direction: column; }
.facts dt { font-size: 0.8rem; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; }
td.n { text-align: right; }
.badge { display: inline-block; min-width: 6.5em; padding: 0 0.5em; border-radius: 1em; border: 1px solid currentColor; font-size: 0.8rem; font-weight: 600; text-align: center; }
.level-breaking { color: var(--breaking); } .level-warning { color: var(--warning); }
.level-compatible { color: var(--compatible); } .level-info { color: var(--info); }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.5rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters button { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.75rem; border-radius: 1em; border: 1px solid currentColor; background: var(--bg); cursor: pointer; }
.filters button[aria-pressed="true"] { background: var(--panel); font-weight: 600; }
.filters button[aria-pressed="false"] { opacity: 0.55; text-decoration: line-through; }
.filters button:disabled { cursor: default; opacity: 0.35; }
.op { margin: 0.75rem 0; border: 1px solid var(--line); border-radius: 6px; }
.op > header { padding: 0.5rem 0.75rem; background: var(--panel); border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.op .style, .op .count { color: var(--muted); font-weight: normal; font-size: 0.9rem; }
.op ul { list-style: none; margin: 0; padding: 0; }
.finding { padding: 0.5rem 0.75rem; border-top: 1px solid var(--line); }
.finding:first-child { border-top: 0; }
.finding .message { margin-left: 0.5rem; }
.finding .rule { color: var(--muted); margin-left: 0.5rem; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.35rem 0 0; font-size: 0.9rem; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; }
.waived { text-decoration: line-through; }
.note { color: var(--muted); }
`;

/** Level filters: fixed code that reads only fixed attribute values (`data-level`), never spec text. */
const SCRIPT = `
(function () {
  var bar = document.getElementById('filters');
  var status = document.getElementById('filter-status');
  var buttons = Array.prototype.slice.call(bar.querySelectorAll('button[data-level]'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.op'));
  function apply() {
    var off = {};
    buttons.forEach(function (b) { if (b.getAttribute('aria-pressed') === 'false') off[b.getAttribute('data-level')] = true; });
    var shown = 0;
    findings.forEach(function (f) { f.hidden = off[f.getAttribute('data-level')] === true; if (!f.hidden) shown++; });
    groups.forEach(function (g) { g.hidden = g.querySelector('.finding:not([hidden])') === null; });
    status.textContent = 'Showing ' + shown + ' of ' + findings.length + ' change' + (findings.length === 1 ? '' : 's');
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'false' ? 'true' : 'false');
      apply();
    });
  });
  bar.hidden = false;
  apply();
})();
`;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

let policy: string | undefined;
/** `default-src 'none'` and the two hashes; computed once, on the first page. */
export function contentSecurityPolicy(): string {
  policy ??= `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return policy;
}

/** The level toggles: hidden until the script runs, so without JavaScript every finding shows and no dead button does. */
export function filterBar(counts: Record<Level, number>): string {
  const buttons = LEVELS.map((l) => `<button type="button" class="level-${l}" data-level="${l}" aria-pressed="true"${counts[l] ? '' : ' disabled'}>${l} (${counts[l]})</button>`);
  return `<div class="filters" id="filters" role="toolbar" aria-label="Show changes by level" hidden><span>Show:</span>${buttons.join('')}<span id="filter-status" class="note" aria-live="polite"></span></div>`;
}

/** A whole page: `title` is plain text (escaped here), `body` is HTML already escaped by the caller. */
export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
