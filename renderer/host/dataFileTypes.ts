/**
 * The data files the app offers to open, for the views' file inputs and for telling a workbook
 * from a text file. The list itself is the engine's (src/io/dataFileTypes.ts), which the open
 * dialog in electron/main uses too: one list for every way of choosing a file and for the loader.
 */
export { DATA_FILE_ACCEPT, isWorkbookName } from '../../src/io/dataFileTypes';
