import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/** The faces a card draws with: loaded only from the npm font packages, never from the machine. */
export type FaceName = 'regular' | 'bold' | 'arabic' | 'cjk' | 'korean';

const FILES: Record<FaceName, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  korean: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
};

const require = createRequire(import.meta.url);
const loaded = new Map<FaceName, Font>();

/** The absolute path of a face's font file inside node_modules. */
export function fontFile(face: FaceName): string {
  return require.resolve(FILES[face]);
}

/** One face, opened once per process. */
export function loadFace(face: FaceName): Font {
  let font = loaded.get(face);
  if (!font) {
    const opened = fontkit.openSync(fontFile(face));
    if (!('layout' in opened)) throw new Error(`font file for ${face} is a collection`);
    font = opened;
    loaded.set(face, font);
  }
  return font;
}
