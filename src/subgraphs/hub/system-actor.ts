import type { Viewer } from '../../shared/auth';

/**
 * The hub itself (系统), as the actor of steps nobody took by hand: rule-based routing at
 * submission, deadlines settled when a calendar year is loaded. Timelines and events name it, so
 * nobody reads an automatic step as a person's.
 */
export const SYSTEM_ACTOR: Viewer = { id: 'system', displayName: '系统', department: null, roles: [], uscc: null };
