import type { Level } from './types.js';

export const PROFILES = ['strict', 'default', 'lenient'] as const;
export type Profile = (typeof PROFILES)[number];

/**
 * Warnings that only matter to clients that are not tolerant readers (they reject unknown enum values,
 * extra properties, unknown success codes, a missing optional field) or to code generators. The lenient profile assumes tolerant
 * clients and no generated SDKs, so these become compatible (still a minor release), operation id
 * changes become info.
 */
export const LENIENT: Readonly<Record<string, Level>> = {
  'output-enum-value-added': 'compatible',
  'output-enum-lifted': 'compatible',
  'output-enum-opened': 'compatible',
  'output-variant-added': 'compatible',
  'output-additional-properties-opened': 'compatible',
  'output-constraint-relaxed': 'compatible',
  'output-pattern-removed': 'compatible',
  'response-success-status-added': 'compatible',
  'response-status-range-widened': 'compatible',
  'response-success-status-changed': 'compatible',
  'output-optional-property-removed': 'compatible',
  'operation-id-changed': 'info',
};

/**
 * The level a finding gets under a profile, before per-rule overrides:
 * - `strict`: every warning (including unclassified changes) counts as breaking;
 * - `default`: the catalogue's levels;
 * - `lenient`: the tolerant-reader warnings above are relaxed; everything else as in default.
 */
export function profileLevel(profile: Profile | undefined, ruleId: string, level: Level): Level {
  if (profile === 'strict') return level === 'warning' ? 'breaking' : level;
  if (profile === 'lenient' && level === 'warning') return LENIENT[ruleId] ?? level;
  return level;
}
