import { z } from 'zod';

/** A yes/no setting: 1, true, yes, on (and their opposites); empty is no. */
export const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** A text setting that may be left empty (then it is unset); surrounding spaces are dropped. */
export const optionalText = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** An http(s) URL that may be left unset. */
export const optionalUrl = optionalText.pipe(httpUrl.optional());
