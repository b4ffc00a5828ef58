import { data, idempotent } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { reasonBody, type RevocationReason } from '../../../lib/reasons';
import { ifMatch } from '../../../lib/work';
import { pageQuery } from '../../../lib/paging';
import {
  monthRange,
  TRAINING_PAGE_SIZE,
  type CourseForm,
  type CourseView,
  type Month,
  type SessionForm,
  type SessionView,
  type TraineeForm,
} from '../lib/training';

/** Every course (the list is short); `round` reloads it after one is defined. */
export function useCourses(round = 0) {
  const api = useApi();
  return useLoad(
    async () => data(await api.training.GET('/courses', { params: { query: { size: '500' } } })).items ?? [],
    [api, round],
  );
}

/** Sessions: a page of the list, or every session of a month for the calendar. */
export function useSessions(view: 'list' | 'calendar', month: Month, page: number, round: number) {
  const api = useApi();
  const { from, to } = monthRange(month);
  return useLoad(
    async () =>
      data(
        await api.training.GET('/sessions', {
          params: {
            query:
              view === 'calendar'
                ? { from, to, size: '500' }
                : { page: String(page), size: String(TRAINING_PAGE_SIZE) },
          },
        }),
      ),
    [api, view, from, to, page, round],
  );
}

/** A page of the trainees whose name matches (in any script); `round` reloads it after a registration. */
export function useTrainees(name: string, page: number, round: number) {
  const api = useApi();
  const wanted = name.trim();
  return useLoad(
    async () =>
      data(
        await api.training.GET('/trainees', {
          params: { query: pageQuery(page, TRAINING_PAGE_SIZE, { name: wanted }) },
        }),
      ),
    [api, wanted, page, round],
  );
}

/** Trainees to enrol, found by at least two letters of their name. */
export function useTraineeSearch(name: string) {
  const api = useApi();
  const wanted = name.trim();
  return useLoad(
    async () =>
      wanted.length < 2
        ? []
        : (data(await api.training.GET('/trainees', { params: { query: { name: wanted, size: '20' } } })).items ?? []),
    [api, wanted],
  );
}

/**
 * A session with its course and enrolments. The session and course answers come through JAX-RS Responses (to carry
 * the ETag), which the OpenAPI document leaves untyped: they are read as the views the service documents.
 */
export function useSession(id: string) {
  const api = useApi();
  return useLoad(async () => {
    const session = data(
      await api.training.GET('/sessions/{id}', { params: { path: { id } } }),
    ) as unknown as SessionView;
    const code = session.courseCode as string;
    const course = data(
      await api.training.GET('/courses/{code}', { params: { path: { code } } }),
    ) as unknown as CourseView;
    const enrollments = data(
      await api.training.GET('/sessions/{sessionId}/enrollments', {
        params: { path: { sessionId: id }, query: { size: '500' } },
      }),
    );
    return { session, course, enrollments: enrollments.items ?? [] };
  }, [api, id]);
}

export interface Result {
  traineeId: string;
  attendedHours: number | null;
  score: number | null;
}

/** The writes of the training pages; a created session is answered untyped in the document (see useSession). */
export function useTrainingWrites() {
  const api = useApi();
  return {
    defineCourse: async (body: CourseForm, key: string) =>
      data(await api.training.POST('/courses', { params: idempotent(key), body })),
    schedule: async (body: SessionForm, key: string) =>
      data(await api.training.POST('/sessions', { params: idempotent(key), body })) as unknown as SessionView,
    registerTrainee: async (body: TraineeForm, key: string) =>
      data(await api.training.POST('/trainees', { params: idempotent(key), body })),
    enrol: async (sessionId: string, traineeId: string, key: string) =>
      data(
        await api.training.POST('/sessions/{sessionId}/enrollments', {
          params: { path: { sessionId }, ...idempotent(key) },
          body: { traineeId },
        }),
      ),
    saveResults: async (session: SessionView, completedOn: string, results: Result[]) =>
      data(
        await api.training.POST('/sessions/{id}/results', {
          params: { path: { id: session.id as string }, header: { 'If-Match': ifMatch(session.version) } },
          // an empty cell is sent as such: the service names the row in its problem
          body: { completedOn, results: results as { traineeId: string; attendedHours: number; score: number }[] },
        }),
      ),
    uploadSheet: async (session: SessionView, sheet: string) =>
      data(
        await api.training.POST('/sessions/{id}/attendance-sheet', {
          params: { path: { id: session.id as string }, header: { 'If-Match': ifMatch(session.version) } },
          body: sheet,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    revoke: async (number: string, reason: RevocationReason, note: string) =>
      data(
        await api.training.POST('/certificates/{number}/revocation', {
          params: { path: { number } },
          body: reasonBody(reason, note),
        }),
      ),
  };
}
