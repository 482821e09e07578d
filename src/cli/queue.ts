/**
 * `sinmun enqueue|worker|collect --redis URL …`: the job queue on BullMQ over Redis (sinmun/queue).
 * STUB: to be written (issue #18).
 */

/** The queue's subcommands, the first word of the command line. */
export const QUEUE_COMMANDS = ['enqueue', 'worker', 'collect'] as const;

/** Where a queue command writes: stdout (`write`, with EPIPE handled by the caller) and stderr lines. */
export interface CommandOutput {
  write(text: string): void;
  report(line: string): void;
}

/** Runs one queue subcommand with its arguments; resolves to the exit code. */
export async function runQueueCommand(command: (typeof QUEUE_COMMANDS)[number], _args: string[], output: CommandOutput): Promise<number> {
  output.report(`${command}: the queue is not implemented yet`);
  return 2;
}
