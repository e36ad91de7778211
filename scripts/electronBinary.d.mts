// Types for scripts/electronBinary.mjs (plain ESM so `npm start` runs on Node without a build step).
export declare function platformExecutable(platform: NodeJS.Platform): string;
export declare function electronBinaryPath(electronDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null;
export type StartMode = 'auto' | 'browser' | 'no-download';
export declare function nextStep(state: {
  binaryPath: string | null;
  downloadTried: boolean;
  mode: StartMode;
}): 'electron' | 'download' | 'browser';
export declare const NO_ELECTRON_MESSAGE: string;
