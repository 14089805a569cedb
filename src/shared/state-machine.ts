import { conflict } from './errors';

/** One step of a state machine: the states it may start from, where it leads, and why it is refused elsewhere. */
export interface Step<S extends string> {
  readonly from: readonly S[];
  /** Omitted when the outcome depends on the request (e.g. a rating that may reopen): the caller names it. */
  readonly to?: S;
  /** Completes the refusal: "…, and <why>." or "…: <why>." depending on the machine's sentence. */
  readonly why: string;
}

/** A state machine as a table: {action: {from: [...], to, why}}. */
export type StateTable<S extends string, A extends string> = { readonly [K in A]: Step<S> };

/** Turns a refused step into a sentence a person understands (the subject and tense differ per machine). */
export type Refusal<S extends string, A extends string> = (current: S, action: A, step: Step<S>) => string;

export interface StateMachine<S extends string, A extends string> {
  readonly table: StateTable<S, A>;
  /** The state after `action` from `current`; refuses an illegal step with CONFLICT. */
  transition(current: S, action: A, to?: S): S;
  /** Whether `action` is allowed from `current` (no error). */
  allows(current: S, action: A): boolean;
}

/**
 * The one helper behind the hub's state machines (issue, referral, joint meeting, agenda item):
 * each is a table plus the sentence it refuses with; illegal steps are CONFLICT.
 * `to` given by the caller is only for steps whose outcome the table leaves open.
 */
export function stateMachine<S extends string, A extends string>(table: StateTable<S, A>, refusal: Refusal<S, A>): StateMachine<S, A> {
  return {
    table,
    allows: (current, action) => table[action].from.includes(current),
    transition(current, action, to) {
      const step = table[action];
      if (!step.from.includes(current)) throw conflict(refusal(current, action, step));
      if (step.to && to && to !== step.to) throw new Error(`State machine misuse: ${action} always leads to ${step.to}, not ${to}.`);
      return step.to ?? to ?? current;
    },
  };
}
