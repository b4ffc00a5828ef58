import { createContext, useContext, useEffect, useState, type ReactNode, type DependencyList } from 'react';
import type { Api } from './client';

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

const sameDeps = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/** Loads data and reloads when deps change; keeps the previous data while reloading (no flicker). */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [answer, setAnswer] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const [round, setRound] = useState(0);
  const wanted = [...deps, round];
  // what the answer shown was loaded for: loading from the render that asks for other data until its answer arrives
  const [answeredFor, setAnsweredFor] = useState<DependencyList | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setAnswer({ data: value, error: null });
        setAnsweredFor(wanted);
      },
      (e: unknown) => {
        if (!current) return;
        setAnswer((previous) => ({ data: previous.data, error: e }));
        setAnsweredFor(wanted);
      },
    );
    return () => {
      current = false;
    };
    // the caller names what the load depends on (the load itself is a new function on every render)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, wanted);
  const loading = answeredFor === null || !sameDeps(answeredFor, wanted);
  return { data: answer.data, error: answer.error, loading, reload: () => setRound((r) => r + 1) };
}
