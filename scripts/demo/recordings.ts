import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

// Where Playwright left each journey's video and trace (one folder per test, named after it).

export interface Recording {
  journey: string;
  video: string | null;
  trace: string | null;
}

export function findRecordings(dir: string): Recording[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = join(dir, entry.name);
      const file = (name: string) =>
        existsSync(join(folder, name)) ? relative(process.cwd(), join(folder, name)) : null;
      return { journey: entry.name, video: file("video.webm"), trace: file("trace.zip") };
    })
    .sort((a, b) => a.journey.localeCompare(b.journey));
}

export function describeRecordings(recordings: Recording[], reportDir: string): string[] {
  const lines = recordings.flatMap((recording) => [
    `  ${recording.journey}`,
    `    video  ${recording.video ?? "(none)"}`,
    `    trace  ${recording.trace ?? "(none)"}`,
  ]);
  const firstTrace = recordings.find((recording) => recording.trace)?.trace;
  return [
    ...lines,
    "",
    "How to watch:",
    `  everything, with videos and traces:  npx playwright show-report ${relative(process.cwd(), reportDir)}`,
    ...(firstTrace
      ? [`  one journey, step by step:           npx playwright show-trace ${firstTrace}`]
      : []),
    "  a video alone: open its .webm in a browser (Chrome, Firefox) or VLC",
  ];
}
