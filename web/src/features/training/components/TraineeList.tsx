import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedTable, usePagedFilters } from '../../../components/DataEntry';
import { SectionWithForm } from '../../../components/Section';
import { TextField } from '../../../components/Fields';
import { WhenLoaded } from '../../../components/WhenLoaded';
import { useReference } from '../../../components/Reference';
import { TraineeLink } from '../../trainees/components/TraineeLink';
import { useTrainees } from '../hooks/useTraining';
import { TRAINING_PAGE_SIZE } from '../lib/training';
import { RegisterTraineeForm } from './RegisterTraineeForm';

/** The trainees, searched by name in any script, and the form that registers one. */
export function TraineeList() {
  const { t } = useTranslation();
  const { districtName } = useReference();
  const { filters, filter, page, setPage } = usePagedFilters({ name: '' });
  const [round, setRound] = useState(0);
  const trainees = useTrainees(filters.name, page, round);
  return (
    <SectionWithForm
      id="trainees"
      heading={t('training.trainees')}
      action={t('training.registerTrainee')}
      form={() => <RegisterTraineeForm onDone={() => setRound(round + 1)} />}
    >
      <div className="filters">
        <TextField
          label={t('training.searchByName')}
          type="search"
          value={filters.name}
          onChange={(name) => filter({ name })}
        />
      </div>
      <WhenLoaded loaded={trainees} loading={false}>
        {(found) => (
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
            rows={found.items ?? []}
            rowKey={(p) => p.id}
            page={page}
            size={TRAINING_PAGE_SIZE}
            total={Number(found.totalItems ?? 0)}
            onPage={setPage}
          />
        )}
      </WhenLoaded>
    </SectionWithForm>
  );
}
