import { Field, ObjectType, type ClassType } from 'type-graphql';
import { ListSize } from './list-size';

/** One field of a mutation payload. */
export interface PayloadField {
  type: () => ClassType | [ClassType] | object;
  description: string;
  nullable?: boolean;
  /** For a list field: its largest size, declared for the gateway's cost limit (@listSize). */
  listSize?: number;
}

/** The payload type name of a mutation: `acceptIssue` → `AcceptIssuePayload`. */
export const payloadName = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Payload`;

/**
 * The payload type of one mutation (`<Mutation>Payload`). Every mutation returns its own payload
 * object, so a field can be added to one mutation's result without touching the others; errors are
 * not part of payloads but travel at the top level with `extensions.code` (README, "Errors").
 */
export function payloadType<T extends object = Record<string, unknown>>(
  name: string,
  description: string,
  fields: Record<keyof T & string, PayloadField>,
): ClassType<T> {
  @ObjectType(name, { description })
  class Payload {}
  for (const [field, spec] of Object.entries(fields) as [string, PayloadField][]) {
    Field(spec.type as never, { description: spec.description, nullable: spec.nullable ?? false })(Payload.prototype, field);
    if (spec.listSize !== undefined) ListSize(spec.listSize)(Payload.prototype, field);
  }
  return Payload as ClassType<T>;
}
