import { type TSchema, TypeGuard } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { FastifySchemaCompiler } from 'fastify';

const MAX_REPORTED = 20;

/**
 * Validates requests with TypeBox's compiler instead of the app's Ajv, which coerces types
 * (`coerceTypes: 'array'`): with it a title of `42` became `"42"` and a tag string became a
 * one-tag list. Bodies are checked exactly as sent; query strings, params and headers are
 * strings on the wire, so they are converted to the schema's types and get its defaults first.
 */
export const strictValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  if (!TypeGuard.IsSchema(schema)) throw new Error(`not a TypeBox schema (${httpPart})`);
  const check = TypeCompiler.Compile(schema);
  const convert = httpPart !== 'body';
  return (data: unknown) => {
    const value = convert ? Value.Convert(schema, Value.Default(schema, Value.Clone(data))) : data;
    if (check.Check(value)) return { value };
    const validation = [...check.Errors(value)].slice(0, MAX_REPORTED).map((e) => ({
      instancePath: e.path,
      message: e.message,
    }));
    const first = validation[0];
    const error = Object.assign(
      new Error(`${httpPart}${first?.instancePath ?? ''} ${first?.message ?? 'is not valid'}`),
      { validation, validationContext: httpPart ?? 'body' },
    );
    return { error };
  };
};
