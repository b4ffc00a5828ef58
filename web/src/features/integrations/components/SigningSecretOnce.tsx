import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretNotice } from '../hooks/useShownSecret';
import { CopyButton } from './CopyButton';

/**
 * The signing secret just made, with a copy button and the warning that it will not be shown again. Leaving or
 * reloading the page while it is shown asks first, since the secret would be lost.
 */
export function SigningSecretOnce({ notice }: { notice: SecretNotice }) {
  const { t } = useTranslation();
  const { shown } = notice;
  useEffect(() => {
    if (!shown) return undefined;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [shown]);
  if (!shown) return null;
  return (
    <section className="secret-once" aria-labelledby="signing-secret">
      <h2 id="signing-secret">
        {shown.reason === 'registered' ? t('integrations.secretOfNew') : t('integrations.secretRotated')}
      </h2>
      <p className="number">{shown.url}</p>
      <p role="alert">
        <strong>{t('integrations.secretOnce')}</strong>
      </p>
      <p>
        <code className="secret">{shown.secret}</code> <CopyButton text={shown.secret} onCopied={notice.copied} />
      </p>
      {shown.reason === 'rotated' && <p>{t('integrations.secretOverlap')}</p>}
      <button type="button" className={shown.copied ? 'primary' : undefined} onClick={notice.dismissed}>
        {shown.copied ? t('integrations.secretKept') : t('integrations.secretDismiss')}
      </button>
    </section>
  );
}
