import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

export interface Phase {
  code: string;
  name: { en: string; ru: string; tg: string };
  from: string;
  to: string | null;
  partners: string[];
}

/** The programme's phases (`/reference/phases`), in their order. */
export function usePhases() {
  const api = useApi();
  return useLoad(async () => {
    // the reference answers are untyped in the document: { version, items }
    const answer = data(await api.reporting.GET('/reference/phases')) as { items?: Phase[] };
    return answer.items ?? [];
  }, [api]);
}
