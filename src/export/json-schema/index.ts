/**
 * JSON Schemas of the public models, for apps that validate plans, protocols and profiles in other languages.
 *
 * @module rehab-protocols/export/json-schema
 */
export { JSON_SCHEMA_MODELS, toJsonSchema, type JsonSchemaModel } from './json-schema.js';
