import { renameSync, writeFileSync } from 'node:fs';
import { encode } from 'uqr';

/** Studio-range luma: black and white as a camera's 4:2:0 output carries them. */
const BLACK = 16;
const WHITE = 235;
const NEUTRAL_CHROMA = 128;

export interface QrVideo {
  width?: number;
  height?: number;
  frames?: number;
  /** Pixels per QR module; default: as large as fits in 80 % of the shorter side. */
  moduleSize?: number;
}

/**
 * A Y4M (YUV4MPEG2, 4:2:0) clip showing `text` as a QR code on a light background, for Chromium's
 * `--use-file-for-fake-video-capture`: the fake camera plays it in a loop. The code is drawn
 * from uqr's module matrix (the library the 参会证 page draws passes with), with the 4-module
 * quiet zone. Written to a temporary file and renamed, so a camera opening it never reads half
 * a file.
 */
export function writeQrY4m(file: string, text: string, options: QrVideo = {}): void {
  const { width = 640, height = 480, frames = 5 } = options;
  if (width % 2 || height % 2) throw new Error('4:2:0 needs even dimensions');
  const qr = encode(text, { ecc: 'M', border: 4 });
  const modules = qr.data.length;
  const scale = options.moduleSize ?? Math.floor((Math.min(width, height) * 0.8) / modules);
  if (scale < 2) throw new Error(`a ${modules}-module code does not fit in ${width}×${height}`);
  const left = Math.floor((width - modules * scale) / 2);
  const top = Math.floor((height - modules * scale) / 2);

  const luma = Buffer.alloc(width * height, WHITE);
  qr.data.forEach((row, my) =>
    row.forEach((dark, mx) => {
      if (!dark) return;
      for (let y = top + my * scale; y < top + (my + 1) * scale; y++) {
        luma.fill(BLACK, y * width + left + mx * scale, y * width + left + (mx + 1) * scale);
      }
    }),
  );
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, NEUTRAL_CHROMA);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
  renameSync(temporary, file);
}
