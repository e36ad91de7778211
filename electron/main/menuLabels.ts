/** Menu labels in English and Korean. Accelerator mnemonics (&) follow each platform's convention on Windows/Linux. */
import type { LanguagePreference, SampleInfo } from '../shared/bridge';

export interface MenuLabels {
  readonly file: string;
  readonly open: string;
  readonly openRecent: string;
  readonly noRecent: string;
  readonly clearRecent: string;
  readonly openSample: string;
  readonly exportChart: string;
  readonly close: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetZoom: string;
  readonly theme: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly themeSystem: string;
  readonly language: string;
  readonly fullScreen: string;
  readonly devTools: string;
  readonly window: string;
  readonly help: string;
  readonly shortcuts: string;
  readonly about: string;
  readonly crashMessage: string;
  readonly crashDetail: string;
  readonly reload: string;
  readonly closeWindow: string;
  readonly samples: Readonly<Record<SampleInfo['id'], string>>;
}

export const MENU_LABELS: Readonly<Record<LanguagePreference, MenuLabels>> = {
  en: {
    file: '&File',
    open: '&Open…',
    openRecent: 'Open &Recent',
    noRecent: 'No recent files',
    clearRecent: 'Clear Recent',
    openSample: 'Open &Sample',
    exportChart: '&Export Chart…',
    close: '&Close',
    quit: '&Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'Follow System',
    language: 'Language',
    fullScreen: 'Toggle Full Screen',
    devTools: 'Developer Tools',
    window: '&Window',
    help: '&Help',
    shortcuts: 'Keyboard Shortcuts',
    about: 'About Fitplot',
    crashMessage: 'Fitplot’s window stopped working.',
    crashDetail: 'Reload to continue. Files that were open need to be opened again.',
    reload: 'Reload',
    closeWindow: 'Close',
    samples: {
      'breast-cancer': 'Breast cancer (Wisconsin)',
      diabetes: 'Diabetes',
      'diabetes-scaled': 'Diabetes (scaled features)',
      digits: 'Handwritten digits (8×8)',
      filip: 'Filip (NIST, ill-conditioned polynomial)',
      'plant-sensors': 'Plant sensors',
      'plant-sensors-cp949': 'Plant sensors (Korean, CP949)',
    },
  },
  ko: {
    file: '파일(&F)',
    open: '열기(&O)…',
    openRecent: '최근 파일(&R)',
    noRecent: '최근 파일 없음',
    clearRecent: '최근 파일 지우기',
    openSample: '예제 열기(&S)',
    exportChart: '차트 내보내기(&E)…',
    close: '닫기(&C)',
    quit: '종료(&Q)',
    edit: '편집(&E)',
    undo: '실행 취소',
    redo: '다시 실행',
    cut: '잘라내기',
    copy: '복사',
    paste: '붙여넣기',
    selectAll: '모두 선택',
    view: '보기(&V)',
    zoomIn: '확대',
    zoomOut: '축소',
    resetZoom: '실제 크기',
    theme: '테마',
    themeLight: '밝게',
    themeDark: '어둡게',
    themeSystem: '시스템 설정 따르기',
    language: '언어',
    fullScreen: '전체 화면 전환',
    devTools: '개발자 도구',
    window: '창(&W)',
    help: '도움말(&H)',
    shortcuts: '단축키',
    about: 'Fitplot 정보',
    crashMessage: 'Fitplot 창이 응답을 멈췄습니다.',
    crashDetail: '다시 불러오면 계속할 수 있습니다. 열려 있던 파일은 다시 열어야 합니다.',
    reload: '다시 불러오기',
    closeWindow: '닫기',
    samples: {
      'breast-cancer': '유방암 (위스콘신)',
      diabetes: '당뇨병',
      'diabetes-scaled': '당뇨병 (스케일된 특성)',
      digits: '손글씨 숫자 (8×8)',
      filip: 'Filip (NIST, 나쁜 조건의 다항식)',
      'plant-sensors': '공장 센서',
      'plant-sensors-cp949': '공장 센서 (한글, CP949)',
    },
  },
};

/** 'ko', 'ko-KR', 'ko_KR.UTF-8' → Korean; everything else → English. */
export function languageForLocale(locale: string): LanguagePreference {
  return /^ko(?:[-_.]|$)/i.test(locale) ? 'ko' : 'en';
}

/** macOS shows no mnemonics: strip '&' markers (and the Korean "(&X)" suffix) there. */
export function labelFor(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label.replace(/\(&.\)/, '').replace(/&/g, '') : label;
}
