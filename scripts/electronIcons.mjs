// Renders assets/icons/icon.svg into the PNG sizes Linux desktops use, a Windows .ico and the
// 1024 px PNG electron-builder turns into macOS's .icns. Needs ImageMagick (`convert`). Run after
// editing the SVG: node scripts/electronIcons.mjs — the outputs are committed.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const icons = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const source = join(icons, 'icon.svg');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function convert(args) {
  const result = spawnSync('convert', args, { stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    console.error('electronIcons: ImageMagick `convert` failed or is not installed (Debian: apt-get install imagemagick).');
    process.exit(1);
  }
}

mkdirSync(join(icons, 'png'), { recursive: true });
for (const size of sizes) {
  // Render at 4× density then downscale, for crisp small sizes; keep transparency.
  convert([
    '-background',
    'none',
    '-density',
    String(Math.ceil((96 * size * 4) / 1024)),
    source,
    '-resize',
    `${size}x${size}`,
    '-strip',
    join(icons, 'png', `${size}x${size}.png`),
  ]);
}
convert([...[16, 24, 32, 48, 64, 128, 256].map((size) => join(icons, 'png', `${size}x${size}.png`)), join(icons, 'icon.ico')]);
console.log(`electronIcons: wrote ${sizes.length} PNGs and icon.ico to ${icons}`);
