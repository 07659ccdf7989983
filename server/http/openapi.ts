// The OpenAPI 3.1 document, generated from the same route definitions and zod schemas that
// validate requests (parameters from `params`/`query`, request body from `body`).
import { z } from 'zod';
import { RESPONSE_SCHEMAS } from './response-schemas.js';
import { isWrite, type RouteDef } from './route.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema of a zod schema as the client sends it (before coercion and defaults). */
function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(route: RouteDef): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const where of ['params', 'query'] as const) {
    const shape = route.schema.shape[where].shape as Record<string, z.ZodType>;
    for (const [name, field] of Object.entries(shape)) {
      const schema = jsonSchema(field);
      const parameter: JsonSchema = {
        name,
        in: where === 'params' ? 'path' : 'query',
        required: where === 'params' || !field.safeParse(undefined).success,
        schema,
      };
      if (typeof schema.description === 'string') parameter.description = schema.description;
      out.push(parameter);
    }
  }
  return out;
}

const UNAUTHORIZED = { description: 'Missing or wrong bearer token (only when the server has KG_API_TOKEN)', contentType: 'application/problem+json', shape: 'Problem' } as const;

function responses(route: RouteDef): JsonSchema {
  const out: JsonSchema = {};
  const documented = isWrite(route) && !(401 in route.responses) ? { ...route.responses, 401: UNAUTHORIZED } : route.responses;
  for (const [status, doc] of Object.entries(documented)) {
    const media = doc.contentType ?? 'application/json';
    const schema: JsonSchema = doc.shape ? { $ref: `#/components/schemas/${doc.shape}` } : {};
    out[status] = { description: doc.description, content: { [media]: { schema } } };
  }
  return out;
}

/** JSON Schemas of the named responses, referring to each other through #/components/schemas. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(RESPONSE_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}

/** OpenAPI 3.1 document of `routes`. */
export function openApiDocument(routes: readonly RouteDef[], info: { title: string; version: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const operation: JsonSchema = {
      summary: route.summary,
      tags: route.tags,
      operationId: `${route.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(route),
      responses: responses(route),
    };
    const body = route.schema.shape.body;
    if (body) {
      const content: JsonSchema = {};
      for (const type of route.accepts ?? ['application/json']) {
        content[type] = type === 'text/plain' ? { schema: { type: 'string', description: 'The text itself (stands for `text` of the JSON body)' } } : { schema: jsonSchema(body) };
      }
      operation.requestBody = { required: true, content };
    }
    if (isWrite(route)) operation.security = [{ bearerAuth: [] }];
    (paths[path] ??= {})[route.method] = operation;
  }
  const schemas = componentSchemas();
  const securitySchemes = { bearerAuth: { type: 'http', scheme: 'bearer', description: 'Needed by writes when the server runs with KG_API_TOKEN' } };
  return { openapi: '3.1.0', info, paths, components: { schemas, securitySchemes } };
}
