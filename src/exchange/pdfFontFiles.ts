import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import notoSansJp from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import { needsCjk, type FontFiles } from './pdfFonts.ts';

/*
 * The report's fonts, served with the app (no internet needed) and fetched only when
 * a PDF is made; the CJK font (5 MB) only when the map has such characters.
 * Inter and Noto Sans JP: SIL Open Font License 1.1 (packages @expo-google-fonts/*).
 */

async function binary(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font ${url} could not be loaded (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

/** The fonts for a report whose text is `text`. */
export async function loadFontFiles(text: string): Promise<FontFiles> {
  const [regular, bold, cjk] = await Promise.all([
    binary(interRegular),
    binary(interBold),
    needsCjk(text) ? binary(notoSansJp) : Promise.resolve(undefined),
  ]);
  return { regular, bold, cjk };
}
