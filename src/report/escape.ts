/** One escaper per output syntax. Every string that comes from a spec goes through one of these. */

// CSI/OSC sequences and other C0/C1 control characters (tab and newline are handled by each format).
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/**
 * Terminal text: no escape sequences, one line, and never starting with `::`, which a GitHub Actions log
 * would run as a workflow command when the text begins a line (the CLI in a `run:` step prints these).
 */
export function terminal(s: string): string {
  return stripAnsi(s)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/^(\s*):/, '$1\u200b:');
}

/**
 * Markdown prose in the middle of a line (the recommendation paragraph): only what opens HTML, entities, emphasis,
 * code, links, tables, strikethrough, mentions or issue links is neutralised, so `(1.4.0 -> 2.0.0)` stays as written.
 * `>`, `-`, `+`, `.` and digits only mean something at the start of a line, where our own words stand.
 */
export function markdownProse(s: string): string {
  return stripAnsi(s)
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([\\`*[\]|~$])/g, '\\$1')
    // An underscore inside a word cannot open or close emphasis (CommonMark), so `team_slug` stays as is.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    // `](` never appears, so not even a renderer that ignores the backslash reads a link destination.
    .replace(/\]\(/g, ']\\(')
    // Mentions and issue references (`#12`, `owner/repo#12`, `GH-12`) are linked after rendering, so a
    // backslash cannot stop them; a zero-width space can. `#` opens a heading only at a line start, never here.
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-');
}

/**
 * Markdown code span: backticks cannot close it, HTML cannot open. Between `<code>` tags markdown is still
 * parsed (they are inline HTML, not a code span), so what opens links, images, emphasis, strikethrough or math
 * is written as a character reference, which markdown reads as a plain character. GitHub does not link
 * mentions or issue references inside `<code>`. An underscore inside a word opens nothing (`team_slug`).
 */
export function markdownCode(s: string): string {
  const clean = stripAnsi(s).replace(/[\r\n]+/g, ' ');
  const text = clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|`\\*[\]~$]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '&#95;');
  return `<code>${text}</code>`;
}

/**
 * XML text and attribute values. Characters XML 1.0 cannot carry are dropped; tab, CR and LF become
 * character references so an attribute keeps them instead of normalising them to spaces.
 */
export function xml(s: string): string {
  return stripAnsi(s)
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** SARIF message text: `[` and `]` would start an embedded link (SARIF 2.1.0 §3.11.6), so they are escaped with `\\`. */
export function sarifText(s: string): string {
  return stripAnsi(s).replace(/[\\[\]]/g, '\\$&');
}

/** GitHub workflow command message (`::error ...::<message>`). */
export function workflowData(s: string): string {
  return stripAnsi(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub workflow command property value (`file=`, `title=`). */
export function workflowProperty(s: string): string {
  return workflowData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Our own rule docs (code spans allowed, never spec text): only HTML and line breaks are neutralised. */
export function ruleDocMarkdown(s: string): string {
  return stripAnsi(s).replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * HTML text and (quoted) attribute values: no markup, no entity, no way out of a quoted attribute; escape
 * sequences and control characters dropped. Line breaks stay: HTML renders them as spaces.
 */
export function html(s: string): string {
  return stripAnsi(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
