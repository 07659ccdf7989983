// The OpenAPI 3.1 document, generated from the same route definitions and zod schemas that
// validate requests (parameters from `params`/`query`, request body from `body`).
import { z } from 'zod';
import { RESPONSE_SCHEMAS } from './response-schemas.js';
import type { RouteDef } from './route.js';

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

function responses(route: RouteDef): JsonSchema {
  const out: JsonSchema = {};
  for (const [status, doc] of Object.entries(route.responses)) {
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
    if (body) operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(body) } } };
    (paths[path] ??= {})[route.method] = operation;
  }
  const schemas = componentSchemas();
  return { openapi: '3.1.0', info, paths, components: { schemas } };
}
