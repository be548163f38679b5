/**
 * A strict check of a telemetry event against its JSON Schema in telemetry/schema.ts (the one the
 * backend validates with): every required field present, no other field, and each value of the
 * declared type, constant, enum and range. Returns the problems; none means it matches exactly.
 */
interface PropertySchema {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
}
interface ObjectSchema {
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, PropertySchema>>;
  readonly additionalProperties: boolean;
}

/** The problems of `value` against `schema` (empty when it matches exactly). */
export function schemaProblems(value: Record<string, unknown>, schema: ObjectSchema): string[] {
  const problems: string[] = [];
  for (const field of schema.required) if (!(field in value)) problems.push(`missing ${field}`);
  for (const [field, fieldValue] of Object.entries(value)) {
    const property = schema.properties[field];
    if (!property) {
      problems.push(`unexpected field ${field}`);
      continue;
    }
    if (property.const !== undefined && fieldValue !== property.const) problems.push(`${field} is not ${String(property.const)}`);
    if (property.enum && !property.enum.includes(fieldValue)) problems.push(`${field} is not one of ${property.enum.join(', ')}`);
    if (property.type === 'string' && typeof fieldValue !== 'string') problems.push(`${field} is not a string`);
    if (property.type === 'integer' && !Number.isInteger(fieldValue)) problems.push(`${field} is not an integer`);
    if (property.type === 'number' && typeof fieldValue !== 'number') problems.push(`${field} is not a number`);
    if (typeof fieldValue === 'number') {
      if (property.minimum !== undefined && fieldValue < property.minimum) problems.push(`${field} below ${property.minimum}`);
      if (property.maximum !== undefined && fieldValue > property.maximum) problems.push(`${field} above ${property.maximum}`);
    }
    if (typeof fieldValue === 'string') {
      if (property.minLength !== undefined && fieldValue.length < property.minLength) problems.push(`${field} too short`);
      if (property.maxLength !== undefined && fieldValue.length > property.maxLength) problems.push(`${field} too long`);
    }
  }
  return problems;
}
