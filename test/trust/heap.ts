/** Heap helpers for the leak and soak tests (DevTools protocol, through test/wtr-plugins/cdp.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

/** The JS heap's used size after forced garbage collection (bytes). */
export async function heapAfterGc(): Promise<number> {
  return (await command<{ usedSize: number }>('heap-usage')).usedSize;
}

/** Instances of classes alive on the page (one heap snapshot, analysed in the background on the server). */
export async function liveInstances(classNames: string[]): Promise<Record<string, number>> {
  const { id } = await command<{ id: string }>('heap-retainers', { count: classNames });
  let result: { counts?: Record<string, number>; pending?: boolean; error?: string };
  do result = await command('heap-retainers-result', { id }); while (result.pending);
  if (result.error) throw new Error(result.error);
  return result.counts!;
}

/** Retainer paths of live instances of a class (for failure messages: what keeps them alive). */
export async function retainers(className: string, limit = 3): Promise<string[]> {
  const { id } = await command<{ id: string }>('heap-retainers', { className, limit });
  let result: { paths?: string[]; pending?: boolean; error?: string };
  do result = await command('heap-retainers-result', { id }); while (result.pending);
  if (result.error) throw new Error(result.error);
  // The path from the window down to the module scope is the same for all: keep what follows it.
  return result.paths!.map((path) => path.replace(/^.*?(SourceTextModule|Window \/[^-]*)/, '$1').slice(0, 1500));
}
