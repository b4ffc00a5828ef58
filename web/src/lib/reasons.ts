import type { components as Centers } from '../api/generated/centers';
import type { components as Training } from '../api/generated/training';

/**
 * Why a centre closes or a certificate is revoked (SPEC §4, §6): partners receive only the code; the free-text note
 * stays with the record in its service, since it may name people.
 */
export type ClosureReason = Centers['schemas']['ClosureReason'];
export type RevocationReason = Training['schemas']['RevocationReason'];

/** The codes partners receive, by what they explain; the translation of a code is `${kind}Reason.${code}`. */
export const REASON_CODES = {
  closure: ['MERGED', 'RELOCATED', 'NO_FUNDING', 'BUILDING_UNSAFE', 'OTHER'],
  revocation: ['ISSUED_IN_ERROR', 'FRAUD', 'DUPLICATE', 'OTHER'],
} as const satisfies { closure: readonly ClosureReason[]; revocation: readonly RevocationReason[] };
export type ReasonKind = keyof typeof REASON_CODES;

/** How long the note of each kind may be, as its service takes it. */
export const NOTE_MAX_LENGTH: Record<ReasonKind, number> = { closure: 500, revocation: 1000 };

/** A code and an optional note as the services take them: an empty note is left out. */
export function reasonBody<Code extends string>(reasonCode: Code, note: string): { reasonCode: Code; note?: string } {
  const trimmed = note.trim();
  return trimmed ? { reasonCode, note: trimmed } : { reasonCode };
}
