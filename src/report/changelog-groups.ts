import type { Report } from '../compare.js';
import { checkReport } from './check.js';
import { LEVEL_RANK, type Finding, type Level } from '../engine/types.js';
import type { InteractionStyle } from '../model/types.js';

/** Every change of one operation (or channel); document-level changes form the `(document)` group. */
export interface ChangelogGroup {
  operation: string;
  style?: InteractionStyle;
  /** The most severe level in the group; groups are ordered by it, breaking first. */
  worst: Level;
  counts: Record<Level, number>;
  /** Indexes into `report.findings`, most severe first. */
  findings: number[];
}

export const DOCUMENT_GROUP = '(document)';


/**
 * Groups findings by the operation they were first found in (a schema change shared by several
 * operations is listed once, under the first, with the others named). Pure; keeps finding order.
 */
export function changelogGroups(report: Report): ChangelogGroup[] {
  checkReport('changelogGroups()', report);
  const groups = new Map<string, ChangelogGroup>();
  report.findings.forEach((f, i) => {
    const key = f.operation ?? DOCUMENT_GROUP;
    let g = groups.get(key);
    if (!g) {
      g = { operation: key, worst: f.level, counts: { breaking: 0, warning: 0, compatible: 0, info: 0 }, findings: [] };
      const style = f.operation ? report.styles?.[f.operation] : undefined;
      if (style) g.style = style;
      groups.set(key, g);
    }
    g.counts[f.level]++;
    g.findings.push(i);
    if (LEVEL_RANK[f.level] < LEVEL_RANK[g.worst]) g.worst = f.level;
  });
  for (const g of groups.values()) g.findings.sort((a, b) => LEVEL_RANK[report.findings[a]!.level] - LEVEL_RANK[report.findings[b]!.level] || a - b);
  return [...groups.values()].sort((a, b) => LEVEL_RANK[a.worst] - LEVEL_RANK[b.worst] || docLast(a, b) || (a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0));
}

function docLast(a: ChangelogGroup, b: ChangelogGroup): number {
  return Number(a.operation === DOCUMENT_GROUP) - Number(b.operation === DOCUMENT_GROUP);
}

/** How a flow reads to a client of this kind of contract. */
export function flowLabel(f: Finding, format: 'openapi' | 'asyncapi'): string | undefined {
  if (f.flow === 'none') return undefined;
  if (format === 'asyncapi') return f.flow === 'input' ? 'input: message received' : 'output: message sent';
  return f.flow === 'input' ? 'input: request' : 'output: response';
}

/** Other operations a shared change reaches (the group names the first). */
export function alsoAffects(f: Finding): string[] {
  return f.operations && f.operations.length > 1 ? f.operations.slice(1) : [];
}

export const LEVEL_HEADINGS: Record<Level, string> = { breaking: 'Breaking', warning: 'Warning', compatible: 'Compatible', info: 'Documentation' };

