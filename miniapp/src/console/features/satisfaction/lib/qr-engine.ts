import QRCode from 'qrcode';

/*
 * The qrcode library, loaded by components/qr-code.tsx through import() so it lands in a chunk of its own
 * that only the console's QR sheet asks for (the citizen Mini App never loads it).
 */

/** Draws `text` on the canvas: error correction M (a desk sheet gets scuffed), a 4-module quiet zone. */
export async function drawQr(canvas: HTMLCanvasElement, text: string, size: number): Promise<void> {
  await QRCode.toCanvas(canvas, text, { errorCorrectionLevel: 'M', margin: 4, width: size, color: { dark: '#000000', light: '#ffffff' } });
}
