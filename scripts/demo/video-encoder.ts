import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";

// Playwright encodes videos with an ffmpeg build of its own that `npx playwright install ffmpeg`
// downloads from Playwright's servers, out of reach on machines that only see package
// registries. A system ffmpeg does the same job (Debian: `apt-get install ffmpeg`): Playwright
// looks for it at PLAYWRIGHT_BROWSERS_PATH/ffmpeg-<revision>/ffmpeg-<platform>, so a private
// folder with a link to the system's binary is all it takes. Chromium is given by path and
// does not care where PLAYWRIGHT_BROWSERS_PATH points.

const BINARY_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: "ffmpeg-linux",
  darwin: "ffmpeg-mac",
};

function ffmpegRevision(): string {
  const manifest = resolve("node_modules/playwright-core/browsers.json");
  const { browsers } = JSON.parse(readFileSync(manifest, "utf8")) as {
    browsers: { name: string; revision: string }[];
  };
  const ffmpeg = browsers.find((browser) => browser.name === "ffmpeg");
  if (!ffmpeg)
    throw new Error(`${manifest} names no ffmpeg: re-check scripts/demo/video-encoder.ts`);
  return ffmpeg.revision;
}

function playwrightCache(): string {
  if (process.platform === "darwin") return join(homedir(), "Library", "Caches", "ms-playwright");
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "ms-playwright");
}

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

// The environment Playwright needs to record video here: nothing when its own ffmpeg is
// installed (or PLAYWRIGHT_BROWSERS_PATH is set by the caller), else a folder linking the
// system's ffmpeg.
export function videoEncoderEnv(): Record<string, string> {
  const binaryName = BINARY_NAMES[process.platform];
  if (process.env.PLAYWRIGHT_BROWSERS_PATH || !binaryName) return {};
  const folder = `ffmpeg-${ffmpegRevision()}`;
  if (existsSync(join(playwrightCache(), folder, binaryName))) return {};

  const system = onPath("ffmpeg");
  if (!system) {
    throw new Error(
      "Recording the demo's videos needs ffmpeg. Install it (Debian/Ubuntu: `apt-get install ffmpeg`; " +
        "macOS: `brew install ffmpeg`; anywhere with access to Playwright's servers: " +
        "`npx playwright install ffmpeg`) and run `npm run demo` again.",
    );
  }
  const browsersPath = resolve("node_modules/.cache/demo-playwright");
  const link = join(browsersPath, folder, binaryName);
  mkdirSync(join(browsersPath, folder), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(system, link);
  return { PLAYWRIGHT_BROWSERS_PATH: browsersPath };
}
