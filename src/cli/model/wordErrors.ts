/** Model errors carry a key and parameters; on the command line they read in the CLI's English wording (with flag hints). */
import { FitplotError } from '../../table/errors';
import { isWorded, word } from './wording';

export async function withWordedErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FitplotError && error.key !== undefined && isWorded(error.key)) {
      const info = error.toJSON();
      const { hint: _hint, ...rest } = info;
      throw new FitplotError({ ...rest, message: word({ key: info.key!, ...(info.params && { params: info.params }) }) });
    }
    throw error;
  }
}
