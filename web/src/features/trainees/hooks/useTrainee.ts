import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/training';

export type Trainee = components['schemas']['TraineeView'];

/** One trainee as training-service shows them to the user (personal values only to the roles that may read them). */
export function useTrainee(id: string) {
  const api = useApi();
  return useLoad(
    async () => data(await api.training.GET('/trainees/{id}', { params: { path: { id } } })) as Trainee,
    [id],
  );
}
