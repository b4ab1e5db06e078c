import { INestApplication, Type } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AUTH_MODE, AuthMode } from '../auth/auth.decorators';
import { ERROR_DESCRIPTIONS, ErrorResponse, ErrorStatus } from './api-errors';

type Operation = OpenAPIObject['paths'][string]['get'] & object;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const ERROR_REF = { $ref: '#/components/schemas/ErrorResponse' };

/**
 * The API's OpenAPI document: the contract the web client is generated from and that
 * `npm run api:check` lints. Security is derived from the same metadata the access-token guard
 * reads (so the document cannot claim a route is public when the guard protects it), and the
 * 401 and 400 answers the guard and the validation pipe give are added to every route they guard.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rongtong API')
      .setDescription(
        '融通: technology needs, research achievements, challenges and matchmaking. ' +
          'Errors always have the shape `{ "error": { "code", "message", "fields"? } }`.',
      )
      .setVersion('1')
      .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
      // Relative: the API is served from the origin that serves this document.
      .addServer('/', 'The server that serves this document')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorResponse] },
  );
  const controllers = controllersByName(app);
  for (const [method, operation] of operations(document)) {
    const { controller, handler } = routeOf(controllers, operation.operationId);
    const mode = authModeOf(controller, handler);
    addSuccess(operation, method, handler);
    operation.security =
      mode === 'public' ? [] : mode === 'optional' ? [{}, { bearer: [] }] : [{ bearer: [] }];
    if (mode !== 'public') addError(operation, 401);
    const takesInput =
      operation.requestBody !== undefined ||
      (operation.parameters ?? []).some((p) => 'in' in p && p.in === 'query');
    if (takesInput) addError(operation, 400);
  }
  return document;
}

/** GET /api/docs (Swagger UI) and /api/docs-json. */
export function mountOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}

function* operations(
  document: OpenAPIObject,
): Generator<[(typeof HTTP_METHODS)[number], Operation]> {
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) yield [method, operation];
    }
  }
}

/**
 * Swagger adds its default success answer only to routes without any response decorator; a
 * route that documents its errors keeps its success answer here (status as Nest sends it).
 */
function addSuccess(operation: Operation, method: string, handler: object): void {
  if (Object.keys(operation.responses).some((status) => status.startsWith('2'))) return;
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  const status = declared ?? (method === 'post' ? 201 : 200);
  operation.responses[status] = { description: status === 204 ? 'Done' : 'Success' };
}

function addError(operation: Operation, status: ErrorStatus): void {
  operation.responses[status] ??= {
    description: ERROR_DESCRIPTIONS[status],
    content: { 'application/json': { schema: ERROR_REF } },
  };
}

function controllersByName(app: INestApplication): Map<string, Type<unknown>> {
  const byName = new Map<string, Type<unknown>>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const metatype = wrapper.metatype as Type<unknown> | null;
      if (metatype) byName.set(metatype.name, metatype);
    }
  }
  return byName;
}

/** Swagger names operations `<Controller>_<method>`. */
function routeOf(
  controllers: Map<string, Type<unknown>>,
  operationId: string | undefined,
): { controller: Type<unknown>; handler: object } {
  const separator = operationId?.indexOf('_') ?? -1;
  const controller = separator > 0 ? controllers.get(operationId!.slice(0, separator)) : undefined;
  const handler: unknown =
    controller &&
    (controller.prototype as Record<string, unknown>)[operationId!.slice(separator + 1)];
  if (!controller || typeof handler !== 'function') {
    throw new Error(`OpenAPI: no route handler for operation ${operationId}`);
  }
  return { controller, handler };
}

/** As the guard reads it: the handler's mode, else the controller's, else a bearer token. */
function authModeOf(controller: Type<unknown>, handler: object): AuthMode | 'bearer' {
  const mode =
    (Reflect.getMetadata(AUTH_MODE, handler) as AuthMode | undefined) ??
    (Reflect.getMetadata(AUTH_MODE, controller) as AuthMode | undefined);
  return mode ?? 'bearer';
}
