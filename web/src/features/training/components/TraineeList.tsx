import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeadingWithForm, PagedTable } from '../../../components/DataEntry';
import { Field } from '../../../components/Form';
import { Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { TraineeLink } from '../../trainees/components/TraineeLink';
import { useTrainees } from '../hooks/useTraining';
import { TRAINING_PAGE_SIZE } from '../lib/training';
import { RegisterTraineeForm } from './RegisterTraineeForm';

/** The trainees, searched by name in any script, and the form that registers one. */
export function TraineeList() {
  const { t } = useTranslation();
  const { districtName } = useReference();
  const [name, setName] = useState('');
  const [page, setPage] = useState(0);
  const [round, setRound] = useState(0);
  const trainees = useTrainees(name, page, round);
  return (
    <section aria-labelledby="trainees">
      <HeadingWithForm
        level={2}
        headingId="trainees"
        heading={t('training.trainees')}
        action={t('training.registerTrainee')}
        form={() => <RegisterTraineeForm onDone={() => setRound(round + 1)} />}
      />
      <div className="filters">
        <Field label={t('training.searchByName')}>
          <input
            type="search"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setPage(0);
            }}
          />
        </Field>
      </div>
      {trainees.error ? <Problem error={trainees.error} retry={trainees.reload} /> : null}
      {trainees.data && (
        <PagedTable
          caption={t('training.trainees')}
          columns={
            <>
              <th scope="col">{t('people.fullName')}</th>
              <th scope="col">{t('people.sex')}</th>
              <th scope="col">{t('training.birthYear')}</th>
              <th scope="col">{t('training.category')}</th>
              <th scope="col">{t('work.district')}</th>
              <th scope="col">{t('people.phone')}</th>
            </>
          }
          rows={(trainees.data.items ?? []).map((p) => (
            <tr key={p.id}>
              <td>
                <TraineeLink id={p.id}>{p.fullName ?? t('people.hidden')}</TraineeLink>
              </td>
              <td>{t(`sex.${p.sex}`)}</td>
              <td>{p.birthYear ?? t('people.hidden')}</td>
              <td>{t(`traineeCategory.${p.category}`)}</td>
              <td>{districtName(p.districtCode)}</td>
              <td>{p.phone || '–'}</td>
            </tr>
          ))}
          page={page}
          size={TRAINING_PAGE_SIZE}
          total={Number(trainees.data.totalItems ?? 0)}
          onPage={setPage}
        />
      )}
    </section>
  );
}
