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
  /** OpenAPI webhooks (3.1 `webhooks`, `x-webhooks`) by name and method; inside one, flows are flipped. */
  'webhook.added',
  'webhook.removed',
  /** An operation's callback, or one operation of a callback (runtime expression and method); inside one, flows are flipped. */
  'callback.added',
  'callback.removed',
  /** `x-stability-level` (draft, alpha, beta, stable; absent reads as stable) changed. */
  'operation.stability.changed',
  /** `x-sunset` added, removed or changed on an operation (facts say how). */
  'operation.sunset.changed',
  // parameters
  'parameter.added',
  'parameter.removed',
  'parameter.moved',
  'parameter.became-required',
  'parameter.became-optional',
  'parameter.deprecated',
  /** `style`/`explode` (effective values); facts.wire says whether values of the parameter's type serialize differently. */
  'parameter.style.changed',
  'parameter.empty-value.allowed',
  'parameter.empty-value.disallowed',
  /** Described by `schema` (plain text) on one side and `content` on the other, or by another media type. */
  'parameter.media-type.changed',
  'parameter.documentation.changed',
  'parameter.sunset.changed',
  // request bodies
  'request-body.added',
  'request-body.removed',
  'request-body.became-required',
  'request-body.became-optional',
  // media types, in request bodies and responses
  'media-type.added',
  'media-type.removed',
  /** A media type that had no schema got one, or lost the one it had. */
  'media-type.schema.added',
  'media-type.schema.removed',
  // responses
  'response.added',
  'response.removed',
  'response.documentation.changed',
  'response-header.added',
  'response-header.removed',
  'response-header.became-required',
  'response-header.became-optional',
  'response-header.deprecated',
  'response-header.style.changed',
  /** Response Link Objects by name. */
  'response.link.added',
  'response.link.removed',
  'response.link.changed',
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
  /** A closed `enum` became an open `x-extensible-enum` (the values are compared as extensible-enum values). */
  'schema.enum.opened',
  /** An open `x-extensible-enum` became a closed `enum`. */
  'schema.enum.closed',
  /** `x-extensible-enum` (an open enum: clients must tolerate values it does not list yet). */
  'schema.extensible-enum.value-added',
  'schema.extensible-enum.value-removed',
  'schema.extensible-enum.added',
  'schema.extensible-enum.removed',
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
  /** An old variant folded into a wider new one (or into the plain schema that replaced the alternatives). */
  'schema.variant.merged',
  'schema.additional-properties.closed',
  'schema.additional-properties.opened',
  'schema.deprecated',
  'schema.documentation.changed',
  'schema.const.changed',
  'schema.undeprecated',
  'schema.sunset.changed',
  /** A keyword of the 2020-12/draft-04 vocabulary with set semantics: the new schema accepts fewer instances, more, or some of each. */
  'schema.constraint.tightened',
  'schema.constraint.relaxed',
  'schema.constraint.changed',
  /** Any other keyword, compared as a value (facts.annotation says whether it can change validity). */
  'schema.keyword.changed',
  /** A field of an OpenAPI (or AsyncAPI) object no specific kind covers, compared as a value (facts.annotation for documentation). */
  'operation.keyword.changed',
  'parameter.keyword.changed',
  'request-body.keyword.changed',
  'media-type.keyword.changed',
  'response.keyword.changed',
  'response-header.keyword.changed',
  'path-item.keyword.changed',
  'server.keyword.changed',
  'security-scheme.keyword.changed',
  /** A Callback Object's own `x-*` fields. */
  'callback.keyword.changed',
  /** A top-level field the model does not read (`tags`, `externalDocs`, `jsonSchemaDialect`, `x-*`). */
  'document.keyword.changed',
  // security
  'security.added',
  'security.removed',
  'security.alternative.added',
  'security.alternative.removed',
  'security.scope.added',
  'security.scope.removed',
  /** A security scheme definition (`components.securitySchemes`, `securityDefinitions`) by name. */
  'security-scheme.added',
  'security-scheme.removed',
  /** How clients present credentials: the scheme's `type`, HTTP `scheme`, or an API key's `in` or `name` (subject.field). */
  'security-scheme.credentials.changed',
  /** OAuth 2 flows by their OpenAPI 3 name (Swagger 2 `flow` mapped onto it). */
  'security-scheme.flow.added',
  'security-scheme.flow.removed',
  /** `authorizationUrl`, `tokenUrl`, `refreshUrl` (of flow subject.value) or `openIdConnectUrl`. */
  'security-scheme.url.changed',
  /** A scope defined by an OAuth flow (not a scope an operation requires: security.scope.*). */
  'security-scheme.scope.added',
  'security-scheme.scope.removed',
  // document
  'server.added',
  'server.removed',
  /** OpenAPI Server Object `variables`: a variable, the values it may take (`enum`), its `default`. */
  'server.variable.added',
  'server.variable.removed',
  'server.variable.value-added',
  'server.variable.value-removed',
  'server.variable.default.changed',
  'info.changed',
  // AsyncAPI: servers, channels, operations, messages
  'server.host.changed',
  'server.protocol.changed',
  'server.protocol-version.changed',
  'channel.added',
  'channel.removed',
  'channel.address.changed',
  'channel.documentation.changed',
  'operation.action.changed',
  'reply.channel.changed',
  'message.added',
  'message.removed',
  'message.content-type.changed',
  'message.payload.changed',
  'message.correlation-id.changed',
  'message.documentation.changed',
  'bindings.changed',
  /** A field of an AsyncAPI object no specific kind covers, compared as a value (servers and operations use their kinds above). */
  'channel.keyword.changed',
  'channel-parameter.keyword.changed',
  'message.keyword.changed',
  'reply.keyword.changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];
