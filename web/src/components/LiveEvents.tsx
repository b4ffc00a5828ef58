import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useApi } from '../api/ApiContext';
import { useAuth } from '../auth/AuthContext';
import { may } from '../lib/roles';
import { freshness } from '../lib/freshness';
import { readEventStream, StreamError, type StreamEvent } from '../lib/sse';

export interface ReceivedEvent extends StreamEvent {
  receivedAt: number;
}

interface LiveEvents {
  /** Whether this role may read the feed at all. */
  available: boolean;
  connected: boolean;
  forbidden: boolean;
  events: ReceivedEvent[];
  newestAt: number | null;
  subscribe: (listener: (event: ReceivedEvent) => void) => () => void;
}

const LiveEventsContext = createContext<LiveEvents | null>(null);
const KEPT = 500;

/** One connection to /events/stream per signed-in session, shared by the pages that follow it. */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const auth = useAuth();
  const available = auth.status === 'signedIn' && may(auth.roles, 'liveFeed');
  const [events, setEvents] = useState<ReceivedEvent[]>([]);
  const [connected, setConnected] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const listeners = useRef(new Set<(event: ReceivedEvent) => void>());
  const lastId = useRef<string | undefined>(undefined);
  // a resumed stream may send a few events again: each is shown and counted once (by its ce_id)
  const seen = useRef(new Set<string>());

  useEffect(() => {
    if (!available) return;
    const abort = new AbortController();
    let retryDelay = 1000;
    (async () => {
      while (!abort.signal.aborted) {
        let retryAfter = 0;
        try {
          const token = api.session.token();
          if (!token) return;
          await readEventStream(
            api.config.reportingUrl + '/events/stream',
            token,
            (event) => {
              if (event.id) {
                if (seen.current.has(event.id)) return;
                seen.current.add(event.id);
              }
              lastId.current = event.id ?? lastId.current;
              const received = { ...event, receivedAt: Date.now() };
              setEvents((list) => [received, ...list].slice(0, KEPT));
              listeners.current.forEach((listener) => listener(received));
            },
            abort.signal,
            lastId.current,
            () => {
              // a stream the service ends (e.g. when the token it was opened with expires) is resumed at once
              retryDelay = 1000;
              setConnected(true);
            },
          );
        } catch (e) {
          if (e instanceof StreamError && e.status === 403) {
            setForbidden(true);
            setConnected(false);
            return;
          }
          if (e instanceof StreamError && e.retryAfterSeconds != null) retryAfter = e.retryAfterSeconds * 1000;
        }
        setConnected(false);
        if (abort.signal.aborted) return;
        // reconnect with backoff on a slow or broken connection (no sooner than a refusal asks), resuming after the
        // last event seen
        await new Promise((resolve) => setTimeout(resolve, Math.max(retryDelay, retryAfter)));
        retryDelay = Math.min(retryDelay * 2, 30_000);
      }
    })();
    return () => abort.abort();
  }, [available, api]);

  const subscribe = useCallback((listener: (event: ReceivedEvent) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value: LiveEvents = {
    available,
    connected,
    forbidden,
    events,
    newestAt: events.length > 0 ? events[0].receivedAt : null,
    subscribe,
  };
  return <LiveEventsContext.Provider value={value}>{children}</LiveEventsContext.Provider>;
}

export function useLiveEvents(): LiveEvents {
  const live = useContext(LiveEventsContext);
  if (!live) throw new Error('useLiveEvents outside LiveEventsProvider');
  return live;
}

/**
 * Calls refresh when an event arrives (debounced), or every minute for a role without the feed, so the
 * page's figures follow the programme without a reload. While the figures shown (`report`) are older than
 * the newest event of the feed, it refreshes again every two seconds until they include it.
 */
export function useRefreshOnEvents(
  refresh: () => void,
  report: { lastEventAt?: unknown } | null,
  accept: (event: ReceivedEvent) => boolean = () => true,
) {
  const live = useLiveEvents();
  // the latest refresh and filter the page passed, called from the timers and the feed's subscription
  const onRefresh = useEffectEvent(refresh);
  const accepts = useEffectEvent(accept);
  const state = report ? freshness(report.lastEventAt as string | undefined, live.newestAt) : 'unknown';
  useEffect(() => {
    if (state !== 'stale') return;
    const timer = setTimeout(() => onRefresh(), 2000);
    return () => clearTimeout(timer);
  }, [state, report]);
  const { available, forbidden, subscribe } = live;
  useEffect(() => {
    if (!available || forbidden) {
      const timer = setInterval(() => onRefresh(), 60_000);
      return () => clearInterval(timer);
    }
    // The feed may announce an event a moment before the read models have applied it: refresh soon, and
    // once more a little later.
    let soon: ReturnType<typeof setTimeout> | undefined;
    let later: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((event) => {
      if (!accepts(event)) return;
      clearTimeout(soon);
      clearTimeout(later);
      soon = setTimeout(() => onRefresh(), 400);
      later = setTimeout(() => onRefresh(), 3000);
    });
    return () => {
      clearTimeout(soon);
      clearTimeout(later);
      unsubscribe();
    };
  }, [available, forbidden, subscribe]);

  // events may have been missed while the stream was down (a slow or broken connection): catch up
  const wasConnected = useRef(live.connected);
  useEffect(() => {
    if (live.connected && !wasConnected.current) onRefresh();
    wasConnected.current = live.connected;
  }, [live.connected]);
}
