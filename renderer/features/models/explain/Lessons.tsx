/** The Lessons list beside the presets: one button per guided lesson, with what it runs as its description. */
import { useTranslation } from 'react-i18next';
import type { FormFamily } from '../../../../src/protocol/protocol';
import { LESSONS } from './lessons';
import { runLesson } from './runLesson';

export function Lessons({ forms }: { forms: readonly FormFamily[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel lessons" aria-labelledby="lessons-title">
      <h2 id="lessons-title">{t('models.explain.lessons')}</h2>
      <p className="muted">{t('models.explain.lessonsIntro')}</p>
      <ul>
        {LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <button type="button" onClick={() => void runLesson(lesson, forms)} aria-describedby={`lesson-help-${lesson.id}`}>
              {t(`models.explain.lesson.${lesson.id}`)}
            </button>
            <span id={`lesson-help-${lesson.id}`} className="muted">
              {t(`models.explain.lessonHelp.${lesson.id}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
