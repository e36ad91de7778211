/**
 * The bundled sample datasets. In a checkout they live in assets/samples/; in a packaged app
 * electron-builder copies that folder to <resources>/samples (extraResources), outside the asar,
 * so they can be streamed like any other file.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SampleInfo } from '../shared/bridge';
import { SAMPLE_IDS } from '../shared/bridge';

export const SAMPLE_FILES: Readonly<Record<SampleInfo['id'], string>> = {
  'breast-cancer': 'breast_cancer.csv',
  diabetes: 'diabetes.csv',
  'diabetes-scaled': 'diabetes_scaled.csv',
  digits: 'digits.csv',
  filip: 'filip.csv',
  'plant-sensors': 'plant_sensors.csv',
  'plant-sensors-cp949': 'plant_sensors_cp949.csv',
};

export function samplesDir(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? join(resourcesPath, 'samples') : join(appPath, 'assets', 'samples');
}

export function samplePath(dir: string, id: SampleInfo['id']): string {
  return join(dir, SAMPLE_FILES[id]);
}

/** The samples present on disk, in catalogue order, with their sizes. */
export async function listSamples(dir: string): Promise<SampleInfo[]> {
  const found: SampleInfo[] = [];
  for (const id of SAMPLE_IDS) {
    try {
      const info = await stat(samplePath(dir, id));
      if (info.isFile()) found.push({ id, fileName: SAMPLE_FILES[id], size: info.size });
    } catch {
      // absent sample: not listed
    }
  }
  return found;
}
