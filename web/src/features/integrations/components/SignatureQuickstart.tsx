import { useTranslation } from 'react-i18next';
import { NODE_RECEIVER, PYTHON_RECEIVER, SIGNED_CONTENT } from '../lib/quickstart';
import { CopyButton } from './CopyButton';

/** How a partner's endpoint checks a request is the programme's, skips duplicates and keeps each subject's order. */
export function SignatureQuickstart() {
  const { t } = useTranslation();
  return (
    <section className="quickstart" aria-labelledby="quickstart">
      <h2 id="quickstart">{t('integrations.quickstart.title')}</h2>
      <p>{t('integrations.quickstart.intro')}</p>
      <ul>
        <li>
          <code>webhook-id</code>: {t('integrations.quickstart.id')}
        </li>
        <li>
          <code>webhook-timestamp</code>: {t('integrations.quickstart.timestamp')}
        </li>
        <li>
          <code>webhook-signature</code>: {t('integrations.quickstart.signature')}
        </li>
      </ul>
      <Snippet title={t('integrations.quickstart.signed')} code={SIGNED_CONTENT} />
      <p>{t('integrations.quickstart.useLibrary')}</p>
      <Snippet title="Node.js" code={NODE_RECEIVER} />
      <Snippet title="Python" code={PYTHON_RECEIVER} />
      <h3>{t('integrations.quickstart.duplicatesTitle')}</h3>
      <p>{t('integrations.quickstart.duplicates')}</p>
      <h3>{t('integrations.quickstart.orderTitle')}</h3>
      <p>{t('integrations.quickstart.order')}</p>
      <h3>{t('integrations.quickstart.answerTitle')}</h3>
      <p>{t('integrations.quickstart.answer')}</p>
    </section>
  );
}

function Snippet({ title, code }: { title: string; code: string }) {
  return (
    <figure className="snippet">
      <figcaption>
        {title} <CopyButton text={code} />
      </figcaption>
      <pre>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
