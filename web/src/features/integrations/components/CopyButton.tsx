import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says whether it worked (the clipboard needs HTTPS or a local address). */
export function CopyButton({ text, label, onCopied }: { text: string; label?: string; onCopied?: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
      onCopied?.();
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label ?? t('integrations.copy')}
      </button>
      <span role="status" className="muted">
        {outcome === 'copied' && ` ${t('integrations.copied')}`}
        {outcome === 'failed' && ` ${t('integrations.copyFailed')}`}
      </span>
    </>
  );
}
