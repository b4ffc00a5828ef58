import { useState } from 'react';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { refusalBeforeSending, registerForm, type Refusal } from '../lib/upload';

/**
 * Uploads a register to be checked (nothing is registered until the commit), at most once at a time. A file the
 * service would refuse for its size or format is refused here, before it is sent.
 */
export function useRegisterUpload() {
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [refusedBeforeSending, setRefusedBeforeSending] = useState<Refusal | null>(null);
  const upload = async (file: File, sessionId: string): Promise<string | undefined> => {
    if (pending) return undefined;
    setError(null);
    setRefusedBeforeSending(refusalBeforeSending(file));
    if (refusalBeforeSending(file)) return undefined;
    setPending(true);
    try {
      const accepted = data(
        await api.training.POST('/imports/trainees', {
          // the document types the binary part as a string; in a browser it is the File itself
          body: { file: file as unknown as string, sessionId: sessionId || undefined },
          bodySerializer: () => registerForm(file, sessionId),
        }),
      );
      return accepted.id;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setPending(false);
    }
  };
  const clear = () => {
    setError(null);
    setRefusedBeforeSending(null);
  };
  return { pending, error, refusedBeforeSending, upload, clear };
}
