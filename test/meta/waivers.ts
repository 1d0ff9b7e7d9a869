/**
 * Rules whose fixture pair is still being written. The catalogue test fails if a rule without fixtures is
 * missing here, or if a rule listed here has its fixtures: the list can only shrink.
 */
export const PENDING_FIXTURES: string[] = [
];

/** input-X rules without an output-X mirror (and the reverse), each with the reason. */
export const SYMMETRY_WAIVERS: Record<string, string> = {
  'input-default-added': 'a default documented on a response value is covered by output-default-changed (info); only requests act on defaults',
  'input-optional-property-added': 'responses do not distinguish optional from required additions: output-property-added covers both',
  'input-required-property-added': 'responses do not distinguish optional from required additions: output-property-added covers both',
  'input-required-property-added-with-default': 'defaults only matter for what clients send; output-property-added covers responses',
  'input-property-became-required-with-default': 'defaults only matter for what clients send; output-property-became-required covers responses',
  'input-property-removed-closed': 'additionalProperties: false on a response does not change what removing a property does: output-property-removed covers it',
  'output-format-added': 'a format added to a request may reject values: format-changed (warning) covers it',
  'input-format-removed': 'a format removed from a response may surprise strict parsers: format-changed (warning) covers it',
  'output-optional-property-removed': 'requests do not split removals by requiredness: input-property-removed (warning) and input-property-removed-closed cover both',
  'output-property-added': 'requests split additions by requiredness and default: input-optional-property-added, input-required-property-added(-with-default)',
};
