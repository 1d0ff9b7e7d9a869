/**
 * The closed list of facts the diff stage can report. A kind says what changed, never whether it
 * breaks: that is the rules' job, with the change's flow.
 */
export const CHANGE_KINDS = [
  // operations
  'operation.added',
  'operation.removed',
  'operation.deprecated',
  'operation.undeprecated',
  'operation.id.changed',
  'operation.style.changed',
  'operation.documentation.changed',
  // parameters
  'parameter.added',
  'parameter.removed',
  'parameter.moved',
  'parameter.became-required',
  'parameter.became-optional',
  'parameter.deprecated',
  'parameter.style.changed',
  'parameter.documentation.changed',
  // request bodies
  'request-body.added',
  'request-body.removed',
  'request-body.became-required',
  'request-body.became-optional',
  // media types, in request bodies and responses
  'media-type.added',
  'media-type.removed',
  // responses
  'response.added',
  'response.removed',
  'response.documentation.changed',
  'response-header.added',
  'response-header.removed',
  // schemas (carry the flow)
  'schema.property.added',
  'schema.property.removed',
  'schema.property.became-required',
  'schema.property.became-optional',
  'schema.type.widened',
  'schema.type.narrowed',
  'schema.type.changed',
  'schema.format.changed',
  'schema.nullable.added',
  'schema.nullable.removed',
  'schema.enum.value-added',
  'schema.enum.value-removed',
  'schema.enum.added',
  'schema.enum.removed',
  'schema.max.decreased',
  'schema.max.increased',
  'schema.min.increased',
  'schema.min.decreased',
  'schema.pattern.added',
  'schema.pattern.removed',
  'schema.pattern.changed',
  'schema.default.changed',
  'schema.variant.added',
  'schema.variant.removed',
  'schema.additional-properties.closed',
  'schema.additional-properties.opened',
  'schema.deprecated',
  'schema.documentation.changed',
  // security
  'security.added',
  'security.removed',
  'security.alternative.added',
  'security.alternative.removed',
  'security.scope.added',
  'security.scope.removed',
  // document
  'server.added',
  'server.removed',
  'info.changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];
