import type { Type } from '@nestjs/common';
import type { FieldProblem } from '../errors';

// @nestjs/swagger's metadata keys (DECORATORS.API_MODEL_PROPERTIES[_ARRAY]); read here so that
// the OpenAPI document and the null rule cannot disagree: `nullable: true` in the document is
// exactly "send null to clear this field".
const MODEL_PROPERTIES = 'swagger/apiModelProperties';
const MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

interface PropertyMetadata {
  nullable?: boolean;
  type?: unknown;
}

export const NUL_MESSAGE = 'must not contain NUL characters (\\u0000)';
export const NULL_MESSAGE =
  'must not be null; leave the field out to keep its value (只有标明可清空的字段才能传 null)';

/** Deepest nesting screened; deeper input is refused (no DTO here nests that far). */
const MAX_DEPTH = 32;

/**
 * What a request value breaks before any DTO rule runs: NUL characters in any string or key
 * (PostgreSQL text cannot hold them), and `null` on a field of `type` whose OpenAPI metadata does
 * not say `nullable` (elsewhere `@IsOptional` lets null through to a NOT NULL column).
 */
export function inputProblems(
  value: unknown,
  type: Type<unknown> | undefined,
  path = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  screen(value, modelOf(type), path, 0, problems);
  return problems;
}

function screen(
  value: unknown,
  model: object | undefined,
  path: string,
  depth: number,
  problems: FieldProblem[],
): void {
  const field = path || 'body';
  if (depth > MAX_DEPTH) {
    problems.push({ field, messages: ['is nested too deeply'] });
    return;
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push({ field, messages: [NUL_MESSAGE] });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemPath = `${path ? `${path}.` : ''}${index}`;
      if (item === null && model) problems.push({ field: itemPath, messages: [NULL_MESSAGE] });
      else screen(item, model, itemPath, depth + 1, problems);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) {
      problems.push({ field: itemPath.split('\u0000').join('\\u0000'), messages: [NUL_MESSAGE] });
      continue;
    }
    const property = model ? propertyOf(model, key) : undefined;
    if (item === null) {
      if (model && !property?.nullable)
        problems.push({ field: itemPath, messages: [NULL_MESSAGE] });
      continue;
    }
    screen(item, property ? modelOf(property.type) : undefined, itemPath, depth + 1, problems);
  }
}

/** The prototype holding a DTO class's OpenAPI property metadata, if `type` is such a class. */
function modelOf(type: unknown): object | undefined {
  if (typeof type !== 'function') return undefined;
  const prototype = (type as { prototype?: unknown }).prototype;
  if (!prototype || typeof prototype !== 'object') return undefined;
  return Reflect.getMetadata(MODEL_PROPERTIES_ARRAY, prototype) ? prototype : undefined;
}

function propertyOf(model: object, key: string): PropertyMetadata | undefined {
  return Reflect.getMetadata(MODEL_PROPERTIES, model, key) as PropertyMetadata | undefined;
}
