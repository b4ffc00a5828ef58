import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CourseList } from '../components/CourseList';
import { SessionsSection } from '../components/SessionsSection';
import { TraineeList } from '../components/TraineeList';

/** Training: courses, sessions (a list and a month calendar) and trainees, each with the form that adds one. */
export default function TrainingPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('training.title')}</h1>
      <nav aria-label={t('training.sections')} className="sub-nav">
        <a href="#courses">{t('training.courses')}</a> · <a href="#sessions">{t('training.sessions')}</a> ·{' '}
        <a href="#trainees">{t('training.trainees')}</a> · <Link to="/training/imports/new">{t('imports.title')}</Link>
      </nav>
      <CourseList />
      <SessionsSection />
      <TraineeList />
    </>
  );
}
