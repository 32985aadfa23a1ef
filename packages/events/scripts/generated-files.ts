import { renderAsyncApi } from './render-asyncapi.js';
import { renderCatalogue } from './render-catalogue.js';
import { renderJsonSchemas } from './render-json-schemas.js';

export const PACKAGE_DIR = 'packages/events';
/** Where generated files are; a file here that is not generated any more is stale. */
export const GENERATED_DIR = `${PACKAGE_DIR}/generated`;

/** Every generated file: path relative to the repository root -> content. */
export function generatedFiles(): Record<string, string> {
  const inPackage = { ...renderAsyncApi(), ...renderJsonSchemas() };
  const files: Record<string, string> = {};
  for (const [path, content] of Object.entries(inPackage))
    files[`${PACKAGE_DIR}/${path}`] = content;
  files['docs/events.md'] = renderCatalogue();
  return files;
}
