/** Start: open a file (button, drop zone, file input), the bundled samples and recent files. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { chooseFile, openRecent, openSample, pickAndChoose } from '../../app/commands';
import { useApp } from '../../app/store';
import { host } from '../../host';
import { DATA_FILE_ACCEPT } from '../../host/dataFileTypes';
import type { RecentFile, SampleInfo } from '../../host';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

export function StartView() {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const loading = useApp((s) => s.loading);
  const [samples, setSamples] = useState<readonly SampleInfo[]>([]);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const [over, setOver] = useState(false);

  useEffect(() => {
    void host()
      .listSamples()
      .then(setSamples, () => setSamples([]));
    void host()
      .listRecent()
      .then(setRecent, () => setRecent([]));
  }, []);

  return (
    <section className="view" aria-labelledby="start-title">
      <h1 id="start-title">{t('start.title')}</h1>
      {error && <ErrorBanner error={error} onDismiss={() => useApp.setState({ error: null })} />}
      {loading && (
        <p className="muted" role="status">
          {t('import.loadingTitle', { name: loading.fileName })}
        </p>
      )}
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={() => setOver(false)}
        data-testid="dropzone"
      >
        <p style={{ margin: '0 0 10px' }}>
          {t('start.drop')}{' '}
          <label className="link" style={{ color: 'var(--accent)', textDecoration: 'underline', cursor: 'pointer' }}>
            {t('start.choose')}
            <input
              type="file"
              className="visually-hidden"
              accept={DATA_FILE_ACCEPT}
              data-testid="file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) chooseFile(host().fromDroppedFile(file));
                e.target.value = '';
              }}
            />
          </label>
        </p>
        <button className="primary" onClick={() => void pickAndChoose()}>
          {t('common.open')}
        </button>
        <p className="muted" style={{ margin: '10px 0 0', fontSize: 12.5 }}>
          {t('start.hint')}
        </p>
      </div>
      <div>
        <h2>{t('start.samples')}</h2>
        <div className="cards">
          {samples.map((sample) => (
            <button key={sample.id} className="card-button" onClick={() => void openSample(sample.id)} data-testid={`sample-${sample.id}`}>
              <strong>{t(`start.sample.${sample.id}`)}</strong>
              <span className="muted">
                {sample.fileName} · {formatSize(sample.size)}
              </span>
            </button>
          ))}
        </div>
      </div>
      <div>
        <h2>{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.noRecent')}</p>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {recent.map((file) => (
              <li key={file.id}>
                {host().kind === 'electron' ? (
                  <button className="link" onClick={() => void openRecent(file.id)}>
                    {file.name}
                  </button>
                ) : (
                  <span title={t('start.reopenHint')}>{file.name}</span>
                )}{' '}
                <span className="muted">{new Date(file.openedAt).toLocaleString()}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
