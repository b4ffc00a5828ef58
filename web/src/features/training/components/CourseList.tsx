import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeadingWithForm } from '../../../components/DataEntry';
import { Problem } from '../../../components/Problem';
import { ColumnTable } from '../../../components/ColumnTable';
import { useCourses } from '../hooks/useTraining';
import { DefineCourseForm } from './DefineCourseForm';

/** The courses with their topics, hours and pass mark, and the form that defines one. */
export function CourseList() {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const courses = useCourses(round);
  return (
    <section aria-labelledby="courses">
      <HeadingWithForm
        level={2}
        headingId="courses"
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
      />
      {courses.error ? <Problem error={courses.error} retry={courses.reload} /> : null}
      {courses.data && (
        <ColumnTable
          caption={t('training.courses')}
          columns={[
            { heading: 'training.courseCode', cell: (c) => c.code },
            { heading: 'training.courseTitle', cell: (c) => c.title },
            {
              heading: 'training.topics',
              cell: (c) => (c.topics ?? []).map((topic) => t(`topic.${topic}`)).join(', '),
            },
            { heading: 'training.hours', numeric: true, cell: (c) => c.hours },
            { heading: 'training.passMark', numeric: true, cell: (c) => c.passMark },
          ]}
          rows={courses.data}
          rowKey={(c) => c.code}
        />
      )}
    </section>
  );
}
