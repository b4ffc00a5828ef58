import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionWithForm } from '../../../components/Section';
import type { TableColumn } from '../../../components/ColumnTable';
import { LoadedTable } from '../../../components/WhenLoaded';
import { useCourses } from '../hooks/useTraining';
import type { CourseView } from '../lib/training';
import { DefineCourseForm } from './DefineCourseForm';

/** The courses with their topics, hours and pass mark, and the form that defines one. */
export function CourseList() {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const courses = useCourses(round);
  const columns: TableColumn<CourseView>[] = [
    { heading: 'training.courseCode', cell: (c) => c.code },
    { heading: 'training.courseTitle', cell: (c) => c.title },
    {
      heading: 'training.topics',
      cell: (c) => (c.topics ?? []).map((topic) => t(`topic.${topic}`)).join(', '),
    },
    { heading: 'training.hours', numeric: true, cell: (c) => c.hours },
    { heading: 'training.passMark', numeric: true, cell: (c) => c.passMark },
  ];
  return (
    <SectionWithForm
      id="courses"
      heading={t('training.courses')}
      action={t('training.defineCourse')}
      form={(close) => (
        <DefineCourseForm
          onDone={() => {
            close();
            setRound(round + 1);
          }}
        />
      )}
    >
      <LoadedTable
        loaded={courses}
        loading={false}
        caption={t('training.courses')}
        columns={columns}
        rowKey={(c) => c.code}
      />
    </SectionWithForm>
  );
}
