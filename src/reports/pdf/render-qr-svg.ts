import QRCode from 'qrcode';

/**
 * A QR code as SVG (vector, so it prints sharp at any size). Level M survives a scuffed or folded print; a
 * 4-module quiet zone is what scanners expect around the symbol.
 */
export async function renderQrSvg(text: string, dark = '#000000'): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark, light: '#ffffff' },
  });
}
