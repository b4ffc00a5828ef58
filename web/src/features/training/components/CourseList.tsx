import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeadingWithForm } from '../../../components/DataEntry';
import { Problem } from '../../../components/Problem';
import { Table } from '../../../components/Table';
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
        <Table
          caption={t('training.courses')}
          columns={
            <>
              <th scope="col">{t('training.courseCode')}</th>
              <th scope="col">{t('training.courseTitle')}</th>
              <th scope="col">{t('training.topics')}</th>
              <th scope="col" className="num">
                {t('training.hours')}
              </th>
              <th scope="col" className="num">
                {t('training.passMark')}
              </th>
            </>
          }
        >
          {courses.data.map((c) => (
            <tr key={c.code}>
              <td>{c.code}</td>
              <td>{c.title}</td>
              <td>{(c.topics ?? []).map((topic) => t(`topic.${topic}`)).join(', ')}</td>
              <td className="num">{c.hours}</td>
              <td className="num">{c.passMark}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
