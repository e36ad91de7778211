/**
 * Preload of the main window (sandboxed: bundled to one CommonJS file, only `electron`'s
 * sandbox-safe modules). Exposes `window.fitplot` and nothing else.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridgeApi';

contextBridge.exposeInMainWorld('fitplot', createBridge({ ipcRenderer, webUtils, argv: process.argv, platform: process.platform }));
