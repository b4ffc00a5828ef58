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
          columns={[
            {
              heading: 'people.fullName',
              cell: (p) => <TraineeLink id={p.id}>{p.fullName ?? t('people.hidden')}</TraineeLink>,
            },
            { heading: 'people.sex', cell: (p) => t(`sex.${p.sex}`) },
            { heading: 'training.birthYear', cell: (p) => p.birthYear ?? t('people.hidden') },
            { heading: 'training.category', cell: (p) => t(`traineeCategory.${p.category}`) },
            { heading: 'work.district', cell: (p) => districtName(p.districtCode) },
            { heading: 'people.phone', cell: (p) => p.phone || '–' },
          ]}
          rows={trainees.data.items ?? []}
          rowKey={(p) => p.id}
          page={page}
          size={TRAINING_PAGE_SIZE}
          total={Number(trainees.data.totalItems ?? 0)}
          onPage={setPage}
        />
      )}
    </section>
  );
}
