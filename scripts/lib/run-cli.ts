// Runs a command's main function and exits explicitly: some libraries (the schema engine's
// timers, a pool's idle sockets) would otherwise keep a finished command alive.
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
