// `npx tsx scripts/generate-icons.ts`: the PNG app icons, drawn by sharp from the one SVG mark (app/icon.svg).
// The PNGs are committed; run this again after changing the SVG.
//   app/icon1.png (32 px favicon), app/apple-icon.png (180 px, opaque, as iOS wants it),
//   public/icons/icon-192.png and icon-512.png (the web app manifest, app/manifest.ts), and a maskable 512 px
//   version with the mark inside the safe zone on the brand colour.
import { readFile } from "node:fs/promises";
import sharp from "sharp";

const BRAND = "#c2410c";
const svg = await readFile("app/icon.svg");

async function png(
  size: number,
  file: string,
  { padding = 0, background }: { padding?: number; background?: string } = {},
) {
  const inner = Math.round(size * (1 - 2 * padding));
  const mark = await sharp(svg, { density: Math.ceil((72 * inner) / 48) })
    .resize(inner, inner)
    .png()
    .toBuffer();
  const canvas = sharp({
    create: { width: size, height: size, channels: 4, background: background ?? { r: 0, g: 0, b: 0, alpha: 0 } },
  });
  await canvas
    .composite([{ input: mark, top: Math.round((size - inner) / 2), left: Math.round((size - inner) / 2) }])
    .png({ compressionLevel: 9 })
    .toFile(file);
  console.log(`${file} (${size}×${size})`);
}

await png(32, "app/icon1.png");
await png(180, "app/apple-icon.png", { padding: 0.08, background: BRAND });
await png(192, "public/icons/icon-192.png");
await png(512, "public/icons/icon-512.png");
await png(512, "public/icons/icon-maskable-512.png", { padding: 0.1, background: BRAND });
