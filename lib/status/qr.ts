import QRCode, { type QRCodeToStringOptions } from 'qrcode';

/** One set of options, so a test can draw the same code and compare it with the printed one. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 0 } as const satisfies QRCodeToStringOptions;

/** An SVG QR code of a URL of our own making (the markup comes from `qrcode`, not from user input). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, QR_OPTIONS);
}
