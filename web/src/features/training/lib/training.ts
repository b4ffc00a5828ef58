import type { components } from '../../../api/generated/training';

export type CourseView = components['schemas']['CourseView'];
export type CourseForm = components['schemas']['CourseForm'];
export type SessionView = components['schemas']['SessionView'];
export type SessionForm = components['schemas']['SessionForm'];
export type TraineeView = components['schemas']['TraineeView'];
export type TraineeForm = components['schemas']['TraineeForm'];
export type EnrollmentView = components['schemas']['EnrollmentView'];
export type TrainingTopic = components['schemas']['TrainingTopic'];

export const TOPICS: readonly TrainingTopic[] = [
  'COMMUNITY_POLICING_PRINCIPLES',
  'PEACEBUILDING',
  'DIALOGUE',
  'CONFLICT_ANALYSIS',
];
export const TRAINING_PAGE_SIZE = 20;

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

/** The first and last day of a month, as ISO dates. */
export function monthRange({ year, month }: Month): { from: string; to: string } {
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}` };
}

/** The month `by` months after this one. */
export function shiftMonth({ year, month }: Month, by: number): Month {
  const date = new Date(Date.UTC(year, month - 1 + by, 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The sessions running on a day (ISO date). */
export const sessionsOn = (sessions: SessionView[], day: string) =>
  sessions.filter((s) => (s.startsOn ?? '') <= day && day <= (s.endsOn ?? s.startsOn ?? ''));

/** A number typed in a grid's cell, or null while it is empty. */
export const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The printable certificate of an enrolment: the print page reads the holder's name from it. */
export function printUrl(enrollment: EnrollmentView): string {
  const query = new URLSearchParams({ session: enrollment.sessionId ?? '', trainee: enrollment.traineeId ?? '' });
  return `/certificates/${encodeURIComponent(enrollment.certificateNumber ?? '')}/print?${query}`;
}
